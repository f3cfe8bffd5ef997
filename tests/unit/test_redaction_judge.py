"""The redaction class corpus is what its generator makes, and the judge finds what it must find."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from urllib.parse import quote

import pytest

from tests.helpers.redaction_judge import (
    CLASSES_DIR,
    EXPECTATIONS,
    FILES_DIR,
    compare,
    decode,
    generate,
    judge_file,
    leak,
    load_expectations,
    load_known_failures,
    parse,
    parse_properties,
    strip_jsonc,
    views,
)

SECRET = "q8Zr2Lm9xKt4Wv7Pb3Nc6Hd1"  # 24 characters: pieces of 12 count


def leaked(output: str, source: str = "") -> str:
    return leak(SECRET, views(output), lambda: views(source.replace(SECRET, "\x00")))


def test_the_corpus_is_what_the_generator_makes(tmp_path):
    result = subprocess.run(
        [sys.executable, str(CLASSES_DIR / "generate.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "expectations.json").read_bytes() == EXPECTATIONS.read_bytes()
    made = sorted(path.name for path in (tmp_path / "files").iterdir())
    assert made == sorted(path.name for path in FILES_DIR.iterdir())
    assert [n for n in made if (tmp_path / "files" / n).read_bytes() != (FILES_DIR / n).read_bytes()] == []


@pytest.mark.parametrize("seed", [1, 2])
def test_a_shuffled_corpus_is_valid(tmp_path, seed):
    """Another seed shuffles shapes; every input still parses, and the generator's own checks pass."""
    generate(tmp_path, seed)
    expectations = load_expectations(tmp_path)
    assert expectations["seed"] == seed
    canonical = load_expectations()
    assert [r["format"] for r in expectations["files"].values()] == [r["format"] for r in canonical["files"].values()]
    for name, record in expectations["files"].items():
        text, problem = decode((tmp_path / "files" / name).read_bytes(), record["encoding"])
        assert problem == "", name
        parse(record["format"], text)
        clean = judge_file(name, record, (tmp_path / "files" / name).read_bytes(), None)
        assert list(clean) == [f"parse {name}"]  # no output: only that


@pytest.mark.parametrize(
    "output",
    [
        f"token={SECRET}",
        f"x {SECRET[5:17]} y",  # a piece of 12
        base64.b64encode(f"user:{SECRET}".encode()).decode(),
        base64.urlsafe_b64encode(f'{{"a":"{SECRET}"}}'.encode()).decode().rstrip("="),
        quote(quote(f"https://a/#access_token={SECRET}", safe=""), safe=""),
        json.dumps(json.dumps({"t": SECRET[:6] + "\u00e9" + SECRET[6:]}))[:0] + SECRET[:4] + "\\u0041" + SECRET[4:],
        f"<input value='{SECRET[:8]}&amp;{SECRET[8:]}'>",
    ],
)
def test_a_secret_is_found_whole_in_pieces_and_decoded(output):
    assert leaked(output)


def test_a_marker_or_a_short_piece_is_no_leak():
    assert leaked(f"token=[REDACTED:token] {SECRET[:11]}") == ""


def test_a_piece_that_the_input_holds_elsewhere_is_no_leak():
    common = SECRET[3:15]
    assert leaked(f"x {common} y", source=f"{SECRET} and {common}") == ""


def test_jsonc_comments_and_trailing_commas_are_stripped_outside_strings():
    text = '{\n // c\n "a": "http://x", /* b */ "l": [1, 2,],\n}'
    assert json.loads(strip_jsonc(text)) == {"a": "http://x", "l": [1, 2]}


def test_properties_continuations_separators_and_comments():
    text = "! c\n# c\na=1\\\n    2\nb : x\nc\ty\nd e\\\\\n"
    assert parse_properties(text) == {"a": "12", "b": "x", "c": "y", "d": "e\\"}


def test_compare_allows_changed_secret_leaves_and_catches_json_in_strings():
    before = {"k": SECRET, "body": json.dumps({"authorization": {"a": 1}}), "n": 1}
    held = lambda leaf, path: SECRET in str(leaf)  # noqa: E731
    assert compare(before, {**before, "k": "[REDACTED:token]"}, held) == []
    broken = {**before, "body": '{"authorization": [REDACTED:authorization]}'}
    assert compare(before, broken, held) == ["$.body: JSON in a string no longer parses"]
    assert compare(before, {**before, "n": 2}, held) == ["$.n: '1' became '2'"]


def test_judge_file_reports_every_kind_of_failure():
    record = {
        "format": "json",
        "encoding": "utf-8-sig",
        "secrets": [{"id": "s", "class": "baseline", "value": SECRET}],
        "keeps": [{"id": "k", "class": "keep-word", "value": "keep me"}],
    }
    source = json.dumps({"token": SECRET, "note": "keep me"}).encode("utf-8-sig")
    good = json.dumps({"token": "[REDACTED:token]", "note": "keep me"}).encode("utf-8-sig")
    assert judge_file("f.json", record, source, good) == {}
    bad = json.dumps({"token": SECRET[:14] + "[REDACTED:token]"}).encode()
    assert set(judge_file("f.json", record, source, bad)) == {
        "encoding f.json",
        "leak f.json s",
        "keep f.json k",
        "parse f.json",
    }


def test_parse_gives_lines_for_text_and_trees_for_the_rest():
    assert parse("text", "a\r\nb\n") == ["a", "b"]
    assert parse("ini", "[s]\nAPI Key = x\n") == {"s": {"API Key": "x"}}
    assert parse("netrc", 'machine m login "a b" password p\n') == ["machine", "m", "login", "a b", "password", "p"]


def test_known_failures_are_read_without_comments(tmp_path):
    path = tmp_path / "known.txt"
    path.write_text("# header\nleak  a.har  x   # why\n\nparse b.json\n", "utf-8")
    assert load_known_failures(path) == {"leak a.har x", "parse b.json"}


def test_a_base64_piece_that_public_text_also_encodes_to_is_no_leak():
    assertion = base64.b64encode(
        b"<Audience>https://login.mypurecloud.com.au</Audience><Sig>" + bytes(range(40)) + b"</Sig>"
    )
    secret = assertion.decode()
    public = "https://apps.mypurecloud.com.au/directory/"
    for offset in range(3):  # the public text, base64-encoded at every offset, in the output
        output = base64.b64encode(b"x" * offset + public.encode()).decode()
        assert leak(secret, views(output), lambda: views(public)) == ""
    assert leak(secret, views(secret[-40:-20]), lambda: views(public)).startswith("piece")  # the random part
