"""Redact a configuration file by structure, keep its layout, and prove that its structure survived.

``redact_document`` asks the format for its values (``Slot``), removes each value whose key names a secret
(``rules.classify_key``), runs the other values through the value shapes and the text rules, looks inside
values that are JSON documents or base64 of one (a Kubernetes ``.dockerconfigjson``), and writes every changed
value back in the format's own syntax; comments go through the text rules, and the text between values and
comments (keys, punctuation) is kept as it is. The result is parsed again: if its structure differs from the
input's, the file is redacted again with whole values replaced, and if that fails too ``UnsafeRedactionError``
says so (the caller must not package the file silently). Pure: no I/O, no Qt.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import Final, TypeVar

from care_desktop.domain.redaction.formats.slots import ConfigFormat, FormatError, Slot
from care_desktop.domain.redaction.formats.values import free_value, secret_value
from care_desktop.domain.redaction.rules import MARKER_PREFIX, classify_key
from care_desktop.domain.redaction.text import TextRedactor

NOTE_WHOLE_VALUES: Final = "its structure changed when parts of values were removed: whole values were removed"
MAX_NESTING: Final = 3
_BASE64: Final = re.compile(r"[A-Za-z0-9+/_\-]{24,}={0,2}")
_MARKER_RULE: Final = re.compile(re.escape(MARKER_PREFIX) + r"([a-z\-]+)")

T = TypeVar("T")


class UnsafeRedactionError(ValueError):
    """The redacted file no longer parses the way the original did, even with whole values removed."""


def redact_document(text: str, fmt: ConfigFormat, redactor: TextRedactor) -> tuple[str, str]:
    """Redact a configuration document and check that it keeps its structure.

    Args:
        text: The whole document.
        fmt: Its format.
        redactor: The file's text redactor (options, counts, preview).

    Returns:
        The redacted text and a note (empty, or ``NOTE_WHOLE_VALUES`` when the second way was needed).

    Raises:
        FormatError: The input is not valid in ``fmt`` (the caller redacts it as text).
        UnsafeRedactionError: Neither way kept the structure.
    """
    before = _guarded(fmt.shape, fmt, text)
    slots = _guarded(fmt.slots, fmt, text)
    out = redact_slots(text, slots, redactor, whole=False)
    if _same(fmt, out, before):
        return out, ""
    redactor.report.clear()
    out = redact_slots(text, slots, redactor, whole=True)
    if _same(fmt, out, before):
        return out, NOTE_WHOLE_VALUES
    raise UnsafeRedactionError(f"the redacted {fmt.name} does not parse the way the original does")


_PARSER_ERRORS: Final = (ValueError, TypeError, AttributeError, KeyError, IndexError, AssertionError, RecursionError)
"""What a parser may raise on text it was not made for (``configparser`` raises AttributeError on some)."""


def _guarded(read: Callable[[str], T], fmt: ConfigFormat, text: str) -> T:
    """Call a format's reader; anything it raises on text it cannot read is a ``FormatError``."""
    try:
        return read(text)
    except FormatError:
        raise
    except _PARSER_ERRORS:
        raise FormatError("unexpected content") from None


def _same(fmt: ConfigFormat, text: str, before: object) -> bool:
    try:
        return _guarded(fmt.shape, fmt, text) == before
    except FormatError:
        return False


def redact_slots(text: str, slots: list[Slot], redactor: TextRedactor, *, whole: bool, depth: int = 0) -> str:
    """Replace the secrets in ``slots`` of ``text``; keep the text between them.

    Args:
        text: The document.
        slots: Its values, in order, not overlapping.
        redactor: The file's text redactor.
        whole: Replace a whole value by one marker wherever anything in it is secret.
        depth: How deep inside values this document is (JSON in a string, base64 of JSON).

    Returns:
        The redacted document.
    """
    pieces: list[str] = []
    position = 0
    for slot in sorted(slots, key=lambda s: s.start):
        if slot.start < position:
            continue  # an alias of a value already seen (YAML anchors)
        pieces.append(text[position : slot.start])
        new = _value(slot, redactor, whole, depth)
        pieces.append(text[slot.start : slot.end] if new == slot.value else slot.encode(new))
        position = slot.end
    pieces.append(text[position:])
    return "".join(pieces)


def _value(slot: Slot, redactor: TextRedactor, whole: bool, depth: int) -> str:
    line = slot.line or None
    if slot.comment:
        return free_value(redactor, slot.value, slot.path, line)
    rule = classify_key(slot.key) if slot.key else None
    if rule is not None:  # a JSON document under a secret key keeps its structure, every value in it goes
        inside = _nested(slot, redactor, whole, depth, forced=slot.key) if slot.value.lstrip()[:1] in "{[" else None
        return inside if inside is not None else secret_value(redactor, slot.value, rule, slot.path, line)
    new = _nested(slot, redactor, whole, depth)
    if new is None:
        new = free_value(redactor, slot.value, slot.path, line)
    if whole and new != slot.value:
        found = _MARKER_RULE.search(new)
        return redactor.mark(found.group(1) if found else "secret", slot.value)
    return new


def _nested(slot: Slot, redactor: TextRedactor, whole: bool, depth: int, forced: str | None = None) -> str | None:
    """Redact a value that is itself a JSON document, or base64 of one; None when it is neither.

    With ``forced`` (the secret key the document is under), every value of a JSON document is named by that
    key, and base64 is not looked into (the caller removes it whole).
    """
    from care_desktop.domain.redaction.formats.jsonc import JSON_FORMAT  # a format of this engine's own

    if depth >= MAX_NESTING:
        return None
    value = slot.value
    stripped = value.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        try:
            inner = JSON_FORMAT.slots(value)
        except FormatError:
            return None
        return redact_slots(value, _inner(inner, slot, forced), redactor, whole=whole, depth=depth + 1)
    if forced is not None or not _BASE64.fullmatch(stripped):
        return None
    try:
        raw = base64.b64decode(stripped + "=" * (-len(stripped) % 4), altchars=b"-_" if "-" in stripped else None)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if decoded.lstrip()[:1] not in ("{", "["):
        return None
    try:
        inner = JSON_FORMAT.slots(decoded)
    except FormatError:
        return None
    redacted = redact_slots(decoded, _inner(inner, slot), redactor, whole=whole, depth=depth + 1)
    if redacted == decoded:
        return value
    encoded = base64.b64encode(redacted.encode("utf-8"), altchars=b"-_" if "-" in stripped else None).decode()
    if len(stripped) % 4:
        encoded = encoded.rstrip("=")
    return value.replace(stripped, encoded)


def _inner(slots: list[Slot], outer: Slot, forced: str | None = None) -> list[Slot]:
    """Slots of a nested document, placed under the value that holds them for the review."""
    return [
        Slot(s.start, s.end, s.value, forced or s.key, f"{outer.path} > {s.path}", s.encode, outer.line, s.comment)
        for s in slots
    ]
