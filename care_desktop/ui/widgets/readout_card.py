"""The read-out card of a critical outage: large type, one fact per block (its label above it), copyable as text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.case.model import Case
from care_desktop.domain.case.readout import readout_lines, readout_text
from care_desktop.ui.i18n import on_language_change, tr_domain

CARD_STYLE = "QFrame#readout { border: 2px solid palette(highlight); border-radius: 6px; }"


class ReadoutCard(QFrame):
    """Shows what to read out to the analyst.

    Signals:
        copied: The card's text was put on the clipboard.

    Args:
        parent: Owner.
    """

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setObjectName("readout")
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._case = Case()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.heading.setText(self.tr("Read this out to Customer Care"))
        self.copy_button.setText(self.tr("Cop&y card"))
        self.copy_button.setAccessibleName(self.tr("Copy the read-out card as text"))
        self.copy_button.setAccessibleDescription(
            self.tr("Copies the facts to read out to Customer Care to the clipboard, one per line.")
        )
        self.show_case(self._case)

    def show_case(self, case: Case) -> None:
        """Show the facts of ``case``."""
        self._case = case
        blocks = []
        for line in readout_lines(case):
            unknown = self.tr("not known yet")
            value = escape(line.value) if line.value else f"<i>{escape(unknown)}</i>"
            # Each label above its value: the card stays as narrow as its longest value (an ID read out whole),
            # and leaves the phone numbers beside it their room; a label wraps in a narrow window, a value not.
            blocks.append(
                f"<p style='margin: 4px 0 0 0;'>{escape(tr_domain(line.label))}</p>"
                f"<p style='margin: 0 0 2px 0; font-size: x-large; font-weight: 700;'>{value}</p>"
            )
        self.lines.setText("".join(blocks))
        self.lines.setAccessibleName(self.text().replace("\n", "; "))

    def text(self) -> str:
        """The card as plain text (English labels, for the clipboard and the case)."""
        return readout_text(self._case)

    def copy(self) -> None:
        """Put the card on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
        self.copied.emit(self.text())
