"""An unquoted secret that holds a character which usually ends a value (``> ) ] } , ; & ' " <``) goes whole.

Found by adversarial inputs: ``password=Ab9>Zq7tail1`` lost only ``Ab9``; ``Password=x&amp;&amp;08-hm…`` (a
connection string copied from an XML file into a log) kept its tail. What follows such a character stays when it is
the next key (``&user=``, ``;Encrypt=``), a tag (``</pw>``, ``<br>``) or closing characters alone (``}}``).
"""

import pytest

from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor

TAIL = "Zq7tail1"


def redact(text: str) -> str:
    redactor = TextRedactor(RedactionOptions(), RedactionReport())
    out = redactor.redact_block(text)
    redactor.end()
    return out


@pytest.mark.parametrize("char", [*"<>)]},;&'\"", "&amp;", "&amp;&amp;", ";;", "),"])
@pytest.mark.parametrize(
    "line",
    [
        "2026-11-18 09:14:05 INFO login password=Ab9{c}{tail} ok",
        "INFO password: Ab9{c}{tail}",
        "client_secret=Ab9{c}{tail}",
        "token => Ab9{c}{tail}",
        "Server=sql01;Password=Ab9{c}{tail}",
    ],
)
def test_the_tail_after_a_separator_inside_the_value_goes(line: str, char: str) -> None:
    out = redact(line.format(c=char, tail=TAIL) + "\n")
    assert TAIL not in out
    assert "Ab9" not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("?password=abc123XY&user=bob&x=1", "&user=bob&x=1"),
        ("Server=x;Password=abc123XY;Encrypt=True;", ";Encrypt=True;"),
        ("User{name=bob, password=abc123XY}", "}"),
        ("(password=abc123XY)", ")"),
        ("<pw>password=abc123XY</pw>", "</pw>"),
        ("<b>password=abc123XY<br>", "<br>"),
        ("password=abc123XY,user=bob", ",user=bob"),
        ("'password=abc123XY', 'x'", "', 'x'"),
        ("password=abc123XY}}", "}}"),
        ("password=abc123XY, then", ", then"),
        ("{password:a1b2c3d4e5,b:c}", ",b:c}"),
    ],
)
def test_what_follows_a_value_stays_when_it_is_no_part_of_it(text: str, kept: str) -> None:
    out = redact(text + "\n")
    assert "abc123XY" not in out
    assert "a1b2c3d4e5" not in out
    assert out.endswith(kept + "\n")
