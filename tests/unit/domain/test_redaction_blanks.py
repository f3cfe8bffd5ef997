r"""A blank (no-break, narrow no-break or ideographic space) is never part of a key, whatever the value holds.

Found by the class corpus at other seeds: ``proxy.password\u00a0h=qE38…`` kept its value, because the key took the
no-break space and ``h`` (``proxy.password\u00a0h`` is the key of ``=``) and the real pair was never seen. The
blanks come raw (a decoded file), as UTF-8 bytes carried as Latin-1 (C2 A0, E2 80 AF, E3 80 80) and as a bare A0
(Windows-1252); a key in another script carried as Latin-1 may hold an A0 byte that is no blank (à is C3 A0).
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from care_desktop.domain.redaction import patterns as p
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor

SECRET = "Zq8vR2mXk4Lp"


def redact(text: str, config: bool = False) -> str:
    redactor = TextRedactor(RedactionOptions(), RedactionReport(), config=config)
    out = redactor.redact_block(text)
    redactor.end()
    return out


def carried(text: str) -> str:
    """The text of a UTF-8 file as the engine sees it (its bytes read as Latin-1)."""
    return text.encode().decode("latin-1")


KEYS = [
    "proxy.password",
    "db_pwd",
    "clientSecret",
    "X-Auth-Token",
    "пароль",
    "パスワード",
    "contraseña",
    "voilà.password",
]
LINES = [
    "{key}{nb}h={secret}",  # the value holds "=": the key must not take the blank and "h"
    "{key}{nb}h:{secret}",
    "{key}{nb}a==:{secret}",
    "{key}{nb}{secret}",
    "{key}{nb}={nb}{secret}",
    "{key}{nb}:{nb}'{secret}'",
    '{key}{nb}=>{nb}"x={secret}"',
    "[debug]{nb}{key}={secret}",  # a blank before the key starts it
    "[debug]{nb}{key}{nb}h={secret}",
]


@pytest.mark.parametrize("form", ["raw", "utf-8 as latin-1"])
@pytest.mark.parametrize("nb", ["\u00a0", "\u202f"])
@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("key", KEYS)
def test_a_blank_ends_a_key_whatever_the_value_holds(key: str, line: str, nb: str, form: str) -> None:
    text = line.format(key=key, nb=nb, secret=SECRET) + "\n"
    if form != "raw":
        text = carried(text)
    assert SECRET[:6] not in redact(text)


@pytest.mark.parametrize("line", ["proxy.password\xa0h={secret}", "[x]\xa0password=q{secret}", "mdp\xa0: {secret}"])
def test_a_bare_no_break_space_of_a_windows_1252_file(line: str) -> None:
    text = (line.format(secret=SECRET) + "\r\n").encode("cp1252").decode("latin-1")
    assert SECRET[:6] not in redact(text)


@pytest.mark.parametrize(
    "line",
    [
        "パスワード\u3000:\u3000{secret}",
        "contraseña\u3000=\u3000{secret}",
        "mot de passe\u00a0:\u00a0{secret}",
        "clé.password\u00a0x={secret}",  # é then a no-break space: a blank in decoded text
    ],
)
@pytest.mark.parametrize("form", ["raw", "utf-8 as latin-1"])
def test_ideographic_and_french_spacing(line: str, form: str) -> None:
    text = line.format(secret=SECRET) + "\n"
    assert SECRET[:6] not in redact(carried(text) if form != "raw" else text)


def test_a_key_in_another_script_keeps_its_a0_byte() -> None:
    # "à" is C3 A0 and "ठ" (U+0920) is E0 A4 A0: their A0 continues the character, it is no blank
    for key in ("voilà_password", "पासवर्ड_ठpassword", "pàssword"):
        match = p.key_value(carried(f"{key}={SECRET}")).search(carried(f"{key}={SECRET}"))
        assert match is not None
        assert match.group("key") == carried(key)


def test_a_config_line_with_a_blank_before_the_separator() -> None:
    assert SECRET not in redact("db.password\u00a0=\u00a0" + SECRET + " tail\n", config=True)
    assert SECRET not in redact(carried("db.password\u00a0=\u00a0" + SECRET + " tail\n"), config=True)


_NO_BLANK = st.text(
    alphabet=st.sampled_from([*"ab=:_.- \"'\\pasword", "Ã", "©", "Ð", "\xe2", "\xe3", "\x80", "\xaf", "é", "ñ"]),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_NO_BLANK)
def test_the_fast_pattern_matches_as_the_blank_aware_one_where_a_line_holds_no_blank(text: str) -> None:
    if "\xa0" in text or "\x80\xaf" in text or "\x80\x80" in text:
        return
    fast = [m.groupdict() | {"span": m.span()} for m in p.key_value(text).finditer(text)]
    aware = re.compile(p.key_value("\xa0").pattern)
    assert fast == [m.groupdict() | {"span": m.span()} for m in aware.finditer(text)]
