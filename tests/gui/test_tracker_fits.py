"""The tracker's case panel in a short window: it scrolls, and squeezes no field, button or text together."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from care_desktop.ui.tracker.window import TrackerWindow
from tests.gui.test_tracker_window import clock, four_cases, tracker  # noqa: F401 - fixtures of the tracker tests


def squeezed(panel: QWidget) -> list[str]:
    """The shown widgets of ``panel`` given less height than they need (a wrapped text: for its width)."""
    found = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisibleTo(panel) or isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # (the line edit inside a date or a combo box is sized by it)
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
        elif isinstance(widget, QLabel | QLineEdit | QAbstractButton | QComboBox):
            needed = widget.minimumSizeHint().height()
        else:
            continue
        if widget.height() < needed:
            found.append(
                f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}: {widget.height()} < {needed}"
            )
    return found


@pytest.mark.usefixtures("clock", "four_cases")
@pytest.mark.parametrize("size", [(1100, 620), (1000, 480)])
def test_the_case_panel_scrolls_rather_than_squeezing_its_fields(qtbot, context, size):
    window = TrackerWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    for number in ("0004518771", "0004520013", "0004521190"):
        window.select_case(number)
        for _ in range(3):
            QApplication.processEvents()
        assert squeezed(window.panel) == [], number
        assert window.right_area.horizontalScrollBar().maximum() == 0
