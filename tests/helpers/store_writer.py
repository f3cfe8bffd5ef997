"""Child process for the SIGKILL test: saves one draft over and over until it is killed.

Usage: ``python -m tests.helpers.store_writer STORE_PATH``. Each round bumps the counter in the draft's
description, puts a long random text next to it (and its sha256 in the business impact, so the reader can
tell the document is whole), saves the draft, then prints the counter and flushes.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Case
from care_desktop.services.store import DraftNotFoundError, Store

DRAFT_ID = "kill-test"


def describe(counter: int, text: str) -> tuple[str, str]:
    """Return the description and business impact for a counter and a random text."""
    return f"counter={counter}\n{text}", hashlib.sha256(text.encode("ascii")).hexdigest()


def main(path: str) -> None:
    """Loop forever, saving one draft with an increasing counter."""
    store, _notice = Store.open(Path(path))
    try:
        draft = store.load_draft(DRAFT_ID)
        counter = int(draft.case.description.split("\n", 1)[0].removeprefix("counter="))
    except DraftNotFoundError:
        draft = Draft(id=DRAFT_ID, case=Case(title="Kill test", severity=3))
        counter = 0
    rng = random.Random()
    while True:
        counter += 1
        text = rng.randbytes(rng.randint(10_000, 30_000)).hex()
        draft.case.description, draft.case.business_impact = describe(counter, text)
        store.save_draft(draft)
        sys.stdout.write(f"{counter}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
