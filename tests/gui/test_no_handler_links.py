"""Buttons and links that the desktop cannot open show the address with Copy (issue 14, item 9)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from care_desktop.domain.wizard.steps import Step
from care_desktop.services.paths import resolve_paths
from care_desktop.services.status_client import StatusClient
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.phones.directory_view import PhoneDirectoryView
from care_desktop.ui.widgets.status_panel import StatusPanel
from care_desktop.ui.windows.address_dialog import AddressDialog
from care_desktop.ui.windows.links import route_all_links
from tests.helpers.dialogs import ScriptedDialogs


class NoHandler(Dialogs):
    """The real ``open_url``, on a desktop with no handler; the fallback is recorded, not shown."""

    def __init__(self) -> None:
        self.launched: list[str] = []
        self.shown: list[tuple[str, str]] = []

    def launch(self, url: str) -> bool:
        self.launched.append(url)
        return False

    def show_address(self, parent, address: str, what: str) -> None:
        self.shown.append((address, what))


def test_open_url_shows_the_address_when_nothing_opens_it():
    dialogs = NoHandler()
    assert dialogs.open_url(None, "https://help.mypurecloud.com/", "the web page") is False
    assert dialogs.shown == [("https://help.mypurecloud.com/", "the web page")]


def test_a_folder_is_opened_as_a_file_url_and_shown_as_a_path(tmp_path):
    dialogs = NoHandler()
    dialogs.open_url(None, str(tmp_path), "the folder")
    assert dialogs.launched == [tmp_path.as_uri()]
    assert dialogs.shown == [(str(tmp_path), "the folder")]


def test_a_tel_link_shows_the_number():
    dialogs = NoHandler()
    dialogs.open_url(None, "tel:+18883695555", "the number")
    assert dialogs.shown == [("+18883695555", "the number")]


def test_nothing_is_shown_when_the_desktop_opens_it():
    dialogs = ScriptedDialogs()
    dialogs.launches = True
    assert dialogs.open_url(None, "https://example.com/") is True
    assert dialogs.calls == []


def test_the_address_dialog_copies_the_address(qtbot):
    dialog = AddressDialog("/home/dana/care-exports", "the folder")
    qtbot.addWidget(dialog)
    assert "No application on this computer opens the folder" in dialog.explanation.text()
    assert dialog.address.isReadOnly()
    assert dialog.address.selectedText() == "/home/dana/care-exports"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "/home/dana/care-exports"
    assert dialog.copied.text() == "Copied to the clipboard."


@pytest.fixture
def wizard(make_wizard, saved_profile):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Logins fail", "Agents cannot log in."
    return wizard


def test_open_my_support_without_a_browser_shows_the_address(wizard, context):
    wizard.resume(Step.REVIEW)
    page = wizard.page_as(ReviewPage)
    page.open_portal()
    [(kind, what, address)] = context.dialogs.calls
    assert (kind, what) == ("address", "the web page")
    assert address.startswith("https://")


def test_open_the_folder_without_a_file_manager_shows_the_path(qtbot, wizard, context, tmp_path):
    wizard.resume(Step.FINISH)
    page = wizard.page_as(FinishPage)
    page.folder.setText(str(tmp_path / "out"))
    page.build()
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)
    assert page.result is not None
    page.show_folder()
    assert context.dialogs.launched == [(tmp_path / "out").as_uri()]
    assert context.dialogs.calls[-1] == ("address", "the folder", str(tmp_path / "out"))


def test_call_without_a_softphone_shows_the_number(qtbot, context):
    view = PhoneDirectoryView(context.phonebook, lambda: date(2026, 12, 7), dialogs=context.dialogs)
    qtbot.addWidget(view)
    view.set_preference("mypurecloud.com", None)
    view.show()
    row = next(row for row in view.rows() if row.call_button is not None)
    qtbot.mouseClick(row.call_button, Qt.MouseButton.LeftButton)
    assert context.dialogs.calls[-1][:2] == ("address", "the number")
    assert context.dialogs.launched[-1].startswith("tel:")


def test_status_page_link_goes_through_the_dialogs(qtbot, context):
    client = StatusClient(resolve_paths(), "http://127.0.0.1:9/api/v2/summary.json")  # never asked here
    panel = StatusPanel(client, context.profile.regions, "mypurecloud.com", dialogs=context.dialogs)
    qtbot.addWidget(panel)
    assert not panel.page_link.openExternalLinks()
    panel.page_link.linkActivated.emit("https://status.mypurecloud.com/")
    assert context.dialogs.calls[-1] == ("address", "this link", "https://status.mypurecloud.com/")


def test_every_link_of_a_wizard_page_is_routed(wizard):
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.currentPage()
    labels = [label for label in page.findChildren(type(page.help)) if "href" in label.text()]
    assert labels
    assert not any(label.openExternalLinks() for label in labels)
    route_all_links(page, ScriptedDialogs())  # routing twice changes nothing
