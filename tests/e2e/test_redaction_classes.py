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
import json
import subprocess
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from care_desktop.services.evidence.inspection import inspect_file
from tests.helpers.redaction_judge import (
    FILES_DIR,
    KNOWN_FAILURES,
    CliRun,
    judge_file,
    judge_realworld,
    load_expectations,
    load_known_failures,
    realworld_files,
    run_cli,
    run_redact,
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
    case = write_case(tmp_path_factory.mktemp("case"))
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


def write_case(folder: Path) -> Path:
    """A case file with every file of the corpus attached, kinds as the Attachments page gives them."""
    attachments = []
    for name in NAMES:
        kind = inspect_file(FILES_DIR / name).kind
        assert kind is not None, name
        attachments.append({"path": str(FILES_DIR / name), "kind": kind.value, "note": ""})
    case = {
        "schema": "care-desktop/case@1",
        "org": {"short_name": "acme", "id": "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e", "region": "mypurecloud.com"},
        "contact": {"name": "Ann Lee", "email": "ann@example.com", "phone": "+1 317 555 0100", "available_24x7": True},
        "severity": 3,
        "severity_rationale": "single sign-on loops for some agents",
        "title": "Agents loop between the identity provider and the login page",
        "description": "Since the certificate renewal, some agents are sent back to the IdP after signing in.",
        "business_impact": "12 agents cannot sign in",
        "occurred_at": "",
        "conversation_ids": [],
        "attachments": attachments,
    }
    path = folder / "CASE.json"
    path.write_text(json.dumps(case), "utf-8")
    return path


@pytest.fixture(scope="module")
def package(runs: Runs) -> dict[str, bytes]:
    """The attachments of the package ``care-desktop pack`` wrote, by name."""
    assert runs.package.returncode == 0, runs.package.stderr
    with zipfile.ZipFile(runs.package_path) as archive:
        return {
            member.rsplit("/", 1)[-1]: archive.read(member)
            for member in archive.namelist()
            if member.startswith("attachments/")
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


@pytest.mark.parametrize("name", NAMES)
def test_the_package_holds_what_redact_writes(corpus_run, package, name):
    """One classifier, one engine: a file packed gives the bytes ``redact`` gives (case ``pack FILE``)."""
    same = package.get(name.lstrip(".")) == corpus_run[0].output(name)  # the package names no hidden files
    assert same is (f"pack {name}" not in KNOWN), "differs" if same is False else f"fixed: delete 'pack {name}'"


def test_known_failures_name_real_cases():
    cases = set()
    for name, record in EXPECTATIONS["files"].items():
        cases |= {f"leak {name} {s['id']}" for s in record["secrets"]}
        cases |= {f"keep {name} {k['id']}" for k in record["keeps"]}
        cases |= {f"parse {name}", f"encoding {name}", f"pack {name}"}
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
