"""``care-desktop status`` in a real process against a local status server."""

import json
import os
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from pytest_httpserver import HTTPServer

from care_desktop.domain.status.summary import parse_summary
from tests.conftest import REALWORLD, REPO

PATH = "/api/v2/summary.json"
GITHUB = (REALWORLD / "statuspage" / "github_summary_minor_unresolved-incident.json").read_bytes()
FIELDS = {"indicator", "description", "incidents", "fetched_at", "stale"}
INCIDENT = {
    "name": "Incident with Packages and Pages",
    "impact": "major",
    "status": "investigating",
    "url": "https://stspg.io/33vh8r7z43kh",
}


def status(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", "status", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or os.environ.copy(),  # this test's private $CARE_DESKTOP_HOME
        cwd=REPO,
        timeout=60,
        check=False,
    )


def serve(httpserver: HTTPServer, body: bytes, code: int = 200) -> str:
    httpserver.clear()
    httpserver.expect_request(PATH).respond_with_data(body, status=code, content_type="application/json")
    return httpserver.url_for(PATH)


def test_json_contract_of_a_fresh_result(httpserver):
    result = status("--url", serve(httpserver, GITHUB), "--json")
    assert (result.returncode, result.stderr) == (0, "")
    document = json.loads(result.stdout)
    assert set(document) == FIELDS
    assert (document["indicator"], document["description"], document["stale"]) == (
        "minor",
        "Minor Service Outage",
        False,
    )
    assert document["incidents"] == [INCIDENT]
    assert datetime.fromisoformat(document["fetched_at"]).tzinfo is not None


def test_human_output(httpserver):
    result = status("--url", serve(httpserver, GITHUB))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Genesys Cloud status: Minor service outage"
    assert lines[1].startswith("Fetched ")
    assert "- Incident with Packages and Pages [major impact, investigating]" in lines
    assert "  https://stspg.io/33vh8r7z43kh" in lines
    assert any(line.startswith("  Latest update (2022-11-25 15:50 UTC): Packages is now") for line in lines)


def test_a_failing_fetch_exits_3_with_the_stale_cached_result(httpserver):
    url = serve(httpserver, GITHUB)
    first = json.loads(status("--url", url, "--json").stdout)
    serve(httpserver, b"<html>502 Bad Gateway</html>", code=502)
    result = status("--url", url, "--json")
    assert result.returncode == 3
    document = json.loads(result.stdout)
    assert document == {**first, "stale": True}  # same indicator, incidents and fetch time
    assert result.stderr == (
        "care-desktop status: The status page answered with an error (HTTP 502). (showing the last good result)\n"
    )
    human = status("--url", url)
    assert human.returncode == 3
    assert "STALE: last fetched " in human.stdout
    assert "Incident with Packages and Pages" in human.stdout


def test_unknown_when_nothing_was_ever_fetched():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # bound, never listening: the connection is refused
        result = status("--url", f"http://127.0.0.1:{sock.getsockname()[1]}{PATH}", "--json")
    assert result.returncode == 3
    assert json.loads(result.stdout) == {
        "indicator": "unknown",
        "description": "",
        "incidents": [],
        "fetched_at": None,
        "stale": True,
    }
    assert "cannot be reached" in result.stderr
    assert "the status is unknown" in result.stderr


def test_the_address_comes_from_the_environment(httpserver):
    env = {**os.environ, "CARE_DESKTOP_STATUS_URL": serve(httpserver, GITHUB)}
    result = status("--json", env=env)
    assert result.returncode == 0
    assert json.loads(result.stdout)["indicator"] == "minor"
    assert len(httpserver.log) == 1


def test_a_bad_address_is_bad_input():
    result = status("--url", "status.mypurecloud.com")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "care-desktop status: the status URL must be an http:// or https:// address, not 'status.mypurecloud.com'\n"
    )


def test_the_cache_is_a_summary_the_app_can_read(httpserver):
    status("--url", serve(httpserver, GITHUB))
    cache = json.loads((Path(os.environ["CARE_DESKTOP_HOME"]) / "cache" / "status.json").read_text("utf-8"))
    assert parse_summary(cache["summary"]).incidents[0].name == INCIDENT["name"]


def test_status_does_not_load_qt(httpserver):
    code = (
        "import sys; from care_desktop.app import main; "
        f"rc = main(['status', '--url', {serve(httpserver, GITHUB)!r}]); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
