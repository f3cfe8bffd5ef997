import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from care_desktop.domain.case.draft import ContactRole, Draft
from care_desktop.domain.case.model import Case, ConversationRef
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError, OrgProfile, Store
from care_desktop.services.storefile import MIGRATIONS, StoreError, StoreTooNewError, connect

ORG_ID = "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"
CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


class FakeClock:
    """A clock that moves one minute forward on each reading, starting at 2026-03-02 09:00 UTC."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        current = self.now
        self.now += timedelta(minutes=1)
        return current


@pytest.fixture
def db_path(care_home: Path) -> Path:
    return care_home / "care-desktop.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened, notice = Store.open(db_path, FakeClock())
    assert notice is None
    yield opened
    opened.close()


def make_draft(draft_id: str, title: str = "", **case_fields: object) -> Draft:
    return Draft(id=draft_id, case=Case(title=title, **case_fields))  # type: ignore[arg-type]


def pragma(path: Path, name: str) -> object:
    db = sqlite3.connect(path)
    try:
        return db.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        db.close()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# -- a fresh store ------------------------------------------------------------------------------------------


def test_every_commit_waits_for_the_disk_once_the_store_is_open_new_or_not(db_path: Path) -> None:
    # A new store's schema is written without waiting for the disk; nothing the user saves is.
    for _ in ("new", "existing"):
        db = connect(db_path)
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        db.close()


def test_fresh_store_has_the_schema_version_and_wal(db_path: Path) -> None:
    store, notice = Store.open(db_path)
    assert notice is None
    store.close()
    assert pragma(db_path, "user_version") == len(MIGRATIONS)
    assert pragma(db_path, "user_version") == 4
    assert pragma(db_path, "journal_mode") == "wal"
    db = sqlite3.connect(db_path)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    assert tables == {
        "drafts",
        "settings",
        "org_profile",
        "tracked_cases",
        "case_state_changes",
        "case_sent_evidence",
        "case_events",
    }


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.sqlite3"
    store, _notice = Store.open(path)
    store.close()
    assert path.is_file()


def test_reopening_keeps_data_and_version(db_path: Path) -> None:
    store, _ = Store.open(db_path)
    store.save_draft(make_draft("d1", "Calls drop"))
    store.close()
    store, notice = Store.open(db_path)
    assert notice is None
    assert store.load_draft("d1").case.title == "Calls drop"
    store.close()
    assert pragma(db_path, "user_version") == 4


# -- drafts --------------------------------------------------------------------------------------------------


def test_save_and_load_a_draft(store: Store) -> None:
    draft = Draft(
        id="d1",
        case=Case(
            org=Organization("acme", ORG_ID),
            contact=Contact("Ada", "ada@example.com", "+1 555 0100", True),
            severity=2,
            title="Reports are slow",
            description="The queue report times out.",
            conversations=[ConversationRef(CONV, "slow", "09:00")],
        ),
        step=Step.CONVERSATIONS,
        answers=Answers(critical_works=True, degraded=True),
        contact_role=ContactRole.DESIGNATED,
        time_zone="America/Chicago",
    )
    store.save_draft(draft)
    assert draft.created_at == "2026-03-02T09:00:00+00:00"
    assert draft.updated_at == "2026-03-02T09:00:00+00:00"
    loaded = store.load_draft("d1")
    assert loaded == draft
    assert loaded is not draft


def test_saving_again_keeps_created_at_and_moves_updated_at(store: Store) -> None:
    draft = make_draft("d1", "First")
    store.save_draft(draft)
    draft.case.title = "Second"
    store.save_draft(draft)
    assert draft.created_at == "2026-03-02T09:00:00+00:00"
    assert draft.updated_at == "2026-03-02T09:01:00+00:00"
    loaded = store.load_draft("d1")
    assert loaded.case.title == "Second"
    assert loaded.created_at == "2026-03-02T09:00:00+00:00"
    assert loaded.updated_at == "2026-03-02T09:01:00+00:00"


def test_list_is_most_recently_saved_first(store: Store) -> None:
    store.save_draft(make_draft("a", "Alpha", severity=1, case_number="0042"))
    store.save_draft(make_draft("b", "", description="Bravo first line\nsecond line"))
    store.save_draft(make_draft("c", "Charlie"))
    a = store.load_draft("a")
    a.step = Step.REVIEW
    store.save_draft(a)
    summaries = store.list_drafts()
    assert [s.id for s in summaries] == ["a", "c", "b"]
    first = summaries[0]
    assert first.title == "Alpha"
    assert first.severity == 1
    assert first.step is Step.REVIEW
    assert first.case_number == "0042"
    assert first.updated_at == "2026-03-02T09:03:00+00:00"
    assert first.damaged is False
    assert summaries[2].title == "Bravo first line"
    assert summaries[2].severity is None
    assert summaries[2].updated_at == "2026-03-02T09:01:00+00:00"


def test_empty_store_lists_nothing(store: Store) -> None:
    assert store.list_drafts() == []


def test_load_unknown_draft(store: Store) -> None:
    with pytest.raises(DraftNotFoundError):
        store.load_draft("nope")


def test_delete_undelete_and_purge(store: Store) -> None:
    for name in ("a", "b", "c"):
        store.save_draft(make_draft(name, name.upper()))
    store.delete_draft("b")
    assert [s.id for s in store.list_drafts()] == ["c", "a"]
    with pytest.raises(DraftNotFoundError):
        store.load_draft("b")
    store.undelete_draft("b")
    assert [s.id for s in store.list_drafts()] == ["c", "b", "a"]
    assert store.load_draft("b").case.title == "B"
    store.delete_draft("a")
    store.delete_draft("c")
    assert store.purge_deleted() == 2
    store.undelete_draft("a")  # gone for good
    assert [s.id for s in store.list_drafts()] == ["b"]
    with pytest.raises(DraftNotFoundError):
        store.load_draft("a")
    assert store.purge_deleted() == 0


def test_saving_a_deleted_draft_brings_it_back(store: Store) -> None:
    draft = make_draft("a", "A")
    store.save_draft(draft)
    store.delete_draft("a")
    store.save_draft(draft)
    assert [s.id for s in store.list_drafts()] == ["a"]
    assert store.purge_deleted() == 0


def write_document(path: Path, draft_id: str, document: str) -> None:
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE drafts SET document = ? WHERE id = ?", (document, draft_id))
    db.close()


def test_a_damaged_row_is_listed_and_refused_on_load(store: Store, db_path: Path) -> None:
    store.save_draft(make_draft("good", "Good"))
    store.save_draft(make_draft("bad", "Bad one", severity=3))
    write_document(db_path, "bad", '{"draft_version": 1, "id": "bad", "case": {')
    summaries = {s.id: s for s in store.list_drafts()}
    assert summaries["bad"].damaged is True
    assert summaries["bad"].title == "Bad one"
    assert summaries["bad"].severity == 3
    assert summaries["good"].damaged is False
    with pytest.raises(DraftDamagedError, match="The draft bad cannot be read"):
        store.load_draft("bad")
    assert store.load_draft("good").case.title == "Good"
    assert issubclass(DraftDamagedError, StoreError)


@pytest.mark.parametrize(
    "document",
    [
        "[1, 2]",
        "{}",
        '{"draft_version": 99, "id": "bad"}',
        '{"draft_version": 1, "id": ""}',
    ],
)
def test_an_unreadable_document_is_listed_as_damaged(store: Store, db_path: Path, document: str) -> None:
    store.save_draft(make_draft("bad", "Bad"))
    write_document(db_path, "bad", document)
    assert [(s.id, s.damaged) for s in store.list_drafts()] == [("bad", True)]
    with pytest.raises(DraftDamagedError):
        store.load_draft("bad")


def test_an_unknown_step_in_a_row_is_listed_as_none(store: Store, db_path: Path) -> None:
    store.save_draft(make_draft("a", "A"))
    db = sqlite3.connect(db_path)
    with db:
        db.execute("UPDATE drafts SET step = 'from_the_future' WHERE id = 'a'")
    db.close()
    assert store.list_drafts()[0].step is None


# -- organization profile and settings ----------------------------------------------------------------------


def test_org_profile_is_empty_at_first(store: Store) -> None:
    assert store.org_profile() == OrgProfile(Organization("", "", "mypurecloud.com"), Contact("", "", "", False))


def test_org_profile_round_trip(store: Store, db_path: Path) -> None:
    profile = OrgProfile(
        Organization("acme", ORG_ID, "mypurecloud.jp"),
        Contact("山田 花子", "hanako@example.jp", "+81 3 5555 0100", True),
    )
    store.save_org_profile(profile)
    assert store.org_profile() == profile
    changed = OrgProfile(Organization("acme2", "", "mypurecloud.de"), Contact("Ada", "", "", False))
    store.save_org_profile(changed)
    assert store.org_profile() == changed
    store.close()
    reopened, _ = Store.open(db_path)
    assert reopened.org_profile() == changed
    reopened.close()


@pytest.mark.parametrize("document", ["not json", "[]", '{"org": "acme", "contact": 5}'])
def test_unreadable_org_profile_reads_as_empty(store: Store, db_path: Path, document: str) -> None:
    store.save_org_profile(OrgProfile(Organization("acme"), Contact("Ada")))
    db = sqlite3.connect(db_path)
    with db:
        db.execute("UPDATE org_profile SET document = ?", (document,))
    db.close()
    assert store.org_profile() == OrgProfile(Organization("", "", "mypurecloud.com"), Contact())


def test_settings_round_trip(store: Store) -> None:
    assert store.setting("language") is None
    assert store.setting("language", "en") == "en"
    store.set_setting("language", "ja")
    store.set_setting("window", {"width": 900, "height": 700, "maximized": False})
    store.set_setting("recent", ["a", "b"])
    store.set_setting("count", 3)
    assert store.setting("language", "en") == "ja"
    assert store.setting("window") == {"width": 900, "height": 700, "maximized": False}
    assert store.setting("recent") == ["a", "b"]
    assert store.setting("count") == 3
    store.set_setting("language", "fr")
    assert store.setting("language") == "fr"


def test_unreadable_setting_gives_the_default(store: Store, db_path: Path) -> None:
    db = sqlite3.connect(db_path)
    with db:
        db.execute("INSERT INTO settings (key, value) VALUES ('broken', '{oops')")
    db.close()
    assert store.setting("broken", 7) == 7


# -- files the store cannot use ------------------------------------------------------------------------------


def make_too_new(path: Path, wal: bool) -> None:
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE future (x)")
    db.execute("INSERT INTO future VALUES (1)")
    db.commit()
    db.execute("PRAGMA user_version = 7")
    db.close()


@pytest.mark.parametrize("wal", [False, True])
def test_a_newer_store_is_refused_and_left_unchanged(db_path: Path, wal: bool) -> None:
    make_too_new(db_path, wal)
    before = db_path.read_bytes()
    names = siblings(db_path)
    with pytest.raises(StoreTooNewError, match=r"newer version of Care Desktop \(schema 7"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
    assert siblings(db_path) == names
    assert pragma(db_path, "user_version") == 7


def corrupt_with_random_bytes(path: Path) -> bytes:
    data = os.urandom(64 * 1024)
    path.write_bytes(data)
    return data


def corrupt_by_truncation(path: Path) -> bytes:
    store, _ = Store.open(path)
    for index in range(40):
        store.save_draft(make_draft(f"d{index}", f"Draft {index}", description="x" * 20_000))
    store.close()
    size = path.stat().st_size
    assert size > 200_000
    with path.open("r+b") as handle:
        handle.truncate(size // 2)
    return path.read_bytes()


@pytest.mark.parametrize("corrupt", [corrupt_with_random_bytes, corrupt_by_truncation])
def test_a_damaged_file_is_set_aside_and_a_new_store_works(db_path: Path, corrupt: Callable[[Path], bytes]) -> None:
    damaged = corrupt(db_path)
    clock = FakeClock()
    store, notice = Store.open(db_path, clock)
    aside = db_path.with_name("care-desktop.sqlite3.damaged-20260302T090000Z")
    assert aside.read_bytes() == damaged
    assert notice is not None
    assert notice.params == {"aside": str(aside)}
    assert notice.render() == (
        f"The saved data was damaged and could not be read. It has been kept as {aside} and Care Desktop "
        "has started with an empty store."
    )
    assert store.list_drafts() == []
    store.save_draft(make_draft("new", "New"))
    assert store.load_draft("new").case.title == "New"
    store.close()
    assert pragma(db_path, "user_version") == 4
    assert aside.read_bytes() == damaged


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(db_path: Path) -> None:
    first = corrupt_with_random_bytes(db_path)
    store, _ = Store.open(db_path, lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    store.close()
    second = corrupt_with_random_bytes(db_path)
    store, notice = Store.open(db_path, lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    store.close()
    assert notice is not None
    assert db_path.with_name("care-desktop.sqlite3.damaged-20260302T090000Z").read_bytes() == first
    assert db_path.with_name("care-desktop.sqlite3.damaged-20260302T090000Z-2").read_bytes() == second
    assert notice.params == {"aside": str(db_path.with_name("care-desktop.sqlite3.damaged-20260302T090000Z-2"))}


def test_a_folder_in_place_of_the_file_is_an_error_and_nothing_is_renamed(db_path: Path) -> None:
    db_path.mkdir()
    (db_path / "inside.txt").write_text("keep me")
    names = siblings(db_path)
    with pytest.raises(StoreError, match="Cannot open the store"):
        Store.open(db_path)
    assert db_path.is_dir()
    assert (db_path / "inside.txt").read_text() == "keep me"
    assert siblings(db_path) == names
