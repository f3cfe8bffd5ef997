"""Configuration formats redacted by structure: secrets gone (fragments too), keeps kept, the same structure."""

import base64
import json
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from care_desktop.domain.redaction.formats.engine import NOTE_WHOLE_VALUES, UnsafeRedactionError, redact_document
from care_desktop.domain.redaction.formats.registry import FORMATS, config_format
from care_desktop.domain.redaction.formats.slots import ConfigFormat, FormatError, Slot
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions, classify_key
from care_desktop.domain.redaction.text import TextRedactor

UUID = "0e6b4c3a-1f0a-4c5e-9b0e-2f7d1e8a9c11"


def redact(fmt: str, text: str) -> tuple[str, RedactionReport]:
    report = RedactionReport()
    out, note = redact_document(text, FORMATS[fmt], TextRedactor(RedactionOptions(), report, config=True))
    assert note == ""
    assert FORMATS[fmt].shape(out) == FORMATS[fmt].shape(text)
    return out, report


def gone(text: str, out: str, *secrets: str) -> None:
    """No secret survives, nor any piece of six characters of one (a tail cut off, a half left behind).

    A piece that is also elsewhere in the input (``Secret`` of ``clientSecret``) may stay.
    """
    for secret in secrets:
        assert secret not in out
        rest = text.replace(secret, " ")
        for start in range(len(secret) - 5):
            piece = secret[start : start + 6]
            assert piece in rest or piece not in out, piece


DOCKER = base64.b64encode(
    json.dumps(
        {"auths": {"reg.io": {"username": "bob", "password": "dockerPW12345", "auth": "Ym9iOmRvY2tlclBXMTIzNDU="}}}
    ).encode()
).decode()

CASES = [
    # (format, text, secrets, keeps)
    ("json", '{\n  // comment\n  "clientSecret": "jsonSecretAAA111", /* c */\n  "ids": ["a", "b",],\n}\n',
     ["jsonSecretAAA111"], ['"ids": ["a", "b",],', "// comment"]),
    ("json", '{"env": [{"name": "GC_CLIENT_SECRET", "value": "envPairSecret99"}, {"name": "LOG", "value": "debug"}]}',
     ["envPairSecret99"], ['"value": "debug"', "GC_CLIENT_SECRET"]),
    ("json", f'{{"db": "Server=db;User ID=sa;Password=amp&Pw12;Encrypt=true", "pin": 98765432, "id": "{UUID}"}}',
     ["amp&Pw12"], [UUID, "Encrypt=true", "User ID=sa", '"pin": 98765432']),
    ("json", '{"client_secret": 98765432, "api_key": true, "token": null}', ["98765432"], ["true", "null"]),
    ("json", '{"nested": "{\\"token\\": \\"nestedTok12345\\"}", "url": "postgres://u:p@ss@word@db:5432/x"}',
     ["nestedTok12345", "p@ss@word"], ["@db:5432/x"]),
    ("yaml", f"data:\n  .dockerconfigjson: {DOCKER}\n", [], [".dockerconfigjson"]),  # decoded: see below
    ("yaml", "env:\n  - name: GC_CLIENT_SECRET\n    value: k8sSecretValue1\n  - name: LOG\n    value: info\n",
     ["k8sSecretValue1"], ["value: info", "- name: GC_CLIENT_SECRET"]),
    ("yaml", "db:\n  password:\n    nextLinePw1234\n  private_key: |\n    line-one-secret\n    line-two-secret\n"
     "  user: app\n", ["nextLinePw1234", "line-one-secret", "line-two-secret"], ["user: app"]),
    ("yaml", "# token: commentTok99887\napi_key: 'quoted''Key1234'\nlist_tokens: [aaaTok11111, bbbTok22222]\n",
     ["commentTok99887", "quoted'Key1234", "aaaTok11111", "bbbTok22222"], ["# token: "]),
    # anchors and tags stay (an alias elsewhere needs its anchor): only the value after them changes
    ("yaml", 'defaults: &defaults\n  password: &pw "anchoredPw1234"\nprod:\n  <<: *defaults\n  db_password: *pw\n'
     "api_key: !!str &k taggedKey5678\nclient_secret: &blk |\n  blockAnchored99\nsecret: *k\n",
     ["anchoredPw1234", "taggedKey5678", "blockAnchored99"], ["&pw", "*pw", "!!str &k", "&blk", "*k", "<<: *defaults"]),
    ("xml", '<configuration><appSettings><add key="Genesys.ClientSecret" value="xmlAddSecret77"/>'
     '<add key="Region" value="mypurecloud.com"/></appSettings></configuration>',
     ["xmlAddSecret77"], ['value="mypurecloud.com"']),
    ("xml", f"<cfg><clientSecret>elemSecret5555</clientSecret><clientId>{UUID}</clientId></cfg>",
     ["elemSecret5555"], [UUID]),
    ("xml", '<c><add name="Main" connectionString="Server=db;Password=amp&amp;Secret1;Encrypt=True"/></c>',
     ["amp&amp;Secret1", "Secret1"], ["Encrypt=True", "Server=db"]),
    ("ini", f"[genesys]\nAPI Key = iniSpaceKey123\nclient_id = {UUID}\npassword_policy = strict\n",
     ["iniSpaceKey123"], [UUID, "password_policy = strict"]),
    ("ini", '; comment\n[db]\npassword = "iniQuotedPw77"\nurl = postgres://svc:p@ss@host/db\n',
     ["iniQuotedPw77", "p@ss"], ['password = "', "@host/db"]),
    ("ini", "[a]\nclient_secret = first\n   continuedSecret\nnext = kept\n", ["continuedSecret"], ["next = kept"]),
    ("properties", "db.password = first\\\n    secondPart\\\n    thirdPart\nnext.key=value\n",
     ["secondPart", "thirdPart"], ["next.key=value", "db.password = "]),
    ("properties", "app.client-secret : propColonSecret1\napp.name   demo\n", ["propColonSecret1"],
     ["app.name   demo"]),
    ("properties", "# token=propCommentTok1\napi.token propSpaceTok123\n", ["propCommentTok1", "propSpaceTok123"],
     ["# token="]),
    ("dotenv", 'export GC_CLIENT_SECRET=envExportSec1\nDB_PASSWORD="env quoted pw"\nLOG=debug\n',
     ["envExportSec1", "env quoted pw"], ["LOG=debug", "export GC_CLIENT_SECRET="]),
    ("dotenv", "DATABASE_URL=postgres://app:s3cr@t@db.internal:5432/app  # primary\n",
     ["s3cr@t", "s3cr"], ["@db.internal:5432/app", "# primary"]),
    ("dotenv", "API_TOKEN='envSingleTok12'\n# SECRET=envCommentSec1\n", ["envSingleTok12", "envCommentSec1"], []),
    ("netrc", 'machine api.example.com login svc password "netrc quoted"\n', ["netrc quoted"], ["login svc"]),
    ("netrc", "machine a.example.com\n  login bob\n  password netrcLinePw1\n", ["netrcLinePw1"], ["login bob"]),
    ("netrc", f"default login anon password netrcDefaultPw account {UUID}\n",
     ["netrcDefaultPw"], ["login anon", UUID]),
    ("toml", '[genesys]\nclient_secret = "tomlBasicSec1"\nport = 8080\n', ["tomlBasicSec1"], ["port = 8080"]),
    ("toml", "[db]\npassword = '''\ntomlMultiPw1'''\ntokens = ['tomlTokAAA1', \"tomlTokBBB2\"]\n",
     ["tomlMultiPw1", "tomlTokAAA1", "tomlTokBBB2"], ["[db]"]),
    ("toml", "# password = tomlComment1\npin = 1234\napi_key = 987654321\n", ["tomlComment1", "987654321"],
     ["pin = 1234"]),
    ("tfvars", 'region = "us-east-1"\ngenesys_client_secret = "tfSecret12345"\n', ["tfSecret12345"],
     ['region = "us-east-1"']),
    ("tfvars", 'db = {\n  password = "tfMapPw123"\n  user = "admin"\n}\n', ["tfMapPw123"], ['user = "admin"']),
    ("tfvars", "private_key = <<EOF\n-----BEGIN PRIVATE KEY-----\nMIIheredoc99\n-----END PRIVATE KEY-----\nEOF\n",
     ["MIIheredoc99"], ["<<EOF", "\nEOF\n"]),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "text", "secrets", "keeps"), CASES)
def test_secrets_go_keeps_stay_structure_holds(fmt, text, secrets, keeps):
    out, report = redact(fmt, text)
    gone(text, out, *secrets)
    for keep in keeps:
        assert keep in out
    assert report.total >= 1


def test_a_dockerconfigjson_goes_whole_and_base64_json_elsewhere_is_redacted_inside():
    out, _ = redact("yaml", f"data:\n  .dockerconfigjson: {DOCKER}\n")
    assert out == 'data:\n  .dockerconfigjson: "[REDACTED:secret]"\n'
    out, _ = redact("yaml", f"bootstrap: {DOCKER}\n")
    encoded = out.split(": ", 1)[1].strip().strip('"')
    inner = base64.b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    assert "dockerPW12345" not in inner
    assert "Ym9iOmRvY2tlclBXMTIzNDU" not in inner
    assert '"username": "bob"' in inner


def test_json_under_a_secret_key_keeps_its_structure_and_loses_every_value():
    text = 'kind: Secret\nstringData:\n  .dockerconfigjson: \'{"auths": {"ghcr.io": {"auth": "Ym9iOnB3"}}}\'\n'
    out, _ = redact("yaml", text)
    import yaml

    inner = json.loads(yaml.safe_load(out)["stringData"][".dockerconfigjson"])
    assert inner == {"auths": {"ghcr.io": {"auth": "[REDACTED:secret]"}}}


def test_placeholders_and_empty_values_are_kept():
    text = "password: ${DB_PASSWORD}\ntoken: ''\nsecret: '{{ .Values.secret }}'\napi_key: ~\n"
    out, report = redact("yaml", text)
    assert out == text
    assert report.total == 0


def test_the_properties_continuation_keeps_its_backslashes_and_lines():
    text = "a.password = one\\\n   two\\\n   three\nb = kept\n"
    out, _ = redact("properties", text)
    assert out.count("\n") == text.count("\n")
    assert out.splitlines()[0].endswith("\\")
    assert "b = kept" in out


def _breaking(text: str) -> list[Slot]:
    """A format whose values, once changed, break the structure (a value written back with a brace)."""
    slots = FORMATS["json"].slots(text)
    return [Slot(s.start, s.end, s.value, s.key, s.path, lambda new: "{" + new, s.line) for s in slots]


def test_an_output_that_does_not_parse_the_same_is_refused():
    broken = ConfigFormat("json", _breaking, FORMATS["json"].shape)
    redactor = TextRedactor(RedactionOptions(), RedactionReport(), config=True)
    with pytest.raises(UnsafeRedactionError):
        redact_document('{"password": "pw12345678"}', broken, redactor)


def test_whole_values_are_the_second_way():
    calls = []

    def shape(text: str) -> object:
        calls.append(text)
        # the first redaction (parts of values) is "broken", the second (whole values) is fine
        return FORMATS["json"].shape(text) if len(calls) != 2 else "different"

    fmt = ConfigFormat("json", FORMATS["json"].slots, shape)
    report = RedactionReport()
    out, note = redact_document(
        '{"log": "Authorization: Bearer abcdefghijklmnop1234 done"}', fmt, TextRedactor(RedactionOptions(), report)
    )
    assert note == NOTE_WHOLE_VALUES
    assert json.loads(out) == {"log": "[REDACTED:bearer-token]"}


@pytest.mark.parametrize(
    ("fmt", "text"),
    [("json", '{"a": '), ("yaml", "a: [1, 2"), ("xml", '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'),
     ("toml", "a = "), ("tfvars", 'a = "b'), ("dotenv", "not a line\n"), ("netrc", "machine\n")],
)  # fmt: skip
def test_invalid_input_is_a_format_error(fmt, text):
    with pytest.raises(FormatError):
        redact_document(text, FORMATS[fmt], TextRedactor(RedactionOptions(), RedactionReport()))


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [("app.config", "<configuration/>", "xml"), ("config.xml", "<a/>", "xml"), ("x.yml", "a: 1", "yaml"),
     ("settings.json", "{}", "json"), ("a.jsonc", "// c\n{}", "json"), (".env", "A=1", "dotenv"),
     ("prod.env", "A=1", "dotenv"), (".env.local", "A=1", "dotenv"), ("_netrc", "machine x", "netrc"),
     ("app.properties", "a=1", "properties"), ("x.toml", "[a]", "toml"), ("prod.tfvars", 'a = "b"', "tfvars"),
     ("settings.ini", "[a]\nb=1", "ini"), ("noname", "---\na: 1", "yaml"), ("noname", "[s]\nk = v", "ini"),
     ("noname", "machine h login u password p", "netrc"), ("noname", "hello world", None)],
)  # fmt: skip
def test_the_format_comes_from_content_then_name(name, head, expected):
    assert config_format(name, head) == expected


_KEYS = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True).filter(
    lambda key: classify_key(key) is None
)  # not secret names
_VALUES = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_characters="\\\"'#;=:[]{}"), max_size=20)
_SECRET = st.from_regex(r"[A-Za-z0-9]{12,20}", fullmatch=True)


def _documents(fmt: str, pairs: list[tuple[str, str]], secret: str) -> str:
    pairs = [*pairs, ("db_password", secret)]
    if fmt == "json":
        return json.dumps(dict(pairs), indent=2)
    if fmt == "yaml":
        return "".join(f"{key}: {json.dumps(value)}\n" for key, value in pairs)
    if fmt == "ini":
        return "[main]\n" + "".join(f"{key} = {value.strip() or 'x'}\n" for key, value in dict(pairs).items())
    if fmt == "dotenv":
        return "".join(f"{key.upper()}={json.dumps(value)}\n" for key, value in pairs)
    if fmt == "toml":
        return "".join(f"{key} = {json.dumps(value)}\n" for key, value in dict(pairs).items())
    return "".join(f"{key} = {value.strip() or 'x'}\n" for key, value in dict(pairs).items())


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["json", "yaml", "ini", "dotenv", "toml", "properties"]),
    st.lists(st.tuples(_KEYS, _VALUES), max_size=6),
    _SECRET,
)
def test_random_config_files_round_trip(fmt, pairs, secret):
    pairs = [(key, value) for key, value in pairs if "pass" not in key]
    text = _documents(fmt, pairs, secret)
    out, report = redact(fmt, text)
    assert secret not in out
    assert report.counts.get("password") == 1


def test_a_hash_inside_a_yaml_key_is_no_comment():
    out, _ = redact("yaml", '"api #token": abcdefghijklmnop\n')
    assert out == '"api #token": "[REDACTED:token]"\n'


_PLAIN_KEYS = st.sampled_from(["name", "region", "timeout", "url", "level", "items", "host", "port", "mode"])
_SECRET_KEYS = st.sampled_from(["password", "client_secret", "api_key", "access_token", "privateKey"])
_LEAVES = st.one_of(st.integers(-1000, 1000), st.booleans(), st.text(string.ascii_letters + " -_.", max_size=12))
_TREES = st.recursive(
    _LEAVES,
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(_PLAIN_KEYS, children, max_size=3)),
    max_leaves=12,
)


@settings(max_examples=40, deadline=None)
@given(_TREES, st.lists(st.tuples(_SECRET_KEYS, _SECRET), min_size=1, max_size=3), st.sampled_from(["json", "yaml"]))
def test_random_nested_documents_keep_their_shape_and_lose_their_secrets(tree, planted, fmt):
    import yaml

    document = {"data": tree, **{f"{key}_{index}": value for index, (key, value) in enumerate(planted)}}
    text = json.dumps(document, indent=2) if fmt == "json" else yaml.safe_dump(document, sort_keys=False)
    out, _ = redact(fmt, text)
    for _, secret in planted:
        assert secret not in out
    loaded = json.loads(out) if fmt == "json" else yaml.safe_load(out)
    assert loaded["data"] == tree  # nothing outside the secrets changed


def test_the_review_shows_each_value_on_its_own_line_with_its_key():
    text = (
        "a: 1\nb: 2\nnote: |\n  first\n  Authorization: Bearer abcdefghijklmnopqrstuvwx\nclient_secret: s3cretValue99\n"
    )
    _, report = redact("yaml", text)
    assert [(line.line, line.path) for line in report.preview] == [(5, "note"), (6, "client_secret")]


_CONFIG_ALPHABET = st.sampled_from([*"ab =:#;[]{}\"'\\\n\t-|>,<>/&!*.@$%0123456789", "password", "<a>", "</a>"])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(FORMATS)), st.lists(_CONFIG_ALPHABET, max_size=40).map("".join))
def test_any_text_is_redacted_refused_or_reported_never_a_crash(fmt, text):
    redactor = TextRedactor(RedactionOptions(), RedactionReport(), config=True)
    try:
        out, _ = redact_document(text, FORMATS[fmt], redactor)
    except (FormatError, UnsafeRedactionError):
        return
    assert FORMATS[fmt].shape(out) == FORMATS[fmt].shape(text)


def test_a_properties_file_cut_after_a_backslash_has_an_empty_last_value():
    assert [(s.key, s.value) for s in FORMATS["properties"].slots("a=1\napi.token\\")] == [
        ("a", "1"),
        ("api.token", ""),
    ]


def test_text_a_parser_chokes_on_is_a_format_error():
    with pytest.raises(FormatError):  # configparser raises AttributeError on a continuation of a key without value
        redact_document(
            "# nginx\nserver {\n  listen 80;\n}\n", FORMATS["ini"], TextRedactor(RedactionOptions(), RedactionReport())
        )
