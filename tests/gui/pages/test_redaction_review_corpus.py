"""The redaction review on files of the class corpus: every rule that fired is shown with a before and an after.

Attachments are added as the Attachments page adds them (kind from ``inspect_file``), then the review page scans
them. Per file three cases, under the same known-failures list as the judge (``review FILE WHAT``):
``preview`` (every rule counted has a preview row whose "after" carries its marker and whose "before" differs),
``counts`` (the review removes what ``care-desktop redact`` removes from the same file: one classifier, one
engine), ``lines`` (for a text file, every line that holds a secret of the corpus is among the previewed
lines) and ``shown`` (no secret of the corpus, nor a 12-character piece of one, is on screen: the "before" side
abbreviates what it removes, but a line also shows what was not found).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from care_desktop.domain.case.model import Attachment
from care_desktop.domain.redaction.rules import marker
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.evidence.inspection import inspect_file
from care_desktop.ui.pages.redaction import RedactionPage
from tests.helpers.redaction_judge import (
    FILES_DIR,
    background_views,
    decode,
    leak,
    load_expectations,
    load_known_failures,
    run_redact,
    views,
)

FILES = ["chrome_saml_login.har", "fiddler_export.har", "powershell_transcript.txt", "pwsh7_session.log"]
WHATS = ("preview", "counts", "lines", "shown")
EXPECTATIONS = load_expectations()
KNOWN = {case for case in load_known_failures() if case.startswith("review ")}


@pytest.fixture
def page(qtbot, make_wizard, saved_profile) -> RedactionPage:
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Single sign-on loops", "Agents are sent back to the IdP."
    attachments = []
    for name in FILES:
        kind = inspect_file(FILES_DIR / name).kind
        assert kind is not None
        attachments.append(Attachment(str(FILES_DIR / name), kind))
    case.attachments = attachments
    wizard.resume(Step.REDACTION)
    review = wizard.page_as(RedactionPage)
    assert isinstance(review, RedactionPage)
    qtbot.waitUntil(lambda: review.task is None and len(review.reviews) == len(FILES), timeout=60000)
    return review


def shown_rows(page: RedactionPage, row: int) -> list[tuple[str, str, str]]:
    page.files.selectRow(row)
    table = page.lines
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[misc]


def fixed(value: list[str]) -> Callable[[], list[str]]:
    return lambda: value


def secret_lines(name: str) -> set[int]:
    record = EXPECTATIONS["files"][name]
    text, _ = decode((FILES_DIR / name).read_bytes(), record["encoding"])
    lines = text.splitlines()
    return {number for secret in record["secrets"] for number, line in enumerate(lines, 1) if secret["value"] in line}


def test_every_rule_that_fired_is_shown_with_before_and_after(page, tmp_path):
    cli = run_redact([FILES_DIR / name for name in FILES], tmp_path / "out", tmp_path / "home")
    assert cli.returncode == 0, cli.stderr
    cli_counts = {file["input"].rsplit("/", 1)[-1]: file["redactions"] for file in cli.document()["files"]}
    failing: dict[str, str] = {}
    for row, review in enumerate(page.reviews):
        name = review.check.path.name
        assert review.result is not None, name
        counts = review.result.report.counts
        rows = shown_rows(page, row)
        missing = [
            rule for rule in counts if not any(marker(rule) in after and before != after for _, before, after in rows)
        ]
        if missing or not counts:
            failing[f"review {name} preview"] = f"no before/after row for {missing or 'anything'}"
        if counts != cli_counts[name]:
            failing[f"review {name} counts"] = f"review {counts} but the command line {cli_counts[name]}"
        if EXPECTATIONS["files"][name]["format"] == "text":
            previewed = {int(where) for where, _, _ in rows if where.isdigit()}
            unseen = sorted(secret_lines(name) - previewed)
            if unseen:
                failing[f"review {name} lines"] = f"lines {unseen} hold secrets but are not in the preview"
        on_screen = views("\n".join(text for row in rows for text in row[1:]))
        ground = background_views(
            decode((FILES_DIR / name).read_bytes(), EXPECTATIONS["files"][name]["encoding"])[0],
            [secret["value"] for secret in EXPECTATIONS["files"][name]["secrets"]],
        )
        shown = [
            secret["id"]
            for secret in EXPECTATIONS["files"][name]["secrets"]
            if leak(secret["value"], on_screen, fixed(ground))
        ]
        if shown:
            failing[f"review {name} shown"] = f"on screen: {shown}"
    known = {case for case in KNOWN if case.split()[1] in FILES}
    assert {case: failing[case] for case in sorted(set(failing) - known)} == {}, "new failures"
    assert sorted(known - set(failing)) == [], "fixed: delete these lines from known_failures.txt"


def test_the_review_cases_are_the_ones_this_test_checks():
    assert {case for case in KNOWN if case.split()[1] not in FILES or case.split()[2] not in WHATS} == set()
