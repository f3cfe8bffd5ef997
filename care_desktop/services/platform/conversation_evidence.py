"""The conversation check's evidence files in a case folder: ``conversations/<id>.json`` and ``<id>-sip.txt``.

``write_evidence`` writes the summary of each conversation found (with the organization's zone, so the case
text can show the start in it) and, for voice conversations, the SIP messages with personal data removed
unless the user included it; both atomically; and ``api-calls.txt``, the calls that failed with their
``ININ-Correlation-Id``. The files become attachments of the case like any other, so the
redaction review shows them and the package carries them (``conversations/`` in the ZIP). ``read_summaries``
reads them back for the case text and the tracker's evidence clocks; an unreadable file is skipped.
Never writes a secret or a token (there is none in what it is given). No Qt.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from care_desktop.domain.case.identifiers import is_uuid
from care_desktop.domain.conversations.case_table import conversation_table, local_start
from care_desktop.domain.conversations.sip_text import sip_attachment
from care_desktop.domain.conversations.summary import ConversationSummary, summary_from_json, summary_to_json
from care_desktop.domain.json_input import loads
from care_desktop.services.atomic import write_bytes_atomic
from care_desktop.services.platform.check_report import CheckReport, Outcome

FOLDER: Final = "conversations"
ZONE_KEY: Final = "org_time_zone"
SIP_SUFFIX: Final = "-sip.txt"
API_CALLS: Final = "api-calls.txt"


@dataclass(frozen=True)
class EvidenceFile:
    """A file written for one conversation.

    Attributes:
        conversation_id: The conversation (empty for the failed calls' list).
        path: The file.
        sip: True for the SIP messages, False for the summary.
        size: Its size in bytes.
        sha256: Hex SHA-256 of its content.
    """

    conversation_id: str
    path: Path
    sip: bool
    size: int = 0
    sha256: str = ""


def write_evidence(
    case_dir: Path, report: CheckReport, zone: str, include_personal: bool = False
) -> list[EvidenceFile]:
    """Write the summary and SIP files of every conversation found.

    Args:
        case_dir: The draft's case folder (created when missing).
        report: The check's report.
        zone: The organization's IANA zone (for the start in its zone), or empty.
        include_personal: Keep numbers, names and addresses in the SIP text.

    Returns:
        The files written, in the report's order.
    """
    folder = case_dir / FOLDER
    written: list[EvidenceFile] = []
    for check in report.checks:
        if check.outcome is not Outcome.FOUND or check.summary is None or not is_uuid(check.id):
            continue
        folder.mkdir(parents=True, exist_ok=True)
        document = summary_to_json(check.summary)
        document[ZONE_KEY] = zone
        document["start_org_zone"] = local_start(check.summary.start, zone)
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        written.append(_write(folder / f"{check.id}.json", text, check.id, sip=False))
        if check.sip is not None:
            sip_text = sip_attachment(check.id, check.sip, include_personal)
            written.append(_write(folder / f"{check.id}{SIP_SUFFIX}", sip_text, check.id, sip=True))
    if report.failed_calls:
        folder.mkdir(parents=True, exist_ok=True)
        lines = "".join(f"{call.text()}\n" for call in report.failed_calls)
        written.append(_write(folder / API_CALLS, lines, "", sip=False))
    return written


def _write(target: Path, text: str, conversation_id: str, sip: bool) -> EvidenceFile:
    data = text.encode("utf-8")
    write_bytes_atomic(target, data)
    return EvidenceFile(conversation_id, target, sip, len(data), hashlib.sha256(data).hexdigest())


def case_text_evidence(paths: Iterable[Path]) -> tuple[list[str], list[str]]:
    """What the case text says about the conversation check, from the files that go into the package.

    Args:
        paths: The included attachments' files (others than the check's are ignored).

    Returns:
        The conversations table (Markdown lines, start in the organization's zone and UTC) and the failed
        calls with their correlation IDs.
    """
    summaries: list[ConversationSummary] = []
    zone = ""
    failed: list[str] = []
    for path in paths:
        if path.parent.name != FOLDER:
            continue
        if path.name == API_CALLS:
            try:
                failed += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            except (OSError, ValueError):
                continue
        elif path.suffix == ".json":
            item = read_summary(path)
            if item is not None:
                summaries.append(item[0])
                zone = zone or item[1]
    return conversation_table(summaries, zone), failed


def read_summary(path: Path) -> tuple[ConversationSummary, str] | None:
    """Read one summary file: the summary and the organization's zone, or None when it is not one."""
    try:
        data = loads(path.read_text(encoding="utf-8"))
        summary = summary_from_json(data)
    except (OSError, ValueError, AttributeError):
        return None
    zone = data.get(ZONE_KEY)
    return summary, zone if isinstance(zone, str) else ""


def read_summaries(case_dir: Path) -> list[tuple[ConversationSummary, str]]:
    """Every conversation summary in a case folder, by conversation ID.

    Args:
        case_dir: The draft's case folder.

    Returns:
        (summary, organization's zone) pairs; none when the folder has none.
    """
    folder = case_dir / FOLDER
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        item = read_summary(path)
        if item is not None:
            found.append(item)
    return found
