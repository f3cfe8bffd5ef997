"""Work the Attachments page hands to a worker: trimming a log around the incident time.

Kept apart from the page so the page stays a view; nothing here touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.json_format import parse_occurred_at
from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.messages import Message
from care_desktop.services.evidence import DEFAULT_AFTER, DEFAULT_BEFORE, trim_log
from care_desktop.services.progress import CancelToken, Progress

TrimJob = Callable[[Progress, CancelToken], Attachment | Message]


def trim_job(draft: Draft, attachment: Attachment, case_dir: Path) -> TrimJob | None:
    """Prepare the trimming of ``attachment`` to the window around the draft's incident time.

    Args:
        draft: The draft (its ``occurred_at`` is the incident time; a time without offset is read in the
            draft's time zone, else the computer's).
        attachment: A console log of the draft.
        case_dir: Where the trimmed copy goes.

    Returns:
        The work, returning the new attachment or the reason nothing was written; None without an incident time.
    """
    incident = parse_occurred_at(draft.case.occurred_at) if draft.case.occurred_at else None
    if incident is None:
        return None
    if incident.tzinfo is None:
        try:
            incident = incident.replace(tzinfo=ZoneInfo(draft.time_zone)) if draft.time_zone else incident.astimezone()
        except (ZoneInfoNotFoundError, ValueError):
            incident = incident.astimezone()
    source = Path(attachment.path)

    def work(progress: Progress, token: CancelToken) -> Attachment | Message:
        outcome = trim_log(source, incident, out_dir=case_dir, progress=progress, token=token)
        if outcome.result is None:
            assert outcome.problem is not None
            return outcome.problem.message
        result = outcome.result
        minutes = (int(DEFAULT_BEFORE.total_seconds() // 60), int(DEFAULT_AFTER.total_seconds() // 60))
        note = (
            f"{source.name} trimmed to {minutes[0]} min before and {minutes[1]} min after "
            f"{incident.isoformat(timespec='minutes')}: {result.lines_kept} of {result.lines_total} lines, "
            f"{result.first_kept.isoformat(timespec='seconds')} to {result.last_kept.isoformat(timespec='seconds')}"
        )
        stored = result.stored
        return Attachment(str(stored.path), AttachmentKind.CONSOLE_LOG, note, stored.sha256, stored.size)

    return work
