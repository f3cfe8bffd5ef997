"""How to save console logs and HAR files: one help page per source, from ``resources/help``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from care_desktop.services.evidence import HELP_TOPICS
from care_desktop.services.resources import ResourceError, help_text
from care_desktop.ui.i18n import fill, on_language_change


class EvidenceHelpDialog(QDialog):
    """Tabs: Chrome/Edge, Firefox, the Genesys Cloud desktop app.

    Args:
        language: The UI language code (English when a page has no translation).
        parent: Owner.
    """

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.tabs = QTabWidget()
        self.pages: list[QTextBrowser] = []
        for topic in HELP_TOPICS:
            browser = QTextBrowser()
            browser.setOpenExternalLinks(True)
            try:
                browser.setMarkdown(help_text(topic, language))
            except ResourceError as error:
                browser.setPlainText(str(error))
            self.pages.append(browser)
            self.tabs.addTab(browser, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("How to save console logs and HAR files"))
        titles = [self.tr("Chrome and Edge"), self.tr("Firefox"), self.tr("Genesys Cloud desktop app")]
        for index, (title, page) in enumerate(zip(titles, self.pages, strict=True)):
            self.tabs.setTabText(index, title)
            page.setAccessibleName(fill(self.tr("Help: %1"), title))
            page.setAccessibleDescription(self.tr("Steps to save console logs and HAR files, read-only."))
        if (close := self.buttons.button(QDialogButtonBox.StandardButton.Close)) is not None:
            close.setAccessibleDescription(self.tr("Closes the help."))
