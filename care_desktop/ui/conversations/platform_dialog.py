"""Check conversations and permissions in Genesys Cloud with the organization's OAuth client.

The user enters a client ID, its secret (shown as dots) and the region in the form the organization look-up
uses too (``widgets.platform_credentials``).
"Check permissions" tries each call once (the readiness check) and lists each permission with what it
unlocks; "Check conversations" looks up the case's conversation IDs, writes their summaries and SIP text into
the case folder (in the worker, through ``services.platform.conversation_evidence``) and hands the outcome to
whoever opened the dialog (:attr:`PlatformCheckDialog.conversations_checked`). Both run in a worker and can be
cancelled. The secret lives only in the password field and, for the duration of a request, in the worker: it
is cleared whenever the dialog closes, and it is never stored, logged or shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.messages import Message
from care_desktop.domain.profile import Region
from care_desktop.services.platform.check_report import (
    DETAILS_PERMISSION,
    ORG_PERMISSION,
    PCAP_PERMISSION,
    PERMISSIONS,
    Access,
    CheckReport,
)
from care_desktop.services.platform.conversation_evidence import EvidenceFile, write_evidence
from care_desktop.services.platform.conversations import ConversationChecker
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.ui import workers
from care_desktop.ui.accessibility import describe
from care_desktop.ui.i18n import fill, on_language_change, tr_message
from care_desktop.ui.widgets.platform_credentials import PlatformCredentials, Request


@dataclass(frozen=True)
class CheckOutcome:
    """What a conversation check gave the page.

    Attributes:
        report: The report.
        files: The evidence files written into the case folder.
    """

    report: CheckReport
    files: list[EvidenceFile]


class PlatformCheckDialog(QDialog):
    """Checks conversations and the client's permissions.

    Signals:
        conversations_checked: A :class:`CheckOutcome`.

    Args:
        regions: Every Genesys Cloud region.
        region: The domain to preselect.
        conversation_ids: The case's conversation IDs (none: only the permissions can be checked).
        case_dir: Where the evidence files go.
        zone: The organization's IANA zone (for the start in its zone).
        checker: The service (tests give it local addresses).
        parent: Owner.
    """

    conversations_checked = Signal(object)

    def __init__(
        self,
        regions: Sequence[Region],
        region: str = "",
        conversation_ids: Sequence[str] = (),
        case_dir: Path | None = None,
        zone: str = "",
        checker: ConversationChecker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.checker = checker or ConversationChecker()
        self.conversation_ids = list(conversation_ids)
        self.case_dir = case_dir
        self.zone = zone
        self.task: workers.Task | None = None
        self.permissions: dict[str, Access] | None = None
        self.outcome: CheckOutcome | None = None
        self._failure: Message | None = None
        self._cancelled = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.credentials = PlatformCredentials(regions, region)
        self.client_id, self.secret, self.region = (
            self.credentials.client_id,
            self.credentials.secret,
            self.credentials.region,
        )
        self.personal = QCheckBox()
        self.permissions_button, self.check_button, self.cancel_button = QPushButton(), QPushButton(), QPushButton()
        self.permissions_button.clicked.connect(self.check_permissions)
        self.check_button.clicked.connect(self.check_conversations)
        self.cancel_button.clicked.connect(self.cancel_check)
        row = QHBoxLayout()
        for button in (self.permissions_button, self.check_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.permission_list = QLabel()
        self.permission_list.setWordWrap(True)
        self.permission_list.setTextFormat(Qt.TextFormat.RichText)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.credentials)
        layout.addWidget(self.personal)
        layout.addLayout(row)
        for widget in (self.progress, self.permission_list, self.result_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.credentials.changed.connect(self._update_buttons)
        self.resize(640, 480)
        self.retranslate()
        self._update_buttons()

    # -- texts -------------------------------------------------------------------------------------------

    def unlocks(self) -> dict[str, str]:
        """What each permission unlocks, in the UI language."""
        return {
            DETAILS_PERMISSION: self.tr(
                "Check each conversation: start and end, media, direction, queues, flows and how it ended "
                "(Analytics > Conversation Detail > View)."
            ),
            PCAP_PERMISSION: self.tr(
                "Attach the SIP messages of voice calls over a trunk, kept 21 days (Telephony > Pcap > View)."
            ),
            ORG_PERMISSION: self.tr("Read the organization's ID and short name (any client of the organization)."),
        }

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Check in Genesys Cloud"))
        self.intro.setText(
            self.tr(
                "With an OAuth client of your organization (grant type Client Credentials), Care Desktop checks "
                "that each conversation exists in this organization and region, and describes it for Customer "
                "Care. The secret is used for these requests only and never saved."
            )
        )
        self.personal.setText(
            self.tr("&Include personal data (phone numbers, names, e-mail and IP addresses) in the evidence")
        )
        self.permissions_button.setText(self.tr("Check &permissions"))
        count = len(self.conversation_ids)
        self.check_button.setText(self.tr("Check %n &conversations", "", count))
        self.cancel_button.setText(self.tr("Ca&ncel check"))
        describe(
            (self.secret, self.tr("The client's secret: used for these requests only and never saved.")),
            (self.region, self.tr("The region your organization runs in.")),
            (self.personal, self.tr("Left off, numbers, names and addresses are removed from the summaries.")),
            (self.permissions_button, self.tr("Tries each call once and lists the permissions the client has.")),
            (self.check_button, self.tr("Looks up each conversation ID of the case in the organization.")),
            (self.cancel_button, self.tr("Stops the check.")),
        )
        self.permission_list.setAccessibleName(self.tr("Permissions of the OAuth client"))
        self.result_label.setAccessibleName(self.tr("Check result"))
        self._show()

    # -- the checks --------------------------------------------------------------------------------------

    def check_permissions(self) -> workers.Task | None:
        """Run the readiness check in the background.

        Returns:
            The task, or None when a field is empty or a check is running.
        """
        checker = self.checker

        def run(domain: str, client_id: str, secret: str, progress: Progress, token: CancelToken) -> object:
            return checker.readiness(domain, client_id, secret, progress, token)

        return self._start(run)

    def check_conversations(self) -> workers.Task | None:
        """Check the case's conversations in the background and write their evidence files.

        Returns:
            The task, or None when a field is empty, there is no ID, or a check is running.
        """
        if not self.conversation_ids or self.case_dir is None:
            return None
        checker, ids, case_dir, zone = self.checker, list(self.conversation_ids), self.case_dir, self.zone
        personal = self.personal.isChecked()

        def run(domain: str, client_id: str, secret: str, progress: Progress, token: CancelToken) -> object:
            report = checker.check(domain, client_id, secret, ids, personal, progress, token)
            return CheckOutcome(report, write_evidence(case_dir, report, zone, personal))

        return self._start(run)

    def _start(self, run: Request) -> workers.Task | None:
        work = None if self.task is not None else self.credentials.work(run)
        if work is None:
            return None
        self._failure, self._cancelled = None, False
        self.task = workers.start(work, self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_result)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.ended.connect(self._on_ended)
        self._set_busy(True)
        return self.task

    def cancel_check(self) -> None:
        """Stop the running check."""
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _on_result(self, result: object) -> None:
        if isinstance(result, Message):
            self._failure = result
        elif isinstance(result, CheckOutcome):
            self.outcome = result
            self.permissions = dict(result.report.permissions)
            self._failure = result.report.stopped
            self.conversations_checked.emit(result)
        elif isinstance(result, CheckReport):
            self.permissions = dict(result.permissions)
            self._failure = result.stopped
        self._show()

    def _on_failed(self, reason: str) -> None:
        self.result_label.setText(reason)

    def _on_cancelled(self) -> None:
        self._cancelled = True
        self._show()

    def _on_ended(self) -> None:
        self.task = None
        self._set_busy(False)
        self._show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.credentials, self.personal):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.result_label.setText(self.tr("Asking Genesys Cloud\u2026"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.task is None and self.credentials.is_complete()
        self.permissions_button.setEnabled(ready)
        self.check_button.setEnabled(ready and bool(self.conversation_ids) and self.case_dir is not None)
        self.cancel_button.setEnabled(self.task is not None)

    def _show(self) -> None:
        if self.permissions is not None:
            words = {
                Access.GRANTED: self.tr("granted"),
                Access.MISSING: self.tr("MISSING"),
                Access.UNKNOWN: self.tr("not known"),
            }
            marks = {Access.GRANTED: "\u2714", Access.MISSING: "\u2716", Access.UNKNOWN: "?"}
            unlocks = self.unlocks()
            items = "".join(
                f"<li>{marks[self.permissions[name]]} <b>{escape(name)}</b>: {escape(words[self.permissions[name]])}"
                f" \u2014 {escape(unlocks[name])}</li>"
                for name in PERMISSIONS
            )
            heading = escape(self.tr("What this client may do:"))
            self.permission_list.setText(f"<p>{heading}</p><ul>{items}</ul>")
        if self.task is not None:
            return
        if self._cancelled:
            self.result_label.setText(self.tr("The check was cancelled."))
        elif self._failure is not None:
            self.result_label.setText(tr_message(self._failure))
        elif self.outcome is not None:
            checks = self.outcome.report.checks
            found = sum(check.summary is not None for check in checks)
            text = self.tr(
                "Found %1 of %n conversations; the results are on the Conversation IDs page.", "", len(checks)
            )
            self.result_label.setText(fill(text, str(found)))
        else:
            self.result_label.setText("")

    # -- closing -----------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close: cancel a running check and forget the secret."""
        if self.task is not None:  # its answer no longer concerns anyone
            for signal, slot in ((self.task.succeeded, self._on_result), (self.task.ended, self._on_ended)):
                signal.disconnect(slot)
            self.task.cancel()
            self.task = None
            self._set_busy(False)
        self.credentials.forget_secret()
        super().done(result)
