"""Files that cannot be redacted (packet captures, recordings, other binary files): said, and sendable on purpose.

Such a file stays in the table with its include box, but the package leaves it out unless the user chooses, on
purpose, to send it as is (``Attachment.send_unredacted``, recorded in the manifest). This panel says which
files are left out and which go as is, and offers "Send as is…" for the selected one after a warning. It edits
only the attachments given to it and never touches a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.packaging.manifest import file_name
from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.styles import caution_style, keep_styled


def is_unredactable(attachment: Attachment) -> bool:
    """Whether redaction cannot handle the file (binary): it goes only if the user sends it as is."""
    return attachment.kind is AttachmentKind.OTHER


class UnredactableFiles(QWidget):
    """Says what happens to the files that cannot be redacted, and lets the user send one as is on purpose.

    Signals:
        changed: ``send_unredacted`` of an attachment was changed.

    Args:
        ask: Asks a yes/no question (title, text) and returns the answer (the ``Dialogs`` seam).
        parent: Owner.
    """

    changed = Signal()

    def __init__(self, ask: Callable[[str, str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self._ask = ask
        self._attachments: Sequence[Attachment] = ()
        self._selected: list[int] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        keep_styled(self.text, caution_style)
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.toggle_selected)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def show_for(self, attachments: Sequence[Attachment], selected: Sequence[int]) -> None:
        """Show the state of the unredactable files and what the button does for the selection."""
        self._attachments, self._selected = attachments, list(selected)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        chosen = [a for a in self._attachments if a.included and is_unredactable(a)]
        left_out = [file_name(a.path) for a in chosen if not a.send_unredacted]
        as_is = [file_name(a.path) for a in chosen if a.send_unredacted]
        lines = []
        if left_out:
            lines.append(
                fill(
                    self.tr(
                        "\u26a0 Cannot be redacted, so left out of the package: %1. Packet captures and recordings "
                        "are often what Product Support asks for: to include one, select it and choose "
                        "\u201cSend as is\u201d."
                    ),
                    ", ".join(left_out),
                )
            )
        if as_is:
            lines.append(
                fill(
                    self.tr("\u26a0 Sent as is on purpose, not redacted: %1. Anything in it reaches Product Support."),
                    ", ".join(as_is),
                )
            )
        self.text.setText("\n".join(lines))
        target = self._target()
        self.button.setVisible(target is not None)
        chosen_as_is = target is not None and target.send_unredacted
        self.button.setText(self.tr("Leave &out again") if chosen_as_is else self.tr("Send as &is on purpose\u2026"))
        self.button.setAccessibleDescription(
            self.tr("Chooses whether this file, which cannot be redacted, goes into the package unchanged.")
        )
        self.setVisible(bool(lines))

    def _target(self) -> Attachment | None:
        rows = [row for row in self._selected if 0 <= row < len(self._attachments)]
        if len(rows) != 1 or not is_unredactable(self._attachments[rows[0]]):
            return None
        return self._attachments[rows[0]]

    def toggle_selected(self) -> None:
        """Send the selected file as is (after a warning), or leave it out again."""
        target = self._target()
        if target is None:
            return
        if not target.send_unredacted and not self._ask(
            self.tr("Send this file as is?"),
            fill(
                self.tr(
                    "%1 cannot be redacted: it will be sent exactly as it is, and nothing in it is removed. Packet "
                    "captures and recordings can hold passwords, tokens, phone numbers and voices. The package's "
                    "manifest records that you chose this. Send it as is?"
                ),
                file_name(target.path),
            ),
        ):
            return
        target.send_unredacted = not target.send_unredacted
        target.included = True
        self.retranslate()
        self.changed.emit()
