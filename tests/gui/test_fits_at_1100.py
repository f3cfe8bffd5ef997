"""At 1100 px wide, the home's drafts list and the tracker's two tables show every text whole, never sideways.

Before, the drafts' titles were cut to "Ag…ls" (the region box's longest name set the profile panel's width) and
the tracker's tables scrolled sideways.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView, QTableWidget

from care_desktop.domain.case.draft import new_draft
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.drafts_model import TITLE
from care_desktop.ui.i18n import switch_language
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.tracker.window import TrackerWindow
from tests.gui.test_tracker_window import clock, four_cases, tracker  # noqa: F401 - fixtures of the tracker tests

pytestmark = pytest.mark.usefixtures("english_ui")

DRAFTS = [
    ("Calls drop after 30 seconds", 2, Step.DESCRIPTION),
    ("Queue reports time out", 3, Step.ATTACHMENTS),
    ("", None, Step.SEVERITY),
    ("Agents cannot take calls", 1, Step.REVIEW),
]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fits_sideways(table: QTableView) -> bool:
    return table.horizontalHeader().length() <= table.viewport().width() and (
        table.horizontalScrollBar().maximum() == 0
    )


def cut_texts(table: QTableView) -> list[str]:
    """The cells whose text does not show whole in their cell (on one line, or wrapped when the table wraps)."""
    model, cut = table.model(), []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or table.font())
            room = table.columnWidth(column) - (table.sizeHintForIndex(index).width() - metrics.horizontalAdvance(text))
            flags = int(Qt.TextFlag.TextWordWrap) if table.wordWrap() else 0
            needed = metrics.boundingRect(QRect(0, 0, max(room, 1), 10_000), flags, text)
            if needed.width() > room or needed.height() > table.rowHeight(row):
                cut.append(f"{row},{column} {text!r}: {needed.width()}x{needed.height()} in {room}")
    return cut


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_drafts_list_shows_whole_titles_at_1100_px(qtbot, context, saved_profile, language):
    assert switch_language(language) == language
    profile = context.store.org_profile()
    for number, (title, severity, step) in enumerate(DRAFTS):
        draft = new_draft(f"{number:x}" * 32, "2026-12-06T10:05:00+00:00", profile.org, profile.contact)
        draft.case.title, draft.case.severity, draft.step = title, severity, step
        context.store.save_draft(draft)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 640)
    window.show()
    qtbot.waitUntil(lambda: window.home is not None and window.home.drafts.model.rowCount() == len(DRAFTS))
    settle()
    table = window.home.drafts.table
    assert fits_sideways(table)
    assert cut_texts(table) == []
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(title) for title, _severity, _step in DRAFTS)
    assert widest < table.columnWidth(TITLE)
    org_id = window.home.profile_panel.form.org_id  # the profile beside it still shows a whole organization ID
    assert org_id.fontMetrics().horizontalAdvance(org_id.text()) < org_id.width()


@pytest.mark.usefixtures("clock", "four_cases")
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("size", [(1100, 760), (1100, 620)])
def test_the_tracker_tables_fit_at_1100_px(qtbot, context, language, size):
    assert switch_language(language) == language
    window = TrackerWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.select_case("0004518771")
    settle()
    tables = [window.cases, window.all_deadlines]
    assert all(isinstance(table, QTableWidget) and table.rowCount() for table in tables)
    for table in tables:
        assert fits_sideways(table), table.accessibleName()
        assert cut_texts(table) == [], table.accessibleName()
