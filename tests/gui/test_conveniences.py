"""Help menu, About, remembered folder, dropped folders, package import, log finder (issue 14, item 18)."""

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.case.organization import Organization
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.log_locations import LogLocation, looked_in
from care_desktop.services.packaging.builder import build_package
from care_desktop.services.packaging.options import PackOptions
from care_desktop.ui.about_dialog import AboutDialog
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.log_picker_dialog import LogPickerDialog
from care_desktop.ui.pages.attachments import AttachmentsPage
from tests.conftest import DATA


def test_the_help_menu_offers_help_links_data_folder_and_about(qtbot, main_window, context):
    menu = main_window.help_menu
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[0] == "How to save &logs and HAR files\u2026"
    assert "Open the &data folder" in texts
    assert texts[-1] == "&About Care Desktop\u2026"
    assert menu.title() == "&Help"
    help_dialog = menu.show_evidence_help()
    qtbot.addWidget(help_dialog)
    assert help_dialog.isVisible()
    menu.show_data_folder()
    assert context.dialogs.calls[-1] == ("address", "the folder", str(context.paths.base))
    menu.open_link("status_page")
    assert context.dialogs.launched[-1] == "https://status.mypurecloud.com/"


def test_about_shows_version_data_folder_and_licences(qtbot, context):
    about = AboutDialog(context)
    qtbot.addWidget(about)
    assert about.heading.text() == f"Care Desktop {context.version}"
    assert str(context.paths.base) in about.facts.text()
    rows = [about.licences.topLevelItem(i).text(0) for i in range(about.licences.topLevelItemCount())]
    assert rows[0] == "Care Desktop"
    assert about.licences.topLevelItem(0).text(2) == "MIT"
    assert "PySide6-Essentials" in rows
    assert "status.mypurecloud.com" in about.links.text()
    qtbot.mouseClick(about.open_folder, Qt.MouseButton.LeftButton)
    assert context.dialogs.calls[-1][:2] == ("address", "the folder")


def test_the_file_dialog_opens_where_the_last_file_was_chosen(tmp_path):
    remembered: list[Path] = []
    dialogs = Dialogs(None, remembered.append)
    assert dialogs.start_folder(Path.home()) == Path.home()
    (tmp_path / "logs").mkdir()
    dialogs.chose_in(tmp_path / "logs" / "a.log")
    assert remembered == [tmp_path / "logs"]
    assert dialogs.start_folder(Path.home()) == tmp_path / "logs"
    restarted = Dialogs(tmp_path / "logs")  # the next start reads it back from the settings
    assert restarted.start_folder(Path.home()) == tmp_path / "logs"
    assert Dialogs(tmp_path / "gone").start_folder(Path.home()) == Path.home()


def drop(page: AttachmentsPage, *paths: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)


def test_a_dropped_folder_adds_its_files_with_a_count(qtbot, make_wizard, saved_profile, tmp_path):
    folder = tmp_path / "agent-logs"
    folder.mkdir()
    shutil.copy(DATA / "redaction" / "console.log", folder / "console.log")
    (folder / "notes.txt").write_text("Calls dropped at 09:10.\n", encoding="utf-8")
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Proxy drops", "Connections through the proxy drop."
    wizard.resume(Step.ATTACHMENTS)
    page = wizard.page_as(AttachmentsPage)
    drop(page, folder)
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)
    assert sorted(Path(a.path).name for a in case.attachments) == ["console.log", "notes.txt"]
    lines = page.feedback.text().splitlines()
    assert lines[0] == "Folder agent-logs: 2 files"
    assert "Added 2 files." in lines


def test_import_accepts_a_package_zip(main_window, context, tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(DATA / "redaction" / "console.log", folder / "app.log")
    case = Case(
        org=Organization("acme", "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e"),
        severity=3,
        title="From a package",
        description="Agents lose calls.",
        attachments=[Attachment("app.log", AttachmentKind.CONSOLE_LOG)],
    )
    build_package(case, folder, tmp_path / "package.zip", PackOptions())
    context.dialogs.file = tmp_path / "package.zip"
    wizard = main_window.home.draft_actions.import_case_file()
    assert wizard is not None
    assert wizard.draft.case.title == "From a package"
    [attachment] = wizard.draft.case.attachments
    assert Path(attachment.path).is_file()
    assert Path(attachment.path).is_relative_to(context.paths.base / "imported")
    wizard.reject()


def test_the_log_finder_names_where_it_looked_and_offers_browse(qtbot, context, tmp_path):
    location = LogLocation(
        "x", "Genesys Cloud desktop app", "linux", "~/.config/genesys/logs/*.log", "logs", "unconfirmed"
    )
    places = looked_in(tmp_path, platform="linux", environ={}, locations=[location])
    assert places == [tmp_path / ".config" / "genesys" / "logs" / "*.log"]
    dialog = LogPickerDialog([], None, places, context.dialogs)
    qtbot.addWidget(dialog)
    assert "No log of the Genesys Cloud desktop app was found" in dialog.intro.text()
    assert dialog.places.text().splitlines() == ["Looked in:", f"\u2022 {places[0]}"]
    elsewhere = tmp_path / "saved.log"
    elsewhere.write_text("log\n", encoding="utf-8")
    context.dialogs.files = [elsewhere]
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == [elsewhere]
