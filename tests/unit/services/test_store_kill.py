import hashlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from care_desktop.services.store import Store
from tests.helpers.store_writer import DRAFT_ID

REPO = Path(__file__).resolve().parents[3]
ROUNDS = 30


def read_counter(path: Path) -> int:
    store, notice = Store.open(path)
    try:
        assert notice is None, notice.render()
        draft = store.load_draft(DRAFT_ID)
    finally:
        store.close()
    first_line, text = draft.case.description.split("\n", 1)
    assert draft.case.business_impact == hashlib.sha256(text.encode("ascii")).hexdigest()
    assert draft.case.title == "Kill test"
    return int(first_line.removeprefix("counter="))


def run_until_killed(path: Path, lines: int) -> int:
    """Start a writer, let it report ``lines`` saves, SIGKILL it; return the last counter it printed."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.store_writer", str(path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    last = -1
    try:
        for _ in range(lines):
            line = child.stdout.readline()
            if not line:
                child.wait()
                assert child.stderr is not None
                pytest.fail(f"the writer stopped on its own: {child.stderr.read()}")
            last = int(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert child.stderr is not None
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return last


@pytest.mark.slow
def test_a_killed_writer_never_leaves_a_damaged_draft(care_home: Path) -> None:
    path = care_home / "care-desktop.sqlite3"
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    previous = 0
    for round_number in range(ROUNDS):
        lines = rng.randint(1, 40)
        last = run_until_killed(path, lines)
        where = f"seed {seed}, round {round_number}, killed after {lines} lines"
        assert last == previous + lines, where  # the writer went on from the saved counter
        counter = read_counter(path)
        assert last <= counter <= last + 1, where
        previous = counter
    assert not list(care_home.glob("*.damaged-*"))
