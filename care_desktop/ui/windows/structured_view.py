"""Structured data (system facts, a manifest) shown as a readable tree, not raw JSON (issue 14, item 10).

A dialog sized to the screen, with a two-column tree (name, value) expanded to its first levels and a
Copy button that copies the exact JSON. It shows; it never changes the data.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.windows.screen_fit import fit_to_screen

EXPANDED_LEVELS = 2


def _value_text(value: Any) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "\u2714" if value else "\u2716"
    return str(value)


def _add(parent: QTreeWidgetItem, value: Any) -> None:
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        item = QTreeWidgetItem(parent, [str(key + 1) if isinstance(key, int) else str(key)])
        if isinstance(child, dict | list):
            item.setText(1, "" if child else "\u2014")
            _add(item, child)
        else:
            item.setText(1, _value_text(child))
            item.setToolTip(1, _value_text(child))


class StructuredView(QDialog):
    """Name/value tree of ``data`` with Copy (the exact JSON) and Close.

    Args:
        title: Window title.
        data: JSON-like data (dicts, lists, scalars).
        intro: A sentence above the tree.
        parent: Owner.
    """

    def __init__(self, title: str, data: Any, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.data = data
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        root = self.tree.invisibleRootItem()
        _add(root, data)
        self.tree.expandToDepth(EXPANDED_LEVELS - 1)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(720, 560)
        fit_to_screen(self)

    def retranslate(self) -> None:
        """Set the texts."""
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Value")])
        self.tree.setAccessibleName(self.windowTitle())
        self.copy_button.setText(self.tr("&Copy as JSON"))
        self.copy_button.setAccessibleDescription(self.tr("Puts exactly this data, as JSON, on the clipboard."))

    def copy(self) -> None:
        """Put the exact data, as JSON, on the clipboard."""
        QGuiApplication.clipboard().setText(json.dumps(self.data, indent=2, ensure_ascii=False) + "\n")
