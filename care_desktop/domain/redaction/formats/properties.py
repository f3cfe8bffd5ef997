"""Java ``.properties`` and ``.netrc`` files, read with positions.

Properties follow ``java.util.Properties``: a line ending in an odd number of backslashes goes on in the next
line (whose leading blanks are skipped), ``#`` and ``!`` start comment lines, the key ends at the first
unescaped ``=``, ``:`` or blank. A changed value is written escaped, and every continuation of the original
keeps its backslash and its line (a backslash, then blank continuation lines), so the next line never becomes
a key and line numbers stay. netrc: ``machine``/``default``, ``login``, ``password``, ``account`` and
``macdef`` tokens, on one line or many; ``password`` values are secrets (``account`` is often an ID: only the
text rules look at it); the shape is the keywords in order. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from care_desktop.domain.redaction.formats.slots import ConfigFormat, FormatError, Shape, Slot, comment_slot, line_of

_ESCAPES: Final = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_KEY: Final = re.compile(r"(?P<key>(?:\\.|[^=:\s\\])*)[ \t\f]*(?:[=:][ \t\f]*)?", re.DOTALL)
_CONTINUATION: Final = re.compile(r"\\\r?\n([ \t\f]*)")


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each logical line, continuations included, line break excluded."""
    result, start, size = [], 0, len(text)
    while start < size:
        end = start
        while True:
            stop = text.find("\n", end)
            stop = size if stop < 0 else stop
            body = text[end:stop].rstrip("\r")
            backslashes = len(body) - len(body.rstrip("\\"))
            starts_comment = end == start and body.lstrip(" \t\f")[:1] in ("#", "!")
            if backslashes % 2 == 1 and stop < size and not starts_comment:
                end = stop + 1
                continue
            result.append((start, end + len(body)))
            start = stop + 1
            break
    return result


def _unescape(raw: str) -> str:
    if "\\" not in raw:
        return raw
    raw = _CONTINUATION.sub("", raw)
    out, index = [], 0
    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 == len(raw):  # a backslash at the very end continues into nothing
            break
        if char == "\\":
            following = raw[index + 1]
            if following == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", raw[index + 2 : index + 6]):
                out.append(chr(int(raw[index + 2 : index + 6], 16)))
                index += 6
                continue
            out.append(_ESCAPES.get(following, following))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _escape(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return "\\" + escaped if escaped[:1] == " " else escaped


def _encoder(raw: str) -> Callable[[str], str]:
    """Escapes a new value and keeps every continuation of the original value on its own line."""
    return lambda new: _escape(new) + "".join(match.group(0) for match in _CONTINUATION.finditer(raw))


@lru_cache(maxsize=4)
def _read(text: str) -> tuple[list[Slot], list[str]]:
    slots: list[Slot] = []
    keys: list[str] = []
    cache: list[int] = []
    for start, end in _logical_lines(text):
        line = text[start:end]
        body = line.lstrip(" \t\f")
        if not body.strip():
            continue
        offset = start + len(line) - len(body)
        number = line_of(text, offset, cache)
        if body[0] in "#!":
            slots.append(comment_slot(text, offset, end, number))
            continue
        separator = _KEY.match(body)
        assert separator is not None  # every part of the pattern may be empty
        key = _unescape(separator.group("key"))
        index = separator.end()
        while body[index:].startswith(("\\\n", "\\\r\n")):  # the value starts on the next line
            index = _CONTINUATION.match(body, index).end()  # type: ignore[union-attr]
        raw = body[index:]
        keys.append(key)
        value_start = offset + index
        slots.append(Slot(value_start, end, _unescape(raw), key, key, _encoder(raw), number))
    return slots, keys


def properties_slots(text: str) -> list[Slot]:
    """The values and comments of a properties file."""
    return list(_read(text)[0])


def properties_shape(text: str) -> Shape:
    """The keys of a properties file, in order (a line that became a key shows here)."""
    return tuple(_read(text)[1])


_NETRC_TOKEN: Final = re.compile(r"\"(?:[^\"\\]|\\.)*\"|[^\s]+")
_NETRC_KEYS: Final = {"machine": "machine", "login": "login", "password": "password", "account": "account"}


@lru_cache(maxsize=4)
def _netrc(text: str) -> tuple[list[Slot], list[str]]:
    slots: list[Slot] = []
    words: list[str] = []
    cache: list[int] = []
    tokens = list(_NETRC_TOKEN.finditer(text))
    index = 0
    while index < len(tokens):
        token = tokens[index]
        word = token.group()
        number = line_of(text, token.start(), cache)
        if word.startswith("#") and (token.start() == 0 or text[token.start() - 1] in "\n\r \t"):
            stop = text.find("\n", token.start())
            stop = len(text) if stop < 0 else stop
            slots.append(comment_slot(text, token.start(), len(text[:stop].rstrip("\r")), number))
            while index < len(tokens) and tokens[index].start() < stop:
                index += 1
            continue
        words.append(word)
        if word == "macdef":  # a macro runs to the next blank line
            blank = re.compile(r"\n[ \t]*\r?\n").search(text, token.end())
            stop = blank.start() if blank else len(text)
            while index < len(tokens) and tokens[index].start() < stop:
                index += 1
            continue
        if word in _NETRC_KEYS:
            if index + 1 >= len(tokens):
                raise FormatError(f"{word} without a value on line {number}")
            value = tokens[index + 1]
            raw = value.group()
            quoted = raw.startswith('"')
            decoded = re.sub(r"\\(.)", r"\1", raw[1:-1]) if quoted else raw
            encode: Callable[[str], str] = _netrc_quoted if quoted or not decoded else _netrc_plain
            where = f"{_NETRC_KEYS[word]}, line {line_of(text, value.start(), cache)}"
            slots.append(Slot(value.start(), value.end(), decoded, _NETRC_KEYS[word], where, encode, number))
            index += 2
            continue
        if word != "default":
            raise FormatError(f"unknown netrc word {word!r} on line {number}")
        index += 1
    return slots, words


def _netrc_plain(new: str) -> str:
    return new if new and not re.search(r"[\s\"]", new) else _netrc_quoted(new)


def _netrc_quoted(new: str) -> str:
    return '"' + new.replace("\\", "\\\\").replace('"', '\\"') + '"'


def netrc_slots(text: str) -> list[Slot]:
    """The machine names, logins, passwords, accounts and comments of a netrc file."""
    return list(_netrc(text)[0])


def netrc_shape(text: str) -> Shape:
    """The netrc words in order (values counted as words, so a value that split in two shows)."""
    words = _netrc(text)[1]
    return tuple(word for word in words if word in _NETRC_KEYS or word in ("default", "macdef"))


PROPERTIES_FORMAT: Final = ConfigFormat("properties", properties_slots, properties_shape)
NETRC_FORMAT: Final = ConfigFormat("netrc", netrc_slots, netrc_shape)
