"""The address a button could not open, shown to copy (issue 14, item 9).

When the desktop has no handler for a link (no browser, no file manager, no softphone for ``tel:``),
``QDesktopServices.openUrl`` returns False and nothing happens. This dialog says so and shows the address or
path, selected, with Copy. It opens nothing itself.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.ui.i18n import fill, on_language_change


class AddressDialog(QDialog):
    """Says nothing on this computer opens an address; shows it, selected, with Copy and Close.

    Args:
        address: The web address, ``tel:`` number or folder path as the user would type it.
        what: What it is, for the sentence ("the folder", "the web page", "the number").
        parent: Owner.
    """

    def __init__(self, address: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.what = what
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setReadOnly(True)
        self.address.setMinimumWidth(min(640, max(320, self.address.fontMetrics().horizontalAdvance(address) + 24)))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.address.selectAll()
        self.address.setFocus()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Nothing opened it"))
        self.explanation.setText(
            fill(
                self.tr("No application on this computer opens %1. Copy it and open it yourself:"),
                self.what,
            )
        )
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleDescription(self.tr("Puts the address on the clipboard."))
        self.address.setAccessibleName(self.tr("Address to copy"))

    def copy(self) -> None:
        """Put the address on the clipboard and say so."""
        QGuiApplication.clipboard().setText(self.address.text())
        self.copied.setText(self.tr("Copied to the clipboard."))
