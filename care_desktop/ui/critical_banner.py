"""The critical-outage banner at the top of the main window: the number to call, before any click.

It is part of the first page, so it is built from a few Qt classes: no ``Qt`` namespace, no event handlers
(the main window retranslates it). Its colours come from ``ui/styles.py``'s critical tone for the palette in
use; the main window keeps them up to date (``keep_styled``) and makes the text selectable with the home.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from care_desktop.ui.styles import sev1_style

if TYPE_CHECKING:
    from care_desktop.domain.phones.directory import PhoneEntry


class CriticalBanner(QFrame):
    """Says that Severity 1 goes by phone, shows the user's first number, and opens the full view.

    Signals:
        open_requested: The user clicked "Critical outage".

    Args:
        parent: Owner.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("critical")
        self.setStyleSheet(sev1_style(selector="QFrame#critical"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setMinimumHeight(40)
        self.button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._entry: PhoneEntry | None = None
        self._stale_since = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.button.setText(self.tr("&Critical outage \u2014 call Customer Care"))
        self.button.setAccessibleName(self.tr("Critical outage: call Customer Care"))
        self.button.setAccessibleDescription(
            self.tr("Shows the number to call for Severity 1 and what to read out on the phone.")
        )
        self.show_entry(self._entry, self._stale_since)

    def make_selectable(self) -> None:
        """Let the user select (and copy) the text with the mouse."""
        from PySide6.QtCore import Qt

        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_entry(self, entry: PhoneEntry | None, stale_since: str = "") -> None:
        """Show the user's first number (verbatim), or only the rule when none is known.

        Args:
            entry: The first directory entry for the user, if any.
            stale_since: The directory's as-of date when it is over a year old, else empty.
        """
        self._entry, self._stale_since = entry, stale_since
        text = self.tr("<b>Critical outage (Severity 1)?</b> Phone only, 24x7.")
        if entry is not None:
            number = f"<span style='font-size: large; font-weight: 700;'>{escape(entry.number)}</span>"
            text += " " + self.tr("Call %1 (%2, %3).").replace("%1", number).replace(
                "%2", escape(entry.region)
            ).replace("%3", escape(entry.label))
            if stale_since:
                text += " " + self.tr("Published %1: verify before calling.").replace("%1", stale_since)
        self.text.setText(text)
        self.text.setAccessibleName(self.text.text())
