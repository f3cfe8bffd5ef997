"""Keys that close a top-level window the way every other window closes (Ctrl+W, the platform's Close, Escape)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def close_on_keys(window: QWidget) -> None:
    """Close ``window`` on Ctrl+W, the platform's Close keys and Escape (each bound once: no ambiguity)."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")]
    for text in dict.fromkeys([*(sequence.toString() for sequence in keys), "Esc"]):
        QShortcut(QKeySequence(text), window, window.close)
