"""How to dial a published number: the derived form follows the usual rules and never invents a digit."""

from __future__ import annotations

import importlib.util
import json

import pytest

from care_desktop.domain.phones.directory import PhoneEntry
from care_desktop.services.phones.dialable import Dialling, country_name, dial_advice
from tests.conftest import REPO


def entry(number: str, caution: str = "") -> PhoneEntry:
    return PhoneEntry("Region", "Label", number, "no", caution, "https://example.com/", "2020-01-02")


def test_the_emea_line_gets_a_derived_form_without_its_trunk_prefix():
    advice = dial_advice(entry("+44 (0) 127-645-7002", "unusual digit grouping"))
    assert advice.dialling is Dialling.DERIVED
    assert advice.derived
    assert (advice.international, advice.national, advice.country) == ("+44 1276 457002", "01276 457002", "GB")
    assert advice.tel == "tel:+441276457002"
    assert advice.trunk_prefix


@pytest.mark.parametrize(
    ("number", "international", "national"),
    [
        ("+49 (0)30 901820", "+49 30 901820", "030 901820"),  # any (0) trunk prefix, not a special case
        ("+33 (0) 1 42 68 53 00", "+33 1 42 68 53 00", "01 42 68 53 00"),
        ("+44 1276 45 7002", "+44 1276 457002", "01276 457002"),  # odd grouping, marked with a caution
    ],
)
def test_the_rule_is_general(number, international, national):
    advice = dial_advice(entry(number, "check"))
    assert advice.dialling is Dialling.DERIVED
    assert (advice.international, advice.national) == (international, national)


@pytest.mark.parametrize(
    ("number", "dialling"),
    [
        ("+000-800-100-7136", Dialling.UNCLEAR),  # "+000" is no country code
        ("+1-800-814-472", Dialling.UNCLEAR),  # too short for North America: nothing is invented
        ("+08-00-8911-866", Dialling.UNCLEAR),
        ("1-230-0201172", Dialling.DOMESTIC),  # written for callers inside the country
        ("018005183954", Dialling.DOMESTIC),
    ],
)
def test_no_derived_form_where_the_usual_rules_give_none(number, dialling):
    advice = dial_advice(entry(number, "caution"))
    assert advice.dialling is dialling
    assert advice.tel is None
    assert advice.international == ""


def test_a_number_dialable_as_printed_keeps_its_link_and_gets_no_derived_form():
    advice = dial_advice(entry("+1-506-674-6767"))
    assert advice.dialling is Dialling.AS_PRINTED
    assert advice.tel == "tel:+15066746767"
    assert not advice.derived


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("GB", "en", "United Kingdom"),
        ("GB", "ja", "イギリス"),
        ("GB", "ja_JP", "イギリス"),
        ("DE", "ja", "ドイツ"),
        ("GB", "xx", "United Kingdom"),  # no names in that language: English
        ("ZZ", "ja", "ZZ"),  # no such country: the code
        ("", "ja", ""),
    ],
)
def test_country_names_follow_the_language(code, language, name):
    assert country_name(code, language) == name


def test_the_country_names_file_is_what_the_installed_phone_library_gives():
    # The names are taken once from phonenumbers (its own table costs the window 0.3 s and 98 MB to read).
    spec = importlib.util.spec_from_file_location("country_names", REPO / "scripts" / "country_names.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = json.loads((REPO / "resources" / "phones" / "country-names.json").read_text(encoding="utf-8"))
    assert shipped == script.country_names(), "run scripts/country_names.py after updating phonenumbers"
