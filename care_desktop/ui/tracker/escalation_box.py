"""The tracker's escalation box for the selected case: when an escalation is possible and why not before.

Shows "Escalation possible from …" (or now, active, not eligible, reopen first) with the published rule that
decides it, says when Product Support is waiting on the contact, and that a change of urgency or impact is not
an escalation. It records "escalation requested" and "escalation closed" and the wish to be reminded when the
window opens through signals (the tracker window writes them, at the panel's time). For a FedRAMP organization
it prepares the escalation e-mail instead of pointing at the portal: a ``mailto:`` link and a copy.

A view only: no store, no rules (``domain.tracker.escalation`` decides; ``domain.tracker.fedramp_mail`` words
the e-mail).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.messages import Message
from care_desktop.domain.tracker.escalation import (
    NOT_AN_ESCALATION,
    WAITING_ON_YOU,
    CaseEvent,
    EscalationWindow,
    EventKind,
    Status,
)
from care_desktop.domain.tracker.fedramp_mail import EscalationMail
from care_desktop.ui.accessibility import describe
from care_desktop.ui.i18n import fill, local_time, on_language_change, tr_domain, tr_message
from care_desktop.ui.pages.base import wrapping_label


class EscalationBox(QGroupBox):
    """The escalation window of one case, and its actions.

    Signals:
        escalation_requested: (str reason) the contact asked Product Support for an escalation.
        escalation_closed: The active escalation was closed.
        remind_changed: (bool) remind when an escalation becomes possible.
        mail_opened: The FedRAMP escalation e-mail was handed to the e-mail program.

    Args:
        parent: Owner.
    """

    escalation_requested = Signal(str)
    escalation_closed = Signal()
    remind_changed = Signal(bool)
    mail_opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.window_text = wrapping_label()
        self.reason = QLineEdit()
        self.request_button = QPushButton()
        self.request_button.clicked.connect(lambda: self.escalation_requested.emit(self.reason.text().strip()))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.escalation_closed)
        self.remind = QCheckBox()
        self.remind.toggled.connect(self._remind_toggled)
        self.mail_button = QPushButton()
        self.mail_button.clicked.connect(self.open_mail)
        self.copy_mail_button = QPushButton()
        self.copy_mail_button.clicked.connect(self.copy_mail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.window_text)
        layout.addWidget(self.reason)
        # What is recorded on one row, the FedRAMP e-mail on the next: four buttons on one row made the panel too
        # wide for the window in Japanese (the case list beside it was squeezed to a few columns).
        for pair in ((self.request_button, self.close_button), (self.mail_button, self.copy_mail_button)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.remind)
        self.current: EscalationWindow | None = None
        self.mail_maker: Callable[[str], EscalationMail] | None = None
        self._now: datetime | None = None
        self._filling = False
        self.events: list[CaseEvent] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Escalation"))
        self.reason.setPlaceholderText(self.tr("Why you ask for an escalation (for your records and the e-mail)"))
        self.reason.setAccessibleName(self.tr("Reason for the escalation"))
        self.reason.setAccessibleDescription(self.tr("Kept with the escalation; FedRAMP puts it in the e-mail."))
        self.request_button.setText(self.tr("Escalation re&quested"))
        self.close_button.setText(self.tr("Escalation c&losed"))
        self.remind.setText(self.tr("Remind me when an escalation becomes possible"))
        self.mail_button.setText(self.tr("Open escalation e-mail (&FedRAMP)"))
        self.copy_mail_button.setText(self.tr("Cop&y e-mail text"))
        describe(
            (
                self.request_button,
                self.tr("Records that you asked Product Support to escalate the case, at the time given."),
            ),
            (self.close_button, self.tr("Records that the active escalation was closed, at the time given.")),
            (self.remind, self.tr("Shows a reminder when the escalation window opens.")),
            (self.mail_button, self.tr("Opens the FedRAMP escalation e-mail in your e-mail program.")),
            (self.copy_mail_button, self.tr("Copies the FedRAMP escalation e-mail's subject and body.")),
        )
        self._render()

    def show_window(
        self,
        window: EscalationWindow | None,
        now: datetime,
        remind: bool = False,
        mail_maker: Callable[[str], EscalationMail] | None = None,
        events: list[CaseEvent] | None = None,
    ) -> None:
        """Show a case's escalation window (None: no case selected).

        Args:
            window: The window.
            now: The current time.
            remind: Whether the contact asked to be reminded.
            mail_maker: Prepares the FedRAMP escalation e-mail from the reason, for a FedRAMP organization;
                None otherwise.
            events: The case's recorded escalations and updates, listed under the window.
        """
        self.current, self._now, self.mail_maker = window, now, mail_maker
        self.events = list(events or [])
        self._filling = True
        self.remind.setChecked(remind)
        self._filling = False
        self._render()

    def headline(self) -> str:
        """The first line: "Escalation possible from …", "… possible now", "… active since …", and so on."""
        window, now = self.current, self._now
        if window is None or now is None:
            return ""
        if window.status is Status.ACTIVE:
            if window.active_since is not None:
                return fill(self.tr("An escalation is active since %1."), local_time(window.active_since))
            return self.tr("An escalation is active.")
        if window.status is Status.NOT_ELIGIBLE:
            return self.tr("This case is not eligible for escalation.")
        if window.status is Status.NEEDS_OPEN_CASE:
            return self.tr("Escalation possible once the case is reopened.")
        if window.opens_at is None:
            return self.tr("Escalation possible now.")
        if window.opens_at <= now:
            return fill(self.tr("Escalation possible since %1."), local_time(window.opens_at))
        return fill(self.tr("Escalation possible from %1."), local_time(window.opens_at))

    def _render(self) -> None:
        window, now = self.current, self._now
        self.setEnabled(window is not None)
        fedramp = self.mail_maker is not None
        self.mail_button.setVisible(fedramp)
        self.copy_mail_button.setVisible(fedramp)
        if window is None or now is None:
            self.window_text.clear()
            return
        shown = {name: local_time(moment) for name, moment in window.reason_times}
        reason = replace(window.reason, params={**window.reason.params, **shown})
        lines = [f"<b>{escape(self.headline())}</b>", f"<i>{escape(tr_message(reason))}</i>"]
        if window.waiting_on_you:
            lines.append(escape(tr_domain(WAITING_ON_YOU)))
        if fedramp:
            lines.append(escape(self.tr("FedRAMP: escalations go by e-mail, not through the portal.")))
        lines.append(escape(tr_message(Message(NOT_AN_ESCALATION))))
        lines += [escape(line) for line in self.event_lines()]
        self.window_text.setText("<br>".join(lines))
        possible = window.possible(now)
        self.request_button.setEnabled(possible)
        self.reason.setEnabled(possible)
        self.close_button.setEnabled(window.status is Status.ACTIVE)
        waiting = window.status is Status.POSSIBLE and window.opens_at is not None and window.opens_at > now
        self.remind.setEnabled(waiting or self.remind.isChecked())
        self.mail_button.setEnabled(fedramp and possible)
        self.copy_mail_button.setEnabled(fedramp)

    def event_lines(self) -> list[str]:
        """The recorded escalations and updates, oldest first: "Escalation requested: Tue … (reason)"."""
        names = {
            EventKind.ESCALATION_REQUESTED: self.tr("Escalation requested: %1"),
            EventKind.ESCALATION_CLOSED: self.tr("Escalation closed: %1"),
            EventKind.UPDATED: self.tr("Case updated: %1"),
        }
        lines = []
        for event in self.events:
            if event.kind in names:
                line = fill(names[event.kind], local_time(event.at))
                lines.append(f"{line} ({event.note})" if event.note else line)
        return lines

    def _remind_toggled(self, checked: bool) -> None:
        if not self._filling:
            self.remind_changed.emit(checked)

    def prepared_mail(self) -> EscalationMail | None:
        """The FedRAMP escalation e-mail with the reason typed so far (None for another organization)."""
        return self.mail_maker(self.reason.text()) if self.mail_maker is not None else None

    def open_mail(self) -> None:
        """Hand the FedRAMP escalation e-mail to the e-mail program."""
        mail = self.prepared_mail()
        if mail is not None:
            QDesktopServices.openUrl(mailto_url(mail))
            self.mail_opened.emit()

    def copy_mail(self) -> None:
        """Copy the FedRAMP escalation e-mail (subject and body) to the clipboard."""
        mail = self.prepared_mail()
        if mail is not None:
            QGuiApplication.clipboard().setText(mail.text())


def mailto_url(mail: EscalationMail) -> QUrl:
    """The ``mailto:`` link that opens the e-mail in the e-mail program (RFC 6068: percent-encoded, CRLF lines)."""

    def encoded(text: str) -> str:
        return bytes(QUrl.toPercentEncoding(text).data()).decode("ascii")

    body = mail.body.replace("\n", "\r\n")
    return QUrl.fromEncoded(
        f"mailto:{encoded(mail.to)}?subject={encoded(mail.subject)}&body={encoded(body)}".encode("ascii")
    )
