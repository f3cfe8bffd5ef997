"""Say, in the user's language, which pasted IDs were not taken as conversation IDs and why.

The decision is the domain's (:func:`~care_desktop.domain.case.identifiers.conversation_ids`); this module only
words it. It must not decide which IDs are conversations.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from care_desktop.domain.case.identifiers import FoundId
from care_desktop.ui.i18n import fill

SHOWN = 3


def skipped_ids_text(skipped: Sequence[FoundId]) -> str:
    """One line per skipped ID (at most three, then a count), or an empty string when none was skipped.

    Args:
        skipped: The IDs the text marks as something else than a conversation.
    """
    lines = [
        fill(
            QCoreApplication.translate(
                "SkippedIds", "Skipped %1: the text marks it as \u201c%2\u201d, not a conversation."
            ),
            item.id,
            item.cue,
        )
        for item in skipped[:SHOWN]
    ]
    more = len(skipped) - SHOWN
    if more > 0:
        lines.append(QCoreApplication.translate("SkippedIds", "%n more IDs skipped.", "", more))
    return "\n".join(lines)
