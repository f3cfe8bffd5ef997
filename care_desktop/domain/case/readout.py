"""The Severity 1 read-out card: what the analyst asks first on the phone, in the order they ask it.

Pure: builds the lines from a case; the view shows them in large type and copies them as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from care_desktop.domain.case.model import Case
from care_desktop.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ReadoutLine:
    """One line of the card.

    Attributes:
        label: English label, marked for translation in the ``"domain"`` context.
        value: The value, or empty when not known yet.
    """

    label: str
    value: str


def first_line(text: str) -> str:
    """Return the first non-empty line of ``text``, stripped."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def readout_lines(case: Case) -> list[ReadoutLine]:
    """The card's lines for a case.

    Args:
        case: The case (often incomplete during an outage).

    Returns:
        Organization short name, organization ID, conversation IDs, one-line impact and callback number.
    """
    return [
        ReadoutLine(QT_TRANSLATE_NOOP("domain", "Organization short name"), case.org.short_name.strip()),
        ReadoutLine(QT_TRANSLATE_NOOP("domain", "Organization ID"), case.org.id.strip()),
        ReadoutLine(QT_TRANSLATE_NOOP("domain", "Conversation IDs"), ", ".join(case.conversation_ids)),
        ReadoutLine(QT_TRANSLATE_NOOP("domain", "Impact"), first_line(case.business_impact)),
        ReadoutLine(QT_TRANSLATE_NOOP("domain", "Callback number"), case.contact.phone.strip()),
    ]


def readout_text(case: Case, missing: str = "(not known yet)") -> str:
    """The card as plain English text, one ``Label: value`` line each, for the clipboard.

    Args:
        case: The case.
        missing: What to write for an unknown value.

    Returns:
        The text, ending with a newline.
    """
    return "".join(f"{line.label}: {line.value or missing}\n" for line in readout_lines(case))


def replace_first_line(text: str, line: str) -> str:
    """Replace the first line of ``text`` with ``line``, keeping the rest.

    Args:
        text: A possibly multi-line text.
        line: The new first line.

    Returns:
        The new text.
    """
    rest = text.split("\n", 1)[1] if "\n" in text else ""
    return f"{line}\n{rest}" if rest else line
