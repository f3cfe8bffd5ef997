"""The model every configuration format shares: a value's place in the file, its decoded text, and its key.

A format module reads a file's text and returns ``Slot`` objects: where a value sits in the raw text, the
value as the format means it (quotes removed, escapes decoded), the key that names it, and how to write a new
value back in the format's own syntax. The engine decides what to remove from each value; the text outside
the slots (keys, comments, punctuation) is left where it is, so that the file keeps its layout. Each format
also gives a ``shape``: its structure without the values, which must be the same before and after redaction.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

_NEWLINE: Final = re.compile("\n")

Shape = object
"""A comparable picture of a document's structure (keys, nesting, list lengths), values left out."""


class FormatError(ValueError):
    """The text is not valid in the format; the message says where."""


@dataclass(frozen=True)
class Slot:
    """One value of a configuration file.

    Attributes:
        start: Index of the value's first character in the raw text (quotes included).
        end: Index after its last character.
        value: The value as the format means it (unquoted, unescaped).
        key: The key that names it (for a list item, the list's key; for ``name``/``value`` pairs, the name),
            or None.
        path: Where it is, for the review (``spring.datasource.password``).
        encode: Writes a new value in the format's syntax, in place of ``raw[start:end]``.
        line: 1-based line number of ``start``.
        comment: A comment, not a value: only the text rules look at it.
    """

    start: int
    end: int
    value: str
    key: str | None
    path: str
    encode: Callable[[str], str]
    line: int = 0
    comment: bool = False


@dataclass(frozen=True)
class ConfigFormat:
    """A configuration format: how to find its values and how to see its structure.

    Attributes:
        name: ``json``, ``yaml``, ``xml``, ``ini``, ``properties``, ``dotenv``, ``netrc``, ``toml`` or ``tfvars``.
        slots: Finds the values of a text (raises ``FormatError`` when the text is not valid).
        shape: The text's structure without values (raises ``FormatError`` when it is not valid).
    """

    name: str
    slots: Callable[[str], list[Slot]]
    shape: Callable[[str], Shape]


def json_string(value: str) -> str:
    """A double-quoted string as JSON, YAML, TOML and HCL all read it."""
    return json.dumps(value, ensure_ascii=False)


def verbatim(value: str) -> str:
    """Writes a value back as it is (a quoted value whose quotes stay outside the slot)."""
    return value


def comment_slot(text: str, start: int, end: int, line: int) -> Slot:
    """A comment as a slot whose text only the text rules change (a marker adds no line break)."""
    return Slot(start, end, text[start:end], None, f"comment, line {line}", verbatim, line, comment=True)


def line_of(text: str, index: int, cache: list[int]) -> int:
    """The 1-based line number of ``index`` (``cache`` holds the line starts, filled on first use)."""
    if not cache:
        cache.append(0)
        cache.extend(match.end() for match in _NEWLINE.finditer(text))
    return bisect_right(cache, index)


NAME_KEYS: Final = frozenset({"name", "key", "Name", "Key", "NAME", "KEY"})
VALUE_KEYS: Final = frozenset({"value", "Value", "VALUE"})


def pair_name(keys: dict[str, str]) -> str | None:
    """The name in a ``{name: X, value: Y}`` pair (Kubernetes env, appSettings ``add``), or None."""
    if not any(key in keys for key in VALUE_KEYS):
        return None
    return next((keys[key] for key in NAME_KEYS if key in keys), None)
