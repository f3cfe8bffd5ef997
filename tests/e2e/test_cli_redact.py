"""``care-desktop redact`` in a real process: copies under the same names, inputs untouched, bad input refused."""

import hashlib
import json
import shutil

from tests.conftest import DATA
from tests.e2e.test_cli_smoke import run

CORPUS = DATA / "redaction"


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_redacts_copies_into_a_new_folder_and_leaves_the_inputs_alone(tmp_path):
    inputs = [CORPUS / name for name in ("console.log", "session.har", "app.yaml")]
    before = [digest(path) for path in inputs]
    out = tmp_path / "new" / "folder"
    result = run("redact", *map(str, inputs), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert [f["output"] for f in document["files"]] == [str(out / p.name) for p in inputs]
    assert [f["kind"] for f in document["files"]] == ["console_log", "har", "config"]
    assert document["files"][0]["redactions"]["bearer-token"] == 1
    assert document["files"][1]["live_session"] is True
    assert document["total"] == sum(sum(f["redactions"].values()) for f in document["files"])
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in inputs)
    assert b"bearerLOG1234567890abcdefXYZ" not in (out / "console.log").read_bytes()
    json.loads((out / "session.har").read_bytes())
    assert [digest(path) for path in inputs] == before


def test_text_output_warns_about_live_sessions_and_images(tmp_path):
    image = tmp_path / "shot.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    result = run("redact", str(CORPUS / "console.log"), str(image), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "console.log -> " in result.stdout
    assert "warning: live session tokens, cookies or credentials were removed" in result.stdout
    assert "image: copied unchanged" in result.stdout
    assert (tmp_path / "out" / "shot.png").read_bytes() == image.read_bytes()


def test_pii_and_terms_options(tmp_path):
    result = run(
        "redact", str(CORPUS / "console.log"), "--out", str(tmp_path), "--pii", "--term", "acme widgets", "--json"
    )
    counts = json.loads(result.stdout)["files"][0]["redactions"]
    assert (counts["email"], counts["phone"], counts["custom-term"]) == (1, 1, 1)


def test_binary_files_are_not_copied(tmp_path):
    blob = tmp_path / "in" / "dump.bin"
    blob.parent.mkdir()
    blob.write_bytes(b"\x00\x01binary\x00")
    result = run("redact", str(blob), "--out", str(tmp_path / "out"), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["files"][0]["output"] is None
    assert list((tmp_path / "out").iterdir()) == []


def test_refuses_to_write_over_an_input(tmp_path):
    source = tmp_path / "app.log"
    shutil.copy(CORPUS / "console.log", source)
    result = run("redact", str(source), "--out", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "is an input" in result.stderr
    assert source.read_bytes() == (CORPUS / "console.log").read_bytes()


def test_missing_inputs_and_clashing_names_exit_2_before_writing(tmp_path):
    out = tmp_path / "out"
    missing = run("redact", str(CORPUS / "console.log"), str(tmp_path / "nope.log"), "--out", str(out))
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr
    (tmp_path / "a").mkdir()
    shutil.copy(CORPUS / "console.log", tmp_path / "a" / "console.log")
    clash = run("redact", str(CORPUS / "console.log"), str(tmp_path / "a" / "console.log"), "--out", str(out))
    assert clash.returncode == 2
    assert "would both be written" in clash.stderr
    assert not out.exists()
