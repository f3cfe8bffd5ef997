import pytest

from care_desktop.domain.severity import (
    LEVEL_NAMES,
    QUESTION_TEXT,
    Answers,
    Question,
    needs_reason,
    rationale_text,
    recommend,
)

Y, N = True, False

# Every combination of the four yes/no answers, with the level the published tree gives (module docstring):
# 1. critical functions work?  no -> 2, yes -> 3
# 2. workaround?               no -> Severity 1, yes -> 3
# 3. degraded?                 yes -> Severity 2, no -> 4
# 4. question or request?      yes -> Severity 4, no -> Severity 3
ALL_SIXTEEN = [
    # critical_works, workaround, degraded, question_or_request, level
    (N, N, N, N, 1),
    (N, N, N, Y, 1),
    (N, N, Y, N, 1),
    (N, N, Y, Y, 1),
    (N, Y, N, N, 3),
    (N, Y, N, Y, 4),
    (N, Y, Y, N, 2),
    (N, Y, Y, Y, 2),
    (Y, N, N, N, 3),
    (Y, N, N, Y, 4),
    (Y, N, Y, N, 2),
    (Y, N, Y, Y, 2),
    (Y, Y, N, N, 3),
    (Y, Y, N, Y, 4),
    (Y, Y, Y, N, 2),
    (Y, Y, Y, Y, 2),
]


def test_the_table_covers_every_combination_once():
    assert len({row[:4] for row in ALL_SIXTEEN}) == 16


@pytest.mark.parametrize(("critical_works", "workaround", "degraded", "question", "level"), ALL_SIXTEEN)
def test_every_combination_of_answers(critical_works, workaround, degraded, question, level):
    answers = Answers(critical_works, workaround, degraded, question)
    recommendation = recommend(answers)
    assert recommendation.level == level
    assert recommendation.next_question is None


@pytest.mark.parametrize(
    ("answers", "path"),
    [
        (Answers(N, N, Y, Y), (Question.CRITICAL_WORKS, Question.WORKAROUND)),
        (Answers(N, Y, Y, N), (Question.CRITICAL_WORKS, Question.WORKAROUND, Question.DEGRADED)),
        (
            Answers(N, Y, N, Y),
            (Question.CRITICAL_WORKS, Question.WORKAROUND, Question.DEGRADED, Question.QUESTION_OR_REQUEST),
        ),
        (Answers(Y, N, Y, N), (Question.CRITICAL_WORKS, Question.DEGRADED)),
        (Answers(Y, Y, N, N), (Question.CRITICAL_WORKS, Question.DEGRADED, Question.QUESTION_OR_REQUEST)),
    ],
)
def test_path_lists_only_the_questions_asked(answers, path):
    assert recommend(answers).path == path


@pytest.mark.parametrize(
    ("answers", "key_words"),
    [
        (Answers(N, N), ("no workaround", "Severity 1 (Critical)", "by phone")),
        (Answers(N, Y, Y), ("workaround", "degraded", "Severity 2 (High)")),
        (Answers(Y, None, Y), ("Job functions can be performed", "Severity 2 (High)")),
        (Answers(N, Y, N, N), ("workaround is available", "Severity 3 (Medium)")),
        (Answers(Y, None, N, N), ("non-critical", "Severity 3 (Medium)")),
        (Answers(Y, None, N, Y), ("feature request", "Severity 4 (Low)")),
        (Answers(N, Y, N, Y), ("workaround is available", "feature request", "Severity 4 (Low)")),
    ],
)
def test_rationale_names_the_level(answers, key_words):
    text = recommend(answers).rationale.render()
    for word in key_words:
        assert word in text


@pytest.mark.parametrize(
    ("answers", "next_question", "path"),
    [
        (Answers(), Question.CRITICAL_WORKS, (Question.CRITICAL_WORKS,)),
        (Answers(None, N, Y, Y), Question.CRITICAL_WORKS, (Question.CRITICAL_WORKS,)),
        (Answers(N), Question.WORKAROUND, (Question.CRITICAL_WORKS, Question.WORKAROUND)),
        (Answers(N, None, Y, N), Question.WORKAROUND, (Question.CRITICAL_WORKS, Question.WORKAROUND)),
        (Answers(Y), Question.DEGRADED, (Question.CRITICAL_WORKS, Question.DEGRADED)),
        (Answers(Y, N), Question.DEGRADED, (Question.CRITICAL_WORKS, Question.DEGRADED)),
        (
            Answers(N, Y),
            Question.DEGRADED,
            (Question.CRITICAL_WORKS, Question.WORKAROUND, Question.DEGRADED),
        ),
        (
            Answers(Y, None, N),
            Question.QUESTION_OR_REQUEST,
            (Question.CRITICAL_WORKS, Question.DEGRADED, Question.QUESTION_OR_REQUEST),
        ),
        (
            Answers(N, Y, N),
            Question.QUESTION_OR_REQUEST,
            (Question.CRITICAL_WORKS, Question.WORKAROUND, Question.DEGRADED, Question.QUESTION_OR_REQUEST),
        ),
    ],
)
def test_partial_answers_ask_the_next_question(answers, next_question, path):
    recommendation = recommend(answers)
    assert recommendation.level is None
    assert recommendation.next_question is next_question
    assert recommendation.path == path
    assert recommendation.rationale.render() == "Answer the questions to get a recommended level."


def test_question_texts_and_level_names():
    assert QUESTION_TEXT[Question.CRITICAL_WORKS] == "Can your critical business functions still be performed?"
    assert QUESTION_TEXT[Question.WORKAROUND] == "Is there a workaround?"
    assert QUESTION_TEXT[Question.DEGRADED] == "Is performance degraded or severely limited?"
    assert QUESTION_TEXT[Question.QUESTION_OR_REQUEST] == "Is this a question or a feature request?"
    assert LEVEL_NAMES == {1: "Critical", 2: "High", 3: "Medium", 4: "Low"}


def test_answers_get():
    answers = Answers(critical_works=True, degraded=False)
    assert answers.get(Question.CRITICAL_WORKS) is True
    assert answers.get(Question.WORKAROUND) is None
    assert answers.get(Question.DEGRADED) is False


@pytest.mark.parametrize(
    ("chosen", "answers", "expected"),
    [
        (None, Answers(N, N), False),  # nothing chosen yet
        (2, Answers(), False),  # no recommendation yet
        (2, Answers(Y), False),  # still no recommendation
        (1, Answers(N, N), False),  # follows the recommendation
        (2, Answers(N, N), True),
        (1, Answers(Y, None, Y), True),
        (4, Answers(Y, None, N, N), True),
        (3, Answers(Y, None, N, N), False),
    ],
)
def test_needs_reason(chosen, answers, expected):
    assert needs_reason(chosen, answers) is expected


def test_rationale_text_when_following_the_recommendation():
    text = rationale_text(1, Answers(N, N), "")
    assert text == (
        "Can your critical business functions still be performed? No. Is there a workaround? No. "
        "Recommended: Severity 1 (Critical)."
    )


def test_rationale_text_with_an_override_and_reason():
    text = rationale_text(1, Answers(Y, None, Y), "  All 200 agents are affected.  ")
    assert text == (
        "Can your critical business functions still be performed? Yes. "
        "Is performance degraded or severely limited? Yes. "
        "Recommended: Severity 2 (High). Chosen: Severity 1 (Critical). All 200 agents are affected."
    )


def test_rationale_text_ignores_answers_off_the_path():
    text = rationale_text(4, Answers(Y, N, N, Y), "")
    assert "workaround" not in text
    assert text == (
        "Can your critical business functions still be performed? Yes. "
        "Is performance degraded or severely limited? No. "
        "Is this a question or a feature request? Yes. "
        "Recommended: Severity 4 (Low)."
    )


def test_rationale_text_without_answers():
    assert rationale_text(3, Answers(), "") == "Chosen: Severity 3 (Medium)."
    assert rationale_text(2, Answers(), "Slow reports.") == "Chosen: Severity 2 (High). Slow reports."
