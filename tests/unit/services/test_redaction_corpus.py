"""The planted-secret corpus (tests/data/redaction): secrets removed, IDs and ordinary phrases kept.

Every secret of every rule in every file kind is removed, and every ID, timestamp, host name, status code and
ordinary phrase is kept.
"""

import json

import pytest

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.evidence.sniff import guess_kind, read_head
from care_desktop.services.redaction.session import RedactionSession
from tests.conftest import DATA
from tests.unit.services.test_redaction_text import Sink

CORPUS = DATA / "redaction"
IDS = ["4709b21d-bc22-418a-8c6d-4ededb31bd39", "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e"]

# file -> (secrets that must be gone, text that must stay, expected counts per rule)
EXPECTED = {
    "console.log": (
        ["bearerLOG1234567890abcdefXYZ", "dXNlcjpsb2dwYXNzd29yZA", "d41d8cd98f00b204e9800998ecf8427e",
         "cookieLOGvalue123", "setcookieLOG987", "accessLOGtok111", "refreshLOGtok222", "idLOGtok333",
         "authcodeLOG4444", "clientsecretLOG555", "hunter2LOG", "pwdLOG66", "c2lnbmF0dXJlTE9H", "apikeyLOG777",
         "AIzaSyA-LOGkey", "AKIALOGEXAMPLE123456", "CYLOGSECRET", "amzsigLOG888", "amztokenLOG999", "azuresigLOG000",
         "cfsigLOG111", "LOGKEYLINE1", "LOGKEYLINE2", "dbpassLOG"],
        [*IDS, "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "9a8b7c6d-5e4f-4321-8765-0fedcba98765",
         "2026-03-01T10:22:33.123Z", "api.mypurecloud.com", "db.internal.example.com", " 200 ", " 302", " 403",
         "code=503", "password policy unchanged", "token expired", "Path=/; Secure", "token_type", "Bearer [REDACTED",
         "dbuser:", "X-Amz-Date=20260301T100000Z", "Key-Pair-Id=K2JCJMDEHXQW5F", "agent.one@acme.example",
         "Acme Widgets", "+1 317-222-2222"],
        {"bearer-token": 1, "basic-auth": 1, "digest-auth": 1, "cookie": 2, "set-cookie": 1, "access-token": 1,
         "refresh-token": 1, "id-token": 1, "auth-code": 1, "client-secret": 1, "password": 2, "jwt": 1, "api-key": 2,
         "aws-access-key": 1, "aws-secret-key": 1, "url-signature": 3, "security-token": 1, "private-key": 1,
         "url-credentials": 1},
    ),
    "windows-crlf.log": (["crlfLOGtoken1"], [IDS[0], "password policy unchanged\r\n"], {"token": 1}),
    "session.har": (
        ["bearerHAR1xyz0123456789", "cookieHAR1", "cookieHAR2", "apikeyHAR3", "accessHAR4", "setcookieHAR5",
         "accessHAR6", "refreshHAR7", "aGFyc2lnbmF0dXJlSEFS", "authcodeHAR8", "clientsecretHAR9", "passwordHAR10",
         "fragmentHAR11", "urlpassHAR13", "HARKEYDATA17", "HARKEYDATA18", "amzsigHAR14", "wstokenHAR15",
         "refererHAR16", "AKIAHAREXAMPLE123456", "amztokenHAR19", "cHJveHk6cHJveHlwYXNzSEFS",
         "6629fae49393a05397450978507c4ef1"],
        [*IDS, "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9", "api.mypurecloud.com", "login.mypurecloud.com",
         "files.example.com", "harUser:", "2026-03-01T10:22:33.123Z", "token expired; retry", "ININ-SESSION",
         "AWSALB", '"status": 302', '"status": 403', "authorization_code", "expires_in=3600"],
        {"bearer-token": 1, "cookie": 4, "api-key": 1, "access-token": 4, "set-cookie": 4, "refresh-token": 1,
         "id-token": 1, "basic-auth": 1, "auth-code": 2, "client-secret": 2, "password": 3, "digest-auth": 1,
         "url-credentials": 1, "private-key": 1, "url-signature": 2, "security-token": 2, "aws-access-key": 2,
         "token": 2},
    ),
    "app-config.json": (
        ["dbpassJSON1", "clientsecretJSON2", "apikeyJSON3", "apikeyJSON4", "apikeyJSON5", "smtpJSON6",
         "AKIAJSONEXAMPLE12345", "awssecretJSON7", "JSONKEYDATA8", "hookpassJSON9"],
        [*IDS, "db.internal.example.com", "hooks.example.com", '"password_policy": "unchanged"', '"token_expiry": 3600',
         "token expired at 2026-03-01T10:22:33Z; status 401", "LOG_LEVEL", "debug", "us-east-1"],
        {"password": 2, "client-secret": 1, "api-key": 3, "aws-access-key": 1, "aws-secret-key": 1, "private-key": 1,
         "url-credentials": 1},
    ),
    "settings.ini": (
        ["iniPass", "With Spaces", "iniclientsecret2", "iniproxypass3", "iniapikey4"],
        [IDS[1], "password policy unchanged", "host = db.internal.example.com", "user = care", "proxyuser:",
         "@proxy.example.com:8080", "token_url = https://login.mypurecloud.com/oauth/token"],
        {"password": 1, "client-secret": 1, "url-credentials": 1, "api-key": 1},
    ),
    "app.yaml": (
        ["yamlpass1", "yamlkeyblock2", "yamlkeyblock3", "yamlapikey4", "yamlapikey5"],
        [IDS[0], "token expired handling", "host: db.internal.example.com", "token_expiry: 3600"],
        {"password": 1, "private-key": 1, "api-key": 2},
    ),
    "app.env": (
        ["envpass1", "envapikey2", "envclientsecret3", "envsessiontoken4"],
        [IDS[1], "LOG_LEVEL=debug", "export DB_PASSWORD="],
        {"password": 1, "api-key": 1, "client-secret": 1, "security-token": 1},
    ),
}  # fmt: skip


def redact_corpus(name, options=None):
    path = CORPUS / name
    sink = Sink()
    result = RedactionSession(options).redact(path, guess_kind(path, read_head(path)), sink)
    return sink.getvalue().decode("utf-8"), result


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_planted_secret_is_gone_and_every_id_and_phrase_is_kept(name):
    secrets, kept, counts = EXPECTED[name]
    before = (CORPUS / name).read_bytes().decode("utf-8-sig")
    assert [secret for secret in secrets if secret not in before] == []  # the corpus really holds them
    out, result = redact_corpus(name)
    assert [secret for secret in secrets if secret in out] == []
    assert [text for text in kept if text not in out] == []
    assert result.report.counts == counts


def test_the_corpus_covers_every_secret_rule_in_text_and_har():
    covered = set(EXPECTED["console.log"][2]) | set(EXPECTED["session.har"][2])
    assert covered >= {
        "bearer-token", "basic-auth", "digest-auth", "cookie", "set-cookie", "access-token", "refresh-token",
        "id-token", "auth-code", "client-secret", "password", "jwt", "api-key", "aws-access-key", "aws-secret-key",
        "url-signature", "security-token", "private-key", "url-credentials", "token",
    }  # fmt: skip


def test_kinds_of_the_corpus_files():
    kinds = {name: guess_kind(CORPUS / name, read_head(CORPUS / name)) for name in EXPECTED}
    assert kinds == {
        "console.log": AttachmentKind.CONSOLE_LOG, "windows-crlf.log": AttachmentKind.CONSOLE_LOG,
        "session.har": AttachmentKind.HAR, "app-config.json": AttachmentKind.CONFIG,
        "settings.ini": AttachmentKind.CONFIG, "app.yaml": AttachmentKind.CONFIG, "app.env": AttachmentKind.CONFIG,
    }  # fmt: skip


def test_personal_data_and_own_terms_in_the_corpus():
    out, result = redact_corpus("console.log", RedactionOptions(pii=True, terms=("acme widgets",)))
    assert "agent.one@acme.example" not in out
    assert "317-222-2222" not in out
    assert "Acme Widgets" not in out
    assert "@db.internal.example.com:5432" in out  # user:password@host is not an e-mail address
    assert {"email": 1, "phone": 1, "custom-term": 1}.items() <= result.report.counts.items()


def test_the_har_output_is_valid_json_with_the_same_shape():
    out, _ = redact_corpus("session.har")
    data = json.loads(out)
    original = json.loads((CORPUS / "session.har").read_bytes().decode("utf-8-sig"))
    assert len(data["log"]["entries"]) == len(original["log"]["entries"])
    assert data["log"]["entries"][1]["request"]["postData"]["params"][0] == {
        "name": "grant_type",
        "value": "authorization_code",
    }
