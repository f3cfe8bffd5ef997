"""The critical-outage banner at the top of the main window: the number to call, before any click.

It is part of the first page, so it is built from a few Qt classes: no ``Qt`` namespace, no event handlers
(the main window retranslates it). Its colours come from ``ui/styles.py``'s critical tone for the palette in
use; the main window keeps them up to date (``keep_styled``) and makes the text selectable with the home.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from care_desktop.ui.i18n import fill
from care_desktop.ui.rich_text import escape
from care_desktop.ui.styles import sev1_style

if TYPE_CHECKING:
    from care_desktop.domain.phones.directory import PhoneEntry


class CriticalBanner(QFrame):
    """Says that Severity 1 goes by phone, shows the user's number (or every region's), and opens the full view.

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
        self._entries: tuple[PhoneEntry, ...] = ()
        self._stale_since = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.button.setText(self.tr("&Critical outage \u2014 call Customer Care"))
        self.button.setAccessibleName(self.tr("Critical outage: call Customer Care"))
        self.button.setAccessibleDescription(
            self.tr("Shows the number to call for Severity 1 and what to read out on the phone.")
        )
        self.show_entries(self._entries, self._stale_since)

    def make_selectable(self) -> None:
        """Let the user select (and copy) the text with the mouse."""
        from PySide6.QtCore import Qt

        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_entries(self, entries: Sequence[PhoneEntry], stale_since: str = "") -> None:
        """Show the user's number (verbatim), or the international line of every region when nothing is known.

        Args:
            entries: One entry (the caller's first), or one per region when the caller's region is not known.
            stale_since: The directory's as-of date when it is over a year old, else empty.
        """
        self._entries, self._stale_since = tuple(entries), stale_since
        text = self.tr("<b>Critical outage (Severity 1)?</b> Phone only, 24x7.")
        if len(self._entries) == 1:
            entry = self._entries[0]
            text += " " + fill(self.tr("Call %1 (%2, %3)."), _number(entry), escape(entry.region), escape(entry.label))
        elif self._entries:
            text += " " + self.tr("Your region is not known yet: call the international line of your region.")
            text += "<br>" + "<br>".join(
                fill(self.tr("%1: %2"), escape(entry.region), _number(entry)) for entry in self._entries
            )
        if self._entries and stale_since:
            text += (" " if len(self._entries) == 1 else "<br>") + fill(
                self.tr("Published %1: verify before calling."), stale_since
            )
        self.text.setText(text)
        self.text.setAccessibleName(self.text.text())


def _number(entry: PhoneEntry) -> str:
    return f"<span style='font-size: large; font-weight: 700;'>{escape(entry.number)}</span>"
