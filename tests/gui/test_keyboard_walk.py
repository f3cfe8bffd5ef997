"""A whole case by keyboard alone: from the main window to a built package, with the real services.

Every action is a key press on the focused widget (Tab, Shift+Tab, Alt+letter, Space, Enter, arrows, Delete,
typed text); widgets are only read, to check where the focus is and what the keys did. The file dialog is
the scripted one (``dialogs.files``), opened by the button's mnemonic.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QWidget

from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.critical_outage import CriticalOutageDialog
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.organization import OrganizationPage
from care_desktop.ui.pages.redaction import RedactionPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.phones.directory_dialog import PhoneDirectoryDialog
from care_desktop.ui.wizard import CaseWizard
from tests.conftest import REALWORLD

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
CONV_A = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CONV_B = "0f6b3c1e-58a2-4d7b-9e3f-6c1a2b4d5e6f"
PROXIFIER = REALWORLD / "console" / "loghub_Proxifier_2k.log"
OPENSSH = REALWORLD / "console" / "loghub_OpenSSH_2k.log"
CHROME_HAR = REALWORLD / "har" / "mitmproxy_chrome.har"
# The offscreen platform cannot grab the keyboard for a menu or a list popup (a desktop does); the keys arrive.
POPUPS = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")


def focused() -> QWidget:
    """What receives the keys: an open menu, else the focus widget (a list popup's list has the focus)."""
    popup = QApplication.activePopupWidget()
    widget = popup if isinstance(popup, QMenu) else QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> QWidget:
    """Press a key on whatever has the focus; return what has it afterwards."""
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)
    return focused()


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget (a new line is the Return key)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(focused(), Qt.Key.Key_Return)
        for character in line:  # one by one: the first key may open an editor that takes the next ones
            QTest.keyClicks(focused(), character)


def mnemonic(qtbot, letter: str, until) -> None:
    """Alt+letter, then wait for its effect (a button's mnemonic clicks it after a short animation)."""
    QTest.keyClick(focused(), Qt.Key(ord(letter.upper())), ALT)
    qtbot.waitUntil(until, timeout=5000)


def tab_to(widget: QWidget, limit: int = 25) -> int:
    """Press Tab until ``widget`` has the focus; return how many presses it took."""
    for presses in range(1, limit + 1):
        if press(Qt.Key.Key_Tab) is widget:
            return presses
    raise AssertionError(f"Tab never reached {widget.accessibleName() or type(widget).__name__}")


def next_page(qtbot, wizard: CaseWizard, step: Step) -> None:
    """Alt+N (the wizard's &Next button), and wait for ``step``."""
    mnemonic(qtbot, "n", lambda: wizard.current_step() is step)


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def open_new_case(qtbot, window: MainWindow) -> CaseWizard:
    assert focused() is window.banner.button  # the critical-outage button: one key from the number
    mnemonic(qtbot, "n", lambda: len(window.home.draft_actions.wizards) == 1)
    wizard = next(iter(window.home.draft_actions.wizards.values()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def walk_before_start_and_severity(qtbot, wizard: CaseWizard) -> None:
    assert wizard.current_step() is Step.BEFORE_START
    page = wizard.step_page(Step.BEFORE_START)
    assert focused() is page.designated  # type: ignore[attr-defined]
    press(Qt.Key.Key_Down)  # arrows move among the two roles...
    assert focused() is page.preparing  # type: ignore[attr-defined]
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Space)  # ...and Space chooses
    assert wizard.draft.contact_role is ContactRole.DESIGNATED
    press(Qt.Key.Key_Return)  # Enter: the wizard's Next
    assert wizard.current_step() is Step.SEVERITY

    severity = wizard.page_as(SeverityPage)
    questions = list(severity.questions.values())
    assert focused() is questions[0].yes
    press(Qt.Key.Key_Space)  # critical functions still work: yes
    assert press(Qt.Key.Key_Tab) is questions[2].yes  # the next question asked: degraded?
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Space)  # no
    assert press(Qt.Key.Key_Tab) is questions[3].yes  # a question or a feature request?
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Space)  # no
    assert wizard.draft.case.severity == 3  # the recommendation is chosen for the user
    assert severity.level_buttons[3].isChecked()
    assert press(Qt.Key.Key_Tab) is severity.level_buttons[3]  # Tab enters the levels at the chosen one
    next_page(qtbot, wizard, Step.ORGANIZATION)


def walk_organization(qtbot, wizard: CaseWizard) -> None:
    form = wizard.page_as(OrganizationPage).form
    assert focused() is form.short_name
    type_text("acme-eu")
    assert press(Qt.Key.Key_Tab) is form.short_name_row.button
    press(Qt.Key.Key_Space)  # "Where do I find this?"
    assert form.short_name_help.isVisible()
    assert press(Qt.Key.Key_Tab) is form.org_id
    type_text(f"https://apps.mypurecloud.ie/directory/#/admin/organization/{ORG_ID}")
    assert press(Qt.Key.Key_Tab) is form.org_id_row.button  # leaving the field keeps the ID alone
    assert form.org_id.text() == ORG_ID
    assert press(Qt.Key.Key_Tab) is form.region
    type_text("EMEA")  # a closed combo box finds the item as it is typed (the first EMEA region: Dublin)
    assert form.region.currentData() == "mypurecloud.ie"
    assert press(Qt.Key.Key_Tab) is form.lookup_button
    assert press(Qt.Key.Key_Tab) is form.name
    type_text("Dana Whitfield")
    press(Qt.Key.Key_Tab)
    type_text("dana@acme.example")
    assert press(Qt.Key.Key_Tab) is form.phone
    type_text("+353 1 555 0199")
    mnemonic(qtbot, "e", lambda: focused() is form.email)  # the captions' mnemonics reach their fields
    assert wizard.draft.case.org.short_name == "acme-eu"
    assert (wizard.draft.case.contact.name, wizard.draft.case.contact.email) == ("Dana Whitfield", "dana@acme.example")
    press(Qt.Key.Key_Return)  # Enter in a field: Next
    assert wizard.current_step() is Step.CONVERSATIONS


def walk_conversations(qtbot, wizard: CaseWizard) -> None:
    page = wizard.page_as(ConversationsPage)
    assert focused() is page.paste  # not the help text's link above it
    type_text(f"agent line 1: https://apps.mypurecloud.ie/interactions/{CONV_A}\ntransfer {CONV_B} dropped")
    press(Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: add the IDs found
    assert wizard.draft.case.conversation_ids == [CONV_A, CONV_B]
    assert page.paste.toPlainText() == ""
    assert press(Qt.Key.Key_Tab) is page.add_button
    assert press(Qt.Key.Key_Tab) is page.table
    press(Qt.Key.Key_Down)  # onto the second row
    press(Qt.Key.Key_Delete)
    assert wizard.draft.case.conversation_ids == [CONV_A]
    assert press(Qt.Key.Key_Tab) is not page.table  # Tab leaves the table (no trap)
    press(Qt.Key.Key_Tab, SHIFT)
    assert focused() is page.table
    next_page(qtbot, wizard, Step.DESCRIPTION)


def walk_description(qtbot, wizard: CaseWizard) -> None:
    page = wizard.page_as(DescriptionPage)
    assert focused() is page.title_edit
    type_text("Agents in Dublin hear no audio on transfers")
    assert press(Qt.Key.Key_Tab) is page.known_time
    press(Qt.Key.Key_Space)
    assert page.when.isEnabled()
    assert press(Qt.Key.Key_Tab) is page.when
    assert tab_to(page.description) == 6  # Tab walks the date's sections (year ... minute), its zone, then leaves
    type_text("Since 09:10 every transferred call loses audio for both parties.")
    press(Qt.Key.Key_Return)  # a new line in a text box, not the next page
    assert wizard.current_step() is Step.DESCRIPTION
    type_text("The agent hears silence after the transfer.")
    assert press(Qt.Key.Key_Tab) is page.frequency  # Tab leaves a text box
    type_text("Every time")
    assert press(Qt.Key.Key_Tab) is page.affected
    type_text("40 agents of the Dublin queue, 08:00-20:00 GMT")
    for box, text in (
        (page.steps, "1. Take a call\n2. Transfer it to another queue"),
        (page.tried, "Restarted the desktop app"),
        (page.impact, "Half of the transfers fail; customers call back."),
    ):
        assert press(Qt.Key.Key_Tab) is box
        type_text(text)
    press(Qt.Key.Key_Tab, SHIFT, times=2)
    assert focused() is page.steps  # Shift+Tab goes back the same way
    case = wizard.draft.case
    assert case.title == "Agents in Dublin hear no audio on transfers"
    assert case.details.frequency == "Every time"
    assert case.business_impact == "Half of the transfers fail; customers call back."
    assert case.occurred_at
    next_page(qtbot, wizard, Step.ATTACHMENTS)


def walk_attachments(qtbot, wizard: CaseWizard, dialogs) -> None:
    page = wizard.page_as(AttachmentsPage)
    assert focused() is page.add_button
    dialogs.files = [PROXIFIER, CHROME_HAR, OPENSSH]
    mnemonic(qtbot, "a", lambda: page.task is None and len(wizard.draft.case.attachments) == 3)
    attachments = wizard.draft.case.attachments
    assert [a.kind for a in attachments] == [AttachmentKind.CONSOLE_LOG, AttachmentKind.HAR, AttachmentKind.CONSOLE_LOG]
    tab_to(page.table)
    assert page.table.currentIndex().row() == 0  # the table takes the focus on its first row
    press(Qt.Key.Key_Space)  # leave it out...
    assert not attachments[0].included
    press(Qt.Key.Key_Space)  # ...and take it back
    assert attachments[0].included
    press(Qt.Key.Key_Down, times=2)
    stored = Path(attachments[2].path)
    press(Qt.Key.Key_Delete)  # the copy goes, the original stays
    assert [Path(a.path).name for a in wizard.draft.case.attachments] == [PROXIFIER.name, CHROME_HAR.name]
    assert not stored.exists()
    assert OPENSSH.exists()
    assert press(Qt.Key.Key_Tab) is not page.table
    next_page(qtbot, wizard, Step.REDACTION)


def walk_redaction_and_review(qtbot, wizard: CaseWizard) -> None:
    page = wizard.page_as(RedactionPage)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert focused() is page.pii
    press(Qt.Key.Key_Space)  # also remove e-mail addresses and phone numbers: checks again
    assert wizard.draft.redaction.pii
    qtbot.waitUntil(lambda: page.task is None and len(page.reviews) == 2, timeout=20000)
    tab_to(page.files)
    assert page.files.rowCount() == 2
    next_page(qtbot, wizard, Step.REVIEW)

    review = wizard.page_as(ReviewPage)
    assert review.checks.fix_buttons() == []  # nothing is missing: the case text comes first
    assert focused().accessibleName() == "Copy Subject"
    assert press(Qt.Key.Key_Tab).accessibleName() == "Copy Severity"  # down the fields, as on screen
    press(Qt.Key.Key_Tab, SHIFT)
    tab_to(review.copy_all)
    assert press(Qt.Key.Key_Tab) is review.save
    next_page(qtbot, wizard, Step.FINISH)


def walk_finish(qtbot, wizard: CaseWizard, tmp_path: Path) -> Path:
    page = wizard.page_as(FinishPage)
    assert focused() is page.folder
    press(Qt.Key.Key_A, CTRL)
    type_text(str(tmp_path / "packages"))
    press(Qt.Key.Key_Return)  # Enter in the folder field does not finish the case
    assert wizard.isVisible()
    assert wizard.current_step() is Step.FINISH
    mnemonic(qtbot, "u", lambda: page.task is not None or page.result is not None)  # B&uild package
    qtbot.waitUntil(lambda: page.task is None, timeout=60000)
    assert page.result is not None, page.outcome.text()
    tab_to(page.copy_text)  # enabled once the package is built
    return page.result.path


def test_a_whole_case_by_keyboard_alone(qtbot, window, context, dialogs, tmp_path):
    wizard = open_new_case(qtbot, window)
    walk_before_start_and_severity(qtbot, wizard)
    walk_organization(qtbot, wizard)
    walk_conversations(qtbot, wizard)
    walk_description(qtbot, wizard)
    walk_attachments(qtbot, wizard, dialogs)
    walk_redaction_and_review(qtbot, wizard)
    package = walk_finish(qtbot, wizard, tmp_path)

    assert package.parent == tmp_path / "packages"
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert {"CASE.md", "case.json", "manifest.json"} <= set(names)
    assert f"attachments/console_log/{PROXIFIER.name}" in names
    assert f"attachments/har/{CHROME_HAR.name}" in names

    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish is not None
    tab_to(finish)
    QTest.keyClick(finish, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.home.draft_actions.wizards)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert focused().window() is window  # back in the main window, by keyboard too
    saved = context.store.load_draft(wizard.draft.id)
    assert (saved.step, saved.case.severity, saved.case.org.id) == (Step.FINISH, 3, ORG_ID)


# -- the other windows the issue names: critical outage, phone directory, attachment kinds, screenshot editor --


def test_the_critical_outage_window_by_keyboard(qtbot, window, saved_profile, context):
    assert focused() is window.banner.button
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), CriticalOutageDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, CriticalOutageDialog)
    rows = dialog.panel.directory.rows()
    assert rows[0].entry.region == "Europe, Middle East, Africa"  # the profile's region (Dublin) first
    assert focused() is rows[0].number  # what a screen reader says first: the number to call
    assert press(Qt.Key.Key_Tab) is rows[0].copy_button
    press(Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == rows[0].entry.number  # verbatim
    search = dialog.panel.directory.search_box
    assert press(Qt.Key.Key_Tab, SHIFT, times=3) is search  # back up the directory: number, "all regions"
    type_text("Japan")
    press(Qt.Key.Key_Return)  # Enter in the search box neither saves the call nor closes the window
    assert dialog.isVisible()
    assert context.store.list_drafts() == []
    found = dialog.panel.directory.rows()
    assert {row.entry.region for row in found} == {"Asia Pacific"}
    tab_to(dialog.panel.case_number, limit=40)
    type_text("0001234567")
    mnemonic(
        qtbot, "s", lambda: len(window.home.draft_actions.wizards) == 1
    )  # &Save as a Severity 1 draft and continue
    wizard = next(iter(window.home.draft_actions.wizards.values()))
    assert (wizard.draft.case.severity, wizard.draft.case.case_number) == (1, "0001234567")
    assert wizard.current_step() is Step.ORGANIZATION


@POPUPS
def test_the_phone_directory_by_keyboard(qtbot, window):
    QTest.keyClick(focused(), Qt.Key.Key_F, ALT)  # the File menu
    qtbot.waitUntil(lambda: window.file_menu.isVisible())
    QTest.keyClick(focused(), Qt.Key.Key_P)  # &Phone directory… (the menu closes, the window opens)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PhoneDirectoryDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, PhoneDirectoryDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    view = dialog.view
    assert focused() is view.search_box
    type_text("Brazil")
    press(Qt.Key.Key_Return)  # Enter in the search box: nothing is imported and the window stays
    assert dialog.isVisible()
    rows = view.rows()
    assert rows
    assert "Brazil" in rows[0].entry.label
    assert press(Qt.Key.Key_Tab) is rows[0].number  # "Show all regions" is off while searching
    assert press(Qt.Key.Key_Tab) is rows[0].copy_button
    press(Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == rows[0].entry.number
    assert view.status.text() == f"Copied {rows[0].entry.number} to the clipboard."
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@POPUPS
def test_the_kind_of_an_attachment_by_keyboard(qtbot, make_wizard, saved_profile, dialogs):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Proxy drops", "Connections through the proxy drop."
    wizard.resume(Step.ATTACHMENTS)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    page = wizard.page_as(AttachmentsPage)
    assert focused() is page.add_button
    dialogs.files = [PROXIFIER]
    mnemonic(qtbot, "a", lambda: page.task is None and len(case.attachments) == 1)
    table = page.table
    tab_to(table)
    press(Qt.Key.Key_Right, times=2)  # to the Kind column
    press(Qt.Key.Key_F2)  # opens the chooser (the delegate's editor)
    kind = table.findChild(QComboBox)
    assert isinstance(kind, QComboBox)
    qtbot.waitUntil(lambda: kind.view().isVisible())
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case.attachments[0].kind is AttachmentKind.OTHER)
    assert focused() == table  # the focus comes back to the list (== : "is" would narrow the type)
    press(Qt.Key.Key_Right, times=2)  # the Note column: typing edits the note, Enter ends editing
    assert table.currentIndex().column() == 4
    type_text("proxy log from the agent PC")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case.attachments[0].note == "proxy log from the agent PC")
    assert wizard.current_step() is Step.ATTACHMENTS  # Enter ended the edit; it did not go to the next page


def test_the_screenshot_editor_by_keyboard(qtbot, tmp_path, dialogs):
    from PySide6.QtGui import QColor, QImage

    from care_desktop.ui.screenshots import ScreenshotDialog

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 120))
    dialog = ScreenshotDialog(dialogs, tmp_path / "case", "error.png", image=image)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    editor = dialog.editor
    assert focused() is editor.canvas
    press(Qt.Key.Key_B)  # the box tool
    press(Qt.Key.Key_Return)  # a box in the middle
    press(Qt.Key.Key_R)  # the redact tool
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Right, SHIFT)  # moves the selected redaction
    assert [mark.kind.value for mark in editor.annotations.items] == ["box", "redact"]
    tab_to(editor.name_edit)
    press(Qt.Key.Key_A, CTRL)
    type_text("transfer-error")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        mnemonic(qtbot, "s", lambda: True)  # &Save
    assert Path(saved.args[0]) == tmp_path / "case" / "transfer-error.png"
