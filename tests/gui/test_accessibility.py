"""Every control of every window has an accessible name and a description.

A screen reader then says what each control is and what it is for.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.tracker.model import new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.log_locations import FoundLog, load_locations
from care_desktop.services.paths import resolve_paths
from care_desktop.services.platform.org_lookup import OrgLookup
from care_desktop.services.resources import load_profile
from care_desktop.services.status_client import StatusClient
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.evidence_help_dialog import EvidenceHelpDialog
from care_desktop.ui.i18n import switch_language
from care_desktop.ui.log_picker_dialog import LogPickerDialog
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.org_lookup_dialog import OrgLookupDialog
from care_desktop.ui.screenshots import ScreenshotDialog
from care_desktop.ui.tracker.add_case_dialog import AddCaseDialog
from care_desktop.ui.tracker.window import TrackerWindow
from care_desktop.ui.widgets.status_panel import StatusPanel
from tests.helpers.dialogs import ScriptedDialogs

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit, QTableView, QListWidget)
CONTROLS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QCheckBox,
    QRadioButton,
    QGroupBox,
    QAbstractItemView,
    QSlider,
    QPushButton,
    QToolButton,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or date edit is named through its owner
        if isinstance(widget, INPUTS) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.parent()).__name__}")
        if isinstance(widget.parent(), QLineEdit | QAbstractItemView | QMenuBar):
            continue  # Qt's own parts (clear button, table corner, menu extension) name themselves
        if isinstance(widget, QAbstractButton) and not (widget.accessibleName() or widget.text().strip("&")):
            missing.append(f"{type(widget).__name__} without text in {type(widget.parent()).__name__}")
    return missing


def qt_internal(widget: QWidget, root: QWidget) -> bool:
    """True for the parts Qt builds inside its own widgets; they are described through their owner."""
    if widget.objectName().startswith("qt_"):
        return True  # the editor of a spin box, the menu bar's and tool bar's extension buttons, viewports
    if isinstance(widget.parent(), QLineEdit | QAbstractItemView | QMenuBar | QTabBar):
        return True  # a line edit's clear button, a table's headers and corner, a tab bar's scroll buttons
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not root:
        if isinstance(ancestor, QComboBox | QAbstractSpinBox):
            return True  # a combo box's editor and pop-up list, a date edit's calendar
        ancestor = ancestor.parentWidget()
    return False


def undescribed(root: QWidget) -> list[str]:
    """The controls under ``root`` without an accessible description, or whose description only repeats the name.

    A checkable group box is a control (its check box switches the group); a plain one is only a frame.
    """
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or qt_internal(widget, root):
            continue
        if isinstance(widget, QGroupBox) and not widget.isCheckable():
            continue
        label = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        where = f"{type(widget).__name__} {label!r} in {type(widget.parent()).__name__}"
        description = widget.accessibleDescription().strip()
        if not description:
            missing.append(f"no description: {where}")
        elif description.casefold() == widget.accessibleName().strip().casefold():
            missing.append(f"description repeats the name: {where}")
    return missing


def test_the_check_catches_a_missing_description(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    described, bare, echo = QLineEdit(), QLineEdit(), QPushButton("Go")
    described.setAccessibleName("Case title")
    described.setAccessibleDescription("A one-line summary of the issue.")
    bare.setAccessibleName("Impact")
    echo.setAccessibleName("Go")
    echo.setAccessibleDescription("Go")
    layout = QVBoxLayout(window)
    for widget in (described, bare, echo):
        layout.addWidget(widget)
    assert undescribed(window) == [
        "no description: QLineEdit 'Impact' in QWidget",
        "description repeats the name: QPushButton 'Go' in QWidget",
    ]
    bare.setAccessibleDescription("How badly the issue hurts the business.")
    echo.setAccessibleDescription("Starts the work.")
    assert undescribed(window) == []


@pytest.mark.parametrize("step", list(Step))
def test_every_page_names_and_describes_its_inputs(make_wizard, saved_profile, step):
    # Only the page: the wizard's own Back, Next, Commit, Finish and Cancel buttons are Qt's, described by Qt.
    wizard = make_wizard()
    page = wizard.step_page(step)
    page.initializePage()
    assert unnamed(page) == []
    assert undescribed(page) == []


def test_main_window_and_its_dialogs_name_and_describe_their_inputs(qtbot, context, saved_profile):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert unnamed(window) == []
    assert undescribed(window) == []
    for dialog in (window.open_critical_outage(), window.open_phone_directory(), window.open_settings()):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        assert undescribed(dialog) == [], type(dialog).__name__


def test_tracker_window_and_add_case_dialog_describe_their_inputs(qtbot, context):
    tracker = TrackerStore(context.store)
    tracker.add_case(
        new_case(
            "0004518771",
            1,
            datetime(2026, 11, 3, 9, 0, tzinfo=ZoneInfo("America/New_York")),
            "Agents cannot take calls",
        )
    )
    window = TrackerWindow(context)
    qtbot.addWidget(window)
    window.select_case("0004518771")
    assert undescribed(window) == []
    dialog = window.open_add_case()
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []
    assert undescribed(dialog) == []


def test_evidence_dialogs_describe_their_inputs(qtbot, context, tmp_path):
    log = tmp_path / "main.log"
    log.write_text("started\n", encoding="utf-8")
    found = [FoundLog(load_locations()[0], log, 8, datetime(2026, 11, 3, 9, 0, tzinfo=UTC))]
    lookup = OrgLookup(login_base="http://127.0.0.1:9/login", api_base="http://127.0.0.1:9/api")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 120))
    dialogs = (
        LogPickerDialog(found),
        EvidenceHelpDialog(),
        OrgLookupDialog(context.profile.regions, "mypurecloud.de", lookup),
        ScreenshotDialog(ScriptedDialogs(), tmp_path / "case"),  # the capture page
        ScreenshotDialog(ScriptedDialogs(), tmp_path / "case", "error.png", image=image),  # the editor
    )
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        assert undescribed(dialog) == [], type(dialog).__name__


def test_status_panel_describes_its_controls(qtbot):
    # Built only: the panel never fetches on construction, so the address is never reached.
    client = StatusClient(resolve_paths(), "http://127.0.0.1:9/api/v2/summary.json")
    panel = StatusPanel(client, load_profile().regions, "mypurecloud.com")
    qtbot.addWidget(panel)
    assert unnamed(panel) == []
    assert undescribed(panel) == []


@pytest.mark.usefixtures("english_ui")
@pytest.mark.usefixtures("english_ui")
def test_descriptions_follow_a_language_change(qtbot, context, saved_profile):
    window = MainWindow(context)
    qtbot.addWidget(window)
    button = window.home.drafts.new_button
    assert button.accessibleDescription() == "Starts a new case in the wizard."
    switch_language("ja")
    assert button.accessibleDescription() == "ウィザードで新しいケースを開始します。"
    switch_language("en")
    assert button.accessibleDescription() == "Starts a new case in the wizard."


@pytest.mark.usefixtures("english_ui")
def test_a_time_editor_keeps_its_zone_in_its_name_across_a_language_change(qtbot, context):
    dialog = AddCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.opened.set_zone("Asia/Tokyo")
    assert dialog.opened.edit.accessibleName() == "Opened at (Asia/Tokyo)"
    switch_language("ja")
    assert dialog.opened.edit.accessibleName().endswith("(Asia/Tokyo)")
    assert not dialog.opened.edit.accessibleName().startswith("Opened at")
    switch_language("en")
    assert dialog.opened.edit.accessibleName() == "Opened at (Asia/Tokyo)"
