"""The severity helper: a short questionnaire on the published severity definitions.

The questions follow the definitions on the Customer Care page (see ``resources/profile.json``):

1. Can your critical business functions still be performed?  (No: go to 2.  Yes: go to 3.)
2. Is there a workaround?  (No: Severity 1.  Yes: go to 3.)
3. Is performance degraded or severely limited?  (Yes: Severity 2.  No: go to 4.)
4. Is this a question or a feature request?  (Yes: Severity 4.  No: Severity 3.)

Answers that the path does not reach are ignored. Customer Care has final authority over the level; the
user may choose another and say why. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message


class Question(StrEnum):
    """The helper's questions, in the order they may be asked."""

    CRITICAL_WORKS = "critical_works"
    WORKAROUND = "workaround"
    DEGRADED = "degraded"
    QUESTION_OR_REQUEST = "question_or_request"


QUESTION_TEXT: dict[Question, str] = {
    Question.CRITICAL_WORKS: QT_TRANSLATE_NOOP("domain", "Can your critical business functions still be performed?"),
    Question.WORKAROUND: QT_TRANSLATE_NOOP("domain", "Is there a workaround?"),
    Question.DEGRADED: QT_TRANSLATE_NOOP("domain", "Is performance degraded or severely limited?"),
    Question.QUESTION_OR_REQUEST: QT_TRANSLATE_NOOP("domain", "Is this a question or a feature request?"),
}

LEVEL_NAMES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("domain", "Critical"),
    2: QT_TRANSLATE_NOOP("domain", "High"),
    3: QT_TRANSLATE_NOOP("domain", "Medium"),
    4: QT_TRANSLATE_NOOP("domain", "Low"),
}


@dataclass(frozen=True)
class Answers:
    """The user's answers; None means not answered yet.

    Attributes:
        critical_works: Can critical business functions still be performed?
        workaround: Is there a workaround?
        degraded: Is performance degraded or severely limited?
        question_or_request: Is this a question or a feature request?
    """

    critical_works: bool | None = None
    workaround: bool | None = None
    degraded: bool | None = None
    question_or_request: bool | None = None

    def get(self, question: Question) -> bool | None:
        """Return the answer to ``question``."""
        value: bool | None = getattr(self, question.value)
        return value


@dataclass(frozen=True)
class Recommendation:
    """What the helper concludes from the answers so far.

    Attributes:
        level: The recommended severity, or None until enough questions are answered.
        rationale: Why, in plain words (or what is still needed).
        path: The questions on the path taken, in order, including the next unanswered one.
        next_question: The question to answer next, or None when the level is known.
    """

    level: int | None
    rationale: Message
    path: tuple[Question, ...]
    next_question: Question | None


_RATIONALE = {
    "critical": QT_TRANSLATE_NOOP(
        "domain",
        "A critical business function cannot be performed and there is no workaround. "
        "That is Severity 1 (Critical): call Customer Care by phone.",
    ),
    "blocked_degraded": QT_TRANSLATE_NOOP(
        "domain",
        "A critical business function is blocked, but a workaround lets you perform it with degraded or "
        "severely limited performance. That is Severity 2 (High).",
    ),
    "degraded": QT_TRANSLATE_NOOP(
        "domain",
        "Job functions can be performed, but performance is degraded or severely limited. That is Severity 2 (High).",
    ),
    "blocked_workaround": QT_TRANSLATE_NOOP(
        "domain",
        "A workaround is available and job functions are largely unaffected. That is Severity 3 (Medium).",
    ),
    "noncritical": QT_TRANSLATE_NOOP(
        "domain",
        "Job functions are largely unaffected, but something non-critical is unusable or hard to use. "
        "That is Severity 3 (Medium).",
    ),
    "question": QT_TRANSLATE_NOOP(
        "domain",
        "This is a question or a feature request with minimal impact. That is Severity 4 (Low).",
    ),
    "question_after_workaround": QT_TRANSLATE_NOOP(
        "domain",
        "A workaround is available and what remains is a question or a feature request with minimal impact. "
        "That is Severity 4 (Low).",
    ),
    "pending": QT_TRANSLATE_NOOP("domain", "Answer the questions to get a recommended level."),
}


def recommend(answers: Answers) -> Recommendation:
    """Walk the questionnaire with the given answers.

    Args:
        answers: What the user answered so far.

    Returns:
        The recommended level with its rationale, or the next question to answer.
    """
    path: list[Question] = []

    def ask(question: Question) -> bool | None:
        path.append(question)
        return answers.get(question)

    def pending() -> Recommendation:
        return Recommendation(None, Message(_RATIONALE["pending"]), tuple(path), path[-1])

    def done(level: int, key: str) -> Recommendation:
        return Recommendation(level, Message(_RATIONALE[key]), tuple(path), None)

    critical_works = ask(Question.CRITICAL_WORKS)
    if critical_works is None:
        return pending()
    via_workaround = False
    if not critical_works:
        workaround = ask(Question.WORKAROUND)
        if workaround is None:
            return pending()
        if not workaround:
            return done(1, "critical")
        via_workaround = True
    degraded = ask(Question.DEGRADED)
    if degraded is None:
        return pending()
    if degraded:
        return done(2, "blocked_degraded" if via_workaround else "degraded")
    question = ask(Question.QUESTION_OR_REQUEST)
    if question is None:
        return pending()
    if question:
        return done(4, "question_after_workaround" if via_workaround else "question")
    return done(3, "blocked_workaround" if via_workaround else "noncritical")


def needs_reason(chosen: int | None, answers: Answers) -> bool:
    """Tell whether the user must say why they chose a level other than the recommended one.

    Args:
        chosen: The level the user picked.
        answers: The helper's answers.

    Returns:
        True when a level was recommended and the user picked a different one.
    """
    recommended = recommend(answers).level
    return chosen is not None and recommended is not None and chosen != recommended


def rationale_text(chosen: int, answers: Answers, reason: str) -> str:
    """Compose the English ``severity_rationale`` of the case file.

    Args:
        chosen: The level chosen.
        answers: The helper's answers.
        reason: The user's own words (required when the choice differs from the recommendation).

    Returns:
        A short paragraph: the helper's answers, its recommendation, and the user's reason.
    """
    recommendation = recommend(answers)
    lines: list[str] = []
    for question in recommendation.path:
        answer = answers.get(question)
        if answer is not None:
            lines.append(f"{QUESTION_TEXT[question]} {'Yes' if answer else 'No'}.")
    if recommendation.level is not None:
        lines.append(f"Recommended: Severity {recommendation.level} ({LEVEL_NAMES[recommendation.level]}).")
    if recommendation.level != chosen:
        lines.append(f"Chosen: Severity {chosen} ({LEVEL_NAMES[chosen]}).")
    if reason.strip():
        lines.append(reason.strip())
    return " ".join(lines)
