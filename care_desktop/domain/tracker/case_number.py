"""What a My Support case number looks like, for the tracker's "Add case" form.

Customer Care's case numbers are digits (``0004518771``; people also write ``#4518771`` or ``Case 0004518771``).
The tracker's store keeps accepting any one-word number (older records, scripts); this module is the check the
form applies before a case is added by hand: digits only, and a title to recognise it by. Pure; no I/O.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.domain.tracker.model import TrackerError

MIN_DIGITS: Final = 4
MAX_DIGITS: Final = 12
_DECORATION: Final = re.compile(r"^\s*(?:case\s*(?:number|no\.?)?\s*[:#]?|#)\s*", re.IGNORECASE)


def portal_case_number(text: str) -> str:
    """Check and tidy a My Support case number as typed or pasted.

    Args:
        text: ``0004518771``, ``#4518771``, ``Case 0004518771``, ``case no. 4518771``.

    Returns:
        The digits, leading zeros kept.

    Raises:
        TrackerError: Empty, or anything else than 4 to 12 digits.
    """
    number = _DECORATION.sub("", text).strip()
    if not number:
        raise TrackerError(Message(QT_TRANSLATE_NOOP("domain", "Enter the case number Product Support gave."), {}))
    if not number.isascii() or not number.isdigit() or not MIN_DIGITS <= len(number) <= MAX_DIGITS:
        raise TrackerError(
            Message(
                QT_TRANSLATE_NOOP(
                    "domain",
                    'The case number "{number}" is not a My Support case number: those are digits only, '
                    "e.g. 0004518771.",
                ),
                {"number": text.strip()[:80]},
            )
        )
    return number


def case_title(text: str) -> str:
    """Check the title the case is recognised by in the tracker.

    Raises:
        TrackerError: The title is empty.
    """
    title = " ".join(text.split())
    if not title:
        raise TrackerError(
            Message(QT_TRANSLATE_NOOP("domain", "Give the case a title to recognise it by in the tracker."), {})
        )
    return title
