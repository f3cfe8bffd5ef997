"""The short, translated names of the wizard's steps, for the wizard's side list and the drafts list.

Kept apart from the wizard so that the main window's drafts list can name steps without loading the pages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from care_desktop.domain.wizard.steps import Step


def step_title(step: Step) -> str:
    """The short, translated name of a step (side list, drafts list)."""
    titles = {
        Step.BEFORE_START: QCoreApplication.translate("Steps", "Before you start"),
        Step.SEVERITY: QCoreApplication.translate("Steps", "Severity"),
        Step.SEVERITY_ONE: QCoreApplication.translate("Steps", "Call Customer Care"),
        Step.ORGANIZATION: QCoreApplication.translate("Steps", "Organization"),
        Step.CONVERSATIONS: QCoreApplication.translate("Steps", "Conversation IDs"),
        Step.DESCRIPTION: QCoreApplication.translate("Steps", "Description"),
        Step.ATTACHMENTS: QCoreApplication.translate("Steps", "Attachments"),
        Step.REDACTION: QCoreApplication.translate("Steps", "Redaction review"),
        Step.REVIEW: QCoreApplication.translate("Steps", "Review the case text"),
        Step.FINISH: QCoreApplication.translate("Steps", "Package and file"),
    }
    return titles[step]
