"""The case text: what the user pastes into the My Support portal, and ``CASE.md`` in the package.

The text is in English whatever the UI language, so that Customer Care's global team can read it. Fields
come in the order the portal's case form asks for them (subject, severity, organization, contact,
description, business impact), followed by identifiers, rationale and attachments. What is copied for the
portal is plain text (its fields are plain text); Markdown is for ``CASE.md``. Attachments are named as in the
package (``attachments/<kind>/<name>``) with a human kind ("Console log"): never by a local path, which holds
the user's name on a real workstation. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from care_desktop.domain.case.model import AttachmentKind, Case
from care_desktop.domain.messages import QT_TRANSLATE_NOOP
from care_desktop.domain.packaging.manifest import PACKAGE_FOLDER, file_name, member_name
from care_desktop.domain.wording import level_label

KIND_LABELS: dict[AttachmentKind, str] = {
    AttachmentKind.SCREENSHOT: QT_TRANSLATE_NOOP("domain", "Screenshot"),
    AttachmentKind.CONSOLE_LOG: QT_TRANSLATE_NOOP("domain", "Console log"),
    AttachmentKind.HAR: QT_TRANSLATE_NOOP("domain", "HAR file"),
    AttachmentKind.CONFIG: QT_TRANSLATE_NOOP("domain", "Configuration"),
    AttachmentKind.OTHER: QT_TRANSLATE_NOOP("domain", "Other file"),
}
"""A human name for each kind (English in the case text; the UI translates it with ``tr_domain``)."""

_LISTS = frozenset({"organization", "contact", "conversation_ids", "attachments", "left_out"})
_PROSE = frozenset({"description", "business_impact", "severity_rationale"})


@dataclass(frozen=True)
class CaseField:
    """One field of the case form, to show and copy on its own.

    Attributes:
        key: Stable name of the field.
        label: English label.
        text: English content, possibly several lines; empty when not given.
    """

    key: str
    label: str
    text: str


def severity_label(level: int | None) -> str:
    """Return e.g. ``"High (Severity 2)"`` (today's name first, the number beside it), or ``"not chosen"``."""
    return level_label(level)


def _description(case: Case) -> str:
    blocks = [case.description.strip()]
    labelled = [
        ("When", case.occurred_at.strip()),
        ("How often", case.details.frequency.strip()),
        ("Who and where is affected", case.details.affected.strip()),
    ]
    facts = [f"{label}: {value}" for label, value in labelled if value]
    if facts:
        blocks.append("\n".join(facts))
    if case.details.steps_to_reproduce.strip():
        blocks.append("Steps to reproduce:\n" + case.details.steps_to_reproduce.strip())
    if case.details.already_tried.strip():
        blocks.append("Already tried:\n" + case.details.already_tried.strip())
    return "\n\n".join(block for block in blocks if block)


def _conversations(case: Case) -> str:
    lines = []
    for ref in case.conversations:
        extra = " - ".join(part for part in (ref.time.strip(), ref.note.strip()) if part)
        lines.append(f"{ref.id}" + (f" ({extra})" if extra else ""))
    if not lines and case.no_conversation_reason.strip():
        lines.append(f"None applies: {case.no_conversation_reason.strip()}")
    return "\n".join(lines)


def attachment_lines(case: Case) -> list[str]:
    """The attachments as the case text lists them: ``Console log: attachments/console_log/console.log``.

    A packaged case already names its members; otherwise each included attachment gets the name it will have
    in the package (the same rule as the package), so no local path ever appears.

    Args:
        case: The case (as drafted or as packaged).

    Returns:
        One line per included attachment, with its note.
    """
    taken: list[str] = []
    lines = []
    for attachment in case.attachments:
        if not attachment.included or attachment.left_out_unredactable:
            continue
        path = attachment.path.replace("\\", "/")
        name = path if path.startswith(PACKAGE_FOLDER) else member_name(attachment.kind, path, taken)
        taken.append(name)
        note = f" - {attachment.note.strip()}" if attachment.note.strip() else ""
        as_is = " (sent as is on purpose: not redacted)" if attachment.send_unredacted else ""
        lines.append(f"{KIND_LABELS[attachment.kind]}: {name}{as_is}{note}")
    return lines


def left_out_lines(case: Case, left_out: Sequence[str] | None = None) -> list[str]:
    """The files the user included that the package leaves out because they cannot be redacted.

    Args:
        case: The case as drafted (its binary attachments not chosen to be sent as is are found here).
        left_out: The names the package builder left out, when it knows better (a packaged case no longer
            holds them).

    Returns:
        One line per file: its name and why.
    """
    names = (
        list(left_out)
        if left_out is not None
        else [file_name(a.path) for a in case.attachments if a.left_out_unredactable]
    )
    return [f"{name} - cannot be redacted (binary file), so it is not in the package" for name in names]


def case_fields(case: Case, first_response: str = "", left_out: Sequence[str] | None = None) -> list[CaseField]:
    """List the case form's fields with their English content.

    Args:
        case: The case.
        first_response: When the first response is due, in words, or empty.
        left_out: The files the package left out as not redactable (default: found in the case).

    Returns:
        The fields in the portal's order.
    """
    org = case.org
    organization = "\n".join(
        line
        for line in (
            f"Short name: {org.short_name.strip()}" if org.short_name.strip() else "",
            f"Organization ID: {org.id.strip()}" if org.id.strip() else "",
            f"Region: {org.region}" if org.region else "",
        )
        if line
    )
    contact = case.contact
    contact_lines = [
        contact.name.strip(),
        contact.email.strip(),
        f"Callback: {contact.phone.strip()}" if contact.phone.strip() else "",
        "Available at all times while the case is worked." if contact.available_24x7 else "",
    ]
    return [
        CaseField("title", "Subject", case.title.strip()),
        CaseField("severity", "Severity", severity_label(case.severity)),
        CaseField("case_number", "Case number", case.case_number.strip()),
        CaseField("related_case", "Original case", case.related_case.strip()),
        CaseField("organization", "Organization", organization),
        CaseField("contact", "Contact", "\n".join(line for line in contact_lines if line)),
        CaseField("description", "Description", _description(case)),
        CaseField("business_impact", "Business impact", case.business_impact.strip()),
        CaseField("status_incident", "Related status incident", case.status_incident.strip()),
        CaseField("conversation_ids", "Conversation IDs", _conversations(case)),
        CaseField("first_response", "First response due", first_response),
        CaseField("severity_rationale", "Why this severity", case.severity_rationale.strip()),
        CaseField("attachments", "Attachments", "\n".join(attachment_lines(case))),
        CaseField("left_out", "Not in the package", "\n".join(left_out_lines(case, left_out))),
    ]


def case_markdown(
    case: Case,
    *,
    tool_version: str,
    prepared_at: str,
    first_response: str = "",
    checked: Sequence[str] = (),
    failed_calls: Sequence[str] = (),
    left_out: Sequence[str] | None = None,
) -> str:
    """Render ``CASE.md``: every non-empty field under its label.

    Args:
        case: The case.
        tool_version: Care Desktop's version, for the footer.
        prepared_at: When the text was made (ISO 8601), for the footer.
        first_response: When the first response is due, in words, or empty.
        checked: The table of the conversations checked in the organization (Markdown lines), or none.
        failed_calls: Platform API calls that failed during the check, with their correlation IDs, or none.
        left_out: The files the package left out as not redactable (default: found in the case).

    Returns:
        Markdown text ending with a newline.
    """
    fields = case_fields(case, first_response, left_out)
    title = fields[0].text or "(no subject)"
    out = [f"# {title}", ""]
    for item in fields[1:]:
        if item.key == "conversation_ids" and (checked or failed_calls):
            out += _checked_section(checked, failed_calls) if not item.text else []
        if not item.text:
            continue
        if item.key in _LISTS:
            out += [f"## {item.label}", "", *(f"- {line}" for line in item.text.splitlines()), ""]
            if item.key == "conversation_ids":
                out += _checked_section(checked, failed_calls)
        elif "\n" in item.text or item.key in _PROSE:
            out += [f"## {item.label}", "", item.text, ""]
        else:
            out += [f"**{item.label}:** {item.text}", ""]
    out += ["---", f"Prepared with Care Desktop {tool_version} on {prepared_at}.", ""]
    return "\n".join(out)


def _checked_section(checked: Sequence[str], failed_calls: Sequence[str]) -> list[str]:
    out: list[str] = []
    if checked:
        out += ["## Conversations checked in the organization (Platform API)", "", *checked, ""]
    if failed_calls:
        out += ["## Failed Platform API calls (ININ-Correlation-Id)", "", *(f"- {line}" for line in failed_calls), ""]
    return out


def case_plain_text(
    case: Case,
    *,
    tool_version: str,
    prepared_at: str,
    first_response: str = "",
    checked: Sequence[str] = (),
    failed_calls: Sequence[str] = (),
    left_out: Sequence[str] | None = None,
) -> str:
    """Render the case text to paste into the portal: plain text, no Markdown, every non-empty field labelled.

    Args:
        case: The case.
        tool_version: Care Desktop's version, for the footer.
        prepared_at: When the text was made (ISO 8601), for the footer.
        first_response: When the first response is due, in words, or empty.
        checked: The table of the conversations checked in the organization (lines), or none.
        failed_calls: Platform API calls that failed during the check, with their correlation IDs, or none.
        left_out: The files the package left out as not redactable (default: found in the case).

    Returns:
        Plain text ending with a newline.
    """
    out: list[str] = []
    for item in case_fields(case, first_response, left_out):
        if not item.text:
            continue
        if item.key in _LISTS:
            out += [f"{item.label}:", *(f"- {line}" for line in item.text.splitlines()), ""]
            if item.key == "conversation_ids":
                out += [line.removeprefix("## ") for line in _checked_section(checked, failed_calls)]
        elif "\n" in item.text or item.key in _PROSE:
            out += [f"{item.label}:", item.text, ""]
        else:
            out += [f"{item.label}: {item.text}", ""]
    out += [f"Prepared with Care Desktop {tool_version} on {prepared_at}.", ""]
    return "\n".join(out)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def english_time(moment: datetime) -> str:
    """Format an aware time for the case text: ``Fri 2026-11-27 09:05 GMT`` (English whatever the locale)."""
    return f"{_WEEKDAYS[moment.weekday()]} {moment:%Y-%m-%d %H:%M} {moment.tzname() or ''}".rstrip()


def first_response_text(opened: datetime, respond_by: datetime, zone: str, basis: str) -> str:
    """The "First response due" field of the case text.

    Args:
        opened: When the case is filed (aware, in the customer's zone).
        respond_by: The target (aware, in the customer's zone).
        zone: The customer's IANA zone.
        basis: The rule in English words.

    Returns:
        One paragraph in English.
    """
    return f"By {english_time(respond_by)} ({zone}) if filed at {english_time(opened)}. {basis}"
