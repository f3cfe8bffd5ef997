"""Add evidence to case N: only the files not sent with the case go into its package."""

import zipfile
from datetime import datetime
from zoneinfo import ZoneInfo

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.tracker.model import new_case
from care_desktop.services.tracker.evidence import find_new_evidence
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.tracker.evidence_package import start_evidence_package
from tests.conftest import DATA


def test_only_new_files_are_packaged_then_remembered_as_sent(qtbot, context, tmp_path):
    first, second = tmp_path / "first.log", tmp_path / "second.log"
    first.write_text("2026-11-26T10:00:00Z first file\n", encoding="utf-8")
    second.write_bytes((DATA / "redaction" / "console.log").read_bytes())
    draft = Draft(id="e" * 32)
    draft.case.title, draft.case.description, draft.case.severity = "Calls drop", "Calls drop", 2
    draft.case.org.short_name = "acme"
    draft.case.attachments = [
        Attachment(str(first), AttachmentKind.CONSOLE_LOG),
        Attachment(str(second), AttachmentKind.CONSOLE_LOG),
    ]
    context.store.save_draft(draft)
    tracker = TrackerStore(context.store)
    opened = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    tracker.add_case(new_case("0001112223", 2, opened, "Calls drop"))
    tracker.link("0001112223", draft_id=draft.id)
    import hashlib

    tracker.record_sent("0001112223", [(hashlib.sha256(first.read_bytes()).hexdigest(), "first.log")], opened)
    report = find_new_evidence(tracker, context.store, context.paths, "0001112223")
    assert [item.attachment.path for item in report.new] == [str(second)]

    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    task = start_evidence_package(context, report, parent)
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=30000):
        pass
    package = tracker.get_case("0001112223").package
    assert package.endswith(".zip")
    assert "-0001112223-evidence-" in package
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert "attachments/console_log/second.log" in names
    assert not any(name.endswith("first.log") for name in names)
    assert find_new_evidence(tracker, context.store, context.paths, "0001112223").new == []
    assert context.dialogs.kinds() == ["information"]
