"""One entry of the Severity 1 phone directory on screen: the number verbatim in large type, Copy and Call.

It never rewrites a number (``entry.number`` is shown and copied as is). Where the printed number cannot be
dialled as printed, the row says why in plain words and what to dial instead: a form derived by the usual rules
(:mod:`care_desktop.services.phones.dialable`, labelled "derived", with its own Copy and Call), or the region's
international line. A Call button exists only for a dialable form, and a link opens only on the user's click.
No file is written here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.phones.directory import PhoneEntry
from care_desktop.services.phones.dialable import Dialling, country_name, dial_advice
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import current_language, fill, on_language_change
from care_desktop.ui.styles import caution_style, keep_styled, muted_style

NUMBER_SCALE = 1.6
NUMBER_PADDING = 12  # pixels kept free right of the number, before the buttons (and its text cursor)


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
        copy_requested: The user asked to copy a number (the verbatim one, or the derived form).

    Args:
        entry: The entry shown.
        parent: Owner.
        fallback: The international line of the entry's region, offered when this number cannot be dialled
            from abroad (None when it is this entry, or unknown).
        dialogs: Opens the ``tel:`` link on Call, or shows the number to copy when nothing handles it.
    """

    copy_requested = Signal(str)

    def __init__(
        self,
        entry: PhoneEntry,
        parent: QWidget | None = None,
        fallback: PhoneEntry | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.entry = entry
        self.dialogs = dialogs or Dialogs()
        self.fallback = fallback if fallback is not None and fallback.number != entry.number else None
        self.advice = dial_advice(entry)
        self.tel = self.advice.tel
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
        self.number.setContentsMargins(0, 0, NUMBER_PADDING, 0)
        self.details = directory_label(muted_style)
        self.derived = directory_label("font-weight: 600;")  # the derived form, labelled as derived
        self.derived.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.derived.setVisible(self.advice.derived)
        self.caution = directory_label(caution_style)
        self.caution.setVisible(self.advice.dialling is not Dialling.AS_PRINTED or bool(entry.caution.strip()))
        self.copy_button = QPushButton()
        self.copy_button.setAutoDefault(False)  # Enter in a dialog must not copy (or call) whatever row is first
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.entry.number))
        self.copy_derived_button: QPushButton | None = None
        self.call_button: QPushButton | None = None
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.title, self.number, self.derived, self.details, self.caution):
            text.addWidget(widget)
        actions = QVBoxLayout()
        actions.addWidget(self.copy_button)
        if self.advice.derived:
            self.copy_derived_button = QPushButton()
            self.copy_derived_button.setAutoDefault(False)
            self.copy_derived_button.clicked.connect(lambda: self.copy_requested.emit(self.advice.international))
            actions.addWidget(self.copy_derived_button)
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
        self.derived.setText(self._derived_text())
        self.caution.setText(self._caution_text())
        derived = self.advice.international
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the number exactly as printed"))
        self.copy_button.setAccessibleName(fill(self.tr("Copy %1"), entry.number))
        self.copy_button.setAccessibleDescription(self.tr("Copies this phone number to the clipboard, as printed."))
        if self.copy_derived_button is not None:
            self.copy_derived_button.setText(self.tr("Copy derived"))
            self.copy_derived_button.setToolTip(
                fill(self.tr("Copy %1, the form to dial from abroad (derived)"), derived)
            )
            self.copy_derived_button.setAccessibleName(fill(self.tr("Copy %1 (derived)"), derived))
            self.copy_derived_button.setAccessibleDescription(
                self.tr("Copies the form to dial from abroad, derived from the printed number.")
            )
        if self.call_button is not None:
            dialled = derived or entry.number
            self.call_button.setText(self.tr("Call derived") if derived else self.tr("Call"))
            self.call_button.setToolTip(fill(self.tr("Call %1 with your phone application"), dialled))
            self.call_button.setAccessibleName(fill(self.tr("Call %1"), dialled))
            self.call_button.setAccessibleDescription(self.tr("Calls this number with your phone application."))
        self.number.setAccessibleName(fill(self.tr("Number for %1: %2"), entry.label, entry.number))
        summary = fill(self.tr("%1, %2: %3"), entry.label, entry.region, entry.number)
        self.setAccessibleName(summary)
        self.setAccessibleDescription(f"{toll_free}. {self.caution.text()}".strip())

    def _derived_text(self) -> str:
        advice = self.advice
        if not advice.derived:
            return ""
        country = country_name(advice.country, current_language())
        return fill(
            self.tr("Derived: dial %1 from abroad, %2 within %3."), advice.international, advice.national, country
        )

    def _caution_text(self) -> str:
        """Every caution in plain words: why the printed number does not work as printed, and what to do."""
        advice, entry = self.advice, self.entry
        if advice.dialling is Dialling.DERIVED:
            if advice.trunk_prefix:
                plain = self.tr(
                    "\u26a0 Do not dial the (0) from abroad: it is the trunk prefix used only for calls within the "
                    "country. The forms above follow from the printed number by the usual rules (worked out by "
                    "Care Desktop, not published)."
                )
            else:
                plain = self.tr(
                    "\u26a0 The printed number is grouped unusually; the forms above follow from it by the usual "
                    "rules (worked out by Care Desktop, not published)."
                )
        elif advice.dialling is Dialling.DOMESTIC:
            plain = self.tr(
                "\u26a0 Written for callers inside the country in its label: from a phone there, dial it exactly "
                "as printed. It does not work from abroad."
            )
        elif advice.dialling is Dialling.UNCLEAR:
            plain = self.tr(
                "\u26a0 This number cannot be dialled from abroad as printed: with its \u201c+\u201d it is not a "
                "valid international number. From a phone in the country in its label, try it as printed without "
                "the \u201c+\u201d."
            )
        else:
            plain = ""
        parts = [plain] if plain else []
        if advice.dialling in (Dialling.DOMESTIC, Dialling.UNCLEAR) and self.fallback is not None:
            parts.append(
                fill(
                    self.tr("If it does not connect, call %1 (%2, %3)."),
                    self.fallback.number,
                    self.fallback.label,
                    self.fallback.region,
                )
            )
        if entry.caution.strip():
            parts.append(fill(self.tr("Published note: %1."), entry.caution.strip()))
        return " ".join(parts)

    def focus_chain(self) -> list[QWidget]:
        """The row's focusable widgets in tab order."""
        derived = [self.copy_derived_button] if self.copy_derived_button else []
        return [self.number, self.copy_button, *derived] + ([self.call_button] if self.call_button else [])

    def _call(self) -> None:
        if self.tel is not None:
            self.dialogs.open_url(self.window(), self.tel, self.tr("the number"))
