"""The shared Platform API client (token request, API session, failures) against a local stand-in for its hosts.

The organization look-up and the conversation check both go through it; what each adds is tested in
test_org_lookup.py and test_conversation_check.py. No test reaches the internet.
"""

import logging
import socket
import threading
import traceback

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from care_desktop.services.paths import resolve_paths
from care_desktop.services.platform.client import PlatformClient, PlatformError, PlatformFailure
from care_desktop.services.platform.conversations import ConversationChecker
from care_desktop.services.platform.org_lookup import OrgLookup
from care_desktop.services.store import Store
from tests.helpers import platform_standin as standin
from tests.helpers.platform_standin import BASIC, CLIENT_ID, SECRET, TOKEN

REFUSED = {"error": "invalid_client", "description": "authentication failed"}
NEEDLES = (SECRET, TOKEN, BASIC[6:])  # what must never reach a file, a log, an error or a repr


def client_for(server: HTTPServer, **kwargs) -> PlatformClient:
    return PlatformClient(login_base=server.url_for("/login"), api_base=server.url_for("/api-host"), **kwargs)


def expect_token(server: HTTPServer):
    return server.expect_request(
        "/login/oauth/token",
        method="POST",
        headers={"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"},
        data="grant_type=client_credentials",
    )


def texts_of(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def secret_free(error: PlatformError) -> bool:
    texts = [*texts_of(error), error.message.render(), repr(error.message)]
    return not any(needle in text for text in texts for needle in NEEDLES)


def failure(server: HTTPServer, domain: str = "mypurecloud.de", **kwargs) -> PlatformError:
    with pytest.raises(PlatformError) as caught:
        client_for(server, **kwargs).connect(domain, CLIENT_ID, SECRET)
    assert secret_free(caught.value)
    return caught.value


def test_both_services_are_clients_with_the_same_defaults():
    client = PlatformClient()
    assert client.login_base.format(domain="mypurecloud.de") == "https://login.mypurecloud.de"
    assert client.retries == 1
    for service in (OrgLookup(), ConversationChecker()):
        assert isinstance(service, PlatformClient)
        assert (service.login_base, service.api_base, service.timeout, service.retries) == (
            client.login_base,
            client.api_base,
            client.timeout,
            client.retries,
        )


def test_a_session_asks_with_the_token_and_forgets_it_when_closed(httpserver):
    expect_token(httpserver).respond_with_json({"access_token": TOKEN, "token_type": "bearer", "expires_in": 86399})
    standin.expect_api(httpserver, "/api-host/api/v2/organizations/me").respond_with_json(standin.ORG)
    with client_for(httpserver).connect("mypurecloud.de", CLIENT_ID, SECRET) as platform:
        assert platform.api == httpserver.url_for("/api-host")
        assert platform.domain == "mypurecloud.de"
        assert all(needle not in repr(platform) for needle in NEEDLES)
        response = platform.get("/api/v2/organizations/me")
        assert response.json() == standin.ORG
    assert platform.access == ""
    httpserver.check_assertions()
    assert httpserver.log[1][0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert httpserver.log[1][0].headers["Accept"] == "application/json"


@pytest.mark.parametrize(
    ("status", "body", "kind", "words"),
    [
        (401, REFUSED, PlatformFailure.CREDENTIALS, "401"),
        # What a client of another region gets: refused like a wrong secret; the message names the region.
        (400, REFUSED, PlatformFailure.CREDENTIALS, "region"),
        (400, {"error": "unauthorized_client"}, PlatformFailure.NOT_CLIENT_CREDENTIALS, "Client Credentials"),
        (403, {"message": "forbidden"}, PlatformFailure.FORBIDDEN, "403"),
        (404, {"message": "not found"}, PlatformFailure.WRONG_REGION, "another region"),
        (500, {"message": "oops"}, PlatformFailure.UNEXPECTED, "HTTP 500"),
    ],
)
def test_token_refusals(httpserver, status, body, kind, words):
    expect_token(httpserver).respond_with_json(body, status=status)
    error = failure(httpserver)
    assert error.kind is kind
    assert words in error.message.render()
    if kind is PlatformFailure.CREDENTIALS:
        assert "Genesys Cloud (mypurecloud.de) did not accept" in error.message.render()


def test_no_token_in_the_answer(httpserver):
    expect_token(httpserver).respond_with_json({"token_type": "bearer"})
    assert failure(httpserver).kind is PlatformFailure.UNEXPECTED


def test_html_instead_of_json(httpserver):
    expect_token(httpserver).respond_with_data("<html>proxy sign-in</html>", content_type="text/html")
    assert failure(httpserver).kind is PlatformFailure.UNEXPECTED


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_no_network(closed_port):
    client = PlatformClient(login_base=f"http://127.0.0.1:{closed_port}", api_base=f"http://127.0.0.1:{closed_port}")
    with pytest.raises(PlatformError) as caught:
        client.connect("mypurecloud.de", CLIENT_ID, SECRET)
    assert caught.value.kind is PlatformFailure.NO_NETWORK
    assert "127.0.0.1 cannot be reached" in caught.value.message.render()
    assert secret_free(caught.value)


def test_unknown_host():
    client = PlatformClient(login_base="http://login.{domain}", api_base="http://api.{domain}")
    with pytest.raises(PlatformError) as caught:
        client.connect("nowhere.invalid", CLIENT_ID, SECRET)
    assert caught.value.kind is PlatformFailure.NO_NETWORK
    assert "login.nowhere.invalid could not be found" in caught.value.message.render()
    assert secret_free(caught.value)


def test_the_api_host_unreachable_after_the_token(httpserver, closed_port):
    expect_token(httpserver).respond_with_json({"access_token": TOKEN})
    client = PlatformClient(login_base=httpserver.url_for("/login"), api_base=f"http://127.0.0.1:{closed_port}")
    with client.connect("mypurecloud.de", CLIENT_ID, SECRET) as platform, pytest.raises(PlatformError) as caught:
        platform.get("/api/v2/organizations/me")
    assert caught.value.kind is PlatformFailure.NO_NETWORK
    assert "127.0.0.1 cannot be reached" in caught.value.message.render()
    assert secret_free(caught.value)


def test_a_server_that_does_not_answer():
    release = threading.Event()

    def hang(request: Request) -> Response:
        release.wait(30)
        return Response("{}", content_type="application/json")

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        server.expect_request("/login/oauth/token").respond_with_handler(hang)
        error = failure(server, timeout=(1.0, 0.3))
    finally:
        release.set()
        server.clear()
        server.stop()
    assert error.kind is PlatformFailure.NO_NETWORK
    assert "did not answer in time" in error.message.render()


def test_the_secret_and_the_token_reach_no_file_store_log_repr_or_error(httpserver, care_home, caplog):
    caplog.set_level(logging.DEBUG)  # urllib3 logs every request at DEBUG
    paths = resolve_paths()
    paths.ensure()
    store, _notice = Store.open(paths.store)
    texts: list[str] = []
    try:
        expect_token(httpserver).respond_with_json({"access_token": TOKEN})
        standin.expect_api(httpserver, "/api-host/api/v2/organizations/me").respond_with_json(standin.ORG)
        standin.expect_api(httpserver, standin.details_path(standin.MISSING_ID)).respond_with_response(
            standin.not_found()
        )
        with client_for(httpserver).connect("mypurecloud.de", CLIENT_ID, SECRET) as platform:
            texts.append(repr(platform))
            texts.append(repr(client_for(httpserver)))
            for path in ("/api/v2/organizations/me", standin.details_path(standin.MISSING_ID)[len("/api-host") :]):
                response = platform.get(path)
                texts += [repr(response), response.text, repr(dict(response.headers))]
        texts.append(repr(platform))
        httpserver.clear()
        expect_token(httpserver).respond_with_json({"error": "invalid_client"}, status=401)
        with pytest.raises(PlatformError) as caught:
            client_for(httpserver).connect("mypurecloud.de", CLIENT_ID, SECRET)
        texts += [*texts_of(caught.value), caught.value.message.render()]
    finally:
        store.close()
    assert any("POST /login/oauth/token" in record.getMessage() for record in caplog.records)  # logging was on
    texts += [record.getMessage() for record in caplog.records]
    files = [(path, path.read_bytes()) for path in sorted(care_home.rglob("*")) if path.is_file()]
    assert paths.store in [path for path, _ in files]  # the store is there, and searched
    for needle in NEEDLES:
        assert [path for path, data in files if needle.encode() in data] == []
        assert [text for text in texts if needle in text] == []
