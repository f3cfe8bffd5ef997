"""PII mode: phone numbers found through a cheap hint and checked by the phone library; dates and IDs are no phones."""

import pytest

from care_desktop.domain.redaction.patterns import PHONE_HINT
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.scanner import Scanner
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
