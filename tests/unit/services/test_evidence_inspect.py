"""Inspecting evidence: previews of real files, and every bad input ending in a clear note without hanging.

Permissions: these tests run as root here, where ``chmod 000`` does not stop a read. The unreadable-file tests
therefore drop the effective user to ``nobody`` (``os.seteuid``, restored afterwards) for the inspection
itself, so the kernel really refuses the open; as a normal user they run as they are. A write-only sysfs
attribute, which even root cannot read, is used as a second real unreadable file where one exists.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.services.evidence import (
    Code,
    HarSummary,
    ImageInfo,
    Inspection,
    Level,
    TextPreview,
    import_file,
    inspect_file,
    package_notes,
)
from tests.conftest import REALWORLD
from tests.unit.services.test_evidence_kinds import (
    bmp_bytes,
    gif_bytes,
    jpeg_bytes,
    png_bytes,
    webp_vp8_bytes,
    webp_vp8l_bytes,
    webp_vp8x_bytes,
)

GIB = 1024**3
NOBODY = 65534


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block with the permissions of an ordinary user (``nobody`` when the tests run as root)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder every user may enter (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="care-evidence-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            with contextlib.suppress(OSError):
                path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(folder)


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """``shared_folder`` as a fixture."""
    with shared_folder() as folder:
        yield folder


def inspect_without_hanging(path: Path, **options):
    """Inspect in a thread and fail (instead of hanging the suite) if it does not finish."""
    result: dict[str, Inspection] = {}
    worker = threading.Thread(target=lambda: result.setdefault("value", inspect_file(path, **options)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), f"inspecting {path} hangs"
    return result["value"]


# --- real files ------------------------------------------------------------------------------------------


def test_a_real_har_shows_its_summary():
    inspection = inspect_file(REALWORLD / "har" / "mitmproxy_firefox111.har")
    assert (inspection.kind, inspection.size, inspection.notes, inspection.attachable) == (
        AttachmentKind.HAR,
        260557,
        (),
        True,
    )
    assert isinstance(inspection.preview, HarSummary)
    assert (inspection.preview.browser, inspection.preview.entries) == ("Firefox", 14)


def test_a_log_with_crlf_and_no_final_newline_shows_head_and_tail():
    inspection = inspect_file(REALWORLD / "console" / "loghub_Mac_2k.log", preview_lines=2)
    preview = inspection.preview
    assert isinstance(preview, TextPreview)
    assert inspection.kind is AttachmentKind.CONSOLE_LOG
    assert preview.head == (
        "Jul  1 09:00:55 calvisitor-10-105-160-95 kernel[0]: IOThunderboltSwitch<0>(0x0)::listenerCallback - "
        "Thunderbolt HPD packet for route = 0x0 port = 11 unplug = 0",
        "Jul  1 09:01:05 calvisitor-10-105-160-95 com.apple.CDScheduler[43]: Thermal pressure state: 1 Memory "
        "pressure state: 0",
    )
    assert preview.tail == (
        "Jul  8 08:10:46 calvisitor-10-105-162-124 kernel[0]: Wake reason: RTC (Alarm)",
        "Jul  8 08:10:46 calvisitor-10-105-162-124 kernel[0]: AppleCamIn::wakeEventHandlerThread",
    )
    assert (preview.encoding, preview.whole_file, preview.omitted_lines) == ("utf-8", False, None)


def test_a_small_text_file_is_shown_whole(tmp_path):
    path = tmp_path / "short.log"
    path.write_bytes(b"one\r\ntwo\nthree")
    preview = inspect_file(path).preview
    assert preview == TextPreview(("one", "two", "three"), (), "utf-8", 0, True)


def test_a_medium_text_file_counts_the_lines_it_leaves_out(tmp_path):
    path = tmp_path / "medium.log"
    path.write_text("".join(f"line {n}\n" for n in range(1, 101)), encoding="utf-8")
    preview = inspect_file(path, preview_lines=3).preview
    assert preview == TextPreview(
        ("line 1", "line 2", "line 3"), ("line 98", "line 99", "line 100"), "utf-8", 94, False
    )


def test_very_long_lines_are_cut_for_display(tmp_path):
    path = tmp_path / "minified.log"
    path.write_text("x" * 5000 + "\nend\n", encoding="utf-8")
    preview = inspect_file(path).preview
    assert isinstance(preview, TextPreview)
    assert preview.head[0] == "x" * 499 + "\u2026"
    assert preview.head[1] == "end"


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"), [(b"\xff\xfe", "utf-16-le", "utf-16-le"), (b"\xfe\xff", "utf-16-be", "utf-16-be")]
)
def test_utf16_with_bom_is_read_at_both_ends(tmp_path, bom, codec, encoding):
    path = tmp_path / "windows.log"
    lines = [f"2024-07-01 09:{n // 60:02d}:{n % 60:02d} \u00e9v\u00e9nement {n}" for n in range(3000)]
    path.write_bytes(bom + "\r\n".join(lines).encode(codec))
    assert path.stat().st_size > 2 * 64 * 1024  # head and tail are read separately
    preview = inspect_file(path, preview_lines=2).preview
    assert isinstance(preview, TextPreview)
    assert preview.encoding == encoding
    assert preview.head == (lines[0], lines[1])
    assert preview.tail == (lines[-2], lines[-1])


def test_utf8_with_bom_drops_the_bom(tmp_path):
    path = tmp_path / "bom.log"
    path.write_bytes(b"\xef\xbb\xbffirst\nsecond\n")
    preview = inspect_file(path).preview
    assert preview == TextPreview(("first", "second"), (), "utf-8-sig", 0, True)


def test_other_encodings_are_shown_with_replacement_characters(tmp_path):
    path = tmp_path / "latin1.log"
    path.write_bytes("d\u00e9marrage termin\u00e9\n".encode("latin-1"))
    inspection = inspect_file(path)
    assert inspection.codes == (Code.REPLACED_CHARACTERS,)
    assert inspection.attachable
    assert inspection.preview == TextPreview(("d\ufffdmarrage termin\ufffd",), (), "unknown", 0, True)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (png_bytes(3, 2), ImageInfo("png", 3, 2)),
        (jpeg_bytes(640, 480), ImageInfo("jpeg", 640, 480)),
        (jpeg_bytes(1920, 1080, exif_bytes=60000), ImageInfo("jpeg", 1920, 1080)),
        (gif_bytes(10, 20), ImageInfo("gif", 10, 20)),
        (bmp_bytes(5, 7), ImageInfo("bmp", 5, 7)),
        (webp_vp8x_bytes(800, 600), ImageInfo("webp", 800, 600)),
        (webp_vp8l_bytes(300, 200), ImageInfo("webp", 300, 200)),
        (webp_vp8_bytes(320, 240), ImageInfo("webp", 320, 240)),
        (b"\xff\xd8\xff\xd9", ImageInfo("jpeg", None, None)),
    ],
    ids=["png", "jpeg", "jpeg-after-exif", "gif", "bmp", "webp-vp8x", "webp-vp8l", "webp-vp8", "jpeg-damaged"],
)
def test_image_sizes_come_from_the_header(tmp_path, data, expected):
    path = tmp_path / "shot.bin"
    path.write_bytes(data)
    inspection = inspect_file(path)
    assert (inspection.kind, inspection.preview, inspection.notes) == (AttachmentKind.SCREENSHOT, expected, ())


def test_a_binary_file_has_no_preview_and_says_so(tmp_path):
    path = tmp_path / "dump.bin"
    path.write_bytes(bytes(range(256)) * 10)
    inspection = inspect_file(path)
    assert (inspection.kind, inspection.preview, inspection.codes) == (AttachmentKind.OTHER, None, (Code.BINARY,))
    assert inspection.notes[0].level is Level.WARNING  # the redaction service leaves binary files out
    assert inspection.attachable


def test_a_malformed_har_is_shown_as_text_with_a_note(tmp_path):
    original = (REALWORLD / "har" / "mitmproxy_chrome.har").read_bytes()
    path = tmp_path / "cut.har"
    path.write_bytes(original[: len(original) // 2])
    inspection = inspect_file(path)
    assert inspection.kind is AttachmentKind.CONSOLE_LOG
    assert inspection.codes == (Code.MALFORMED_HAR,)
    assert inspection.notes[0].level is Level.WARNING
    assert "premature EOF" in inspection.notes[0].message.params["reason"]
    assert isinstance(inspection.preview, TextPreview)
    assert inspection.preview.head[:2] == ("{", '  "log": {')


# --- bad inputs ------------------------------------------------------------------------------------------


def test_a_fifo_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.log"
    os.mkfifo(fifo)
    inspection = inspect_without_hanging(fifo)
    assert (inspection.kind, inspection.size, inspection.codes) == (None, None, (Code.SPECIAL,))
    assert inspection.notes[0].message.params == {"name": "pipe.log", "what": "named pipe (FIFO)"}
    assert not inspection.attachable


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        inspection = inspect_without_hanging(path)
    finally:
        server.close()
    assert inspection.codes == (Code.SPECIAL,)
    assert inspection.notes[0].message.params["what"] == "socket"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_is_refused():
    inspection = inspect_without_hanging(Path("/dev/null"))
    assert inspection.codes == (Code.SPECIAL,)
    assert inspection.notes[0].message.params["what"] == "device"


def test_a_directory_is_refused(tmp_path):
    inspection = inspect_file(tmp_path)
    assert (inspection.kind, inspection.codes) == (None, (Code.DIRECTORY,))


def test_a_symlink_loop_is_refused(tmp_path):
    (tmp_path / "a.log").symlink_to(tmp_path / "b.log")
    (tmp_path / "b.log").symlink_to(tmp_path / "a.log")
    (tmp_path / "self.log").symlink_to(tmp_path / "self.log")
    assert inspect_without_hanging(tmp_path / "a.log").codes == (Code.LINK_LOOP,)
    assert inspect_without_hanging(tmp_path / "self.log").codes == (Code.LINK_LOOP,)


def test_a_broken_link_and_a_missing_file_are_told_apart(tmp_path):
    (tmp_path / "dangling.log").symlink_to(tmp_path / "gone.log")
    assert inspect_file(tmp_path / "dangling.log").codes == (Code.BROKEN_LINK,)
    assert inspect_file(tmp_path / "never-there.log").codes == (Code.MISSING,)


def test_a_link_to_a_real_file_is_followed(tmp_path):
    (tmp_path / "link.har").symlink_to(REALWORLD / "har" / "mitmproxy_charles.har")
    inspection = inspect_file(tmp_path / "link.har")
    assert (inspection.kind, inspection.size) == (AttachmentKind.HAR, 29583)


def test_an_empty_file_cannot_be_attached(tmp_path):
    path = tmp_path / "empty.log"
    path.write_bytes(b"")
    inspection = inspect_file(path)
    assert (inspection.kind, inspection.size, inspection.preview, inspection.codes) == (None, 0, None, (Code.EMPTY,))
    assert not inspection.attachable


def test_an_unreadable_file_says_permission_denied(open_dir):
    path = open_dir / "secret.log"
    path.write_text("token=abc\n", encoding="utf-8")
    path.chmod(0)
    with unprivileged():
        inspection = inspect_file(path)
    assert (inspection.kind, inspection.codes) == (None, (Code.UNREADABLE,))
    assert inspection.notes[0].message.render() == "Cannot read secret.log: permission denied."


def test_a_file_in_a_folder_that_cannot_be_entered_says_permission_denied(open_dir):
    folder = open_dir / "locked"
    folder.mkdir()
    (folder / "app.log").write_text("x\n", encoding="utf-8")
    folder.chmod(0)
    with unprivileged():
        inspection = inspect_file(folder / "app.log")
    assert inspection.codes == (Code.UNREADABLE,)


def _write_only_sysfs_file() -> Path | None:
    for pattern in ("devices/pci*/*/rescan", "bus/pci/rescan", "class/zram-control/hot_remove"):
        for path in sorted(Path("/sys").glob(pattern)):
            if path.is_file() and not path.stat().st_mode & (stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH):
                return path
    return None


@pytest.mark.skipif(_write_only_sysfs_file() is None, reason="no write-only sysfs attribute here")
def test_a_file_that_even_root_cannot_read():
    path = _write_only_sysfs_file()
    assert path is not None
    inspection = inspect_without_hanging(path)
    assert inspection.codes == (Code.UNREADABLE,)


def _sparse_text_file(path: Path, size: int) -> tuple[list[str], list[str]]:
    head = [f"2024-07-01 09:00:{n % 60:02d} start {n:05d} ........................" for n in range(2000)]
    tail = [f"2024-07-01 17:00:{n % 60:02d} end {n:05d} ..........................." for n in range(2000)]
    tail_bytes = ("\n".join(tail) + "\n").encode()
    with path.open("wb") as handle:
        handle.write(("\n".join(head) + "\n").encode())
        handle.seek(size - len(tail_bytes))
        handle.write(tail_bytes)
    return head, tail


def test_a_multi_gigabyte_file_is_flagged_and_read_only_at_its_ends(tmp_path):
    path = tmp_path / "huge.log"
    head, tail = _sparse_text_file(path, 3 * GIB)
    inspection = inspect_file(path, upload_limit=GIB, preview_lines=2)
    assert (inspection.kind, inspection.size) == (AttachmentKind.CONSOLE_LOG, 3 * GIB)
    assert inspection.codes == (Code.LARGE, Code.OVER_LIMIT)
    assert inspection.notes[1].message.render() == "huge.log (3.0 GB) is larger than the upload limit (1.0 GB)."
    assert inspection.attachable
    assert inspection.preview == TextPreview((head[0], head[1]), (tail[-2], tail[-1]), "utf-8", None, False)


def test_the_upload_limit_is_an_argument(tmp_path):
    path = tmp_path / "app.log"
    path.write_bytes(b"x" * 2048)
    assert inspect_file(path, upload_limit=1024).codes == (Code.OVER_LIMIT,)
    assert inspect_file(path, upload_limit=2048).codes == ()
    assert inspect_file(path).codes == ()


def test_the_package_total_against_the_upload_limit():
    assert package_notes(3000, None) == []
    assert package_notes(3000, 3000) == []
    (over,) = package_notes(3 * GIB, 2 * GIB)
    assert over.code is Code.PACKAGE_OVER_LIMIT
    assert over.message.render() == "All included attachments together (3.0 GB) exceed the upload limit (2.0 GB)."


def test_a_file_deleted_after_inspection_is_reported_when_imported(tmp_path):
    path = tmp_path / "console.log"
    path.write_text("12:00:00.000 hello\n", encoding="utf-8")
    assert inspect_file(path).attachable
    path.unlink()
    outcome = import_file(path, tmp_path / "case")
    assert outcome.stored is None
    assert outcome.problem is not None
    assert outcome.problem.code is Code.MISSING
    assert outcome.problem.message.render() == (
        "console.log no longer exists; it was moved or deleted after it was chosen."
    )
    assert not (tmp_path / "case").exists() or list((tmp_path / "case").iterdir()) == []
