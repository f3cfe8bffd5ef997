"""Quality checks on a whole draft: what would make Customer Care come back with questions.

Every check is advisory (never blocking) and says how to fix it; ``flow.step_for_field`` tells the view
where. ``several_issues`` spots a description that reads like several unrelated problems, and
``issue_parts`` proposes how to split it into one draft per issue. No I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.identifiers import is_uuid
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Problem

_PROBLEM_WORDS: Final = re.compile(
    r"\b(error\w*|fail\w*|cannot|can't|can not|unable|not (?:working|loading|connecting|ringing|routing|showing|"
    r"saving|receiving|able)|doesn't|does not|don't|won't|isn't|aren't|broken|crash\w*|freez\w*|hang\w*|"
    r"drop\w*|disconnect\w*|slow\w*|missing|wrong|incorrect|issue|problem|outage|down|stuck|timeout|timed out|"
    r"no audio|one-way|echo|garbled|delay\w*)\b",
    re.IGNORECASE,
)
_NEW_ISSUE_CUE: Final = re.compile(
    r"^\s*(?:also|additionally|in addition|separately|unrelated(?:ly)?|another (?:issue|problem|thing)|"
    r"a (?:second|separate|different|another) (?:issue|problem)|(?:the )?second (?:issue|problem)|"
    r"on (?:an)?other (?:note|topic)|besides(?: that)?|apart from (?:that|this)|we also|there is also|"
    r"there's also)\b[,:]?",
    re.IGNORECASE,
)
_LIST_ITEM: Final = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s+(.*\S)\s*$")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")


def _looks_like_problem(text: str) -> bool:
    return len(text.split()) >= 3 and _PROBLEM_WORDS.search(text) is not None


def issue_parts(description: str) -> list[str]:
    """Propose how a description splits into separate issues.

    Two signs are read: a list whose items each describe a problem, and paragraphs or sentences that
    start a new problem with a cue such as "Also," or "Another issue". A list of steps to reproduce is
    not a list of problems and is not split.

    Args:
        description: The description as written.

    Returns:
        The parts, in order; a single part when the description reads like one issue.
    """
    text = description.strip()
    if not text:
        return []
    lines = text.splitlines()
    items = [m.group(1) for line in lines if (m := _LIST_ITEM.match(line))]
    problem_items = [item for item in items if _looks_like_problem(item)]
    if len(problem_items) >= 2 and len(problem_items) == len(items):
        return problem_items

    parts: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            starts_new = _NEW_ISSUE_CUE.match(sentence) is not None and _looks_like_problem(sentence)
            if parts and starts_new:
                parts.append(sentence.strip())
            elif parts:
                parts[-1] = f"{parts[-1]} {sentence.strip()}".strip()
            else:
                parts.append(sentence.strip())
    if len(parts) >= 2 and all(_looks_like_problem(part) for part in parts):
        return parts
    return [text]


def several_issues(description: str) -> bool:
    """Tell whether a description reads like several unrelated problems.

    Args:
        description: The description.

    Returns:
        True when :func:`issue_parts` proposes more than one part.
    """
    return len(issue_parts(description)) > 1


def _advice(field: str, message: str, fix: str, **params: str) -> Problem:
    return Problem(field, Message(message, dict(params)), blocking=False, fix=Message(fix))


def quality_checks(draft: Draft) -> list[Problem]:
    """Check the whole draft for what Customer Care will ask for.

    Args:
        draft: The draft.

    Returns:
        Advisory problems, each with its fix, in the order of the wizard's steps.
    """
    case = draft.case
    found: list[Problem] = []
    if case.severity == 1:
        if not case.contact.phone.strip():
            found.append(
                _advice(
                    "contact.phone",
                    QT_TRANSLATE_NOOP("domain", "No callback number is given."),
                    QT_TRANSLATE_NOOP(
                        "domain", "Give the number where Product Support can reach you during the outage."
                    ),
                )
            )
        if not case.contact.available_24x7:
            found.append(
                _advice(
                    "contact.available_24x7",
                    QT_TRANSLATE_NOOP("domain", "Availability at all times is not confirmed."),
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "For Severity 1, a Designated Contact must be available at all times while the case is "
                        "worked. Confirm it, or name someone who will be.",
                    ),
                )
            )
    if not case.org.id.strip():
        found.append(
            _advice(
                "org.id",
                QT_TRANSLATE_NOOP("domain", "The organization ID is missing."),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Find it in Admin > Account Settings > Organization Settings, then click Advanced.",
                ),
            )
        )
    elif not is_uuid(case.org.id):
        found.append(
            _advice(
                "org.id",
                QT_TRANSLATE_NOOP("domain", 'The organization ID "{value}" is not a valid ID.'),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Copy it again from Admin > Account Settings > Organization Settings > Advanced.",
                ),
                value=case.org.id.strip(),
            )
        )
    if not case.contact.name.strip() or not case.contact.email.strip():
        found.append(
            _advice(
                "contact.email",
                QT_TRANSLATE_NOOP("domain", "Your name or e-mail address is missing."),
                QT_TRANSLATE_NOOP("domain", "Add them so that Product Support knows whom to answer."),
            )
        )
    if not case.conversations and not case.no_conversation_reason.strip():
        found.append(
            _advice(
                "conversation_ids",
                QT_TRANSLATE_NOOP("domain", "No conversation ID is given."),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Copy it from the interaction's Details tab (Performance > Workspace > Interactions), or say "
                    "why none applies.",
                ),
            )
        )
    if not case.occurred_at.strip():
        found.append(
            _advice(
                "occurred_at",
                QT_TRANSLATE_NOOP("domain", "It does not say when the issue happened."),
                QT_TRANSLATE_NOOP("domain", "Give the date and time it happened (or started)."),
            )
        )
    if not case.business_impact.strip():
        found.append(
            _advice(
                "business_impact",
                QT_TRANSLATE_NOOP("domain", "The business impact is not described."),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Say what the issue costs: how many agents or customers, which functions, since when.",
                ),
            )
        )
    if case.severity != 4 and not case.details.steps_to_reproduce.strip():
        found.append(
            _advice(
                "details.steps_to_reproduce",
                QT_TRANSLATE_NOOP("domain", "There are no steps to reproduce."),
                QT_TRANSLATE_NOOP(
                    "domain", "List what to do to see the issue, or say that it cannot be reproduced at will."
                ),
            )
        )
    if case.severity in (1, 2, 3) and not any(attachment.included for attachment in case.attachments):
        found.append(
            _advice(
                "attachments",
                QT_TRANSLATE_NOOP("domain", "No screenshots, console logs or HAR files are attached."),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Product Support asks for screenshots of errors, console logging and configuration files: add "
                    "them on the Attachments step (they are redacted before anything leaves this computer).",
                ),
            )
        )
    parts = issue_parts(case.description)
    if len(parts) > 1:
        found.append(
            _advice(
                "description",
                QT_TRANSLATE_NOOP("domain", "The description seems to report {count} separate issues."),
                QT_TRANSLATE_NOOP(
                    "domain", "Report each issue separately: split the description into one draft per issue."
                ),
                count=str(len(parts)),
            )
        )
    return found
