"""Import accepts a case package: its case.json and its attachments (issue 14, item 18)."""

import json
import shutil
import zipfile

import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.case.organization import Organization
from care_desktop.services.evidence.folders import expand_folders
from care_desktop.services.packaging.builder import build_package
from care_desktop.services.packaging.case_export import CaseFileError
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.packaging.package_import import read_package
from tests.conftest import DATA


@pytest.fixture
def package(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(DATA / "redaction" / "console.log", folder / "app.log")
    case = Case(
        org=Organization("acme", "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e"),
        severity=3,
        title="Calls drop",
        description="Agents lose calls.",
        attachments=[Attachment("app.log", AttachmentKind.CONSOLE_LOG, "agent PC")],
    )
    target = tmp_path / "package.zip"
    build_package(case, folder, target, PackOptions())
    return target


def test_a_package_gives_its_case_and_extracted_attachments(package, tmp_path):
    into = tmp_path / "imported"
    case, problems, count = read_package(package, into)
    assert (case.title, case.severity, count) == ("Calls drop", 3, 1)
    [attachment] = case.attachments
    extracted = into / "console_log" / "app.log"
    assert attachment.path == str(extracted)
    assert (attachment.kind, attachment.note) == (AttachmentKind.CONSOLE_LOG, "agent PC")
    with zipfile.ZipFile(package) as archive:
        assert extracted.read_bytes() == archive.read("attachments/console_log/app.log")  # the redacted copy
    assert not [problem for problem in problems if problem.blocking and problem.field.startswith("attachments")]


def test_a_member_outside_attachments_is_never_extracted(tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr(
            "case.json",
            json.dumps(
                {
                    "schema": "care-desktop/case@1",
                    "severity": 3,
                    "title": "x",
                    "attachments": [
                        {"path": "../../outside.txt", "kind": "other"},
                        {"path": "attachments/../../outside.txt", "kind": "other"},
                    ],
                }
            ),
        )
        archive.writestr("../../outside.txt", "no")
    _case, _problems, count = read_package(evil, tmp_path / "in")
    assert count == 0
    assert not (tmp_path / "outside.txt").exists()


@pytest.mark.parametrize("content", [b"not a zip", None])
def test_what_is_not_a_package_is_refused_with_a_reason(tmp_path, content):
    path = tmp_path / "thing.zip"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    with pytest.raises(CaseFileError, match="case package"):
        read_package(path, tmp_path / "in")


def test_a_folder_stands_for_its_files(tmp_path):
    logs = tmp_path / "logs"
    (logs / "old").mkdir(parents=True)
    (logs / "b.log").write_text("b")
    (logs / "a.log").write_text("a")
    (logs / "old" / "c.log").write_text("c")
    (logs / ".hidden").write_text("h")
    single = tmp_path / "single.txt"
    single.write_text("s")
    expanded = expand_folders([single, logs])
    assert expanded.files == (single, logs / "a.log", logs / "b.log", logs / "old" / "c.log")
    assert expanded.folders == ((logs, 3),)
    assert expand_folders([logs], limit=2).truncated == (logs,)
