"""How a draft becomes a package: one service for the redaction review, the finish page and the tracker."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from care_desktop.domain.case.draft import Draft, RedactionChoice
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.case.organization import Organization
from care_desktop.services.packaging.plan import (
    DEFAULT_PHONE_REGION,
    evidence_plan,
    first_response_field,
    package_plan,
    phone_region,
    redaction_options,
)
from care_desktop.services.preferences import Preferences
from care_desktop.services.resources import load_profile

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thanksgiving, a Thursday


def draft(region: str = "mypurecloud.ie", severity: int | None = 3) -> Draft:
    case = Case(title="Calls drop", severity=severity, org=Organization(short_name="acme", region=region))
    case.attachments = [
        Attachment("console.log", AttachmentKind.CONSOLE_LOG),
        Attachment("private.har", AttachmentKind.HAR, included=False),
    ]
    return Draft(id="d1", case=case, redaction=RedactionChoice(pii=True, terms=["Acme Corp"]))


def test_phone_numbers_are_read_in_the_regions_country_else_the_us() -> None:
    profile = load_profile()
    assert phone_region(profile, "mypurecloud.ie") == "IE"
    assert phone_region(profile, "mypurecloud.jp") == "JP"
    assert phone_region(profile, "unknown.example") == DEFAULT_PHONE_REGION == "US"
    options = redaction_options(RedactionChoice(pii=True, terms=["Acme Corp"]), profile, "mypurecloud.de")
    assert (options.pii, options.terms, options.phone_region) == (True, ("Acme Corp",), "DE")


def test_the_package_plan_excludes_what_the_user_left_out(tmp_path: Path) -> None:
    subject = draft()
    plan = package_plan(subject, Preferences(), load_profile(), tmp_path, NOW, system_zone="Europe/Dublin")
    assert plan.case is subject.case
    assert plan.target == tmp_path / "care-case-acme-20261126-1500.zip"
    assert dict(plan.options.exclude) == {1: "left out by the user"}
    assert plan.options.redaction.phone_region == "IE"
    assert plan.options.system_info is None
    assert "Severity 3: 2 business hours" in plan.options.first_response
    assert "Europe/Dublin" in plan.options.first_response


def test_the_first_response_counts_the_preferred_calendar_and_survives_a_bad_one() -> None:
    subject = draft()
    subject.time_zone = "America/New_York"
    with_holidays = first_response_field(subject, Preferences(holiday_calendar="US"), NOW)
    assert "not counting public holidays (US)" in with_holidays
    # An unknown calendar drops the holidays only: the zone is still New York.
    bad_calendar = first_response_field(subject, Preferences(holiday_calendar="XX"), NOW)
    assert "America/New_York" in bad_calendar
    assert "holidays" not in bad_calendar
    # An unknown zone falls back to the computer's zone only: the calendar is still used.
    subject.time_zone = "Mars/Olympus_Mons"
    bad_zone = first_response_field(subject, Preferences(holiday_calendar="US"), NOW, system_zone="America/Chicago")
    assert "America/Chicago" in bad_zone
    assert "(US)" in bad_zone
    assert first_response_field(draft(severity=None), Preferences(), NOW) == ""


def test_the_evidence_plan_packages_a_copy_with_only_the_new_files(tmp_path: Path) -> None:
    subject = draft(region="mypurecloud.jp")
    new = [Attachment("later.log", AttachmentKind.CONSOLE_LOG, included=False)]
    plan = evidence_plan(subject, load_profile(), tmp_path, NOW, "0004521190", new)
    assert plan.target == tmp_path / "care-case-acme-0004521190-evidence-20261126-1500.zip"
    assert [a.path for a in plan.case.attachments] == ["later.log"]
    assert plan.case.attachments[0].included is True
    assert new[0].included is False  # the caller's attachments are not changed
    assert subject.case.case_number == ""
    assert len(subject.case.attachments) == 2
    assert plan.options.redaction.phone_region == "JP"
    assert not plan.options.exclude
