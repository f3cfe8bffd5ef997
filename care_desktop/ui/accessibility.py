"""What screen readers are told about controls beyond their names: accessible descriptions, set in one call.

Every control carries a description (tests/gui/test_accessibility.py checks it); windows set theirs in
``retranslate()`` so that they follow a language change. Nothing here decides the texts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def describe(*pairs: tuple[QWidget | None, str]) -> None:
    """Give each widget its accessible description.

    Args:
        pairs: ``(widget, description)``; a missing widget (``None``, e.g. a standard button a dialog does not
            have) is passed over.
    """
    for widget, description in pairs:
        if widget is not None:
            widget.setAccessibleDescription(description)
