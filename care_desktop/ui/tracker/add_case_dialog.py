"""Add a filed case to the tracker by hand.

The user gives the number, severity, title, when it was opened and in which zone, and the draft it was
prepared in. It builds the case through ``domain.tracker.new_case`` and saves it with ``TrackerStore``;
problems are shown in the dialog, never as a crash. It must not decide deadlines.
"""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.tracker.case_number import case_title, portal_case_number
from care_desktop.domain.tracker.model import TrackedCase, TrackerError, new_case
from care_desktop.domain.wording import LEVEL_LABELS
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.accessibility import describe
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import on_language_change, tr_domain, tr_message
from care_desktop.ui.pages.base import wrapping_label
from care_desktop.ui.styles import error_color, keep_styled
from care_desktop.ui.widgets.zoned_time_edit import ZonedTimeEdit


class AddCaseDialog(QDialog):
    """Asks for a filed case and starts tracking it on OK.

    Signals:
        case_added: The case number, once saved.

    Args:
        context: Services and settings.
        draft: The draft the case came from, to prefill the form (optional).
        parent: Owner.
    """

    case_added = Signal(str)

    def __init__(self, context: UiContext, draft: Draft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self._given_draft = draft
        self.number = QLineEdit()
        self.severity = QComboBox()
        for level in (1, 2, 3, 4):
            self.severity.addItem("", level)
        self.title = QLineEdit()
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.opened = ZonedTimeEdit()
        self.draft = QComboBox()
        self.draft.addItem("", "")
        for summary in context.store.list_drafts():
            label = summary.title or summary.id[:8]
            if summary.case_number:
                label = f"{label} ({summary.case_number})"
            self.draft.addItem(label, summary.id)
        self.error = wrapping_label()
        keep_styled(self.error, lambda: f"color: {error_color().name()};")
        self.captions = [QLabel() for _ in range(6)]
        form = QFormLayout()
        fields = (self.number, self.severity, self.title, self.zone, self.opened, self.draft)
        for caption, field in zip(self.captions, fields, strict=True):
            form.addRow(caption, field)
            caption.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.zone.currentTextChanged.connect(self._zone_changed)
        self._prefill(draft)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Track a filed case"))
        for caption, text in zip(
            self.captions,
            (
                self.tr("Case &number:"),
                self.tr("&Severity:"),
                self.tr("&Title:"),
                self.tr("Customer's time &zone:"),
                self.tr("&Opened at:"),
                self.tr("Prepared in &draft:"),
            ),
            strict=True,
        ):
            caption.setText(text)
        for index in range(self.severity.count()):
            level = self.severity.itemData(index)
            self.severity.setItemText(index, tr_domain(LEVEL_LABELS[level]))
        self.draft.setItemText(0, self.tr("(none)"))
        self.number.setAccessibleName(self.tr("Case number"))
        self.number.setPlaceholderText(self.tr("The number from the portal or the phone call"))
        self.severity.setAccessibleName(self.tr("Severity"))
        self.title.setAccessibleName(self.tr("Title"))
        self.zone.setAccessibleName(self.tr("Customer's time zone"))
        self.opened.set_accessible_name(self.tr("Opened at"))
        self.draft.setAccessibleName(self.tr("Draft the case was prepared in"))
        describe(
            (self.number, self.tr("The number from the portal or the phone call")),
            (self.severity, self.tr("The severity the case was filed with; it sets the response targets.")),
            (self.title, self.tr("A short title to recognise the case by in the tracker.")),
            (self.zone, self.tr("The time zone whose business hours the case's deadlines count in.")),
            (self.draft, self.tr("The draft the case was prepared in, if any, to add its evidence later.")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Starts tracking the case.")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Closes without tracking a case.")),
        )

    def _prefill(self, draft: Draft | None) -> None:
        zone = self.context.business_zone(draft.time_zone if draft else "")
        if self.zone.findText(zone) < 0:
            zone = "UTC"
        self.zone.setCurrentText(zone)
        self.opened.set_zone(zone)
        self.opened.set_moment(self.context.clock())
        self.severity.setCurrentIndex(2)
        if draft is None:
            return
        self.number.setText(draft.case.case_number)
        if draft.case.severity in (1, 2, 3, 4):
            self.severity.setCurrentIndex(draft.case.severity - 1)
        self.title.setText(draft.display_title())
        self.draft.setCurrentIndex(max(self.draft.findData(draft.id), 0))

    def _zone_changed(self, name: str) -> None:
        try:
            self.opened.set_zone(name.strip())
        except ValueError:
            return

    def case(self) -> TrackedCase:
        """The case as entered.

        Raises:
            TrackerError: Something is missing or invalid.
            ValueError: The zone is unknown.
        """
        self.opened.set_zone(self.zone.currentText().strip())
        number, title = portal_case_number(self.number.text()), case_title(self.title.text())
        severity = int(self.severity.currentData())
        # Severity 1 is opened by phone only: the analyst answered, so the first response is met.
        case = new_case(number, severity, self.opened.moment(), title, by_phone=severity == 1)
        draft_id = str(self.draft.currentData() or "")
        return replace(case, draft_id=draft_id)

    def accept(self) -> None:
        """Save the case, or say what is wrong and stay open."""
        try:
            case = self.case()
            TrackerStore(self.context.store).add_case(case)
        except TrackerError as error:
            self.error.setText(tr_message(error.message))
            return
        except ValueError:
            self.error.setText(self.tr("Choose a time zone from the list, e.g. America/New_York."))
            return
        self._note_number_in_draft(case)
        self.case_added.emit(case.number)
        super().accept()

    def _note_number_in_draft(self, case: TrackedCase) -> None:
        """Write the case number into the draft the case was prepared in (its "Case number" column)."""
        if not case.draft_id:
            return
        if self._given_draft is not None and self._given_draft.id == case.draft_id:
            draft = self._given_draft  # the wizard's own draft: its next autosave keeps the number
        else:
            try:
                draft = self.context.store.load_draft(case.draft_id)
            except (DraftNotFoundError, DraftDamagedError):
                return
        if draft.case.case_number != case.number:
            draft.case.case_number = case.number
            self.context.store.save_draft(draft)
