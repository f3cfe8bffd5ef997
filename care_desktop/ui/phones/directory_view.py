"""The Severity 1 phone directory on screen: the caller's numbers first, verbatim, with where they come from.

Shows the directory in use (administrator's, imported or bundled) with its as-of date, source, a "verify
before calling" warning once it is over a year old, and the official page; a search box; and one row per
entry with a Copy button and, only when :func:`~care_desktop.domain.phones.directory.tel_uri` allows it, a Call button.
It never rewrites a number (``entry.number`` is shown and copied as is), never decides ranking or search
(the phonebook does) and opens a link only when the user clicks it. No file is written here.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.phones.directory import Directory, PhoneEntry, international_lines, is_stale
from care_desktop.services.phones.phonebook import LoadedDirectory, Phonebook
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import fill, on_language_change, tr_message
from care_desktop.ui.pages.base import link
from care_desktop.ui.phones.entry_row import EntryRow, directory_label
from care_desktop.ui.styles import banner_style, caution_style, critical_tone, muted_style
from care_desktop.ui.windows.links import route_all_links

BOLD_STYLE = "font-weight: 600;"


def _stale_style() -> str:
    return banner_style(critical_tone(), padding="6px")


class PhoneDirectoryView(QWidget):
    """The directory in use, ordered for the caller, searchable.

    Signals:
        number_copied: A number was put on the clipboard (verbatim).

    Args:
        phonebook: Finds the directory in use and ranks and searches it.
        today: Gives the current date (for the "verify before calling" warning).
        parent: Owner.
        search_caption: Gives the search box's translated caption, for a window whose own buttons use the S of
            "&Search:" (default: that caption).
        dialogs: Opens the links and the Call button (and shows the address when nothing opens it).
    """

    number_copied = Signal(str)

    def __init__(
        self,
        phonebook: Phonebook,
        today: Callable[[], date],
        parent: QWidget | None = None,
        search_caption: Callable[[], str] | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.dialogs = dialogs or Dialogs()
        self._search_caption_text = search_caption
        self.phonebook = phonebook
        self._today = today
        self._region_domain: str | None = None
        self._country: str | None = None
        self._loaded: LoadedDirectory = phonebook.load()
        self._rows: list[EntryRow] = []
        self._has_mine = False
        self._stale = True  # the rows are built when the view is shown or asked for, once per change
        self.heading = directory_label(BOLD_STYLE)
        self.provenance = directory_label(rich=True)
        self.stale = directory_label(_stale_style)
        self.official = directory_label(rich=True)
        self.warnings = directory_label(caution_style)
        self.search_caption = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_caption.setBuddy(self.search_box)
        self.show_all = QCheckBox()
        self.hint = directory_label(muted_style)
        self.status = directory_label()
        self._rows_in_full = False
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the rows take the focus, and scroll it into view
        search_row = QHBoxLayout()
        for widget, stretch in ((self.search_caption, 0), (self.search_box, 1), (self.show_all, 0)):
            search_row.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.provenance, self.stale, self.official, self.warnings):
            layout.addWidget(widget)
        layout.addLayout(search_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(self.status)
        self.search_box.textChanged.connect(self._rebuild)
        self.show_all.toggled.connect(self._rebuild)
        self.retranslate()
        route_all_links(self, self.dialogs)

    # -- public API ----------------------------------------------------------------------------------------

    @property
    def directory(self) -> Directory:
        """The directory in use."""
        return self._loaded.directory

    def set_preference(self, region_domain: str | None, country: str | None) -> None:
        """Put the caller's entries first.

        Args:
            region_domain: The organization's Genesys Cloud region domain, e.g. ``"mypurecloud.jp"``.
            country: The caller's country name, ISO code or locale, e.g. ``"ja_JP"``.
        """
        self._region_domain, self._country = region_domain or None, country or None
        self._rebuild()

    def set_show_all(self, show: bool) -> None:
        """Show (or hide) the entries of other regions below the caller's."""
        self.show_all.setChecked(show)

    def reload(self) -> None:
        """Read the directory in use again (after an import, a removal or a deployment)."""
        self._loaded = self.phonebook.load()
        self.retranslate()

    def rows(self) -> list[EntryRow]:
        """The entry rows shown, in order."""
        self._build_if_stale()
        return list(self._rows)

    def shown_entries(self) -> list[PhoneEntry]:
        """The entries shown, in order."""
        return [row.entry for row in self.rows()]

    def primary_entry(self) -> PhoneEntry | None:
        """The caller's best entry, or None when neither their region nor their country is known."""
        mine = self.phonebook.rank(self.directory, self._region_domain, self._country).mine
        return mine[0] if mine else None

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text; called at construction, on a language change and after a reload."""
        directory = self.directory
        self.heading.setText(self.tr("Customer Care phone numbers for Severity 1 (24x7)"))
        if directory.origin == "site":
            origin = fill(self.tr("deployed by your administrator (%1)"), directory.location)
        elif directory.origin == "user":
            origin = fill(self.tr("imported by you (%1)"), directory.location)
        else:
            origin = self.tr("bundled with Care Desktop")
        provenance = fill(self.tr("Numbers as of %1, %2."), directory.as_of, origin)
        source = fill(escape(self.tr("Source: %1")), link(directory.source, directory.source))
        self.provenance.setText(f"{escape(provenance)}<br>{source}")
        self.provenance.setAccessibleName(self.tr("Where these numbers come from"))
        stale = is_stale(directory.as_of, self._today())
        self.stale.setVisible(stale)
        warning = self.tr("\u26a0 Published on %1 \u2014 verify before calling: the numbers may have changed since.")
        self.stale.setText(fill(warning, directory.as_of) if stale else "")
        page = self.phonebook.official_page()
        self.official.setText(fill(escape(self.tr("Current numbers: %1")), link(page.url, page.title)))
        self.official.setAccessibleName(self.tr("Link to the official phone numbers page"))
        self.warnings.setText("\n".join("\u26a0 " + tr_message(warning) for warning in self._loaded.warnings))
        self.warnings.setVisible(bool(self._loaded.warnings))
        caption = self._search_caption_text
        self.search_caption.setText(caption() if caption is not None else self.tr("&Search:"))
        self.search_box.setPlaceholderText(self.tr("Country, region or label, e.g. Japan, Brazil, EMEA"))
        self.search_box.setAccessibleName(self.tr("Search the phone numbers by country, region or label"))
        self.search_box.setAccessibleDescription(self.tr("Lists only the numbers that match what you type."))
        self.show_all.setText(self.tr("Show &all regions"))
        self.show_all.setAccessibleName(self.tr("Show all regions"))
        self.show_all.setAccessibleDescription(self.tr("Lists the numbers of every region, not only yours."))
        self.list_area.setAccessibleName(self.tr("Phone numbers"))
        self._rebuild()

    # -- the list ------------------------------------------------------------------------------------------

    def _groups(self, query: str) -> list[tuple[str, tuple[PhoneEntry, ...]]]:
        """What to show: (heading, entries) in order, from the search text, the preference and "show all"."""
        directory = self.directory
        ranking = self.phonebook.rank(directory, self._region_domain, self._country)
        self._has_mine = bool(ranking.mine)
        if query:
            found = self.phonebook.search(directory, query)
            return [(fill(self.tr("Matches for \u201c%1\u201d"), query), found)] if found else []
        groups: list[tuple[str, tuple[PhoneEntry, ...]]] = []
        if ranking.mine:
            groups.append((self.tr("For you"), ranking.mine))
        if self.show_all.isChecked() or not ranking.mine:
            for region in directory.regions:
                entries = tuple(entry for entry in ranking.others if entry.region == region)
                if entries:
                    groups.append((region, entries))
        return groups

    def show_rows_in_full(self) -> None:
        """Let the rows take the height they need, for a page that scrolls as a whole.

        A scroll area inside another cuts a row (its caution, half a line) at its lower edge; in full, the one
        outer scroll bar shows everything.
        """
        self._rows_in_full = True
        self.list_area.setMaximumHeight(16777215)
        self.list_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()

    def _fit_rows(self) -> None:
        container = self.list_area.widget()
        if not self._rows_in_full or container is None:
            return
        layout = container.layout()
        width = max(self.list_area.viewport().width(), self.width(), 200)
        height = layout.heightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        height = height if height > 0 else container.sizeHint().height()
        self.list_area.setFixedHeight(height + 2 * self.list_area.frameWidth())

    def _fit_width(self, container: QWidget) -> None:
        """Ask the window for the rows' width (a number in full, its buttons beside it): never a sideways scroll."""
        bar = 0 if self._rows_in_full else self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.list_area.frameWidth()
        self.list_area.setMinimumWidth(container.minimumSizeHint().width() + bar + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the rows shown in full to the new width (wrapped lines change their height)."""
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event: QShowEvent) -> None:
        """Build the rows left for later while the view was hidden."""
        self._build_if_stale()
        super().showEvent(event)

    def _rebuild(self) -> None:
        """Build the rows now when the view is on screen, else when it is shown (a dialog sets several things)."""
        self._stale = True
        if self.isVisible():
            self._build_if_stale()

    def _build_if_stale(self) -> None:
        if not self._stale:
            return
        self._stale = False
        query = self.search_box.text().strip()
        container = QWidget()
        container.setAccessibleName(self.tr("Phone numbers"))
        column = QVBoxLayout(container)
        self._rows = []
        lines = {entry.region: entry for entry in international_lines(self.directory)}
        for heading, entries in self._groups(query):
            title = directory_label("font-weight: 600; margin-top: 6px;")
            title.setText(heading)
            column.addWidget(title)
            for entry in entries:
                row = EntryRow(entry, fallback=lines.get(entry.region), dialogs=self.dialogs)
                row.copy_requested.connect(self._copy)
                column.addWidget(row)
                self._rows.append(row)
        column.addStretch(1)
        old = self.list_area.takeWidget()
        self.list_area.setWidget(container)
        self._fit_width(container)
        self._fit_rows()
        if old is not None:
            old.deleteLater()  # not at once: a language change may still be walking through its rows
        self.show_all.setEnabled(not query and self._has_mine)
        if query and not self._rows:
            hint = self.tr("No entry matches \u201c%1\u201d. Try a country, a region or a label, e.g. Japan or EMEA.")
            self.hint.setText(fill(hint, query))
        elif not query and not self._has_mine:
            self.hint.setText(self.tr("Your region is not known: all regions are shown. Search for your country."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self._order_tabs()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.search_box, self.show_all]
        for row in self._rows:
            chain.extend(row.focus_chain())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _copy(self, number: str) -> None:
        QGuiApplication.clipboard().setText(number)
        self.status.setText(fill(self.tr("Copied %1 to the clipboard."), number))
        self.number_copied.emit(number)
