"""A draft: one case being prepared, plus where the wizard was and what the helper was told.

Drafts are saved as JSON documents (``draft_to_json``/``draft_from_json``); the store keeps them.
No I/O, no Qt, no clock: callers pass times in.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Final

from care_desktop.domain.case.json_format import case_from_json, case_to_json
from care_desktop.domain.case.model import Case
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.steps import Step

DRAFT_VERSION: Final = 1


class ContactRole(StrEnum):
    """Who is preparing the case."""

    DESIGNATED = "designated"
    PREPARING_FOR = "preparing_for"


@dataclass
class RedactionChoice:
    """What the user asked to remove besides secrets (secrets are always removed).

    Attributes:
        pii: Also remove e-mail addresses and phone numbers.
        pseudonyms: Replace each removed value by the same numbered placeholder in every file.
        terms: Words to remove everywhere (a customer's name, an internal host name ...).
        include_unsafe: Attachment paths the user chose to package even though they cannot be redacted
            safely (their redacted copy would not parse the way the original does).
    """

    pii: bool = False
    pseudonyms: bool = False
    terms: list[str] = field(default_factory=list)
    include_unsafe: list[str] = field(default_factory=list)


class DraftFormatError(ValueError):
    """A saved draft document cannot be read."""


@dataclass(frozen=True)
class SentPackage:
    """A package built from a draft, and the files it held (so that the next one leaves them out).

    Attributes:
        package: The package's file name.
        created_at: When it was built (ISO 8601).
        files: (sha256 of the original file, file name) of each attachment it held.
    """

    package: str
    created_at: str
    files: tuple[tuple[str, str], ...] = ()


@dataclass
class Draft:
    """One case in preparation.

    Attributes:
        id: Stable identifier of the draft (not a Customer Care case number).
        case: The case data.
        created_at: ISO 8601 UTC time of creation.
        updated_at: ISO 8601 UTC time of the last save.
        step: The step the user was on. The flow is a function of the draft, so the path to it
            (and Back from it) is rebuilt by walking forward from the first step.
        answers: The severity helper's answers.
        override_reason: Why the user chose a level other than the recommended one.
        contact_role: Whether the user is a Designated Contact or prepares the case for one.
        time_zone: IANA time zone of the customer's business hours, empty for the system zone.
        occurred_zone: IANA time zone the user gave "when it happened" in (the case keeps the time with its
            offset); empty when not given.
        redaction: What to remove from the evidence besides secrets.
        sent_packages: The packages built from this draft, with what each held (by SHA-256).
    """

    id: str
    case: Case = field(default_factory=Case)
    created_at: str = ""
    updated_at: str = ""
    step: Step = Step.BEFORE_START
    answers: Answers = field(default_factory=Answers)
    override_reason: str = ""
    contact_role: ContactRole | None = None
    time_zone: str = ""
    occurred_zone: str = ""
    redaction: RedactionChoice = field(default_factory=RedactionChoice)
    sent_packages: list[SentPackage] = field(default_factory=list)

    def sent_digests(self) -> set[str]:
        """The SHA-256 digests of every file a package of this draft held."""
        return {digest.lower() for package in self.sent_packages for digest, _name in package.files}

    def display_title(self) -> str:
        """The title, or the start of the description when there is no title yet."""
        title = self.case.title.strip()
        if title:
            return title
        first_line = self.case.description.strip().splitlines()[0] if self.case.description.strip() else ""
        return first_line[:80]


def draft_to_json(draft: Draft) -> dict[str, Any]:
    """Turn a draft into a JSON-ready document.

    Args:
        draft: The draft.

    Returns:
        The document, versioned with ``draft_version``.
    """
    return {
        "draft_version": DRAFT_VERSION,
        "id": draft.id,
        "created_at": draft.created_at,
        "updated_at": draft.updated_at,
        "step": draft.step.value,
        "answers": {
            "critical_works": draft.answers.critical_works,
            "workaround": draft.answers.workaround,
            "degraded": draft.answers.degraded,
            "question_or_request": draft.answers.question_or_request,
        },
        "override_reason": draft.override_reason,
        "contact_role": draft.contact_role.value if draft.contact_role else None,
        "time_zone": draft.time_zone,
        "occurred_zone": draft.occurred_zone,
        "redaction": {
            "pii": draft.redaction.pii,
            "pseudonyms": draft.redaction.pseudonyms,
            "terms": list(draft.redaction.terms),
            "include_unsafe": list(draft.redaction.include_unsafe),
        },
        "case": case_to_json(draft.case),
        "sent_packages": [
            {
                "package": sent.package,
                "created_at": sent.created_at,
                "files": [{"sha256": digest, "name": name} for digest, name in sent.files],
            }
            for sent in draft.sent_packages
        ],
    }


def _step(value: object) -> Step:
    try:
        return Step(str(value))
    except ValueError:
        return Step.BEFORE_START


def _optional_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def draft_from_json(data: object) -> Draft:
    """Rebuild a draft from its document.

    Unknown step names (from a newer version) fall back to the first step; an incomplete case is fine.

    Args:
        data: A parsed document written by :func:`draft_to_json`.

    Returns:
        The draft.

    Raises:
        DraftFormatError: When the document is not a draft or comes from a newer version.
    """
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
        raise DraftFormatError("not a draft document")
    version = data.get("draft_version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= DRAFT_VERSION:
        raise DraftFormatError(f"draft version {version!r} is not supported")
    case, _problems = case_from_json(data.get("case", {}))
    answers = data.get("answers") if isinstance(data.get("answers"), dict) else {}
    assert isinstance(answers, dict)
    role = data.get("contact_role")
    return Draft(
        id=data["id"],
        case=case,
        created_at=str(data.get("created_at") or ""),
        updated_at=str(data.get("updated_at") or ""),
        step=_step(data.get("step")),
        answers=Answers(
            critical_works=_optional_bool(answers.get("critical_works")),
            workaround=_optional_bool(answers.get("workaround")),
            degraded=_optional_bool(answers.get("degraded")),
            question_or_request=_optional_bool(answers.get("question_or_request")),
        ),
        override_reason=str(data.get("override_reason") or ""),
        contact_role=ContactRole(role) if isinstance(role, str) and role in {r.value for r in ContactRole} else None,
        time_zone=str(data.get("time_zone") or ""),
        occurred_zone=str(data.get("occurred_zone") or ""),
        redaction=_redaction(data.get("redaction")),
        sent_packages=_sent_packages(data.get("sent_packages")),
    )


def _sent_packages(raw: object) -> list[SentPackage]:
    packages = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        files = item.get("files")
        pairs = tuple(
            (str(entry["sha256"]).lower(), str(entry.get("name") or ""))
            for entry in (files if isinstance(files, list) else [])
            if isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
        )
        packages.append(SentPackage(str(item.get("package") or ""), str(item.get("created_at") or ""), pairs))
    return packages


def _redaction(raw: object) -> RedactionChoice:
    data = raw if isinstance(raw, dict) else {}
    terms = data.get("terms")
    unsafe = data.get("include_unsafe")
    return RedactionChoice(
        pii=data.get("pii") is True,
        pseudonyms=data.get("pseudonyms") is True,
        terms=[str(term) for term in terms if isinstance(term, str) and term.strip()]
        if isinstance(terms, list)
        else [],
        include_unsafe=[path for path in unsafe if isinstance(path, str)] if isinstance(unsafe, list) else [],
    )


def duplicate_draft(draft: Draft, new_id: str, now: str) -> Draft:
    """Copy a draft under a new identity, to report a similar issue separately.

    The copy starts over at the first step and forgets the case number (it is a new case).

    Args:
        draft: The original.
        new_id: Identifier of the copy.
        now: ISO 8601 UTC time of the copy.

    Returns:
        The copy.
    """
    case = copy.deepcopy(draft.case)
    case.case_number = ""
    return replace(
        draft,
        id=new_id,
        case=case,
        redaction=copy.deepcopy(draft.redaction),
        created_at=now,
        updated_at=now,
        step=Step.BEFORE_START,
        sent_packages=[],
    )


def split_draft(draft: Draft, parts: list[str], new_ids: list[str], now: str) -> list[Draft]:
    """Split a draft that reports several issues into one draft per issue.

    The original keeps the first part; each further part becomes a new draft with the same organization,
    contact, time and severity answers. A conversation ID goes with the parts that mention it; IDs no part
    mentions stay with the original. The business impact stays with the original only: what one issue costs
    is not what another costs, so each new draft starts with it empty (the quality check asks for it).

    Args:
        draft: The draft to split.
        parts: The description of each issue (from ``quality.issue_parts``), at least one.
        new_ids: Identifiers for the new drafts, one per part after the first.
        now: ISO 8601 UTC time of the split.

    Returns:
        The drafts: the updated original first, then the new ones.

    Raises:
        ValueError: When ``parts`` is empty or ``new_ids`` does not match it.
    """
    if not parts or len(new_ids) != len(parts) - 1:
        raise ValueError("one new identifier is needed for each part after the first")
    mentioned = {ref.id for part in parts for ref in draft.case.conversations if ref.id in part.lower()}
    base_title = draft.case.title.strip()
    result: list[Draft] = []
    for index, part in enumerate(parts):
        case = copy.deepcopy(draft.case)
        case.description = part
        case.conversations = [
            ref
            for ref in draft.case.conversations
            if ref.id in part.lower() or (index == 0 and ref.id not in mentioned)
        ]
        if base_title and len(parts) > 1:
            case.title = f"{base_title} ({index + 1}/{len(parts)})"
        if index == 0:
            result.append(replace(draft, case=case, updated_at=now))
        else:
            case.case_number = ""
            case.business_impact = ""
            result.append(
                replace(
                    draft,
                    id=new_ids[index - 1],
                    case=case,
                    created_at=now,
                    updated_at=now,
                    redaction=copy.deepcopy(draft.redaction),
                    sent_packages=[],
                )
            )
    return result


def new_draft(draft_id: str, now: str, org: Organization, contact: Contact, role: ContactRole | None = None) -> Draft:
    """Start a draft prefilled with the remembered organization, contact and role.

    Args:
        draft_id: Identifier of the new draft.
        now: ISO 8601 UTC time of creation.
        org: The remembered organization (copied).
        contact: The remembered contact (copied).
        role: The remembered role, if any.

    Returns:
        The draft at the first step.
    """
    case = Case(org=copy.deepcopy(org), contact=copy.deepcopy(contact))
    return Draft(id=draft_id, case=case, created_at=now, updated_at=now, contact_role=role)
