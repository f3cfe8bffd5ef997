"""``care-desktop ids`` skips an ID the text marks as a person (or queue...), and says why."""

import json
import os
import subprocess
import sys

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
ORG = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
PERSON = "11111111-2222-3333-4444-555555555555"
TEXT = (
    f"Organization ID: {ORG}\n"
    f"Agent: https://apps.mypurecloud.ie/directory/#/person/{PERSON}\n"
    f"https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/{CONV}"
)


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )


def test_a_person_id_is_skipped_and_named_on_stderr():
    result = run("ids", stdin=TEXT)
    assert result.returncode == 0
    assert result.stdout == f"{ORG}\n{CONV}\n"
    assert result.stderr == (
        f"skipped {PERSON}: the text marks it as a person ID ('/person/'), not a conversation or organization\n"
    )


def test_json_keeps_ids_and_says_why_in_skipped():
    result = run("ids", "--json", stdin=TEXT)
    assert result.returncode == 0
    document = json.loads(result.stdout)
    assert document["ids"] == [ORG, CONV]
    assert document["skipped"] == [
        {
            "id": PERSON,
            "kind": "person",
            "cue": "/person/",
            "reason": "the text marks it as a person ID ('/person/'), not a conversation or organization",
        }
    ]


def test_json_without_skipped_ids_is_unchanged():
    assert json.loads(run("ids", "--json", CONV).stdout) == {"ids": [CONV]}
