"""The tracker's case panel in a short window: it scrolls, and squeezes no field, button or text together."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from care_desktop.ui.i18n import switch_language
from care_desktop.ui.tracker.window import TrackerWindow
from tests.gui.test_tracker_window import clock, four_cases, tracker  # noqa: F401 - fixtures of the tracker tests

pytestmark = pytest.mark.usefixtures("english_ui")


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


@pytest.mark.usefixtures("clock", "four_cases")
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_fedramp_escalation_buttons_leave_the_case_list_its_room(qtbot, context, language):
    profile = context.store.org_profile()
    profile.org.region = "use2.us-gov-pure.cloud"
    context.store.save_org_profile(profile)
    assert switch_language(language) == language
    window = TrackerWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.select_case("0004521190")
    for _ in range(3):
        QApplication.processEvents()
    assert window.panel.escalation.mail_button.isVisibleTo(window)  # the FedRAMP e-mail buttons are shown
    assert window.right_area.width() <= 1100 // 2  # the list of cases keeps about half the window
    assert squeezed(window.panel) == []
