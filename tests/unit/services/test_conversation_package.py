"""The conversation check's evidence in the package: ``conversations/<id>.json``, the SIP text, the CASE.md table."""

import json
import zipfile
from datetime import UTC, datetime

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case, ConversationRef
from care_desktop.domain.case.organization import Organization
from care_desktop.domain.conversations.summary import summarize
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.packaging.builder import PackOptions, build_package
from care_desktop.services.platform.check_report import CheckReport, ConversationCheck, FailedCall, Outcome
from care_desktop.services.platform.conversation_evidence import write_evidence
from tests.helpers import platform_standin as standin

WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def report(include_personal: bool = False) -> CheckReport:
    voice = ConversationCheck(
        standin.VOICE_ID,
        Outcome.FOUND,
        summarize(standin.voice_call(), include_personal),
        {"message": standin.SIP_MESSAGE},
        Outcome.FOUND,
    )
    chat = ConversationCheck(standin.CHAT_ID, Outcome.FOUND, summarize(standin.chat(), include_personal))
    missing = ConversationCheck(standin.MISSING_ID, Outcome.NOT_FOUND)
    failed = [FailedCall(f"GET /api/v2/analytics/conversations/{standin.MISSING_ID}/details", 404, "corr-missing")]
    return CheckReport([voice, chat, missing], failed_calls=failed)


def packaged(tmp_path, include_personal: bool = False, pii: bool = False):
    case_dir = tmp_path / "case"
    files = write_evidence(case_dir, report(include_personal), "Europe/Berlin", include_personal)
    case = Case(
        org=Organization("acme", standin.ORG["id"]),
        severity=3,
        title="Calls drop",
        conversations=[ConversationRef(standin.VOICE_ID), ConversationRef(standin.CHAT_ID)],
        attachments=[
            Attachment(str(f.path), AttachmentKind.CONSOLE_LOG if f.path.suffix == ".txt" else AttachmentKind.CONFIG)
            for f in files
        ],
    )
    result = build_package(
        case, case_dir, tmp_path / "p.zip", PackOptions(redaction=RedactionOptions(pii=pii)), now=WHEN
    )
    return result, zipfile.ZipFile(result.path)


def test_members_and_case_text(tmp_path):
    result, archive = packaged(tmp_path)
    names = archive.namelist()
    for member in (f"conversations/{standin.VOICE_ID}.json", f"conversations/{standin.VOICE_ID}-sip.txt",
                   f"conversations/{standin.CHAT_ID}.json", "conversations/api-calls.txt"):  # fmt: skip
        assert member in names
    text = archive.read("CASE.md").decode()
    assert text == result.case_text
    assert "## Conversations checked in the organization (Platform API)" in text
    assert (
        f"| {standin.VOICE_ID} | 2026-11-30 10:12 CET (Europe/Berlin) | 2026-11-30 09:12 UTC | voice | inbound | "
        f"{standin.QUEUE_ID} | customer: endpoint |"
    ) in text
    call = f"GET /api/v2/analytics/conversations/{standin.MISSING_ID}/details"
    assert f"- {call} -> HTTP 404, ININ-Correlation-Id: corr-missing" in text
    manifest = json.loads(archive.read("manifest.json"))
    assert {a["member"] for a in manifest["attachments"]} >= {f"conversations/{standin.VOICE_ID}-sip.txt"}
    sip = archive.read(f"conversations/{standin.VOICE_ID}-sip.txt").decode()
    assert "+4930123456789" not in sip
    summary = archive.read(f"conversations/{standin.VOICE_ID}.json").decode()
    for personal in (standin.CALLER, standin.AGENT_NAME, standin.AGENT_EMAIL):
        assert personal not in summary


def test_personal_data_only_when_the_user_opts_in_and_pii_redaction_still_applies(tmp_path):
    _result, archive = packaged(tmp_path, include_personal=True)
    summary = archive.read(f"conversations/{standin.VOICE_ID}.json").decode()
    assert standin.AGENT_NAME in summary
    assert "+4930123456789" in archive.read(f"conversations/{standin.VOICE_ID}-sip.txt").decode()
    _result, archive = packaged(tmp_path / "pii", include_personal=True, pii=True)
    assert standin.AGENT_EMAIL not in archive.read(f"conversations/{standin.VOICE_ID}.json").decode()
