"""PII mode: phone numbers found through a cheap hint and checked by the phone library; dates and IDs are no phones."""

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.identifiers import UUID_PATTERN
from care_desktop.domain.redaction.patterns import EMAIL, PHONE_HINT, email_search_start
from care_desktop.domain.redaction.report import Span, overlaps
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.scanner import Scanner
from care_desktop.domain.redaction.text import _uuids_near
from care_desktop.services.redaction.session import is_phone_number
from tests.unit.services.test_redaction_text import redact

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


@pytest.mark.parametrize(
    ("line", "region", "number"),
    [
        ("callback +1 317-222-2222 please", "US", "+1 317-222-2222"),
        ("call (317) 222-2222 now", "US", "(317) 222-2222"),
        ("tel: +44 20 7946 0018;", "US", "+44 20 7946 0018"),
        ("ring 020 7946 0018 today", "GB", "020 7946 0018"),
        ("Rückruf +49 30 901820 bitte", "DE", "+49 30 901820"),
        ("+81 3-1234-5678 (Tokyo)", "JP", "+81 3-1234-5678"),
    ],
)
def test_phone_numbers_in_several_notations_are_removed(tmp_path, line, region, number):
    out, result = redact(tmp_path, f"{line}\n".encode(), options=RedactionOptions(pii=True, phone_region=region))
    assert number not in out.decode()
    assert result.report.counts.get("phone") == 1


@pytest.mark.parametrize(
    "line",
    [
        f"2026-03-01T10:22:33.123Z conversation {CONV} state connected",
        "GET /api/v2/users 200 (1234 ms) from 10.1.2.3 build 1.2.3.4567",
        "queue 7f3c2a10-5d4e-4b8a-1490-7513923715c1 version 2026.11.18 port 5060",
        "epoch 1709290000000 size 4096 bytes 2026-11-18 09:14:04,001",
    ],
)
def test_dates_ids_addresses_and_counters_are_no_phone_numbers(tmp_path, line):
    out, result = redact(tmp_path, f"{line}\n".encode(), options=RedactionOptions(pii=True))
    assert out.decode() == f"{line}\n"
    assert result.report.counts == {}


def test_the_candidate_scan_finds_every_line_the_phone_hint_matches():
    # The scan only decides which lines to look at: it must never miss a line PHONE_HINT would match, in any
    # script's digits (the phone library reads full-width and Arabic-Indic digits too).
    wide = "h \uff0b\uff18\uff11 \uff13-\uff11\uff12\uff13\uff14-\uff15\uff16\uff17\uff18"  # full-width digits
    arabic = "i +\u0661 \u0663\u0661\u0667 \u0662\u0662\u0662 \u0662\u0662\u0662\u0662"  # Arabic-Indic digits
    lines = ["x +1 317-222-2222", "a (020) 7946 0018", "b 020 7946 0018", "c 02079460018", "d 12 3456 7890 12",
             f"e {CONV}", "f 2026-03-01 10:00", "g +(44) 20 7946 0018", wide, arabic, "j 317 222 2222"]  # fmt: skip
    lines *= 40
    text = "\n".join(lines)
    named = set(Scanner(pii=True).line_starts(text))
    matched = {text.rfind("\n", 0, m.start()) + 1 for m in PHONE_HINT.finditer(text)}
    assert len(matched) >= 8 * 40
    assert matched <= named
    assert not Scanner(pii=False).line_starts("\n".join(lines[:3]))  # phones are cues only with personal data


def test_email_addresses_are_removed_only_with_pii(tmp_path):
    text = b"from ann.lee@acme.example to https://user:pw@host.example.com/x\n"
    out, _ = redact(tmp_path, text)
    assert b"ann.lee@acme.example" in out
    out, result = redact(tmp_path, text, options=RedactionOptions(pii=True))
    assert b"ann.lee@acme.example" not in out
    assert result.report.counts == {"email": 1, "url-credentials": 1}


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="0123456789 -.()+\uff0b\u0663\uff10\uff11", min_size=4, max_size=24),
    st.sampled_from([None, "US", "GB", "JP"]),
)
@example("\uff0b44 20 7946 0018", None)  # a full-width plus sign is a plus sign
@example("+1 317-222-2222", None)
@example("(020) 7946 0018", "GB")
def test_the_shortcut_for_a_number_without_its_plus_sign_gives_the_library_s_answer(text, region):
    is_phone_number.cache_clear()
    try:
        expected = phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        expected = False
    assert is_phone_number(text, region) == expected
    for hint in PHONE_HINT.finditer(f"call {text} now"):  # the candidates the redaction asks about, too
        try:
            expected = phonenumbers.is_valid_number(phonenumbers.parse(hint.group(), region))
        except phonenumbers.NumberParseException:
            expected = False
        assert is_phone_number(hint.group(), region) == expected


def _library_answer(text, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_every_region_s_example_numbers_get_the_library_s_answer():
    # is_phone_number asks about the calling code's main region first: for the regions that share a calling code
    # (+1, +7 Russia and Kazakhstan, +44 with the Crown dependencies, +47, +358, ...) and for numbers one digit
    # off, the answer must still be the library's own.
    asked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            written = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            for text in (written, written[:-1], written + "7", written[:-1] + str((int(written[-1]) + 5) % 10)):
                for asked_region in (None, region):
                    is_phone_number.cache_clear()
                    assert is_phone_number(text, asked_region) == _library_answer(text, asked_region), text
                    asked += 1
    assert asked > 1500


def test_a_national_number_is_kept_without_a_region_and_removed_with_one(tmp_path):
    line = b"ring 020 7946 0018 or +44 20 7946 0019 today\n"
    out, result = redact(tmp_path, line, options=RedactionOptions(pii=True))
    assert b"020 7946 0018" in out
    assert b"+44 20 7946 0019" not in out
    out, result = redact(tmp_path, line, options=RedactionOptions(pii=True, phone_region="GB"))
    assert b"020 7946 0018" not in out
    assert result.report.counts.get("phone") == 2


EMAIL_PARTS = ["a", "Z", "0", ".", "_", "%", "+", "-", "@", "example.com", " ", "(", "é", "x" * 70, "ann@acme.example"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(EMAIL_PARTS), max_size=25))
def test_the_e_mail_search_starting_near_the_first_at_finds_what_a_whole_line_search_finds(parts):
    line = "".join(parts)
    at = line.find("@")
    if at < 0:
        return
    everywhere = [m.span() for m in EMAIL.finditer(line)]
    assert [m.span() for m in EMAIL.finditer(line, email_search_start(line, at))] == everywhere


UUID_PARTS = [CONV, CONV[:-1], CONV + "a", "-", "a", "7", " ", "+1 317-222-2222", "0400", "--"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(UUID_PARTS), min_size=1, max_size=12), st.data())
def test_the_uuids_near_a_span_are_those_of_the_whole_line_that_overlap_it(parts, data):
    line = "".join(parts)
    start = data.draw(st.integers(0, len(line) - 1))
    span = Span(start, data.draw(st.integers(start + 1, len(line))), "phone")
    near = _uuids_near(line, [span])
    every = [m.span() for m in UUID_PATTERN.finditer(line)]
    assert overlaps(span, near) == overlaps(span, every)
    assert set(near) <= set(every)
