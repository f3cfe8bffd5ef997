"""``care-desktop cases`` in real subprocesses sharing the test's private store: add, set, list, bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from care_desktop.services.paths import resolve_paths
from care_desktop.services.preferences import Preferences, save_preferences
from care_desktop.services.store import Store


def cases(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", "cases", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )


def ok(*args: str) -> str:
    result = cases(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_add_set_and_list_as_json():
    ok(
        "add",
        "0004518771",
        "--severity",
        "1",
        "--opened",
        "2026-10-29T09:12",
        "--tz",
        "America/New_York",
        "--title",
        "Agents cannot take calls",
    )
    ok("set", "0004518771", "--state", "resolution-proposed", "--at", "2026-10-29T15:00")
    ok("add", "0004520013", "--severity", "2", "--opened", "2026-11-27T16:30", "--tz", "America/New_York")
    ok("add", "88", "--severity", "3", "--opened", "2026-10-23T10:00", "--tz", "Europe/London")
    ok("set", "88", "--state", "waiting-on-customer", "--at", "2026-10-23T10:00")
    document = json.loads(ok("list", "--json"))
    windows = {case["number"]: case.pop("escalation") for case in document["cases"]}
    assert {number: (w["status"], w["rule"], w["possible_from"], w["remind"]) for number, w in windows.items()} == {
        # High: 24 hours after the opening (nothing else recorded).
        "0004520013": ("possible", "high-24-hours", "2026-11-28T16:30:00-05:00", False),
        # Critical restored: an escalation for the RCA after 5 business days, with the rca deadline.
        "0004518771": ("possible", "rca-5-business-days", "2026-11-05T15:00:00-05:00", False),
        # Medium: no waiting time is published.
        "88": ("possible", "medium-no-wait", None, False),
    }
    assert windows["88"]["reason"].startswith("The criteria name no waiting time for a Medium")
    assert document == {
        "cases": [
            {
                "number": "0004520013",
                "severity": 2,
                "state": "open",
                # Friday 16:30 + 1 business hour: 30 min Friday, 30 min Monday.
                "deadlines": [{"kind": "first-response", "due": "2026-11-30T08:30:00-05:00"}],
            },
            {
                "number": "0004518771",
                "severity": 1,
                "state": "resolution-proposed",
                # Thursday 15:00 EDT: auto-close Tuesday 17:00 after the fall-back; RCA 45 business hours later.
                "deadlines": [
                    {"kind": "auto-close", "due": "2026-11-03T17:00:00-05:00"},
                    {"kind": "rca", "due": "2026-11-05T15:00:00-05:00"},
                ],
            },
            {
                "number": "88",
                "severity": 3,
                "state": "waiting-on-customer",
                # Friday 10:00 BST: 7 h Fri, 9 h Mon (GMT), 9 h Tue, 2 h Wed.
                "deadlines": [{"kind": "customer-response", "due": "2026-10-28T10:00:00+00:00"}],
            },
        ]
    }


def test_human_output_and_received():
    assert ok("list") == "No tracked cases.\n"
    assert ok("add", "42", "--severity", "2", "--opened", "2026-11-27T16:30", "--tz", "America/New_York") == (
        "Tracking case 42 (Severity 2, opened 2026-11-27T16:30:00-05:00)\n"
    )
    assert ok("list") == (
        "42  Severity 2  open\n    first-response     2026-11-30T08:30:00-05:00 (EST)\n"
        "    escalation possible from 2026-11-28T16:30-05:00 (high-24-hours)\n"
    )
    # A time with an offset is converted into the case's zone.
    assert ok("set", "42", "--received", "first-response", "--at", "2026-11-30T13:05:00Z") == (
        "Case 42: first-response received 2026-11-30T08:05:00-05:00\n"
    )
    document = json.loads(ok("list", "--json"))
    assert document == {
        "cases": [
            {
                "number": "42",
                "severity": 2,
                "state": "open",
                "deadlines": [],
                "escalation": document["cases"][0]["escalation"],
            }
        ]
    }
    # The first response is the last update: 24 hours later.
    assert document["cases"][0]["escalation"]["possible_from"] == "2026-12-01T08:05:00-05:00"
    assert ok("set", "42", "--state", "closed", "--at", "2026-12-01T09:00") == (
        "Case 42: closed since 2026-12-01T09:00:00-05:00\n"
    )


def test_holidays_follow_the_settings():
    paths = resolve_paths()
    store, _notice = Store.open(paths.store)
    save_preferences(store, Preferences(holiday_calendar="US"))
    store.close()
    ok("add", "7", "--severity", "3", "--opened", "2026-11-25T16:00", "--tz", "America/New_York")
    # 1 h Wednesday, Thanksgiving off, 1 h Friday.
    assert json.loads(ok("list", "--json"))["cases"][0]["deadlines"] == [
        {"kind": "first-response", "due": "2026-11-27T09:00:00-05:00"}
    ]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ([], "choose an action: add, set or list"),
        (["add", "--severity", "2", "--opened", "2026-11-02T09:00", "--tz", "UTC"], "the case NUMBER is required"),
        (["add", "9", "--severity", "5", "--opened", "2026-11-02T09:00", "--tz", "UTC"], "--severity must be 1, 2, 3"),
        (["add", "9", "--severity", "2", "--opened", "2026-11-02T09:00", "--tz", "Mars/Base"], "unknown time zone"),
        (["add", "9", "--severity", "2", "--opened", "2026-11-02T09:00"], "--tz is required"),
        (["add", "9", "--severity", "2", "--opened", "yesterday", "--tz", "UTC"], "cannot read --opened"),
        (["add", "9 9", "--severity", "2", "--opened", "2026-11-02T09:00", "--tz", "UTC"], "is not valid"),
        (["add", "1", "--severity", "2", "--opened", "2026-11-02T09:00", "--tz", "UTC"], "Case 1 is tracked already"),
        (["set", "nope", "--state", "closed", "--at", "2026-11-03T09:00"], "no tracked case 'nope'"),
        (["set", "1", "--state", "done", "--at", "2026-11-03T09:00"], "--state must be one of open, waiting-on"),
        (["set", "1", "--state", "open", "--at", "2026-11-03T09:00"], 'cannot change from "open" to "open"'),
        (["set", "1", "--state", "closed", "--at", "2026-11-01T09:00"], "a change cannot come before that"),
        (["set", "1", "--state", "closed"], "--at is required"),
        (["set", "1", "--at", "2026-11-03T09:00"], "give one of --state"),
        (["set", "1", "--state", "closed", "--received", "rca", "--at", "2026-11-03T09:00"], "give one of --state"),
        (["set", "1", "--escalation", "now", "--at", "2026-11-03T09:00"], "--escalation must be requested or"),
        (["set", "1", "--remind", "yes", "--at", "2026-11-03T09:00"], "--remind must be on or off"),
        (["set", "1", "--escalation", "requested", "--at", "2026-11-02T10:00"], "24 hours since its last update"),
        (["set", "1", "--escalation", "closed", "--at", "2026-11-03T10:00"], "no active escalation to close"),
        (["set", "1", "--received", "answer", "--at", "2026-11-03T09:00"], "--received must be first-response or rca"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, reason):
    ok("add", "1", "--severity", "2", "--opened", "2026-11-02T09:00", "--tz", "UTC")
    result = cases(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("care-desktop cases: ")
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1


def test_refused_changes_leave_the_case_as_it_was():
    ok("add", "1", "--severity", "2", "--opened", "2026-11-02T09:00", "--tz", "UTC")
    assert cases("set", "1", "--state", "open", "--at", "2026-11-03T09:00").returncode == 2
    assert cases("set", "1", "--state", "closed", "--at", "2026-11-01T09:00").returncode == 2
    assert cases("set", "1", "--escalation", "requested", "--at", "2026-11-02T10:00").returncode == 2
    listed = json.loads(ok("list", "--json"))["cases"]
    assert listed[0].pop("escalation")["status"] == "possible"
    assert listed == [
        {
            "number": "1",
            "severity": 2,
            "state": "open",
            "deadlines": [{"kind": "first-response", "due": "2026-11-02T10:00:00+00:00"}],
        }
    ]


def test_a_store_from_a_newer_version_exits_1(care_home: Path):
    db = sqlite3.connect(care_home / "care-desktop.sqlite3")
    db.execute("PRAGMA user_version = 99")
    db.close()
    result = cases("list")
    assert result.returncode == 1
    assert "newer version of Care Desktop" in result.stderr


def test_escalations_are_recorded_and_shown():
    ok("add", "5", "--severity", "2", "--opened", "2026-12-01T09:00", "--tz", "America/Chicago")
    ok("set", "5", "--updated", "--at", "2026-12-01T15:00")
    refused = cases("set", "5", "--escalation", "requested", "--at", "2026-12-02T14:59")
    assert refused.returncode == 2
    assert "(2026-12-01T15:00-06:00)" in refused.stderr
    assert ok("set", "5", "--escalation", "requested", "--at", "2026-12-02T15:00", "--note", "no answer") == (
        "Case 5: escalation-requested 2026-12-02T15:00:00-06:00\n"
    )
    ok("set", "5", "--remind", "on", "--at", "2026-12-02T15:01")
    window = json.loads(ok("list", "--json"))["cases"][0]["escalation"]
    assert (window["status"], window["rule"], window["possible_from"], window["remind"]) == (
        "active",
        "one-active",
        None,
        True,
    )
    assert ok("list").endswith("    escalation active (one-active)\n")
    ok("set", "5", "--escalation", "closed", "--at", "2026-12-03T10:00")
    window = json.loads(ok("list", "--json"))["cases"][0]["escalation"]
    assert (window["status"], window["possible_from"]) == ("possible", "2026-12-04T10:00:00-06:00")


def test_the_first_response_follows_the_support_plan_in_settings():
    paths = resolve_paths()
    store, _notice = Store.open(paths.store)
    save_preferences(store, Preferences(support_plan="us-only"))
    store.close()
    # 07:30 Chicago is 08:30 Eastern, inside the US-only hours: due an hour later.
    ok("add", "8", "--severity", "2", "--opened", "2026-12-01T07:30", "--tz", "America/Chicago")
    assert json.loads(ok("list", "--json"))["cases"][0]["deadlines"] == [
        {"kind": "first-response", "due": "2026-12-01T08:30:00-06:00"}
    ]
