"""JSON and JSONC (comments, trailing commas, single-quoted strings) read with positions.

A small recursive reader that gives every string and scalar value as a ``Slot`` (object keys are never
slots) and the document's shape. Array items are named by the array's key (``"passwords": [...]``); in a
``{"name": ..., "value": ...}`` object the value is named by the name. Comments and blanks are skipped, not
kept as values, so the engine's text rules see them as text between values. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Final

from care_desktop.domain.json_input import loads
from care_desktop.domain.redaction.formats.slots import (
    ConfigFormat,
    FormatError,
    Shape,
    Slot,
    comment_slot,
    json_string,
    line_of,
    pair_name,
)

MAX_DEPTH: Final = 200
_SKIP: Final = re.compile(r"(?:\s+|//[^\n]*|/\*.*?\*/|#[^\n]*)*", re.DOTALL)
_SKIP_START: Final = frozenset(" \t\r\n/#\f\v\u00a0\ufeff")
_COMMENT: Final = re.compile(r"//[^\n]*|/\*.*?\*/|#[^\n]*", re.DOTALL)
_STRING: Final = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'")
_SCALAR: Final = re.compile(
    r"-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|true|false|null|NaN|-?Infinity"
)
_BARE_KEY: Final = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def _single_quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.slots: list[Slot] = []
        self.shape: Shape = None
        self._lines: list[int] = []
        self._commented = 0

    def fail(self, what: str) -> FormatError:
        line = line_of(self.text, self.position, self._lines)
        return FormatError(f"{what} on line {line}")

    def skip(self) -> str:
        char = self.text[self.position : self.position + 1]
        if char not in _SKIP_START:
            return char
        match = _SKIP.match(self.text, self.position)
        if match is not None and match.end() > self.position:
            if self.position >= self._commented:
                for comment in _COMMENT.finditer(self.text, self.position, match.end()):
                    line = line_of(self.text, comment.start(), self._lines)
                    self.slots.append(comment_slot(self.text, comment.start(), comment.end(), line))
                self._commented = match.end()
            self.position = match.end()
        return self.text[self.position : self.position + 1]

    def string(self) -> str:
        match = _STRING.match(self.text, self.position)
        if match is None:
            raise self.fail("a string is not closed")
        raw = match.group()
        self.position = match.end()
        if "\\" not in raw:
            return raw[1:-1]
        if raw[0] == "'":
            raw = '"' + raw[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'
        try:
            decoded: str = json.loads(raw)
        except json.JSONDecodeError as error:
            raise self.fail(f"a bad escape in a string ({error.msg})") from None
        return decoded

    def value(self, key: str | None, path: str, depth: int) -> Shape:
        if depth > MAX_DEPTH:
            raise self.fail("nesting too deep")
        char = self.skip()
        if char == "{":
            return self.members(path, depth)
        if char == "[":
            return self.items(key, path, depth)
        start = self.position
        if char in "\"'":
            value = self.string()
            encode = json_string if char == '"' else _single_quoted
        else:
            match = _SCALAR.match(self.text, start)
            if match is None:
                raise self.fail("a value was expected")
            self.position = match.end()
            value, encode = match.group(), json_string
        line = line_of(self.text, start, self._lines)
        self.slots.append(Slot(start, self.position, value, key, path, encode, line))
        return "scalar"

    def members(self, path: str, depth: int) -> Shape:
        self.position += 1
        shape: list[tuple[str, Shape]] = []
        first_slot = len(self.slots)
        keys: dict[str, str] = {}
        while self.skip() != "}":
            if not self.text[self.position : self.position + 1]:
                raise self.fail("an object is not closed")
            if shape:
                if self.text[self.position] != ",":
                    raise self.fail("a comma was expected")
                self.position += 1
                if self.skip() == "}":
                    break  # a trailing comma
            char = self.text[self.position : self.position + 1]
            if char in ('"', "'"):
                name = self.string()
            else:
                bare = _BARE_KEY.match(self.text, self.position)
                if bare is None:
                    raise self.fail("a key was expected")
                name, self.position = bare.group(), bare.end()
            if self.skip() != ":":
                raise self.fail("a colon was expected")
            self.position += 1
            before = len(self.slots)
            shape.append((name, self.value(name, f"{path}.{name}" if path else name, depth + 1)))
            added = [s for s in self.slots[before:] if not s.comment]
            if len(added) == 1 and added[0].key == name:
                keys[name] = added[0].value
        self.position += 1
        named = pair_name(keys)
        if named is not None:
            self.slots[first_slot:] = [_renamed(s, named) for s in self.slots[first_slot:]]
        return ("object", tuple(shape))

    def items(self, key: str | None, path: str, depth: int) -> Shape:
        self.position += 1
        shape: list[Shape] = []
        while self.skip() != "]":
            if not self.text[self.position : self.position + 1]:
                raise self.fail("an array is not closed")
            if shape:
                if self.text[self.position] != ",":
                    raise self.fail("a comma was expected")
                self.position += 1
                if self.skip() == "]":
                    break
            shape.append(self.value(key, f"{path}[{len(shape)}]", depth + 1))
        self.position += 1
        return ("array", tuple(shape))


def _renamed(slot: Slot, name: str) -> Slot:
    if slot.comment or slot.path.rsplit(".", 1)[-1] not in ("value", "Value", "VALUE"):
        return slot
    return Slot(slot.start, slot.end, slot.value, name, slot.path, slot.encode, slot.line)


@lru_cache(maxsize=4)
def _read(text: str) -> _Reader:
    reader = _Reader(text)
    if reader.skip() == "":
        raise reader.fail("the document is empty")
    reader.shape = reader.value(None, "", 0)
    if reader.skip() != "":
        raise reader.fail("more data after the document")
    return reader


def json_slots(text: str) -> list[Slot]:
    """The values of a JSON or JSONC document."""
    return list(_read(text).slots)


def json_shape(text: str) -> Shape:
    """The structure of a JSON or JSONC document: object keys in order, array lengths, scalars as one.

    Strict JSON is read by the standard library's C decoder (fast); JSONC by the reader here.
    """
    try:
        return _tree(loads(text))
    except json.JSONDecodeError:  # JSONC, or beyond the C decoder (a number too long, nesting too deep)
        return _read(text).shape


def _tree(node: object) -> Shape:
    if isinstance(node, dict):
        return ("object", tuple((key, _tree(value)) for key, value in node.items()))
    if isinstance(node, list):
        return ("array", tuple(_tree(item) for item in node))
    return "scalar"


JSON_FORMAT: Final = ConfigFormat("json", json_slots, json_shape)
