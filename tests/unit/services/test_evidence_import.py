"""Copying evidence into the case folder: progress, cancel, SHA-256, clashes, failures, and removal."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from care_desktop.services.evidence import Code, import_file, remove_stored
from care_desktop.services.evidence.importer import CHUNK_BYTES, safe_name, unique_path
from care_desktop.services.paths import resolve_paths
from care_desktop.services.progress import CancelledError, CancelToken
from tests.conftest import REALWORLD
from tests.unit.services.test_evidence_inspect import shared_folder, unprivileged

HAR = REALWORLD / "har" / "harviewer_firefox47.har"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def case_dir() -> Path:
    return resolve_paths().case_dir("draft-1")


def test_a_real_har_is_copied_with_its_hash_and_progress(case_dir):
    before = (HAR.read_bytes(), HAR.stat().st_mtime_ns)
    reports: list[tuple[int, int | None]] = []
    outcome = import_file(HAR, case_dir, progress=lambda done, total: reports.append((done, total)))
    assert outcome.problem is None
    stored = outcome.stored
    assert stored is not None
    assert (stored.path, stored.name, stored.size, stored.copied) == (
        case_dir / "harviewer_firefox47.har",
        "harviewer_firefox47.har",
        1063636,
        True,
    )
    assert stored.sha256 == sha256(HAR) == sha256(stored.path)
    assert reports[-1] == (1063636, 1063636)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert (HAR.read_bytes(), HAR.stat().st_mtime_ns) == before  # the original is untouched
    assert sorted(path.name for path in case_dir.iterdir()) == ["harviewer_firefox47.har"]


def test_name_clashes_never_overwrite(case_dir, tmp_path):
    first = import_file(HAR, case_dir).stored
    other = tmp_path / "harviewer_firefox47.har"
    other.write_text("different\n", encoding="utf-8")
    second = import_file(other, case_dir).stored
    third = import_file(HAR, case_dir).stored
    assert first is not None
    assert second is not None
    assert third is not None
    assert [first.name, second.name, third.name] == [
        "harviewer_firefox47.har",
        "harviewer_firefox47 (2).har",
        "harviewer_firefox47 (3).har",
    ]
    assert sha256(first.path) == sha256(HAR)
    assert second.path.read_text(encoding="utf-8") == "different\n"


def test_a_chosen_name_is_made_safe(case_dir):
    stored = import_file(HAR, case_dir, name="network: login/failure?.har").stored
    assert stored is not None
    assert stored.name == "network_ login_failure_.har"


def test_cancelling_leaves_nothing_behind(case_dir, tmp_path):
    source = tmp_path / "big.log"
    source.write_bytes(b"0123456789abcdef\n" * (CHUNK_BYTES // 4))  # about 4 MB: several chunks
    token = CancelToken()

    def progress(done: int, total: int | None) -> None:
        del total
        if done >= CHUNK_BYTES:
            token.cancel()

    with pytest.raises(CancelledError):
        import_file(source, case_dir, progress=progress, token=token)
    assert list(case_dir.iterdir()) == []


def test_cancelling_a_multi_gigabyte_copy_is_immediate_and_clean(case_dir, tmp_path):
    source = tmp_path / "huge.log"
    with source.open("wb") as handle:
        handle.truncate(5 * 1024**3)  # sparse: costs no disk
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int | None) -> None:
        seen.append(done)
        token.cancel()

    with pytest.raises(CancelledError):
        import_file(source, case_dir, progress=progress, token=token)
    assert seen == [CHUNK_BYTES]
    assert list(case_dir.iterdir()) == []


def test_a_cancel_from_another_thread_stops_the_copy(case_dir, tmp_path):
    source = tmp_path / "big.log"
    source.write_bytes(b"x" * (8 * CHUNK_BYTES))
    token = CancelToken()
    started = threading.Event()
    go_on = threading.Event()

    def progress(done: int, total: int | None) -> None:
        del done, total
        started.set()
        go_on.wait(timeout=30)

    errors: list[BaseException] = []

    def work() -> None:
        try:
            import_file(source, case_dir, progress=progress, token=token)
        except CancelledError as error:
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(timeout=30)
    token.cancel()
    go_on.set()
    worker.join(timeout=30)
    assert len(errors) == 1
    assert list(case_dir.iterdir()) == []


def test_a_fifo_is_refused_without_hanging(case_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome = import_file(fifo, case_dir)
    assert outcome.stored is None
    assert outcome.problem is not None
    assert outcome.problem.code is Code.SPECIAL


def test_a_directory_and_a_link_loop_are_refused(case_dir, tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert import_file(tmp_path, case_dir).problem.code is Code.DIRECTORY
    assert import_file(tmp_path / "loop", case_dir).problem.code is Code.LINK_LOOP


def test_a_failed_copy_says_why_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "cases"
    blocker.write_text("a file where the case folder should be\n", encoding="utf-8")
    outcome = import_file(HAR, blocker / "draft-1")
    assert outcome.stored is None
    assert outcome.problem is not None
    assert outcome.problem.code is Code.COPY_FAILED
    assert outcome.problem.message.render().startswith("Could not copy harviewer_firefox47.har into the case folder:")
    assert blocker.read_text(encoding="utf-8") == "a file where the case folder should be\n"


def test_a_file_already_in_the_case_folder_is_not_copied_again(case_dir):
    case_dir.mkdir(parents=True)
    shot = case_dir / "screenshot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    outcome = import_file(shot, case_dir)
    assert outcome.stored is not None
    assert (outcome.stored.path, outcome.stored.size, outcome.stored.copied) == (shot, 108, False)
    assert outcome.stored.sha256 == sha256(shot)
    assert [path.name for path in case_dir.iterdir()] == ["screenshot.png"]


def test_remove_a_stored_attachment(case_dir):
    stored = import_file(HAR, case_dir).stored
    assert stored is not None
    assert remove_stored(stored.path, case_dir) is None
    assert not stored.path.exists()
    assert remove_stored(stored.path, case_dir) is None  # already gone: nothing to do
    assert HAR.exists()


def test_remove_refuses_anything_outside_the_case_folder(case_dir, tmp_path):
    case_dir.mkdir(parents=True)
    outside = tmp_path / "keep.log"
    outside.write_text("mine\n", encoding="utf-8")
    problem = remove_stored(outside, case_dir)
    assert problem is not None
    assert problem.code is Code.NOT_IN_CASE
    assert remove_stored(case_dir / ".." / "keep.log", case_dir).code is Code.NOT_IN_CASE
    assert outside.read_text(encoding="utf-8") == "mine\n"


def test_a_removal_the_system_refuses_is_reported():
    with shared_folder() as folder:
        case = folder / "case"
        case.mkdir()
        stored = import_file(HAR, case).stored
        assert stored is not None
        case.chmod(0o555)  # an ordinary user may not delete entries here
        with unprivileged():
            problem = remove_stored(stored.path, case)
        assert problem is not None
        assert problem.code is Code.REMOVE_FAILED
        assert problem.message.render() == (
            "Could not delete harviewer_firefox47.har from the case folder: Permission denied."
        )
        assert stored.path.exists()


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("console.log", "console.log"),
        ("a:b*c?.har", "a_b_c_.har"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("trailing dots... ", "trailing dots"),
        ("..", "attachment"),
        ("", "attachment"),
        ("tab\there.log", "tab_here.log"),
        (".env", ".env"),
        ("x" * 300 + ".log", "x" * 146 + ".log"),
    ],
)
def test_safe_names(name, safe):
    assert safe_name(name) == safe


def test_unique_path_counts_up(tmp_path):
    (tmp_path / "a.log").write_text("", encoding="utf-8")
    (tmp_path / "a (2).log").write_text("", encoding="utf-8")
    assert unique_path(tmp_path, "a.log") == tmp_path / "a (3).log"
    assert unique_path(tmp_path, "b.log") == tmp_path / "b.log"
