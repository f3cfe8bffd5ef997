import pytest

from care_desktop.domain.case.draft import ContactRole, Draft
from care_desktop.domain.case.model import Case
from care_desktop.domain.case.organization import Organization
from care_desktop.domain.messages import Problem
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.flow import is_blocked, next_step, path_to, step_for_field, validate
from care_desktop.domain.wizard.steps import Step

ORG_ID = "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"


def draft_with(severity: int | None = None, **case_fields: object) -> Draft:
    return Draft(id="d1", case=Case(severity=severity, **case_fields))  # type: ignore[arg-type]


def fields(problems: list[Problem]) -> list[tuple[str, bool]]:
    return [(problem.field, problem.blocking) for problem in problems]


@pytest.mark.parametrize(
    ("step", "severity", "expected"),
    [
        (Step.BEFORE_START, None, Step.SEVERITY),
        (Step.BEFORE_START, 1, Step.SEVERITY),
        (Step.SEVERITY, 1, Step.SEVERITY_ONE),
        (Step.SEVERITY, 2, Step.ORGANIZATION),
        (Step.SEVERITY, 3, Step.ORGANIZATION),
        (Step.SEVERITY, 4, Step.ORGANIZATION),
        (Step.SEVERITY, None, Step.ORGANIZATION),
        (Step.SEVERITY_ONE, 1, Step.ORGANIZATION),
        (Step.ORGANIZATION, 1, Step.CONVERSATIONS),
        (Step.ORGANIZATION, 3, Step.CONVERSATIONS),
        (Step.CONVERSATIONS, 2, Step.DESCRIPTION),
        (Step.DESCRIPTION, 2, Step.ATTACHMENTS),
        (Step.ATTACHMENTS, 2, Step.REVIEW),  # no attachments: nothing to redact
        (Step.ATTACHMENTS, 1, Step.REVIEW),
        (Step.REDACTION, 2, Step.REVIEW),
        (Step.REVIEW, 2, Step.FINISH),
        (Step.REVIEW, 1, Step.FINISH),
        (Step.FINISH, 2, None),
    ],
)
def test_next_step(step, severity, expected):
    assert next_step(step, draft_with(severity)) is expected


def test_every_step_has_a_next_step_rule():
    for step in Step:
        next_step(step, draft_with(1))
        next_step(step, draft_with(2))


def test_path_to_review_for_severity_one_goes_through_the_phone_step():
    assert path_to(Step.REVIEW, draft_with(1)) == [
        Step.BEFORE_START,
        Step.SEVERITY,
        Step.SEVERITY_ONE,
        Step.ORGANIZATION,
        Step.CONVERSATIONS,
        Step.DESCRIPTION,
        Step.ATTACHMENTS,
        Step.REVIEW,
    ]


def test_path_to_review_for_other_levels_skips_the_phone_step():
    assert path_to(Step.REVIEW, draft_with(3)) == [
        Step.BEFORE_START,
        Step.SEVERITY,
        Step.ORGANIZATION,
        Step.CONVERSATIONS,
        Step.DESCRIPTION,
        Step.ATTACHMENTS,
        Step.REVIEW,
    ]


def test_path_to_intermediate_steps():
    assert path_to(Step.BEFORE_START, draft_with(2)) == [Step.BEFORE_START]
    assert path_to(Step.SEVERITY, draft_with(2)) == [Step.BEFORE_START, Step.SEVERITY]
    assert path_to(Step.ORGANIZATION, draft_with(1)) == [
        Step.BEFORE_START,
        Step.SEVERITY,
        Step.SEVERITY_ONE,
        Step.ORGANIZATION,
    ]


def test_path_to_an_unreachable_step_is_the_first_step():
    assert path_to(Step.SEVERITY_ONE, draft_with(2)) == [Step.BEFORE_START]
    assert path_to(Step.SEVERITY_ONE, draft_with(None)) == [Step.BEFORE_START]


def test_before_start_needs_a_contact_role():
    draft = draft_with(2)
    problems = validate(Step.BEFORE_START, draft)
    assert fields(problems) == [("contact_role", True)]
    assert "Designated Contact" in problems[0].message.render()
    assert is_blocked(Step.BEFORE_START, draft)
    for role in ContactRole:
        draft.contact_role = role
        assert validate(Step.BEFORE_START, draft) == []
        assert not is_blocked(Step.BEFORE_START, draft)


def test_severity_must_be_chosen():
    problems = validate(Step.SEVERITY, draft_with(None))
    assert fields(problems) == [("severity", True)]
    assert problems[0].message.render() == "Choose a severity level."


def test_severity_chosen_without_the_helper_is_fine():
    assert validate(Step.SEVERITY, draft_with(3)) == []


def test_severity_following_the_helper_is_fine():
    draft = draft_with(1)
    draft.answers = Answers(critical_works=False, workaround=False)
    assert validate(Step.SEVERITY, draft) == []


def test_severity_override_needs_a_reason():
    draft = draft_with(3)
    draft.answers = Answers(critical_works=True, degraded=True)
    problems = validate(Step.SEVERITY, draft)
    assert fields(problems) == [("override_reason", True)]
    assert problems[0].message.render() == (
        "Say why you chose Severity 3 (Medium) when the helper recommends Severity 2 (High)."
    )
    draft.override_reason = "   "
    assert is_blocked(Step.SEVERITY, draft)
    draft.override_reason = "Every agent in three sites is affected."
    assert validate(Step.SEVERITY, draft) == []


def test_severity_one_against_the_helper_goes_to_the_phone_and_asks_the_reason_after_the_call():
    draft = draft_with(1)
    draft.answers = Answers(critical_works=True, degraded=True)
    problems = validate(Step.SEVERITY, draft)
    assert fields(problems) == [("override_reason", False)]  # said, but Next (the call page) stays open
    assert not is_blocked(Step.SEVERITY, draft)
    assert problems[0].fix is not None
    assert "after the call" in problems[0].fix.render()
    assert next_step(Step.SEVERITY, draft) is Step.SEVERITY_ONE
    for step in (Step.SEVERITY_ONE, Step.ORGANIZATION, Step.CONVERSATIONS, Step.DESCRIPTION):
        assert all(problem.field != "override_reason" for problem in validate(step, draft))
    assert fields(validate(Step.REVIEW, draft)) == [("override_reason", True)]  # asked after the call
    assert step_for_field("override_reason", draft) is Step.SEVERITY
    draft.override_reason = "The helper's answers were mine, but every site is down."
    assert validate(Step.SEVERITY, draft) == []
    assert validate(Step.REVIEW, draft) == []


def test_organization_needs_a_short_name_with_a_fix():
    problems = validate(Step.ORGANIZATION, draft_with(2))
    assert fields(problems) == [("org.short_name", True)]
    assert problems[0].fix is not None
    assert "Organization Settings" in problems[0].fix.render()


def test_organization_id_may_be_empty_but_not_invalid():
    draft = draft_with(2, org=Organization("acme", ""))
    assert validate(Step.ORGANIZATION, draft) == []
    draft.case.org.id = ORG_ID.upper()
    assert validate(Step.ORGANIZATION, draft) == []
    draft.case.org.id = "12345"
    problems = validate(Step.ORGANIZATION, draft)
    assert fields(problems) == [("org.id", True)]
    assert problems[0].message.params == {"value": "12345"}
    assert problems[0].fix is not None


def test_organization_reports_both_problems():
    draft = draft_with(2, org=Organization("  ", "bad"))
    assert fields(validate(Step.ORGANIZATION, draft)) == [("org.short_name", True), ("org.id", True)]


def test_description_needs_title_and_description():
    draft = draft_with(2)
    assert fields(validate(Step.DESCRIPTION, draft)) == [("title", True), ("description", True)]
    draft.case.title = "Calls drop"
    assert fields(validate(Step.DESCRIPTION, draft)) == [("description", True)]
    draft.case.description = "Inbound calls drop after 30 seconds."
    assert validate(Step.DESCRIPTION, draft) == []
    assert not is_blocked(Step.DESCRIPTION, draft)


@pytest.mark.parametrize("step", [Step.SEVERITY_ONE, Step.CONVERSATIONS, Step.REVIEW])
def test_steps_without_requirements(step):
    assert validate(step, draft_with(1)) == []
    assert not is_blocked(step, draft_with(1))


def test_validate_reports_only_its_own_step():
    draft = draft_with(None)  # everything is missing
    assert fields(validate(Step.DESCRIPTION, draft)) == [("title", True), ("description", True)]
    assert fields(validate(Step.ORGANIZATION, draft)) == [("org.short_name", True)]


@pytest.mark.parametrize(
    ("field", "severity", "expected"),
    [
        ("contact_role", 2, Step.BEFORE_START),
        ("severity", 2, Step.SEVERITY),
        ("override_reason", 2, Step.SEVERITY),
        ("contact.phone", 1, Step.SEVERITY_ONE),
        ("contact.available_24x7", 1, Step.SEVERITY_ONE),
        ("contact.phone", 2, Step.ORGANIZATION),
        ("contact.available_24x7", 3, Step.ORGANIZATION),
        ("contact.phone", None, Step.ORGANIZATION),
        ("org.short_name", 1, Step.ORGANIZATION),
        ("org.id", 2, Step.ORGANIZATION),
        ("contact.name", 2, Step.ORGANIZATION),
        ("contact.email", 1, Step.ORGANIZATION),
        ("conversation_ids", 2, Step.CONVERSATIONS),
        ("conversation_ids[2]", 2, Step.CONVERSATIONS),
        ("title", 2, Step.DESCRIPTION),
        ("description", 2, Step.DESCRIPTION),
        ("business_impact", 2, Step.DESCRIPTION),
        ("occurred_at", 2, Step.DESCRIPTION),
        ("details.steps_to_reproduce", 2, Step.DESCRIPTION),
        ("something_else", 2, Step.REVIEW),
        ("", 2, Step.REVIEW),
    ],
)
def test_step_for_field(field, severity, expected):
    assert step_for_field(field, draft_with(severity)) is expected


def test_every_field_validate_reports_maps_to_its_own_step():
    draft = draft_with(1, org=Organization("", "bad"))
    draft.answers = Answers(critical_works=True, degraded=True)
    for step in Step:
        for problem in validate(step, draft):
            # The Severity 1 reason is asked on the review (after the call) and typed on the severity step.
            asked_after_the_call = step is Step.REVIEW and problem.field == "override_reason"
            assert step_for_field(problem.field, draft) is (Step.SEVERITY if asked_after_the_call else step)
    draft.case.severity = None
    for problem in validate(Step.SEVERITY, draft):
        assert step_for_field(problem.field, draft) is Step.SEVERITY


def test_attachments_lead_to_the_redaction_review():
    from care_desktop.domain.case.model import Attachment

    draft = draft_with(2)
    draft.case.attachments.append(Attachment("console.log"))
    assert next_step(Step.ATTACHMENTS, draft) is Step.REDACTION
    assert path_to(Step.FINISH, draft)[-4:] == [Step.ATTACHMENTS, Step.REDACTION, Step.REVIEW, Step.FINISH]
