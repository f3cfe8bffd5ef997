"""Nothing that leaves the machine names a local path, the user's home or the user's name.

A case on a workstation of "dana.whitfield" whose attachments are absolute paths in her home (one inside the
case folder, one on her Desktop) is packed by the CLI; every output is searched: ``CASE.md``, ``case.json``,
``manifest.json`` (its ``source`` fields included), the plain text to paste, and ``pack --json``.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile

from tests.conftest import DATA, REALWORLD
from tests.e2e.test_cli_pack import write_case
from tests.e2e.test_cli_smoke import run

USER = "dana.whitfield"


def assert_no_local_trace(text: str, home: str, where: str) -> None:
    assert home not in text, where
    assert USER not in text, where
    assert "/home/" not in text, where
    assert "/tmp/" not in text, where
    assert "\\\\Users\\\\" not in text, where


def test_no_output_names_a_local_path_or_the_user(tmp_path):
    home = tmp_path / "home" / USER
    folder = home / "cases" / "outage"
    desktop = home / "Desktop"
    folder.mkdir(parents=True)
    desktop.mkdir()
    shutil.copy(REALWORLD / "har" / "mitmproxy_chrome.har", folder / "chrome.har")
    shutil.copy(DATA / "redaction" / "console.log", desktop / "console.log")
    (desktop / "capture.pcap").write_bytes(b"\xd4\xc3\xb2\xa1" + bytes(range(256)) * 4)
    case = write_case(
        folder,
        [
            {"path": str(folder / "chrome.har"), "kind": "har", "note": ""},
            {"path": str(desktop / "console.log"), "kind": "console_log", "note": ""},
            {"path": str(desktop / "capture.pcap"), "kind": "other", "note": ""},  # left out: a trace of it?
        ],
        contact={"name": "Ann Lee", "email": "ann@example.com", "phone": "+1 317 555 0100", "available_24x7": True},
    )
    target = tmp_path / "package.zip"
    env = {**os.environ, "HOME": str(home), "USER": USER, "LOGNAME": USER}
    result = run("pack", str(case), "--out", str(target), "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert_no_local_trace(result.stdout, str(home), "pack --json")
    manifest = json.loads(result.stdout)
    assert [item["source"] for item in manifest["attachments"]] == ["chrome.har", "console.log"]
    assert [item["source"] for item in manifest["excluded"]] == ["capture.pcap"]
    with zipfile.ZipFile(target) as archive:
        for name in ("CASE.md", "case.json", "manifest.json"):
            assert_no_local_trace(archive.read(name).decode("utf-8"), str(home), name)
        case_md = archive.read("CASE.md").decode("utf-8")
    assert "- HAR file: attachments/har/chrome.har" in case_md
    assert "- Console log: attachments/console_log/console.log" in case_md


def test_the_copied_portal_text_names_no_local_path(tmp_path):
    from care_desktop.domain.case.json_format import case_from_json
    from care_desktop.domain.case.text import case_plain_text

    home = tmp_path / "home" / USER
    folder = home / "cases" / "outage"
    folder.mkdir(parents=True)
    case_file = write_case(
        folder,
        [
            {"path": str(home / "Desktop" / "console.log"), "kind": "console_log", "note": ""},
            {"path": str(home / "Downloads" / "session.har"), "kind": "har", "note": "login"},
        ],
    )
    case, _problems = case_from_json(json.loads(case_file.read_text(encoding="utf-8")))
    text = case_plain_text(case, tool_version="0", prepared_at="2026-12-01T09:00:00+00:00")
    assert_no_local_trace(text, str(home), "copied text")
    assert "Console log: attachments/console_log/console.log" in text
    assert "HAR file: attachments/har/session.har - login" in text
