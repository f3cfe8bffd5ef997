"""Kind detection from content: real HAR, log and JSON files, images, configuration files, encodings, binaries."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

import pytest

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.services.evidence import detect_kind
from care_desktop.services.evidence.sniff import detect_encoding, has_config_name, sniff
from tests.conftest import REALWORLD, REPO

HARS = sorted((REALWORLD / "har").glob("*.har"))
LOGS = sorted((REALWORLD / "console").glob("*.log"))
STATUS_JSON = sorted((REALWORLD / "statuspage").glob("*.json"))


# Image files are built here byte by byte (the unit layer has no Qt to encode them); each is a valid header
# of the format with a known size.
def png_bytes(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def jpeg_bytes(width: int, height: int, exif_bytes: int = 0) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    app1 = b"\xff\xe1" + struct.pack(">H", exif_bytes + 2) + b"\x00" * exif_bytes if exif_bytes else b""
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + app1 + sof0 + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x00" * 16 + b"\xff\xd9"


def gif_bytes(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x80\x00\x00" + b"\x00" * 6 + b";"


def bmp_bytes(width: int, height: int) -> bytes:
    return (
        b"BM"
        + struct.pack("<IHHI", 54, 0, 0, 54)
        + struct.pack("<IiiHHIIiiII", 40, width, -height, 1, 24, 0, 0, 0, 0, 0, 0)
    )


def webp_vp8x_bytes(width: int, height: int) -> bytes:
    payload = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little")
    payload += (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", len(payload) + 4) + b"WEBP" + payload


def webp_vp8l_bytes(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    data = b"\x2f" + bits.to_bytes(4, "little")
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(data)) + b"WEBP" + b"VP8L" + struct.pack("<I", len(data)) + data


def webp_vp8_bytes(width: int, height: int) -> bytes:
    frame = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width, height)
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(frame)) + b"WEBP" + b"VP8 " + struct.pack("<I", len(frame)) + frame


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_real_world_material_is_there():
    assert len(HARS) == 8
    assert len(LOGS) == 3
    assert len(STATUS_JSON) == 2


@pytest.mark.parametrize("har", HARS, ids=lambda path: path.name)
def test_every_real_har_is_a_har(har):
    assert detect_kind(har) is AttachmentKind.HAR


@pytest.mark.parametrize("new_name", ["capture.json", "capture.txt", "capture", "network.log"])
def test_a_har_is_recognised_by_content_whatever_its_name(tmp_path, new_name):
    # Fiddler's export starts with a BOM and with "pages" rather than "version" under "log".
    copy = shutil.copy(REALWORLD / "har" / "harviewer_ie11_fiddler.har", tmp_path / new_name)
    assert detect_kind(Path(copy)) is AttachmentKind.HAR


@pytest.mark.parametrize("log", LOGS, ids=lambda path: path.name)
def test_real_logs_are_console_logs(log):
    assert detect_kind(log) is AttachmentKind.CONSOLE_LOG


def test_a_proxifier_log_starting_with_a_bracket_is_not_taken_for_json():
    head = (REALWORLD / "console" / "loghub_Proxifier_2k.log").read_bytes()[:4096]
    assert head.startswith(b"[10.30 16:49:06]")
    assert sniff(head, "proxifier.txt", truncated=True).kind is AttachmentKind.CONSOLE_LOG


@pytest.mark.parametrize("document", STATUS_JSON, ids=lambda path: path.name)
def test_json_that_is_not_a_har_is_configuration(document, tmp_path):
    assert detect_kind(document) is AttachmentKind.CONFIG
    renamed = Path(shutil.copy(document, tmp_path / "response.txt"))
    assert detect_kind(renamed) is AttachmentKind.CONFIG


def test_a_large_json_document_is_judged_from_its_first_64_kb(tmp_path):
    big = tmp_path / "export.dat"
    big.write_text('{"items": [' + ", ".join(f'{{"n": {i}}}' for i in range(20000)) + "]}", encoding="utf-8")
    assert big.stat().st_size > 64 * 1024
    assert detect_kind(big) is AttachmentKind.CONFIG


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('{"note": "cut \\udcff", "log": {"version": "1.2", "entries": []}}', AttachmentKind.HAR),
        ('{"note": "pair \\ud83d\\ude00 and \\\\udcff as text", "a": 1}', AttachmentKind.CONFIG),
    ],
)
def test_json_with_a_lone_surrogate_escape_is_still_classified(tmp_path, text, kind):
    assert detect_kind(write(tmp_path / "export.dat", text.encode())) is kind  # ijson's C backend fails on it


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("settings.txt", "[network]\nproxy = proxy.example.com:8080\ntimeout=30\n"),
        ("values.txt", "# deployment\nGENESYS_REGION=mypurecloud.ie\nexport CLIENT_ID=abc\nDEBUG=1\n"),
        ("layout.txt", '<?xml version="1.0"?>\n<config><queue id="1"/></config>\n'),
        ("layout.txt", "<configuration>\n  <appSettings/>\n</configuration>\n"),
        ("pipeline.txt", "---\nname: nightly\nsteps:\n  - run: test\n"),
        ("app.yaml", "name: nightly\nsteps:\n  - run: test\n"),
        ("app.ini", "just some words that do not look like configuration\n"),
        (".env", "TOKEN=abc\n"),
        ("web.config", "anything\n"),
    ],
)
def test_configuration_by_content_or_name(tmp_path, name, content):
    assert detect_kind(write(tmp_path / name, content.encode())) is AttachmentKind.CONFIG


def test_plain_text_is_a_console_log(tmp_path):
    text = "12:00:01.123 main.js:10 Connecting to wss://streaming.mypurecloud.com\nUncaught TypeError: x is undefined\n"
    assert detect_kind(write(tmp_path / "console.txt", text.encode())) is AttachmentKind.CONSOLE_LOG


@pytest.mark.parametrize(
    "data",
    [png_bytes(3, 2), jpeg_bytes(640, 480), gif_bytes(10, 20), bmp_bytes(5, 7), webp_vp8x_bytes(800, 600)],
    ids=["png", "jpeg", "gif", "bmp", "webp"],
)
def test_images_by_magic_bytes_even_when_misnamed(tmp_path, data):
    assert detect_kind(write(tmp_path / "picture.txt", data)) is AttachmentKind.SCREENSHOT


def test_the_apps_own_screenshots_are_screenshots():
    pngs = sorted((REPO / "docs" / "screenshots").glob("*.png"))
    assert pngs
    assert {detect_kind(path) for path in pngs} == {AttachmentKind.SCREENSHOT}


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + b"\x00" * 100,
        bytes(range(256)) * 4,
        b"%PDF-1.7\n\x00\x01\x02binary",
        b"%PDF-1.4\n%plain looking header\n1 0 obj\n",
        b"\x1f\x8b\x08\x00" + b"gzip",
    ],
    ids=["zip", "bytes", "pdf-with-nul", "pdf-printable-start", "gzip"],
)
def test_binary_files_are_other(tmp_path, data):
    assert detect_kind(write(tmp_path / "blob.log", data)) is AttachmentKind.OTHER


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbfhello\n", "utf-8-sig"),
        ("hello\n".encode("utf-16-le"), None),  # UTF-16 without a BOM has NUL bytes: not recognisable as text
        (b"\xff\xfe" + "hello\n".encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + "hello\n".encode("utf-16-be"), "utf-16-be"),
        ("caf\u00e9 ol\u00e9\n".encode("latin-1"), "unknown"),
        ("caf\u00e9\n".encode(), "utf-8"),
    ],
)
def test_encodings(data, encoding):
    assert detect_encoding(data, truncated=False) == encoding


def test_a_multibyte_character_cut_by_the_head_is_not_an_encoding_error():
    data = ("x" * 10 + "\u00e9").encode()
    assert detect_encoding(data[:-1], truncated=True) == "utf-8"
    assert detect_encoding(data[:-1], truncated=False) == "unknown"


def test_utf16_text_is_a_console_log(tmp_path):
    path = write(tmp_path / "app.log", b"\xff\xfe" + "2024-07-01 09:00:00 started\n".encode("utf-16-le"))
    assert detect_kind(path) is AttachmentKind.CONSOLE_LOG


def test_unusable_paths_have_no_kind(tmp_path):
    (tmp_path / "empty.log").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    assert detect_kind(tmp_path / "empty.log") is None
    assert detect_kind(tmp_path / "folder") is None
    assert detect_kind(tmp_path / "missing.har") is None


@pytest.mark.parametrize(
    ("name", "config"),
    [("a.json", True), ("A.YML", True), (".env.local", True), ("x.log", False), ("har", False), ("json", False)],
)
def test_configuration_names(name, config):
    assert has_config_name(name) is config
