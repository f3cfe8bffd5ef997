"""The case file ``care-desktop/case@1``: conversion between JSON data and the case model, with validation.

Reading never raises on bad data: it returns the case it could build and the problems it found, each naming
the field, the reason, and whether it blocks use of the file. Writing produces plain JSON data; the caller
serializes and writes it. No I/O.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from care_desktop.domain.case.identifiers import is_uuid, normalize_uuid
from care_desktop.domain.case.model import SEVERITIES, Attachment, AttachmentKind, Case, ConversationRef, Details
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Problem

SCHEMA: Final = "care-desktop/case@1"

_TOP_KEYS: Final = frozenset(
    {
        "schema", "org", "contact", "severity", "severity_rationale", "title", "description",
        "business_impact", "occurred_at", "conversation_ids", "attachments",
        # Optional extensions of case@1 that older readers ignore:
        "conversation_notes", "no_conversation_reason", "details", "case_number", "related_case", "status_incident",
    }
)  # fmt: skip


def case_to_json(case: Case) -> dict[str, Any]:
    """Turn a case into case-file data.

    Args:
        case: The case.

    Returns:
        JSON-ready data with ``"schema": "care-desktop/case@1"``.
    """
    notes = {ref.id: {"note": ref.note, "time": ref.time} for ref in case.conversations if ref.note or ref.time}
    return {
        "schema": SCHEMA,
        "org": {"short_name": case.org.short_name, "id": case.org.id, "region": case.org.region},
        "contact": {
            "name": case.contact.name,
            "email": case.contact.email,
            "phone": case.contact.phone,
            "available_24x7": case.contact.available_24x7,
        },
        "severity": case.severity,
        "severity_rationale": case.severity_rationale,
        "title": case.title,
        "description": case.description,
        "business_impact": case.business_impact,
        "occurred_at": case.occurred_at,
        "conversation_ids": case.conversation_ids,
        "attachments": [_attachment_to_json(a) for a in case.attachments],
        "conversation_notes": notes,
        "no_conversation_reason": case.no_conversation_reason,
        "details": {
            "frequency": case.details.frequency,
            "affected": case.details.affected,
            "steps_to_reproduce": case.details.steps_to_reproduce,
            "already_tried": case.details.already_tried,
        },
        "case_number": case.case_number,
        "related_case": case.related_case,
        "status_incident": case.status_incident,
    }


def _attachment_to_json(attachment: Attachment) -> dict[str, Any]:
    data: dict[str, Any] = {"path": attachment.path, "kind": attachment.kind.value, "note": attachment.note}
    if attachment.sha256:
        data["sha256"] = attachment.sha256
    if attachment.size is not None:
        data["size"] = attachment.size
    if not attachment.included:
        data["included"] = False
    if attachment.send_unredacted:
        data["send_unredacted"] = True
    return data


def _problem(where: str, template: str, blocking: bool = True, **params: str) -> Problem:
    return Problem(where, Message(template, dict(params)), blocking)


class _Reader:
    """Collects problems while pulling typed values out of untrusted JSON data."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def text(self, data: dict[str, Any], key: str, path: str) -> str:
        value = data.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problems.append(_problem(path, QT_TRANSLATE_NOOP("domain", "{field} must be text."), field=path))
            return ""
        return value

    def section(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.append(_problem(key, QT_TRANSLATE_NOOP("domain", "{field} must be an object."), field=key))
            return {}
        return value

    def items(self, data: dict[str, Any], key: str) -> list[Any]:
        value = data.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(_problem(key, QT_TRANSLATE_NOOP("domain", "{field} must be a list."), field=key))
            return []
        return value


def case_from_json(data: object) -> tuple[Case, list[Problem]]:
    """Build a case from case-file data, reporting everything wrong with it.

    Args:
        data: Parsed JSON of a case file (any shape).

    Returns:
        The case built from whatever was usable, and the problems found. The file is usable when no
        problem is blocking.
    """
    case = Case()
    reader = _Reader()
    problems = reader.problems
    if not isinstance(data, dict):
        problems.append(_problem("", QT_TRANSLATE_NOOP("domain", "A case file must hold a JSON object.")))
        return case, problems
    schema = data.get("schema")
    if schema != SCHEMA:
        problems.append(
            _problem(
                "schema",
                QT_TRANSLATE_NOOP("domain", 'This is not a case file of a known version (schema "{found}").'),
                found=str(schema),
            )
        )
    for key in sorted(set(data) - _TOP_KEYS):
        problems.append(
            _problem(key, QT_TRANSLATE_NOOP("domain", "Unknown field {field} was ignored."), False, field=key)
        )

    org = reader.section(data, "org")
    case.org = Organization(
        short_name=reader.text(org, "short_name", "org.short_name").strip(),
        id=reader.text(org, "id", "org.id").strip(),
        region=reader.text(org, "region", "org.region").strip() or Organization().region,
    )
    if case.org.id:
        if is_uuid(case.org.id):
            case.org.id = normalize_uuid(case.org.id)
        else:
            problems.append(
                _problem(
                    "org.id",
                    QT_TRANSLATE_NOOP("domain", 'The organization ID "{value}" is not a valid ID (8-4-4-4-12 hex).'),
                    value=case.org.id,
                )
            )

    contact = reader.section(data, "contact")
    available = contact.get("available_24x7", False)
    if not isinstance(available, bool):
        problems.append(
            _problem("contact.available_24x7", QT_TRANSLATE_NOOP("domain", "available_24x7 must be true or false."))
        )
        available = False
    case.contact = Contact(
        name=reader.text(contact, "name", "contact.name"),
        email=reader.text(contact, "email", "contact.email"),
        phone=reader.text(contact, "phone", "contact.phone"),
        available_24x7=available,
    )

    severity = data.get("severity")
    if severity is None:
        problems.append(_problem("severity", QT_TRANSLATE_NOOP("domain", "No severity level is chosen.")))
    elif isinstance(severity, bool) or not isinstance(severity, int) or severity not in SEVERITIES:
        problems.append(
            _problem(
                "severity",
                QT_TRANSLATE_NOOP("domain", "Severity must be 1, 2, 3 or 4, not {value}."),
                value=str(severity),
            )
        )
    else:
        case.severity = severity

    for key in ("severity_rationale", "title", "description", "business_impact", "occurred_at"):
        setattr(case, key, reader.text(data, key, key))
    case.no_conversation_reason = reader.text(data, "no_conversation_reason", "no_conversation_reason")
    case.case_number = reader.text(data, "case_number", "case_number").strip()
    case.related_case = reader.text(data, "related_case", "related_case").strip()
    case.status_incident = reader.text(data, "status_incident", "status_incident").strip()
    if not case.title.strip():
        problems.append(_problem("title", QT_TRANSLATE_NOOP("domain", "The case has no title.")))
    if not case.description.strip():
        problems.append(_problem("description", QT_TRANSLATE_NOOP("domain", "The case has no description.")))
    case.occurred_at = case.occurred_at.strip()
    if case.occurred_at and parse_occurred_at(case.occurred_at) is None:
        problems.append(
            _problem(
                "occurred_at",
                QT_TRANSLATE_NOOP("domain", 'occurred_at "{value}" is not an ISO 8601 date and time.'),
                value=case.occurred_at,
            )
        )

    notes = reader.section(data, "conversation_notes")
    for index, raw in enumerate(reader.items(data, "conversation_ids")):
        path = f"conversation_ids[{index}]"
        if not isinstance(raw, str) or not is_uuid(raw):
            problems.append(
                _problem(
                    path,
                    QT_TRANSLATE_NOOP("domain", '"{value}" is not a valid conversation ID (8-4-4-4-12 hex).'),
                    value=str(raw),
                )
            )
            continue
        conv_id = normalize_uuid(raw)
        if conv_id in case.conversation_ids:
            continue
        extra = notes.get(conv_id) or notes.get(raw) or {}
        extra = extra if isinstance(extra, dict) else {}
        case.conversations.append(
            ConversationRef(conv_id, str(extra.get("note", "") or ""), str(extra.get("time", "") or ""))
        )

    details = reader.section(data, "details")
    case.details = Details(
        frequency=reader.text(details, "frequency", "details.frequency"),
        affected=reader.text(details, "affected", "details.affected"),
        steps_to_reproduce=reader.text(details, "steps_to_reproduce", "details.steps_to_reproduce"),
        already_tried=reader.text(details, "already_tried", "details.already_tried"),
    )

    for index, raw in enumerate(reader.items(data, "attachments")):
        attachment = _read_attachment(raw, f"attachments[{index}]", reader)
        if attachment is not None:
            case.attachments.append(attachment)
    return case, problems


def _read_attachment(raw: object, path: str, reader: _Reader) -> Attachment | None:
    if not isinstance(raw, dict):
        reader.problems.append(_problem(path, QT_TRANSLATE_NOOP("domain", "{field} must be an object."), field=path))
        return None
    file_path = reader.text(raw, "path", f"{path}.path").strip()
    if not file_path:
        reader.problems.append(_problem(f"{path}.path", QT_TRANSLATE_NOOP("domain", "An attachment has no path.")))
        return None
    kind_text = raw.get("kind", AttachmentKind.OTHER.value)
    try:
        kind = AttachmentKind(kind_text)
    except ValueError:
        reader.problems.append(
            _problem(
                f"{path}.kind",
                QT_TRANSLATE_NOOP("domain", 'Unknown attachment kind "{value}".'),
                value=str(kind_text),
            )
        )
        return None
    size = raw.get("size")
    included = raw.get("included", True)
    as_is = raw.get("send_unredacted", False)
    return Attachment(
        file_path,
        kind,
        reader.text(raw, "note", f"{path}.note"),
        sha256=reader.text(raw, "sha256", f"{path}.sha256").strip().lower(),
        size=size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None,
        included=included if isinstance(included, bool) else True,
        send_unredacted=as_is is True,
    )


def parse_occurred_at(text: str) -> datetime | None:
    """Parse an ISO 8601 date and time, with or without an offset.

    Args:
        text: The value of ``occurred_at``.

    Returns:
        The parsed time, or None when ``text`` is not ISO 8601.
    """
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None
