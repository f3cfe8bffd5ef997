"""Run "add evidence to case N" off the GUI thread: hash the draft's attachments in a worker.

The store is read here, on the GUI thread (the sent digests, the draft's folder); only the file reading runs
in the worker (``services.case_evidence.hash_attachments``), started through ``workers.start``. The result is
an ``EvidenceReport``.

The work waits until the callbacks are connected: ``workers.start`` starts the work at once, and a pool thread
that is already warm could hash a few small files and emit ``succeeded`` before anyone listens (a signal with
no receiver yet is lost).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.tracker.followup import new_evidence
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.services.tracker.evidence import EvidenceReport, hash_attachments
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui import workers
from care_desktop.ui.context import UiContext

_CONNECT_WAIT_S: Final = 5.0


def start_evidence_search(
    context: UiContext,
    tracker: TrackerStore,
    number: str,
    draft: Draft,
    on_found: Callable[[EvidenceReport], None],
    on_failed: Callable[[str], None],
    parent: QObject | None = None,
) -> workers.Task:
    """Start looking for the attachments of ``draft`` not yet sent with case ``number``.

    Args:
        context: Services (paths of the drafts' folders).
        tracker: The tracked cases (read now, on the GUI thread).
        number: The case.
        draft: The case's draft.
        on_found: Receives the ``EvidenceReport`` on the GUI thread.
        on_failed: Receives the reason when reading failed.
        parent: The object the work is for (its destruction cancels the work).

    Returns:
        The running task.
    """
    sent = tracker.sent_evidence(number) | draft.sent_digests()  # sent with the case, or in any of its packages
    attachments = list(draft.case.attachments)
    base = context.paths.case_dir(draft.id)
    connected = threading.Event()

    def work(progress: Progress, token: CancelToken) -> EvidenceReport:
        connected.wait(_CONNECT_WAIT_S)
        files, missing = hash_attachments(attachments, base, progress, token)
        fresh = new_evidence(files, sent)
        kept = {id(item) for item in fresh}
        return EvidenceReport(number, draft.id, fresh, [item for item in files if id(item) not in kept], missing)

    task = workers.start(work, parent)
    task.succeeded.connect(on_found)
    task.failed.connect(on_failed)
    connected.set()
    return task
