"""Whether a draft can be read is recorded when it is saved, not found out by parsing every draft on each listing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from care_desktop.domain.case.draft import Draft, draft_to_json
from care_desktop.domain.case.model import Case
from care_desktop.services.store import Store
from care_desktop.services.storefile import MIGRATIONS


@pytest.fixture
def db_path(care_home: Path) -> Path:
    return care_home / "care-desktop.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened, _notice = Store.open(db_path, lambda: datetime(2026, 11, 2, 15, 0, tzinfo=UTC))
    yield opened
    opened.close()


def columns(path: Path) -> dict[str, tuple[object, int]]:
    db = sqlite3.connect(path)
    try:
        return {row[0]: (row[1], row[2]) for row in db.execute("SELECT id, damaged, revision FROM drafts")}
    finally:
        db.close()


def test_saving_records_a_readable_draft(store: Store, db_path: Path) -> None:
    draft = Draft(id="a", case=Case(title="Calls drop"))
    store.save_draft(draft)
    assert columns(db_path) == {"a": (0, 0)}
    store.save_draft(draft)
    assert columns(db_path) == {"a": (0, 1)}
    assert [(s.id, s.damaged) for s in store.list_drafts()] == [("a", False)]


def test_a_document_changed_behind_the_stores_back_is_checked_once(store: Store, db_path: Path) -> None:
    store.save_draft(Draft(id="a", case=Case(title="Good")))
    store.save_draft(Draft(id="b", case=Case(title="Broken later")))
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE drafts SET document = '{broken' WHERE id = 'b'")
    assert columns(db_path)["b"][0] is None  # not checked since it changed
    assert {s.id: s.damaged for s in store.list_drafts()} == {"a": False, "b": True}
    assert columns(db_path)["b"][0] == 1  # the finding is kept: the next listing reads no document
    assert store.draft_summary("b") is not None
    assert store.draft_summary("b").damaged is True
    store.save_draft(Draft(id="b", case=Case(title="Saved again")))
    assert {s.id: s.damaged for s in store.list_drafts()} == {"a": False, "b": False}


def test_one_summary_after_a_save(store: Store) -> None:
    store.save_draft(Draft(id="a", case=Case(title="Calls drop", severity=2)))
    summary = store.draft_summary("a")
    assert summary is not None
    assert (summary.title, summary.severity, summary.damaged) == ("Calls drop", 2, False)
    store.delete_draft("a")
    assert store.draft_summary("a") is None
    assert store.draft_summary("never") is None


def test_drafts_of_a_version_2_store_are_checked_after_the_migration(db_path: Path) -> None:
    db = sqlite3.connect(db_path)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            db.execute(statement)
    good = json.dumps(draft_to_json(Draft(id="good", case=Case(title="Good"))))
    for draft_id, document in (("good", good), ("bad", "[1, 2]")):
        db.execute(
            "INSERT INTO drafts (id, created_at, updated_at, title, step, document) VALUES (?, ?, ?, ?, ?, ?)",
            (draft_id, "2026-11-01T10:00:00+00:00", "2026-11-01T10:00:00+00:00", draft_id, "severity", document),
        )
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    store, notice = Store.open(db_path)
    try:
        assert notice is None
        assert {s.id: s.damaged for s in store.list_drafts()} == {"good": False, "bad": True}
        assert {key: value[0] for key, value in columns(db_path).items()} == {"good": 0, "bad": 1}
    finally:
        store.close()
