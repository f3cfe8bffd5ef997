"""Which My Support login "Open My Support" opens: the one for the organization's region.

The profile lists the logins of the Customer Care page (``portals``: core and satellite regions, FedRAMP) with
the region domains each serves; an organization in the FedRAMP region (``use2.us-gov-pure.cloud``) gets the
FedRAMP login, every other one the core login. Falls back to the ``my_support`` link for a profile without
logins. Opening the browser is the caller's (a page's button); this module only chooses.
"""

from __future__ import annotations

from care_desktop.ui.context import UiContext


def portal_url(context: UiContext, region: str) -> str:
    """The My Support login address for an organization in ``region`` (its domain)."""
    portal = context.profile.published.portal_for(region)
    return portal.url if portal is not None else context.profile.links["my_support"].url


def portal_title(context: UiContext, region: str) -> str:
    """The published name of that login, e.g. "Log in to My Support (FedRAMP region)"."""
    portal = context.profile.published.portal_for(region)
    return portal.title if portal is not None else context.profile.links["my_support"].title
