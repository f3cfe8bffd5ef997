"""The streaming ZIP writer: parallel deflate joins into one valid stream, sizes and hashes, ZIP64, restart."""

import hashlib
import io
import os
import shutil
import subprocess
import zipfile
import zlib
from datetime import datetime

import pytest

from care_desktop.services.packaging import zip_writer
from care_desktop.services.packaging.zip_writer import ZipWriter

WHEN = datetime(2026, 3, 1, 10, 22, 34)


def build(members, **kwargs):
    buffer = io.BytesIO()
    archive = ZipWriter(buffer, WHEN, **kwargs)
    infos = []
    try:
        for name, data, deflated in members:
            writer = archive.member(name, deflated, len(data))
            for start in range(0, len(data), 100_003):  # uneven writes
                writer.write(data[start : start + 100_003])
            infos.append(writer.close())
        archive.close()
    finally:
        archive.shutdown()
    return buffer.getvalue(), infos


def sample(size):
    return b"".join(b"2026-03-01 line %d conversation %08x\n" % (i, i * 2654435761 % 2**32) for i in range(size // 40))


def test_members_read_back_with_their_sizes_hashes_and_compression():
    text = sample(3_000_000)  # several blocks, so the parallel blocks must join
    image = os.urandom(5000)
    data, infos = build([("a/log.txt", text, True), ("img.png", image, False), ("empty", b"", True)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.read("a/log.txt") == text
        assert archive.read("img.png") == image
        assert archive.read("empty") == b""
        types = {info.filename: info.compress_type for info in archive.infolist()}
        assert types == {
            "a/log.txt": zipfile.ZIP_DEFLATED,
            "img.png": zipfile.ZIP_STORED,
            "empty": zipfile.ZIP_DEFLATED,
        }
        assert archive.getinfo("a/log.txt").date_time == (2026, 3, 1, 10, 22, 34)
    assert infos[0].sha256 == hashlib.sha256(text).hexdigest()
    assert infos[0].crc == zlib.crc32(text)
    assert infos[0].size == len(text)
    assert infos[0].compressed_size < len(text) // 3


def test_forced_zip64_headers_are_read_by_zipfile_and_unzip(tmp_path):
    text = sample(700_000)
    data, infos = build([("log.txt", text, True), ("b.bin", b"xyz", False)], force_zip64=True)
    assert all(info.zip64 for info in infos)
    assert b"PK\x06\x06" in data  # ZIP64 end record and locator
    assert b"PK\x06\x07" in data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("log.txt")
        assert info.extra[:2] == b"\x01\x00"  # the ZIP64 extra field
        assert archive.read("log.txt") == text
        assert archive.read("b.bin") == b"xyz"
    if shutil.which("unzip"):
        path = tmp_path / "z64.zip"
        path.write_bytes(data)
        result = subprocess.run(["unzip", "-t", "-q", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_a_member_above_the_reserve_threshold_gets_zip64_fields(monkeypatch):
    monkeypatch.setattr(zip_writer, "RESERVE_ZIP64_ABOVE", 10)
    data, infos = build([("big.txt", sample(2000), True), ("small.txt", b"tiny", True)])
    assert [info.zip64 for info in infos] == [True, False]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("big.txt") == sample(2000)


def test_restart_forgets_what_was_written():
    buffer = io.BytesIO()
    archive = ZipWriter(buffer, WHEN)
    try:
        writer = archive.member("x.txt")
        writer.write(sample(1_500_000))
        writer.restart()
        writer.write(b"second try\n")
        info = writer.close()
        archive.close()
    finally:
        archive.shutdown()
    assert info.size == 11
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as written:
        assert written.read("x.txt") == b"second try\n"


def test_non_ascii_names_are_flagged_utf8():
    data, _ = build([("attachments/other/r\u00e9sum\u00e9.txt", b"hi", True)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["attachments/other/r\u00e9sum\u00e9.txt"]
        assert archive.infolist()[0].flag_bits & 0x800


@pytest.mark.parametrize("level", [1, 6, 9])
def test_levels(level):
    text = sample(600_000)
    data, _ = build([("t", text, True)], level=level)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("t") == text
