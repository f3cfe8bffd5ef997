"""INI files and ``.env`` files, read line by line with positions.

INI: ``[section]`` headers, ``key = value`` or ``key: value`` (keys may hold spaces: ``API Key = ...``),
``;`` and ``#`` comment lines, indented continuation lines (part of the value above, as ``configparser``
reads them); a value in matching quotes keeps its quotes. The shape is what ``configparser`` reads: sections
and their keys. ``.env``: ``KEY=value`` with optional ``export``, single or double quotes (a double-quoted
value may span lines), ``#`` comments (also after an unquoted value); the shape is the keys in order.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

import configparser
import re
from functools import lru_cache
from typing import Final

from care_desktop.domain.redaction.formats.slots import (
    ConfigFormat,
    FormatError,
    Shape,
    Slot,
    comment_slot,
    json_string,
    line_of,
    verbatim,
)

_INI_LINE: Final = re.compile(
    r"(?P<indent>[ \t]*)(?P<key>[^=:\s;#\[][^=:\n]*?)[ \t]*[=:][ \t]*(?P<value>[^\n]*?)[ \t]*\r?$"
)
_SECTION: Final = re.compile(r"[ \t]*\[(?P<name>[^\]\n]+)\][ \t]*\r?$")
_COMMENT_LINE: Final = re.compile(r"[ \t]*[;#][^\n]*?(?=\r?$)")
_ENV_LINE: Final = re.compile(r"[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=[ \t]*")
_ENV_UNQUOTED: Final = re.compile(r"[^\n]*?(?=[ \t]+#|[ \t]*\r?$)")
_ENV_DOUBLE: Final = re.compile(r"\"(?P<body>(?:[^\"\\]|\\.)*)\"", re.DOTALL)
_ENV_SINGLE: Final = re.compile(r"'(?P<body>[^']*)'", re.DOTALL)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, text without its line break) of every line."""
    result, start = [], 0
    for line in text.split("\n"):
        result.append((start, line))
        start += len(line) + 1
    return result


def _unquoted(start: int, value: str) -> tuple[int, int, str]:
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        return start + 1, start + len(value) - 1, value[1:-1]
    return start, start + len(value), value


def ini_slots(text: str) -> list[Slot]:
    """The values and comments of an INI file."""
    ini_shape(text)
    slots: list[Slot] = []
    section = ""
    current: tuple[int, int, str, str, int] | None = None  # start, indent, key, path, line
    end = 0
    number = 0

    def close() -> None:
        if current is not None:
            start, _, key, path, line = current
            first, last, value = _unquoted(start, text[start:end])
            slots.append(Slot(first, last, value, key, path, verbatim, line))

    for offset, line in _lines(text):
        number += 1
        indent = len(line) - len(line.lstrip(" \t"))
        if current is not None and line.strip() and indent > current[1] and not _COMMENT_LINE.fullmatch(line):
            end = offset + len(line.rstrip(" \t\r"))
            continue
        if _COMMENT_LINE.fullmatch(line):
            start = offset + indent
            slots.append(comment_slot(text, start, offset + len(line.rstrip("\r")), number))
            continue
        if current is not None and not line.strip():
            continue
        close()
        current = None
        header = _SECTION.fullmatch(line)
        if header is not None:
            section = header.group("name").strip()
            continue
        match = _INI_LINE.fullmatch(line)
        if match is not None:
            key = match.group("key").strip()
            current = (offset + match.start("value"), indent, key, f"{section}.{key}" if section else key, number)
            end = offset + match.end("value")
    close()
    return slots


def _parser() -> configparser.RawConfigParser:
    return configparser.RawConfigParser(strict=False, allow_no_value=True, interpolation=None, default_section="\0")


@lru_cache(maxsize=4)
def ini_shape(text: str) -> Shape:
    """Sections and their keys, as ``configparser`` reads them."""
    parser = _parser()
    try:
        try:
            parser.read_string(text)
        except configparser.MissingSectionHeaderError:
            parser = _parser()
            parser.read_string("[\0top]\n" + text)
    except configparser.Error as error:
        raise FormatError(f"not a valid INI file: {str(error).splitlines()[0]}") from None
    return tuple((name, tuple(parser[name])) for name in parser.sections())


@lru_cache(maxsize=4)
def _env_read(text: str) -> tuple[list[Slot], list[str]]:
    slots: list[Slot] = []
    keys: list[str] = []
    cache: list[int] = []
    position = 0
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        stripped = line.strip()
        number = line_of(text, position, cache)
        if not stripped:
            position = line_end + 1
            continue
        if stripped.startswith("#"):
            start = position + line.index("#")
            slots.append(comment_slot(text, start, position + len(line.rstrip("\r")), number))
            position = line_end + 1
            continue
        match = _ENV_LINE.match(text, position, line_end)
        if match is None:
            raise FormatError(f"not a KEY=value line on line {number}")
        key = match.group("key")
        keys.append(key)
        at = match.end()
        quoted = _ENV_DOUBLE.match(text, at) if text[at : at + 1] == '"' else None
        quoted = quoted or (_ENV_SINGLE.match(text, at) if text[at : at + 1] == "'" else None)
        if text[at : at + 1] in ('"', "'") and quoted is None:
            raise FormatError(f"a quote is not closed on line {number}")
        if quoted is not None:
            start, end = quoted.span("body")
            raw = quoted.group("body")
            value = raw.replace('\\"', '"').replace("\\\\", "\\") if quoted.re is _ENV_DOUBLE else raw
            encode = _env_double if quoted.re is _ENV_DOUBLE else verbatim
            after = quoted.end()
        else:
            plain = _ENV_UNQUOTED.match(text, at, line_end)
            start, end = at, plain.end() if plain else at
            value, encode, after = text[start:end], verbatim, end
        slots.append(Slot(start, end, value, key, key, encode, number))
        rest_end = text.find("\n", after)
        rest_end = len(text) if rest_end < 0 else rest_end
        rest = text[after:rest_end]
        if rest.strip():
            if not rest.strip().startswith("#"):
                raise FormatError(f"text after a quoted value on line {line_of(text, after, cache)}")
            comment = after + rest.index("#")
            slots.append(comment_slot(text, comment, after + len(rest.rstrip("\r")), number))
        position = rest_end + 1
    return slots, keys


def _env_double(new: str) -> str:
    return json_string(new)[1:-1]


def dotenv_slots(text: str) -> list[Slot]:
    """The values and comments of a ``.env`` file."""
    return list(_env_read(text)[0])


def dotenv_shape(text: str) -> Shape:
    """The keys of a ``.env`` file, in order."""
    return tuple(_env_read(text)[1])


INI_FORMAT: Final = ConfigFormat("ini", ini_slots, ini_shape)
DOTENV_FORMAT: Final = ConfigFormat("dotenv", dotenv_slots, dotenv_shape)
