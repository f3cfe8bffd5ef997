"""Step 3 (Severity 1 only), "Call Customer Care": phone only, 24x7, and what to have ready for the call."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from care_desktop.domain.draft import Draft
from care_desktop.domain.steps import Step
from care_desktop.ui.context import UiContext
from care_desktop.ui.pages.base import StepPage, link, wrapping_label
from care_desktop.ui.pages.severity import SEV1_STYLE


class SeverityOnePage(StepPage):
    """The phone-only path of a critical outage."""

    step = Step.SEVERITY_ONE

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(draft, context, parent)
        self.rule = wrapping_label(rich=True)
        self.rule.setStyleSheet(SEV1_STYLE)
        self.numbers = wrapping_label(rich=True)
        self.callback_box = QGroupBox()
        form = QFormLayout(self.callback_box)
        self.phone_caption = QLabel()
        self.phone = QLineEdit()
        self.phone_caption.setBuddy(self.phone)
        self.available = QCheckBox()
        self.case_caption = QLabel()
        self.case_number = QLineEdit()
        self.case_caption.setBuddy(self.case_number)
        form.addRow(self.phone_caption, self.phone)
        form.addRow("", self.available)
        form.addRow(self.case_caption, self.case_number)
        self.phone.textChanged.connect(self.on_edited)
        self.case_number.textChanged.connect(self.on_edited)
        self.available.toggled.connect(self.on_edited)
        self.body.addWidget(self.rule)
        self.body.addWidget(self.numbers)
        self.body.addWidget(self.callback_box)
        self.finish_layout()

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        profile = self.context.profile
        level = profile.level(1)
        self.setTitle(self.tr("Critical outage: call Customer Care"))
        self.setSubTitle(self.tr("Severity 1 is handled by phone only, 24 hours a day, 7 days a week."))
        self.rule.setText(
            "<b>"
            + self.tr("Call Customer Care now. Do not open a Severity 1 case in the web portal.")
            + "</b><br>"
            + self.tr("Target initial response: %1.").replace("%1", level.initial_response)
            + " "
            + self.tr("Restoration: %1 (a mean, not a promise).").replace("%1", level.restoration)
        )
        self.numbers.setText(
            self.tr("The numbers to call are on the %1.").replace(
                "%1", link(profile.links["phone_numbers"].url, self.tr("official phone numbers page"))
            )
        )
        self.callback_box.setTitle(self.tr("During and after the call"))
        self.phone_caption.setText(self.tr("&Callback number:"))
        self.phone.setAccessibleName(self.tr("Callback number"))
        self.available.setText(
            self.tr("I (or another Designated Contact) can be reached at all times while Customer Care works on it")
        )
        self.available.setAccessibleName(self.available.text())
        self.case_caption.setText(self.tr("Case &number given on the call:"))
        self.case_number.setAccessibleName(self.tr("Case number given by Customer Care"))

    def input_widgets(self) -> list[QObject]:
        """The editors of the page."""
        return [self.phone, self.available, self.case_number]

    def load(self) -> None:
        """Show the callback details and the case number."""
        self.phone.setText(self.draft.case.contact.phone)
        self.available.setChecked(self.draft.case.contact.available_24x7)
        self.case_number.setText(self.draft.case.case_number)

    def store(self) -> None:
        """Keep the callback details and the case number."""
        self.draft.case.contact.phone = self.phone.text().strip()
        self.draft.case.contact.available_24x7 = self.available.isChecked()
        self.draft.case.case_number = self.case_number.text().strip()
