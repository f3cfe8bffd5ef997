"""The judge of issue 13: ``care-desktop redact`` over the whole class corpus, in one real process.

Per file: every secret gone (also as pieces, also inside decoded base64, JSON and URL strings), every keep kept,
the output parsing the same way as the input, the encoding kept; the inputs untouched. The cases that fail
today are listed in ``tests/data/redaction/classes/known_failures.txt``: every other case must pass, and every
listed case must still fail, so the list only shrinks (delete a line when you fix its case). The corpus is
made by ``tests/data/redaction/classes/generate.py``; the rules of the judge are in
``tests/helpers/redaction_judge.py``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.redaction_judge import (
    FILES_DIR,
    KNOWN_FAILURES,
    CliRun,
    judge_file,
    judge_realworld,
    load_expectations,
    load_known_failures,
    realworld_files,
    run_redact,
)

EXPECTATIONS = load_expectations()
NAMES = sorted(EXPECTATIONS["files"])
KNOWN = load_known_failures()
KINDS = ("leak", "keep", "parse", "encoding")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[CliRun, dict[str, str], dict[str, str]]:
    """One run of the command line over every file, with the inputs' digests before and after."""
    paths = [FILES_DIR / name for name in NAMES]
    before = {path.name: digest(path) for path in paths}
    cli = run_redact(paths, tmp_path_factory.mktemp("redacted"), tmp_path_factory.mktemp("home"))
    after = {path.name: digest(path) for path in paths}
    return cli, before, after


@pytest.fixture(scope="module")
def failures(corpus_run) -> dict[str, dict[str, str]]:
    """Every failing case, per file."""
    cli = corpus_run[0]
    assert cli.returncode == 0, cli.stderr
    return {
        name: judge_file(name, EXPECTATIONS["files"][name], (FILES_DIR / name).read_bytes(), cli.output(name))
        for name in NAMES
    }


def known_for(name: str, kind: str) -> set[str]:
    return {case for case in KNOWN if case.startswith(f"{kind} {name}") and case.split()[1] == name}


def test_the_inputs_are_untouched(corpus_run):
    _, before, after = corpus_run
    assert after == before
    assert before == {name: record["sha256"] for name, record in EXPECTATIONS["files"].items()}


def test_every_file_is_redacted_into_a_copy(corpus_run):
    cli = corpus_run[0]
    assert cli.returncode == 0, cli.stderr
    document = cli.document()
    assert [Path(f["input"]).name for f in document["files"]] == NAMES
    assert all(f["output"] is not None for f in document["files"])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", NAMES)
def test_judge(failures, name, kind):
    """Every case of this kind passes, except the known failures, which must still fail."""
    found = {case: detail for case, detail in failures[name].items() if case.startswith(kind + " ")}
    known = known_for(name, kind)
    new = {case: found[case] for case in sorted(set(found) - known)}
    fixed = sorted(known - set(found))
    assert new == {}, "new failures (fix them, do not list them)"
    assert fixed == [], f"fixed: delete these lines from {KNOWN_FAILURES.name}"


def test_known_failures_name_real_cases():
    cases = set()
    for name, record in EXPECTATIONS["files"].items():
        cases |= {f"leak {name} {s['id']}" for s in record["secrets"]}
        cases |= {f"keep {name} {k['id']}" for k in record["keeps"]}
        cases |= {f"parse {name}", f"encoding {name}"}
    review = {case for case in KNOWN if case.startswith("review ")}
    assert sorted(KNOWN - cases - review) == []


def test_every_class_has_three_variants():
    counts = Counter(
        entry["class"] for record in EXPECTATIONS["files"].values() for entry in record["secrets"] + record["keeps"]
    )
    assert set(counts) == set(EXPECTATIONS["classes"])
    assert {cls: n for cls, n in counts.items() if n < 3} == {}


REALWORLD = realworld_files()


@pytest.fixture(scope="module")
def realworld_run(tmp_path_factory: pytest.TempPathFactory) -> CliRun:
    cli = run_redact(REALWORLD, tmp_path_factory.mktemp("realworld"), tmp_path_factory.mktemp("home"))
    assert cli.returncode == 0, cli.stderr
    return cli


@pytest.mark.parametrize("path", REALWORLD, ids=lambda path: path.name)
def test_realworld_files_keep_their_shape_and_ids(realworld_run, path):
    assert judge_realworld(path, realworld_run.output(path.name)) == {}
