"""The case model: what one Customer Care case is made of, as typed data.

Mirrors the case file ``care-desktop/case@1`` (DESIGN.md section 5). Reading and writing that file lives in
``casefile.py``; this module holds only the types. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

# Defined apart (the main window's first page needs them without the rest of the model); part of this model.
from care_desktop.domain.case.organization import Contact, Organization

SEVERITIES: Final = (1, 2, 3, 4)


class AttachmentKind(StrEnum):
    """What an attached file holds; decides how it is redacted and where it goes in the package."""

    CONSOLE_LOG = "console_log"
    HAR = "har"
    SCREENSHOT = "screenshot"
    CONFIG = "config"
    OTHER = "other"


@dataclass
class ConversationRef:
    """One conversation the case is about.

    Attributes:
        id: Conversation ID, lower-case UUID.
        note: What happened in this conversation, optional.
        time: When it happened, as the user wrote it, optional.
    """

    id: str
    note: str = ""
    time: str = ""


@dataclass
class Details:
    """The description prompts Customer Care's process asks for, each optional.

    Attributes:
        frequency: How often it happens (once, intermittently, every call ...).
        affected: Who and where is affected: users, sites, queues, working hours, locations.
        steps_to_reproduce: How to make it happen again.
        already_tried: What was tried so far and with what result.
    """

    frequency: str = ""
    affected: str = ""
    steps_to_reproduce: str = ""
    already_tried: str = ""


@dataclass
class Attachment:
    """A file of evidence to upload with the case.

    Attributes:
        path: Relative to the case file, or absolute.
        kind: What the file holds.
        note: What the file shows, optional.
        sha256: Hex SHA-256 of the file when it was added (empty when not recorded).
        size: Size in bytes when it was added (None when not recorded).
        included: Whether it goes into the package (the user may keep a file aside without removing it).
        send_unredacted: The user chose, on purpose, to send this file as is although it cannot be redacted
            (a packet capture, a recording, a file redaction could not handle safely). Packaging copies it
            unchanged and records that in the manifest; without it, such a file is left out, and the case says so.
    """

    path: str
    kind: AttachmentKind = AttachmentKind.OTHER
    note: str = ""
    sha256: str = ""
    size: int | None = None
    included: bool = True
    send_unredacted: bool = False

    @property
    def left_out_unredactable(self) -> bool:
        """Included by the user, but left out of the package: it cannot be redacted and was not chosen as is."""
        return self.included and self.kind is AttachmentKind.OTHER and not self.send_unredacted


@dataclass
class Case:
    """One issue to report to Customer Care (one issue per case, as the published page asks).

    Attributes:
        org: The organization.
        contact: Who files it.
        severity: 1 (Critical) to 4 (Low), or None while not chosen.
        severity_rationale: Why this level, in the user's words and the helper's answers.
        title: One-line subject.
        description: What is wrong, in the user's words.
        business_impact: What the problem costs the business.
        occurred_at: When it happened (ISO 8601, with or without offset) or empty.
        conversations: The conversations concerned.
        no_conversation_reason: Why no conversation ID applies, when there is none.
        details: Frequency, who is affected, steps to reproduce, what was tried.
        attachments: Evidence files.
        case_number: The number Customer Care gave (after a Severity 1 call, or once filed).
        related_case: An earlier case this one follows up (e.g. a request for more RCA documentation).
        status_incident: A Genesys Cloud status incident the case refers to, in words with its link.
    """

    org: Organization = field(default_factory=Organization)
    contact: Contact = field(default_factory=Contact)
    severity: int | None = None
    severity_rationale: str = ""
    title: str = ""
    description: str = ""
    business_impact: str = ""
    occurred_at: str = ""
    conversations: list[ConversationRef] = field(default_factory=list)
    no_conversation_reason: str = ""
    details: Details = field(default_factory=Details)
    attachments: list[Attachment] = field(default_factory=list)
    case_number: str = ""
    related_case: str = ""
    status_incident: str = ""

    @property
    def conversation_ids(self) -> list[str]:
        """The conversation IDs in order."""
        return [ref.id for ref in self.conversations]
