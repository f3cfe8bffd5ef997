"""Text rules over logs: console cookies, util.inspect dumps, PowerShell transcripts, separators, URLs, encodings.

Each class has at least three variants; a secret must not survive, not even a piece of it, and what must
stay (client-ID UUIDs, permission strings, fetch options, placeholders) stays exactly.
"""

import base64

import pytest

from care_desktop.domain.redaction.line_state import ARRAY_LINES, LineState
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


def redact(text: str, config: bool = False) -> tuple[str, dict[str, int]]:
    redactor = TextRedactor(RedactionOptions(), RedactionReport(), config=config)
    out = redactor.redact_block(text)
    redactor.end()
    return out, redactor.report.counts


def assert_gone(out: str, secret: str, size: int = 6) -> None:
    assert [secret[i : i + size] for i in range(len(secret) - size + 1) if secret[i : i + size] in out] == []


SECRET_CASES = [
    # document.cookie in console logs
    ("document.cookie = 'ININ-SESSION=ckSECRETone1; _ga=GA1.2.3'\n", ["ckSECRETone1"], "cookie"),
    ("> document.cookie\n< 'theme=dark; ININ-SESSION=ckSECRETtwo2'\n", ["ckSECRETtwo2"], "cookie"),
    ('console.log("cookies", document.cookie) -> "PCSESS=ckSECRETthree3; lang=en"\n', ["ckSECRETthree3"], "cookie"),
    ('set: document.cookie = "PURECLOUD_AUTH=ckSECRETfour4; path=/; secure"\n', ["ckSECRETfour4"], "cookie"),
    # Node/axios util.inspect header dumps: every element of the list
    ("  'set-cookie': [ 'ININ-SESSION=inSECRETone1; Path=/', 'AWSALB=inSECRETtwo2; Path=/' ],\n",
     ["inSECRETone1", "inSECRETtwo2"], "set-cookie"),
    ("headers: {\n  'set-cookie': [\n    'ININ-SESSION=inSECRETthree3; Path=/; Secure',\n"
     "    'AWSALBCORS=inSECRETfour4; Path=/'\n  ],\n  'content-type': 'application/json'\n}\n",
     ["inSECRETthree3", "inSECRETfour4"], "set-cookie"),
    ("    rawHeaders: [\n      'Set-Cookie',\n      'PURECLOUD_SESSION=inSECRETraw7; Path=/; HttpOnly',\n"
     "      'inin-correlation-id',\n      '023e7469-261f-5241-bc87-4541c9ddab1e'\n    ]\n",
     ["inSECRETraw7"], "set-cookie"),
    ("{ cookie: [ 'a=inSECRETfive5' ],\n  authorization: [\n    'Bearer inSECRETsix6abcdefghij'\n  ] }\n",
     ["inSECRETfive5", "inSECRETsix6"], "bearer-token"),
    # PowerShell transcripts
    ("PS C:\\> curl.exe -u 4709b21d:psSECRETone1 https://api.example.com\n", ["psSECRETone1"], "password"),
    ("curl --user 'svc:psSECRETtwo2' -X POST https://login.example.com\n", ["psSECRETtwo2"], "password"),
    ("PS> $p = ConvertTo-SecureString 'psSECRETthree3' -AsPlainText -Force\n", ["psSECRETthree3"], "password"),
    ('PS> $p = ConvertTo-SecureString -String "psSECRETfour4" -AsPlainText -Force\n', ["psSECRETfour4"], "password"),
    ("PS> $auth\n" + base64.b64encode(b"clientid:psSECRETfive5").decode() + "\n",
     [base64.b64encode(b"clientid:psSECRETfive5").decode()], "basic-auth"),
    ("PS> $token\n\naccess_token                               token_type expires_in\n"
     "------------                               ---------- ----------\n"
     "psTableSECRETsix6abcdefghijklmnopqrstu     bearer          86399\n\nPS> exit\n",
     ["psTableSECRETsix6"], "access-token"),
    ("token\n-----\npsTableSECRETseven7\n", ["psTableSECRETseven7"], "token"),
    ("Name                           Value\n----                           -----\n"
     "access_token                   psHashSECRETeight8-e8NyIVkKMRXp9h...\ntoken_type                     bearer\n",
     ["psHashSECRETeight8"], "access-token"),
    ("access_token          token_type\n------------          ----------\npsWideSECRETnine9abcdefghijklmn  bearer\n",
     ["psWideSECRETnine9abcdefghijklmn"], "access-token"),
    # no-break spaces and key names in other languages
    ("password:\u00a0nbSECRETone1\n", ["nbSECRETone1"], "password"),
    ("Passwort\u00a0: nbSECRETtwo2\n", ["nbSECRETtwo2"], "password"),
    ("[debug] proxy.password\u00a0nbSECRETonly7 retry\n", ["nbSECRETonly7"], "password"),
    ("mot de passe\u00a0:\u00a0nbSECRETthree3\n", ["nbSECRETthree3"], "password"),
    ("contraseña=nbSECRETfour4 senha: nbSECRETfive5 wachtwoord = nbSECRETsix6\n",
     ["nbSECRETfour4", "nbSECRETfive5", "nbSECRETsix6"], "password"),
    # URL credentials whose password holds a raw @
    ("DB_URL=postgres://app:p@ssSECRET@db.example.com:5432/app\n", ["p@ssSECRET", "ssSECRET"], "url-credentials"),
    ("connect https://svc:a@b@cSECRETxyz@host.example.com/x failed\n", ["a@b@cSECRETxyz"], "url-credentials"),
    ("amqp://guest:@@SECRETat@@@mq.example.com:5672\n", ["SECRETat"], "url-credentials"),
    # encoded redirect URLs
    ("GET /authorize?redirect_uri=https%3A%2F%2Fapp%2Fcb%23access_token%3DencSECRETone1%26expires_in%3D3600\n",
     ["encSECRETone1"], "access-token"),
    ("302 Location: /x?u=https%253A%252F%252Fa%252Fcb%2523access_token%253DencSECRETtwo2%2526x%253D1\n",
     ["encSECRETtwo2"], "access-token"),
    ("state=x&next=%2Fcb%3Frefresh_token%3DencSECRETthree3\n", ["encSECRETthree3"], "refresh-token"),
    # SAML forms and sign-in grants in logs
    ('<input type="hidden" name="SAMLResponse" value="PHNhbWxwOlJlc3BvbnNlSAMLone1"/>\n', ["SAMLone1"], "assertion"),
    ("POST /token grant_type=urn:ietf:params:oauth:grant-type:saml2-bearer&assertion=SAMLtwoASSERT2\n",
     ["SAMLtwoASSERT2"], "assertion"),
    ('{"code_verifier": "pkceSECRETone1", "code_challenge": "keepCHALLENGE"}\n', ["pkceSECRETone1"], "code-verifier"),
    # multipart parts whose name says secret
    ('--B\r\nContent-Disposition: form-data; name="clientSecret"\r\n\r\nmpSECRETone1\r\n--B--\r\n',
     ["mpSECRETone1"], "client-secret"),
    ('--B\nContent-Disposition: form-data; name="password"\n\nmpSECRETtwo2\n--B--\n', ["mpSECRETtwo2"], "password"),
    # long random values anywhere
    ("worker started with k8Hf2LmQ9vXz3RtY7pWn4BsJ6cDa1EgU0oKi5FhS\n", ["k8Hf2LmQ9vXz3RtY7pWn"], "high-entropy"),
    ("cfg: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A_-Xyz1\n", ["Zm9vYmFyYmF6cXV4MT"], "high-entropy"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "secrets", "rule"), SECRET_CASES)
def test_secrets_are_gone_whole_and_in_pieces(text, secrets, rule):
    out, counts = redact(text)
    for secret in secrets:
        assert_gone(out, secret)
    assert rule in counts
    assert out.count("\n") == text.count("\n")


KEEP_CASES = [
    "fetch(url, {credentials: \"include\"}); fetch(u, {credentials:'same-origin'}); x = {credentials: 'omit'}\n",
    'headers: {Authorization: "Bearer ${credentials.token}"}\n',
    "Authorization: `Bearer ${token}`\nX-Api-Key: {{ api_key }}\npassword=%(password)s\n",
    '{"permissions": ["authorization:role:view", "routing:queue:*", "directory:user:edit"]}\n',
    '{"authorization": {"roles": [], "permissions": ["authorization:grant:add"]}}\n',
    "token_type=bearer expires_in=3600 password_policy=strict keyboard=us monkey=1\n",
    f"conversation {CONV} commit 3f786850e387550fdab836ed7e6dc881de23001b color #ff00aa\n",
    "$pw = ConvertTo-SecureString $plain -AsPlainText -Force\n",
    "Content-Type: multipart/form-data; boundary=----WebKitFormBoundaryA1\n",
]


@pytest.mark.parametrize("text", KEEP_CASES)
def test_harmless_values_are_kept_exactly(text):
    out, counts = redact(text)
    assert (out, counts) == (text, {})


@pytest.mark.parametrize(
    "text",
    [f"const auth = {{ username: '{CONV}', password: 'authSECRETone1' }};\n",
     f"auth: {{\n  username: '{CONV}',\n  password: 'authSECRETtwo2'\n}}\n",
     f'axios.post(url, body, {{auth: {{username: "{CONV}", password: "authSECRETthree3"}}}})\n'],
)  # fmt: skip
def test_only_the_password_of_an_auth_object_goes(text):
    out, counts = redact(text)
    assert CONV in out
    assert "authSECRET" not in out
    assert counts == {"password": 1}


def test_a_table_without_a_secret_column_is_kept_and_the_table_ends_at_a_blank_line():
    text = "Name   Id\n----   --\nqueue  abc\n\naccess_token\n------------\ntableSECRET1\n\nafter line\n"
    out, counts = redact(text)
    assert out == text.replace("tableSECRET1", "[REDACTED:access-token]")
    assert counts == {"access-token": 1}


def test_the_state_opens_and_closes_and_end_forgets_it():
    redactor = TextRedactor(RedactionOptions(), RedactionReport())
    redactor.redact_block("  'set-cookie': [\n")
    assert redactor.state.array == "set-cookie"
    assert redactor.state.is_open()
    redactor.redact_block("    'a=b',\n  ],\n")
    assert redactor.state == LineState()
    redactor.redact_block("-----BEGIN PRIVATE KEY-----\n")
    assert redactor.state.pem
    redactor.end()
    assert not redactor.state.is_open()


def test_nbsp_in_utf8_carried_as_latin1_removes_the_whole_value():
    text = "password:\u00a0nbspUTF8secret\nPasswort\u00a0:\u00a0zweitesGeheimnis\n".encode().decode("latin-1")
    out, _ = redact(text)
    assert "nbspUTF8secret" not in out
    assert "zweitesGeheimnis" not in out
    assert out.count("[REDACTED:password]") == 2


def test_a_no_break_space_alone_separates_a_key_in_utf8_carried_as_latin1():
    out, counts = redact("proxy.password\u00a07mMHBzm7QRBb$8!udz\r\n".encode().decode("latin-1"))
    assert "7mMHBzm7QRBb" not in out
    assert counts == {"password": 1}


def test_other_scripts_in_utf8_carried_as_latin1():
    text = "パスワード: jaSECRETone1\ncontraseña=esSECRETtwo2\n".encode().decode("latin-1")
    out, counts = redact(text)
    assert "jaSECRETone1" not in out
    assert "esSECRETtwo2" not in out
    assert counts == {"password": 2}


def test_a_list_that_never_closes_stops_after_a_bounded_number_of_lines():
    text = "  'set-cookie': [\n" + "".join(f"  'line {i}',\n" for i in range(100))
    out, counts = redact(text)
    assert counts["set-cookie"] == ARRAY_LINES
    assert "'line 99'" in out


def test_an_assigned_document_cookie_keeps_its_attributes():
    out, counts = redact('document.cookie = "PURECLOUD_AUTH=ckSECRETfive5; path=/; samesite=strict"\n')
    assert out == 'document.cookie = "PURECLOUD_AUTH=[REDACTED:cookie]; path=/; samesite=strict"\n'
    assert counts == {"cookie": 1}
