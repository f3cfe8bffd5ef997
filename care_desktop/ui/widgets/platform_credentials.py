"""The form for a Genesys Cloud OAuth client (Client Credentials grant): client ID, secret and region.

One form for every dialog that talks to the Platform API (the organization look-up, the conversation check),
and one way to hand what was entered to a worker (:meth:`PlatformCredentials.work`). The secret is shown as
dots and lives only in its field and, for the duration of a request, in the worker, which takes it out of a
one-item holder so that no closure keeps it. The dialog forgets it (:meth:`PlatformCredentials.forget_secret`)
when it no longer needs it; it is never stored, logged or shown. A refusal comes back from the worker as its
message, not as an exception, so that nothing is printed. Nothing here writes files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from care_desktop.domain.profile import Region
from care_desktop.services.platform.client import PlatformError
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.ui.accessibility import describe
from care_desktop.ui.i18n import on_language_change

Request = Callable[[str, str, str, Progress, CancelToken], object]
"""What a dialog asks with the credentials: ``(domain, client_id, secret, progress, token) -> result``."""
Work = Callable[[Progress, CancelToken], object]
"""What ``ui.workers.start`` runs."""


class PlatformCredentials(QWidget):
    """Client ID, client secret (as dots) and region, with their captions.

    The dialog describes the secret and the region itself (what it does with them differs).

    Signals:
        changed: The client ID or the secret changed (whether the form is complete may have changed).

    Args:
        regions: Every Genesys Cloud region.
        region: The domain to preselect (the first region when it is not one of them).
        parent: Owner.
    """

    changed = Signal()

    def __init__(self, regions: Sequence[Region], region: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.client_id, self.secret, self.region = QLineEdit(), QLineEdit(), QComboBox()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        for item in regions:
            self.region.addItem(f"{item.name} \u2014 {item.domain}", item.domain)
        self.region.setCurrentIndex(max(self.region.findData(region), 0))
        self.client_id_caption, self.secret_caption, self.region_caption = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, field in (
            (self.client_id_caption, self.client_id),
            (self.secret_caption, self.secret),
            (self.region_caption, self.region),
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)
        for editor in (self.client_id, self.secret):
            editor.textChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.client_id_caption.setText(self.tr("Client &ID:"))
        self.secret_caption.setText(self.tr("Client &secret:"))
        self.region_caption.setText(self.tr("&Region:"))
        self.client_id.setAccessibleName(self.tr("OAuth client ID"))
        self.secret.setAccessibleName(self.tr("OAuth client secret"))
        self.region.setAccessibleName(self.tr("Genesys Cloud region"))
        describe((self.client_id, self.tr("The ID of an OAuth client of your organization with Client Credentials.")))

    def domain(self) -> str:
        """The chosen region's domain."""
        return str(self.region.currentData())

    def is_complete(self) -> bool:
        """Whether a client ID and a secret were entered."""
        return bool(self.client_id.text().strip()) and bool(self.secret.text())

    def work(self, request: Request) -> Work | None:
        """The work for a worker: ``request`` with what was entered.

        The secret is copied into a holder the work empties when it starts; a :class:`PlatformError` is returned
        as its message.

        Args:
            request: Called in the worker with (domain, client ID, secret, progress, token).

        Returns:
            The work, or None when the client ID or the secret is empty.
        """
        if not self.is_complete():
            return None
        client_id, domain = self.client_id.text().strip(), self.domain()
        holder = [self.secret.text()]  # handed to the worker, which takes it out: no closure keeps it

        def work(progress: Progress, token: CancelToken) -> object:
            secret = holder.pop()
            try:
                return request(domain, client_id, secret, progress, token)
            except PlatformError as error:
                return error.message  # returned, not raised: nothing is printed
            finally:
                del secret

        return work

    def forget_secret(self) -> None:
        """Empty the secret's field and its undo history."""
        self.secret.setText("")  # unlike clear(), also empties the undo history
