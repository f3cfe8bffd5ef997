"""Escaping text for Qt's rich-text labels.

``html.escape`` would do, but importing ``html`` also loads ``html.entities`` (a table of 2,231 entities, a
couple of milliseconds), and the critical-outage banner escapes the number it shows before the first page is
on screen. This gives the same result as ``html.escape(text, quote=True)``.
"""

from __future__ import annotations

from typing import Final

_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """Make ``text`` safe to put in rich text (or an attribute value) as it is.

    Args:
        text: Plain text.

    Returns:
        The text with ``& < > " '`` replaced by their character references, exactly as ``html.escape`` does.
    """
    return text.translate(_ESCAPES)
