"""The "Critical outage" window of the main window: one click from launch to the number to call.

It shows the same panel as the wizard's Severity 1 step, filled from the organization profile; after the call
it turns what the user entered into a Severity 1 draft that carries the case number, so that the evidence
can be prepared for that case.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.case.draft import ContactRole, Draft, new_draft
from care_desktop.domain.case.model import Case
from care_desktop.domain.severity import Answers, rationale_text
from care_desktop.domain.tracker.model import TrackerError, new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import ROLE_SETTING
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.widgets.severity_one_panel import SeverityOnePanel

CRITICAL_ANSWERS = Answers(critical_works=False, workaround=False)


class CriticalOutageDialog(QDialog):
    """Phone number, read-out card and call details for a critical outage.

    Signals:
        draft_created: The user saved the call as a Severity 1 draft (the draft, already saved).

    Args:
        context: Services and settings.
        parent: Owner.
    """

    draft_created = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        profile = context.org_profile()
        self.case = Case(org=copy.deepcopy(profile.org), contact=copy.deepcopy(profile.contact), severity=1)
        # Alt+S saves the call as a draft here, so the directory's search box takes Alt+R. (No "self" in the
        # function: the panel keeps it, and it must not keep this dialog alive.)
        self.panel = SeverityOnePanel(
            context, search_caption=lambda: QCoreApplication.translate("CriticalOutageDialog", "Sea&rch:")
        )
        self.panel.load(self.case)
        self.buttons = QDialogButtonBox()
        self.continue_button = QPushButton()
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.continue_button.clicked.connect(self.save_as_draft)
        self.buttons.rejected.connect(self.reject)
        for button in (self.continue_button, self.close_button):
            if button is not None:  # Enter in the search box or a field must not save the call or close the window
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)
        self.retranslate()
        rows = self.panel.directory.rows()
        # The first thing a screen reader says (and Ctrl+C copies) is the caller's number.
        (rows[0].number if rows else self.panel.directory.search_box).setFocus()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Critical outage: call Customer Care"))
        self.continue_button.setText(self.tr("&Save as a Severity 1 draft and continue"))
        self.continue_button.setToolTip(
            self.tr("Keeps the case number and these details, and opens the case to add its evidence.")
        )
        self.continue_button.setAccessibleDescription(self.continue_button.toolTip())
        if self.close_button is not None:
            self.close_button.setAccessibleDescription(self.tr("Closes this window without saving a draft."))

    def showEvent(self, event: QShowEvent) -> None:
        """Leave no default button (the button box makes its accept button one when it is shown)."""
        super().showEvent(event)
        self.continue_button.setDefault(False)

    def save_as_draft(self) -> Draft:
        """Save what was entered as a Severity 1 draft, ready to continue at the organization step."""
        self.panel.store()
        now = self.context.clock().isoformat(timespec="seconds")
        role = self.context.store.setting(ROLE_SETTING)
        known_role = ContactRole(role) if role in {r.value for r in ContactRole} else None
        draft = new_draft(uuid.uuid4().hex, now, self.case.org, self.case.contact, known_role)
        draft.case = copy.deepcopy(self.case)
        draft.answers = CRITICAL_ANSWERS
        draft.case.severity_rationale = rationale_text(1, CRITICAL_ANSWERS, "")
        if self.case.case_number and not draft.case.title:
            draft.case.title = f"Critical outage, case {self.case.case_number}"  # case text stays English
        draft.step = Step.ORGANIZATION
        self.context.store.save_draft(draft)
        self.draft_created.emit(draft)
        self.accept()
        return draft


def track_phone_case(context: UiContext, draft: Draft) -> bool:
    """Start the clocks of a Severity 1 case opened by phone just now.

    Args:
        context: Services and settings.
        draft: The Severity 1 draft carrying the case number from the call.

    Returns:
        True when the case is now tracked; False when it was tracked already (or cannot be).
    """
    zone = ZoneInfo(context.business_zone(draft.time_zone))
    opened = context.clock().astimezone(zone).replace(microsecond=0)
    try:  # opened on the phone: its first response is met (the analyst answered), no reminder of it comes
        case = replace(new_case(draft.case.case_number, 1, opened, draft.case.title, by_phone=True), draft_id=draft.id)
        TrackerStore(context.store).add_case(case)
    except (TrackerError, ValueError):
        return False
    return True
