"""The one-issue check finds every issue, however it is introduced, and splits cleanly (issue 14, item 17)."""

import pytest

from care_desktop.domain.case.draft import Draft, split_draft
from care_desktop.domain.case.model import Case
from care_desktop.domain.case.quality import issue_parts

LOGIN = "Agents cannot log in to the desktop app since 9:00."
REPORT = "The queue activity report fails to load with an error."
RECORDINGS = "Recordings are missing for outbound calls."


@pytest.mark.parametrize(
    "text",
    [
        # the text of the report: three issues, the second and third introduced differently
        f"{LOGIN}\n\nAlso, the queue activity report fails to load with an error.\n\n{RECORDINGS}",
        f"{LOGIN} Also, the queue activity report fails to load with an error. Another issue is that "
        "recordings are missing for outbound calls.",
        f"{LOGIN}\nAnother problem: the queue activity report fails to load with an error.\n"
        "A third issue: recordings are missing for outbound calls.",
        f"First, agents cannot log in to the desktop app since 9:00. Second, {REPORT[0].lower()}{REPORT[1:]} "
        "Finally, recordings are missing for outbound calls.",
        f"1. {LOGIN}\n2. {REPORT}\n3. {RECORDINGS}",
        "We have three problems: (1) agents cannot log in to the desktop app since 9:00. (2) the queue activity "
        "report fails to load with an error. (3) recordings are missing for outbound calls.",
        f"{LOGIN}\n\n{REPORT}\n\n{RECORDINGS}",  # paragraphs about different features, no cue at all
        f"{LOGIN} We also see that the queue activity report fails to load with an error.\n\n"
        "On another note, recordings are missing for outbound calls.",
    ],
)
def test_three_issues_are_three_parts(text):
    parts = issue_parts(text)
    assert len(parts) == 3, parts
    assert parts[0].startswith("Agents cannot log in")
    assert "report fails to load" in parts[1]
    assert parts[2].startswith("Recordings are missing")


@pytest.mark.parametrize(
    ("part", "clean"),
    [
        ("Also, the report fails.", "The report fails."),
        ("Additionally the report fails.", "The report fails."),
        ("Another issue: the report fails.", "The report fails."),
        ("Another issue is that the report fails.", "The report fails."),
        ("A second problem: the report fails.", "The report fails."),
        ("Separately, the report fails.", "The report fails."),
        ("We also see that the report fails.", "We see that the report fails."),
    ],
)
def test_a_split_part_starts_without_its_connective(part, clean):
    [first, second] = issue_parts(f"{LOGIN} {part}")
    assert first == LOGIN
    assert second == clean


def test_one_issue_over_paragraphs_about_the_same_feature_stays_one():
    text = (
        "Inbound calls drop after 30 seconds on the Sales queue.\n\n"
        "The dropped calls all come through the SIP trunk; agents hear a click before the call drops."
    )
    assert issue_parts(text) == [text]


def test_a_split_draft_does_not_inherit_the_business_impact():
    draft = Draft(id="a" * 32, case=Case(title="Outage", description="x", business_impact="Sales cannot sell."))
    first, second, third = split_draft(draft, [LOGIN, REPORT, RECORDINGS], ["b" * 32, "c" * 32], "2026-12-07T09:00Z")
    assert first.case.business_impact == "Sales cannot sell."
    assert second.case.business_impact == third.case.business_impact == ""
    assert [d.case.description for d in (first, second, third)] == [LOGIN, REPORT, RECORDINGS]
