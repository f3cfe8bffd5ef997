"""Adding evidence to a filed case: a package named for the case, holding the files the user chose.

The tracker window finds the new files; :func:`choose_evidence` lets the user choose (new files ticked, files
sent before left out unless asked), then :func:`start_evidence_package` builds their package in a worker (the
build itself runs in a child process) and records them as sent, with the case and in the draft's packages,
so that the next package for the case leaves them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from care_desktop.domain.case.draft import SentPackage
from care_desktop.domain.tracker.followup import EvidenceFile
from care_desktop.services.packaging.builder import PackResult
from care_desktop.services.packaging.child_process import build_package_isolated
from care_desktop.services.packaging.plan import evidence_plan
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError
from care_desktop.services.tracker.evidence import EvidenceReport, sent_package
from care_desktop.services.tracker.store import CaseNotFoundError, TrackerStore
from care_desktop.ui import workers
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from care_desktop.ui.tracker.evidence_choice import EvidenceChoiceDialog


def choose_evidence(context: UiContext, report: EvidenceReport, parent: QWidget) -> EvidenceChoiceDialog | None:
    """Let the user choose the files of an evidence package, then build it.

    Args:
        context: Services and settings.
        report: What the tracker found for the case.
        parent: Owner of the dialog and where to show the outcome.

    Returns:
        The dialog (shown, not modal), or None when the draft holds no readable file (the user is told).
    """
    from care_desktop.ui.main_window import deleted_on_close
    from care_desktop.ui.tracker.evidence_choice import EvidenceChoiceDialog

    if not report.new and not report.already_sent:
        _nothing_new(context, report, parent)
        return None
    dialog = EvidenceChoiceDialog(report, parent)
    deleted_on_close(dialog)
    dialog.chosen.connect(lambda files: start_evidence_package(context, report, parent, files))
    dialog.show()
    return dialog


def _nothing_new(context: UiContext, report: EvidenceReport, parent: QWidget) -> None:
    context.dialogs.information(
        parent,
        QCoreApplication.translate("EvidencePackage", "Nothing new"),
        fill(
            QCoreApplication.translate("EvidencePackage", "Everything attached to case %1 was sent already."),
            report.number,
        ),
    )


def start_evidence_package(
    context: UiContext, report: EvidenceReport, parent: QWidget, files: Sequence[EvidenceFile] | None = None
) -> workers.Task | None:
    """Package the chosen files of a tracked case, then remember them as sent.

    Args:
        context: Services and settings.
        report: What the tracker found for the case.
        parent: Where to show the outcome.
        files: The files to package (default: the new ones).

    Returns:
        The running task, or None when there is nothing to package (the user is told).
    """
    chosen = list(report.new if files is None else files)
    if not chosen:
        _nothing_new(context, report, parent)
        return None
    try:
        draft = context.store.load_draft(report.draft_id)
    except (DraftDamagedError, DraftNotFoundError) as error:
        context.dialogs.warning(
            parent, QCoreApplication.translate("EvidencePackage", "Draft cannot be opened"), str(error)
        )
        return None
    now = context.clock()
    plan = evidence_plan(
        draft, context.profile, context.paths.exports, now, report.number, [item.attachment for item in chosen]
    )
    case, target, options = plan.case, plan.target, plan.options
    case_dir = context.paths.case_dir(draft.id)

    def work(progress: Progress, token: CancelToken) -> PackResult:
        target.parent.mkdir(parents=True, exist_ok=True)
        return build_package_isolated(case, case_dir, target, options, progress, token)

    def done(result: PackResult) -> None:
        tracker = TrackerStore(context.store)
        sent = [(item.sha256, Path(item.attachment.path).name) for item in chosen]
        try:
            tracker.record_sent(report.number, sent, context.clock())
            tracker.link(report.number, package=str(result.path))
        except CaseNotFoundError:
            pass  # the case stopped being tracked meanwhile: the package is still there
        _remember_in_draft(context, report.draft_id, sent_package(result.path, now.isoformat(), chosen))
        new_files = len(chosen)  # a plain name: pyside6-lupdate does not extract a translate() counting a call
        context.dialogs.information(
            parent,
            QCoreApplication.translate("EvidencePackage", "Evidence package ready"),
            fill(
                QCoreApplication.translate(
                    "EvidencePackage",
                    "%1 holds the %n new files for case %2. Upload it to that case in My Support.",
                    "",
                    new_files,
                ),
                str(result.path),
                report.number,
            ),
        )

    task = workers.start(work, parent)
    task.succeeded.connect(done)
    task.failed.connect(
        lambda reason: context.dialogs.warning(
            parent, QCoreApplication.translate("EvidencePackage", "No package was written"), reason
        )
    )
    return task


def _remember_in_draft(context: UiContext, draft_id: str, package: SentPackage) -> None:
    """Record in the draft what its new package held (the draft may have been deleted meanwhile)."""
    try:
        draft = context.store.load_draft(draft_id)
    except (DraftDamagedError, DraftNotFoundError):
        return
    draft.sent_packages.append(package)
    context.store.save_draft(draft)
