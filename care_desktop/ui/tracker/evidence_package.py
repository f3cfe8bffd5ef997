"""Adding evidence to a filed case: a package named for the case, holding only what was not sent yet.

The tracker window finds the new files; this builds their package in a worker (the build itself runs in a
child process) and then records them as sent, so that the next package for the case leaves them out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from care_desktop.services.packaging.builder import PackResult
from care_desktop.services.packaging.child_process import build_package_isolated
from care_desktop.services.packaging.plan import evidence_plan
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError
from care_desktop.services.tracker.evidence import EvidenceReport
from care_desktop.services.tracker.store import CaseNotFoundError, TrackerStore
from care_desktop.ui import workers
from care_desktop.ui.context import UiContext


def start_evidence_package(context: UiContext, report: EvidenceReport, parent: QWidget) -> workers.Task | None:
    """Package the new files of a tracked case, then remember them as sent.

    Args:
        context: Services and settings.
        report: What the tracker found for the case.
        parent: Where to show the outcome.

    Returns:
        The running task, or None when there is nothing new (the user is told).
    """
    if not report.new:
        context.dialogs.information(
            parent,
            QCoreApplication.translate("EvidencePackage", "Nothing new"),
            QCoreApplication.translate("EvidencePackage", "Everything attached to case %1 was sent already.").replace(
                "%1", report.number
            ),
        )
        return None
    try:
        draft = context.store.load_draft(report.draft_id)
    except (DraftDamagedError, DraftNotFoundError) as error:
        context.dialogs.warning(
            parent, QCoreApplication.translate("EvidencePackage", "Draft cannot be opened"), str(error)
        )
        return None
    plan = evidence_plan(
        draft,
        context.profile,
        context.paths.exports,
        context.clock(),
        report.number,
        [i.attachment for i in report.new],
    )
    case, target, options = plan.case, plan.target, plan.options
    case_dir = context.paths.case_dir(draft.id)

    def work(progress: Progress, token: CancelToken) -> PackResult:
        target.parent.mkdir(parents=True, exist_ok=True)
        return build_package_isolated(case, case_dir, target, options, progress, token)

    def done(result: PackResult) -> None:
        tracker = TrackerStore(context.store)
        files = [(item.sha256, Path(item.attachment.path).name) for item in report.new]
        try:
            tracker.record_sent(report.number, files, context.clock())
            tracker.link(report.number, package=str(result.path))
        except CaseNotFoundError:
            pass  # the case stopped being tracked meanwhile: the package is still there
        context.dialogs.information(
            parent,
            QCoreApplication.translate("EvidencePackage", "Evidence package ready"),
            QCoreApplication.translate(
                "EvidencePackage", "%1 holds the %2 new file(s) for case %3. Upload it to that case in My Support."
            )
            .replace("%1", str(result.path))
            .replace("%2", str(len(report.new)))
            .replace("%3", report.number),
        )

    task = workers.start(work, parent)
    task.succeeded.connect(done)
    task.failed.connect(
        lambda reason: context.dialogs.warning(
            parent, QCoreApplication.translate("EvidencePackage", "No package was written"), reason
        )
    )
    return task
