import json
import zipfile

import pytest
from PySide6.QtGui import QGuiApplication

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.finish import FinishPage
from tests.conftest import DATA, REALWORLD


@pytest.fixture
def wizard(make_wizard, saved_profile, tmp_path):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Logins fail", "Agents cannot log in."
    case.attachments = [
        Attachment(str(DATA / "redaction" / "console.log"), AttachmentKind.CONSOLE_LOG),
        Attachment(str(REALWORLD / "har" / "mitmproxy_chrome.har"), AttachmentKind.HAR, included=False),
    ]
    wizard.resume(Step.FINISH)
    assert wizard.current_step() is Step.FINISH
    wizard.page_as(FinishPage).folder.setText(str(tmp_path / "out"))
    return wizard


def built(qtbot, page: FinishPage):
    task = page.build()
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)
    assert page.result is not None, page.outcome.text()
    return page.result


def test_build_a_package_with_what_is_included(qtbot, wizard, tmp_path):
    page = wizard.page_as(FinishPage)
    assert not page.copy_text.isEnabled()
    page.include_system.setChecked(True)
    result = built(qtbot, page)
    assert result.path.parent == tmp_path / "out"
    assert result.path.name.startswith("care-case-acme-eu-")
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        facts = json.loads(archive.read("system/system-info.json"))
    assert "attachments/console_log/console.log" in names
    assert not any(name.endswith(".har") for name in names)  # left out by the user
    assert [item["reason"] for item in manifest["excluded"]] == ["left out by the user"]
    assert facts["displays"]["collected"] is True  # the screens Qt sees were filled in by the page
    assert "Package ready" in page.outcome.text()
    page.copy_text.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Subject: Logins fail\n")  # plain text for the portal; Markdown stays in CASE.md
    assert "**" not in copied
    assert "Console log: attachments/console_log/" in copied


def test_cancel_leaves_no_package(qtbot, wizard, tmp_path):
    page = wizard.page_as(FinishPage)
    task = page.build()
    assert task is not None
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)
    if page.result is None:  # cancelled in time (the package is small: it may also have finished)
        assert not list((tmp_path / "out").glob("*.zip"))
        assert page.outcome.text() == "Cancelled: no package was written."


def test_replacing_a_package_asks_first(qtbot, wizard, dialogs):
    page = wizard.page_as(FinishPage)
    first = built(qtbot, page)
    dialogs.answers = [False]
    assert page.build() is None
    assert dialogs.kinds()[-1] == "question"
    assert first.path.exists()


def test_track_after_filing(qtbot, wizard):
    page = wizard.page_as(FinishPage)
    with qtbot.waitSignal(wizard.track_requested) as blocker:
        page.track.click()
    assert blocker.args == [wizard.draft]


def test_the_result_says_what_was_left_out_and_what_went_as_is(qtbot, wizard, tmp_path):
    for name in ("left-out.pcap", "on-purpose.pcap"):
        (tmp_path / name).write_bytes(b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00" + bytes(range(256)) * 4)
    wizard.draft.case.attachments += [
        Attachment(str(tmp_path / "left-out.pcap"), AttachmentKind.OTHER),
        Attachment(str(tmp_path / "on-purpose.pcap"), AttachmentKind.OTHER, send_unredacted=True),
    ]
    page = wizard.page_as(FinishPage)
    result = built(qtbot, page)
    assert "Not in the package (cannot be redacted): left-out.pcap." in page.outcome.text()
    assert "Sent as is on purpose, not redacted: attachments/other/on-purpose.pcap." in page.outcome.text()
    assert "- left-out.pcap - cannot be redacted (binary file), so it is not in the package" in result.case_text
    with zipfile.ZipFile(result.path) as archive:
        assert "attachments/other/on-purpose.pcap" in archive.namelist()


def test_the_package_is_remembered_in_the_draft_by_sha256(qtbot, wizard, context):
    import hashlib

    page = wizard.page_as(FinishPage)
    result = built(qtbot, page)
    [sent] = wizard.draft.sent_packages
    assert sent.package == result.path.name
    digest = hashlib.sha256((DATA / "redaction" / "console.log").read_bytes()).hexdigest()
    assert sent.files == ((digest, "console.log"),)  # the HAR was left out by the user: not sent
    qtbot.waitUntil(lambda: context.store.load_draft(wizard.draft.id).sent_packages == [sent])
