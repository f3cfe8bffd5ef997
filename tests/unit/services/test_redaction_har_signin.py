"""Sign-in bodies inside HAR entries: SAML posts and forms, assertion grants, PKCE, multipart, JSON, encoded URLs.

Every planted secret is gone (also as a fragment, also inside a base64 body or a JSON string), every ID,
permission string and ordinary value stays, and the output is a HAR that parses with the same structure.
"""

import base64
import json
from typing import Any
from urllib.parse import quote

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.json_values import JsonRedactor
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.redaction.session import RedactionSession
from tests.unit.services.test_redaction_har import assert_same_structure
from tests.unit.services.test_redaction_text import Sink

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CLIENT = "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e"
SAML = base64.b64encode(b"<samlp:Response ID='r1'><saml:Assertion>SAMLsecretASSERTION</saml:Assertion>").decode()
SAML2 = base64.b64encode(b"<samlp:Response ID='r2'><saml:Assertion>second-SAML-body</saml:Assertion>").decode()
SAML3 = base64.b64encode(b"<samlp:Response ID='r3'>third-SAML-body-xyz</samlp:Response>").decode()


def fragments(secret: str, size: int = 8) -> list[str]:
    """Every piece of ``secret`` of ``size`` characters: none may survive."""
    return [secret[i : i + size] for i in range(0, max(1, len(secret) - size + 1))]


def entry(request: dict[str, Any], response: dict[str, Any] | None = None) -> dict[str, Any]:
    base_request = {"method": "POST", "url": "https://login.mypurecloud.com/x", "httpVersion": "HTTP/1.1",
                    "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1}  # fmt: skip
    base_response = {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                     "content": {"size": 0, "mimeType": "text/plain", "text": ""}, "redirectURL": "",
                     "headersSize": -1, "bodySize": -1}  # fmt: skip
    return {"startedDateTime": "2026-03-01T10:22:33.123Z", "time": 1, "request": {**base_request, **request},
            "response": {**base_response, **(response or {})}, "cache": {}, "timings": {"send": 0, "wait": 1,
            "receive": 0}}  # fmt: skip


def form(text: str, params: list[dict[str, str]] | None = None) -> dict[str, Any]:
    mime = "application/x-www-form-urlencoded"
    return {"postData": {"mimeType": mime, "text": text, "params": params or []}}


def html(body: str) -> dict[str, Any]:
    return {"content": {"size": len(body), "mimeType": "text/html", "text": body}}


ENTRIES = [
    entry(form(f"SAMLResponse={quote(SAML, safe='')}&RelayState={CONV}",
               [{"name": "SAMLResponse", "value": quote(SAML, safe="")}, {"name": "RelayState", "value": CONV}])),
    entry(form(f"RelayState=x&SAMLResponse={SAML2}")),
    entry({"url": f"https://login.example.com/sso?SAMLRequest=reqSAMLpayload123&RelayState={CONV}"}),
    entry({}, html(f'<form method="post"><input type="hidden" name="SAMLResponse" value="{SAML3}"/>'
                   f'<input type="hidden" name="RelayState" value="{CONV}"/></form>')),
    entry({}, html("<form>\n  <input name='SAMLResponse' value='htmlSAMLsecond123'>\n</form>")),
    entry({}, html('<input value="pwdFieldSecret99" type="password" id="loginPassword">')),
    entry(form("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Asaml2-bearer&assertion=grantASSERTION1")),
    entry(form("assertion=grantASSERTION2&grant_type=urn:ietf:params:oauth:grant-type:saml2-bearer")),
    entry(form("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&client_assertion=grantASSERTION3")),
    entry(form(f"grant_type=authorization_code&code=authCODE12345&code_verifier=pkceVERIFIER1&client_id={CLIENT}")),
    entry(form("code_verifier=pkceVERIFIER2")),
    entry({"url": "https://login.mypurecloud.com/oauth/token?code_verifier=pkceVERIFIER3"}),
    entry({"postData": {"mimeType": "multipart/form-data; boundary=----WebKitFormBoundaryA1",
                        "text": "------WebKitFormBoundaryA1\r\nContent-Disposition: form-data; "
                                "name=\"clientId\"\r\n\r\n"
                                f"{CLIENT}\r\n------WebKitFormBoundaryA1\r\nContent-Disposition: form-data; "
                                "name=\"clientSecret\"\r\n\r\nmultipartSECRET1\r\n------WebKitFormBoundaryA1--\r\n"}}),
    entry({"postData": {"mimeType": "multipart/form-data; boundary=XyZ",
                        "text": "--XyZ\nContent-Disposition: form-data; name=\"password\"\n\nmultipartSECRET2\n"
                                "--XyZ--\n",
                        "params": [{"name": "password", "value": "multipartSECRET2"}]}}),
    entry({"postData": {"mimeType": "multipart/form-data; boundary=B",
                        "text": "--B\r\nContent-Disposition: form-data; name=\"api_key\"; filename=\"\"\r\n\r\n"
                                "multipartSECRET3\r\n--B--\r\n"}}),
    entry({"postData": {"mimeType": "application/json",
                        "text": json.dumps({"username": CLIENT, "password": "jsonBodySECRET1", "authorization": {
                            "roles": ["admin"], "permissions": ["authorization:role:view"]}})}}),
    entry({}, {"content": {"size": 1, "mimeType": "application/json",
                           "text": json.dumps({"id": CONV, "authorization": {"permissions": [
                               "authorization:role:view", "routing:queue:*", "directory:user:edit"]},
                               "token": json.dumps({"access_token": "nestedJSONsecret1"})})}}),
    entry({"url": "https://apps.mypurecloud.com/x?redirect_uri=" + quote(
        f"https://app.example.com/cb#access_token=encodedTOKEN1&expires_in=3600&state={CONV}", safe="")}),
    entry({"url": "https://apps.mypurecloud.com/x?r="
                  + quote(quote("https://app.example.com/cb#access_token=doubleTOKEN2&x=1", safe=""), safe="")}),
    entry({}, {"status": 302,
               "redirectURL": "https://app.example.com/cb#access_token=fragmentTOKEN3&token_type=bearer",
               "headers": [{"name": "Location", "value": "https://a/x?next="
                            + quote("/cb?id_token=headerTOKEN4", safe="")}]}),
    entry({}, {"content": {"size": 1, "mimeType": "application/json", "encoding": "base64",
                           "text": base64.b64encode(b'{"refresh_token": "base64BODYsecret1"}').decode()}}),
]  # fmt: skip
SECRETS = ["SAMLsecretASSERTION", SAML, SAML2, SAML3, "htmlSAMLsecond123", "pwdFieldSecret99",
           "grantASSERTION1", "grantASSERTION2", "grantASSERTION3", "pkceVERIFIER1", "pkceVERIFIER2", "pkceVERIFIER3",
           "authCODE12345", "multipartSECRET1", "multipartSECRET2", "multipartSECRET3", "jsonBodySECRET1",
           "nestedJSONsecret1", "encodedTOKEN1", "doubleTOKEN2", "fragmentTOKEN3", "headerTOKEN4",
           "base64BODYsecret1"]  # fmt: skip
KEEPS = [CONV, CLIENT, "reqSAMLpayload123", "authorization:role:view", "routing:queue:*", "directory:user:edit",
         "RelayState", "saml2-bearer", "app.example.com/cb", "expires_in", '"roles"', "admin",
         "token_type"]  # fmt: skip


def test_sign_in_bodies_lose_every_secret_and_keep_ids_permissions_and_structure(tmp_path):
    har = {"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": ENTRIES}}
    path = tmp_path / "signin.har"
    path.write_text(json.dumps(har))
    sink = Sink()
    result = RedactionSession().redact(path, AttachmentKind.HAR, sink)
    out = sink.getvalue().decode()
    redacted = json.loads(out)
    assert_same_structure(har, redacted)
    decoded = base64.b64decode(redacted["log"]["entries"][-1]["response"]["content"]["text"]).decode()
    everything = out + decoded + json.dumps(redacted, ensure_ascii=False).replace("\\", "")
    context = json.dumps(har)
    for secret in sorted(SECRETS, key=len, reverse=True):
        context = context.replace(secret, " ")
    left = [bit for secret in SECRETS for bit in fragments(secret) if bit in everything and bit not in context]
    assert left == []
    assert [keep for keep in KEEPS if keep not in everything] == []
    assert {"assertion", "code-verifier", "client-secret", "password", "access-token"} <= set(result.report.counts)
    assert result.report.live_session


def test_an_authorization_object_in_a_json_body_stays_valid_json(tmp_path):
    body = json.dumps({"authorization": {"roles": [{"id": CONV, "name": "Admin"}],
                                         "permissions": ["authorization:role:view"]}}, indent=2)  # fmt: skip
    har = {
        "log": {"version": "1.2", "entries": [entry({}, {"content": {"mimeType": "application/json", "text": body}})]}
    }
    path = tmp_path / "me.har"
    path.write_text(json.dumps(har))
    sink = Sink()
    RedactionSession().redact(path, AttachmentKind.HAR, sink)
    text = json.loads(sink.getvalue())["log"]["entries"][0]["response"]["content"]["text"]
    assert json.loads(text) == json.loads(body)


def test_secret_objects_lose_their_leaves_but_authorization_and_auth_objects_keep_their_structure():
    redactor = JsonRedactor(TextRedactor(RedactionOptions(), RedactionReport(), config=True))
    document = {"secrets": {"db": "hunter2"}, "auth": {"username": CLIENT, "password": "p4ss"},
                "authorization": {"permissions": ["authorization:role:view"], "roles": [{"name": "Admin"}]},
                "credentials": {"value": "credVALUE1", "type": "basic"}}  # fmt: skip
    assert redactor.value(document, "") == {
        "secrets": {"db": "[REDACTED:secret]"},
        "auth": {"username": CLIENT, "password": "[REDACTED:password]"},
        "authorization": {"permissions": ["authorization:role:view"], "roles": [{"name": "Admin"}]},
        "credentials": {"value": "[REDACTED:secret]", "type": "basic"},
    }
