"""The facts published since the seed page, as the profile holds them: each with its source and date."""

from __future__ import annotations

import copy
import json
from datetime import time
from typing import Any

import pytest

from care_desktop.domain.profile import ProfileError, parse_profile
from care_desktop.domain.published import FEDRAMP_DOMAIN, is_fedramp
from care_desktop.domain.tracker.fedramp_mail import escalation_mail
from care_desktop.services.resources import load_profile, read_text


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text("profile.json"))
    return data


def test_the_plans_with_their_hours_zones_and_sources():
    profile = load_profile()
    plans = {plan.key: plan for plan in profile.published.plans}
    assert list(plans) == ["standard", "us-only", "eea-only"]
    assert (plans["standard"].hours.start, plans["standard"].hours.end, plans["standard"].zone) == (
        time(8),
        time(17),
        "",
    )
    assert (plans["us-only"].hours.start, plans["us-only"].hours.end, plans["us-only"].zone) == (
        time(8),
        time(20),
        "America/New_York",
    )
    assert (plans["eea-only"].hours.start, plans["eea-only"].hours.end, plans["eea-only"].zone) == (
        time(9),
        time(18),
        "Europe/Brussels",
    )
    for plan in plans.values():
        source = profile.sources[plan.source]
        assert source.url.startswith("https://")
        assert source.checked
    assert profile.sources["us_only_support"].checked == "2026-12-06"
    assert "8:00 AM to 8:00 PM EST" in plans["us-only"].hours_text
    assert "9:00 to 18:00 CET" in plans["eea-only"].hours_text
    assert "Europe/Brussels" in profile.sources["tz_cet"].note


def test_the_escalation_criteria():
    rules = load_profile().published.escalation
    assert (rules.high_wait_hours, rules.rca_wait_business_days, rules.low_eligible, rules.one_active) == (
        24,
        5,
        False,
        True,
    )
    assert rules.fedramp_subject == "Customer Name - My Support Case Number - Brief Problem Statement"
    assert rules.fedramp_body_fields[:2] == ("My Support Case Number", "Customer Name")
    assert rules.fedramp_to == ""  # no address is published
    assert load_profile().sources[rules.source].checked == "2026-12-06"


def test_todays_words_beside_the_seeds():
    profile = load_profile()
    wording = profile.published.wording
    assert wording.level_names == {1: "Critical", 2: "High", 3: "Medium", 4: "Low"}
    assert (wording.team, wording.seed_team) == ("Product Support", "Customer Care")
    assert profile.sources[wording.source].url.endswith("Cloud-Determine-the-Priority-and-Severity-for-Your-Case.htm")
    assert wording.seed_source == "care_page"
    assert "largely unaffected" in profile.level(3).definition  # the seed's definitions stay available
    assert any("unaffected" in change for change in wording.changes)


def test_the_portal_login_follows_the_region():
    published = load_profile().published
    fedramp = published.portal_for(FEDRAMP_DOMAIN)
    core = published.portal_for("mypurecloud.de")
    assert fedramp is not None
    assert core is not None
    assert (fedramp.key, fedramp.mobile_app) == ("fedramp", False)
    assert (core.key, core.mobile_app) == ("core", True)
    assert published.portal_for("") == core
    assert "genesys.com/customer-care" not in core.url  # the login, not the marketing page
    assert is_fedramp(" USE2.us-gov-pure.cloud ")
    assert not is_fedramp("mypurecloud.com")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["support_plans"][1].update(start="20:00"), "start before they end"),
        (lambda d: d["support_plans"][1].update(start="8 am"), "a time such as 08:00"),
        (lambda d: d["support_plans"][1].update(zone=""), "a zone of its own"),
        (lambda d: d["support_plans"][1].update(source="nowhere"), "names no profile source"),
        (lambda d: d["support_plans"].append(dict(d["support_plans"][1])), "same key"),
        (lambda d: d["escalation"].update(high_wait_hours="24"), "whole number"),
        (lambda d: d["wording"].update(level_names={"1": "Critical"}), "levels 1, 2, 3 and 4"),
        (lambda d: d["portals"][0].update(domains=["x"]), "every other region"),
        (lambda d: d["portals"][0].update(source="nowhere"), "not among the profile's sources"),
    ],
)
def test_a_malformed_group_is_refused_with_a_reason(change, reason):
    data = copy.deepcopy(raw())
    change(data)
    with pytest.raises(ProfileError, match=reason):
        parse_profile(data)


def test_an_older_profile_without_the_groups_keeps_todays_behaviour():
    data = raw()
    for key in ("support_plans", "escalation", "wording", "portals"):
        del data[key]
    published = parse_profile(data).published
    assert [plan.key for plan in published.plans] == ["standard"]
    assert published.portal_for("mypurecloud.com") is None


def test_the_fedramp_mail_keeps_missing_parts_visible():
    mail = escalation_mail(
        "Customer Name - My Support Case Number - Brief Problem Statement",
        ("My Support Case Number", "Customer Name", "Region/Country", "Reason for escalation"),
        customer="",
        case_number="0001",
        problem="Calls\n drop",
        region="Americas (US East 2, FedRAMP) / US",
        reason="",
    )
    assert mail.subject == "[Customer Name] - 0001 - Calls drop"
    assert mail.body.splitlines()[-1] == "Reason for escalation - [Reason for escalation]"
    assert mail.text().startswith("Subject: [Customer Name] - 0001 - Calls drop\n\n")
