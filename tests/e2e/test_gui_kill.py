"""Kill the running app with SIGKILL while it types and saves: the last saved draft always loads intact."""

import os
import random
import signal
import subprocess
import sys

import pytest

from care_desktop.domain.wizard.steps import Step
from care_desktop.services.store import Store
from tests.conftest import REPO

pytestmark = pytest.mark.slow
ROUNDS = 10


def type_until_killed(saves: int) -> int:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.gui_typist"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert child.stdout is not None
    last = -1
    try:
        for _ in range(saves):
            line = child.stdout.readline()
            if not line:
                child.wait()
                pytest.fail(f"the app stopped on its own: {child.stderr.read() if child.stderr else ''}")
            last = int(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return last


def test_killing_the_app_mid_edit_never_loses_the_last_save(care_home):
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    for round_number in range(ROUNDS):
        last = type_until_killed(rng.randint(2, 25))
        store, notice = Store.open(care_home / "care-desktop.sqlite3")
        try:
            assert notice is None, f"seed {seed}, round {round_number}: {notice.render()}"
            (summary,) = store.list_drafts()
            draft = store.load_draft(summary.id)
        finally:
            store.close()
        where = f"seed {seed}, round {round_number}"
        counter = int(draft.case.title.removeprefix("edit "))
        assert counter >= last, where
        assert draft.case.description.startswith(f"edit {counter}\nAll agents lose audio on transfer."), where
        assert draft.step in {Step.DESCRIPTION, Step.ATTACHMENTS}, where  # killed on either side of a page change
    assert not list(care_home.glob("*.damaged-*"))
