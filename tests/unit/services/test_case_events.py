"""Case events in the real store: escalations and updates kept in the case's zone, checked, forgotten with the case."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.tracker.escalation import EventKind, Rule, Status
from care_desktop.domain.tracker.model import TrackerError, new_case
from care_desktop.services.store import Store
from care_desktop.services.tracker.events import CaseEvents, published_criteria
from care_desktop.services.tracker.store import CaseNotFoundError, TrackerStore

CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def store(care_home: Path) -> Iterator[Store]:
    opened, _notice = Store.open(care_home / "store.sqlite3")
    yield opened
    opened.close()


def test_events_read_back_in_the_cases_zone_and_decide_the_window(store: Store) -> None:
    TrackerStore(store).add_case(new_case("9", 2, datetime(2026, 12, 1, 9, 0, tzinfo=CHICAGO)))
    events = CaseEvents(store)
    assert events.criteria == published_criteria()
    events.record("9", EventKind.UPDATED, datetime(2026, 12, 1, 21, 0, 30, 999, tzinfo=UTC))
    (update,) = events.events("9")
    assert update.at == datetime(2026, 12, 1, 15, 0, 30, tzinfo=CHICAGO)
    assert str(update.at.tzinfo) == "America/Chicago"
    case = TrackerStore(store).get_case("9")
    window = events.window(case)
    assert (window.status, window.rule) == (Status.POSSIBLE, Rule.HIGH)
    assert window.opens_at == datetime(2026, 12, 2, 15, 0, 30, tzinfo=CHICAGO)
    with pytest.raises(TrackerError):
        events.record("9", EventKind.ESCALATION_REQUESTED, datetime(2026, 12, 2, 15, 0, tzinfo=CHICAGO))
    assert len(events.events("9")) == 1  # a refused event is not written
    requested = events.record(
        "9", EventKind.ESCALATION_REQUESTED, datetime(2026, 12, 2, 16, 0, tzinfo=CHICAGO), " why "
    )
    assert requested.note == "why"
    assert events.window(case).status is Status.ACTIVE


def test_events_go_with_the_case(store: Store, care_home: Path) -> None:
    tracker = TrackerStore(store)
    tracker.add_case(new_case("9", 3, datetime(2026, 12, 1, 9, 0, tzinfo=CHICAGO)))
    CaseEvents(store).record("9", EventKind.ESCALATION_REQUESTED, datetime(2026, 12, 1, 10, 0, tzinfo=CHICAGO))
    tracker.delete_case("9")
    db = sqlite3.connect(care_home / "store.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM case_events").fetchone()[0] == 0
    db.close()
    with pytest.raises(CaseNotFoundError):
        CaseEvents(store).events("9")
