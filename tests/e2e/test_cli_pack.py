"""``care-desktop pack`` in a real process: the package and its manifest, bad cases refused with nothing written."""

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import DATA, REALWORLD
from tests.e2e.test_cli_smoke import run

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


def write_case(folder, attachments, **changes):
    case = {
        "schema": "care-desktop/case@1",
        "org": {"short_name": "acme", "id": "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e", "region": "mypurecloud.com"},
        "contact": {"name": "Ann Lee", "email": "ann@example.com", "phone": "+1 317 555 0100", "available_24x7": True},
        "severity": 2,
        "severity_rationale": "degraded",
        "title": "Calls drop after transfer",
        "description": "Agents lose calls.",
        "business_impact": "Lost calls",
        "occurred_at": "",
        "conversation_ids": [CONV],
        "attachments": attachments,
        **changes,
    }
    path = folder / "CASE.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


@pytest.fixture
def case_folder(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(REALWORLD / "har" / "mitmproxy_chrome.har", folder / "chrome.har")
    shutil.copy(DATA / "redaction" / "console.log", folder / "console.log")
    return folder


ATTACHMENTS = [
    {"path": "chrome.har", "kind": "har", "note": "browser"},
    {"path": "console.log", "kind": "console_log", "note": ""},
]


def test_pack_writes_the_package_and_prints_the_manifest(case_folder, tmp_path):
    case = write_case(case_folder, ATTACHMENTS)
    target = tmp_path / "package.zip"
    result = run("pack", str(case), "--out", str(target), "--json")
    assert result.returncode == 0, result.stderr
    manifest = json.loads(result.stdout)
    with zipfile.ZipFile(target) as archive:
        assert json.loads(archive.read("manifest.json")) == manifest
        assert archive.namelist()[:4] == [
            "CASE.md", "case.json", "attachments/har/chrome.har", "attachments/console_log/console.log"
        ]  # fmt: skip
        assert CONV in archive.read("CASE.md").decode()
    assert manifest["redaction"]["live_session"] is True
    assert manifest["attachments"][0]["redactions"] == {"cookie": 42}


def test_text_output(case_folder, tmp_path):
    result = run("pack", str(write_case(case_folder, ATTACHMENTS)), "--out", str(tmp_path / "p.zip"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Package written: {tmp_path / 'p.zip'} (")
    assert "warning: live session" in result.stdout


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"title": ""}, "title: The case has no title."),
        ({"severity": 7}, "severity: Severity must be 1, 2, 3 or 4, not 7."),
        ({"schema": "other"}, "schema"),
    ],
)
def test_an_invalid_case_exits_2_with_one_line_and_writes_nothing(case_folder, tmp_path, changes, reason):
    case = write_case(case_folder, ATTACHMENTS, **changes)
    target = tmp_path / "out" / "p.zip"
    target.parent.mkdir()
    result = run("pack", str(case), "--out", str(target))
    assert result.returncode == 2
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
    assert list(target.parent.iterdir()) == []


def test_unreadable_case_files_and_missing_attachments_exit_2(case_folder, tmp_path):
    broken = case_folder / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    result = run("pack", str(broken), "--out", str(tmp_path / "p.zip"))
    assert result.returncode == 2
    assert "is not valid JSON" in result.stderr
    case = write_case(case_folder, [*ATTACHMENTS, {"path": "gone.log", "kind": "console_log", "note": ""}])
    result = run("pack", str(case), "--out", str(tmp_path / "p.zip"))
    assert result.returncode == 2
    assert "attachment 'gone.log': the file does not exist" in result.stderr
    assert not (tmp_path / "p.zip").exists()


@pytest.mark.parametrize(
    ("odd", "reason"),
    [
        ("3" + "0" * 5000, "a number longer than 4,300 digits at line 3"),
        ("[" * 100_000 + "]" * 100_000, "values nested too deeply at line 3"),
    ],
)
def test_json_python_cannot_decode_is_named_not_a_traceback(case_folder, tmp_path, odd, reason):
    # Valid JSON by the standard, beyond what Python's decoder takes: a case file, a system-facts file.
    case = case_folder / "odd.json"
    case.write_text(f'{{\n"schema": "care-desktop/case@1",\n"severity": {odd}\n}}\n', encoding="utf-8")
    result = run("pack", str(case), "--out", str(tmp_path / "p.zip"))
    assert result.returncode == 2
    assert f"is not valid JSON: {reason}" in result.stderr
    assert "Traceback" not in result.stderr
    facts = case_folder / "facts.json"
    facts.write_text(f'{{\n"os": "x",\n"odd": {odd}\n}}\n', encoding="utf-8")
    good = write_case(case_folder, ATTACHMENTS)
    result = run("pack", str(good), "--out", str(tmp_path / "p.zip"), "--system-info", str(facts))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.zip").exists()


def test_the_package_may_not_replace_the_case_file(case_folder):
    case = write_case(case_folder, ATTACHMENTS)
    result = run("pack", str(case), "--out", str(case))
    assert result.returncode == 2
    assert "would overwrite its input" in result.stderr
    assert json.loads(case.read_text(encoding="utf-8"))["title"] == "Calls drop after transfer"


def test_system_facts_are_included(case_folder, tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text('{"os": {"name": "Linux"}}', encoding="utf-8")
    target = tmp_path / "p.zip"
    result = run("pack", str(write_case(case_folder, ATTACHMENTS)), "--out", str(target), "--system-info", str(facts))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(target) as archive:
        assert json.loads(archive.read("system/system-info.json")) == {"os": {"name": "Linux"}}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a file size limit is set with setrlimit (POSIX)")
@pytest.mark.parametrize("megabytes", [4, 24])  # one process; the writer and its redaction helper
def test_a_write_that_fails_mid_way_is_one_line_and_no_package(case_folder, tmp_path, megabytes):
    # The disk fills up as the package is written (here: the file size limit, which the helper inherits).
    log = case_folder / "big.log"
    rng = random.Random(5)
    with log.open("w", encoding="ascii") as handle:  # log lines of short random numbers: they compress to about half
        for _ in range(megabytes * 16_384):
            handle.write(" ".join(str(rng.randrange(10**6)) for _ in range(9)) + "\n")
    case = write_case(case_folder, [{"path": "big.log", "kind": "console_log", "note": ""}])
    limit = 1024 * 1024

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "care_desktop", "pack", str(case), "--out", str(tmp_path / "p.zip")],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_files,  # only sets a limit, in the child before exec
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("care-desktop pack: the package was not written: ")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.zip").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != case_folder.name) == []
