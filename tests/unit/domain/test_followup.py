"""Follow-up helpers: the "more RCA documentation" draft and the choice of new evidence."""

from __future__ import annotations

from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.severity import recommend
from care_desktop.domain.tracker.followup import EvidenceFile, new_evidence, rca_documentation_draft
from care_desktop.domain.wizard.flow import validate
from care_desktop.domain.wizard.steps import Step

ORG = Organization("acme-eu", "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17", "mypurecloud.ie")
CONTACT = Contact("Dana Whitfield", "dana@acme.example", "+353 1 555 0199", True)
NOW = "2026-11-10T09:00:00+00:00"


def test_rca_documentation_draft_quotes_the_original_case_and_the_contact():
    draft = rca_documentation_draft(
        "f" * 32, NOW, " 0004518771 ", ORG, CONTACT, ContactRole.DESIGNATED, False, "Agents cannot take calls"
    )
    case = draft.case
    assert case.related_case == "0004518771"
    assert case.case_number == ""
    assert case.title == "More RCA documentation for case 0004518771"
    assert case.description == (
        'This case follows up case 0004518771 ("Agents cannot take calls").\n\n'
        "We ask for more documentation of the root cause analysis (RCA) of that outage: the timeline, the root "
        "cause, the corrective actions taken and what will prevent it from happening again.\n\n"
        "Contact for this request: Dana Whitfield, dana@acme.example, +353 1 555 0199."
    )
    assert (case.org, case.contact) == (ORG, CONTACT)
    assert case.org is not ORG
    assert case.contact is not CONTACT
    assert draft.contact_role is ContactRole.DESIGNATED
    assert (draft.id, draft.created_at, draft.step) == ("f" * 32, NOW, Step.BEFORE_START)
    assert "0004518771" in case.no_conversation_reason


def test_rca_documentation_draft_is_severity_4_as_the_helper_recommends_and_passes_its_steps():
    draft = rca_documentation_draft("f" * 32, NOW, "0004518771", ORG, CONTACT)
    assert draft.case.severity == 4
    assert recommend(draft.answers).level == 4
    assert validate(Step.SEVERITY, draft) == []
    assert validate(Step.DESCRIPTION, draft) == []


def test_rca_documentation_draft_can_ask_for_a_meeting():
    draft = rca_documentation_draft("f" * 32, NOW, "42", ORG, Contact(), meeting=True, time_zone="Europe/Dublin")
    assert draft.case.description == (
        "This case follows up case 42.\n\n"
        "We ask for more documentation of the root cause analysis (RCA) of that outage: the timeline, the root "
        "cause, the corrective actions taken and what will prevent it from happening again.\n\n"
        "We also request a follow-up meeting to go through the RCA. Please propose times."
    )
    assert draft.time_zone == "Europe/Dublin"


def evidence(name: str, digest: str) -> EvidenceFile:
    return EvidenceFile(Attachment(name, AttachmentKind.OTHER), digest, 10)


def test_new_evidence_keeps_unsent_content_once_in_order():
    files = [evidence("a.log", "AA"), evidence("b.har", "bb"), evidence("copy-of-a.log", "aa"), evidence("c.png", "cc")]
    assert [item.attachment.path for item in new_evidence(files, {"bb"})] == ["a.log", "c.png"]
    assert new_evidence(files, ["AA", "BB", "CC"]) == []
    assert new_evidence([], []) == []
