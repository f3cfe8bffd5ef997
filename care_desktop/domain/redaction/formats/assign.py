"""TOML and Terraform ``.tfvars`` (HCL): ``key = value`` languages, read with positions by one scanner.

Strings of every kind (basic, literal, multi-line, HCL heredocs) and bare scalars are values; a value is
named by the key before its ``=`` (the last part of a dotted key), array items by the array's key, and TOML
table headers are structure, never values. A changed string is written back as a basic string (a literal
string stays literal when it can), a heredoc keeps its markers. TOML's shape comes from ``tomllib``; HCL's
from this scanner (keys, nesting, balanced brackets, closed strings), as no HCL parser is in the standard
library. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Final

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

_COMMON: Final = (
    r"(?P<ml>\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''.*?''')"
    r"|(?P<basic>\"(?:[^\"\\\n]|\\.)*\")|(?P<literal>'[^'\n]*')|(?P<open>[\[{(])|(?P<close>[\]})])"
    r"|(?P<comma>,)|(?P<nl>\n)|(?P<space>[ \t\r]+)"
)
_TOML: Final = re.compile(
    r"(?P<comment>#[^\n]*)|" + _COMMON + r"|(?P<eq>=)|(?P<bare>[^\s\[\]{}(),=#\"']+)|(?P<bad>.)", re.S
)
_HCL: Final = re.compile(
    r"(?P<comment>(?:#|//)[^\n]*|/\*.*?\*/)|(?P<heredoc><<-?(?P<tag>[A-Za-z_]\w*)[ \t]*\r?\n)|"
    + _COMMON
    + r"|(?P<eq>[=:])|(?P<bare>[^\s\[\]{}(),=:#\"'/]+|/)|(?P<bad>.)",
    re.S,
)
_PAIRS: Final = {"[": "]", "{": "}", "(": ")"}


def _literal(new: str) -> str:
    return f"'{new}'" if "'" not in new and "\n" not in new else json_string(new)


def _decode_basic(raw: str) -> str:
    try:
        return str(json.loads(raw))
    except json.JSONDecodeError:
        return raw[1:-1]


class _Scanner:
    def __init__(self, text: str, hcl: bool) -> None:
        self.text = text
        self.hcl = hcl
        self.slots: list[Slot] = []
        self.events: list[object] = []
        self.lines: list[int] = []

    def run(self) -> None:
        text = self.text
        stack: list[tuple[str, str | None]] = [("{", None)]  # (bracket, key of an array)
        pending: list[str] = []
        key: str | None = None
        table = ""
        pattern = _HCL if self.hcl else _TOML
        position = 0
        while position < len(text):
            match = pattern.match(text, position)
            assert match is not None  # the last alternative matches any character
            kind, position = match.lastgroup, match.end()
            in_array = stack[-1][0] in "[("
            if kind == "bad":
                raise FormatError(f"unexpected {match.group()!r} on line {self._line(match.start())}")
            if kind == "comment":
                self.slots.append(comment_slot(text, match.start(), match.end(), self._line(match.start())))
            elif kind in ("space",):
                continue
            elif kind in ("nl", "comma"):
                if not in_array:
                    pending, key = [], None
            elif kind == "eq" and not in_array:
                key = _last_part(pending) if pending else None
                self.events.append(("key", key))
                pending = []
            elif kind == "open":
                bracket = match.group()
                if bracket == "[" and not self.hcl and len(stack) == 1 and key is None and not pending:
                    position = self._header(position)
                    table = text[match.start() : position]
                    self.events.append(("table", table))
                    continue
                stack.append((bracket, key if bracket != "{" else None))
                self.events.append(("open", bracket))
                pending, key = [], None
            elif kind == "close":
                if len(stack) == 1 or _PAIRS[stack[-1][0]] != match.group():
                    raise FormatError(f"unbalanced {match.group()!r} on line {self._line(match.start())}")
                stack.pop()
                self.events.append(("close", match.group()))
                key = None
            elif kind == "heredoc":
                position = self._heredoc(match, key if not in_array else stack[-1][1], table)
            elif key is not None or in_array:
                self._value(match, kind or "", key if not in_array else stack[-1][1], table)
            else:
                pending.append(match.group())
        if len(stack) != 1:
            raise FormatError(f"{stack[-1][0]!r} is not closed")

    def _line(self, index: int) -> int:
        return line_of(self.text, index, self.lines)

    def _header(self, position: int) -> int:
        stop = self.text.find("\n", position)
        stop = len(self.text) if stop < 0 else stop
        close = self.text.rfind("]", position, stop)
        if close < 0:
            raise FormatError(f"a table header is not closed on line {self._line(position)}")
        return close + 1

    def _heredoc(self, match: re.Match[str], key: str | None, table: str) -> int:
        end = re.compile(r"^[ \t]*" + re.escape(match.group("tag")) + r"[ \t]*\r?$", re.M).search(
            self.text, match.end()
        )
        if end is None:
            raise FormatError(f"a heredoc is not closed (line {self._line(match.start())})")
        body_end = max(match.end(), end.start() - 1)
        body = self.text[match.end() : body_end]
        self.slots.append(Slot(match.end(), body_end, body, key, f"{table}{key}", verbatim, self._line(match.end())))
        self.events.append(("value", key))
        return end.end()

    def _value(self, match: re.Match[str], kind: str, key: str | None, table: str) -> None:
        raw = match.group()
        encode: Callable[[str], str] = json_string
        if kind == "basic":
            value = _decode_basic(raw)
        elif kind == "literal":
            value, encode = raw[1:-1], _literal
        elif kind == "ml":
            value = raw[3:-3].removeprefix("\r\n").removeprefix("\n")
        else:
            value = raw
        self.slots.append(
            Slot(match.start(), match.end(), value, key, f"{table}{key}", encode, self._line(match.start()))
        )
        self.events.append(("value", key))


def _last_part(tokens: list[str]) -> str:
    last = tokens[-1]
    if last[:1] in "\"'":
        return last[1:-1]
    return last.rsplit(".", 1)[-1]


@lru_cache(maxsize=4)
def _scan(text: str, hcl: bool) -> _Scanner:
    scanner = _Scanner(text, hcl)
    scanner.run()
    return scanner


def _toml_tree(node: Any) -> Shape:
    if isinstance(node, dict):
        return ("table", tuple((key, _toml_tree(value)) for key, value in node.items()))
    if isinstance(node, list):
        return ("array", tuple(_toml_tree(item) for item in node))
    return "scalar"


def toml_slots(text: str) -> list[Slot]:
    """The values and comments of a TOML document."""
    toml_shape(text)
    return list(_scan(text, hcl=False).slots)


@lru_cache(maxsize=4)
def toml_shape(text: str) -> Shape:
    """The structure ``tomllib`` reads: tables, keys, array lengths, scalars as one."""
    try:
        return _toml_tree(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise FormatError(f"not valid TOML: {error}") from None


def hcl_slots(text: str) -> list[Slot]:
    """The values and comments of a ``.tfvars`` file."""
    return list(_scan(text, hcl=True).slots)


def hcl_shape(text: str) -> Shape:
    """Keys, brackets and values in order, as the scanner reads them."""
    return tuple(_scan(text, hcl=True).events)


TOML_FORMAT: Final = ConfigFormat("toml", toml_slots, toml_shape)
HCL_FORMAT: Final = ConfigFormat("tfvars", hcl_slots, hcl_shape)
