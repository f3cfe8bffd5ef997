"""The status panel: what it shows in each state, and that a hanging server never freezes the window."""

import itertools
import json
import socket
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from care_desktop.domain.status.summary import Incident, Indicator
from care_desktop.services.paths import resolve_paths
from care_desktop.services.resources import load_profile
from care_desktop.services.status_client import StatusClient
from care_desktop.ui.widgets.status_panel import LIGHT_COLOURS, StatusPanel
from tests.conftest import REALWORLD
from tests.helpers.clock import HandClock

PATH = "/api/v2/summary.json"
GITHUB = (REALWORLD / "statuspage" / "github_summary_minor_unresolved-incident.json").read_bytes()
REGIONAL = {
    "page": {"name": "Genesys Cloud", "url": "https://status.mypurecloud.com"},
    "status": {"indicator": "major", "description": "Partial System Outage"},
    "components": [
        {"id": "g1", "name": "Americas (US East)", "status": "major_outage", "group": True, "components": ["c1"]},
        {"id": "c1", "name": "Voice", "status": "major_outage", "group_id": "g1"},
        {"id": "g2", "name": "EMEA (Frankfurt)", "status": "operational", "group": True, "components": ["c2"]},
        {"id": "c2", "name": "Voice", "status": "operational", "group_id": "g2"},
    ],
    "incidents": [
        {"id": f"i{n}", "name": f"Incident {n}", "status": "investigating", "impact": "major",
         "components": [{"id": "c1", "name": "Voice", "status": "major_outage", "group_id": "g1"}]}
        for n in range(1, 6)
    ],
    "scheduled_maintenances": [
        {"id": "m1", "name": "Database upgrade", "status": "in_progress", "impact": "maintenance",
         "shortlink": "https://stspg.io/m1"},
        {"id": "m2", "name": "Next week", "status": "scheduled", "impact": "maintenance"},
    ],
}  # fmt: skip


NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return HandClock(NOW)


@pytest.fixture
def make_panel(qtbot):
    def build(url: str, clock=None, region: str | None = "mypurecloud.com", **kwargs) -> StatusPanel:
        client = StatusClient(
            resolve_paths(),
            url,
            backoff=0.01,
            clock=clock or HandClock(NOW),
            timeout=(1.0, 3.0),
        )
        panel = StatusPanel(client, load_profile().regions, region, **kwargs)
        qtbot.addWidget(panel)
        panel.resize(760, 400)
        panel.show()
        return panel

    return build


def serve(server: HTTPServer, body: bytes, status: int = 200) -> str:
    server.clear()
    server.expect_request(PATH).respond_with_data(body, status=status, content_type="application/json")
    return server.url_for(PATH)


def refresh(qtbot, panel: StatusPanel):
    with qtbot.waitSignal(panel.refreshed, timeout=10000) as blocker:
        panel.refresh()
    return blocker.args[0]


def test_before_any_check_the_status_is_unknown(make_panel, httpserver):
    panel = make_panel(httpserver.url_for(PATH))
    assert panel.headline.text() == "Genesys Cloud status unknown"
    assert panel.problem.isVisible()
    assert panel.problem.text() == "Not checked yet."
    assert "border: 3px solid #757575" in panel.light.styleSheet()  # grey
    assert panel.incident_views == []


def test_an_unresolved_incident_from_the_main_window(qtbot, make_panel, httpserver):
    panel = make_panel(serve(httpserver, GITHUB))
    result = refresh(qtbot, panel)
    assert not result.stale
    assert panel.headline.text() == "Genesys Cloud: Minor service outage"
    assert panel.state.text().startswith("Checked ")
    assert f"background: {LIGHT_COLOURS[Indicator.MINOR]}" in panel.light.styleSheet()
    assert not panel.problem.isVisible()
    [view] = panel.incident_views
    text = view.text.text()
    assert "Incident with Packages and Pages" in text
    assert "major impact, investigating" in text
    assert "Latest update" in text
    assert "Packages is now experiencing degraded performance." in text
    assert 'href="https://stspg.io/33vh8r7z43kh"' in text
    assert not view.reference_button.isVisibleTo(panel)  # no case here: nothing to reference it in
    assert not view.advice.isVisibleTo(panel)
    assert panel.refresh_button.isEnabled()


def test_the_wizard_offers_to_reference_the_incident_and_advises(qtbot, make_panel, httpserver):
    panel = make_panel(serve(httpserver, GITHUB), offer_reference=True)
    refresh(qtbot, panel)
    [view] = panel.incident_views
    assert view.reference_button.isVisibleTo(panel)
    assert view.reference_button.accessibleName() == (
        "Reference the incident Incident with Packages and Pages in my case"
    )
    assert view.advice.text().startswith("Genesys already knows and is working on this incident")
    assert "Severity 1" in view.advice.text()  # a major incident
    with qtbot.waitSignal(panel.reference_requested, timeout=1000) as blocker:
        view.reference_button.click()
    incident = blocker.args[0]
    assert isinstance(incident, Incident)
    assert incident.url == "https://stspg.io/33vh8r7z43kh"


def test_a_failed_check_shows_the_last_result_stale_with_its_age(qtbot, make_panel, httpserver, clock):
    panel = make_panel(serve(httpserver, GITHUB), clock)
    refresh(qtbot, panel)
    serve(httpserver, b"down", status=503)
    clock.now += timedelta(hours=2, minutes=5)
    result = refresh(qtbot, panel)
    assert result.stale
    assert panel.headline.text() == "Genesys Cloud: Minor service outage"
    assert "Stale since" in panel.state.text()
    assert "(2 h 5 min old)" in panel.state.text()
    assert panel.problem.isVisible()
    assert panel.problem.text() == "Could not check now: The status page answered with an error (HTTP 503)."
    assert "background: transparent" in panel.light.styleSheet()  # a hollow light: not current
    assert len(panel.incident_views) == 1


def test_nothing_known_and_nothing_reachable(qtbot, make_panel):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        panel = make_panel(f"http://127.0.0.1:{sock.getsockname()[1]}{PATH}")
        result = refresh(qtbot, panel)
    assert result.unknown
    assert panel.headline.text() == "Genesys Cloud status unknown"
    assert panel.problem.text().startswith("Could not check now: The status page cannot be reached")
    assert panel.state.text() == ""


def test_the_regions_components_maintenance_and_more_incidents(qtbot, make_panel, httpserver):
    panel = make_panel(serve(httpserver, json.dumps(REGIONAL).encode()), region="mypurecloud.com")
    refresh(qtbot, panel)
    assert panel.region_text.isVisible()
    assert panel.region_text.text() == "In your region (Americas (US East)): Voice (major outage)"
    assert panel.maintenance.isVisible()
    assert 'href="https://stspg.io/m1">Database upgrade</a>' in panel.maintenance.text()
    assert "Next week" not in panel.maintenance.text()
    assert len(panel.incident_views) == 3
    assert panel.more.isVisible()
    assert "2 more incidents on the status page" in panel.more.text()
    panel.set_region("mypurecloud.de")
    assert not panel.region_text.isVisible()
    panel.set_region(None)
    assert not panel.region_text.isVisible()


def test_unknown_values_are_shown_without_crashing(qtbot, make_panel, httpserver):
    document = {"status": {"indicator": "apocalyptic"}, "incidents": [{"name": "Odd", "status": "x", "impact": "y"}]}
    panel = make_panel(serve(httpserver, json.dumps(document).encode()), offer_reference=True)
    refresh(qtbot, panel)
    assert panel.headline.text() == "Genesys Cloud: Overall status not reported"
    assert "impact not reported, status not reported" in panel.incident_views[0].text.text()


def test_the_cached_result_is_shown_at_once(qtbot, make_panel, httpserver, clock):
    url = serve(httpserver, GITHUB)
    refresh(qtbot, make_panel(url, clock))
    clock.now += timedelta(minutes=30)
    again = make_panel(url, clock)  # a new window: no network needed to show the last result
    assert again.headline.text() == "Genesys Cloud: Minor service outage"
    assert "(30 min old)" in again.state.text()
    assert not again.problem.isVisible()


@pytest.fixture
def hanging_server():
    release = threading.Event()

    def hang(request: Request) -> Response:
        release.wait(30)
        return Response(GITHUB, content_type="application/json")

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request(PATH).respond_with_handler(hang)
    server.start()
    yield server, release
    release.set()
    server.clear()
    server.stop()


def test_a_hanging_server_does_not_freeze_the_window(qtbot, make_panel, hanging_server):
    server, release = hanging_server
    panel = make_panel(server.url_for(PATH))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    task = panel.refresh()
    assert panel.refresh() is task  # a second click joins the running check
    assert not panel.refresh_button.isEnabled()
    assert panel.state.text() == "Checking\u2026"
    # The event loop keeps running while the server holds the request.
    qtbot.waitUntil(lambda: len(ticks) >= 25, timeout=10000)
    assert task.running
    assert server.log == []  # still unanswered
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 0.2, f"the event loop stalled for {max(gaps):.3f} s"
    with qtbot.waitSignal(panel.refreshed, timeout=10000) as blocker:
        release.set()
    timer.stop()
    assert not blocker.args[0].stale
    assert panel.refresh_button.isEnabled()
    assert panel.headline.text() == "Genesys Cloud: Minor service outage"


def test_a_panel_closed_during_a_check_is_left_alone(qtbot, make_panel, hanging_server):
    server, release = hanging_server
    panel = make_panel(server.url_for(PATH))
    task = panel.refresh()
    panel.close()
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel))
    with qtbot.waitSignal(task.ended, timeout=10000):
        release.set()  # the answer arrives for a panel that is gone: nothing happens, nothing is raised


def test_accessible_names(make_panel, httpserver):
    panel = make_panel(httpserver.url_for(PATH))
    assert panel.refresh_button.accessibleName() == "Refresh the Genesys Cloud status"
    assert panel.accessibleName() == "Genesys Cloud status"
    assert panel.light.accessibleName() == panel.headline.text()
    assert panel.page_link.accessibleName() == f"Open the status page: {httpserver.url_for('/')}"
