"""The status client against real local HTTP servers: the real Statuspage answers and every way a fetch fails."""

import json
import shutil
import socket
import ssl
import subprocess
import threading
from datetime import UTC, datetime, timedelta

import pytest
import requests
import truststore
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from care_desktop.domain.status.summary import ComponentStatus, Impact, IncidentStatus, Indicator
from care_desktop.services import http_client, net_policy
from care_desktop.services.paths import resolve_paths
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.status_client import DEFAULT_URL, URL_ENV, StatusClient, cache_path, status_url
from tests.conftest import REALWORLD
from tests.helpers.clock import HandClock

PATH = "/api/v2/summary.json"
GITHUB = (REALWORLD / "statuspage" / "github_summary_minor_unresolved-incident.json").read_bytes()
INCIDENTS_ONLY = (REALWORLD / "statuspage" / "github_incidents_major_critical.json").read_bytes()
T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

MAJOR_OUTAGE = {
    "page": {"id": "p", "name": "Genesys Cloud", "url": "https://status.mypurecloud.com",
             "updated_at": "2026-11-27T08:59:00Z"},
    "status": {"indicator": "critical", "description": "Major System Outage"},
    "components": [
        {"id": "g1", "name": "Americas (US East)", "status": "major_outage", "group": True, "components": ["c1"]},
        {"id": "c1", "name": "Voice", "status": "major_outage", "group_id": "g1"},
    ],
    "incidents": [
        {"id": "i1", "name": "Calls cannot be placed", "status": "identified", "impact": "critical",
         "shortlink": "https://stspg.io/i1", "created_at": "2026-11-27T08:40:00Z",
         "incident_updates": [
             {"status": "identified", "body": "We found the cause.", "created_at": "2026-11-27T08:55:00Z"}
         ],
         "components": [{"id": "c1", "name": "Voice", "status": "major_outage", "group_id": "g1"}]},
    ],
    "scheduled_maintenances": [],
}  # fmt: skip


@pytest.fixture
def clock():
    return HandClock(T0)


@pytest.fixture
def release():
    """Set at teardown: handlers that hang wait on it, so that their threads end after the test."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture(scope="module")
def hang_server():
    """A threaded server of its own for handlers that hang: the shared one (and its log) stays undisturbed."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def server_for(kind: str, request: pytest.FixtureRequest) -> HTTPServer:
    server: HTTPServer = request.getfixturevalue("hang_server" if kind == "slow" else "httpserver")
    server.clear()
    return server


def client(url, clock, **kwargs) -> StatusClient:
    kwargs.setdefault("backoff", 0.01)
    return StatusClient(resolve_paths(), url, clock=clock, **kwargs)


def serve(httpserver: HTTPServer, body: bytes, status: int = 200, content_type: str = "application/json") -> str:
    httpserver.clear()
    httpserver.expect_request(PATH).respond_with_data(body, status=status, content_type=content_type)
    return httpserver.url_for(PATH)


def prime_cache(httpserver, clock) -> StatusClient:
    """Fetch the real GitHub summary once (at T0) so that a cached result exists."""
    fetcher = client(serve(httpserver, GITHUB), clock)
    assert not fetcher.fetch().stale
    return fetcher


# -- defaults ------------------------------------------------------------------------------------------


def test_defaults_are_3_s_to_connect_and_5_s_to_read(monkeypatch):
    monkeypatch.delenv(URL_ENV, raising=False)
    default = StatusClient(resolve_paths())
    assert default.timeout == (3.0, 5.0)
    assert net_policy.DEFAULT_TIMEOUT == (3.0, 5.0)
    assert default.url == "https://status.mypurecloud.com/api/v2/summary.json" == DEFAULT_URL
    assert default.cache_file == resolve_paths().base / "cache" / "status.json" == cache_path(resolve_paths())


def test_the_url_comes_from_the_argument_then_the_environment(monkeypatch):
    monkeypatch.setenv(URL_ENV, "http://intranet.example/status.json")
    assert status_url() == "http://intranet.example/status.json"
    assert status_url("http://given.example/s.json") == "http://given.example/s.json"
    assert status_url(None, {}) == DEFAULT_URL


def test_sessions_verify_with_the_system_store_and_take_proxies_from_the_environment():
    session = http_client.new_session()
    adapter = session.get_adapter("https://status.mypurecloud.com/")
    assert isinstance(adapter, http_client.SystemTrustAdapter)
    assert isinstance(adapter.ssl_context, truststore.SSLContext)
    assert adapter.poolmanager.connection_pool_kw["ssl_context"] is adapter.ssl_context
    assert adapter.ssl_context.verify_mode == ssl.CERT_REQUIRED
    assert session.verify is True
    assert session.trust_env is True
    retry = adapter.max_retries
    assert (retry.total, retry.read, retry.status_forcelist) == (2, 0, (502, 503, 504))
    assert retry.allowed_methods == frozenset({"GET"})
    session.close()


# -- good answers --------------------------------------------------------------------------------------


def test_the_real_github_summary_is_fetched_and_cached(httpserver, clock):
    fetcher = client(serve(httpserver, GITHUB), clock)
    progress = []
    result = fetcher.fetch(lambda done, total: progress.append((done, total)))
    assert (result.stale, result.problem, result.fetched_at, result.checked_at) == (False, None, T0, T0)
    assert result.summary is not None
    assert result.summary.indicator is Indicator.MINOR
    assert [i.name for i in result.summary.incidents] == ["Incident with Packages and Pages"]
    assert progress[0] == (0, 12438)
    assert progress[-1] == (12438, 12438)
    cached = json.loads(fetcher.cache_file.read_text("utf-8"))
    assert (cached["schema"], cached["url"], cached["fetched_at"]) == (
        "care-desktop/status-cache@1",
        fetcher.url,
        "2026-11-27T09:00:00+00:00",
    )
    assert cached["summary"]["status"] == {"indicator": "minor", "description": "Minor Service Outage"}
    assert [p.name for p in fetcher.cache_file.parent.iterdir()] == ["status.json"]  # no temporary files left
    request, _response = httpserver.log[-1]
    assert request.headers["User-Agent"].startswith("care-desktop/")


def test_the_real_incidents_file_without_a_page_object(httpserver, clock):
    result = client(serve(httpserver, INCIDENTS_ONLY), clock).fetch()
    assert not result.stale
    assert result.summary is not None
    assert result.summary.indicator is Indicator.UNKNOWN
    assert result.summary.incidents == ()  # all five are resolved


def test_a_major_outage(httpserver, clock):
    result = client(serve(httpserver, json.dumps(MAJOR_OUTAGE).encode()), clock).fetch()
    summary = result.summary
    assert summary is not None
    assert (summary.indicator, summary.description) == (Indicator.CRITICAL, "Major System Outage")
    [incident] = summary.incidents
    assert (incident.status, incident.impact, incident.url) == (
        IncidentStatus.IDENTIFIED,
        Impact.CRITICAL,
        "https://stspg.io/i1",
    )
    assert [c.status for c in summary.components] == [ComponentStatus.MAJOR_OUTAGE] * 2


def test_unknown_values_do_not_crash(httpserver, clock):
    document = {
        "status": {"indicator": "apocalyptic"},
        "components": [{"name": "Voice", "status": "on_fire", "unexpected": {"nested": [1, 2]}}],
        "incidents": [{"name": "New kind", "status": "triaging", "impact": "enormous", "incident_updates": "none"}],
    }
    result = client(serve(httpserver, json.dumps(document).encode()), clock).fetch()
    summary = result.summary
    assert summary is not None
    assert summary.indicator is Indicator.UNKNOWN
    assert summary.components[0].status is ComponentStatus.UNKNOWN
    assert (summary.incidents[0].status, summary.incidents[0].impact) == (IncidentStatus.UNKNOWN, Impact.UNKNOWN)


def test_503_is_retried_then_succeeds(httpserver, clock):
    httpserver.expect_ordered_request(PATH).respond_with_data("busy", status=503)
    httpserver.expect_ordered_request(PATH).respond_with_data("busy", status=502)
    httpserver.expect_ordered_request(PATH).respond_with_data(GITHUB, content_type="application/json")
    result = client(httpserver.url_for(PATH), clock).fetch()
    assert not result.stale
    assert len(httpserver.log) == 3


def test_a_proxy_from_the_environment_is_used(httpserver, clock, monkeypatch):
    # The local server plays the proxy: it receives the request for a host that does not exist.
    serve(httpserver, GITHUB)
    monkeypatch.setenv("HTTP_PROXY", httpserver.url_for("/").rstrip("/"))
    for name in ("NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    result = client("http://status.example.invalid" + PATH, clock).fetch()
    assert not result.stale
    request, _response = httpserver.log[-1]
    assert request.headers["Host"] == "status.example.invalid"


# -- failures fall back on the last good result --------------------------------------------------------


def hanging(release: threading.Event):
    def handler(request: Request) -> Response:
        release.wait(30)
        return Response(GITHUB, content_type="application/json")

    return handler


def cut_off(request: Request) -> Response:
    response = Response(GITHUB[:4000], content_type="application/json")
    response.headers["Content-Length"] = str(len(GITHUB))  # promises more than it sends, then closes
    return response


FAILURES = {
    "503": (lambda server, release: server.expect_request(PATH).respond_with_data("down", status=503), "HTTP 503"),
    "404": (lambda server, release: server.expect_request(PATH).respond_with_data("no", status=404), "HTTP 404"),
    "html": (
        lambda server, release: server.expect_request(PATH).respond_with_data(
            "<!DOCTYPE html><html><body>Sign in to the guest Wi-Fi</body></html>", content_type="text/html"
        ),
        "web page instead of data",
    ),
    "truncated json": (
        lambda server, release: server.expect_request(PATH).respond_with_data(
            GITHUB[:5000], content_type="application/json"
        ),
        "not valid JSON",
    ),
    "connection cut": (lambda server, release: server.expect_request(PATH).respond_with_handler(cut_off), "cut off"),
    "malformed json": (
        lambda server, release: server.expect_request(PATH).respond_with_data(b"{'status': nope}"),
        "not valid JSON",
    ),
    "not a summary": (
        lambda server, release: server.expect_request(PATH).respond_with_json({"error": "rate limited"}),
        "not a status summary",
    ),
    "json list": (
        lambda server, release: server.expect_request(PATH).respond_with_json([1, 2]),
        "not a status summary",
    ),
    "slow": (
        lambda server, release: server.expect_request(PATH).respond_with_handler(hanging(release)),
        "did not answer in time",
    ),
}


@pytest.mark.parametrize("kind", FAILURES)
def test_a_failure_gives_the_cached_result_marked_stale_with_its_age(request, clock, release, kind):
    httpserver = server_for(kind, request)
    fetcher = prime_cache(httpserver, clock)
    setup, words = FAILURES[kind]
    httpserver.clear()
    setup(httpserver, release)
    clock.now = T0 + timedelta(hours=2, minutes=5)
    result = client(fetcher.url, clock, timeout=(1.0, 0.3)).fetch()
    assert result.stale
    assert result.summary is not None
    assert result.summary.indicator is Indicator.MINOR
    assert (result.fetched_at, result.checked_at) == (T0, T0 + timedelta(hours=2, minutes=5))
    assert result.age == timedelta(hours=2, minutes=5)
    assert result.problem is not None
    assert words in result.problem.render()
    # The cache still holds the good result.
    assert json.loads(fetcher.cache_file.read_text("utf-8"))["fetched_at"] == "2026-11-27T09:00:00+00:00"


@pytest.mark.parametrize("kind", FAILURES)
def test_a_failure_without_cache_says_unknown(request, clock, release, kind):
    httpserver = server_for(kind, request)
    setup, words = FAILURES[kind]
    setup(httpserver, release)
    result = client(httpserver.url_for(PATH), clock, timeout=(1.0, 0.3)).fetch()
    assert (result.unknown, result.stale, result.fetched_at, result.age) == (True, True, None, None)
    assert result.problem is not None
    assert words in result.problem.render()


def test_503_is_retried_before_giving_up(httpserver, clock):
    httpserver.expect_request(PATH).respond_with_data("down", status=503)
    result = client(httpserver.url_for(PATH), clock).fetch()
    assert result.unknown
    assert len(httpserver.log) == 3  # the first try and two retries


@pytest.fixture
def closed_port():
    """A port that is bound but never listens: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_a_refused_connection_without_cache(clock, closed_port):
    result = client(f"http://127.0.0.1:{closed_port}{PATH}", clock).fetch()
    assert result.unknown
    assert result.problem is not None
    assert "cannot be reached" in result.problem.render()


def test_a_server_that_went_away_gives_the_cached_result(clock):
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        fetcher = prime_cache(server, clock)
    finally:
        server.clear()
        server.stop()
    clock.now = T0 + timedelta(minutes=7)
    result = fetcher.fetch()  # nobody listens on that port any more
    assert (result.stale, result.age) == (True, timedelta(minutes=7))
    assert result.summary is not None
    assert result.problem is not None
    assert "cannot be reached" in result.problem.render()


def test_an_unknown_host(clock):
    result = client("http://status.example.invalid" + PATH, clock).fetch()
    assert result.unknown
    assert result.problem is not None
    assert "could not be found" in result.problem.render()


def test_a_damaged_cache_is_ignored(httpserver, clock):
    fetcher = prime_cache(httpserver, clock)
    fetcher.cache_file.write_text('{"schema": "care-desktop/status-cache@1", "url": ', "utf-8")
    serve(httpserver, b"down", status=503)
    assert client(fetcher.url, clock, retries=0).fetch().unknown
    fetcher.cache_file.write_text(json.dumps({"schema": "other", "url": fetcher.url}), "utf-8")
    assert fetcher.cached().unknown


def test_cached_without_fetching(httpserver, clock):
    fetcher = prime_cache(httpserver, clock)
    httpserver.clear()
    clock.now = T0 + timedelta(minutes=30)
    cached = fetcher.cached()
    assert (cached.stale, cached.problem, cached.age) == (True, None, timedelta(minutes=30))
    assert httpserver.log == []


def test_cancelled_before_the_request(httpserver, clock):
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        client(serve(httpserver, GITHUB), clock).fetch(token=token)
    assert httpserver.log == []


# -- TLS: verification is never turned off -------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    yield server, folder / "cert.pem"
    server.clear()
    server.stop()


def test_a_certificate_this_computer_does_not_trust_is_refused(self_signed, clock):
    server, certificate = self_signed
    server.expect_request(PATH).respond_with_data(GITHUB, content_type="application/json")
    url = server.url_for(PATH)
    assert url.startswith("https://")
    result = client(url, clock).fetch()
    assert result.unknown
    assert result.problem is not None
    assert "certificate" in result.problem.render()
    # The server works for a client that trusts its certificate: only the check refused it.
    assert requests.get(url, verify=str(certificate), timeout=5).status_code == 200
