"""Step 7, "Attachments": screenshots, console logs, HAR files and configuration files for the case.

Files are added by the file dialog, by drag and drop, from the screenshot tool or from the desktop app's log
folders; each is inspected (kind from its content, a preview, notes) and copied into the case folder by a
worker with progress and cancel, so the window never freezes. Nothing leaves the computer from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSplitter, QWidget

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.messages import Message
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import load_preferences
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.ui import workers
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import current_language, fill, tr_message
from care_desktop.ui.pages.base import StepPage, signals_blocked, wrapping_label
from care_desktop.ui.widgets.attachment_table import AttachmentTable
from care_desktop.ui.widgets.folder_feedback import folder_lines
from care_desktop.ui.widgets.unredactable_files import UnredactableFiles

# The evidence services (file sniffing, HAR parsing, copying), the screenshot tool and the dialogs are loaded
# when the page is first built or used, not when the wizard is: most cases are opened long before this step.
if TYPE_CHECKING:
    from care_desktop.services.evidence import Inspection
    from care_desktop.services.evidence.batch import BatchResult
    from care_desktop.ui.evidence_help_dialog import EvidenceHelpDialog
    from care_desktop.ui.log_picker_dialog import LogPickerDialog
    from care_desktop.ui.screenshots import ScreenshotDialog

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"


class AttachmentsPage(StepPage):
    """The evidence of the case."""

    step = Step.ATTACHMENTS

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        self.task: workers.Task | None = None
        self.inspections: dict[str, Inspection] = {}
        super().__init__(draft, context, parent)

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        from care_desktop.ui.widgets.evidence_preview import EvidencePreview

        self.add_button = QPushButton()
        self.screenshot_button = QPushButton()
        self.logs_button = QPushButton()
        self.help_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.screenshot_button.clicked.connect(self.take_screenshot)
        self.logs_button.clicked.connect(self.find_logs)
        self.help_button.clicked.connect(self.show_help)
        tools = QHBoxLayout()
        for button in (self.add_button, self.screenshot_button, self.logs_button, self.help_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.hint = wrapping_label()
        self.table = AttachmentTable()
        self.table.edited.connect(self.on_edited)
        self.table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self.show_selected())
        self.table.remove_requested.connect(self.remove_selected)
        self.preview = EvidencePreview()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 300])
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.trim_button = QPushButton()
        self.trim_button.clicked.connect(self.trim_selected)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        for widget in (self.remove_button, self.trim_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.progress, 2)
        actions.addWidget(self.cancel_button)
        self.total = QLabel()
        self.unredactable = UnredactableFiles(lambda title, text: self.context.dialogs.question(self, title, text))
        self.unredactable.changed.connect(self._on_as_is_changed)
        self.feedback = wrapping_label()
        self.body.addLayout(tools)
        self.body.addWidget(self.hint)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(actions)
        self.body.addWidget(self.total)
        self.body.addWidget(self.unredactable)
        self.body.addWidget(self.feedback)
        self.setAcceptDrops(True)
        self._set_busy(False)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Attachments"))
        self.setSubTitle(
            self.tr("Screenshots of errors, console logs, HAR files and configuration files help Product Support.")
        )
        self.add_button.setText(self.tr("&Add files\u2026"))
        self.add_button.setAccessibleDescription(self.tr("Chooses files to attach; copies are kept with the case."))
        self.screenshot_button.setText(self.tr("Take a &screenshot\u2026"))
        self.screenshot_button.setAccessibleDescription(self.tr("Captures the screen, marks it up and attaches it."))
        self.logs_button.setText(self.tr("Desktop app &logs\u2026"))
        self.logs_button.setAccessibleDescription(self.tr("Finds the Genesys Cloud desktop app's logs to attach."))
        self.help_button.setText(self.tr("&How to save logs and HAR files"))
        self.help_button.setAccessibleDescription(self.tr("Opens steps for saving console logs and HAR files."))
        self.hint.setText(
            self.tr(
                "You can also drop files here. Copies are kept with the case; your originals are never changed, "
                "and secrets are removed before anything is packaged."
            )
        )
        self.table.attachments.set_headers(
            [self.tr("Include"), self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Note")]
        )
        self.table.setAccessibleName(self.tr("Attached files"))
        self.table.setAccessibleDescription(self.tr("Each attached file: included or not, its kind and a note."))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleDescription(self.tr("Removes the selected files from the case."))
        self.trim_button.setText(self.tr("&Trim to the incident time"))
        self.trim_button.setToolTip(self.tr("Keep 30 minutes before and after the time the issue happened"))
        self.trim_button.setAccessibleDescription(self.trim_button.toolTip())
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setAccessibleName(self.tr("Copying files"))
        self.cancel_button.setAccessibleName(self.tr("Cancel copying"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops copying the files into the case."))

    def kind_names(self) -> dict[AttachmentKind, str]:
        """The kinds as shown."""
        return {
            AttachmentKind.SCREENSHOT: self.tr("Screenshot"),
            AttachmentKind.CONSOLE_LOG: self.tr("Console log"),
            AttachmentKind.HAR: self.tr("HAR file"),
            AttachmentKind.CONFIG: self.tr("Configuration"),
            AttachmentKind.OTHER: self.tr("Other"),
        }

    def input_widgets(self) -> list[QObject]:
        """The table (its model reports only the user's edits)."""
        return [self.table]

    @property
    def case_dir(self) -> Path:
        """Where this draft's files are kept."""
        return self.context.paths.case_dir(self.draft.id)

    # -- the table ---------------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the draft's attachments."""
        from care_desktop.services.evidence import human_size

        self.table.show_attachments(self.draft.case.attachments, self.kind_names(), human_size, self.tr("Kind of %1"))

    def store(self) -> None:
        """Nothing to copy: the table's model edits the draft's attachments in place."""

    def refresh(self) -> None:
        """Show the total, the size warnings and the buttons' state."""
        from care_desktop.services.evidence import human_size, package_notes

        super().refresh()
        # What the package gets: a file that cannot be redacted counts only when it is sent as is on purpose.
        included = [a for a in self.draft.case.attachments if a.included and not a.left_out_unredactable]
        total = sum(a.size or 0 for a in included)
        limit_mb = load_preferences(self.context.store).upload_limit_mb
        text = fill(self.tr("%n files to include, %1 in all.", "", len(included)), human_size(total))
        warnings = package_notes(total, limit_mb * 1024 * 1024 if limit_mb else None)
        self.total.setText(" ".join([text, *(tr_message(note.message) for note in warnings)]))
        selected = self.selected_rows()
        self.unredactable.show_for(self.draft.case.attachments, selected)
        self.remove_button.setEnabled(bool(selected) and self.task is None)
        self.trim_button.setEnabled(
            len(selected) == 1
            and self.task is None
            and bool(self.draft.case.occurred_at)
            and self.draft.case.attachments[selected[0]].kind is AttachmentKind.CONSOLE_LOG
        )

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return self.table.selected_rows()

    def _on_as_is_changed(self) -> None:
        rows = self.selected_rows()
        with signals_blocked(*self.input_widgets()):
            self.load()  # the include box of a file sent as is is ticked again
        if rows:
            self.table.selectRow(rows[0])
        self.on_edited()

    def show_selected(self) -> None:
        """Preview the selected attachment (inspecting it in a worker the first time)."""
        self.refresh()
        rows = self.selected_rows()
        if len(rows) != 1:
            self.preview.show_inspection(None)
            return
        path = Path(self.draft.case.attachments[rows[0]].path)
        known = self.inspections.get(str(path))
        if known is not None:
            self.preview.show_inspection(known, path)
            return
        from care_desktop.services.evidence import inspect_file

        task = workers.start(lambda progress, token: inspect_file(path, progress=progress, token=token), self)
        task.succeeded.connect(lambda result, stored=path: self._show_inspected(stored, result))

    def _show_inspected(self, path: Path, inspection: Inspection) -> None:
        self.inspections[str(path)] = inspection
        rows = self.selected_rows()
        if len(rows) == 1 and self.draft.case.attachments[rows[0]].path == str(path):
            self.preview.show_inspection(inspection, path)

    # -- adding and removing -----------------------------------------------------------------------------

    def isComplete(self) -> bool:
        """Not while files are being copied."""
        return self.task is None and super().isComplete()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.progress, self.cancel_button):
            widget.setVisible(busy)
        for button in (self.add_button, self.screenshot_button, self.logs_button):
            button.setEnabled(not busy)
        self.completeChanged.emit()

    def run(self, work: workers.Work, on_done: object) -> workers.Task:
        """Run one piece of work on the files, showing its progress; one at a time."""
        self.task = workers.start(work, self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(on_done)
        self.task.failed.connect(lambda reason: self.feedback.setText(fill(self.tr("It failed: %1"), reason)))
        self.task.cancelled.connect(lambda: self.feedback.setText(self.tr("Cancelled; nothing half-copied is kept.")))
        self.task.ended.connect(self._on_ended)
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.refresh()
        return self.task

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))

    def _on_ended(self) -> None:
        self.task = None
        self._set_busy(False)
        self.refresh()

    def cancel(self) -> None:
        """Stop the copy in progress."""
        if self.task is not None:
            self.task.cancel()

    def add_paths(self, paths: list[Path]) -> workers.Task | None:
        """Inspect and copy files into the case folder.

        Args:
            paths: Files chosen, dropped or saved by the screenshot tool.

        Returns:
            The running task, or None when there is nothing to do or a copy is already running.
        """
        if not paths or self.task is not None:
            return None
        from care_desktop.services.evidence.folders import add_files_and_folders

        limit_mb = load_preferences(self.context.store).upload_limit_mb
        case_dir = self.case_dir

        def work(progress: Progress, token: CancelToken) -> BatchResult:  # a folder stands for its files
            limit = limit_mb * 1024 * 1024 if limit_mb else None
            return add_files_and_folders(paths, case_dir, upload_limit=limit, progress=progress, token=token)

        self.feedback.setText(self.tr("Adding %n files\u2026", "", len(paths)))
        return self.run(work, self._on_added)

    def _on_added(self, result: BatchResult) -> None:
        for added in result.added:
            self.draft.case.attachments.append(added.attachment)
            self.inspections[added.attachment.path] = added.inspection
        lines = [*folder_lines(result), self.tr("Added %n files.", "", len(result.added))]
        for item in result.added:
            lines += [f"\u26a0 {item.inspection.name}: {tr_message(n.message)}" for n in item.inspection.notes]
        for refused in result.refused:
            reasons = "; ".join(tr_message(n.message) for n in refused.notes)
            lines.append(f"\u2716 {refused.source.name or refused.source}: {reasons}")
        self.feedback.setText("\n".join(lines))
        self.initializePage()
        self.commit_requested.emit()

    def choose_files(self) -> None:
        """Ask for files to attach."""
        paths = self.context.dialogs.open_files(
            self, self.tr("Attach files"), Path.home(), self.tr("All files (*)") + ";;" + IMAGE_FILTER
        )
        self.add_paths(paths)

    def remove_selected(self) -> None:
        """Remove the selected attachments and their copies in the case folder (never the originals)."""
        from care_desktop.services.evidence import remove_stored

        rows = self.selected_rows()
        if not rows or self.task is not None:
            return
        removed = [self.draft.case.attachments.pop(row) for row in reversed(rows)]
        self.commit_requested.emit()  # the draft forgets the files before they are deleted
        for attachment in removed:
            remove_stored(Path(attachment.path), self.case_dir)
            self.inspections.pop(attachment.path, None)
        self.initializePage()
        self.feedback.setText(self.tr("Removed %n files.", "", len(rows)))

    def trim_selected(self) -> workers.Task | None:
        """Add a copy of the selected log cut to the hour around the incident time (the whole log stays)."""
        from care_desktop.ui.attachment_actions import trim_job

        rows = self.selected_rows()
        if len(rows) != 1 or self.task is not None:
            return None
        job = trim_job(self.draft, self.draft.case.attachments[rows[0]], self.case_dir)
        if job is None:
            return None
        return self.run(job, self._on_trimmed)

    def _on_trimmed(self, result: Attachment | Message) -> None:
        if isinstance(result, Attachment):
            self.draft.case.attachments.append(result)
            self.feedback.setText(fill(self.tr("Added the trimmed copy %1."), Path(result.path).name))
            self.initializePage()
            self.commit_requested.emit()
        else:
            self.feedback.setText(tr_message(result))

    def take_screenshot(self) -> ScreenshotDialog:
        """Capture, annotate and redact a screenshot into the case folder."""
        from care_desktop.ui.screenshots import ScreenshotDialog

        dialog = ScreenshotDialog(self.context.dialogs, self.case_dir, "", parent=self)
        dialog.saved.connect(lambda path: self.add_paths([Path(path)]))
        dialog.attach_existing_requested.connect(self._choose_images)
        dialog.open()
        return dialog

    def _choose_images(self) -> None:
        self.add_paths(self.context.dialogs.open_files(self, self.tr("Attach images"), Path.home(), IMAGE_FILTER))

    def find_logs(self) -> LogPickerDialog:
        """Offer the desktop app's logs found on this computer."""
        from care_desktop.services.log_locations import discover, looked_in
        from care_desktop.ui.log_picker_dialog import LogPickerDialog

        home = Path.home()
        dialog = LogPickerDialog(discover(home), self, looked_in(home), self.context.dialogs)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_paths(dialog.chosen()))
        dialog.open()
        return dialog

    def show_help(self) -> EvidenceHelpDialog:
        """Explain how to save console logs and HAR files."""
        from care_desktop.ui.evidence_help_dialog import EvidenceHelpDialog

        dialog = EvidenceHelpDialog(current_language(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- drag and drop -----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach the dropped files."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
