"""My Support case numbers are digits; a tracked case needs a title (issue 14, item 13)."""

import pytest

from care_desktop.domain.tracker.case_number import case_title, portal_case_number
from care_desktop.domain.tracker.model import TrackerError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0004518771", "0004518771"),
        (" 0004518771 ", "0004518771"),
        ("#4518771", "4518771"),
        ("Case 0004518771", "0004518771"),
        ("case no. 4518771", "4518771"),
        ("Case number: 0004518771", "0004518771"),
    ],
)
def test_case_numbers_as_people_write_them(text, expected):
    assert portal_case_number(text) == expected


@pytest.mark.parametrize("text", ["abc", "12a45", "123", "0004518771-1", "1234567890123", "\u0664\u0665\u0666\u0667"])
def test_anything_but_digits_is_refused_with_an_example(text):
    with pytest.raises(TrackerError, match=r"not a My Support case number: those are digits only, e\.g\. 0004518771"):
        portal_case_number(text)


def test_empty_number_and_title_are_refused():
    with pytest.raises(TrackerError, match=r"Enter the case number Product Support gave\."):
        portal_case_number("  ")
    with pytest.raises(TrackerError, match="Give the case a title"):
        case_title(" \t ")
    assert case_title("  Calls   drop ") == "Calls drop"
