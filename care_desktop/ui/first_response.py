"""When the first response to a draft would be due if it were filed now, for the review and finish pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.text import first_response_text
from care_desktop.services.clock.targets import FirstResponse, first_response, plan_or_standard
from care_desktop.services.preferences import load_preferences
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import local_time, tr_message
from care_desktop.ui.rich_text import escape


def first_response_now(context: UiContext, draft: Draft) -> FirstResponse | None:
    """The target if the case is filed now, in the customer's business hours (None without a severity)."""
    severity = draft.case.severity
    if severity is None:
        return None
    preferences = load_preferences(context.store)
    plan = plan_or_standard(preferences.support_plan)
    zone = context.business_zone(draft.time_zone)
    try:
        return first_response(severity, context.clock(), zone, preferences.holiday_calendar, plan)
    except ValueError:  # a zone, calendar or plan zone this computer does not know: UTC, standard hours
        return first_response(severity, context.clock(), "UTC")


def first_response_field(context: UiContext, draft: Draft) -> str:
    """The English "First response due" text of the case (empty without a severity)."""
    target = first_response_now(context, draft)
    if target is None:
        return ""
    return first_response_text(target.opened, target.respond_by, target.zone, target.basis.render())


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
            QCoreApplication.translate(
                "FirstResponse", "<b>If you file it now, the first response is due by %1.</b>"
            ).replace("%1", local_time(target.respond_by))
            + " "
            + escape(tr_message(target.basis))
        )
    if load_preferences(context.store).enhanced_support:
        text += "<br>" + escape(context.profile.policy["enhanced_voice_hours"])
    return text
