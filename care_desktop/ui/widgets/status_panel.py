"""The Genesys Cloud status panel: a status light and text, incidents, the region's components, maintenance.

It shows the last known result at once (marked stale with its age, or "unknown"), and fetches a fresh one in
the background through ``ui.workers`` when asked (:meth:`StatusPanel.refresh`, the Refresh button, or an
optional timer); the window never waits for the network. On the wizard's first page it also says, per
unresolved incident, whether a new case is still worth opening and offers to reference the incident in the
case (:attr:`StatusPanel.reference_requested`). It never fetches by itself on construction and never writes
anything (the status client keeps its cache).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.profile import Region
from care_desktop.domain.status.advice import (
    COMPONENT_STATUS_WORDS,
    IMPACT_WORDS,
    INCIDENT_STATUS_WORDS,
    INDICATOR_WORDS,
    affected_in_region,
    case_advice,
    describe_age,
    plain_text,
)
from care_desktop.domain.status.summary import Incident, Indicator, StatusResult, Summary
from care_desktop.services.status_client import StatusClient
from care_desktop.ui import workers
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import fill, on_language_change, tr_domain, tr_message
from care_desktop.ui.pages.base import link
from care_desktop.ui.styles import stale_color
from care_desktop.ui.windows.links import route_all_links

LIGHT_COLOURS = {
    Indicator.NONE: "#2e7d32",
    Indicator.MINOR: "#f9a825",
    Indicator.MAJOR: "#ef6c00",
    Indicator.CRITICAL: "#c62828",
    Indicator.MAINTENANCE: "#1565c0",
    Indicator.UNKNOWN: "#757575",
}
MAX_INCIDENTS = 3
DEFAULT_PAGE = "https://status.mypurecloud.com/"
MAX_UPDATE_CHARS = 320
_LINK_FLAGS = Qt.TextInteractionFlag.TextBrowserInteraction


def local_time(moment: datetime) -> str:
    """Format an aware time in the computer's zone, short form, in the UI language."""
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    abbreviation = moment.astimezone().tzname() or ""  # the computer's zone, by its own abbreviation
    return f"{QLocale().toString(shown, 'ddd yyyy-MM-dd HH:mm')} {abbreviation}".rstrip()


def _label(rich: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(_LINK_FLAGS)
    return label


class IncidentView(QFrame):
    """One unresolved incident: name, impact, status, latest update, link, advice and the reference button.

    Signals:
        reference_requested: The user wants the incident referenced in the case.

    Args:
        parent: Owner.
    """

    reference_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = _label()
        self.advice = _label(rich=False)
        self.advice.setStyleSheet("font-style: italic;")
        self.reference_button = QPushButton()
        self.reference_button.clicked.connect(lambda: self.reference_requested.emit(self.incident))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.advice)
        layout.addWidget(self.reference_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.incident: Incident | None = None
        self._advice: list[str] = []
        self._offer_reference = False

    def retranslate(self) -> None:
        """Set the texts again (the panel passes advice already translated)."""
        if self.incident is not None:
            self.show_incident(self.incident, self._advice, self._offer_reference)

    def show_incident(self, incident: Incident, advice: list[str], offer_reference: bool) -> None:
        """Show ``incident`` with the advice (translated paragraphs) and, if asked, the reference button."""
        self.incident, self._advice, self._offer_reference = incident, advice, offer_reference
        facts = f"{tr_domain(IMPACT_WORDS[incident.impact])}, {tr_domain(INCIDENT_STATUS_WORDS[incident.status])}"
        html = f"<b>{escape(incident.name)}</b> \u2014 {escape(facts)}"
        update = incident.latest_update
        if update is not None and update.body:
            body = plain_text(update.body)
            body = body if len(body) <= MAX_UPDATE_CHARS else body[: MAX_UPDATE_CHARS - 1].rstrip() + "\u2026"
            when = local_time(update.created_at) if update.created_at else ""
            caption = fill(self.tr("Latest update %1:"), when) if when else self.tr("Latest update:")
            html += f"<br/>{escape(caption)} {escape(body)}"
        if incident.url:
            label = self.tr("Open on the status page")
            html += f"<br/>{link(incident.url, label)}"
        self.text.setText(html)
        self.text.setAccessibleName(fill(self.tr("Incident: %1"), incident.name))
        self.advice.setText("\n".join(advice))
        self.advice.setVisible(bool(advice))
        self.reference_button.setText(self.tr("&Reference this incident in my case"))
        self.reference_button.setAccessibleName(fill(self.tr("Reference the incident %1 in my case"), incident.name))
        self.reference_button.setAccessibleDescription(
            self.tr("Adds this incident to the case text, so Product Support can link the two.")
        )
        self.reference_button.setVisible(offer_reference)


class StatusPanel(QFrame):
    """The status light, its text and what stands behind it.

    Signals:
        reference_requested: An :class:`~care_desktop.domain.status.summary.Incident` to reference in the case.
        refreshed: A :class:`~care_desktop.domain.status.summary.StatusResult`, once a background check has ended and
            its result is shown.

    Args:
        client: Fetches the summary and keeps the last good one.
        regions: Every Genesys Cloud region (from the profile).
        region: The organization's region domain, or None when not known.
        offer_reference: Show, per incident, the advice on opening a case and a "Reference" button.
        auto_refresh_ms: Check again this often while shown (0: only when asked).
        parent: Owner.
        dialogs: Opens the status page and incident links (or shows the address when nothing opens it).
    """

    reference_requested = Signal(object)
    refreshed = Signal(object)

    def __init__(
        self,
        client: StatusClient,
        regions: Sequence[Region],
        region: str | None = None,
        *,
        offer_reference: bool = False,
        auto_refresh_ms: int = 0,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.dialogs = dialogs or Dialogs()
        self.client = client
        self.regions = tuple(regions)
        self.region = region
        self.offer_reference = offer_reference
        self.task: workers.Task | None = None
        self._result: StatusResult | None = None
        self._arrived: StatusResult | None = None
        self.setObjectName("statusPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.light = QLabel()
        self.light.setFixedSize(16, 16)
        self.headline = QLabel()
        self.headline.setStyleSheet("font-weight: 600;")
        self.state = QLabel()
        self.page_link = _label()
        self.page_link.setWordWrap(False)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.headline)
        meta = QHBoxLayout()
        meta.addWidget(self.state)
        meta.addWidget(self.page_link)
        meta.addStretch(1)
        titles.addLayout(meta)
        header = QHBoxLayout()
        header.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problem = _label(rich=False)
        self.region_text = _label()
        self.maintenance = _label()
        self.more = _label()
        self.incident_views: list[IncidentView] = []
        self._incidents = QVBoxLayout()
        self._incidents.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        for widget in (self.problem, self.region_text, self.maintenance):
            layout.addWidget(widget)
        layout.addLayout(self._incidents)
        layout.addWidget(self.more)
        layout.addStretch(1)  # spare height goes below, not between the lines
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        if auto_refresh_ms > 0:
            self.timer.start(auto_refresh_ms)
        route_all_links(self, self.dialogs)
        self.show_result(client.cached())

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the texts (the result is shown again in the new language)."""
        self.refresh_button.setText(self.tr("Re&fresh status"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the Genesys Cloud status"))
        self.refresh_button.setAccessibleDescription(
            self.tr("Asks the Genesys Cloud status page again for incidents in your region.")
        )
        self.setAccessibleName(self.tr("Genesys Cloud status"))
        page = self._page_url()
        label = self.tr("Status page")
        self.page_link.setText(link(page, label))
        self.page_link.setAccessibleName(fill(self.tr("Open the status page: %1"), page))
        if self._result is not None:
            self._render(self._result)

    # -- public ------------------------------------------------------------------------------------------

    def result(self) -> StatusResult | None:
        """The result shown."""
        return self._result

    def set_region(self, region: str | None) -> None:
        """Change the organization's region (the region's components and the advice follow)."""
        self.region = region
        if self._result is not None:
            self._render(self._result)

    def refresh(self) -> workers.Task:
        """Check the status in the background (a check already running is reused).

        Returns:
            The running task.
        """
        if self.task is not None:
            return self.task
        self.task = workers.start(self.client.fetch)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.ended.connect(self._on_ended)
        self.refresh_button.setEnabled(False)
        self.state.setText(self.tr("Checking\u2026"))
        return self.task

    def show_result(self, result: StatusResult) -> None:
        """Show ``result``."""
        self._result = result
        self.retranslate()

    # -- worker ------------------------------------------------------------------------------------------

    def _on_succeeded(self, result: object) -> None:
        if isinstance(result, StatusResult):
            self._arrived = result

    def _on_failed(self, _reason: str) -> None:
        # The client reports every network failure as a result; this is a bug, shown as an unknown status.
        self._arrived = self.client.cached()

    def _on_ended(self) -> None:
        self.task = None
        self.refresh_button.setEnabled(True)
        arrived, self._arrived = self._arrived, None
        if arrived is not None:
            self.show_result(arrived)
            self.refreshed.emit(arrived)
        elif self._result is not None:
            self._render(self._result)

    # -- rendering ---------------------------------------------------------------------------------------

    def _page_url(self) -> str:
        summary = self._result.summary if self._result is not None else None
        if summary is not None and summary.page_url:
            return summary.page_url
        parts = urlsplit(self.client.url)
        return f"{parts.scheme}://{parts.netloc}/" if parts.netloc else DEFAULT_PAGE

    def _region(self) -> Region | None:
        return next((item for item in self.regions if item.domain == self.region), None)

    def _render(self, result: StatusResult) -> None:
        summary = result.summary
        indicator = summary.indicator if summary is not None else Indicator.UNKNOWN
        colour = LIGHT_COLOURS[indicator]
        background = colour if not result.stale else "transparent"
        self.light.setStyleSheet(f"background: {background}; border: 3px solid {colour}; border-radius: 8px;")
        if summary is None:
            self.headline.setText(self.tr("Genesys Cloud status unknown"))
        else:
            self.headline.setText(fill(self.tr("Genesys Cloud: %1"), tr_domain(INDICATOR_WORDS[indicator])))
        self.light.setAccessibleName(self.headline.text())
        self.state.setText(self._state_text(result) if self.task is None else self.tr("Checking\u2026"))
        self.state.setStyleSheet(f"color: {stale_color().name()};" if result.stale and result.fetched_at else "")
        if result.problem is not None:
            self.problem.setText(fill(self.tr("Could not check now: %1"), tr_message(result.problem)))
        elif summary is None:
            self.problem.setText(self.tr("Not checked yet."))
        self.problem.setVisible(result.problem is not None or summary is None)
        self._render_details(summary)

    def _state_text(self, result: StatusResult) -> str:
        if result.fetched_at is None:
            return ""
        when = local_time(result.fetched_at)
        if not result.stale:
            return fill(self.tr("Checked %1"), when)
        age = tr_message(describe_age(result.age)) if result.age is not None else ""
        return fill(self.tr("Stale since %1 (%2 old)"), when, age)

    def _render_details(self, summary: Summary | None) -> None:
        region = self._region()
        affected = affected_in_region(summary, region) if summary is not None and region is not None else ()
        if affected and region is not None:
            items = "; ".join(
                f"{escape(item.name)} ({escape(tr_domain(COMPONENT_STATUS_WORDS[item.status]))})" for item in affected
            )
            self.region_text.setText(fill(self.tr("In your region (%1): %2"), escape(region.name), items))
        self.region_text.setVisible(bool(affected))
        running = summary.maintenance_in_progress if summary is not None else ()
        if running:
            items = "; ".join(self._maintenance_html(item.name, item.url) for item in running)
            self.maintenance.setText(fill(self.tr("Maintenance in progress: %1"), items))
        self.maintenance.setVisible(bool(running))
        incidents = summary.incidents if summary is not None else ()
        self._show_incidents(summary, incidents[:MAX_INCIDENTS], region)
        hidden = len(incidents) - MAX_INCIDENTS
        if hidden > 0:
            text = self.tr("%n more incidents on the status page", "", hidden)
            self.more.setText(link(self._page_url(), text))
        self.more.setVisible(hidden > 0)

    @staticmethod
    def _maintenance_html(name: str, url: str) -> str:
        return link(url, name) if url else escape(name)

    def _show_incidents(self, summary: Summary | None, incidents: Sequence[Incident], region: Region | None) -> None:
        while len(self.incident_views) < len(incidents):
            view = IncidentView()
            route_all_links(view, self.dialogs)
            view.reference_requested.connect(self.reference_requested)
            self._incidents.addWidget(view)
            view.show()  # now, not at the next turn of the event loop
            self.incident_views.append(view)
        for view in self.incident_views[len(incidents) :]:
            self._incidents.removeWidget(view)
            view.deleteLater()
        del self.incident_views[len(incidents) :]
        for view, incident in zip(self.incident_views, incidents, strict=True):
            advice: list[str] = []
            if self.offer_reference and summary is not None:
                found = case_advice(incident, summary, region, self.regions)
                advice = [tr_message(message) for message in found.messages]
            view.show_incident(incident, advice, self.offer_reference)
