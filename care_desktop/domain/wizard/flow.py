"""The case wizard's flow as data: which step follows which, and what each step requires.

``next_step`` and ``validate`` are pure functions of the step and the draft; the view only asks them.
Blocking problems keep the user on the step; advisory ones are shown but never stop anyone. Nothing blocks
the way to the phone: a Severity 1 chosen against the helper's recommendation asks for its reason after the
call (on the review), not before it.
No I/O, no Qt.
"""

from __future__ import annotations

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.identifiers import is_uuid
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Problem
from care_desktop.domain.severity import LEVEL_NAMES, needs_reason, recommend
from care_desktop.domain.wizard.steps import Step

_LINEAR: dict[Step, Step | None] = {
    Step.BEFORE_START: Step.SEVERITY,
    Step.SEVERITY_ONE: Step.ORGANIZATION,
    Step.ORGANIZATION: Step.CONVERSATIONS,
    Step.CONVERSATIONS: Step.DESCRIPTION,
    Step.DESCRIPTION: Step.ATTACHMENTS,
    Step.REDACTION: Step.REVIEW,
    Step.REVIEW: Step.FINISH,
    Step.FINISH: None,
}


def next_step(step: Step, draft: Draft) -> Step | None:
    """Return the step after ``step`` for this draft.

    Severity 1 goes through the phone-only step first; every other level goes straight to the
    organization. The redaction review is shown only when there are attachments.

    Args:
        step: The current step.
        draft: The draft as it stands.

    Returns:
        The next step, or None after the last one.
    """
    if step is Step.SEVERITY:
        return Step.SEVERITY_ONE if draft.case.severity == 1 else Step.ORGANIZATION
    if step is Step.ATTACHMENTS:
        return Step.REDACTION if draft.case.attachments else Step.REVIEW
    return _LINEAR[step]


def path_to(step: Step, draft: Draft) -> list[Step]:
    """Return the steps from the first one to ``step`` along this draft's flow.

    Args:
        step: The step to reach.
        draft: The draft.

    Returns:
        The steps in order, ending with ``step``; only the first step when ``step`` is not reachable.
    """
    path = [Step.BEFORE_START]
    while path[-1] is not step:
        following = next_step(path[-1], draft)
        if following is None:
            return [Step.BEFORE_START]
        path.append(following)
    return path


def missing_reason(draft: Draft) -> bool:
    """Tell whether the draft's level differs from the helper's recommendation with no reason given yet."""
    return needs_reason(draft.case.severity, draft.answers) and not draft.override_reason.strip()


def _reason_problem(draft: Draft, *, blocking: bool) -> Problem:
    """The "say why" problem; for Severity 1 it says that the call comes first."""
    chosen = draft.case.severity
    recommended = recommend(draft.answers).level
    assert chosen is not None
    assert recommended is not None
    fix = None
    if chosen == 1:
        fix = Message(
            QT_TRANSLATE_NOOP(
                "domain", "Call Customer Care first: you can write the reason after the call, before you finish."
            )
        )
    return Problem(
        "override_reason",
        Message(
            QT_TRANSLATE_NOOP(
                "domain",
                "Say why you chose Severity {chosen} ({chosen_name}) when the helper recommends "
                "Severity {recommended} ({recommended_name}).",
            ),
            {
                "chosen": str(chosen),
                "chosen_name": LEVEL_NAMES[chosen],
                "recommended": str(recommended),
                "recommended_name": LEVEL_NAMES[recommended],
            },
        ),
        blocking=blocking,
        fix=fix,
    )


def validate(step: Step, draft: Draft) -> list[Problem]:
    """List what keeps the user on ``step`` (blocking) and what is worth a look (advisory).

    Args:
        step: The step to check.
        draft: The draft as it stands.

    Returns:
        The problems of that step only.
    """
    case = draft.case
    problems: list[Problem] = []
    if step is Step.BEFORE_START and draft.contact_role is None:
        problems.append(
            Problem(
                "contact_role",
                Message(
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "Confirm that you are a Designated Contact, or that you are preparing this case for one.",
                    )
                ),
            )
        )
    elif step is Step.SEVERITY:
        if case.severity is None:
            problems.append(Problem("severity", Message(QT_TRANSLATE_NOOP("domain", "Choose a severity level."))))
        elif missing_reason(draft):
            # The way to the phone is never blocked: for Severity 1 the reason is asked after the call.
            problems.append(_reason_problem(draft, blocking=case.severity != 1))
    elif step is Step.ORGANIZATION:
        if not case.org.short_name.strip():
            problems.append(
                Problem(
                    "org.short_name",
                    Message(QT_TRANSLATE_NOOP("domain", "Enter the organization short name.")),
                    fix=Message(
                        QT_TRANSLATE_NOOP(
                            "domain",
                            "Find it in Genesys Cloud under Admin > Account Settings > Organization Settings.",
                        )
                    ),
                )
            )
        if case.org.id.strip() and not is_uuid(case.org.id):
            problems.append(
                Problem(
                    "org.id",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "domain",
                            'The organization ID "{value}" is not valid: it has 32 hexadecimal digits in groups '
                            "of 8-4-4-4-12.",
                        ),
                        {"value": case.org.id.strip()},
                    ),
                    fix=Message(
                        QT_TRANSLATE_NOOP(
                            "domain",
                            "Copy it from Admin > Account Settings > Organization Settings > Advanced, or leave it "
                            "empty for now.",
                        )
                    ),
                )
            )
    elif step is Step.REVIEW and case.severity == 1 and missing_reason(draft):
        problems.append(_reason_problem(draft, blocking=True))
    elif step is Step.DESCRIPTION:
        if not case.title.strip():
            problems.append(Problem("title", Message(QT_TRANSLATE_NOOP("domain", "Give the case a short title."))))
        if not case.description.strip():
            problems.append(Problem("description", Message(QT_TRANSLATE_NOOP("domain", "Describe the issue."))))
    return problems


def is_blocked(step: Step, draft: Draft) -> bool:
    """Tell whether ``step`` has a blocking problem.

    Args:
        step: The step.
        draft: The draft.

    Returns:
        True when the user cannot move on from ``step``.
    """
    return any(problem.blocking for problem in validate(step, draft))


FIELD_STEPS: dict[str, Step] = {
    "contact_role": Step.BEFORE_START,
    "severity": Step.SEVERITY,
    "override_reason": Step.SEVERITY,
    "contact.phone": Step.SEVERITY_ONE,
    "contact.available_24x7": Step.SEVERITY_ONE,
    "org.short_name": Step.ORGANIZATION,
    "org.id": Step.ORGANIZATION,
    "contact.name": Step.ORGANIZATION,
    "contact.email": Step.ORGANIZATION,
    "conversation_ids": Step.CONVERSATIONS,
    "title": Step.DESCRIPTION,
    "description": Step.DESCRIPTION,
    "business_impact": Step.DESCRIPTION,
    "occurred_at": Step.DESCRIPTION,
    "details.steps_to_reproduce": Step.DESCRIPTION,
    "attachments": Step.ATTACHMENTS,
    "details.frequency": Step.DESCRIPTION,
    "details.affected": Step.DESCRIPTION,
    "details.already_tried": Step.DESCRIPTION,
}


def step_for_field(field: str, draft: Draft) -> Step:
    """Return the step where ``field`` is edited, for "jump to fix".

    The Severity 1 step only exists for Severity 1 drafts; its fields are on the organization step otherwise.
    An entry of a list (``"conversation_ids[2]"``) is edited where its list is.

    Args:
        field: A problem's field path.
        draft: The draft.

    Returns:
        The step to show.
    """
    step = FIELD_STEPS.get(field.split("[", 1)[0], Step.REVIEW)
    if step is Step.SEVERITY_ONE and draft.case.severity != 1:
        return Step.ORGANIZATION
    return step
