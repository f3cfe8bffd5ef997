"""The Japan-specific Customer Care guide, pointed out to organizations in Japan and to Japanese-speaking users.

Customer Care publishes a Japanese version of its page for Japan (the profile's ``links.care_page_ja``), with the
overview of Customer Care in Japan and the My Support guide for Genesys Cloud Japan. This label links to it; it
never fetches anything itself (the link opens in the browser only on a click).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from care_desktop.domain.profile import Profile
from care_desktop.ui.i18n import current_language, fill, on_language_change
from care_desktop.ui.pages.base import link


class JapanCareNote(QLabel):
    """A one-line note with the link, shown only when it applies.

    Args:
        profile: The Customer Care profile (its regions and ``care_page_ja`` link).
        parent: Owner.
    """

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.profile = profile
        self.region = ""
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(True)
        self.retranslate()

    def applies(self) -> bool:
        """Whether the note is for this user: an organization in a Japanese region, or the UI in Japanese."""
        return self.profile.in_japan(self.region) or current_language() == "ja"

    def set_region(self, region: str) -> None:
        """Show or hide the note for the organization's region domain (empty while it is unknown)."""
        self.region = region
        self._show_if_it_applies()

    def retranslate(self) -> None:
        """Set the text, and show or hide the note for the language now in use."""
        target = self.profile.links["care_page_ja"]
        self.setText(
            fill(
                self.tr("For organizations in Japan, Customer Care publishes its own guide: %1."),
                link(target.url, self.tr("Genesys Cloud Customer Care (Japan)")),
            )
        )
        self.setAccessibleName(self.tr("Customer Care guide for Japan"))
        self.setToolTip(target.url)
        self._show_if_it_applies()

    def _show_if_it_applies(self) -> None:
        if not self.applies():
            self.hide()
        elif self.parentWidget() is not None:  # a widget without a parent would open as a window of its own
            self.show()
