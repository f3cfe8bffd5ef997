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
    assert ok("list") == "42  Severity 2  open\n    first-response     2026-11-30T08:30:00-05:00 (EST)\n"
    # A time with an offset is converted into the case's zone.
    assert ok("set", "42", "--received", "first-response", "--at", "2026-11-30T13:05:00Z") == (
        "Case 42: first-response received 2026-11-30T08:05:00-05:00\n"
    )
    assert json.loads(ok("list", "--json")) == {
        "cases": [{"number": "42", "severity": 2, "state": "open", "deadlines": []}]
    }
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
        (["set", "1", "--at", "2026-11-03T09:00"], "give either --state"),
        (["set", "1", "--state", "closed", "--received", "rca", "--at", "2026-11-03T09:00"], "give either --state"),
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
    assert json.loads(ok("list", "--json"))["cases"] == [
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
