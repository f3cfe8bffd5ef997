"""Conversation and organization identifiers: validation and extraction from pasted text.

Genesys Cloud conversation and organization IDs are UUIDs written 8-4-4-4-12 in hexadecimal. Extraction
finds whole IDs only: a 35- or 37-character near-UUID, a UUID glued to further hex digits or groups, or 32
bare hex digits is not an ID. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_HEX: Final = "[0-9A-Fa-f]"
_UUID_BODY: Final = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"

# A whole ID is not touching another hex digit, nor a hyphen that joins it to more hex digits.
UUID_PATTERN: Final = re.compile(
    rf"(?<!{_HEX})(?<!{_HEX}-)({_UUID_BODY})(?!{_HEX})(?!-{_HEX})",
)
_EXACT: Final = re.compile(rf"\s*{{?\s*({_UUID_BODY})\s*}}?\s*")


def is_uuid(text: str) -> bool:
    """Tell whether ``text`` is exactly one UUID (surrounding blanks and braces allowed).

    Args:
        text: Candidate identifier as typed or pasted.

    Returns:
        True when it is a well-formed 8-4-4-4-12 hexadecimal identifier.
    """
    return _EXACT.fullmatch(text) is not None


def normalize_uuid(text: str) -> str:
    """Return the canonical lower-case form of a single UUID.

    Args:
        text: A string for which :func:`is_uuid` is true.

    Returns:
        The identifier in lower case without blanks or braces.

    Raises:
        ValueError: If ``text`` is not a UUID.
    """
    match = _EXACT.fullmatch(text)
    if match is None:
        raise ValueError(f"not a UUID: {text!r}")
    return match.group(1).lower()


def extract_uuids(text: str) -> list[str]:
    """Find every whole UUID in free text or URLs.

    Args:
        text: Anything pasted: URLs, log lines, JSON, e-mail text.

    Returns:
        The identifiers in lower case, in first-seen order, without duplicates.
    """
    return dedupe(match.group(1).lower() for match in UUID_PATTERN.finditer(text))


def dedupe(ids: Iterable[str]) -> list[str]:
    """Drop repeated identifiers, keeping the first occurrence of each.

    Args:
        ids: Identifiers, already normalized.

    Returns:
        A list in first-seen order.
    """
    return list(dict.fromkeys(ids))
