"""Optional look-up of the organization ID and short name with an OAuth client (Client Credentials grant).

The user enters a client ID, its secret (shown as dots) and the region in the form the conversation check
uses too (``widgets.platform_credentials``); the look-up runs in a worker and fills in the organization's name,
short name and ID; "Use these values" hands them to whoever opened the
dialog (:attr:`OrgLookupDialog.organization_chosen`). The secret lives only in the password field and, for
the duration of the request, in the worker: it is cleared from the field after a successful look-up and
whenever the dialog closes, and it is never stored, logged or shown. Nothing here writes files.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.messages import Message
from care_desktop.domain.profile import Region
from care_desktop.services.platform.org_lookup import OrgInfo, OrgLookup
from care_desktop.ui import workers
from care_desktop.ui.accessibility import describe
from care_desktop.ui.conversations.platform_dialog import PlatformCheckDialog
from care_desktop.ui.i18n import on_language_change, tr_message
from care_desktop.ui.widgets.platform_credentials import PlatformCredentials


class OrgLookupDialog(QDialog):
    """Asks Genesys Cloud for the organization of an OAuth client.

    Signals:
        organization_chosen: The user accepted the :class:`~care_desktop.services.platform.org_lookup.OrgInfo` found.

    Args:
        regions: Every Genesys Cloud region.
        region: The domain to preselect (the organization's region as entered so far).
        lookup: The look-up service (tests give it local addresses).
        parent: Owner.
    """

    organization_chosen = Signal(object)

    def __init__(
        self,
        regions: Sequence[Region],
        region: str = "",
        lookup: OrgLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.lookup = lookup or OrgLookup()
        self.regions = list(regions)
        self.task: workers.Task | None = None
        self.found: OrgInfo | None = None
        self._failure: Message | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.credentials = PlatformCredentials(regions, region)
        self.client_id, self.secret, self.region = (
            self.credentials.client_id,
            self.credentials.secret,
            self.credentials.region,
        )
        self.look_up_button = QPushButton()
        self.look_up_button.clicked.connect(self.start_lookup)
        self.permissions_button = QPushButton()  # the readiness check of the conversation check (issue 16)
        self.permissions_button.clicked.connect(self.open_permissions)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.credentials)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.look_up_button)
        buttons_row.addWidget(self.permissions_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.credentials.changed.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Look up the organization"))
        self.intro.setText(
            self.tr(
                "Optional: with an OAuth client of your organization (grant type Client Credentials), Care Desktop "
                "asks Genesys Cloud for the organization ID and short name. The secret is used once and never saved."
            )
        )
        self.look_up_button.setText(self.tr("&Look up"))
        self.look_up_button.setAccessibleName(self.tr("Look up the organization"))
        self.permissions_button.setText(self.tr("Check &permissions\u2026"))
        self.permissions_button.setAccessibleDescription(
            self.tr("Lists which Platform API permissions this client has and what each one unlocks.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Use these values"))
        ok.setAccessibleName(self.tr("Use the organization ID and short name found"))
        self.outcome.setAccessibleName(self.tr("Look-up result"))
        describe(
            (self.secret, self.tr("The client's secret: used once for this look-up and never saved.")),
            (self.region, self.tr("The region your organization runs in; the look-up asks that region.")),
            (self.look_up_button, self.tr("Asks Genesys Cloud for the organization ID and short name.")),
            (ok, self.tr("Fills the organization ID and short name found into the form.")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Closes without using the result.")),
        )
        self._show_outcome()

    # -- the look-up -------------------------------------------------------------------------------------

    def start_lookup(self) -> workers.Task | None:
        """Run the look-up in the background with what was entered.

        Returns:
            The task, or None when a field is empty or a look-up is already running.
        """
        work = None if self.task is not None else self.credentials.work(self.lookup.lookup)
        if work is None:
            return None
        self.found, self._failure = None, None
        self.task = workers.start(work)
        self.task.succeeded.connect(self._on_result)
        self.task.ended.connect(self._on_ended)
        self._set_busy(True)
        return self.task

    def open_permissions(self) -> QDialog:
        """Open the permissions check with this client ID and region (the secret is typed there again).

        Returns:
            The dialog.
        """
        dialog = PlatformCheckDialog(self.regions, self.credentials.domain(), parent=self)
        dialog.client_id.setText(self.client_id.text().strip())
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _on_result(self, result: object) -> None:
        if isinstance(result, OrgInfo):
            self.found = result
            self.credentials.forget_secret()
        elif isinstance(result, Message):
            self._failure = result
        self._show_outcome()

    def _on_ended(self) -> None:
        self.task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.credentials.setEnabled(not busy)
        if busy:
            self.outcome.setText(self.tr("Asking Genesys Cloud\u2026"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.look_up_button.setEnabled(self.task is None and self.credentials.is_complete())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.found is not None and self.task is None)
        ok.setDefault(self.found is not None)
        self.look_up_button.setDefault(self.found is None)

    def _show_outcome(self) -> None:
        if self.found is not None:
            rows = (
                (self.tr("Organization:"), self.found.name),
                (self.tr("Short name:"), self.found.short_name or self.tr("(not set)")),
                (self.tr("Organization ID:"), self.found.id),
            )
            self.outcome.setText("\n".join(f"{label} {value}" for label, value in rows))
        elif self._failure is not None:
            self.outcome.setText(tr_message(self._failure))
        elif self.task is None:
            self.outcome.setText("")
        self._update_buttons()

    # -- closing -----------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Hand the organization found to the caller and close."""
        if self.found is None:
            return
        self.organization_chosen.emit(self.found)
        super().accept()

    def done(self, result: int) -> None:
        """Close: cancel a running look-up and forget the secret."""
        if self.task is not None:  # its answer no longer concerns anyone
            self.task.succeeded.disconnect(self._on_result)
            self.task.ended.disconnect(self._on_ended)
            self.task.cancel()
            self.task = None
            self._set_busy(False)
        self.credentials.forget_secret()
        super().done(result)
