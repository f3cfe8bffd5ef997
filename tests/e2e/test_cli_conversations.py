"""``care-desktop conversations`` in a real process against the local stand-in for the login and API hosts."""

import fcntl
import json
import os
import pty
import select
import subprocess
import sys
import termios

import pytest

from tests.conftest import REPO
from tests.helpers import platform_standin as standin

FIELDS = {"id", "found", "start", "end", "media_types", "direction", "queues", "disconnect_types",
          "sip_capture_until", "console_events_until"}  # fmt: skip


def conversations(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", "conversations", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env if env is not None else credentials(),
        cwd=REPO,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def credentials(**extra: str) -> dict[str, str]:
    env = {**os.environ, "CARE_DESKTOP_CLIENT_ID": standin.CLIENT_ID, "CARE_DESKTOP_CLIENT_SECRET": standin.SECRET}
    env.update(extra)
    return env


def bases(server) -> list[str]:
    return ["--login-base", server.url_for("/login"), "--api-base", server.url_for("/api-host")]


def test_json_contract(httpserver):
    standin.serve_organization(httpserver)
    ids = [standin.VOICE_ID.upper(), standin.CHAT_ID, standin.MISSING_ID]
    result = conversations(*ids, "--region", "mypurecloud.de", "--json", *bases(httpserver))
    assert (result.returncode, result.stderr) == (0, "")
    document = json.loads(result.stdout)
    voice, chat, missing = document["conversations"]
    for entry in (voice, chat, missing):
        assert set(entry) >= FIELDS
    assert (voice["id"], voice["found"], voice["direction"], voice["media_types"]) == (
        standin.VOICE_ID,
        True,
        "inbound",
        ["voice"],
    )
    assert (voice["start"], voice["end"]) == ("2026-11-30T09:12:03.123000Z", "2026-11-30T09:19:45.870000Z")
    assert voice["queues"] == [standin.QUEUE_ID]
    assert voice["disconnect_types"] == ["endpoint", "transfer", "peer"]
    assert voice["sip_capture_until"] == "2026-12-21T09:12:03.123000Z"
    assert voice["console_events_until"] == "2026-12-10T09:12:03.123000Z"
    assert chat["sip_capture_until"] is None
    assert (missing["found"], missing["outcome"], missing["start"]) == (False, "not_found", None)
    assert document["permissions"] == {
        "analytics:conversationDetail:view": "granted",
        "telephony:pcap:view": "granted",
        "organizations/me": "unknown",
    }
    assert document["failed_calls"] == [
        {"request": f"GET /api/v2/analytics/conversations/{standin.MISSING_ID}/details", "status": 404,
         "correlation_id": "corr-missing"}
    ]  # fmt: skip
    for personal in (standin.CALLER, standin.AGENT_NAME, standin.AGENT_EMAIL, "Max Caller"):
        assert personal not in result.stdout


def test_human_output(httpserver):
    standin.serve_organization(httpserver)
    result = conversations(standin.VOICE_ID, standin.MISSING_ID, "--region", "mypurecloud.de", *bases(httpserver))
    assert result.returncode == 0
    assert f"{standin.VOICE_ID}: found" in result.stdout
    assert "SIP capture available until 2026-12-21T09:12:03.123000Z" in result.stdout
    assert f"{standin.MISSING_ID}: NOT FOUND in this organization and region: check the region" in result.stdout
    assert "Failed call: GET" in result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["not-an-id", "--region", "mypurecloud.de"], "'not-an-id' is not a conversation ID"),
        ([standin.VOICE_ID, "--region", "example.com"], "unknown region 'example.com'"),
        ([standin.VOICE_ID, "--region", "mypurecloud.de", "--api-base", "ftp://x"], "--api-base must be"),
    ],
)
def test_bad_input(args, words):
    result = conversations(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_credentials_without_a_terminal():
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARE_DESKTOP_CLIENT")}
    result = conversations(standin.VOICE_ID, "--region", "mypurecloud.de", env=env)
    assert result.returncode == 2
    assert "set CARE_DESKTOP_CLIENT_ID and CARE_DESKTOP_CLIENT_SECRET" in result.stderr


def test_refused_credentials_exit_3_without_the_secret(httpserver):
    standin.expect_token(httpserver).respond_with_json({"error": "invalid_client"}, status=401)
    result = conversations(standin.VOICE_ID, "--region", "mypurecloud.de", *bases(httpserver))
    assert result.returncode == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "did not accept this client ID and secret (HTTP 401)" in lines[0]
    for needle in (standin.SECRET, standin.TOKEN, standin.BASIC[6:]):
        assert needle not in result.stderr


def test_unreachable_service_exit_3():
    result = conversations(
        standin.VOICE_ID, "--region", "mypurecloud.de", "--login-base", "http://127.0.0.1:9", "--api-base",
        "http://127.0.0.1:9",
    )  # fmt: skip
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert standin.SECRET not in result.stderr


def test_a_server_error_exits_3(httpserver):
    standin.serve_organization(httpserver)
    result = conversations(standin.FAILED_ID, "--region", "mypurecloud.de", "--json", *bases(httpserver))
    assert result.returncode == 3
    assert json.loads(result.stdout)["failed_calls"][0]["correlation_id"] == "corr-500"


def read_until(fd: int, wanted: bytes, limit: float = 30.0) -> bytes:
    """Read a terminal's output until ``wanted`` shows (select waits for data; nothing sleeps)."""
    seen = b""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], limit)
        if not ready:
            raise AssertionError(f"no {wanted!r} on the terminal; saw {seen!r}")
        seen += os.read(fd, 1024)
    return seen


def test_a_terminal_is_asked_and_the_secret_is_not_echoed(httpserver):
    standin.serve_organization(httpserver)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARE_DESKTOP_CLIENT")}
    master, slave = pty.openpty()

    def controlling_terminal() -> None:  # getpass reads the secret from /dev/tty: make it this terminal
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [sys.executable, "-m", "care_desktop", "conversations", standin.CHAT_ID, "--region", "mypurecloud.de",
         "--json", *bases(httpserver)],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO,
        preexec_fn=controlling_terminal,
    )  # fmt: skip
    os.close(slave)
    try:
        os.write(master, f"{standin.CLIENT_ID}\n".encode())
        terminal = read_until(master, b"OAuth client secret: ")
        os.write(master, f"{standin.SECRET}\n".encode())
        out, err = process.communicate(timeout=60)
        while select.select([master], [], [], 0)[0]:
            try:
                chunk = os.read(master, 1024)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            terminal += chunk
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert json.loads(out)["conversations"][0]["found"] is True
    assert b"OAuth client ID: " in err
    assert standin.SECRET.encode() not in terminal + out + err
    assert standin.CLIENT_ID.encode() in terminal  # the ID is echoed as typed; the secret is not
