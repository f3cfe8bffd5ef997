"""The steps of the case wizard, named for storage and numbered for the view.

Drafts store step *names*, so steps can be added or reordered without breaking saved drafts.
No I/O, no Qt.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    """One step of the case wizard, in display order."""

    BEFORE_START = "before_start"
    SEVERITY = "severity"
    SEVERITY_ONE = "severity_one"
    ORGANIZATION = "organization"
    CONVERSATIONS = "conversations"
    DESCRIPTION = "description"
    ATTACHMENTS = "attachments"
    REDACTION = "redaction"
    REVIEW = "review"
    FINISH = "finish"

    @property
    def page_id(self) -> int:
        """The stable integer the view uses for this step's page."""
        return list(Step).index(self)

    @classmethod
    def from_page_id(cls, page_id: int) -> Step:
        """Return the step shown by page ``page_id``.

        Args:
            page_id: A value returned by :attr:`page_id`.

        Returns:
            The step.
        """
        return list(cls)[page_id]
