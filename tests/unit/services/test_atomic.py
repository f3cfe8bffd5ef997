import os
import threading
from pathlib import Path

import pytest

from care_desktop.services.atomic import atomic_writer, write_bytes_atomic, write_text_atomic


class BoomError(Exception):
    pass


def write_then_raise(target: Path, data: bytes, error: BaseException) -> None:
    with atomic_writer(target) as handle:
        handle.write(data)
        raise error


def test_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    write_text_atomic(target, '{"é": 1}\n')
    assert target.read_bytes() == b'{"\xc3\xa9": 1}\n'
    assert os.listdir(tmp_path) == ["case.json"]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "data.bin"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert os.listdir(tmp_path) == ["data.bin"]


def test_target_keeps_the_old_content_until_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "data.txt"
    target.write_bytes(b"old")
    with atomic_writer(target) as handle:
        handle.write(b"new")
        handle.flush()
        assert target.read_bytes() == b"old"
        temporaries = [name for name in os.listdir(tmp_path) if name != "data.txt"]
        assert len(temporaries) == 1
        assert temporaries[0].startswith(".data.txt.")
        assert temporaries[0].endswith(".part")
        assert (tmp_path / temporaries[0]).read_bytes() == b"new"
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["data.txt"]


def test_an_exception_in_the_block_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "data.txt"
    target.write_bytes(b"old")
    with pytest.raises(BoomError):
        write_then_raise(target, b"half of the new", BoomError())
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["data.txt"]


def test_an_interrupt_in_the_block_leaves_no_file_behind(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    with pytest.raises(KeyboardInterrupt):
        write_then_raise(target, b"partial", KeyboardInterrupt())
    assert os.listdir(tmp_path) == []


def test_a_failing_rename_leaves_the_target_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data.txt"
    target.write_bytes(b"old")

    def refuse(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["data.txt"]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_bytes_atomic(tmp_path / "nope" / "x.txt", b"x")
    assert os.listdir(tmp_path) == []


def test_a_reader_sees_either_the_old_or_the_new_content(tmp_path: Path) -> None:
    target = tmp_path / "data.txt"
    first = b"A" * 200_000
    second = b"B" * 150_000
    target.write_bytes(first)
    seen: set[bytes] = set()
    stop = threading.Event()

    def read_until_stopped() -> None:
        while not stop.is_set():
            seen.add(target.read_bytes())

    reader = threading.Thread(target=read_until_stopped)
    reader.start()
    try:
        for index in range(60):
            write_bytes_atomic(target, second if index % 2 == 0 else first)
    finally:
        stop.set()
        reader.join()
    assert seen <= {first, second}
    assert target.read_bytes() == first
    assert os.listdir(tmp_path) == ["data.txt"]


def test_new_files_get_ordinary_permissions_and_existing_ones_keep_theirs(tmp_path):
    import os
    import stat

    from care_desktop.services.atomic import write_text_atomic

    new = tmp_path / "CASE.md"
    old_umask = os.umask(0o022)
    try:
        write_text_atomic(new, "x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    existing = tmp_path / "private.txt"
    existing.write_text("a")
    existing.chmod(0o600)
    write_text_atomic(existing, "b")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
