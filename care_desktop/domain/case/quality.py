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
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Problem, count_text

_SEPARATE_ISSUES: Final = count_text(
    QT_TRANSLATE_NOOP("domain", "The description seems to report %n separate issues."),
    "The description seems to report %n separate issue.",
)
_PROBLEM_WORDS: Final = re.compile(
    r"\b(error\w*|fail\w*|cannot|can't|can not|unable|not (?:working|loading|connecting|ringing|routing|showing|"
    r"saving|receiving|able)|doesn't|does not|don't|won't|isn't|aren't|broken|crash\w*|freez\w*|hang\w*|"
    r"drop\w*|disconnect\w*|slow\w*|missing|wrong|incorrect|issue|problem|outage|down|stuck|timeout|timed out|"
    r"times? out|timing out|"
    r"no audio|one-way|echo|garbled|delay\w*)\b",
    re.IGNORECASE,
)
_ORDINAL: Final = r"(?:second|third|fourth|fifth|other|last|next|further|separate|different|new)"
_NEW_ISSUE_CUE: Final = re.compile(
    r"^\s*(?:also|additionally|in addition|separately|unrelated(?:ly)?|another (?:issue|problem|thing)|"
    rf"an?(?:nother)? {_ORDINAL}? ?(?:issue|problem)|(?:the )?{_ORDINAL} (?:issue|problem|thing)|"
    r"on (?:an)?other (?:note|topic)|besides(?: that)?|apart from (?:that|this)|we also|there is also|"
    r"there's also|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|"
    r"one more (?:thing|issue|problem))\b[,:]?",
    re.IGNORECASE,
)
# What a split part must not begin with: the connective that tied it to the issue before it.
_CONNECTIVE: Final = re.compile(
    r"^\s*(?:(?:and|but|plus)\s+)?(?:also|additionally|in addition|separately|unrelated(?:ly)?|besides(?: that)?|"
    r"apart from (?:that|this)|on (?:an)?other (?:note|topic)|first(?:ly)?|second(?:ly)?|third(?:ly)?|"
    r"fourth(?:ly)?|finally|lastly|"
    rf"(?:(?:an?(?:nother)?|the|one more) )?(?:{_ORDINAL} )?(?:issue|problem|thing)(?: (?:is|was)(?: that)?)?)"
    r"\s*[,:;\u2013\u2014-]?\s*",
    re.IGNORECASE,
)
_ALSO_INSIDE: Final = re.compile(r"^(\s*(?:we|there is|there's|they|agents|users)) also\b", re.IGNORECASE)
_LIST_ITEM: Final = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s+(.*\S)\s*$")
_INLINE_NUMBER: Final = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}\)\s+|(?:^|(?<=[.;]\s))\d{1,2}\.\s+")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")
_WORD: Final = re.compile(r"[a-z]{4,}")
_COMMON: Final = frozenset(
    (
        "also",
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "since",
        "when",
        "they",
        "them",
        "their",
        "there",
        "were",
        "what",
        "which",
        "while",
        "after",
        "before",
        "about",
        "into",
        "only",
        "some",
        "every",
        "each",
        "other",
        "than",
        "then",
        "once",
        "still",
        "again",
        "today",
        "yesterday",
        "morning",
        "afternoon",
        "evening",
        "does",
        "doing",
        "done",
        "will",
        "would",
        "could",
        "should",
        "same",
        "more",
        "most",
        "very",
        "much",
        "many",
        "like",
        "just",
    )
)


def _looks_like_problem(text: str) -> bool:
    return len(text.split()) >= 3 and _PROBLEM_WORDS.search(text) is not None


def _topic_words(text: str) -> set[str]:
    """The content words of a text, crudely stemmed (calls/call, dropped/drop), problem words left out."""
    words = set()
    for word in _WORD.findall(_PROBLEM_WORDS.sub(" ", text.lower())):
        if word in _COMMON:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        words.add(word)
    return words


def _without_connective(part: str) -> str:
    """Drop the "Also," / "Another issue:" / "Second," that tied a part to the one before it."""
    tidy = _ALSO_INSIDE.sub(lambda match: match.group(1), part.strip(), count=1)
    match = _CONNECTIVE.match(tidy)
    if match and match.end() < len(tidy):
        tidy = tidy[match.end() :]
    tidy = re.sub(r"(?:[\s,;]+(?:and|or)?)+$", "", tidy)  # "agents cannot log in, and" -> "agents cannot log in"
    return tidy[:1].upper() + tidy[1:] if tidy else tidy


def _inline_enumeration(paragraph: str) -> list[str]:
    """``(1) … (2) …`` or ``1) … 2) …`` inside one paragraph, when each item is a problem."""
    pieces = [piece.strip() for piece in _INLINE_NUMBER.split(paragraph)]
    lead, items = pieces[0], [piece for piece in pieces[1:] if piece]
    if len(items) >= 2 and all(_looks_like_problem(item) for item in items):
        return items if not _looks_like_problem(lead) else [lead, *items]
    return [paragraph]


def _list_parts(text: str) -> list[str] | None:
    items = [m.group(1) for line in text.splitlines() if (m := _LIST_ITEM.match(line))]
    problem_items = [item for item in items if _looks_like_problem(item)]
    if len(problem_items) >= 2 and len(problem_items) == len(items):
        return problem_items
    return None


def issue_parts(description: str) -> list[str]:
    """Propose how a description splits into separate issues, each part ready to be a draft's description.

    Signs read: a list whose items each describe a problem (numbered or bulleted, on lines or inline as
    ``(1) … (2) …``); sentences or paragraphs that start a new problem with a cue ("Also,", "Another issue",
    "Second,", "Finally,", "We also…"); and paragraphs that each describe a problem and share no subject (no
    content word in common: a different feature). A list of steps to reproduce is not a list of problems.
    The connective that tied a part to the one before it is removed ("Also, the report…" becomes "The
    report…").

    Args:
        description: The description as written.

    Returns:
        The parts, in order; a single part (the text as written) when it reads like one issue.
    """
    text = description.strip()
    if not text:
        return []
    listed = _list_parts(text)
    if listed is not None:
        return [_without_connective(part) for part in listed]

    parts: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        new_paragraph = True
        for chunk in _inline_enumeration(paragraph.strip()):
            for sentence in _SENTENCE_END.split(chunk):
                sentence = sentence.strip()
                cue = _NEW_ISSUE_CUE.match(sentence) is not None
                enumerated = chunk is not paragraph.strip() and sentence is _SENTENCE_END.split(chunk)[0].strip()
                other_topic = (
                    new_paragraph
                    and bool(parts)
                    and _looks_like_problem(sentence)
                    and _looks_like_problem(parts[-1])
                    and not (_topic_words(paragraph) & _topic_words(parts[-1]))
                )
                if not parts or (_looks_like_problem(sentence) and (cue or enumerated or other_topic)):
                    parts.append(sentence)
                else:
                    parts[-1] = f"{parts[-1]} {sentence}".strip()
                new_paragraph = False
    if len(parts) >= 2 and all(_looks_like_problem(part) for part in parts):
        return [_without_connective(part) for part in parts]
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
        fix = Message(
            QT_TRANSLATE_NOOP("domain", "Report each issue separately: split the description into one draft per issue.")
        )
        found.append(Problem("description", Message(_SEPARATE_ISSUES, count=len(parts)), blocking=False, fix=fix))
    return found
