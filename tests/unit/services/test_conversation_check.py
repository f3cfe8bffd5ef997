"""The conversation check against a local stand-in for the login and API hosts (no test reaches the internet)."""

import json
import logging
import traceback
from dataclasses import replace

import pytest
from werkzeug import Response

from care_desktop.domain.conversations.summary import summary_from_json
from care_desktop.services.paths import resolve_paths
from care_desktop.services.platform.check_report import (
    DETAILS_PERMISSION,
    ORG_PERMISSION,
    PCAP_PERMISSION,
    Access,
    FailedCall,
    Outcome,
)
from care_desktop.services.platform.client import PlatformError, PlatformFailure
from care_desktop.services.platform.conversation_evidence import read_summaries, write_evidence
from care_desktop.services.platform.conversations import ConversationChecker, retry_after
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.store import Store
from tests.helpers import platform_standin as standin
from tests.helpers.platform_standin import CLIENT_ID, SECRET, TOKEN


class FakeClock:
    """Monotonic seconds that move only when the check waits (tests never sleep)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float, token: CancelToken) -> None:
        token.check()
        self.waits.append(seconds)
        self.now += seconds


def checker(server, clock: FakeClock | None = None, total_seconds: float = 90.0) -> ConversationChecker:
    base = ConversationChecker(
        login_base=server.url_for("/login"), api_base=server.url_for("/api-host"), total_seconds=total_seconds
    )
    return base if clock is None else replace(base, clock=clock, wait=clock.wait)


IDS = [standin.VOICE_ID, standin.CHAT_ID, standin.MISSING_ID]


def test_each_conversation_is_checked(httpserver):
    standin.serve_organization(httpserver)
    progress = []
    report = checker(httpserver).check(
        "mypurecloud.de", CLIENT_ID, SECRET, IDS, progress=lambda done, total: progress.append((done, total))
    )
    voice, chat, missing = report.checks
    assert [c.outcome for c in report.checks] == [Outcome.FOUND, Outcome.FOUND, Outcome.NOT_FOUND]
    assert voice.summary is not None
    assert voice.summary.ended == "customer: endpoint"
    assert voice.sip_outcome is Outcome.FOUND
    assert voice.sip is not None
    assert "INVITE" in voice.sip["message"]
    assert chat.sip_outcome is None
    assert chat.sip is None
    assert missing.summary is None
    assert report.permissions == {
        DETAILS_PERMISSION: Access.GRANTED,
        PCAP_PERMISSION: Access.GRANTED,
        ORG_PERMISSION: Access.UNKNOWN,
    }
    assert report.failed_calls == [
        FailedCall(f"GET /api/v2/analytics/conversations/{standin.MISSING_ID}/details", 404, "corr-missing")
    ]
    assert report.failed_calls[0].text().endswith("-> HTTP 404, ININ-Correlation-Id: corr-missing")
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert report.stopped is None


def test_a_403_names_the_missing_permission(httpserver):
    standin.serve_organization(httpserver, sip=False)
    report = checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, [standin.VOICE_ID])
    assert report.checks[0].outcome is Outcome.FOUND
    assert report.checks[0].sip_outcome is Outcome.FORBIDDEN
    assert report.permissions[PCAP_PERMISSION] is Access.MISSING
    assert report.failed_calls[0].correlation_id == "corr-pcap"
    httpserver.clear()
    standin.serve_organization(httpserver, details=False)
    report = checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, [standin.VOICE_ID])
    assert report.checks[0].outcome is Outcome.FORBIDDEN
    assert report.permissions[DETAILS_PERMISSION] is Access.MISSING


def test_readiness_tries_each_call(httpserver):
    standin.serve_organization(httpserver)
    report = checker(httpserver).readiness("mypurecloud.de", CLIENT_ID, SECRET)
    assert report.permissions == dict.fromkeys((DETAILS_PERMISSION, PCAP_PERMISSION, ORG_PERMISSION), Access.GRANTED)
    assert report.failed_calls == []
    httpserver.clear()
    standin.serve_organization(httpserver, sip=False, details=False)
    report = checker(httpserver).readiness("mypurecloud.de", CLIENT_ID, SECRET)
    assert report.permissions == {
        ORG_PERMISSION: Access.GRANTED,
        DETAILS_PERMISSION: Access.MISSING,
        PCAP_PERMISSION: Access.MISSING,
    }
    assert [call.status for call in report.failed_calls] == [403, 403]


def test_a_server_error_is_kept_with_its_correlation_id(httpserver):
    standin.serve_organization(httpserver)
    report = checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, [standin.FAILED_ID, standin.CHAT_ID])
    assert [c.outcome for c in report.checks] == [Outcome.FAILED, Outcome.FOUND]
    assert report.failed_calls[0].status == 500
    assert report.failed_calls[0].correlation_id == "corr-500"


def rate_limited(seconds: str, then: dict[str, object]) -> list[Response]:
    body = standin.error_body(
        429, "too.many.requests", f"Rate limit exceeded the maximum. Retry in [{seconds}] seconds"
    )
    limited = Response(
        json.dumps(body),
        status=429,
        content_type="application/json",
        headers={"Retry-After": seconds, "ININ-Correlation-Id": "corr-429"},
    )
    return [limited, Response(json.dumps(then), content_type="application/json")]


def test_429_waits_for_retry_after(httpserver):
    standin.expect_token(httpserver).respond_with_json({"access_token": TOKEN})
    answers = rate_limited("7", standin.chat())
    standin.expect_api(httpserver, standin.details_path(standin.CHAT_ID)).respond_with_handler(
        lambda _r: answers.pop(0)
    )
    clock = FakeClock()
    report = checker(httpserver, clock).check("mypurecloud.de", CLIENT_ID, SECRET, [standin.CHAT_ID])
    assert clock.waits == [7.0]
    assert report.checks[0].outcome is Outcome.FOUND
    assert report.failed_calls == []


def test_the_bound_on_total_time(httpserver):
    standin.serve_organization(httpserver)
    answers = rate_limited("120", standin.voice_call())
    httpserver.clear()
    standin.expect_token(httpserver).respond_with_json({"access_token": TOKEN})
    standin.expect_api(httpserver, standin.details_path(standin.CHAT_ID)).respond_with_json(standin.chat())
    standin.expect_api(httpserver, standin.details_path(standin.VOICE_ID)).respond_with_handler(
        lambda _r: answers.pop(0)
    )
    clock = FakeClock()
    report = checker(httpserver, clock, total_seconds=60).check(
        "mypurecloud.de", CLIENT_ID, SECRET, [standin.CHAT_ID, standin.VOICE_ID, standin.MISSING_ID]
    )
    assert clock.waits == []  # a Retry-After past the bound is not waited for
    assert [c.outcome for c in report.checks] == [Outcome.FOUND, Outcome.NOT_CHECKED, Outcome.NOT_CHECKED]
    assert report.stopped is not None
    assert "time limit (60 s)" in report.stopped.render()
    assert report.failed_calls[0].status == 429
    assert report.failed_calls[0].correlation_id == "corr-429"


def test_retry_after_forms():
    assert retry_after("12") == 12.0
    assert retry_after(None) == 1.0
    assert retry_after("soon") == 1.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past


def test_cancel_ends_the_check(httpserver):
    standin.serve_organization(httpserver)
    token = CancelToken()

    def progress(done: int, total: int | None) -> None:
        if done == 1:
            token.cancel()

    with pytest.raises(CancelledError):
        checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, IDS, progress=progress, token=token)


def test_cancel_ends_a_wait():
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        token.wait(30)


def test_refused_credentials(httpserver):
    standin.expect_token(httpserver).respond_with_json({"error": "invalid_client"}, status=401)
    with pytest.raises(PlatformError) as caught:
        checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, IDS)
    assert caught.value.kind is PlatformFailure.CREDENTIALS
    assert SECRET not in "".join(traceback.format_exception(caught.value))


def test_an_expired_token(httpserver):
    standin.expect_token(httpserver).respond_with_json({"access_token": TOKEN})
    standin.expect_api(httpserver, standin.details_path(standin.CHAT_ID)).respond_with_json(
        {"message": "expired"}, status=401
    )
    with pytest.raises(PlatformError) as caught:
        checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, [standin.CHAT_ID])
    assert caught.value.kind is PlatformFailure.CREDENTIALS


def test_the_evidence_files(httpserver, tmp_path):
    standin.serve_organization(httpserver)
    report = checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, IDS)
    files = write_evidence(tmp_path, report, "Europe/Berlin")
    assert [(f.path.name, f.sip) for f in files] == [
        (f"{standin.VOICE_ID}.json", False),
        (f"{standin.VOICE_ID}-sip.txt", True),
        (f"{standin.CHAT_ID}.json", False),
        ("api-calls.txt", False),
    ]
    document = json.loads(files[0].path.read_text())
    assert document["org_time_zone"] == "Europe/Berlin"
    assert document["start_org_zone"] == "2026-11-30 10:12 CET (Europe/Berlin)"
    assert summary_from_json(document).id == standin.VOICE_ID
    sip = files[1].path.read_text()
    assert "+4930123456789" not in sip
    assert "[REDACTED:sip-user]" in sip
    assert [s.id for s, _zone in read_summaries(tmp_path)] == sorted([standin.VOICE_ID, standin.CHAT_ID])
    (tmp_path / "conversations" / "junk.json").write_text("{")
    assert len(read_summaries(tmp_path)) == 2


def test_the_secret_and_the_token_reach_no_file_store_log_or_error(httpserver, care_home, caplog):
    caplog.set_level(logging.DEBUG)  # urllib3 logs every request at DEBUG
    paths = resolve_paths()
    paths.ensure()
    store, _notice = Store.open(paths.store)
    texts: list[str] = []
    try:
        standin.serve_organization(httpserver, sip=True)
        case_dir = paths.case_dir("draft-1")
        report = checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, [*IDS, standin.FAILED_ID])
        write_evidence(case_dir, report, "Europe/Berlin", include_personal=True)
        texts.append(repr(report))
        texts.append(repr(checker(httpserver).readiness("mypurecloud.de", CLIENT_ID, SECRET)))
        httpserver.clear()
        standin.expect_token(httpserver).respond_with_json({"error": "invalid_client"}, status=401)
        for call in (
            lambda: checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, IDS),
            lambda: checker(httpserver).readiness("mypurecloud.de", CLIENT_ID, SECRET),
        ):
            with pytest.raises(PlatformError) as caught:
                call()
            texts += [str(caught.value), repr(caught.value), "".join(traceback.format_exception(caught.value))]
    finally:
        store.close()
    assert any("GET /api-host/api/v2/analytics" in record.getMessage() for record in caplog.records)  # logging was on
    texts += [record.getMessage() for record in caplog.records]
    files = [(path, path.read_bytes()) for path in sorted(care_home.rglob("*")) if path.is_file()]
    assert paths.store in [path for path, _ in files]
    assert any(path.suffix == ".txt" for path, _ in files)
    for needle in (SECRET, TOKEN, standin.BASIC[6:]):
        assert [path for path, data in files if needle.encode() in data] == []
        assert [text for text in texts if needle in text] == []


def test_a_503_is_retried_once_by_the_session(httpserver):
    standin.expect_token(httpserver).respond_with_json({"access_token": TOKEN})
    unavailable = standin.error(503, "service.unavailable", "The service is unavailable.", "corr-503")
    answers = [unavailable, Response(json.dumps(standin.chat()), content_type="application/json")]
    path = standin.details_path(standin.CHAT_ID)
    standin.expect_api(httpserver, path).respond_with_handler(lambda _r: answers.pop(0))
    report = checker(httpserver).check("mypurecloud.de", CLIENT_ID, SECRET, [standin.CHAT_ID])
    assert report.checks[0].outcome is Outcome.FOUND
    assert answers == []
