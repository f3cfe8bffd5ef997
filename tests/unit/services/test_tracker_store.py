"""The tracker's tables in the real SQLite store: cases, history, links, sent evidence, and the migration."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.case.draft import Draft, draft_to_json
from care_desktop.domain.case.model import Case
from care_desktop.domain.clock.business_hours import no_holidays
from care_desktop.domain.tracker.model import CaseState, TrackerError, deadlines, new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import Preferences, save_preferences
from care_desktop.services.store import Store
from care_desktop.services.storefile import MIGRATIONS
from care_desktop.services.tracker.store import CaseNotFoundError, TrackerStore, holiday_rule

NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def db_path(care_home: Path) -> Path:
    return care_home / "care-desktop.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened, _notice = Store.open(db_path, lambda: datetime(2026, 11, 2, 15, 0, tzinfo=UTC))
    yield opened
    opened.close()


@pytest.fixture
def tracker(store: Store) -> TrackerStore:
    return TrackerStore(store)


def ny(wall: str, fold: int = 0) -> datetime:
    return datetime.fromisoformat(wall).replace(tzinfo=NEW_YORK, fold=fold)


def test_a_case_reads_back_with_its_zone_history_and_links(tracker: TrackerStore, db_path: Path) -> None:
    tracker.add_case(new_case("0004518771", 1, ny("2026-10-29T09:12"), "Agents cannot take calls"))
    tracker.change_state("0004518771", CaseState.RESOLUTION_PROPOSED, ny("2026-10-29T15:00:42.5"))
    tracker.link("0004518771", draft_id="d" * 32)
    tracker.link("0004518771", package="/exports/case-0004518771.zip")
    case = tracker.get_case(" 0004518771 ")
    assert case.number == "0004518771"
    assert case.severity == 1
    assert case.title == "Agents cannot take calls"
    assert case.opened.isoformat() == "2026-10-29T09:12:00-04:00"
    assert case.opened.tzinfo is NEW_YORK
    assert [(c.state, c.at.isoformat()) for c in case.changes] == [
        (CaseState.RESOLUTION_PROPOSED, "2026-10-29T15:00:42-04:00")
    ]
    assert (case.draft_id, case.package) == ("d" * 32, "/exports/case-0004518771.zip")
    db = sqlite3.connect(db_path)
    rows = db.execute("SELECT case_number, seq, state, at, recorded_at FROM case_state_changes").fetchall()
    db.close()
    assert rows == [("0004518771", 1, "resolution-proposed", "2026-10-29T15:00:42-04:00", "2026-11-02T15:00:00+00:00")]


def test_the_second_1_30_of_the_fall_back_night_survives(tracker: TrackerStore) -> None:
    tracker.add_case(new_case("7", 1, ny("2026-11-01T01:30", fold=1)))
    case = tracker.get_case("7")
    assert case.opened.isoformat() == "2026-11-01T01:30:00-05:00"
    assert [(d.kind.value, d.due.isoformat()) for d in deadlines(case)] == [
        ("first-response", "2026-11-01T01:40:00-05:00")
    ]


def test_cases_list_newest_first(tracker: TrackerStore) -> None:
    tracker.add_case(new_case("old", 3, ny("2026-10-01T09:00")))
    tracker.add_case(new_case("tokyo", 2, datetime(2026, 11, 2, 20, 0, tzinfo=TOKYO)))
    tracker.add_case(new_case("new", 4, ny("2026-11-02T09:00")))
    # Tokyo 20:00 (11:00Z) is before New York 09:00 (14:00Z), though its wall clock is later.
    assert [case.number for case in tracker.list_cases()] == ["new", "tokyo", "old"]
    assert tracker.get_case("tokyo").opened.tzinfo is TOKYO


def test_a_number_is_tracked_once(tracker: TrackerStore) -> None:
    tracker.add_case(new_case("7", 3, ny("2026-10-01T09:00")))
    with pytest.raises(TrackerError, match="Case 7 is tracked already"):
        tracker.add_case(new_case(" 7", 2, ny("2026-10-02T09:00")))
    assert tracker.get_case("7").severity == 3


def test_a_zone_without_a_name_is_refused(tracker: TrackerStore) -> None:
    with pytest.raises(ValueError, match="IANA zone"):
        tracker.add_case(new_case("7", 3, datetime(2026, 10, 1, 9, tzinfo=UTC)))


def test_a_forbidden_change_writes_nothing(tracker: TrackerStore) -> None:
    tracker.add_case(new_case("7", 3, ny("2026-10-01T09:00")))
    tracker.change_state("7", CaseState.CLOSED, ny("2026-10-02T09:00"))
    with pytest.raises(TrackerError, match='cannot change from "closed" to "waiting-on-customer"'):
        tracker.change_state("7", CaseState.WAITING, ny("2026-10-03T09:00"))
    with pytest.raises(TrackerError, match="a new one cannot come before it"):
        tracker.change_state("7", CaseState.OPEN, ny("2026-10-01T10:00"))
    assert [c.state for c in tracker.get_case("7").changes] == [CaseState.CLOSED]


def test_unknown_cases_raise(tracker: TrackerStore) -> None:
    for call in (
        lambda: tracker.get_case("nope"),
        lambda: tracker.change_state("nope", CaseState.CLOSED, ny("2026-10-01T09:00")),
        lambda: tracker.record_sent("nope", [("ab", "a.log")], ny("2026-10-01T09:00")),
        lambda: tracker.link("nope", draft_id="x"),
    ):
        with pytest.raises(CaseNotFoundError):
            call()


def test_responses_received_are_kept(tracker: TrackerStore) -> None:
    tracker.add_case(new_case("7", 1, ny("2026-10-29T09:12")))
    tracker.record_first_response("7", ny("2026-10-29T09:20"))
    tracker.change_state("7", CaseState.CLOSED, ny("2026-10-29T15:00"))
    tracker.record_rca_received("7", datetime(2026, 11, 4, 17, 0, tzinfo=UTC))
    case = tracker.get_case("7")
    assert case.first_response_at is not None
    assert case.first_response_at.isoformat() == "2026-10-29T09:20:00-04:00"
    assert case.rca_received_at is not None
    assert case.rca_received_at.isoformat() == "2026-11-04T12:00:00-05:00"
    assert deadlines(case) == []


def test_sent_evidence_is_remembered_per_case(tracker: TrackerStore) -> None:
    tracker.add_case(new_case("7", 3, ny("2026-10-01T09:00")))
    tracker.add_case(new_case("8", 3, ny("2026-10-01T09:00")))
    assert tracker.sent_evidence("7") == set()
    tracker.record_sent("7", [("AB12", "a.log"), ("cd34", "b.har")], ny("2026-10-02T09:00"))
    tracker.record_sent("7", [("ab12", "a-again.log")], ny("2026-10-03T09:00"))
    assert tracker.sent_evidence("7") == {"ab12", "cd34"}
    assert tracker.sent_evidence("8") == set()


def test_deleting_a_case_forgets_its_history_and_evidence(tracker: TrackerStore, db_path: Path) -> None:
    tracker.add_case(new_case("7", 3, ny("2026-10-01T09:00")))
    tracker.change_state("7", CaseState.WAITING, ny("2026-10-02T09:00"))
    tracker.record_sent("7", [("ab", "a.log")], ny("2026-10-02T09:00"))
    tracker.delete_case("7")
    assert tracker.list_cases() == []
    db = sqlite3.connect(db_path)
    counts = [
        db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("case_state_changes", "case_sent_evidence")
    ]
    db.close()
    assert counts == [0, 0]


def test_holiday_rule_follows_the_settings(store: Store) -> None:
    thanksgiving = date(2026, 11, 26)
    assert holiday_rule(store) is no_holidays
    save_preferences(store, Preferences(holiday_calendar="US"))
    assert holiday_rule(store)(thanksgiving) is True
    assert holiday_rule(store)(date(2026, 11, 27)) is False
    save_preferences(store, Preferences(holiday_calendar="XX"))
    assert holiday_rule(store) is no_holidays


def write_version_1_store(path: Path, drafts: list[Draft]) -> None:
    """A store as the first release wrote it: migration 1 only, with drafts in it."""
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    for draft in drafts:
        db.execute(
            "INSERT INTO drafts (id, created_at, updated_at, title, severity, step, case_number, document)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                draft.id,
                draft.created_at,
                draft.updated_at,
                draft.display_title(),
                draft.case.severity,
                draft.step.value,
                draft.case.case_number,
                json.dumps(draft_to_json(draft)),
            ),
        )
    db.execute("INSERT INTO settings (key, value) VALUES ('language', '\"fr\"')")
    db.commit()
    db.execute("PRAGMA user_version = 1")
    db.close()


def test_a_version_1_store_migrates_and_keeps_its_drafts(db_path: Path) -> None:
    drafts = [
        Draft(
            id="a" * 32,
            case=Case(title="Calls drop", severity=2, case_number="0001"),
            created_at="2026-03-01T09:00:00+00:00",
            updated_at="2026-03-01T09:05:00+00:00",
            step=Step.DESCRIPTION,
        ),
        Draft(
            id="b" * 32,
            case=Case(description="Reports are slow"),
            created_at="2026-02-01T09:00:00+00:00",
            updated_at="2026-02-01T09:00:00+00:00",
        ),
    ]
    write_version_1_store(db_path, drafts)
    store, notice = Store.open(db_path)
    try:
        assert notice is None
        assert store.load_draft("a" * 32).case.title == "Calls drop"
        assert store.load_draft("a" * 32).step is Step.DESCRIPTION
        assert store.load_draft("b" * 32).case.description == "Reports are slow"
        assert [s.id for s in store.list_drafts()] == ["a" * 32, "b" * 32]
        assert store.setting("language") == "fr"
        tracker = TrackerStore(store)
        assert tracker.list_cases() == []
        tracker.add_case(new_case("0001", 2, ny("2026-03-02T09:00")))
        tracker.link("0001", draft_id="a" * 32)
        assert tracker.get_case("0001").draft_id == "a" * 32
    finally:
        store.close()
    db = sqlite3.connect(db_path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.close()
    assert version == len(MIGRATIONS) == 3
