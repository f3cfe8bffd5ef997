"""The organization look-up against a local server standing in for the login and API hosts.

The token request and the network failures it shares with the conversation check are tested with the shared
client (test_platform_client.py); here: what the look-up adds, and that the secret stays out of everything.
"""

import base64
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from care_desktop.services.paths import resolve_paths
from care_desktop.services.platform.client import PlatformError, PlatformFailure
from care_desktop.services.platform.org_lookup import OrgInfo, OrgLookup
from care_desktop.services.store import Store
from tests.conftest import REPO

CLIENT_ID = "3f1e9c2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
SECRET = "s3cr3t-Vq8ZmK2pLw9xRt4YbN7cJd5FhG1sA0eU"  # what must never reach a file, a log or an error
TOKEN = "tok-9Jk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef"
ORG = {
    "id": "7A1C4E52-9D3B-4F0E-8A61-2B5C9E0D4F17",
    "name": "Acme Europe",
    "thirdPartyOrgName": "acme-eu",
    "domain": "acme-eu",
    "state": "active",
}
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()


def lookup_for(server: HTTPServer, **kwargs) -> OrgLookup:
    return OrgLookup(login_base=server.url_for("/login"), api_base=server.url_for("/api-host"), **kwargs)


def expect_token(server: HTTPServer):
    return server.expect_request(
        "/login/oauth/token",
        method="POST",
        headers={"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"},
        data="grant_type=client_credentials",
    )


def expect_org(server: HTTPServer):
    return server.expect_request(
        "/api-host/api/v2/organizations/me", method="GET", headers={"Authorization": f"Bearer {TOKEN}"}
    )


def serve_success(server: HTTPServer) -> None:
    expect_token(server).respond_with_json({"access_token": TOKEN, "token_type": "bearer", "expires_in": 86399})
    expect_org(server).respond_with_json(ORG)


def secret_free(error: PlatformError) -> bool:
    texts = [str(error), repr(error), error.message.render(), repr(error.message)]
    texts.append("".join(traceback.format_exception(error)))
    return not any(SECRET in text or TOKEN in text or BASIC[6:] in text for text in texts)


def failure(server: HTTPServer, domain: str = "mypurecloud.de", **kwargs) -> PlatformError:
    with pytest.raises(PlatformError) as caught:
        lookup_for(server, **kwargs).lookup(domain, CLIENT_ID, SECRET)
    assert secret_free(caught.value)
    return caught.value


def test_the_defaults():
    lookup = OrgLookup()
    assert lookup.login_base.format(domain="mypurecloud.de") == "https://login.mypurecloud.de"
    assert lookup.api_base.format(domain="mypurecloud.de") == "https://api.mypurecloud.de"
    assert lookup.timeout == (3.0, 5.0)


def test_success_gives_the_id_lower_case_the_name_and_the_short_name(httpserver):
    serve_success(httpserver)
    progress = []
    found = lookup_for(httpserver).lookup(
        "mypurecloud.de", CLIENT_ID, SECRET, lambda done, total: progress.append((done, total))
    )
    assert found == OrgInfo("7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17", "Acme Europe", "acme-eu", "mypurecloud.de")
    assert progress == [(0, 2), (1, 2), (2, 2)]
    httpserver.check_assertions()
    assert len(httpserver.log) == 2


@pytest.mark.parametrize(
    ("status", "kind"),
    [(401, PlatformFailure.CREDENTIALS), (403, PlatformFailure.FORBIDDEN), (404, PlatformFailure.WRONG_REGION),
     (400, PlatformFailure.WRONG_REGION), (503, PlatformFailure.UNEXPECTED)],
)  # fmt: skip
def test_api_refusals(httpserver, status, kind):
    expect_token(httpserver).respond_with_json({"access_token": TOKEN})
    expect_org(httpserver).respond_with_json({"message": "no"}, status=status)
    assert failure(httpserver).kind is kind


@pytest.mark.parametrize(
    ("token_answer", "org_answer"),
    [
        ({"token_type": "bearer"}, ORG),  # no token
        ({"access_token": TOKEN}, {"name": "No ID"}),
        ({"access_token": TOKEN}, {"id": "not-a-uuid", "name": "x"}),
    ],
)
def test_unexpected_answers(httpserver, token_answer, org_answer):
    expect_token(httpserver).respond_with_json(token_answer)
    httpserver.expect_request("/api-host/api/v2/organizations/me").respond_with_json(org_answer)
    assert failure(httpserver).kind is PlatformFailure.UNEXPECTED


def all_bytes_under(folder: Path) -> list[tuple[Path, bytes]]:
    return [(path, path.read_bytes()) for path in sorted(folder.rglob("*")) if path.is_file()]


def test_the_secret_is_written_nowhere(httpserver, care_home):
    paths = resolve_paths()
    paths.ensure()
    store, _notice = Store.open(paths.store)
    try:
        serve_success(httpserver)
        lookup_for(httpserver).lookup("mypurecloud.de", CLIENT_ID, SECRET)
        httpserver.clear()
        expect_token(httpserver).respond_with_json({"error": "invalid_client"}, status=401)
        with pytest.raises(PlatformError):
            lookup_for(httpserver).lookup("mypurecloud.de", CLIENT_ID, SECRET)
    finally:
        store.close()
    files = all_bytes_under(care_home)
    assert paths.store in [path for path, _data in files]  # the store is there, and searched
    for needle in (SECRET, TOKEN, BASIC[6:]):
        assert [path for path, data in files if needle.encode() in data] == []


LOOKUP_SCRIPT = """
import logging, sys
from care_desktop.services.platform.client import PlatformError
from care_desktop.services.platform.org_lookup import OrgLookup
logging.basicConfig(level=logging.DEBUG)
base, client_id = sys.argv[1], sys.argv[2]
secret = sys.stdin.read()
lookup = OrgLookup(login_base=base + "/login", api_base=base + "/api-host")
print(lookup.lookup("mypurecloud.de", client_id, secret))
try:
    lookup.lookup("mypurecloud.de", client_id, secret)
except PlatformError as error:
    print(error, file=sys.stderr)
    raise
"""


def test_the_secret_is_not_in_the_output_of_a_process_with_debug_logging(httpserver):
    answers = [
        Response(json.dumps({"access_token": TOKEN}), content_type="application/json"),
        Response('{"error": "invalid_client"}', status=401, content_type="application/json"),
    ]
    expect_token(httpserver).respond_with_handler(lambda request: answers.pop(0))
    expect_org(httpserver).respond_with_json(ORG)
    result = subprocess.run(
        [sys.executable, "-c", LOOKUP_SCRIPT, httpserver.url_for("").rstrip("/"), CLIENT_ID],
        input=SECRET,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert result.returncode == 1  # the second look-up raised, with its traceback on stderr
    assert "acme-eu" in result.stdout
    assert "POST /login/oauth/token" in result.stderr  # logging was on
    assert "Traceback" in result.stderr
    assert "did not accept this client ID and secret (HTTP 401)" in result.stderr
    for needle in (SECRET, TOKEN, BASIC[6:]):
        assert needle not in result.stdout
        assert needle not in result.stderr
