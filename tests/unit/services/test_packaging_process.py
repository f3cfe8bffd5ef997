import json
import threading
import zipfile
from pathlib import Path

import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.services.packaging.builder import PackError
from care_desktop.services.packaging.child_process import build_package_isolated
from care_desktop.services.progress import CancelledError, CancelToken
from tests.conftest import DATA


def sample_case() -> Case:
    case = Case(severity=3, title="Logins fail", description="Agents cannot log in.")
    case.attachments = [Attachment(str(DATA / "redaction" / "console.log"), AttachmentKind.CONSOLE_LOG)]
    return case


def test_builds_in_a_child_process_and_reports_progress(tmp_path):
    seen: list[tuple[int, int | None]] = []
    result = build_package_isolated(
        sample_case(), tmp_path, tmp_path / "case.zip", progress=lambda d, t: seen.append((d, t))
    )
    assert result.path == tmp_path / "case.zip"
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        log = archive.read("attachments/console_log/console.log")
    assert manifest["redaction"]["total"] > 0
    assert b"dbpassLOG" not in log  # the planted password is gone
    assert seen
    assert seen[-1][0] == seen[-1][1]


def test_bad_inputs_raise_pack_error_and_write_nothing(tmp_path):
    case = sample_case()
    case.attachments.append(Attachment(str(tmp_path / "missing.log"), AttachmentKind.CONSOLE_LOG))
    with pytest.raises(PackError, match=r"missing\.log"):
        build_package_isolated(case, tmp_path, tmp_path / "case.zip")
    assert not (tmp_path / "case.zip").exists()


def test_cancel_stops_the_child_and_leaves_nothing(tmp_path):
    big = tmp_path / "big.log"
    line = b"2026-11-26T10:00:00Z INFO Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789 user=x\n"
    big.write_bytes(line * 400_000)  # about 36 MB: long enough to be cancelled mid-way
    case = Case(severity=3, title="t", description="d", attachments=[Attachment(str(big), AttachmentKind.CONSOLE_LOG)])
    token = CancelToken()
    started = threading.Event()

    def progress(done: int, total: int | None) -> None:
        started.set()
        token.cancel()

    with pytest.raises(CancelledError):
        build_package_isolated(case, tmp_path, tmp_path / "case.zip", progress=progress, token=token)
    assert started.is_set()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.log"]
    assert Path(big).stat().st_size == len(line) * 400_000  # the input is untouched
