"""The package's ``manifest.json``: what is in the package, how each file was redacted, what was left out.

Also the member names of the package (``attachments/<kind>/<name>``, made unique) and the packaged copy of
the case, whose attachments point at those members so that an unpacked package is itself a valid case file.
The manifest never holds the user's own redaction terms, only how many there were. Pure: no I/O, no Qt, no
clock (the caller passes the time).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.redaction.rules import LIVE_SESSION_RULES, RedactionOptions

SCHEMA: Final = "care-desktop/package@1"
CASE_MD: Final = "CASE.md"
CASE_JSON: Final = "case.json"
MANIFEST_JSON: Final = "manifest.json"
SYSTEM_INFO: Final = "system/system-info.json"
CONVERSATIONS: Final = "conversations"
_CONVERSATION_FILE: Final = re.compile(
    r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?:\.json|-sip\.txt)|api-calls\.txt"
)
PACKAGE_FOLDER: Final = "attachments/"
_UNSAFE: Final = re.compile(r"[\x00-\x1f/\\:*?\"<>|]+")


@dataclass(frozen=True)
class MemberRecord:
    """One member of the package.

    Attributes:
        name: Its path in the package.
        size: Its size in bytes (uncompressed).
        sha256: Hex SHA-256 of its content.
        deflated: Compressed (text) or stored (images).
    """

    name: str
    size: int
    sha256: str
    deflated: bool


@dataclass(frozen=True)
class AttachmentRecord:
    """How one attachment went into the package.

    Attributes:
        source: The attachment's path as the case gives it.
        member: Its member name in the package.
        kind: How it was treated.
        input_size: Bytes read from the original.
        redacted: False for images, which are copied unchanged.
        redactions: Removed values per rule.
        note: A remark (an image not redacted, a HAR that was not valid JSON ...), or empty.
        sent_unredacted: The user chose to send it as is although it cannot be redacted.
    """

    source: str
    member: str
    kind: AttachmentKind
    input_size: int
    redacted: bool
    redactions: Mapping[str, int]
    note: str = ""
    sent_unredacted: bool = False


@dataclass(frozen=True)
class Exclusion:
    """An attachment left out of the package, and why (in English)."""

    source: str
    kind: AttachmentKind
    reason: str


@dataclass
class ManifestInput:
    """Everything the manifest is made from.

    Attributes:
        tool_version: Care Desktop's version.
        created_at: When the package was made (aware time).
        options: The redaction options used.
        members: Every member except the manifest itself, in package order.
        attachments: The attachments included.
        excluded: The attachments left out.
        case_text_redactions: Values removed from the case's own text (a token pasted into the description).
    """

    tool_version: str
    created_at: datetime
    options: RedactionOptions
    members: Sequence[MemberRecord] = ()
    attachments: Sequence[AttachmentRecord] = ()
    excluded: Sequence[Exclusion] = ()
    case_text_redactions: Mapping[str, int] = field(default_factory=dict)


def manifest_json(data: ManifestInput) -> dict[str, Any]:
    """Build the manifest document.

    Args:
        data: What went into the package.

    Returns:
        JSON-ready data with ``"schema": "care-desktop/package@1"``.
    """
    totals: dict[str, int] = dict(data.case_text_redactions)
    for record in data.attachments:
        for rule, number in record.redactions.items():
            totals[rule] = totals.get(rule, 0) + number
    return {
        "schema": SCHEMA,
        "tool": {"name": "care-desktop", "version": data.tool_version},
        "created_at": data.created_at.isoformat(timespec="seconds"),
        "redaction": {
            "pii": data.options.pii,
            "pseudonyms": data.options.pseudonyms,
            "custom_terms": len(data.options.usable_terms),
            "totals": dict(sorted(totals.items())),
            "total": sum(totals.values()),
            "live_session": any(rule in LIVE_SESSION_RULES for rule in totals),
            "case_text": dict(sorted(data.case_text_redactions.items())),
        },
        "members": [
            {"name": m.name, "size": m.size, "sha256": m.sha256, "compression": "deflated" if m.deflated else "stored"}
            for m in data.members
        ],
        "attachments": [
            {
                "source": r.source,
                "member": r.member,
                "kind": r.kind.value,
                "input_size": r.input_size,
                "redacted": r.redacted,
                "redactions": dict(sorted(r.redactions.items())),
                "note": r.note,
                "sent_unredacted": r.sent_unredacted,
            }
            for r in data.attachments
        ],
        "excluded": [{"source": e.source, "kind": e.kind.value, "reason": e.reason} for e in data.excluded],
    }


def member_name(kind: AttachmentKind, source: str, taken: Iterable[str]) -> str:
    """Choose ``attachments/<kind>/<name>`` for an attachment, unique among the names already taken.

    The conversation check's files (``conversations/<id>.json``, ``<id>-sip.txt`` and ``api-calls.txt`` of a
    case folder) keep their own folder: ``conversations/<name>``.

    Args:
        kind: How the attachment is treated.
        source: Its path as the case gives it (only the file name is used).
        taken: Member names already used.

    Returns:
        The member name; a clash gets ``-2``, ``-3`` ... before the extension.
    """
    parts = re.split(r"[/\\]", source.rstrip("/\\"))
    base = _UNSAFE.sub("_", parts[-1]).strip(" .") or "attachment"
    used = {name.lower() for name in taken}
    stem, dot, suffix = base.rpartition(".")
    if not stem:
        stem, dot, suffix = base, "", ""
    folder = f"{PACKAGE_FOLDER}{kind.value}"
    if len(parts) > 1 and parts[-2] == CONVERSATIONS and _CONVERSATION_FILE.fullmatch(base):
        folder = CONVERSATIONS  # the conversation check's evidence: conversations/<id>.json, <id>-sip.txt
    candidate = f"{folder}/{base}"
    number = 1
    while candidate.lower() in used:
        number += 1
        candidate = f"{folder}/{stem}-{number}{dot}{suffix}"
    return candidate


def file_name(path: str) -> str:
    """The last part of a path written with slashes or backslashes (any system's), e.g. ``"console.log"``."""
    return _parts(path)[-1] if _parts(path) else ""


def _parts(path: str) -> list[str]:
    return [part for part in re.split(r"[/\\]", path.strip()) if part not in ("", ".")]


def shown_source(path: str, case_dir: str) -> str:
    """Name an attachment's original for the manifest without any local path (it holds the user's name).

    Args:
        path: The attachment's path as the case gives it (relative to the case file, or absolute).
        case_dir: The case file's folder, absolute.

    Returns:
        The path relative to the case file's folder when the file lies inside it, else the file name only.
    """
    text = path.strip()
    parts = _parts(text)
    absolute = text.startswith(("/", "\\", "~")) or re.match(r"[A-Za-z]:[/\\]", text) is not None
    if absolute:
        folder = _parts(case_dir)
        parts = parts[len(folder) :] if folder and parts[: len(folder)] == folder else parts[-1:]
    if not parts or ".." in parts:
        return file_name(text)
    return "/".join(parts)


def packaged_case(case: Case, members: Mapping[int, tuple[str, AttachmentKind]]) -> Case:
    """The case as it goes into the package: attachments point at their members; left-out ones are dropped.

    Args:
        case: The case.
        members: For each included attachment (by its index in ``case.attachments``): member name and kind.

    Returns:
        A copy of the case.
    """
    packaged = copy.deepcopy(case)
    packaged.attachments = [
        Attachment(members[index][0], members[index][1], attachment.note, send_unredacted=attachment.send_unredacted)
        for index, attachment in enumerate(case.attachments)
        if index in members
    ]
    return packaged


def package_file_name(case: Case, created: datetime) -> str:
    """A file name for the package: ``care-case-<org>-<case number or date>.zip``."""
    org = re.sub(r"[^A-Za-z0-9_-]+", "-", case.org.short_name).strip("-") or "case"
    tag = re.sub(r"[^A-Za-z0-9_-]+", "-", case.case_number).strip("-") or created.strftime("%Y%m%d-%H%M")
    return f"care-case-{org}-{tag}.zip"
