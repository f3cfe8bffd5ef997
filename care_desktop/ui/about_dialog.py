"""About Care Desktop: version, where the user's data lives, licences and the official links.

Shows facts; opens links and the data folder only through the ``Dialogs`` seam (which shows the address with
Copy when nothing on the computer opens it). It writes nothing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from care_desktop.services.about.licences import OWN_LICENCE, library_licences
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.pages.base import link, wrapping_label
from care_desktop.ui.windows.links import route_all_links

LINK_KEYS = ("care_page", "my_support", "status_page", "troubleshooting", "designated_contacts")


class AboutDialog(QDialog):
    """Version, data folder (with Open), licences, links.

    Args:
        context: Services and settings (the version, the paths, the profile's links, the dialogs).
        parent: Owner.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.facts = wrapping_label(rich=True)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.show_data_folder)
        self.licences = QTreeWidget()
        self.licences.setColumnCount(3)
        self.licences.setRootIsDecorated(False)
        self.licences.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.licences.addTopLevelItem(QTreeWidgetItem(["Care Desktop", context.version, OWN_LICENCE]))
        for item in library_licences():
            self.licences.addTopLevelItem(QTreeWidgetItem([item.name, item.version, item.licence]))
        self.links = wrapping_label(rich=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.facts, self.open_folder, self.licences, self.links, self.buttons):
            layout.addWidget(widget)
        route_all_links(self, context.dialogs)
        self.retranslate()
        self.resize(620, 560)

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("About Care Desktop"))
        self.heading.setText(fill(self.tr("Care Desktop %1"), self.context.version))
        self.facts.setText(
            escape(self.tr("Prepares Genesys Cloud Customer Care cases: severity, identifiers, redacted evidence."))
            + "<br><br>"
            + escape(fill(self.tr("Your data (drafts, cases, settings) is kept in: %1"), str(self.context.paths.base)))
        )
        self.open_folder.setText(self.tr("Open the &data folder"))
        self.licences.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.licences.setAccessibleName(self.tr("Licences"))
        links = self.context.profile.links
        self.links.setText("<br>".join(link(links[key].url, links[key].title) for key in LINK_KEYS if key in links))

    def show_data_folder(self) -> None:
        """Open the data folder (or show its path with Copy)."""
        self.context.dialogs.open_url(self, str(self.context.paths.base), self.tr("the folder"))
