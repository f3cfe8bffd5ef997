import json
import os
import subprocess
import sys
from pathlib import Path

from care_desktop.services.paths import resolve_paths
from care_desktop.services.phones.phonebook import Phonebook
from tests.conftest import REPO

REFERENCE = REPO / "tests" / "data" / "reference" / "phone-numbers-2020.tsv"
SOURCE = "https://genesyspartner.force.com/customercare/CustomerCareContactUs"
OFFICIAL = "https://help.mypurecloud.com/articles/contact-genesys-cloud-care/"
FIELD_ORDER = ["region", "label", "number", "toll_free", "caution", "source", "as_of"]
JAPAN = {"region": "Asia Pacific", "label": "Japan only", "number": "+81-3-5989-1106", "toll_free": "no", "caution": ""}


def phones(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", "phones", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ.copy(),  # carries this test's private $CARE_DESKTOP_HOME and site folder
        cwd=REPO,
        timeout=60,
        check=False,
    )


def reference_rows() -> list[list[str]]:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")][1:]


def site_folder() -> Path:
    folder = Path(os.environ["CARE_DESKTOP_SITE_CONFIG"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_json_contract_with_every_bundled_number_verbatim():
    result = phones("--json")
    assert (result.returncode, result.stderr) == (0, "")
    document = json.loads(result.stdout)
    assert set(document) == {"as_of", "source", "entries"}
    assert (document["as_of"], document["source"]) == ("2020-01-02", SOURCE)
    assert all(list(item) == [*FIELD_ORDER, "derived"] for item in document["entries"])
    rows = [[e["region"], e["label"], e["number"], e["toll_free"], e["caution"]] for e in document["entries"]]
    assert rows == reference_rows()
    assert {(e["source"], e["as_of"]) for e in document["entries"]} == {(SOURCE, "2020-01-02")}


def test_query_by_country_in_several_words():
    japan = json.loads(phones("Japan", "--json").stdout)
    assert [e["label"] for e in japan["entries"]] == ["Japan only", "International"]
    assert japan["entries"][0]["number"] == "+81-3-5989-1106"
    uk = json.loads(phones("United", "Kingdom", "--json").stdout)
    assert [(e["region"], e["number"]) for e in uk["entries"]] == [
        ("Europe, Middle East, Africa", "+44 (0) 127-645-7002")
    ]


def test_a_query_without_match_exits_0_with_no_entries_and_a_note():
    result = phones("Atlantis", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"as_of": "2020-01-02", "source": SOURCE, "entries": []}
    assert "no entry matches 'Atlantis'" in result.stderr


def test_human_output_has_the_date_the_notice_the_link_and_verbatim_numbers():
    result = phones()
    assert result.returncode == 0
    out = result.stdout
    assert "As of 2020-01-02" in out
    assert "verify before calling" in out.lower()
    assert f"Official page: {OFFICIAL}" in out
    for row in reference_rows():
        assert row[2] in out
    assert "unusual digit grouping" in out


def test_site_directory_wins_over_the_users_import(tmp_path):
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"as_of": "2026-10-01", "source": "https://me", "entries": [JAPAN]}), "utf-8")
    book = Phonebook(resolve_paths())
    book.accept_import(book.preview_import(mine))
    assert json.loads(phones("--json").stdout)["source"] == "https://me"

    site = {"as_of": "2026-11-01", "source": "https://intranet/phones", "entries": [{**JAPAN, "number": "+81-3-1"}]}
    (site_folder() / "phones.json").write_text(json.dumps(site), "utf-8")
    document = json.loads(phones("--json").stdout)
    assert (document["as_of"], document["source"]) == ("2026-11-01", "https://intranet/phones")
    assert [e["number"] for e in document["entries"]] == ["+81-3-1"]
    assert "deployed by your administrator" in phones().stdout


def test_malformed_site_file_falls_back_with_a_warning():
    (site_folder() / "phones.json").write_bytes(b"\xff\xfe{ not a directory")
    result = phones("--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["as_of"] == "2020-01-02"
    assert "warning" in result.stderr
    assert "phones.json" in result.stderr


def test_the_emea_line_has_its_derived_form_in_json_and_in_the_table():
    emea = json.loads(phones("EMEA", "--json").stdout)["entries"]
    assert [(e["number"], e["derived"]) for e in emea] == [
        (
            "+44 (0) 127-645-7002",
            {
                "international": "+44 1276 457002",
                "national": "01276 457002",
                "country": "GB",
                "tel": "tel:+441276457002",
            },
        )
    ]
    japan = json.loads(phones("Japan", "--json").stdout)["entries"]
    assert {e["derived"] for e in japan} == {None}  # dialable as printed: nothing derived
    out = phones().stdout.splitlines()
    row = next(index for index, line in enumerate(out) if "+44 (0) 127-645-7002" in line)
    assert out[row + 1].split()[:3] == ["derived:", "dial", "+44"]
    assert "+44 1276 457002 from abroad, 01276 457002 within United Kingdom" in out[row + 1]
    assert "not published" in out[row + 1]
    assert "not valid as printed internationally" not in "\n".join(out)
    assert sum("derived:" in line for line in out) == 1


def test_a_reader_that_stops_early_gets_no_traceback():
    # care-desktop phones | head -1, at its hardest: the reading end is closed before the command writes a byte.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "care_desktop", "phones"],
            stdout=writer,
            stderr=subprocess.PIPE,
            env=os.environ.copy(),
            cwd=REPO,
            timeout=60,
            check=False,
        )
    finally:
        os.close(writer)
    error = result.stderr.decode()
    assert "Traceback" not in error
    assert "BrokenPipe" not in error
    assert result.returncode == 1
