"""Step 4, "Organization": short name, organization ID, region and the contact, remembered for next time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.identifiers import is_uuid, normalize_uuid, organization_id
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.profile import Profile
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.base import StepPage, wrapping_label
from care_desktop.ui.styles import keep_styled, muted_style

if TYPE_CHECKING:  # the look-up (and requests with it) is loaded when the user opens it
    from care_desktop.services.platform.org_lookup import OrgInfo
    from care_desktop.ui.org_lookup_dialog import OrgLookupDialog


class HelpToggle(QWidget):
    """A field with a "Where do I find this?" button that shows or hides a help text below the form row."""

    def __init__(self, field: QWidget, help_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.setText("?")
        layout.addWidget(self.button)
        self.help_label = help_label
        help_label.setVisible(False)
        keep_styled(help_label, muted_style)
        self.button.toggled.connect(help_label.setVisible)


REGION_CHARACTERS = 24
ORG_ID_PADDING = 16
"""Pixels of a line edit around its text (frame and margins), so that a whole organization ID shows."""
"""The region box is at least this many characters wide (a longer name is cut in the box, not in its list)."""


class OrgForm(QWidget):
    """The organization and contact fields, shared by this page and the main window's profile panel.

    Args:
        profile: The Customer Care profile (for the regions).
        vertical: Stack the organization and contact boxes instead of placing them side by side.
        parent: Owner.
    """

    def __init__(self, profile: Profile, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.short_name = QLineEdit()
        self.org_id = QLineEdit()
        self.org_id.setPlaceholderText("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
        self.org_id_state = QLabel()
        self._regions = profile.regions
        self.region = QComboBox()
        for region in profile.regions:
            self.region.addItem(f"{region.name} \u2014 {region.domain}", region.domain)
        # The longest region name must not set the width of the home's profile panel (and squeeze the drafts
        # list beside it); the list that drops down is as wide as its longest name.
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region.setMinimumContentsLength(REGION_CHARACTERS)
        self.region.view().setMinimumWidth(self.region.view().sizeHintForColumn(0))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.short_name_help = wrapping_label()
        self.org_id_help = wrapping_label()
        self.org_box = QGroupBox()
        org_layout = QFormLayout(self.org_box)
        self.short_name_row = HelpToggle(self.short_name, self.short_name_help)
        self.org_id_row = HelpToggle(self.org_id, self.org_id_help)
        self.short_name_caption = QLabel()
        self.org_id_caption = QLabel()
        self.region_caption = QLabel()
        org_layout.addRow(self.short_name_caption, self.short_name_row)
        org_layout.addRow("", self.short_name_help)
        org_layout.addRow(self.org_id_caption, self.org_id_row)
        org_layout.addRow("", self.org_id_help)
        org_layout.addRow("", self.org_id_state)
        org_layout.addRow(self.region_caption, self.region)
        self.lookup_button = QPushButton()
        self.lookup_button.clicked.connect(self.open_lookup)
        org_layout.addRow("", self.lookup_button)
        self.contact_box = QGroupBox()
        contact_layout = QFormLayout(self.contact_box)
        self.name_caption = QLabel()
        self.email_caption = QLabel()
        self.phone_caption = QLabel()
        contact_layout.addRow(self.name_caption, self.name)
        contact_layout.addRow(self.email_caption, self.email)
        contact_layout.addRow(self.phone_caption, self.phone)
        for caption, field in (
            (self.short_name_caption, self.short_name),
            (self.org_id_caption, self.org_id),
            (self.region_caption, self.region),
            (self.name_caption, self.name),
            (self.email_caption, self.email),
            (self.phone_caption, self.phone),
        ):
            caption.setBuddy(field)
        if vertical:  # a narrow panel (the home's): an ID too wide beside its caption goes under it, whole
            uuid = self.org_id.placeholderText()
            self.org_id.setMinimumWidth(self.org_id.fontMetrics().horizontalAdvance(uuid) + ORG_ID_PADDING)
            org_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.org_box, 3)
        layout.addWidget(self.contact_box, 2)
        self.org_id.editingFinished.connect(self._tidy_org_id)
        self.org_id.textEdited.connect(self._tidy_pasted_org_id)
        self.org_id.textChanged.connect(self._show_org_id_state)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.org_box.setTitle(self.tr("Organization"))
        self.contact_box.setTitle(self.tr("Contact"))
        self.short_name_caption.setText(self.tr("&Short name:"))
        self.org_id_caption.setText(self.tr("Organization &ID:"))
        self.region_caption.setText(self.tr("&Region:"))
        self.name_caption.setText(self.tr("N&ame:"))
        self.email_caption.setText(self.tr("&E-mail:"))
        self.phone_caption.setText(self.tr("&Phone:"))
        self.short_name_help.setText(
            self.tr("In Genesys Cloud: Admin > Account Settings > Organization Settings. It is the short name.")
        )
        self.org_id_help.setText(
            self.tr("In Genesys Cloud: Admin > Account Settings > Organization Settings, then click Advanced.")
        )
        self.lookup_button.setText(self.tr("&Look up with an OAuth client\u2026"))
        self.lookup_button.setToolTip(
            self.tr("Fill the organization ID and short name from Genesys Cloud; the secret is never saved.")
        )
        self.short_name_row.button.setToolTip(self.tr("Where do I find the short name?"))
        self.org_id_row.button.setToolTip(self.tr("Where do I find the organization ID?"))
        self.short_name_row.button.setAccessibleName(self.tr("Where do I find the short name?"))
        self.org_id_row.button.setAccessibleName(self.tr("Where do I find the organization ID?"))
        self.short_name_row.button.setAccessibleDescription(
            self.tr("Shows or hides where to find it in Genesys Cloud.")
        )
        self.org_id_row.button.setAccessibleDescription(self.tr("Shows or hides where to find it in Genesys Cloud."))
        self.lookup_button.setAccessibleDescription(
            self.tr("Fill the organization ID and short name from Genesys Cloud; the secret is never saved.")
        )
        self.short_name.setAccessibleName(self.tr("Organization short name"))
        self.short_name.setAccessibleDescription(self.tr("The short name your organization logs in with."))
        self.org_id.setAccessibleName(self.tr("Organization ID"))
        self.org_id.setAccessibleDescription(self.tr("A UUID: 32 hexadecimal digits in groups of 8-4-4-4-12"))
        self.region.setAccessibleName(self.tr("Genesys Cloud region"))
        self.region.setAccessibleDescription(
            self.tr("Where your organization runs; it chooses the status and phone numbers shown.")
        )
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setAccessibleDescription(self.tr("The contact Product Support speaks to about the case."))
        self.email.setAccessibleName(self.tr("Your e-mail address"))
        self.email.setAccessibleDescription(self.tr("Where Product Support writes to you about the case."))
        self.phone.setAccessibleName(self.tr("Your callback phone number"))
        self.phone.setPlaceholderText(self.tr("Where Product Support can call you back"))
        self.phone.setAccessibleDescription(self.tr("Where Product Support can call you back"))
        self._show_org_id_state(self.org_id.text())

    def open_lookup(self) -> OrgLookupDialog:
        """Offer to fill the ID and short name from the Genesys Cloud API (with the user's OAuth client)."""
        from care_desktop.ui.org_lookup_dialog import OrgLookupDialog

        dialog = OrgLookupDialog(self._regions, str(self.region.currentData()), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.organization_chosen.connect(self.use_lookup)
        dialog.show()
        return dialog

    def use_lookup(self, info: OrgInfo) -> None:
        """Fill the fields from a look-up's result."""
        if info.short_name:
            self.short_name.setText(info.short_name)
        self.org_id.setText(info.id)
        index = self.region.findData(info.region)
        if index >= 0:
            self.region.setCurrentIndex(index)

    def _tidy_org_id(self) -> None:
        """Turn pasted text (``Organization ID: <uuid>``, a URL, a line of a log) into the organization's ID."""
        text = self.org_id.text()
        tidy = normalize_uuid(text) if is_uuid(text) else organization_id(text) or text
        if tidy != text:
            self.org_id.setText(tidy)

    def _tidy_pasted_org_id(self, text: str) -> None:
        """Pick the ID out at once when more than an ID was pasted (typing an ID stays untouched)."""
        if not is_uuid(text) and organization_id(text):
            self._tidy_org_id()

    def _show_org_id_state(self, text: str) -> None:
        text = self.org_id.text()  # the field's text now: a paste may have been tidied since this signal left
        if not text.strip():
            self.org_id_state.setText("")
        elif is_uuid(text):
            self.org_id_state.setText("\u2714 " + self.tr("Valid organization ID"))
        else:
            self.org_id_state.setText("\u2716 " + self.tr("Not a valid ID yet: 8-4-4-4-12 hexadecimal digits"))

    def set_values(self, org: Organization, contact: Contact) -> None:
        """Fill the fields."""
        self.short_name.setText(org.short_name)
        self.org_id.setText(org.id)
        index = self.region.findData(org.region)
        self.region.setCurrentIndex(index if index >= 0 else 0)
        self.name.setText(contact.name)
        self.email.setText(contact.email)
        self.phone.setText(contact.phone)
        self._show_org_id_state(org.id)

    def organization(self) -> Organization:
        """The organization as entered."""
        org_id = self.org_id.text().strip()
        org_id = organization_id(org_id) or org_id
        return Organization(
            self.short_name.text().strip(),
            normalize_uuid(org_id) if is_uuid(org_id) else org_id,
            str(self.region.currentData()),
        )

    def update_contact(self, contact: Contact) -> None:
        """Copy the contact fields into ``contact`` (its 24x7 flag is left alone)."""
        contact.name = self.name.text().strip()
        contact.email = self.email.text().strip()
        contact.phone = self.phone.text().strip()

    def editors(self) -> list[QWidget]:
        """The input widgets, for signal blocking and change tracking."""
        return [self.short_name, self.org_id, self.region, self.name, self.email, self.phone]


class OrganizationPage(StepPage):
    """The organization and contact of the case."""

    step = Step.ORGANIZATION

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.form = OrgForm(self.context.profile, vertical=True)
        for editor in (self.form.short_name, self.form.org_id, self.form.name, self.form.email, self.form.phone):
            editor.textChanged.connect(self.on_edited)
        self.form.region.currentIndexChanged.connect(self.on_edited)
        self.remember = QCheckBox()
        self.remember.setChecked(True)
        self.body.addWidget(self.form)
        self.body.addWidget(self.remember)
        self.finish_layout()

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Organization and contact"))
        self.setSubTitle(self.tr("Product Support needs the organization short name and ID to find your organization."))
        self.remember.setText(self.tr("Remember the organization and contact for my next cases"))
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setAccessibleDescription(self.tr("Fills these details into every new case on this computer."))
        self.form.retranslate()

    def input_widgets(self) -> list[QObject]:
        """The editors of the form."""
        return [*self.form.editors(), self.remember]

    def load(self) -> None:
        """Show the draft's organization and contact."""
        self.form.set_values(self.draft.case.org, self.draft.case.contact)

    def store(self) -> None:
        """Keep the organization and contact."""
        self.draft.case.org = self.form.organization()
        self.form.update_contact(self.draft.case.contact)
