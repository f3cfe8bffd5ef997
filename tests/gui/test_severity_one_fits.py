"""The Severity 1 phone list fits its window: no sideways scrolling, the number clear of the buttons, texts wrap.

Checked in English and Japanese, in the critical-outage window at its own size, at 1024x768, and at its smallest
(which must fit a 1024x768 screen), and on the wizard's Severity 1 step at 1024x768.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.critical_outage import CriticalOutageDialog
from care_desktop.ui.i18n import switch_language
from care_desktop.ui.pages.severity_one import SeverityOnePage
from care_desktop.ui.phones.directory_view import PhoneDirectoryView
from care_desktop.ui.phones.entry_row import NUMBER_PADDING
from care_desktop.ui.windows.screen_fit import MARGIN

pytestmark = pytest.mark.usefixtures("english_ui", "saved_profile")

SMALL_SCREEN = (1024, 768)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def no_sideways_scroll(area: QAbstractScrollArea) -> bool:
    bar = area.horizontalScrollBar()
    return bar.maximum() == 0 or not bar.isVisible()


def assert_the_rows_fit(view: PhoneDirectoryView) -> None:
    area = view.list_area
    assert no_sideways_scroll(area)
    rows = view.rows()
    assert rows
    for row in rows:
        right = row.mapTo(area.viewport(), row.rect().topRight()).x()
        assert right < area.viewport().width()  # the row's frame and its buttons are in view
        number = row.number
        used = number.fontMetrics().horizontalAdvance(number.text())
        assert used <= number.contentsRect().width()  # the number in full
        gap = row.copy_button.mapTo(row, row.copy_button.rect().topLeft()).x() - number.geometry().left() - used
        assert gap >= NUMBER_PADDING  # the number does not touch the buttons
        for label in row.findChildren(QLabel):
            if label is not number and label.isVisibleTo(row):
                assert label.wordWrap()  # long texts wrap rather than widen the row


def assert_no_text_cut(window: QWidget) -> None:
    """Every shown label that does not wrap has its full width."""
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and not label.wordWrap() and label.text():
            assert label.width() >= label.minimumSizeHint().width(), label.text()


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("size", [None, SMALL_SCREEN], ids=["own-size", "1024x768"])
@pytest.mark.parametrize("show_all", [False, True], ids=["for-you", "all-regions"])
def test_the_critical_outage_phone_list_does_not_scroll_sideways(qtbot, context, language, size, show_all):
    assert switch_language(language) == language
    dialog = CriticalOutageDialog(context)
    qtbot.addWidget(dialog)
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    dialog.panel.directory.set_show_all(show_all)
    settle()
    assert dialog.panel.directory.rows()[0].entry.number == "+44 (0) 127-645-7002"  # the EMEA line, derived form
    assert_the_rows_fit(dialog.panel.directory)
    assert_no_text_cut(dialog)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_critical_outage_window_at_its_smallest_fits_a_1024x768_screen(qtbot, context, language):
    assert switch_language(language) == language
    dialog = CriticalOutageDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    smallest = dialog.minimumSizeHint()
    assert smallest.width() <= int(SMALL_SCREEN[0] * MARGIN)  # what the screen fitter allows on that screen
    assert smallest.height() <= int(SMALL_SCREEN[1] * MARGIN)
    dialog.resize(smallest)
    settle()
    assert_the_rows_fit(dialog.panel.directory)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_severity_1_step_does_not_scroll_sideways_at_1024x768(make_wizard, language):
    assert switch_language(language) == language
    wizard = make_wizard()
    wizard.draft.case.severity = 1
    wizard.resume(Step.SEVERITY_ONE)
    wizard.resize(*SMALL_SCREEN)
    settle()
    page = wizard.page_as(SeverityOnePage)
    for area in page.findChildren(QAbstractScrollArea):
        assert no_sideways_scroll(area)
    assert_the_rows_fit(page.panel.directory)
