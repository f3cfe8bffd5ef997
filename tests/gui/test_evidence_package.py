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


def test_add_evidence_leaves_out_what_a_package_sent_and_lets_the_user_choose(qtbot, context, tmp_path):
    import hashlib

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from care_desktop.domain.case.draft import SentPackage
    from care_desktop.ui.tracker.evidence_package import choose_evidence

    files = [tmp_path / f"log-{index}.log" for index in range(4)]
    for index, path in enumerate(files):
        path.write_text(f"2026-11-26T10:0{index}:00Z line {index}\n", encoding="utf-8")
    draft = Draft(id="f" * 32)
    draft.case.title, draft.case.description, draft.case.severity = "Calls drop", "Calls drop", 2
    draft.case.org.short_name = "acme"
    draft.case.attachments = [Attachment(str(path), AttachmentKind.CONSOLE_LOG) for path in files]
    # The first package, built by the wizard, held the first three files (remembered in the draft).
    held = tuple((hashlib.sha256(path.read_bytes()).hexdigest(), path.name) for path in files[:3])
    draft.sent_packages = [SentPackage("care-case-acme-0001112224.zip", "2026-11-26T10:30:00+00:00", held)]
    context.store.save_draft(draft)
    tracker = TrackerStore(context.store)
    tracker.add_case(new_case("0001112224", 2, datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("UTC")), "Calls drop"))
    tracker.link("0001112224", draft_id=draft.id)
    report = find_new_evidence(tracker, context.store, context.paths, "0001112224")
    assert [item.attachment.path for item in report.new] == [str(files[3])]
    assert len(report.already_sent) == 3  # not "4 new files, 0 already sent"

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = choose_evidence(context, report, parent)
    assert dialog is not None
    states = [dialog.files.item(i).checkState() for i in range(dialog.files.count())]
    assert states == [Qt.CheckState.Checked] + [Qt.CheckState.Unchecked] * 3  # sent before: left out
    assert dialog.files.item(1).text() == "log-0.log (sent before)"
    assert dialog.build_button.text() == "&Build package with 1 file"
    dialog.files.item(1).setCheckState(Qt.CheckState.Checked)  # asked: send log-0 again
    assert [item.attachment.path for item in dialog.selected_files()] == [str(files[3]), str(files[0])]
    tasks = []
    dialog.chosen.connect(lambda _files: tasks.append(True))
    dialog.build_button.click()
    assert tasks == [True]
    qtbot.waitUntil(lambda: tracker.get_case("0001112224").package.endswith(".zip"), timeout=30000)
    with zipfile.ZipFile(tracker.get_case("0001112224").package) as archive:
        names = archive.namelist()
    assert "attachments/console_log/log-3.log" in names
    assert "attachments/console_log/log-0.log" in names
    assert not any(name.endswith(("log-1.log", "log-2.log")) for name in names)
    qtbot.waitUntil(lambda: len(context.store.load_draft(draft.id).sent_packages) == 2)
    assert find_new_evidence(tracker, context.store, context.paths, "0001112224").new == []
