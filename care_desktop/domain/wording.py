"""Today's names of the severity levels, shown first with the number beside them: "Critical (Severity 1)".

Genesys now publishes the levels as Critical, High, Medium and Low (``resources/profile.json``, ``wording``,
with its source and date); the seed page numbered them "1 - Critical". The app shows the name first and the
number beside it everywhere; the seed page's full definitions stay available (``severity_levels``). No I/O,
no Qt.
"""

from __future__ import annotations

from typing import Final

from care_desktop.domain.messages import QT_TRANSLATE_NOOP

LEVEL_LABELS: Final[dict[int, str]] = {
    1: QT_TRANSLATE_NOOP("domain", "Critical (Severity 1)"),
    2: QT_TRANSLATE_NOOP("domain", "High (Severity 2)"),
    3: QT_TRANSLATE_NOOP("domain", "Medium (Severity 3)"),
    4: QT_TRANSLATE_NOOP("domain", "Low (Severity 4)"),
}


def level_label(level: int | None) -> str:
    """The English label of a level, e.g. ``"High (Severity 2)"``; ``"not chosen"`` for no level."""
    return LEVEL_LABELS.get(level, "not chosen") if level is not None else "not chosen"
