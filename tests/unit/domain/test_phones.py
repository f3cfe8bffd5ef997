import json
from collections.abc import Mapping
from datetime import date

import pytest

from care_desktop.domain.phones.countries import Country, CountryTable, parse_countries
from care_desktop.domain.phones.diff import diff
from care_desktop.domain.phones.directory import (
    Directory,
    PhoneEntry,
    is_stale,
    rank_for,
    search,
    tel_uri,
)
from care_desktop.domain.phones.files import (
    decode,
    describe,
    directory_to_json,
    parse_csv,
    parse_json,
    parse_tsv,
)
from tests.conftest import REPO

REFERENCE = REPO / "tests" / "data" / "reference" / "phone-numbers-2020.tsv"
BUNDLED = REPO / "resources" / "phones" / "phone-numbers-2020.tsv"
COUNTRIES = REPO / "resources" / "phones" / "countries.json"
SOURCE = "https://genesyspartner.force.com/customercare/CustomerCareContactUs"
AP, EMEA, NA, LA = "Asia Pacific", "Europe, Middle East, Africa", "North America (USA & Canada)", "Latin America"


def reference_rows() -> list[list[str]]:
    """The reference file read independently of the parser: 5 cells per data row."""
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["region", "label", "number", "toll_free", "caution"]
    return rows[1:]


@pytest.fixture(scope="module")
def bundled() -> Directory:
    parsed = parse_tsv(BUNDLED.read_text(encoding="utf-8"), source=SOURCE, as_of="2020-01-02")
    assert parsed.ok, [describe(p) for p in parsed.problems]
    return parsed.directory("bundled")


@pytest.fixture(scope="module")
def countries() -> CountryTable:
    return parse_countries(json.loads(COUNTRIES.read_text(encoding="utf-8")))


def entry(
    region: str = AP,
    label: str = "Japan only",
    number: str = "+81-3-5989-1106",
    toll_free: str = "no",
    caution: str = "",
) -> PhoneEntry:
    return PhoneEntry(region, label, number, toll_free, caution, SOURCE, "2020-01-02")


def test_bundled_file_is_a_byte_for_byte_copy_of_the_reference():
    assert BUNDLED.read_bytes() == REFERENCE.read_bytes()


def test_all_22_bundled_entries_are_exactly_as_published(bundled):
    rows = reference_rows()
    assert len(rows) == 22
    assert [[e.region, e.label, e.number, e.toll_free, e.caution] for e in bundled.entries] == rows
    assert {e.source for e in bundled.entries} == {SOURCE}
    assert {e.as_of for e in bundled.entries} == {"2020-01-02"}
    assert (bundled.as_of, bundled.source, bundled.origin) == ("2020-01-02", SOURCE, "bundled")


def test_no_tel_link_for_any_entry_with_a_caution_or_without_a_plus(bundled):
    for item in bundled.entries:
        link = tel_uri(item)
        if item.caution or not item.number.startswith("+"):
            assert link is None, item
        else:
            assert link is not None
            assert link == "tel:+" + "".join(c for c in item.number if c.isdigit())
    assert sum(tel_uri(item) is not None for item in bundled.entries) == 7


@pytest.mark.parametrize(
    ("number", "caution", "expected"),
    [
        ("+1-506-674-6767", "", "tel:+15066746767"),
        ("+81 3.5989 (1106)", "", "tel:+81359891106"),
        ("+44 (0) 127-645-7002", "", None),  # trunk prefix: dialling it as printed would be wrong
        ("+44 (0) 127-645-7002", "unusual digit grouping", None),
        ("+1-506-674-6767", "check first", None),
        ("018005183954", "", None),
        ("+1234567890123456", "", None),  # more than 15 digits
    ],
)
def test_tel_uri(number, caution, expected):
    item = entry(number=number, caution=caution)
    assert tel_uri(item) == expected
    assert item.number == number  # the number shown stays verbatim


@pytest.mark.parametrize(
    ("as_of", "today", "stale"),
    [
        ("2020-01-02", date(2026, 11, 26), True),
        ("2026-01-01", date(2026, 11, 26), False),
        ("2025-11-26", date(2026, 11, 26), False),  # exactly one year old
        ("2025-11-25", date(2026, 11, 26), True),
        ("2024-02-29", date(2025, 3, 1), False),
        ("2024-02-29", date(2025, 3, 2), True),
        (date(2020, 1, 2), date(2020, 6, 1), False),
        ("January 2020", date(2020, 1, 3), True),  # unreadable: assume the worst
    ],
)
def test_is_stale(as_of, today, stale):
    assert is_stale(as_of, today) is stale


def test_japanese_locale_ranks_japan_only_first_then_asia_pacific(bundled, countries):
    ranking = rank_for(bundled, AP, countries.find("ja_JP"))
    assert [e.label for e in ranking.mine[:2]] == ["Japan only", "International"]
    assert {e.region for e in ranking.mine} == {AP}
    assert len(ranking.mine) == 6
    assert {e.region for e in ranking.others} == {NA, EMEA, LA}
    assert sorted(ranking.all, key=bundled.entries.index) == list(bundled.entries)


def test_region_from_the_organization_ranks_that_region_first(bundled):
    ranking = rank_for(bundled, EMEA)
    assert [(e.region, e.label) for e in ranking.mine] == [(EMEA, "International")]
    assert len(ranking.others) == 21


def test_country_and_organization_region_both_count(bundled, countries):
    ranking = rank_for(bundled, NA, countries.find("Japan"))
    assert [e.label for e in ranking.mine[:2]] == ["Japan only", "International"]
    assert ranking.mine[2].region == NA
    assert {e.region for e in ranking.mine} == {AP, NA}


def test_without_region_or_country_everything_is_on_request(bundled):
    ranking = rank_for(bundled)
    assert ranking.mine == ()
    assert ranking.others == bundled.entries


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Japan", [(AP, "Japan only"), (AP, "International")]),
        ("ja_JP", [(AP, "Japan only"), (AP, "International")]),
        ("Germany", [(EMEA, "International")]),
        ("United Kingdom", [(EMEA, "International")]),
        ("de_DE.UTF-8", [(EMEA, "International")]),
        ("Brazil", [(LA, "Toll-free, Brazil only"), (LA, "International")]),
        ("India", [(AP, "Toll-free, India only"), (AP, "International")]),
        ("Australia", [(AP, "Australia only"), (AP, "International")]),
        ("USA", [(NA, "Toll-free, N. America only"), (NA, "International")]),
        ("Canada", [(NA, "Toll-free, N. America only"), (NA, "International")]),
        ("south korea", [(AP, "Korea only"), (AP, "International")]),
        ("Perú", [(LA, "Toll-free, Peru only"), (LA, "International")]),
        ("EMEA", [(EMEA, "International")]),
    ],
)
def test_search_by_country_locale_or_region(bundled, countries, query, expected):
    found = search(bundled, query, countries)
    assert [(e.region, e.label) for e in found] == expected
    assert search(bundled, query.upper(), countries) == found


def test_search_by_label_text_is_case_insensitive(bundled, countries):
    found = search(bundled, "TOLL-FREE", countries)
    assert len(found) == 15
    assert all("toll-free" in e.label.lower() for e in found)
    assert [e.label for e in search(bundled, "international", countries)] == ["International"] * 4
    assert [e.label for e in search(bundled, "latin", countries)][:2] == ["International", "Toll-free, Argentina only"]


def test_search_without_match_or_without_query(bundled, countries):
    assert search(bundled, "Atlantis", countries) == ()
    assert search(bundled, "  ", countries) == bundled.entries
    assert [e.label for e in search(bundled, "Japan")] == ["Japan only"]  # no country table: label text only


def test_every_country_points_at_labels_of_the_bundled_directory(bundled, countries):
    labels = {(e.region, e.label) for e in bundled.entries}
    for country in countries.countries:
        assert len(country.code) == 2
        assert country.code.isupper()
        assert country.labels
        for label in country.labels:
            assert (country.phone_region, label) in labels, (country.code, label)


@pytest.mark.parametrize("text", ["ja_JP", "ja-JP", "ja_JP.UTF-8", "JP", "jp", "japan", " Japan ", "日本"])
def test_country_lookup_by_name_code_or_locale(countries, text):
    found = countries.find(text)
    assert found is not None
    assert found.code == "JP"


@pytest.mark.parametrize("text", ["", "xx_YY", "Atlantis", "ja"])
def test_unknown_country(countries, text):
    assert countries.find(text) is None


def test_country_table_refuses_a_name_given_twice():
    one = Country("AA", ("Alpha",), AP, ("International",))
    two = Country("BB", ("alpha",), AP, ("International",))
    with pytest.raises(ValueError, match="alpha"):
        CountryTable([one, two], {})
    with pytest.raises(ValueError, match="countries"):
        parse_countries({"version": 1, "region_aliases": {}, "countries": "none"})


def test_diff_reports_added_changed_and_removed(bundled):
    japan = next(e for e in bundled.entries if e.label == "Japan only")
    korea = next(e for e in bundled.entries if e.label == "Korea only")
    new_japan = PhoneEntry(AP, "Japan only", "+81-3-0000-0000", "no", "", SOURCE, "2026-01-01")
    added = entry(region=EMEA, label="Toll-free, UK only", number="0800 000 000", toll_free="yes")
    entries = [new_japan if e is japan else e for e in bundled.entries if e is not korea] + [added]
    changes = diff(bundled, Directory(tuple(entries), "2026-01-01", SOURCE, "user"))
    assert changes.added == (added,)
    assert changes.removed == (korea,)
    assert [(c.old, c.new, c.fields) for c in changes.changed] == [(japan, new_japan, ("number",))]
    assert changes.unchanged == 20
    assert not changes.is_empty
    assert diff(bundled, bundled).is_empty


def test_json_round_trip_keeps_every_field(bundled):
    text = json.dumps(directory_to_json(bundled))
    parsed = parse_json(text)
    assert parsed.ok
    assert parsed.entries == bundled.entries
    assert (parsed.as_of, parsed.source) == (bundled.as_of, bundled.source)


def test_json_entries_default_to_the_file_source_and_date():
    text = json.dumps(
        {
            "as_of": "2026-10-01",
            "source": "https://example.com/phones",
            "entries": [
                {"region": AP, "label": "Japan only", "number": "+81-3-5989-1106", "toll_free": False, "caution": ""},
                {**entry().to_json(), "label": "Old", "as_of": "2025-01-01", "source": "https://example.com/old"},
            ],
        }
    )
    parsed = parse_json(text)
    assert parsed.ok
    assert parsed.entries[0].toll_free == "no"
    assert (parsed.entries[0].source, parsed.entries[0].as_of) == ("https://example.com/phones", "2026-10-01")
    assert parsed.as_of == "2025-01-01"  # the oldest entry decides how old the directory is
    assert parsed.source == "https://example.com/phones"


def test_csv_with_quotes_comments_any_column_order_and_optional_fields():
    text = (
        "# exported 2026-10-01\n"
        "Number,Region,Label,Toll-free,Caution,as_of\n"
        '"+44 (0) 127-645-7002","Europe, Middle East, Africa",International,no,unusual digit grouping,2026-10-01\n'
        '018005183954,Latin America,"Toll-free, Colombia only",YES,"domestic format, dial inside the country",\n'
    )
    parsed = parse_csv(text, source="file:///tmp/phones.csv", as_of="2026-11-26")
    assert parsed.ok, [describe(p) for p in parsed.problems]
    first, second = parsed.entries
    assert (first.region, first.number, first.caution) == (EMEA, "+44 (0) 127-645-7002", "unusual digit grouping")
    assert (second.number, second.toll_free, second.as_of) == ("018005183954", "yes", "2026-11-26")
    assert parsed.source == "file:///tmp/phones.csv"


def test_semicolon_csv():
    text = "region;label;number;toll_free;caution\nAsia Pacific;Japan only;+81-3-5989-1106;no;\n"
    parsed = parse_csv(text, source="file:///x.csv", as_of="2026-11-26")
    assert parsed.ok
    assert parsed.entries[0].number == "+81-3-5989-1106"


HEADER = "region,label,number,toll_free,caution\n"


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("", "", "empty"),
        ("# only a comment\n", "", "empty"),
        (HEADER, "", "no entries"),
        ("region,label,number\nAsia Pacific,Japan only,+81\n", "line 1", "Missing columns: toll_free, caution"),
        (HEADER + "Asia Pacific,Japan only,+81-3-CALL-NOW,no,\n", "line 2, number", "contains letters"),
        (HEADER + "Asia Pacific,Japan only,+81-3-5989-1106 x12,no,\n", "line 2, number", "contains letters"),
        (HEADER + "Asia Pacific,Japan only,+81*3,no,\n", "line 2, number", 'contains "*"'),
        (HEADER + "Asia Pacific,Japan only,81+3,no,\n", "line 2, number", '"+" after its start'),
        (HEADER + "Asia Pacific,Japan only,,no,\n", "line 2, number", "empty"),
        (HEADER + "Asia Pacific,,+81-3-5989-1106,no,\n", "line 2, label", "label is empty"),
        (HEADER + "Asia Pacific,Japan only,+81-3-5989-1106,maybe,\n", "line 2, toll_free", '"maybe"'),
        (HEADER + "Asia Pacific,Japan only,+81-3-5989-1106,no\n", "line 2", "4 cells"),
        (
            HEADER + "Asia Pacific,Japan only,+81-3-5989-1106,no,\nasia pacific,JAPAN ONLY,+81-3-0000-0000,no,\n",
            "line 3, label",
            "already appears at line 2",
        ),
        ('region,label,number,toll_free,caution\n"Asia Pacific,Japan\n', "", "not valid CSV"),
    ],
)
def test_bad_csv_is_refused_with_line_and_field(text, where, words):
    parsed = parse_csv(text, source="file:///x.csv", as_of="2026-11-26")
    assert not parsed.ok
    blocking = [p for p in parsed.problems if p.blocking]
    assert blocking[0].field == where
    assert words in blocking[0].message.render()


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        ("", "", "empty"),
        ('{"as_of": "2026-01-01", ', "line 1", "not valid JSON"),
        ("[1, 2]", "entries", "JSON object"),
        ('{"as_of": "2026-01-01", "source": "https://x"}', "entries", "JSON object"),
        ('{"as_of": "2026-01-01", "source": "https://x", "entries": []}', "", "no entries"),
        ('{"as_of": "01/02/2020", "source": "https://x", "entries": []}', "as_of", "YYYY-MM-DD"),
        ('{"as_of": "2026-01-01", "source": 7, "entries": []}', "source", "URL"),
        ('{"as_of": "2026-01-01", "source": "https://x", "entries": ["+81"]}', "entries[0]", "object"),
    ],
)
def test_bad_json_is_refused(data, where, words):
    parsed = parse_json(data)
    assert not parsed.ok
    assert parsed.entries == ()
    assert parsed.problems[0].field == where
    assert words in parsed.problems[0].message.render()


def json_file(*entries: Mapping[str, object], top: Mapping[str, object] | None = None) -> str:
    return json.dumps({"as_of": "2026-01-01", "source": "https://x", **(top or {}), "entries": list(entries)})


def test_bad_json_entries_name_the_entry_and_field():
    good = {"region": AP, "label": "Japan only", "number": "+81-3-5989-1106", "toll_free": "no", "caution": ""}
    cases: list[tuple[Mapping[str, object], str, str]] = [
        ({**good, "number": 81359891106}, "entries[0].number", "must be text"),
        ({k: v for k, v in good.items() if k != "caution"}, "entries[0]", "Missing fields: caution"),
        ({**good, "number": "+81-JAPAN"}, "entries[0].number", "letters"),
        ({**good, "label": "Japan\nonly"}, "entries[0].label", "one line"),
        ({**good, "as_of": "yesterday"}, "entries[0].as_of", "YYYY-MM-DD"),
    ]
    for raw, where, words in cases:
        parsed = parse_json(json_file(raw))
        assert not parsed.ok, raw
        problem = next(p for p in parsed.problems if p.blocking)
        assert (problem.field, words in problem.message.render()) == (where, True), describe(problem)
    duplicate = parse_json(json_file(good, dict(good)))
    assert [describe(p) for p in duplicate.problems] == [
        'entries[1].label: Duplicate entry: "Asia Pacific" / "Japan only" already appears at entries[0].'
    ]
    missing_date = parse_json(json.dumps({"source": "https://x", "entries": [good]}))
    assert describe(missing_date.problems[0]) == "entries[0].as_of: No as-of date for this entry or the file."


def test_unknown_fields_are_noted_but_do_not_block():
    good = {"region": AP, "label": "Japan only", "number": "+81-3-5989-1106", "toll_free": "no", "caution": ""}
    parsed = parse_json(json_file({**good, "cuation": "typo"}))
    assert parsed.ok
    assert [(p.field, p.blocking) for p in parsed.problems] == [("entries[0]", False)]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("region,label\n".encode("utf-16"), "UTF-16"),
        ("région,label\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_decode_refuses_binary_and_non_utf8(data, words):
    result = decode(data)
    assert not isinstance(result, str)
    assert words in result.message.render()


def test_decode_drops_a_bom():
    assert decode(b"\xef\xbb\xbfregion") == "region"
