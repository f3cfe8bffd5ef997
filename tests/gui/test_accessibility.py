"""Every input of every window has an accessible name, so a screen reader can say what it is."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from care_desktop.domain.steps import Step
from care_desktop.ui.main_window import MainWindow

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit, QTableWidget, QListWidget)


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


@pytest.mark.parametrize("step", list(Step))
def test_every_page_names_its_inputs(make_wizard, saved_profile, step):
    wizard = make_wizard()
    page = wizard.step_page(step)
    page.initializePage()
    assert unnamed(page) == []


def test_main_window_and_its_dialogs_name_their_inputs(qtbot, context, saved_profile):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert unnamed(window) == []
    for dialog in (window.open_critical_outage(), window.open_phone_directory(), window.open_settings()):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
