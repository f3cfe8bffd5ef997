"""Step 8, "Redaction review": what will be removed from each file before it leaves the computer.

The attachments are scanned in a worker (nothing is written): per file and per rule the counts, a preview of
the changed lines, include/exclude, and a warning to sign out or revoke sessions when a HAR or log held live
session tokens or cookies. Secrets are always removed; personal data and the user's own terms on request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from care_desktop.domain.case.draft import Draft, RedactionChoice
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.packaging.plan import redaction_options
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.ui import workers
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, tr_domain
from care_desktop.ui.pages.base import StepPage, signals_blocked, wrapping_label
from care_desktop.ui.styles import keep_styled, sev1_style

# The redaction engine (patterns, phone number parsing, file walkers) is loaded by the first check, in the
# worker that runs it, not when the wizard opens.
if TYPE_CHECKING:
    from care_desktop.services.redaction.review import AttachmentReview

INCLUDE, FILE, REMOVED, DETAILS = range(4)


class RedactionPage(StepPage):
    """Per file and rule, what redaction removes."""

    step = Step.REDACTION

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        self.task: workers.Task | None = None
        self.reviews: list[AttachmentReview] = []
        super().__init__(draft, context, parent)

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.options_box = QGroupBox()
        options = QGridLayout(self.options_box)
        self.pii = QCheckBox()
        self.pseudonyms = QCheckBox()
        self.terms_label = QLabel()
        self.terms = QLineEdit()
        self.terms_label.setBuddy(self.terms)
        self.rescan = QPushButton()
        self.rescan.clicked.connect(self.scan)
        options.addWidget(self.pii, 0, 0, 1, 3)
        options.addWidget(self.pseudonyms, 1, 0, 1, 3)
        options.addWidget(self.terms_label, 2, 0)
        options.addWidget(self.terms, 2, 1)
        options.addWidget(self.rescan, 2, 2)
        self.pii.toggled.connect(self._on_option)
        self.pseudonyms.toggled.connect(self._on_option)
        self.terms.editingFinished.connect(self._on_option)
        self.warning = wrapping_label()
        keep_styled(self.warning, sev1_style)
        self.files = QTableWidget(0, 4)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.files.verticalHeader().setVisible(False)
        self.files.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.files.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.files.itemChanged.connect(self._on_include_changed)
        self.files.itemSelectionChanged.connect(self.show_preview)
        self.lines = QTableWidget(0, 3)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setTabKeyNavigation(False)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.lines.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.files)
        splitter.addWidget(self.lines)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.body.addWidget(self.options_box)
        self.body.addWidget(self.warning)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(row)
        self._set_busy(False)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Redaction review"))
        self.setSubTitle(
            self.tr("Secrets are removed from every file before it is packaged. Check what goes, and what stays.")
        )
        self.options_box.setTitle(self.tr("Besides passwords, tokens, cookies and keys, also remove"))
        self.pii.setText(self.tr("E-mail addresses and phone numbers"))
        self.pseudonyms.setText(self.tr("Use the same numbered placeholder for the same value in every file"))
        self.terms_label.setText(self.tr("These &words:"))
        self.terms.setPlaceholderText(self.tr("e.g. Acme Corp, db01.acme.lan (separated by commas)"))
        self.rescan.setText(self.tr("&Check again"))
        for widget in (self.pii, self.pseudonyms):
            widget.setAccessibleName(widget.text())
        self.pii.setAccessibleDescription(
            self.tr("Also replaces e-mail addresses and phone numbers with placeholders.")
        )
        self.pseudonyms.setAccessibleDescription(
            self.tr("Lets Product Support see that two files mention the same value without seeing it.")
        )
        self.rescan.setAccessibleDescription(self.tr("Checks the files again with the choices above."))
        self.terms.setAccessibleName(self.tr("Words to remove from every file"))
        self.terms.setAccessibleDescription(self.tr("e.g. Acme Corp, db01.acme.lan (separated by commas)"))
        self.files.setHorizontalHeaderLabels([self.tr("Include"), self.tr("File"), self.tr("Removed"), self.tr("What")])
        self.files.setAccessibleName(self.tr("Files and what is removed from them"))
        self.files.setAccessibleDescription(
            self.tr("One row per file: whether it is included and what is removed; select one to see its changes.")
        )
        self.lines.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Before"), self.tr("After")])
        self.lines.setAccessibleName(self.tr("Changed lines of the selected file"))
        self.lines.setAccessibleDescription(self.tr("Each changed line of the selected file, before and after."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops checking the files for secrets."))
        self.progress.setAccessibleName(self.tr("Checking the files"))

    def input_widgets(self) -> list[QObject]:
        """The options and the include boxes."""
        return [self.pii, self.pseudonyms, self.terms, self.files]

    # -- loading, storing, scanning ----------------------------------------------------------------------

    def load(self) -> None:
        """Show the draft's choices, then check the files."""
        choice = self.draft.redaction
        self.pii.setChecked(choice.pii)
        self.pseudonyms.setChecked(choice.pseudonyms)
        self.terms.setText(", ".join(choice.terms))

    def page_shown(self) -> None:
        """Check the attachments in the background each time the page is shown."""
        self.scan()

    def store(self) -> None:
        """Keep the choices (the include boxes are stored as they change)."""
        self.draft.redaction = RedactionChoice(
            self.pii.isChecked(),
            self.pseudonyms.isChecked(),
            [term.strip() for term in self.terms.text().split(",") if term.strip()],
            list(self.draft.redaction.include_unsafe),
        )

    def _on_option(self) -> None:
        before = self.draft.redaction
        self.on_edited()
        if self.draft.redaction != before:
            self.scan()

    def scan(self) -> workers.Task | None:
        """Check every attachment (nothing is written); a check already running is cancelled first."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        attachments = list(self.draft.case.attachments)
        case_dir = self.context.paths.case_dir(self.draft.id)
        options = redaction_options(self.draft.redaction, self.context.profile, self.draft.case.org.region)

        def work(progress: Progress, token: CancelToken) -> list[AttachmentReview]:
            from care_desktop.services.redaction.review import scan_attachments

            return scan_attachments(attachments, case_dir, options, progress, token)

        task = workers.start(work, self)
        self.task = task
        task.progress.connect(self._on_progress)
        task.succeeded.connect(lambda reviews, mine=task: self._on_scanned(mine, reviews))
        task.failed.connect(lambda reason: self.status.setText(fill(self.tr("The check failed: %1"), reason)))
        task.ended.connect(lambda mine=task: self._on_ended(mine))
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Checking %n files\u2026", "", len(attachments)))
        self._set_busy(True)
        return task

    def cancel(self) -> None:
        """Stop the check."""
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))

    def _on_scanned(self, task: workers.Task, reviews: list[AttachmentReview]) -> None:
        if task is not self.task:
            return  # an older check, overtaken by a newer one
        self.reviews = reviews
        self.show_reviews()

    def _on_ended(self, task: workers.Task) -> None:
        if task is self.task:
            self.task = None
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Not while checking: the user must see what is removed before going on."""
        return self.task is None and super().isComplete()

    # -- showing -----------------------------------------------------------------------------------------

    def show_reviews(self) -> None:
        """Fill the file table and the warning from the last check."""
        live = [review for review in self.reviews if review.result is not None and review.result.report.live_session]
        self.warning.setVisible(bool(live))
        if live:
            names = ", ".join(review.check.path.name for review in live)
            self.warning.setText(
                "<b>"
                + fill(self.tr("Live sessions were captured in: %1."), names)
                + "</b> "
                + self.tr(
                    "Their tokens and cookies are removed here, but before you upload, sign out of Genesys Cloud "
                    "(and any other site in the capture) in that browser, or revoke those sessions, so that a copy "
                    "that leaks cannot be replayed."
                )
            )
        with signals_blocked(self.files):
            self.files.setRowCount(len(self.reviews))
            for row, review in enumerate(self.reviews):
                attachment = self.draft.case.attachments[review.check.index]
                include = QTableWidgetItem()
                include.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                checked = attachment.included
                if review.check.unsafe:  # left out unless the user includes it on purpose
                    checked = attachment.path in self.draft.redaction.include_unsafe
                include.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.files.setItem(row, INCLUDE, include)
                self.files.setItem(row, FILE, self._item(review.check.path.name))
                result = review.result
                removed = str(result.report.total) if result and not review.check.unsafe else "\u2014"
                self.files.setItem(row, REMOVED, self._item(removed))
                self.files.setItem(row, DETAILS, self._item(self._details(review)))
        total = sum(review.result.report.total for review in self.reviews if review.result is not None)
        self.status.setText(
            fill(self.tr("%n values will be removed from %1.", "", total), self.tr("%n files", "", len(self.reviews)))
        )
        if self.reviews:
            self.files.selectRow(0)

    @staticmethod
    def _item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(text)
        return item

    def _details(self, review: AttachmentReview) -> str:
        from care_desktop.domain.redaction.rules import RULES

        check, result = review.check, review.result
        if result is None:
            return fill(self.tr("Left out: %1"), check.excluded_reason or check.problem)
        if check.unsafe:
            return fill(
                self.tr(
                    "Could not be redacted safely: its redacted copy would not read the way the original does. "
                    "Left out unless you tick Include (it is then redacted line by line only). %1"
                ),
                result.note,
            )
        parts = [
            f"{tr_domain(RULES[name].label) if name in RULES else name}: {count}"
            for name, count in sorted(result.report.counts.items(), key=lambda item: -item[1])
        ]
        if not result.redacted:
            parts.append(self.tr("not redacted (an image: check it yourself; redact boxes are burned in)"))
        if result.note:
            parts.append(result.note)
        return "; ".join(parts) or self.tr("nothing to remove")

    def _on_include_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != INCLUDE or item.row() >= len(self.reviews):
            return
        review = self.reviews[item.row()]
        attachment = self.draft.case.attachments[review.check.index]
        checked = item.checkState() == Qt.CheckState.Checked
        if review.check.unsafe:
            chosen = [path for path in self.draft.redaction.include_unsafe if path != attachment.path]
            self.draft.redaction.include_unsafe = [*chosen, attachment.path] if checked else chosen
            attachment.included = attachment.included or checked
        else:
            attachment.included = checked
        self.on_edited()

    def show_preview(self) -> None:
        """Show the changed lines of the selected file (secrets abbreviated, never in full)."""
        rows = sorted({index.row() for index in self.files.selectionModel().selectedRows()})
        review = self.reviews[rows[0]] if rows and rows[0] < len(self.reviews) else None
        lines = review.result.report.preview if review is not None and review.result is not None else []
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            where = str(line.line) if line.line is not None else line.path
            if line.line is not None and line.path:  # a configuration value: its line and its key
                where = f"{line.line}: {line.path}"
            self.lines.setItem(row, 0, self._item(where))
            self.lines.setItem(row, 1, self._item(line.before))
            self.lines.setItem(row, 2, self._item(line.after))
        self.lines.resizeRowsToContents()
