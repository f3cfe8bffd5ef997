import json
from datetime import date
from pathlib import Path

import pytest

from care_desktop.domain.phones.files import describe
from care_desktop.services import resources
from care_desktop.services.paths import AppPaths, resolve_paths
from care_desktop.services.phones.import_preview import ImportPreview
from care_desktop.services.phones.phonebook import (
    BUNDLED_AS_OF,
    BUNDLED_SOURCE,
    Phonebook,
    PhonebookError,
    bundled_directory,
)
from tests.conftest import REPO

REFERENCE = REPO / "tests" / "data" / "reference" / "phone-numbers-2020.tsv"
TODAY = date(2026, 11, 26)
AP, EMEA = "Asia Pacific", "Europe, Middle East, Africa"
JAPAN = {"region": AP, "label": "Japan only", "number": "+81-3-5989-1106", "toll_free": "no", "caution": ""}


@pytest.fixture
def paths() -> AppPaths:
    return resolve_paths()


@pytest.fixture
def book(paths: AppPaths) -> Phonebook:
    return Phonebook(paths, today=lambda: TODAY)


def directory_json(*entries: dict[str, str], as_of: str = "2026-10-01", source: str = "https://example.com/p") -> str:
    return json.dumps({"as_of": as_of, "source": source, "entries": list(entries)})


def write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def import_file(book: Phonebook, path: Path) -> ImportPreview:
    preview = book.preview_import(path)
    assert preview.ok, [describe(p) for p in preview.problems]
    book.accept_import(preview)
    return preview


def test_without_imports_the_bundled_directory_is_used(book):
    loaded = book.load()
    assert loaded.warnings == ()
    directory = loaded.directory
    assert (directory.origin, directory.as_of, directory.source) == ("bundled", BUNDLED_AS_OF, BUNDLED_SOURCE)
    assert BUNDLED_AS_OF == "2020-01-02"
    published = [line.split("\t")[2] for line in REFERENCE.read_text("utf-8").splitlines()[10:]]
    assert [e.number for e in directory.entries] == published
    assert len(published) == 22


def test_import_good_json_shows_the_diff_then_stores_it_with_provenance(book, paths, tmp_path):
    bundled = bundled_directory()
    changed = [dict(e.to_json()) for e in bundled.entries if e.label != "Korea only"]
    for item in changed:
        del item["source"], item["as_of"]
        if item["label"] == "Japan only":
            item["number"] = "+81-3-0000-0000"
    added = {"region": EMEA, "label": "Toll-free, UK only", "number": "0800 000 0000", "toll_free": "yes"}
    changed.append({**added, "caution": "domestic format, dial inside the country"})
    path = write(tmp_path, "new.json", directory_json(*changed))

    preview = book.preview_import(path)
    assert preview.ok
    assert preview.diff is not None
    assert [(e.label, e.number) for e in preview.diff.added] == [("Toll-free, UK only", "0800 000 0000")]
    assert [e.label for e in preview.diff.removed] == ["Korea only"]
    assert [(c.old.number, c.new.number) for c in preview.diff.changed] == [("+81-3-5989-1106", "+81-3-0000-0000")]
    assert preview.current.origin == "bundled"
    assert not preview.shadowed_by_site
    assert not book.user_file.exists()  # nothing is written before the user accepts

    directory = book.accept_import(preview)
    stored = json.loads(book.user_file.read_text("utf-8"))
    assert (stored["as_of"], stored["source"]) == ("2026-10-01", "https://example.com/p")
    assert (stored["imported_from"], stored["imported_at"]) == (str(path), "2026-11-26")
    assert all(
        set(item) == {"region", "label", "number", "toll_free", "caution", "source", "as_of"}
        for item in stored["entries"]
    )
    assert [p.name for p in paths.user_config.iterdir()] == ["phones.json"]  # no temporary file left behind
    loaded = book.load()
    assert loaded.directory.origin == "user"
    assert loaded.directory.entries == directory.entries
    assert loaded.warnings == ()


def test_import_good_csv_uses_the_file_and_today_when_it_names_no_source(book, tmp_path):
    text = (
        "region,label,number,toll_free,caution\n"
        "Asia Pacific,Japan only,+81-3-5989-1106,no,\n"
        'Asia Pacific,"Toll-free, Japan only",0120-000-000,yes,"domestic format, dial inside the country"\n'
    )
    path = write(tmp_path, "phones.csv", text)
    preview = import_file(book, path)
    assert preview.diff is not None
    assert [e.label for e in preview.diff.added] == ["Toll-free, Japan only"]
    assert len(preview.diff.removed) == 21
    assert preview.diff.unchanged == 1
    directory = book.load().directory
    assert (directory.origin, directory.as_of, directory.source) == ("user", "2026-11-26", path.resolve().as_uri())
    assert [e.number for e in directory.entries] == ["+81-3-5989-1106", "0120-000-000"]


BAD_FILES: dict[str, str | bytes] = {
    "malformed.json": '{"as_of": "2026-01-01", "entries": [',
    "not-utf8.csv": "region,label,number,toll_free,caution\nAm\xe9rique,International,+1-506,no,\n".encode("latin-1"),
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "missing-columns.csv": "region,label,number\nAsia Pacific,Japan only,+81-3-5989-1106\n",
    "empty.csv": b"",
    "duplicates.json": directory_json(JAPAN, JAPAN),
    "letters.json": directory_json({**JAPAN, "number": "+81-3-JAPAN"}),
    "letters.csv": "region,label,number,toll_free,caution\nAsia Pacific,Japan only,1-800-FLOWERS,yes,\n",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(book, tmp_path, name):
    previous = import_file(book, write(tmp_path, "good.json", directory_json(JAPAN)))
    before = book.user_file.read_bytes()
    preview = book.preview_import(write(tmp_path, name, BAD_FILES[name]))
    assert not preview.ok
    assert preview.diff is None
    assert preview.problems
    assert all(describe(p) for p in preview.problems)
    with pytest.raises(PhonebookError, match="cannot be imported"):
        book.accept_import(preview)
    assert book.user_file.read_bytes() == before
    assert book.load().directory.entries == previous.parsed.entries


def test_messages_name_the_place_of_the_problem(book, tmp_path):
    letters = book.preview_import(write(tmp_path, "letters.csv", BAD_FILES["letters.csv"]))
    assert describe(letters.problems[0]) == (
        'line 2, number: The number "1-800-FLOWERS" contains letters; only digits are dialled.'
    )
    missing = book.preview_import(write(tmp_path, "missing.csv", BAD_FILES["missing-columns.csv"]))
    assert describe(missing.problems[0]).startswith("line 1: Missing columns: toll_free, caution.")
    absent = book.preview_import(tmp_path / "nowhere.json")
    assert "Cannot read" in describe(absent.problems[0])
    huge = book.preview_import(write(tmp_path, "huge.csv", b"a" * 1_000_001))
    assert "not a phone directory" in describe(huge.problems[0])


def test_site_directory_takes_precedence_over_the_users(book, paths, tmp_path):
    import_file(book, write(tmp_path, "mine.json", directory_json(JAPAN)))
    site = write(
        paths.site_config, "phones.json", directory_json({**JAPAN, "number": "+81-3-1111-1111"}, as_of="2026-09-09")
    )
    loaded = book.load()
    assert loaded.warnings == ()
    assert (loaded.directory.origin, loaded.directory.location, loaded.directory.as_of) == (
        "site",
        str(site),
        "2026-09-09",
    )
    assert [e.number for e in loaded.directory.entries] == ["+81-3-1111-1111"]

    preview = book.preview_import(write(tmp_path, "other.json", directory_json({**JAPAN, "label": "Japan"})))
    assert preview.shadowed_by_site
    assert preview.current.origin == "user"  # the import replaces the user's own, not the site's

    site.unlink()
    assert book.load().directory.origin == "user"


def test_site_csv_is_used_when_there_is_no_site_json(book, paths):
    write(
        paths.site_config,
        "phones.csv",
        "region,label,number,toll_free,caution,source\n"
        + "Asia Pacific,Japan only,+81-3-5989-1106,no,,https://intranet/p\n",
    )
    directory = book.load().directory
    assert (directory.origin, directory.source) == ("site", "https://intranet/p")
    assert directory.as_of == date.fromtimestamp((paths.site_config / "phones.csv").stat().st_mtime).isoformat()


@pytest.mark.parametrize(
    "content", ["{not json", b"\x00\x01\x02", '{"as_of": "2026-01-01", "source": "s", "entries": []}']
)
def test_malformed_site_file_falls_back_with_a_warning(book, paths, tmp_path, content):
    write(paths.site_config, "phones.json", content)
    import_file(book, write(tmp_path, "mine.json", directory_json(JAPAN)))
    loaded = book.load()
    assert loaded.directory.origin == "user"
    (warning,) = loaded.warnings
    assert "administrator" in warning.render()
    assert str(paths.site_config / "phones.json") in warning.render()


def test_unreadable_site_file_falls_back_to_bundled_with_a_warning(book, paths):
    (paths.site_config / "phones.json").mkdir(parents=True)  # cannot be read as a file
    loaded = book.load()
    assert loaded.directory.origin == "bundled"
    assert len(loaded.warnings) == 1
    assert "is not used" in loaded.warnings[0].render()


def test_malformed_user_file_falls_back_to_bundled_with_a_warning(book):
    write(book.user_file.parent, book.user_file.name, "garbage")
    loaded = book.load()
    assert loaded.directory.origin == "bundled"
    assert "Your imported phone directory" in loaded.warnings[0].render()


def test_removing_the_users_directory_goes_back_to_bundled(book, tmp_path):
    assert book.remove_user_directory() is False
    import_file(book, write(tmp_path, "mine.json", directory_json(JAPAN)))
    assert book.load().directory.origin == "user"
    assert book.remove_user_directory() is True
    assert book.load().directory.origin == "bundled"


def test_rank_by_region_domain_and_locale(book):
    directory = book.load().directory
    assert [e.label for e in book.rank(directory, "mypurecloud.jp", "ja_JP").mine[:2]] == [
        "Japan only",
        "International",
    ]
    assert [(e.region, e.label) for e in book.rank(directory, "mypurecloud.de").mine] == [(EMEA, "International")]
    assert book.rank(directory, "unknown.example").mine == ()
    assert book.phone_region_for("sae1.pure.cloud") == "Latin America"


def test_search_by_region_domain_or_country(book):
    directory = book.load().directory
    assert [e.label for e in book.search(directory, "mypurecloud.de")] == ["International"]
    assert [e.label for e in book.search(directory, "Japan")] == ["Japan only", "International"]


def test_official_page_comes_from_the_profile(book):
    assert book.official_page() == resources.load_profile().links["phone_numbers"]
    assert book.official_page().url.startswith("https://")


@pytest.mark.parametrize(
    ("region", "preferred", "locale", "expected"),
    [
        ("mypurecloud.jp", "", "en_US", "JP"),  # a US locale outside the Tokyo region's phone region
        ("mypurecloud.jp", "", "ja_JP", "ja_JP"),
        ("mypurecloud.com.au", "", "en_IN", "en_IN"),  # India is served by Asia Pacific too: the locale stays
        ("mypurecloud.de", "", "de_DE", "de_DE"),
        ("mypurecloud.de", "", "pt_BR", "DE"),
        ("mypurecloud.jp", "Brazil", "ja_JP", "Brazil"),  # an explicit choice always wins
        (None, "", "pt_BR", "pt_BR"),
        (None, "", "", None),
        ("unknown.example", "", "en_GB", "en_GB"),
    ],
)
def test_caller_country(book, region, preferred, locale, expected):
    assert book.caller_country(region, preferred, locale) == expected


def test_tokyo_organization_on_an_english_us_computer_gets_japan_first(book):
    directory = book.load().directory
    country = book.caller_country("mypurecloud.jp", "", "en_US")
    assert book.rank(directory, "mypurecloud.jp", country).mine[0].label == "Japan only"
