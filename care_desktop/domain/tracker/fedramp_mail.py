"""The FedRAMP escalation e-mail: FedRAMP organizations escalate by e-mail, not in the portal.

The published template (``resources/profile.json``, ``escalation``; Case Escalation Management Process):
subject "Customer Name - My Support Case Number - Brief Problem Statement", and a body with the My Support case
number, the customer name, the region/country and the reason for the escalation, one ``Field - value`` line
each. The page names no address, so the ``mailto:`` link (built by the UI) has none unless the profile gives
one; the contact fills it in from their FedRAMP onboarding. The e-mail is in English, like the case text.

Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from care_desktop.domain.published import is_fedramp

if TYPE_CHECKING:
    from care_desktop.domain.case.organization import Organization
    from care_desktop.domain.profile import Profile

SUBJECT_FIELDS = ("Customer Name", "My Support Case Number", "Brief Problem Statement")


@dataclass(frozen=True)
class EscalationMail:
    """A prepared e-mail.

    Attributes:
        to: The address, or empty.
        subject: The subject line.
        body: The body text.
    """

    to: str
    subject: str
    body: str

    def text(self) -> str:
        """The whole e-mail as text to copy: the subject line, an empty line, the body."""
        return f"Subject: {self.subject}\n\n{self.body}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def escalation_mail(
    subject_template: str,
    body_fields: tuple[str, ...],
    *,
    customer: str,
    case_number: str,
    problem: str,
    region: str,
    reason: str,
    to: str = "",
) -> EscalationMail:
    """Fill the published FedRAMP escalation template.

    Args:
        subject_template: The published subject, its parts separated by `` - `` (customer name, case number,
            brief problem statement).
        body_fields: The published body fields, in order.
        customer: The customer (organization) name.
        case_number: The My Support case number.
        problem: A brief problem statement (the case title).
        region: The region and country, e.g. ``"Americas (US East 2, FedRAMP) / US"``.
        reason: Why the escalation is requested.
        to: The address, when one is known.

    Returns:
        The e-mail; a part the contact has not given stays as the template's words in brackets.
    """
    values = {
        "Customer Name": _one_line(customer),
        "My Support Case Number": _one_line(case_number),
        "Brief Problem Statement": _one_line(problem),
        "Region/Country": _one_line(region),
        "Reason for escalation": reason.strip(),
    }

    def value(name: str) -> str:
        return values.get(name, "") or f"[{name}]"

    parts = [part.strip() for part in subject_template.split(" - ")] if subject_template else list(SUBJECT_FIELDS)
    subject = " - ".join(value(part) for part in parts)
    body = "\n".join(f"{name} - {value(name)}" for name in body_fields)
    return EscalationMail(to.strip(), subject, body + "\n")


def fedramp_mail_maker(
    profile: Profile, org: Organization, case_number: str, problem: str
) -> Callable[[str], EscalationMail] | None:
    """For a FedRAMP organization, what prepares its escalation e-mail from the reason; None for any other.

    Args:
        profile: The Customer Care profile (the template, the region's name and country).
        org: The organization (its short name is the customer name, its region decides FedRAMP).
        case_number: The My Support case number.
        problem: A brief problem statement (the case title).

    Returns:
        A function of the reason, or None when the organization is not in the FedRAMP region.
    """
    if not is_fedramp(org.region):
        return None
    rules = profile.published.escalation
    region = profile.region(org.region.strip().lower())
    where = f"{region.name} / {region.country}" if region is not None else org.region

    def make(reason: str) -> EscalationMail:
        return escalation_mail(
            rules.fedramp_subject,
            rules.fedramp_body_fields,
            customer=org.short_name,
            case_number=case_number,
            problem=problem,
            region=where,
            reason=reason,
            to=rules.fedramp_to,
        )

    return make
