"""HAR files: walked as structure, valid HAR out, every browser's export, and fuzzed with planted secrets."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.services.redaction.session import RedactionSession
from tests.conftest import REALWORLD
from tests.unit.services.test_redaction_text import Sink

HARS = sorted((REALWORLD / "har").glob("*.har"))


def redact_har(tmp_path, data: bytes, name="x.har"):
    path = tmp_path / name
    path.write_bytes(data)
    sink = Sink()
    result = RedactionSession().redact(path, AttachmentKind.HAR, sink)
    return sink.getvalue(), result


def assert_same_structure(before, after, path="$"):
    """Same keys, lengths, numbers and booleans; a string differs only where a marker replaced something."""
    assert type(before) is type(after), path
    if isinstance(before, dict):
        assert list(before) == list(after), path
        for key in before:
            assert_same_structure(before[key], after[key], f"{path}.{key}")
    elif isinstance(before, list):
        assert len(before) == len(after), path
        for index, (a, b) in enumerate(zip(before, after, strict=True)):
            assert_same_structure(a, b, f"{path}[{index}]")
    elif isinstance(before, str):
        if before != after:
            assert "[REDACTED:" in after or path.endswith("content.text"), (path, before[:80], after[:80])
    else:
        assert before == after, path


@pytest.mark.parametrize("har", HARS, ids=lambda p: p.name)
def test_every_realworld_export_stays_valid_har_with_the_same_structure(tmp_path, har):
    out, result = redact_har(tmp_path, har.read_bytes(), har.name)
    assert result.note == ""
    original = json.loads(har.read_bytes().decode("utf-8-sig"))
    redacted = json.loads(out)
    assert_same_structure(original, redacted)
    assert redacted["log"]["version"] == original["log"]["version"]
    assert not out.startswith(b"\xef\xbb\xbf")


def test_no_google_session_cookie_of_the_chrome_export_survives(tmp_path):
    raw = (REALWORLD / "har" / "mitmproxy_chrome.har").read_bytes()
    data = json.loads(raw)
    values = set()
    for entry in data["log"]["entries"]:
        for side in ("request", "response"):
            values |= {cookie["value"] for cookie in entry[side].get("cookies", [])}
            for header in entry[side]["headers"]:
                if header["name"].lower() in ("cookie", "set-cookie"):
                    values |= {part.split("=", 1)[1].strip() for part in header["value"].split(";") if "=" in part}
    values = {value for value in values if len(value) >= 3}
    assert len(values) >= 15  # SID, HSID, SSID, APISID, SAPISID, __Secure-*PSID*, NID, AEC ...
    out, result = redact_har(tmp_path, raw)
    assert [value for value in values if value.encode() in out] == []
    assert result.report.live_session
    cookies = [c for entry in json.loads(out)["log"]["entries"] for c in entry["request"]["cookies"]]
    assert {cookie["name"] for cookie in cookies} >= {"SID", "HSID", "SSID", "NID"}  # names are kept
    assert {cookie["value"] for cookie in cookies} == {"[REDACTED:cookie]"}


def test_har_11_and_byte_order_marks_are_read(tmp_path):
    firefox47 = json.loads((REALWORLD / "har" / "harviewer_firefox47.har").read_bytes())
    assert firefox47["log"]["version"] == "1.1"
    for name in ("mitmproxy_chrome_with-bom_postdata.har", "harviewer_ie11_fiddler.har"):
        raw = (REALWORLD / "har" / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        out, result = redact_har(tmp_path, raw, name)
        assert json.loads(out)["log"]["entries"]
        assert result.note == ""


def test_a_truncated_har_is_redacted_as_text_and_says_so(tmp_path):
    raw = (REALWORLD / "har" / "mitmproxy_chrome.har").read_bytes()
    out, result = redact_har(tmp_path, raw[: len(raw) * 2 // 3])
    assert result.note.startswith("not valid JSON")
    assert b"[REDACTED:cookie]" in out


@pytest.mark.parametrize(
    ("odd", "reason"),
    [
        ("1" + "0" * 5000, "a number longer than"),  # more digits than Python turns into an int
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_a_har_json_cannot_decode_is_redacted_as_text_and_says_why(tmp_path, odd, reason):
    entry = '{"request": {"headers": [{"name": "Authorization", "value": "Bearer abcdefghijklmnopqrstuvwxyz012345"}]}'
    raw = f'{{"log": {{"version": "1.2", "entries": [{entry}, "odd": {odd}}}]}}}}'.encode()
    out, result = redact_har(tmp_path, raw)
    assert result.note.startswith("not valid JSON")
    assert reason in result.note
    assert b"abcdefghijklmnopqrstuvwxyz012345" not in out


def test_unicode_escapes_and_lone_surrogates_survive(tmp_path):
    har = (
        '{"log": {"version": "1.2", "entries": [{"request": {"url": "https://x/?token=abc123", "headers": [],'
        ' "comment": "\\ud800 \\u00e9 \\u2603"}}]}}'
    )
    out, result = redact_har(tmp_path, har.encode())
    data = json.loads(out)
    assert data["log"]["entries"][0]["request"]["comment"] == "\ud800 \u00e9 \u2603"
    assert data["log"]["entries"][0]["request"]["url"] == "https://x/?token=[REDACTED:token]"
    assert result.report.counts == {"token": 1}


SECRET = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=12, max_size=24)
NOISE = st.text(max_size=30)


@st.composite
def planted_har(draw):
    """A HAR with random noise and secrets planted where browsers put them; returns (json text, secrets)."""
    secrets = []

    def secret(prefix):
        value = prefix + draw(SECRET)
        secrets.append(value)
        return value

    entries = []
    for _ in range(draw(st.integers(1, 4))):
        headers = [{"name": draw(st.sampled_from(["accept", "x-trace", "user-agent"])), "value": draw(NOISE)}]
        headers.append({"name": "Authorization", "value": "Bearer " + secret("B")})
        headers.append({"name": "Cookie", "value": f"ININ-SESSION={secret('C')}; lang={secret('L')}"})
        query = [{"name": "access_token", "value": secret("Q")}, {"name": draw(NOISE), "value": draw(NOISE)}]
        body = json.dumps({"refresh_token": secret("R"), "note": draw(NOISE), "n": draw(st.integers())})
        entries.append(
            {
                "startedDateTime": "2026-03-01T10:00:00Z",
                "request": {
                    "method": "GET",
                    "url": f"https://api.mypurecloud.com/x?access_token={secret('U')}&q={draw(NOISE)}",
                    "headers": headers,
                    "queryString": query,
                    "cookies": [{"name": "ININ-SESSION", "value": secret("K")}],
                    "postData": {
                        "mimeType": "application/x-www-form-urlencoded",
                        "text": f"a=1&client_secret={secret('S')}",
                    },
                },
                "response": {
                    "status": draw(st.integers(100, 599)),
                    "headers": [{"name": "Set-Cookie", "value": f"AWSALB={secret('A')}; Path=/"}],
                    "content": {"mimeType": "application/json", "text": body},
                    "comment": draw(NOISE),
                },
                draw(st.sampled_from(["_x", "comment", "_initiator"])): draw(
                    st.one_of(NOISE, st.integers(), st.none())
                ),
            }
        )
    data = {"log": {"version": "1.2", "creator": {"name": draw(NOISE), "version": "1"}, "entries": entries}}
    return json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1, 2]))), secrets


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(planted_har(), st.booleans())
def test_fuzzed_hars_never_crash_and_never_keep_a_planted_secret(tmp_path, har, bom):
    text, secrets = har
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass")
    out, result = redact_har(tmp_path, raw)
    leaked = [secret for secret in secrets if secret.encode() in out]
    assert leaked == []
    if result.note == "":
        assert_same_structure(json.loads(text), json.loads(out))


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400), st.integers(0, 400))
def test_garbage_in_a_har_file_never_crashes(tmp_path, garbage, cut):
    raw = (REALWORLD / "har" / "mitmproxy_charles.har").read_bytes()[:2000]
    redact_har(tmp_path, raw[:cut] + garbage)
