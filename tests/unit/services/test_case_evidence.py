"""'Add evidence to case N': real files in the draft's folder, hashed, compared with what was sent."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.tracker.model import new_case
from care_desktop.services.paths import AppPaths, resolve_paths
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.store import Store
from care_desktop.services.tracker.evidence import find_new_evidence, hash_attachments
from care_desktop.services.tracker.store import TrackerStore
from tests.conftest import REALWORLD

OPENED = datetime(2026, 11, 2, 9, 0, tzinfo=ZoneInfo("America/New_York"))
# The well-known sha256 of no bytes; other digests are taken with hashlib, independently of the service.
EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.fixture
def paths() -> AppPaths:
    found = resolve_paths()
    found.ensure()
    return found


@pytest.fixture
def store(paths: AppPaths) -> Iterator[Store]:
    opened, _notice = Store.open(paths.store)
    yield opened
    opened.close()


def realworld_har() -> Path:
    return sorted((REALWORLD / "har").glob("*.har"))[0]


def test_hash_attachments_reads_relative_and_absolute_paths(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    har = realworld_har()
    reports: list[tuple[int, int | None]] = []
    files, missing = hash_attachments(
        [Attachment("empty.txt"), Attachment(str(har), AttachmentKind.HAR), Attachment("gone.log")],
        tmp_path,
        lambda done, total: reports.append((done, total)),
    )
    assert [(f.attachment.path, f.sha256, f.size) for f in files] == [
        ("empty.txt", EMPTY_SHA, 0),
        (str(har), hashlib.sha256(har.read_bytes()).hexdigest(), har.stat().st_size),
    ]
    assert [a.path for a in missing] == ["gone.log"]
    assert reports[-1] == (har.stat().st_size, har.stat().st_size)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_attachment_replaced_by_a_pipe_is_missing_not_a_hang(tmp_path: Path) -> None:
    """Opening a named pipe for reading waits for a writer: the worker would never end, nor could it be cancelled."""
    (tmp_path / "good.txt").write_bytes(b"abc")
    os.mkfifo(tmp_path / "console.log")
    files, missing = hash_attachments([Attachment("console.log"), Attachment("good.txt")], tmp_path)
    assert [f.attachment.path for f in files] == ["good.txt"]
    assert [a.path for a in missing] == ["console.log"]


def test_hash_attachments_honours_cancel(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x" * 10)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        hash_attachments([Attachment("a.txt")], tmp_path, token=token)


def test_only_new_evidence_is_offered(paths: AppPaths, store: Store) -> None:
    draft = Draft(id="e" * 32, case=Case(title="Calls drop", case_number="0004520013"))
    folder = paths.case_dir(draft.id)
    folder.mkdir(parents=True)
    (folder / "console.log").write_bytes(b"console line\n")
    (folder / "screen.png").write_bytes(b"\x89PNG fake image")
    (folder / "console-copy.log").write_bytes(b"console line\n")
    draft.case.attachments = [
        Attachment("console.log", AttachmentKind.CONSOLE_LOG),
        Attachment("screen.png", AttachmentKind.SCREENSHOT),
        Attachment("console-copy.log", AttachmentKind.CONSOLE_LOG),
        Attachment("deleted.har", AttachmentKind.HAR),
    ]
    store.save_draft(draft)
    tracker = TrackerStore(store)
    tracker.add_case(new_case("0004520013", 2, OPENED))
    tracker.link("0004520013", draft_id=draft.id)

    first = find_new_evidence(tracker, store, paths, "0004520013")
    assert first.draft_id == draft.id
    assert [f.attachment.path for f in first.new] == ["console.log", "screen.png"]
    assert [f.attachment.path for f in first.already_sent] == ["console-copy.log"]
    assert [a.path for a in first.missing] == ["deleted.har"]
    assert first.new[0].sha256 == hashlib.sha256(b"console line\n").hexdigest()

    tracker.record_sent("0004520013", [(f.sha256, f.attachment.path) for f in first.new], OPENED)
    (folder / "later.log").write_bytes(b"a new finding\n")
    draft.case.attachments.append(Attachment("later.log", AttachmentKind.CONSOLE_LOG))
    store.save_draft(draft)
    second = find_new_evidence(tracker, store, paths, "0004520013")
    assert [f.attachment.path for f in second.new] == ["later.log"]
    assert [f.attachment.path for f in second.already_sent] == ["console.log", "screen.png", "console-copy.log"]


def test_a_case_without_a_draft_has_no_evidence(paths: AppPaths, store: Store) -> None:
    tracker = TrackerStore(store)
    tracker.add_case(new_case("1", 3, OPENED))
    report = find_new_evidence(tracker, store, paths, "1")
    assert (report.draft_id, report.new, report.missing) == ("", [], [])
    tracker.link("1", draft_id="f" * 32)  # a draft that was deleted since
    assert find_new_evidence(tracker, store, paths, "1").new == []
