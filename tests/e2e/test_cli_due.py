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
    assert json.loads(result.stdout) == expected
    assert list(json.loads(result.stdout)) == ["severity", "opened", "respond_by", "basis"]


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
