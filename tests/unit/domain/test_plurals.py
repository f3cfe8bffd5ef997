"""English plurals without Qt: the CLI's counts and the domain's count texts rendered in English."""

from __future__ import annotations

from datetime import time

import pytest

from care_desktop.domain.clock.business_hours import DailyHours
from care_desktop.domain.clock.plans import SupportPlan, plan_basis
from care_desktop.domain.messages import ENGLISH_ONE, QT_TRANSLATE_NOOP, Message, count_text
from care_desktop.domain.phones.files import parse_csv
from care_desktop.domain.plurals import counted, english_form
from care_desktop.domain.redaction.rules import abbreviate


@pytest.mark.parametrize(("count", "expected"), [(0, "0 files"), (1, "1 file"), (2, "2 files"), (21, "21 files")])
def test_a_count_takes_the_singular_for_exactly_one(count, expected):
    assert counted(count, "file") == expected


def test_an_irregular_plural_is_given():
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"
    assert english_form(1, "was", "were") == "was"
    assert english_form(-1, "was", "were") == "were"


TEMPLATE = count_text(QT_TRANSLATE_NOOP("domain", "Found %n files in {folder}."), "Found %n file in {folder}.")


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "Found 0 files in logs."), (1, "Found 1 file in logs."), (7, "Found 7 files in logs.")]
)
def test_a_count_text_renders_its_english_form_without_a_translator(count, expected):
    assert Message(TEMPLATE, {"folder": "logs"}, count).render() == expected


def test_a_count_text_records_its_english_form_for_one():
    assert ENGLISH_ONE[TEMPLATE] == "Found %n file in {folder}."


def test_a_translated_template_is_used_as_it_comes():
    # Qt has put the count in and chosen the form; render only fills the named placeholders.
    assert Message(TEMPLATE, {"folder": "logs"}, 1).render("{folder} に 1 個") == "logs に 1 個"


def test_a_phone_directory_row_with_one_cell_says_one_cell():
    parsed = parse_csv("region,label,number,toll_free,caution\nJapan\n", source=None, as_of=None)
    (problem,) = parsed.problems
    assert problem.message.render() == "This row has 1 cell; the header has 5."


@pytest.mark.parametrize(("end", "expected"), [(10, "(1 business hour)"), (18, "(9 business hours)")])
def test_the_plan_basis_counts_the_business_hours_of_a_day(end, expected):
    plan = SupportPlan("eea-only", "EEA-only", DailyHours(time(9), time(end)), "Europe/Brussels", "CET")
    assert expected in plan_basis(4, plan, "Asia/Tokyo").render()


def test_an_abbreviated_secret_counts_its_characters():
    assert abbreviate("password", "x") == "…(1 char)"
    assert abbreviate("password", "hunter2") == "…(7 chars)"
