"""The judge of issue 13: ``care-desktop redact`` over the whole class corpus, in one real process.

Per file: every secret gone (also as pieces, also inside decoded base64, JSON and URL strings), every keep kept,
the output parsing the same way as the input, the encoding kept; the inputs untouched; ``pack`` (kinds as the
Attachments page gives them) putting into the package exactly what ``redact`` writes. The cases that fail
today are listed in ``tests/data/redaction/classes/known_failures.txt``: every other case must pass, and every
listed case must still fail, so the list only shrinks (delete a line when you fix its case). The corpus is
made by ``tests/data/redaction/classes/generate.py``; the rules of the judge are in
``tests/helpers/redaction_judge.py``.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
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
    pack_and_live_failures,
    package_members,
    realworld_files,
    run_cli,
    run_redact,
    write_corpus_case,
)

EXPECTATIONS = load_expectations()
NAMES = sorted(EXPECTATIONS["files"])
KNOWN = load_known_failures()
KINDS = ("leak", "keep", "parse", "encoding")
REALWORLD = realworld_files()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Runs:
    """The three processes of this module, run side by side: redact the corpus, pack it, redact the real files."""

    corpus: CliRun
    package: subprocess.CompletedProcess[str]
    package_path: Path
    realworld: CliRun
    before: dict[str, str]
    after: dict[str, str]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    paths = [FILES_DIR / name for name in NAMES]
    before = {path.name: digest(path) for path in paths}
    case = write_corpus_case(tmp_path_factory.mktemp("case"), paths)
    package_path = case.parent / "package.zip"
    with ThreadPoolExecutor(3) as pool:
        corpus = pool.submit(run_redact, paths, tmp_path_factory.mktemp("out"), tmp_path_factory.mktemp("home"))
        package = pool.submit(run_cli, tmp_path_factory.mktemp("home"), "pack", str(case), "--out", str(package_path))
        realworld = pool.submit(
            run_redact, REALWORLD, tmp_path_factory.mktemp("realworld"), tmp_path_factory.mktemp("home")
        )
        done = Runs(corpus.result(), package.result(), package_path, realworld.result(), before, {})
    done.after = {path.name: digest(path) for path in paths}
    return done


@pytest.fixture(scope="module")
def corpus_run(runs: Runs) -> tuple[CliRun, dict[str, str], dict[str, str]]:
    """One run of the command line over every file, with the inputs' digests before and after."""
    return runs.corpus, runs.before, runs.after


@pytest.fixture(scope="module")
def failures(corpus_run) -> dict[str, dict[str, str]]:
    """Every failing case, per file."""
    cli = corpus_run[0]
    assert cli.returncode == 0, cli.stderr
    return {
        name: judge_file(name, EXPECTATIONS["files"][name], (FILES_DIR / name).read_bytes(), cli.output(name))
        for name in NAMES
    }


@pytest.fixture(scope="module")
def package(runs: Runs) -> dict[str, bytes]:
    """The attachments of the package ``care-desktop pack`` wrote, by name."""
    assert runs.package.returncode == 0, runs.package.stderr
    return package_members(runs.package_path)


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


@pytest.fixture(scope="module")
def pack_and_live(corpus_run, package) -> dict[str, str]:
    return pack_and_live_failures(corpus_run[0], package, EXPECTATIONS)


@pytest.mark.parametrize("kind", ["pack", "live"])
@pytest.mark.parametrize("name", NAMES)
def test_pack_and_live_warning(pack_and_live, name, kind):
    """Cases ``pack FILE`` (one classifier, one engine: the package holds what ``redact`` writes) and ``live FILE``.

    A file whose secrets sign someone in must raise the live-session warning.
    """
    case = f"{kind} {name}"
    assert (case in pack_and_live) is (case in KNOWN), "new failure" if case in pack_and_live else "fixed: delete it"


def test_known_failures_name_real_cases():
    cases = set()
    for name, record in EXPECTATIONS["files"].items():
        cases |= {f"leak {name} {s['id']}" for s in record["secrets"]}
        cases |= {f"keep {name} {k['id']}" for k in record["keeps"]}
        cases |= {f"parse {name}", f"encoding {name}", f"pack {name}"}
        cases |= {f"live {name}"} if record["live_session"] else set()
    review = {case for case in KNOWN if case.startswith("review ")}
    assert sorted(KNOWN - cases - review) == []


def test_every_class_has_three_variants():
    counts = Counter(
        entry["class"] for record in EXPECTATIONS["files"].values() for entry in record["secrets"] + record["keeps"]
    )
    assert set(counts) == set(EXPECTATIONS["classes"])
    assert {cls: n for cls, n in counts.items() if n < 3} == {}


@pytest.fixture(scope="module")
def realworld_run(runs: Runs) -> CliRun:
    assert runs.realworld.returncode == 0, runs.realworld.stderr
    return runs.realworld


@pytest.mark.parametrize("path", REALWORLD, ids=lambda path: path.name)
def test_realworld_files_keep_their_shape_and_ids(realworld_run, path):
    assert judge_realworld(path, realworld_run.output(path.name)) == {}
