"""When the first response to a draft would be due if it were filed now, for the review and finish pages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from care_desktop.domain.case.draft import Draft
from care_desktop.services.clock.targets import FirstResponse
from care_desktop.services.packaging import plan
from care_desktop.services.preferences import load_preferences
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, local_time, tr_message


def first_response_now(context: UiContext, draft: Draft) -> FirstResponse | None:
    """The target if the case is filed now, in the customer's business hours (None without a severity)."""
    preferences = load_preferences(context.store)
    return plan.first_response_now(draft, preferences, context.clock(), system_zone=context.system_zone)


def first_response_field(context: UiContext, draft: Draft) -> str:
    """The English "First response due" text of the case (empty without a severity)."""
    preferences = load_preferences(context.store)
    return plan.first_response_field(draft, preferences, context.clock(), system_zone=context.system_zone)


def first_response_html(context: UiContext, draft: Draft) -> str:
    """The same, in the UI language, with the Enhanced Professional Support hours when the user has them."""
    target = first_response_now(context, draft)
    if target is None:
        return ""
    if draft.case.severity == 1:
        text = QCoreApplication.translate(
            "FirstResponse", "<b>Severity 1: call Customer Care.</b> The target initial response is 10 minutes, 24x7."
        )
    else:
        text = (
            fill(
                QCoreApplication.translate(
                    "FirstResponse", "<b>If you file it now, the first response is due by %1.</b>"
                ),
                local_time(target.respond_by),
            )
            + " "
            + escape(tr_message(target.basis))
        )
    if load_preferences(context.store).enhanced_support:
        text += "<br>" + escape(context.profile.policy["enhanced_voice_hours"])
    return text
