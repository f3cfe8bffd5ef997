import pytest

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case, ConversationRef, Details
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.case.quality import issue_parts, quality_checks, several_issues
from care_desktop.domain.wizard.flow import step_for_field
from care_desktop.domain.wizard.steps import Step

ORG_ID = "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"
CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


def good_draft(severity: int = 2) -> Draft:
    """A draft that gives Customer Care everything it asks for."""
    case = Case(
        org=Organization("acme", ORG_ID),
        contact=Contact("Ada Lovelace", "ada@example.com", "+1 317 555 0100", True),
        severity=severity,
        title="Inbound calls drop",
        description="Inbound calls on the Sales queue drop after 30 seconds.",
        business_impact="About 40 customer calls an hour are lost.",
        occurred_at="2026-03-02T09:15:00-05:00",
        conversations=[ConversationRef(CONV)],
        details=Details(steps_to_reproduce="Call the Sales number and wait 30 seconds."),
        attachments=[Attachment("console.log", AttachmentKind.CONSOLE_LOG)],
    )
    return Draft(id="d1", case=case)


def fields(draft: Draft) -> list[str]:
    return [problem.field for problem in quality_checks(draft)]


@pytest.mark.parametrize("severity", [1, 2, 3, 4])
def test_a_complete_draft_has_no_advice(severity):
    assert quality_checks(good_draft(severity)) == []


def test_every_check_is_advisory_with_a_fix():
    problems = quality_checks(Draft(id="empty", case=Case(severity=1, description="x")))
    assert [p.field for p in problems] == [
        "contact.phone",
        "contact.available_24x7",
        "org.id",
        "contact.email",
        "conversation_ids",
        "occurred_at",
        "business_impact",
        "details.steps_to_reproduce",
        "attachments",
    ]
    for problem in problems:
        assert problem.blocking is False
        assert problem.fix is not None
        assert problem.fix.render()


def test_every_advice_points_to_a_wizard_step():
    draft = Draft(id="empty", case=Case(severity=1, description="x"))
    for problem in quality_checks(draft):
        assert step_for_field(problem.field, draft) is not Step.REVIEW


def test_callback_number_is_asked_for_severity_one_only():
    draft = good_draft(1)
    draft.case.contact.phone = "  "
    assert fields(draft) == ["contact.phone"]
    assert quality_checks(draft)[0].message.render() == "No callback number is given."
    draft.case.severity = 2
    assert fields(draft) == []


def test_availability_is_asked_for_severity_one_only():
    draft = good_draft(1)
    draft.case.contact.available_24x7 = False
    assert fields(draft) == ["contact.available_24x7"]
    draft.case.severity = 3
    assert fields(draft) == []


def test_org_id_missing_then_invalid_then_fixed():
    draft = good_draft()
    draft.case.org.id = ""
    problems = quality_checks(draft)
    assert [p.field for p in problems] == ["org.id"]
    assert problems[0].message.render() == "The organization ID is missing."
    draft.case.org.id = "acme-123"
    problems = quality_checks(draft)
    assert [p.field for p in problems] == ["org.id"]
    assert problems[0].message.render() == 'The organization ID "acme-123" is not a valid ID.'
    draft.case.org.id = ORG_ID.upper()
    assert fields(draft) == []


@pytest.mark.parametrize(("name", "email"), [("", "ada@example.com"), ("Ada", ""), (" ", " ")])
def test_name_or_email_missing(name, email):
    draft = good_draft()
    draft.case.contact.name = name
    draft.case.contact.email = email
    assert fields(draft) == ["contact.email"]


def test_conversation_id_or_a_reason_for_none():
    draft = good_draft()
    draft.case.conversations = []
    assert fields(draft) == ["conversation_ids"]
    draft.case.no_conversation_reason = "The problem is in the admin UI, not in a conversation."
    assert fields(draft) == []


def test_time_of_the_issue():
    draft = good_draft()
    draft.case.occurred_at = " "
    assert fields(draft) == ["occurred_at"]


def test_business_impact():
    draft = good_draft()
    draft.case.business_impact = ""
    assert fields(draft) == ["business_impact"]


def test_steps_to_reproduce_are_not_asked_for_severity_four():
    draft = good_draft(3)
    draft.case.details.steps_to_reproduce = ""
    assert fields(draft) == ["details.steps_to_reproduce"]
    draft.case.severity = 4
    assert fields(draft) == []


def test_several_issues_are_flagged_with_their_count():
    draft = good_draft()
    draft.case.description = (
        "- Agents cannot log in to the desktop app\n"
        "- Queue reports are very slow to load\n"
        "- Wallboard shows wrong totals"
    )
    problems = quality_checks(draft)
    assert [p.field for p in problems] == ["description"]
    assert problems[0].message.render() == "The description seems to report 3 separate issues."


def test_issue_parts_of_an_empty_description():
    assert issue_parts("") == []
    assert issue_parts("  \n ") == []


def test_a_single_issue_stays_one_part():
    text = "Agents cannot log in since 9:00. The login page shows error 500. We restarted the browsers."
    assert issue_parts(text) == [text]
    assert not several_issues(text)


def test_a_single_issue_over_paragraphs_stays_one_part():
    text = "Outbound calls fail with a fast busy tone.\n\nIt started after the trunk change this morning."
    assert issue_parts(text) == [text]


def test_steps_to_reproduce_on_one_line_are_not_split():
    text = "1. Log in 2. Open queue 3. Click Save"
    assert issue_parts(text) == [text]


def test_steps_to_reproduce_as_a_list_are_not_split():
    text = "Saving a queue fails with an error.\n1. Log in\n2. Open queue\n3. Click Save"
    assert issue_parts(text) == [text]
    assert not several_issues(text)


def test_steps_that_mention_the_error_are_not_split():
    text = "1. Log in as an agent\n2. Open the Sales queue\n3. Click Save: an error appears"
    assert issue_parts(text) == [text]


def test_a_list_of_two_problems_is_split():
    text = "Two things:\n1. Agents cannot log in to the desktop app\n2. Queue reports are very slow to load"
    assert issue_parts(text) == [
        "Agents cannot log in to the desktop app",
        "Queue reports are very slow to load",
    ]
    assert several_issues(text)


def test_a_bulleted_list_of_problems_is_split():
    text = "* Calls drop after 30 seconds\n* Voicemail greetings are missing"
    assert issue_parts(text) == ["Calls drop after 30 seconds", "Voicemail greetings are missing"]


def test_an_also_paragraph_is_split():
    text = (
        "Inbound calls drop after 30 seconds on the Sales queue.\n\n"
        "Also, the wallboard shows wrong numbers for abandoned calls."
    )
    assert issue_parts(text) == [
        "Inbound calls drop after 30 seconds on the Sales queue.",
        "The wallboard shows wrong numbers for abandoned calls.",  # no "Also," at the start of its own draft
    ]


def test_another_issue_paragraph_is_split():
    text = (
        "Scheduled callbacks are not routing to agents.\n\n"
        "Another issue: the Spanish IVR prompt is missing since the last publish."
    )
    assert issue_parts(text) == [
        "Scheduled callbacks are not routing to agents.",
        "The Spanish IVR prompt is missing since the last publish.",
    ]


def test_a_cue_without_a_problem_does_not_split():
    text = "Calls drop after 30 seconds on the Sales queue. Also, thank you for the quick help last week."
    assert issue_parts(text) == [text]


def test_a_realistic_outage_description_splits_into_two():
    text = (
        "Since 08:15 CET none of our 120 agents can log in to Genesys Cloud; the login page spins and then shows "
        '"Something went wrong". We moved the contact centre to the backup IVR. Customers hear the closed message.'
        "\n\n"
        "Also, since yesterday the queue performance reports are extremely slow to load and often time out after "
        "two minutes, so supervisors cannot see the backlog."
    )
    assert issue_parts(text) == [
        "Since 08:15 CET none of our 120 agents can log in to Genesys Cloud; the login page spins and then shows "
        '"Something went wrong". We moved the contact centre to the backup IVR. Customers hear the closed message.',
        "Since yesterday the queue performance reports are extremely slow to load and often time out after "
        "two minutes, so supervisors cannot see the backlog.",
    ]
    assert several_issues(text)


def test_evidence_is_asked_for_up_to_severity_3():
    draft = good_draft(2)
    draft.case.attachments[0].included = False
    assert fields(draft) == ["attachments"]
    assert step_for_field("attachments", draft) is Step.ATTACHMENTS
    draft.case.severity = 4
    assert fields(draft) == []
