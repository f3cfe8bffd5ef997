"""The case package: members, manifest, exclusions, atomic writing, cancel, and bad inputs."""

import hashlib
import json
import shutil
import zipfile
from datetime import UTC, datetime

import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case, ConversationRef
from care_desktop.domain.case.organization import Organization
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.packaging.builder import PackError, build_package
from care_desktop.services.packaging.case_export import read_case_file
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.progress import CancelledError, CancelToken
from tests.conftest import DATA, REALWORLD

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
WHEN = datetime(2026, 3, 1, 10, 22, 34, tzinfo=UTC)


@pytest.fixture
def case_dir(tmp_path):
    folder = tmp_path / "case"
    (folder / "logs").mkdir(parents=True)
    shutil.copy(REALWORLD / "har" / "mitmproxy_chrome.har", folder / "session.har")
    shutil.copy(DATA / "redaction" / "console.log", folder / "logs" / "app.log")
    (folder / "app.log").write_bytes(b"second file with the same name token=abcdef123456\n")
    (folder / "shot.png").write_bytes(PNG)
    (folder / "dump.bin").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    shutil.copy(DATA / "redaction" / "settings.ini", folder / "settings.ini")
    return folder


def make_case(folder):
    return Case(
        org=Organization("acme", "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e"),
        severity=2,
        title="Calls drop",
        description="Agents lose calls. I pasted Authorization: Bearer abcdefghijklmnop0123 by mistake.",
        business_impact="Lost calls",
        conversations=[ConversationRef(CONV)],
        attachments=[
            Attachment("session.har", AttachmentKind.HAR, "browser"),
            Attachment("logs/app.log", AttachmentKind.CONSOLE_LOG),
            Attachment(str(folder / "app.log"), AttachmentKind.CONSOLE_LOG, "absolute path"),
            Attachment("shot.png", AttachmentKind.SCREENSHOT),
            Attachment("dump.bin", AttachmentKind.OTHER),
            Attachment("settings.ini", AttachmentKind.CONFIG),
        ],
    )


def test_the_package_holds_everything_with_a_manifest_that_matches(case_dir, tmp_path):
    target = tmp_path / "out" / "package.zip"
    target.parent.mkdir()
    progress = []
    facts = {"os": {"name": "Linux"}}
    result = build_package(
        make_case(case_dir),
        case_dir,
        target,
        PackOptions(system_info=facts),
        lambda d, t: progress.append((d, t)),
        now=WHEN,
    )
    assert result.path == target
    assert result.size == target.stat().st_size
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == [
            "CASE.md", "case.json", "attachments/har/session.har", "attachments/console_log/app.log",
            "attachments/console_log/app-2.log", "attachments/screenshot/shot.png", "attachments/config/settings.ini",
            "system/system-info.json", "manifest.json",
        ]  # fmt: skip
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest == result.manifest
        for member in manifest["members"]:
            content = archive.read(member["name"])
            assert hashlib.sha256(content).hexdigest() == member["sha256"]
            assert len(content) == member["size"]
            info = archive.getinfo(member["name"])
            expected = zipfile.ZIP_STORED if member["name"].endswith(".png") else zipfile.ZIP_DEFLATED
            assert info.compress_type == expected
            assert member["compression"] == ("stored" if expected == zipfile.ZIP_STORED else "deflated")
        assert [m["name"] for m in manifest["members"]] == names[:-1]
        assert archive.read("attachments/screenshot/shot.png") == PNG
        assert json.loads(archive.read("system/system-info.json")) == facts
        assert b"abcdefghijklmnop0123" not in archive.read("CASE.md")
        assert b"abcdef123456" not in archive.read("attachments/console_log/app-2.log")
        assert b"bearerLOG1234567890abcdefXYZ" not in archive.read("attachments/console_log/app.log")
    assert manifest["schema"] == "care-desktop/package@1"
    assert manifest["created_at"] == "2026-03-01T10:22:34+00:00"
    assert manifest["excluded"] == [
        {"source": "dump.bin", "kind": "other", "reason": "binary file: it cannot be redacted, so it is left out"}
    ]
    by_source = {item["source"]: item for item in manifest["attachments"]}
    assert by_source["session.har"]["redactions"] == {"cookie": 42}
    assert by_source["shot.png"]["redacted"] is False
    assert by_source["settings.ini"]["redactions"] == {
        "password": 1,
        "client-secret": 1,
        "url-credentials": 1,
        "api-key": 1,
    }
    assert manifest["redaction"]["case_text"] == {"bearer-token": 1}
    assert manifest["redaction"]["live_session"] is True
    assert manifest["redaction"]["total"] == sum(manifest["redaction"]["totals"].values())
    assert (
        progress[-1][0]
        == progress[-1][1]
        == sum(
            (case_dir / name).stat().st_size
            for name in ("session.har", "logs/app.log", "app.log", "shot.png", "settings.ini")
        )
    )
    assert "Bearer [REDACTED:bearer-token]" in result.case_text
    assert sorted(p.name for p in target.parent.iterdir()) == ["package.zip"]


def test_the_unpacked_package_is_a_valid_case_file(case_dir, tmp_path):
    target = tmp_path / "package.zip"
    build_package(make_case(case_dir), case_dir, target, now=WHEN)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(target) as archive:
        archive.extractall(unpacked)
    case, problems = read_case_file(unpacked / "case.json")
    assert [p for p in problems if p.blocking] == []
    assert [a.path for a in case.attachments][:2] == ["attachments/har/session.har", "attachments/console_log/app.log"]
    assert all((unpacked / a.path).is_file() for a in case.attachments)
    assert case.conversation_ids == [CONV]


def test_options_reach_the_attachments_and_exclusions_are_recorded(case_dir, tmp_path):
    options = PackOptions(redaction=RedactionOptions(pii=True, terms=("Acme Widgets",)), exclude={0: "not needed"})
    result = build_package(make_case(case_dir), case_dir, tmp_path / "p.zip", options, now=WHEN)
    assert result.manifest["excluded"][0] == {"source": "session.har", "kind": "har", "reason": "not needed"}
    assert result.manifest["redaction"]["custom_terms"] == 1
    assert "Acme Widgets" not in json.dumps(result.manifest)  # the user's terms are never written
    counts = result.manifest["attachments"][0]["redactions"]
    assert counts["email"] == 1
    assert counts["custom-term"] == 1


def test_a_missing_attachment_is_refused_and_nothing_is_written(case_dir, tmp_path):
    case = make_case(case_dir)
    case.attachments.append(Attachment("missing.log", AttachmentKind.CONSOLE_LOG))
    with pytest.raises(PackError, match=r"attachment 'missing.log': the file does not exist"):
        build_package(case, case_dir, tmp_path / "p.zip")
    assert list(tmp_path.glob("*p.zip*")) == []
    options = PackOptions(exclude={len(case.attachments) - 1: "the user left it out"})
    result = build_package(case, case_dir, tmp_path / "p.zip", options)
    assert result.manifest["excluded"][-1]["reason"] == "the user left it out"


def test_the_package_may_not_overwrite_an_input(case_dir):
    with pytest.raises(PackError, match="would overwrite its input"):
        build_package(make_case(case_dir), case_dir, case_dir / "settings.ini")
    with pytest.raises(PackError, match="is a folder"):
        build_package(make_case(case_dir), case_dir, case_dir / "logs")
    with pytest.raises(PackError, match="does not exist"):
        build_package(make_case(case_dir), case_dir, case_dir / "nowhere" / "p.zip")


def test_cancelling_leaves_no_package_and_no_partial_file(case_dir, tmp_path):
    target = tmp_path / "out" / "p.zip"
    target.parent.mkdir()
    token = CancelToken()

    def progress(done, total):
        if done > 60_000:
            token.cancel()

    with pytest.raises(CancelledError):
        build_package(make_case(case_dir), case_dir, target, progress=progress, token=token)
    assert list(target.parent.iterdir()) == []


def test_an_existing_package_is_replaced_whole(case_dir, tmp_path):
    target = tmp_path / "p.zip"
    target.write_bytes(b"old")
    build_package(make_case(case_dir), case_dir, target)
    assert zipfile.is_zipfile(target)
