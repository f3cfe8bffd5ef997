"""How a draft becomes a package: which case, which options, which file (decided here, not in the windows).

The redaction review (what would be removed), the finish page (the case's package) and the case tracker (a
package of the evidence not sent yet) all ask this module, so they redact alike: the user's redaction choice,
with phone numbers read in the country of the organization's region, else the United States; and the "First
response due" line is counted by the clock the user's settings resolve to (``services/clock/resolver.py``).

It builds nothing and writes nothing (``builder.py`` and ``child_process.py`` do), and imports nothing of Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from care_desktop.domain.case.draft import Draft, RedactionChoice
from care_desktop.domain.case.model import Attachment, Case
from care_desktop.domain.case.text import first_response_text
from care_desktop.domain.packaging.manifest import package_file_name
from care_desktop.domain.profile import Profile
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.clock.resolver import preferred_clock
from care_desktop.services.clock.targets import FirstResponse, first_response_on, plan_or_standard
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.preferences import Preferences

DEFAULT_PHONE_REGION: Final = "US"
"""Where phone numbers written without ``+`` are read when the organization's region names no country."""
LEFT_OUT: Final = "left out by the user"


@dataclass(frozen=True)
class PackagePlan:
    """What to build.

    Attributes:
        case: The case to package (the draft's own, or a copy for an evidence package).
        target: The package file to write.
        options: How to build it.
    """

    case: Case
    target: Path
    options: PackOptions


def phone_region(profile: Profile, region_domain: str) -> str:
    """The country whose phone numbers are recognized without a leading ``+``.

    Args:
        profile: The Customer Care profile (its regions).
        region_domain: The organization's region, e.g. ``"mypurecloud.ie"``.

    Returns:
        The region's country code, else ``DEFAULT_PHONE_REGION``.
    """
    region = profile.region(region_domain)
    return region.country if region is not None and region.country else DEFAULT_PHONE_REGION


def redaction_options(choice: RedactionChoice, profile: Profile, region_domain: str) -> RedactionOptions:
    """The redaction engine's options for the user's choice and the organization's region.

    Args:
        choice: What the user asked to remove besides secrets.
        profile: The Customer Care profile.
        region_domain: The organization's region.
    """
    return RedactionOptions(choice.pii, choice.pseudonyms, tuple(choice.terms), phone_region(profile, region_domain))


def first_response_now(
    draft: Draft, preferences: Preferences, now: datetime, *, system_zone: str = ""
) -> FirstResponse | None:
    """When the first response would be due if the draft were filed at ``now`` (None without a severity).

    Args:
        draft: The draft (its severity and zone).
        preferences: The user's settings (zone, holiday calendar, support plan).
        now: The moment of filing.
        system_zone: The computer's zone (the last choice, and the fallback for an unknown zone).
    """
    severity = draft.case.severity
    if severity is None:
        return None
    plan = plan_or_standard(preferences.support_plan)
    clock = preferred_clock(preferences, draft.time_zone, system_zone=system_zone, plan=plan)
    return first_response_on(severity, now, clock)


def first_response_field(draft: Draft, preferences: Preferences, now: datetime, *, system_zone: str = "") -> str:
    """The English "First response due" text of the case (empty without a severity); arguments as above."""
    target = first_response_now(draft, preferences, now, system_zone=system_zone)
    if target is None:
        return ""
    return first_response_text(target.opened, target.respond_by, target.zone, target.basis.render())


def package_plan(
    draft: Draft,
    preferences: Preferences,
    profile: Profile,
    folder: Path,
    now: datetime,
    *,
    system_zone: str = "",
    system_info: Mapping[str, Any] | None = None,
) -> PackagePlan:
    """The package of a draft, built on Finish.

    Args:
        draft: The draft; attachments it leaves out are excluded with the reason recorded.
        preferences: The user's settings (the first-response clock).
        profile: The Customer Care profile (the region's country for phone numbers).
        folder: Where the package goes.
        now: The moment (the file name when there is no case number, and the first-response target).
        system_zone: The computer's zone.
        system_info: The system facts to include, or None.

    Returns:
        The draft's case, ``folder/care-case-<org>-<number or date>.zip`` and the options.
    """
    case = draft.case
    exclude = {index: LEFT_OUT for index, item in enumerate(case.attachments) if not item.included}
    options = PackOptions(
        redaction=redaction_options(draft.redaction, profile, case.org.region),
        exclude=exclude,
        include_unsafe=frozenset(
            index for index, item in enumerate(case.attachments) if item.path in draft.redaction.include_unsafe
        ),
        system_info=system_info,
        first_response=first_response_field(draft, preferences, now, system_zone=system_zone),
    )
    return PackagePlan(case, folder.expanduser() / package_file_name(case, now), options)


def evidence_package_name(org_and_number_name: str, stamp: str) -> str:
    """``care-case-<org>-<number>.zip`` becomes ``care-case-<org>-<number>-evidence-<stamp>.zip``."""
    return org_and_number_name.removesuffix(".zip") + f"-evidence-{stamp}.zip"


def evidence_plan(
    draft: Draft, profile: Profile, folder: Path, now: datetime, number: str, new: Sequence[Attachment]
) -> PackagePlan:
    """A package of the evidence not sent yet for a filed case.

    Args:
        draft: The draft the case was prepared in.
        profile: The Customer Care profile.
        folder: Where the package goes.
        now: The moment (in the file name).
        number: The case number.
        new: The attachments not sent yet; all of them are included.

    Returns:
        A copy of the case with only those attachments, named for the case and the moment.
    """
    case = copy.deepcopy(draft.case)
    case.case_number = number
    case.attachments = [copy.deepcopy(item) for item in new]
    for attachment in case.attachments:
        attachment.included = True
    name = evidence_package_name(package_file_name(case, now), now.strftime("%Y%m%d-%H%M"))
    options = PackOptions(redaction=redaction_options(draft.redaction, profile, case.org.region))
    return PackagePlan(case, folder / name, options)
