"""The drafts a tracked case is linked to: the one it was prepared in, and its RCA follow-up.

Reads and builds drafts for the tracker window; saving them and telling the user is the window's part.
"""

from __future__ import annotations

import uuid

from care_desktop.domain.case.draft import ContactRole, Draft
from care_desktop.domain.tracker.followup import rca_documentation_draft
from care_desktop.domain.tracker.model import TrackedCase
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError
from care_desktop.ui.context import UiContext


def linked_draft(context: UiContext, case: TrackedCase) -> Draft | None:
    """The draft ``case`` was prepared in, when it has one that can still be read."""
    if not case.draft_id:
        return None
    try:
        return context.store.load_draft(case.draft_id)
    except (DraftNotFoundError, DraftDamagedError):
        return None


def rca_draft(context: UiContext, case: TrackedCase, meeting: bool) -> Draft:
    """A new "more RCA documentation" draft for ``case`` (not saved).

    The organization and contact come from the case's draft when it has one, else from the saved profile.
    """
    original = linked_draft(context, case)
    profile = context.org_profile()
    role = context.store.setting("contact_role")
    return rca_documentation_draft(
        uuid.uuid4().hex,
        context.clock().isoformat(timespec="seconds"),
        case.number,
        original.case.org if original else profile.org,
        original.case.contact if original else profile.contact,
        ContactRole(role) if role in {r.value for r in ContactRole} else None,
        meeting,
        case.title,
        getattr(case.opened.tzinfo, "key", ""),
    )
