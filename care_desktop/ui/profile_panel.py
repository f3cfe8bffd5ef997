"""The organization profile of the main window: what every new case starts with."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.services.store import OrgProfile
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.pages.organization import OrgForm


class ProfilePanel(QGroupBox):
    """Edits and saves the remembered organization and contact.

    Signals:
        saved: The profile was saved.

    Args:
        context: Services and settings.
        parent: Owner.
    """

    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = OrgForm(context.profile, vertical=True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.feedback = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        profile = context.org_profile()
        self.form.set_values(profile.org, profile.contact)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Organization profile"))
        self.intro.setText(self.tr("Filled into every new case. Kept on this computer only."))
        self.save_button.setText(self.tr("Save &profile"))
        self.save_button.setAccessibleDescription(
            self.tr("Saves the organization and contact for new cases, on this computer only.")
        )
        self.form.retranslate()
        # In the main window, Alt+N is New case and Alt+P saves the profile: these two fields use other letters.
        self.form.name_caption.setText(self.tr("N&ame:"))
        self.form.phone_caption.setText(self.tr("P&hone:"))

    def save(self) -> None:
        """Remember the organization and contact for new cases."""
        current = self.context.org_profile()
        self.form.update_contact(current.contact)
        self.context.store.save_org_profile(OrgProfile(self.form.organization(), current.contact))
        self.feedback.setText(self.tr("Saved. New cases start with these details."))
        self.saved.emit()
