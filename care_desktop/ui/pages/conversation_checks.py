"""The Conversation IDs step's check in Genesys Cloud: open the dialog, show each ID's result, keep the evidence.

A mix-in of ``ConversationsPage`` (kept apart from the page's own editing of IDs). The check runs in the
dialog's worker, which also writes the evidence files into the case folder; this code only adds the files
written to the draft's attachments (the redaction review shows them, the package carries them) and asks for
the draft to be saved. The results of this session's checks are kept in memory; on a later visit the
summaries found before are read back from the case folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.services.platform.check_report import Outcome
from care_desktop.services.platform.conversation_evidence import read_summaries
from care_desktop.ui.conversations.check_results import CheckRow

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QDialog

    from care_desktop.domain.case.draft import Draft
    from care_desktop.services.platform.conversations import ConversationChecker
    from care_desktop.ui.context import UiContext
    from care_desktop.ui.conversations.check_results import CheckResultsView
    from care_desktop.ui.conversations.platform_dialog import CheckOutcome


class ConversationChecks:
    """What the Conversation IDs page does for the conversation check.

    Attributes:
        platform_checker: The service the dialog uses (None: the real hosts; tests give local ones).
        check_outcomes: This session's outcomes by conversation ID.
    """

    draft: Draft
    context: UiContext
    checks: CheckResultsView
    commit_requested: SignalInstance
    platform_checker: ConversationChecker | None = None
    platform_dialog: QDialog | None = None

    @property
    def check_outcomes(self) -> dict[str, Outcome]:
        """This session's outcomes by conversation ID."""
        if not hasattr(self, "_check_outcomes"):
            self._check_outcomes: dict[str, Outcome] = {}
        return self._check_outcomes

    @property
    def org_zone(self) -> str:
        """The organization's zone: the draft's business-hours zone, else the computer's."""
        return self.context.business_zone(self.draft.time_zone)

    def check_rows(self) -> list[CheckRow]:
        """One row per conversation ID of the draft, with what is known of its check."""
        found = {summary.id: (summary, zone) for summary, zone in read_summaries(self.case_folder())}
        rows = []
        for conversation_id in self.draft.case.conversation_ids:
            summary, zone = found.get(conversation_id, (None, ""))
            outcome = self.check_outcomes.get(conversation_id, Outcome.FOUND if summary is not None else None)
            if outcome is not Outcome.FOUND:
                summary = None
            rows.append(CheckRow(conversation_id, outcome, summary, zone or self.org_zone))
        return rows

    def case_folder(self) -> Path:
        """Where this draft's files are kept."""
        return self.context.paths.case_dir(self.draft.id)

    def show_checks(self) -> None:
        """Show the results for the draft's IDs."""
        self.checks.show_rows(self.check_rows())

    def open_platform_check(self) -> QDialog:
        """Open the check dialog for the draft's conversation IDs (non-modal: the page stays usable).

        Returns:
            The dialog.
        """
        from care_desktop.ui.conversations.platform_dialog import PlatformCheckDialog

        dialog = PlatformCheckDialog(
            self.context.profile.regions,
            self.draft.case.org.region,
            self.draft.case.conversation_ids,
            self.case_folder(),
            self.org_zone,
            self.platform_checker,
            parent=self.checks.window(),
        )
        dialog.conversations_checked.connect(self.take_check)
        dialog.setModal(True)
        dialog.show()
        self.platform_dialog = dialog
        return dialog

    def take_check(self, outcome: CheckOutcome) -> None:
        """Keep a check's outcome: show it and attach the evidence files written."""
        for check in outcome.report.checks:
            self.check_outcomes[check.id] = check.outcome
        attached = {attachment.path for attachment in self.draft.case.attachments}
        for item in outcome.files:
            if str(item.path) in attached:
                for attachment in self.draft.case.attachments:
                    if attachment.path == str(item.path):
                        attachment.sha256, attachment.size = item.sha256, item.size
                continue
            kind = AttachmentKind.CONSOLE_LOG if item.path.suffix == ".txt" else AttachmentKind.CONFIG
            note = "SIP messages" if item.sip else ("Conversation summary" if item.conversation_id else "Failed calls")
            self.draft.case.attachments.append(Attachment(str(item.path), kind, note, item.sha256, item.size))
        self.show_checks()
        if outcome.files:
            self.commit_requested.emit()
