"""One entry of the Severity 1 phone directory on screen: the number verbatim in large type, Copy and Call.

It never rewrites a number (``entry.number`` is shown and copied as is); a Call button exists only when
:func:`~care_desktop.domain.phones.directory.tel_uri` allows it, and a link opens only on the user's click. No file is
written here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.phones.directory import PhoneEntry, tel_uri
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import fill
from care_desktop.ui.styles import caution_style, keep_styled, muted_style

NUMBER_SCALE = 1.6


def directory_label(style: Callable[[], str] | str = "", rich: bool = False) -> QLabel:
    """A word-wrapped label: plain text, or rich text whose links open on a click or Enter.

    Args:
        style: A style sheet, or a function giving it for the palette in use (kept up to date).
        rich: Rich text with links.
    """
    label = QLabel()
    label.setWordWrap(True)
    if callable(style):
        keep_styled(label, style)
    else:
        label.setStyleSheet(style)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(True)
    return label


class EntryRow(QFrame):
    """One directory entry: label and region, the number verbatim in large type, toll-free, caution, actions.

    Signals:
        copy_requested: The user asked to copy this entry's number (the verbatim number).

    Args:
        entry: The entry shown.
        parent: Owner.
        dialogs: Opens the ``tel:`` link on Call, or shows the number to copy when nothing handles it.
    """

    copy_requested = Signal(str)

    def __init__(self, entry: PhoneEntry, parent: QWidget | None = None, dialogs: Dialogs | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.dialogs = dialogs or Dialogs()
        self.tel = tel_uri(entry)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = directory_label()
        self.number = QLabel(entry.number)
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.number.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * NUMBER_SCALE)
        font.setBold(True)
        self.number.setFont(font)
        self.details = directory_label(muted_style)
        self.caution = directory_label(caution_style)
        self.caution.setVisible(bool(entry.caution.strip()))
        self.copy_button = QPushButton()
        self.copy_button.setAutoDefault(False)  # Enter in a dialog must not copy (or call) whatever row is first
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.entry.number))
        self.call_button: QPushButton | None = None
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.title, self.number, self.details, self.caution):
            text.addWidget(widget)
        actions = QVBoxLayout()
        actions.addWidget(self.copy_button)
        if self.tel is not None:
            self.call_button = QPushButton()
            self.call_button.setAutoDefault(False)
            self.call_button.clicked.connect(self._call)
            actions.addWidget(self.call_button)
        actions.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts (the number itself is never translated or changed)."""
        entry = self.entry
        self.title.setText(f"{entry.label} \u00b7 {entry.region}")
        toll_free = {"yes": self.tr("Toll-free"), "no": self.tr("Not toll-free")}.get(
            entry.toll_free, self.tr("Toll-free: not stated")
        )
        self.details.setText(toll_free)
        caution = entry.caution.strip()
        self.caution.setText(
            fill(self.tr("\u26a0 Not a valid international number as printed: %1"), caution) if caution else ""
        )
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the number exactly as printed"))
        self.copy_button.setAccessibleName(fill(self.tr("Copy %1"), entry.number))
        self.copy_button.setAccessibleDescription(self.tr("Copies this phone number to the clipboard, as printed."))
        if self.call_button is not None:
            self.call_button.setText(self.tr("Call"))
            self.call_button.setToolTip(self.tr("Call with your phone application"))
            self.call_button.setAccessibleName(fill(self.tr("Call %1"), entry.number))
            self.call_button.setAccessibleDescription(self.tr("Calls this number with your phone application."))
        self.number.setAccessibleName(fill(self.tr("Number for %1: %2"), entry.label, entry.number))
        summary = fill(self.tr("%1, %2: %3"), entry.label, entry.region, entry.number)
        self.setAccessibleName(summary)
        self.setAccessibleDescription(f"{toll_free}. {self.caution.text()}".strip())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_chain(self) -> list[QWidget]:
        """The row's focusable widgets in tab order."""
        return [self.number, self.copy_button] + ([self.call_button] if self.call_button else [])

    def _call(self) -> None:
        if self.tel is not None:
            self.dialogs.open_url(self.window(), self.tel, self.tr("the number"))
