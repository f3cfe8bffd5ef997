"""Step 1, "Before you start": who is filing, and the published checklist before opening a case."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from care_desktop.domain.case.draft import ContactRole, Draft
from care_desktop.domain.status.advice import incident_reference
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import ROLE_SETTING
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill
from care_desktop.ui.pages.base import StepPage, link, scroll_area, tab_stop_at_checked, wrapping_label
from care_desktop.ui.widgets.japan_care_note import JapanCareNote
from care_desktop.ui.widgets.status_panel import StatusPanel

if TYPE_CHECKING:
    from care_desktop.domain.status.summary import Incident


class BeforeStartPage(StepPage):
    """Designated Contact confirmation and the checklist of the Customer Care page."""

    step = Step.BEFORE_START

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        self.status_panel: StatusPanel | None = None
        super().__init__(draft, context, parent)

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.role_box = QGroupBox()
        role_layout = QVBoxLayout(self.role_box)
        self.designated = QRadioButton()
        self.preparing = QRadioButton()
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.designated)
        self.roles.addButton(self.preparing)
        self.role_note = wrapping_label(rich=True)
        for widget in (self.designated, self.preparing, self.role_note):
            role_layout.addWidget(widget)
        self.roles.buttonToggled.connect(lambda *_: self.on_edited())
        tab_stop_at_checked(self.roles)

        self.checklist_box = QGroupBox()
        checklist = QVBoxLayout(self.checklist_box)
        self.troubleshooting = wrapping_label(rich=True)
        self.responsibility = wrapping_label(rich=True)
        self.gather = wrapping_label()  # no link: not a stop for Tab
        self.status = wrapping_label(rich=True)
        self.japan = JapanCareNote(self.context.profile)
        for widget in (self.troubleshooting, self.responsibility, self.gather, self.status, self.japan):
            checklist.addWidget(widget)
        if self.context.status is not None:
            self.status_panel = StatusPanel(
                self.context.status,
                self.context.profile.regions,
                self.draft.case.org.region,
                offer_reference=True,
                dialogs=self.context.dialogs,
            )
            self.status_panel.reference_requested.connect(self._reference_incident)
            self.status.setVisible(False)
        self.status_reference = wrapping_label()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.role_box)
        if self.status_panel is not None:
            column.addWidget(self.status_panel)
        column.addWidget(self.status_reference)
        column.addWidget(self.checklist_box)
        column.addStretch(1)
        scroll = scroll_area(content)
        self.body.addWidget(scroll, 1)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        profile = self.context.profile
        self.setTitle(self.tr("Before you start"))
        self.setSubTitle(self.tr("Product Support can act on a case the first time when it has what they ask for."))
        self.role_box.setTitle(self.tr("Who is filing this case?"))
        self.designated.setText(self.tr("I am a Designated Contact of my organization"))
        self.preparing.setText(self.tr("I am preparing this case for a Designated Contact, who will file it"))
        self.role_note.setText(
            fill(
                self.tr("Only Designated Contacts may open cases with Product Support (%1)."),
                link(profile.links["designated_contacts"].url, self.tr("who they are")),
            )
        )
        self.checklist_box.setTitle(self.tr("Before opening a case"))
        self.troubleshooting.setText(
            fill(
                self.tr("<b>1. Do some basic troubleshooting.</b> See %1."),
                link(profile.links["troubleshooting"].url, self.tr("Troubleshooting before calling Customer Care")),
            )
        )
        items = "".join(f"<li>{escape(item)}</li>" for item in profile.responsibilities)
        self.responsibility.setText(
            self.tr(
                "<b>2. Make sure the problem is Product Support's to handle.</b> Your organization is responsible for:"
            )
            + f"<ul>{items}</ul>"
            + link(profile.links["areas_of_responsibility"].url, self.tr("Customer areas of responsibility"))
        )
        gather = "".join(f"<li>{escape(item)}</li>" for item in (*profile.gather, *profile.also))
        self.gather.setText(self.tr("<b>3. Gather:</b>") + f"<ul>{gather}</ul>")
        self.status.setText(
            fill(
                self.tr("Known incidents are posted on %1."),
                link(profile.links["status_page"].url, "status.mypurecloud.com"),
            )
        )
        self.designated.setAccessibleName(self.designated.text())
        self.preparing.setAccessibleName(self.preparing.text())
        self.designated.setAccessibleDescription(self.tr("You will open the case with Product Support yourself."))
        self.preparing.setAccessibleDescription(
            self.tr("You prepare the case, and a Designated Contact of your organization opens it.")
        )

    def page_shown(self) -> None:
        """Check the Genesys Cloud status in the background."""
        if self.status_panel is not None:
            self.status_panel.set_region(self.draft.case.org.region)
            self.status_panel.refresh()

    def _reference_incident(self, incident: Incident) -> None:
        self.draft.case.status_incident = incident_reference(incident)
        self.status_reference.setText(fill(self.tr("The case will refer to: %1"), self.draft.case.status_incident))
        self.on_edited()

    def load(self) -> None:
        """Select the remembered role."""
        role = self.draft.contact_role
        if role is None:
            remembered = self.context.store.setting(ROLE_SETTING)
            role = ContactRole(remembered) if remembered in {r.value for r in ContactRole} else None
            self.draft.contact_role = role
        self.japan.set_region(self.draft.case.org.region)
        self.status_reference.setText(
            fill(self.tr("The case will refer to: %1"), self.draft.case.status_incident)
            if self.draft.case.status_incident
            else ""
        )
        self.designated.setChecked(role is ContactRole.DESIGNATED)
        self.preparing.setChecked(role is ContactRole.PREPARING_FOR)

    def store(self) -> None:
        """Keep the chosen role."""
        if self.designated.isChecked():
            self.draft.contact_role = ContactRole.DESIGNATED
        elif self.preparing.isChecked():
            self.draft.contact_role = ContactRole.PREPARING_FOR
