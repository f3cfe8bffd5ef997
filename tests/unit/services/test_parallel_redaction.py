"""Two processes redact the package's files: the same package as one, nothing left behind."""

import contextlib
import json
import time
import zipfile
from pathlib import Path
from typing import Any

import psutil
import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.packaging import parallel_redaction
from care_desktop.services.packaging.builder import build_package
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.packaging.parallel_redaction import Job, plan, splittable
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.redaction.jsonfile import find_seam
from care_desktop.services.redaction.session import RedactionSession
from tests.conftest import DATA, REALWORLD

LINE = b"2026-11-26T10:00:00Z INFO GET /api/v2/users?access_token=abcdefghijklmnopqrstuvwxyz012345 200\n"


def big_logs(folder: Path, count: int, lines: int) -> list[Path]:
    paths = []
    planted = (DATA / "redaction" / "console.log").read_bytes()
    for number in range(count):
        path = folder / f"console-{number}.log"
        path.write_bytes(planted + LINE * lines + planted)
        paths.append(path)
    return paths


def big_har(path: Path, entries: int) -> Path:
    """A Chrome-style HAR: entries with a bearer token and cookies, ``comment`` after the entries, a BOM."""
    items = [
        {
            "startedDateTime": "2026-11-26T10:00:00.000Z",
            "request": {
                "method": "GET",
                "url": f"https://api.mypurecloud.com/api/v2/users/{number}?access_token=abcdefghijklmnopqrstuvwxyz012345",
                "headers": [
                    {"name": "authorization", "value": f"Bearer eyJhbGciOiJIUzI1NiJ9.{number:08}.c2lnbmF0dXJl"},
                    {"name": "x-note", "value": '}], "entries": [{"a": "\\"}, ' + "日本語" * (number % 3)},
                ],
                "cookies": [{"name": "ININ-SESSION", "value": f"s3ss10n-{number:08}-value"}],
            },
            "response": {"status": 200, "content": {"mimeType": "application/json", "text": '{"ok": true}' * 20}},
        }
        for number in range(entries)
    ]
    document = {"log": {"version": "1.2", "creator": {"name": "WebInspector"}, "entries": items}}
    document["log"]["comment"] = "password=hunter2hunter2 after the entries"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))
    return path


def package(
    folder: Path, paths: list[Path], name: str, kind: AttachmentKind = AttachmentKind.CONSOLE_LOG
) -> tuple[dict[str, bytes], dict[str, Any]]:
    case = Case(severity=3, title="t", description="d")
    case.attachments = [Attachment(str(path), kind) for path in paths]
    result = build_package(case, folder, folder / name, PackOptions())
    with zipfile.ZipFile(result.path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n.startswith("attachments/")}
    return members, result.manifest


def test_the_plan_gives_the_helper_the_second_half_in_package_order():
    jobs = [Job(i, Path(f"{i}.log"), AttachmentKind.CONSOLE_LOG, size) for i, size in enumerate([40, 30, 20, 10])]
    big = [Job(j.index, j.path, j.kind, j.size * 1024 * 1024) for j in jobs]
    whole = [job.index for job in plan(big, RedactionOptions(), lambda job: None)]
    assert whole == [1, 2, 3]  # 10 + 20 from the end, then 30 rather than nothing (more than half of it is due)
    assert (
        plan(big, RedactionOptions(pseudonyms=True), lambda job: AttachmentKind.CONSOLE_LOG) == []
    )  # one numbering over all files
    assert (
        plan(jobs, RedactionOptions(), lambda job: AttachmentKind.CONSOLE_LOG) == []
    )  # too small to be worth a process


def test_the_plan_shares_the_redaction_cost_not_the_bytes(tmp_path, monkeypatch):
    mb = 1024 * 1024
    log, har = (
        Job(0, Path("console.log"), AttachmentKind.CONSOLE_LOG, 300 * mb),
        Job(1, Path("s.har"), AttachmentKind.HAR, 85 * mb),
    )
    chosen = plan([log, har], RedactionOptions(), lambda job: AttachmentKind.HAR)
    # The HAR alone costs more than the log: the helper takes part of the HAR, the writer the log and the rest.
    assert [(job.index, job.kind) for job in chosen] == [(1, AttachmentKind.HAR)]
    helper_bytes = har.size - chosen[0].edge
    assert parallel_redaction.cost(Job(1, har.path, har.kind, helper_bytes)) == pytest.approx(
        (parallel_redaction.cost(log) + parallel_redaction.cost(har)) / 2, rel=0.01
    )
    # A log twice the HAR's cost: the helper takes the whole HAR and a tail of the log.
    (path,) = big_logs(tmp_path, 1, 20_000)
    size = path.stat().st_size
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 20)
    monkeypatch.setattr(parallel_redaction, "MIN_SEGMENT", 1 << 10)
    small_har = Job(1, Path("s.har"), AttachmentKind.HAR, size // 10)
    chosen = plan(
        [Job(0, path, AttachmentKind.CONSOLE_LOG, size), small_har],
        RedactionOptions(),
        lambda job: AttachmentKind.CONSOLE_LOG,
    )
    assert [job.index for job in chosen] == [0, 1]
    tail = size - chosen[0].edge
    assert tail == pytest.approx(size / 2 - 5 * size // 10 / 2, abs=len(LINE) + 1)


def test_the_half_that_falls_inside_a_text_file_splits_it_at_a_line_start(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 20)
    monkeypatch.setattr(parallel_redaction, "MIN_SEGMENT", 1 << 16)
    (path,) = big_logs(tmp_path, 1, 20_000)
    size = path.stat().st_size
    (job,) = plan(
        [Job(0, path, AttachmentKind.CONSOLE_LOG, size)], RedactionOptions(), lambda job: AttachmentKind.CONSOLE_LOG
    )
    assert size // 2 <= job.edge < size // 2 + len(LINE) + 1
    assert path.read_bytes()[job.edge - 1 : job.edge] == b"\n"
    assert plan([Job(0, path, AttachmentKind.CONSOLE_LOG, size)], RedactionOptions(), lambda job: None) == []


def test_one_large_log_split_between_two_processes_gives_the_same_package_as_one(tmp_path, monkeypatch):
    (path,) = big_logs(tmp_path, 1, 200_000)  # about 20 MB: its tail goes to the helper
    parallel, parallel_manifest = package(tmp_path, [path], "parallel.zip")
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 62)
    single, single_manifest = package(tmp_path, [path], "single.zip")
    assert parallel == single
    assert parallel_manifest["attachments"] == single_manifest["attachments"]
    assert b"abcdefghijklmnopqrstuvwxyz012345" not in b"".join(parallel.values())


def test_one_dominant_har_is_cut_between_entries_and_gives_the_same_package_as_one(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 20)
    monkeypatch.setattr(parallel_redaction, "MIN_SEGMENT", 1 << 16)
    path = big_har(tmp_path / "session.har", 3000)  # about 3 MB
    size = path.stat().st_size
    session = RedactionSession()
    (job,) = plan([Job(0, path, AttachmentKind.HAR, size)], RedactionOptions(), lambda job: splittable(session, job))
    assert job.kind is AttachmentKind.HAR
    assert job.edge == size - size // 2
    with path.open("rb") as source:
        seam = find_seam(source, job.edge)
    assert seam is not None  # the helper will take the entries after it
    assert path.read_bytes()[seam.offset : seam.offset + 1] == b","
    parallel, parallel_manifest = package(tmp_path, [path], "parallel.zip", AttachmentKind.HAR)
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 62)
    single, single_manifest = package(tmp_path, [path], "single.zip", AttachmentKind.HAR)
    assert parallel == single
    assert parallel_manifest["attachments"] == single_manifest["attachments"]
    assert json.dumps(parallel_manifest["redaction"]["totals"]) == json.dumps(single_manifest["redaction"]["totals"])
    (member,) = parallel.values()
    assert b"s3ss10n-" not in member
    assert b"hunter2hunter2" not in member
    assert json.loads(member)["log"]["comment"].endswith("after the entries")
    assert len(json.loads(member)["log"]["entries"]) == 3000


@pytest.mark.parametrize("har", sorted((REALWORLD / "har").glob("*.har"))[:3], ids=lambda p: p.name)
def test_real_hars_give_the_same_package_through_two_processes_as_through_one(tmp_path, monkeypatch, har):
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 10)
    monkeypatch.setattr(parallel_redaction, "MIN_SEGMENT", 1 << 10)
    size = har.stat().st_size
    session = RedactionSession()
    (job,) = plan([Job(0, har, AttachmentKind.HAR, size)], RedactionOptions(), lambda job: splittable(session, job))
    assert job.kind is AttachmentKind.HAR
    assert job.edge > 0
    parallel, parallel_manifest = package(tmp_path, [har], "parallel.zip", AttachmentKind.HAR)
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 62)
    single, single_manifest = package(tmp_path, [har], "single.zip", AttachmentKind.HAR)
    assert parallel == single
    assert parallel_manifest["attachments"] == single_manifest["attachments"]


def test_two_processes_give_the_same_package_as_one(tmp_path, monkeypatch):
    paths = big_logs(tmp_path, 3, 60_000)  # about 6 MB each
    assert sum(p.stat().st_size for p in paths) > parallel_redaction.MIN_BYTES
    parallel, parallel_manifest = package(tmp_path, paths, "parallel.zip")
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 62)
    single, single_manifest = package(tmp_path, paths, "single.zip")
    assert parallel == single
    assert parallel_manifest["attachments"] == single_manifest["attachments"]
    assert b"abcdefghijklmnopqrstuvwxyz012345" not in b"".join(parallel.values())
    assert json.dumps(parallel_manifest["redaction"]["totals"]) == json.dumps(single_manifest["redaction"]["totals"])


def test_cancelling_stops_both_processes_and_leaves_nothing(tmp_path):
    paths = big_logs(tmp_path, 2, 100_000)
    case = Case(severity=3, title="t", description="d")
    case.attachments = [Attachment(str(path), AttachmentKind.CONSOLE_LOG) for path in paths]
    token = CancelToken()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > total // 4:
            token.cancel()

    with pytest.raises(CancelledError):
        build_package(case, tmp_path, tmp_path / "case.zip", PackOptions(), progress, token)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["console-0.log", "console-1.log"]


def test_a_helper_killed_mid_way_fails_the_build_with_its_reason_and_leaves_no_package(tmp_path, monkeypatch):
    # As the system's out-of-memory killer would: the package must not appear, and the error must say why.
    monkeypatch.setattr(parallel_redaction, "MIN_BYTES", 1 << 20)
    monkeypatch.setattr(parallel_redaction, "MIN_SEGMENT", 1 << 16)
    (path,) = big_logs(tmp_path, 1, 20_000)
    case = Case(severity=3, title="t", description="d", attachments=[Attachment(str(path), AttachmentKind.CONSOLE_LOG)])
    killed: list[int] = []
    start = parallel_redaction.Helper.__init__

    def start_then_kill(helper: parallel_redaction.Helper, *args: Any, **kwargs: Any) -> None:
        start(helper, *args, **kwargs)
        deadline = time.monotonic() + 30  # on a loaded machine the child may not have become the helper yet
        while not killed and time.monotonic() < deadline:
            for child in psutil.Process().children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    if "spawn_main" in " ".join(child.cmdline()):
                        child.kill()
                        killed.append(child.pid)
            if not killed:
                time.sleep(0.01)

    monkeypatch.setattr(parallel_redaction.Helper, "__init__", start_then_kill)
    with pytest.raises(RuntimeError, match="the redaction helper stopped"):
        build_package(case, tmp_path, tmp_path / "case.zip", PackOptions())
    assert killed
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
