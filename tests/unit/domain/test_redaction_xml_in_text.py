"""XML written in a line of text (a log, a SOAP trace, a config echoed by an app) loses its secrets.

Found by adversarial inputs: an XML file was redacted by structure, but the same ``<password>…</password>`` or
``<add key="ClientSecret" value="…"/>`` in a log kept a short secret (only long random values went, by shape).
"""

import pytest

from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor

SECRET = "Qw3rtyUi0p12"
FILLER = "2026-11-18 09:14:05.021 INFO nothing to see in 4709b21d-bc22-418a-8c6d-4ededb31bd39\n"


def redactor() -> TextRedactor:
    return TextRedactor(RedactionOptions(), RedactionReport())


def by_block(text: str) -> str:
    engine = redactor()
    out = engine.redact_block(text)
    engine.end()
    return out


def by_line(text: str) -> str:
    engine = redactor()
    out = "".join(engine.redact_line(line) for line in text.splitlines(keepends=True))
    engine.end()
    return out


@pytest.mark.parametrize(
    "line",
    [
        "<password>{s}</password>",
        "<ns1:Password>{s}</ns1:Password>",
        '<clientSecret type="string">{s}</clientSecret>',
        "<Password><![CDATA[{s}]]></Password>",
        '<entry key="password">{s}</entry>',
        '<param name="api_key" type="x">{s}</param>',
        '<add key="ClientSecret" value="{s}"/>',
        '<add value="{s}" key="ApiKey" />',
        '<Setting Name="AccessToken" Value="{s}"/>',
        '<property name="db.password" value="{s}"></property>',
        '{{"body": "<add key=\\"ClientSecret\\" value=\\"{s}\\"/>"}}',  # XML in a JSON string
        '[debug] soap> <wsse:Password Type="#PasswordText">{s}</wsse:Password><wsse:Nonce>abc</wsse:Nonce>',
    ],
)
def test_xml_secrets_in_a_log_go_in_blocks_as_line_by_line(line: str) -> None:
    text = FILLER + line.format(s=SECRET) + "\n" + FILLER
    block = by_block(text)
    assert SECRET not in block
    assert block == by_line(text)
    assert block.count(FILLER) == 2


@pytest.mark.parametrize(
    "line",
    [
        '<add key="Region" value="mypurecloud.com"/>',
        "<ds:DigestValue>q1w2e3r4t5y6u7i8</ds:DigestValue>",
        "<password></password>",
        "<token_type>bearer</token_type>",
        "<password>${DB_PASSWORD}</password>",
        '<input type="text" name="username" value="agent"/>',
        "<title>password reset failed</title>",
    ],
)
def test_xml_without_a_secret_stays(line: str) -> None:
    text = FILLER + line + "\n"
    assert by_block(text) == text
