"""The analytics details of a conversation summed up: typed, ordered, and without personal data by default."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from care_desktop.domain.conversations.case_table import conversation_table, local_start
from care_desktop.domain.conversations.clocks import (
    DEFAULT_RETENTION,
    ClockKind,
    ClockState,
    evidence_clocks,
    first_per_kind,
    parse_retention,
    until_of,
)
from care_desktop.domain.conversations.sip_text import sip_attachment, strip_personal
from care_desktop.domain.conversations.summary import summarize, summary_from_json, summary_to_json
from tests.conftest import REPO
from tests.helpers import platform_standin as standin

PERSONAL = (
    standin.CALLER,
    standin.CALLED,
    "+4930123456789",
    standin.AGENT_NAME,
    standin.AGENT_EMAIL,
    "Max Caller",
    standin.EDGE_IP,
    "visitor@customer.example",
    "Web visitor",
)


def test_a_voice_call_is_summed_up():
    summary = summarize(standin.voice_call())
    assert summary.id == standin.VOICE_ID
    assert summary.start == datetime(2026, 11, 30, 9, 12, 3, 123000, tzinfo=UTC)
    assert summary.end == datetime(2026, 11, 30, 9, 19, 45, 870000, tzinfo=UTC)
    assert (summary.direction, summary.media_types, summary.is_voice) == ("inbound", ("voice",), True)
    assert summary.queue_ids == (standin.QUEUE_ID,)
    assert [(f.name, f.flow_type, f.exit_reason) for f in summary.flows] == [("Main IVR", "INBOUNDCALL", "TRANSFER")]
    assert summary.division_ids == (standin.DIVISION_ID,)
    assert [p.purpose for p in summary.participants] == ["customer", "ivr", "acd", "agent"]
    assert summary.disconnect_types == ("endpoint", "transfer", "peer")
    assert summary.participants[0].sip_codes == (200,)
    assert summary.min_mos == pytest.approx(3.12)
    assert summary.ended == "customer: endpoint"


def test_a_chat_with_an_error_code():
    summary = summarize(standin.chat())
    assert (summary.media_types, summary.is_voice) == (("message",), False)
    assert summary.error_codes == ("error.ininedgecontrol.session.inactive",)
    assert summary.ended == "customer: client; error: error.ininedgecontrol.session.inactive"
    assert summary.min_mos is None


def test_personal_data_is_left_out_unless_asked_for():
    for details in (standin.voice_call(), standin.chat()):
        text = json.dumps(summary_to_json(summarize(details)))
        assert not [value for value in PERSONAL if value in text]
    kept = summary_to_json(summarize(standin.voice_call(), include_personal=True))
    assert kept["personal_data_included"] is True
    assert kept["participants"][0]["personal"]["ani"] == [standin.CALLER]
    assert kept["participants"][3]["personal"]["name"] == [standin.AGENT_NAME]


def test_malformed_fields_are_skipped():
    summary = summarize(
        {"conversationId": "X", "conversationStart": "yesterday", "participants": [1, {"sessions": "no"}]}
    )
    assert (summary.id, summary.start, summary.end, summary.ended) == ("x", None, None, "not ended")
    assert [p.purpose for p in summary.participants] == ["unknown"]


def test_the_json_form_reads_back():
    summary = summarize(standin.voice_call())
    again = summary_from_json(summary_to_json(summary))
    assert (again.id, again.start, again.media_types, again.queue_ids, again.ended) == (
        summary.id,
        summary.start,
        summary.media_types,
        summary.queue_ids,
        summary.ended,
    )
    with pytest.raises(ValueError, match="not a conversation summary"):
        summary_from_json({"schema": "other"})


def test_evidence_clocks_from_the_start():
    voice, chat = summarize(standin.voice_call()), summarize(standin.chat())
    clocks = evidence_clocks([voice, chat])
    assert [(c.conversation_id, c.kind) for c in clocks] == [
        (standin.VOICE_ID, ClockKind.CONSOLE_EVENTS),
        (standin.CHAT_ID, ClockKind.CONSOLE_EVENTS),
        (standin.VOICE_ID, ClockKind.SIP_CAPTURE),
    ]
    sip = clocks[-1]
    assert voice.start is not None
    assert sip.until == voice.start + timedelta(days=21)
    assert sip.state(sip.until - timedelta(days=3)) is ClockState.RUNNING
    assert sip.state(sip.until - timedelta(days=1)) is ClockState.SOON
    assert sip.state(sip.until) is ClockState.EXPIRED
    assert [c.kind for c in first_per_kind(clocks)] == [ClockKind.CONSOLE_EVENTS, ClockKind.SIP_CAPTURE]
    assert until_of(voice, ClockKind.SIP_CAPTURE) == "2026-12-21T09:12:03.123000Z"
    assert until_of(chat, ClockKind.SIP_CAPTURE) is None


def test_retention_from_the_profile():
    profile = json.loads((REPO / "resources" / "profile.json").read_text(encoding="utf-8"))
    retention = parse_retention(profile)
    assert retention.days == {ClockKind.SIP_CAPTURE: 21, ClockKind.CONSOLE_EVENTS: 10}
    assert retention.remind_before == timedelta(days=2)
    assert retention.sources is not None
    assert all(
        source.url.startswith("https://help.mypurecloud.com/") and source.checked
        for source in retention.sources.values()
    )
    assert parse_retention({}) == DEFAULT_RETENTION
    with pytest.raises(ValueError, match="positive whole number"):
        parse_retention({"evidence_retention": {"sip-capture": {"days": 0}}})


def test_the_case_table():
    lines = conversation_table([summarize(standin.voice_call()), summarize(standin.chat())], "Europe/Berlin")
    assert lines[0].startswith("| Conversation | Start (org zone) | Start (UTC) |")
    assert lines[2] == (
        f"| {standin.VOICE_ID} | 2026-11-30 10:12 CET (Europe/Berlin) | 2026-11-30 09:12 UTC | voice | inbound | "
        f"{standin.QUEUE_ID} | customer: endpoint |"
    )
    assert conversation_table([], "UTC") == []
    assert local_start(None, "Europe/Berlin") == "-"
    assert local_start(summarize(standin.voice_call()).start, "Not/AZone") == "-"


def test_sip_text_without_personal_data():
    text, counts = strip_personal(standin.SIP_MESSAGE)
    for value in ("+4930123456789", "+4989987654321", "Max Caller", "192.0.2.44", "203.0.113.10"):
        assert value not in text
    assert "Call-ID: a84b4c76e66710@[REDACTED:ip]" in text
    assert "x-inin-cnv: 4709b21d-bc22-418a-8c6d-4ededb31bd39" in text  # the conversation ID stays
    assert "From: [REDACTED:name] <sip:[REDACTED:sip-user]@[REDACTED:ip]>;tag=1928301774" in text
    assert counts["sip-user"] == 4
    assert counts["name"] == 1
    assert counts["ip"] >= 5
    attachment = sip_attachment(standin.VOICE_ID, {"message": standin.SIP_MESSAGE})
    assert attachment.startswith(f"# SIP messages of conversation {standin.VOICE_ID}\n")
    assert "\r" not in attachment
    assert "+4930123456789" not in attachment
    kept = sip_attachment(standin.VOICE_ID, {"message": standin.SIP_MESSAGE}, include_personal=True)
    assert "+4930123456789" in kept
    assert "included at the user's request" in kept
