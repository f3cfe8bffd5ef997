"""Follow-up helpers after filing: the "more RCA documentation" case, and which evidence is new for a case.

The published Customer Care page: to ask for more documentation about an outage, open a **new case** that
includes the **original case number** and contact information; a follow-up meeting can be asked for in that
case. :func:`rca_documentation_draft` starts that draft. The case text is English (Customer Care reads it),
so its title and description are not translated.

:func:`new_evidence` picks, for "add evidence to case N", the attachments whose content (sha256) was not sent
with that case yet.

Pure: no I/O, no Qt, no clock (times and identifiers are passed in).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from care_desktop.domain.case.draft import ContactRole, Draft, new_draft
from care_desktop.domain.case.model import Attachment
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.severity import Answers

FOLLOW_UP_SEVERITY = 4
"""A request for documentation is a non-critical question: Severity 4 (the user may choose another)."""


def rca_documentation_draft(
    draft_id: str,
    now: str,
    original_number: str,
    org: Organization,
    contact: Contact,
    role: ContactRole | None = None,
    meeting: bool = False,
    original_title: str = "",
    time_zone: str = "",
) -> Draft:
    """Start a new case asking for more RCA documentation about an earlier case.

    Args:
        draft_id: Identifier of the new draft.
        now: ISO 8601 UTC time of creation.
        original_number: The original case's number (goes into ``related_case``, the title and the text).
        org: The organization (copied).
        contact: The contact whose details go with the request (copied).
        role: The remembered contact role.
        meeting: Also ask for a follow-up meeting.
        original_title: What the original case was about, quoted in the description when given.
        time_zone: The customer's zone for the new draft, empty for the default.

    Returns:
        The draft, at the first step, Severity 4 with the helper's answers that lead there.
    """
    number = original_number.strip()
    draft = new_draft(draft_id, now, org, contact, role)
    case = draft.case
    case.related_case = number
    case.severity = FOLLOW_UP_SEVERITY
    draft.answers = Answers(critical_works=True, degraded=False, question_or_request=True)
    draft.time_zone = time_zone
    case.title = f"More RCA documentation for case {number}"
    about = f' ("{original_title.strip()}")' if original_title.strip() else ""
    paragraphs = [
        f"This case follows up case {number}{about}.",
        "We ask for more documentation of the root cause analysis (RCA) of that outage: the timeline, the root "
        "cause, the corrective actions taken and what will prevent it from happening again.",
    ]
    if meeting:
        paragraphs.append("We also request a follow-up meeting to go through the RCA. Please propose times.")
    who = ", ".join(part for part in (contact.name.strip(), contact.email.strip(), contact.phone.strip()) if part)
    if who:
        paragraphs.append(f"Contact for this request: {who}.")
    case.description = "\n\n".join(paragraphs)
    case.no_conversation_reason = f"A documentation request about case {number}; no conversation is concerned."
    return draft


@dataclass(frozen=True)
class EvidenceFile:
    """An attachment of the case's draft with the sha256 of its content.

    Attributes:
        attachment: The attachment as the draft lists it.
        sha256: Hex digest of the file's content.
        size: Size in bytes.
    """

    attachment: Attachment
    sha256: str
    size: int


def new_evidence(files: Iterable[EvidenceFile], sent: Iterable[str]) -> list[EvidenceFile]:
    """Keep the files whose content was not sent with the case yet, each content once, in the draft's order.

    Args:
        files: The draft's attachments with their digests.
        sent: Digests already sent with the case.

    Returns:
        The new files.
    """
    seen = {digest.lower() for digest in sent}
    result = []
    for item in files:
        digest = item.sha256.lower()
        if digest not in seen:
            seen.add(digest)
            result.append(item)
    return result
