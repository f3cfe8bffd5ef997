"""The main window's Help menu: the help pages, the official links, the data folder, About.

Every entry opens something through the ``Dialogs`` seam or a dialog of the app; the menu decides nothing.
The evidence help and About dialogs are imported when opened: with what they read (the evidence readers,
the installed packages' metadata) they would add about 0.1 s to the home of every start.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import current_language, on_language_change


class HelpMenu(QMenu):
    """Help: how to save logs and HAR files, the Customer Care pages, the data folder, About.

    Args:
        context: Services and settings.
        parent: The main window.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self.evidence_action = QAction(self)
        self.evidence_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.evidence_action.triggered.connect(self.show_evidence_help)
        self.link_actions: dict[str, QAction] = {}
        for key in ("care_page", "troubleshooting", "status_page", "my_support"):
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, name=key: self.open_link(name))
            self.link_actions[key] = action
        self.folder_action = QAction(self)
        self.folder_action.triggered.connect(self.show_data_folder)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.evidence_action)
        self.addSeparator()
        for action in self.link_actions.values():
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.folder_action)
        self.addAction(self.about_action)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("&Help"))
        self.evidence_action.setText(self.tr("How to save &logs and HAR files\u2026"))
        links = self.context.profile.links
        for key, action in self.link_actions.items():
            action.setText(links[key].title if key in links else key)
        self.folder_action.setText(self.tr("Open the &data folder"))
        self.about_action.setText(self.tr("&About Care Desktop\u2026"))

    def show_evidence_help(self) -> QWidget:
        """The help pages on saving console logs and HAR files."""
        from care_desktop.ui.evidence_help_dialog import EvidenceHelpDialog

        dialog = EvidenceHelpDialog(current_language(), self.parentWidget())
        dialog.show()
        return dialog

    def open_link(self, key: str) -> bool:
        """Open one of the profile's official links (or show it with Copy)."""
        url = self.context.profile.links[key].url
        return self.context.dialogs.open_url(self.parentWidget(), url, self.tr("the web page"))

    def show_data_folder(self) -> bool:
        """Open the folder holding the user's data (or show its path with Copy)."""
        return self.context.dialogs.open_url(self.parentWidget(), str(self.context.paths.base), self.tr("the folder"))

    def show_about(self) -> QWidget:
        """Version, data folder, licences, links."""
        from care_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.context, self.parentWidget())
        dialog.show()
        return dialog
