"""``care-desktop due`` in a real subprocess: the JSON contract, human output and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

NY_SEV2 = "Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in America/New_York"


def due(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", "due", *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--severity", "2", "--opened", "2026-11-28T10:00", "--tz", "America/New_York"],
            {
                "severity": 2,
                "opened": "2026-11-28T10:00:00-05:00",
                "respond_by": "2026-11-30T09:00:00-05:00",
                "basis": NY_SEV2,
            },
        ),
        (
            ["--severity", "1", "--opened", "2026-03-08T01:55", "--tz", "America/New_York"],
            {
                "severity": 1,
                "opened": "2026-03-08T01:55:00-05:00",
                "respond_by": "2026-03-08T03:05:00-04:00",
                "basis": "Severity 1: 10 minutes, at any hour of any day (24x7x365)",
            },
        ),
        (  # a time in the spring-forward gap moves forward by the gap
            ["--severity", "1", "--opened", "2026-03-08T02:30", "--tz", "America/New_York"],
            {
                "severity": 1,
                "opened": "2026-03-08T03:30:00-04:00",
                "respond_by": "2026-03-08T03:40:00-04:00",
                "basis": "Severity 1: 10 minutes, at any hour of any day (24x7x365)",
            },
        ),
        (  # an ambiguous time is the first occurrence
            ["--severity", "1", "--opened", "2026-11-01T01:55", "--tz", "America/New_York"],
            {
                "severity": 1,
                "opened": "2026-11-01T01:55:00-04:00",
                "respond_by": "2026-11-01T01:05:00-05:00",
                "basis": "Severity 1: 10 minutes, at any hour of any day (24x7x365)",
            },
        ),
        (  # an offset is converted into the zone: 22:00Z is Friday 17:00 EST
            ["--severity", "4", "--opened", "2026-12-04T22:00:00Z", "--tz", "America/New_York"],
            {
                "severity": 4,
                "opened": "2026-12-04T17:00:00-05:00",
                "respond_by": "2026-12-07T17:00:00-05:00",
                "basis": "Severity 4: 1 business day (9 business hours), counted Monday-Friday 08:00-17:00 "
                "in America/New_York",
            },
        ),
        (  # seconds precision
            ["--severity", "3", "--opened", "2026-12-01T16:59:30.75", "--tz", "America/New_York"],
            {
                "severity": 3,
                "opened": "2026-12-01T16:59:30-05:00",
                "respond_by": "2026-12-02T09:59:30-05:00",
                "basis": "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in America/New_York",
            },
        ),
        (
            ["--severity", "2", "--opened", "2026-11-25T16:30", "--tz", "America/New_York", "--holidays", "us"],
            {
                "severity": 2,
                "opened": "2026-11-25T16:30:00-05:00",
                "respond_by": "2026-11-27T08:30:00-05:00",
                "basis": f"{NY_SEV2}, not counting public holidays (US)",
            },
        ),
        (
            ["--severity", "3", "--opened", "2025-12-31T16:00", "--tz", "Asia/Tokyo", "--holidays", "JP"],
            {
                "severity": 3,
                "opened": "2025-12-31T16:00:00+09:00",
                "respond_by": "2026-01-02T09:00:00+09:00",
                "basis": "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in Asia/Tokyo, "
                "not counting public holidays (JP)",
            },
        ),
        (
            ["--severity", "3", "--opened", "2018-11-02T16:00", "--tz", "America/Sao_Paulo"],
            {
                "severity": 3,
                "opened": "2018-11-02T16:00:00-03:00",
                "respond_by": "2018-11-05T09:00:00-02:00",
                "basis": "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in America/Sao_Paulo",
            },
        ),
    ],
)
def test_json_contract(args, expected):
    result = due(*args, "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout) == {**expected, "plan": "standard"}
    # The established shape, with the plan added at the end.
    assert list(json.loads(result.stdout)) == ["severity", "opened", "respond_by", "basis", "plan"]


def test_human_output():
    result = due("--severity", "2", "--opened", "2026-12-01T08:00", "--tz", "America/New_York")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "First response due by Tue 2026-12-01 09:00 EST (America/New_York)",
        "Opened Tue 2026-12-01 08:00 EST",
        NY_SEV2,
    ]


def test_human_output_across_a_dst_change_with_holidays():
    result = due("--severity", "3", "--opened", "2026-04-03T15:30", "--tz", "Australia/Sydney", "--holidays", "au-nsw")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "First response due by Tue 2026-04-07 10:00 AEST (Australia/Sydney)",
        "Opened Fri 2026-04-03 15:30 AEDT",
        "Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in Australia/Sydney, "
        "not counting public holidays (AU-NSW)",
    ]


GOOD = {"--severity": "2", "--opened": "2026-12-01T08:00", "--tz": "America/New_York"}


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"--tz": "Mars/Olympus_Mons"}, "unknown time zone 'Mars/Olympus_Mons'"),
        ({"--tz": "../../etc/passwd"}, "unknown time zone"),
        ({"--tz": ""}, "unknown time zone"),
        ({"--opened": "next tuesday"}, "cannot read the opening time 'next tuesday'"),
        ({"--opened": "2026-02-30T08:00"}, "cannot read the opening time"),
        ({"--opened": "2026-12-01T25:00"}, "cannot read the opening time"),
        ({"--opened": "9999-12-31T16:30"}, "too close to the end of the calendar"),
        ({"--severity": "0"}, "severity must be 1, 2, 3 or 4, not '0'"),
        ({"--severity": "5"}, "severity must be 1, 2, 3 or 4"),
        ({"--severity": "high"}, "severity must be 1, 2, 3 or 4"),
        ({"--holidays": "XX"}, "unknown holiday calendar 'XX'"),
        ({"--holidays": "US-ZZ"}, "unknown holiday calendar 'US-ZZ'"),
        ({"--tz": None}, "--tz is required"),
        ({"--opened": None}, "--opened is required"),
        ({"--severity": None}, "--severity is required"),
    ],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_bad_input_exits_2_with_one_line(changes, reason, as_json):
    options = {**GOOD, **changes}
    args = [part for name, value in options.items() if value is not None for part in (name, value)]
    result = due(*args, *(["--json"] if as_json else []))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("care-desktop due: ")
    assert reason in result.stderr


@pytest.mark.parametrize(
    ("args", "respond_by", "plan"),
    [
        # Chicago user on the US-only plan: 07:30 CST is 08:30 Eastern, inside 08:00-20:00: due 08:30 CST.
        (
            ["--severity", "2", "--opened", "2026-12-01T07:30", "--tz", "America/Chicago"],
            "2026-12-01T08:30:00-06:00",
            "us-only",
        ),
        # Tokyo user on the EEA-only plan in the October gap: Mon 16:00 JST = 08:00 CET; 09:00 CET + 2 h = 19:00 JST.
        (
            ["--severity", "3", "--opened", "2026-10-26T16:00", "--tz", "Asia/Tokyo"],
            "2026-10-26T19:00:00+09:00",
            "eea-only",
        ),
        # Severity 1 runs around the clock on every plan.
        (
            ["--severity", "1", "--opened", "2026-12-05T23:55", "--tz", "Australia/Sydney"],
            "2026-12-06T00:05:00+11:00",
            "us-only",
        ),
    ],
)
def test_a_plan_counts_its_hours_in_its_own_zone(args, respond_by, plan):
    result = due(*args, "--plan", plan, "--json")
    assert (result.returncode, result.stderr) == (0, "")
    document = json.loads(result.stdout)
    assert list(document) == ["severity", "opened", "respond_by", "basis", "plan"]
    assert (document["respond_by"], document["plan"]) == (respond_by, plan)
    if document["severity"] != 1:
        name = {"us-only": "United States-only", "eea-only": "EEA-only"}[plan]
        assert f"the hours of the {name} support plan" in document["basis"]


def test_the_standard_plan_by_name_is_the_default():
    args = ["--severity", "4", "--opened", "2026-12-04T17:00", "--tz", "America/New_York", "--json"]
    assert due(*args).stdout == due(*args, "--plan", "standard").stdout


@pytest.mark.parametrize(("plan", "reason"), [("gold", "unknown support plan 'gold'"), ("", "--plan needs a plan")])
def test_an_unknown_plan_is_bad_input(plan, reason):
    result = due("--severity", "2", "--opened", "2026-12-01T08:00", "--tz", "UTC", "--plan", plan)
    assert result.returncode == 2
    assert result.stdout == ""
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1
