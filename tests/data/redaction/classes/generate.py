"""Generate the redaction class corpus of issue 13: files of the kinds administrators attach, with expectations.

Run ``python tests/data/redaction/classes/generate.py`` (optionally ``--out DIR``) to (re)write ``files/`` and
``expectations.json`` beside this script. The output is deterministic: one seeded random generator makes every
secret, and nothing depends on the clock or the machine. Each file mixes several classes of the issue ("what
leaked", "what was damaged"), each class comes in at least three variants that differ in shape (key casing,
separators, quoting, indentation, line endings, ordering, encoding), not only in value.

``expectations.json`` records per file its format (how the judge parses it), its encoding, the exact secrets
that must disappear and the strings that must survive, each with an id and its class. The generator checks
that every secret and keep really is in the file it made, and that no keep overlaps a secret.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import random
import re
import string
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus, unquote

HERE = Path(__file__).resolve().parent
SEED = 13_2026
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
TAB = "\t"
SEPARATORS = {
    "env": ["=", " = "],
    "ini": ["=", " = ", ": ", " : ", "\t= "],
    "properties": ["=", " = ", ":", " : ", " ", "\t"],
    "tfvars": [" = ", "=", "  =  "],
}
QUOTES = {"env": ['"', "'", ""], "toml": ['"', "'"], "yaml": ['"', "'", ""]}

CLASSES: dict[str, str] = {
    # What leaked
    "har-saml-form-field": "SAMLResponse as a form field of a HAR POST (params and/or text)",
    "har-saml-html-form": "SAMLResponse inside an HTML auto-post form in a HAR response body",
    "saml2-bearer-assertion": "the assertion of a saml2-bearer grant",
    "pkce-code-verifier": "a PKCE code_verifier",
    "multipart-client-secret": "a multipart/form-data part whose name says secret",
    "url-nested-token": "a token in a URL-encoded redirect URL carried in a parameter (%23access_token%3D)",
    "document-cookie": "document.cookie strings in a console log",
    "node-inspect-headers": "Node/axios util.inspect header dumps ('set-cookie': [ ... ])",
    "ps-curl-user": "PowerShell: curl -u id:secret",
    "ps-securestring": "PowerShell: ConvertTo-SecureString '...' -AsPlainText",
    "ps-basic-alone": "PowerShell: a Basic credential echoed alone on its own line",
    "ps-token-table": "PowerShell: an access token only in a formatted table",
    "nbsp-separator": "a no-break space between key and value (Latin-1, UTF-8, UTF-16)",
    "foreign-key-name": "a secret key name in another language (Passwort, Kennwort, mot de passe)",
    "env-secret-synonym": ".env names that mean secret in other words (_BIND_PW, _HMAC_KEY)",
    "env-url-raw-at": "URL credentials whose password holds a raw @",
    "yaml-k8s-env": "YAML Kubernetes env lists (- name: X_SECRET / value: ...)",
    "yaml-dockerconfigjson": "a .dockerconfigjson value",
    "yaml-next-line": "a YAML value on the line after its key",
    "ini-spaced-key": "an INI key with a space in its name (API Key = ...)",
    "xml-appsettings": ".NET appSettings <add key=... value=.../>",
    "xml-element-secret": ".NET <clientSecret>...</clientSecret> and similar elements",
    "xml-connstring-amp": "a connection string where &amp; sits in the password",
    "properties-key-synonym": "Java properties ...encoded-key, ...hmac-key",
    "properties-continuation": "a Java properties value continued on the next line with \\",
    "netrc-password": "netrc password tokens",
    "toml-secret": "TOML secrets (basic, literal, multi-line strings, inline tables)",
    "tfvars-secret": "Terraform tfvars secrets (strings, maps, heredocs)",
    "jsonc-secret": "secrets in JSON with comments (JSONC)",
    "long-line-boundary": "a secret near the 1 MiB read boundary of a 1.2 MB single line",
    "xml-in-log": "XML written in a log line (SOAP trace, echoed config): <Password>, key/value attributes, CDATA",
    "glued-separator": "an unquoted secret in a log that holds a character which usually ends a value (> ) ] } , ; &)",
    "pem-private-key": "a PEM private key (YAML block scalar, JSON string with \\n, .env value with \\n)",
    "baseline": "secrets the engine already handled (Authorization headers, cookies, token fields)",
    # What was damaged
    "keep-fetch-credentials": "fetch credentials: \"include\" / 'same-origin'",
    "keep-permission": "Genesys permission strings (authorization:role:view)",
    "keep-authorization-object": "a JSON key authorization whose value is an object",
    "keep-client-id-uuid": "a client-ID UUID in auth: { username: '<uuid>', password: ... }",
    "keep-placeholder": '"Bearer ${credentials.token}" and other ${...} placeholders',
    "keep-uuid": "conversation, organization and user UUIDs",
    "keep-timestamp": "timestamps",
    "keep-contact": "e-mail addresses and phone numbers (removed only with --pii)",
    "keep-word": "ordinary words and settings",
}


@dataclass
class Expect:
    """One string the judge looks for."""

    id: str
    cls: str
    value: str

    def record(self) -> dict[str, str]:
        return {"id": self.id, "class": self.cls, "value": self.value}


@dataclass
class CorpusFile:
    """One generated file and what must happen to it."""

    name: str
    fmt: str
    encoding: str
    text: str = ""
    secrets: list[Expect] = field(default_factory=list)
    keeps: list[Expect] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)

    def secret(self, sid: str, cls: str, value: str) -> str:
        self.secrets.append(Expect(sid, cls, value))
        return value

    def may_go(self, value: str) -> str:
        """A value that is no secret but has a secret's shape: it may go or stay (the judge accepts both)."""
        self.neutral.append(value)
        return value

    def keep(self, kid: str, cls: str, value: str) -> str:
        self.keeps.append(Expect(kid, cls, value))
        return value


class Maker:
    """Makes unique, realistic secrets from one seeded generator."""

    def __init__(self, seed: int = SEED, *, shuffle: bool = False, seen: set[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.shapes = random.Random(seed * 7919 + 1) if shuffle else None
        self.seen: set[str] = set() if seen is None else seen

    def pick(self, *options: Any) -> Any:
        """The first option in the canonical corpus; any of them, by the shape generator, in a shuffled one."""
        return options[0] if self.shapes is None else self.shapes.choice(options)

    def key(self, name: str, *, env: bool = False) -> str:
        """A key name as written (canonical), or in another casing of the same words (shuffled)."""
        if self.shapes is None:
            return name
        words = [w.lower() for w in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", name)]
        styles = [
            name,
            "_".join(words).upper(),
            "_".join(words),
            words[0] + "".join(w.title() for w in words[1:]),
            "".join(w.title() for w in words),
        ]
        if not env:
            styles.append("-".join(words))
        return str(self.shapes.choice(styles))

    def dotted(self, name: str) -> str:
        """A dotted key (``security.jwt.encoded-key``) whose last part may change its casing (shuffled)."""
        head, _, last = name.rpartition(".")
        return f"{head}.{self.key(last)}" if head else self.key(last)

    def sep(self, canonical: str, family: str) -> str:
        """A key/value separator: the canonical one, or another that the format allows (shuffled)."""
        return str(self.pick(canonical, *SEPARATORS[family]))

    def quoted(self, value: str, canonical: str, family: str = "env") -> str:
        """A value in quotes (or none) as the format allows; plain only where the value needs no quotes."""
        choices = [canonical] + [q for q in QUOTES[family] if q or re.fullmatch(r"[A-Za-z0-9][\w.@:/+=-]*", value)]
        quote_char = str(self.pick(*choices))
        return f"{quote_char}{value}{quote_char}"

    def _unique(self, make: Callable[[], str]) -> str:
        for _ in range(100):
            value = make()
            if value not in self.seen:
                self.seen.add(value)
                return value
        raise RuntimeError("could not make a unique value")

    def chars(self, n: int, alphabet: str = ALNUM) -> str:
        return self._unique(lambda: "".join(self.rng.choice(alphabet) for _ in range(n)))

    def raw(self, n: int) -> bytes:
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def b64(self, nbytes: int) -> str:
        return self._unique(lambda: base64.b64encode(self.raw(nbytes)).decode())

    def b64url(self, nbytes: int) -> str:
        return self._unique(lambda: base64.urlsafe_b64encode(self.raw(nbytes)).decode().rstrip("="))

    def hex(self, nbytes: int) -> str:
        return self._unique(lambda: self.raw(nbytes).hex())

    def uuid(self) -> str:
        return self._unique(lambda: str(uuid.UUID(int=self.rng.getrandbits(128), version=4)))

    def password(self, n: int = 18, specials: str = "!#$%^*-_+=?") -> str:
        def make() -> str:
            pools = [string.ascii_uppercase, string.ascii_lowercase, string.digits, specials]
            chars = [self.rng.choice(pool) for pool in pools]
            chars += [self.rng.choice(ALNUM + specials) for _ in range(n - len(chars))]
            self.rng.shuffle(chars)
            first = next(i for i, char in enumerate(chars) if char.isalnum())
            chars.insert(0, chars.pop(first))  # no value starts with a separator (it would read as one)
            return "".join(chars)

        return self._unique(make)

    def pem(self, label: str, nbytes: int) -> list[str]:
        """A PEM block: its BEGIN line, base64 lines of 64 characters, its END line."""
        body = self.b64(nbytes)
        return [
            f"-----BEGIN {label}-----",
            *(body[i : i + 64] for i in range(0, len(body), 64)),
            f"-----END {label}-----",
        ]

    def aws_key_id(self) -> str:
        return self._unique(
            lambda: "AKIA" + "".join(self.rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
        )

    def aws_secret(self) -> str:
        return self.chars(40, ALNUM + "+/")

    def genesys_token(self) -> str:
        """An opaque Genesys Cloud style access token (86 base64url characters)."""
        return self.chars(86, B64URL)

    def jwt(self, issuer: str = "https://login.mypurecloud.com") -> str:
        def segment(document: dict[str, Any]) -> str:
            raw = json.dumps(document, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")

        header = {"kid": self.hex(8), "alg": "RS256", "typ": "JWT"}
        payload = {
            "iss": issuer,
            "sub": self.uuid(),
            "org": self.uuid(),
            "iat": 1795000000 + self.rng.randrange(10**6),
            "exp": 1795086400 + self.rng.randrange(10**6),
            "jti": self.hex(12),
        }
        signature = base64.urlsafe_b64encode(self.raw(256)).decode().rstrip("=")
        return self._unique(lambda: f"{segment(header)}.{segment(payload)}.{signature}")

    def saml_response(self, issuer: str, audience: str) -> str:
        """A base64-encoded SAML 2.0 Response with a signed assertion (as an IdP posts it)."""
        response_id, assertion_id = "_" + self.hex(16), "_" + self.hex(16)
        digest = base64.b64encode(self.raw(32)).decode()
        signature = base64.b64encode(self.raw(256)).decode()
        certificate = base64.b64encode(self.raw(600)).decode()
        name_id = f"agent.{self.chars(6, string.ascii_lowercase)}@example-contact-center.com"
        xml = (
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
            'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
            f'ID="{response_id}" Version="2.0" IssueInstant="2026-11-18T09:14:03Z" '
            f'Destination="{audience}/saml"><saml:Issuer>{issuer}</saml:Issuer>'
            '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
            f'<saml:Assertion ID="{assertion_id}" Version="2.0" IssueInstant="2026-11-18T09:14:03Z">'
            f"<saml:Issuer>{issuer}</saml:Issuer>"
            '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
            '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            f'<ds:Reference URI="#{assertion_id}"><ds:DigestValue>{digest}</ds:DigestValue></ds:Reference>'
            f"</ds:SignedInfo><ds:SignatureValue>{signature}</ds:SignatureValue>"
            f"<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{certificate}</ds:X509Certificate></ds:X509Data>"
            "</ds:KeyInfo></ds:Signature>"
            f'<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{name_id}'
            '</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
            f'<saml:SubjectConfirmationData NotOnOrAfter="2026-11-18T09:19:03Z" Recipient="{audience}/saml"/>'
            "</saml:SubjectConfirmation></saml:Subject>"
            '<saml:Conditions NotBefore="2026-11-18T09:13:03Z" NotOnOrAfter="2026-11-18T10:14:03Z">'
            f"<saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction>"
            "</saml:Conditions></saml:Assertion></samlp:Response>"
        )
        return self._unique(lambda: base64.b64encode(xml.encode()).decode())

    def saml_assertion_b64url(self, issuer: str) -> str:
        """A base64url-encoded bare assertion, as a saml2-bearer grant carries it."""
        assertion_id = "_" + self.hex(16)
        signature = base64.b64encode(self.raw(256)).decode()
        xml = (
            '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
            f'ID="{assertion_id}" Version="2.0" IssueInstant="2026-11-18T09:20:41Z">'
            f"<saml:Issuer>{issuer}</saml:Issuer><ds:Signature "
            f'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>{signature}</ds:SignatureValue>'
            f"</ds:Signature><saml:Subject><saml:NameID>svc-{self.chars(5, string.ascii_lowercase)}</saml:NameID>"
            "</saml:Subject></saml:Assertion>"
        )
        return self._unique(lambda: base64.urlsafe_b64encode(xml.encode()).decode().rstrip("="))


# -- shared keeps ------------------------------------------------------------------------------------------


LIVE_CLASSES = frozenset(
    {"har-saml-form-field", "har-saml-html-form", "saml2-bearer-assertion", "url-nested-token", "document-cookie",
     "node-inspect-headers", "ps-basic-alone", "ps-curl-user", "ps-token-table", "long-line-boundary", "baseline"}
)  # fmt: skip
"""Classes whose secrets sign someone in (a session, a token, an assertion, Basic credentials): the file must warn."""


def keep_common(f: CorpusFile, m: Maker, prefix: str = "") -> dict[str, str]:
    """Conversation/org UUIDs, a timestamp and a word every file carries; returns them by name."""
    del m
    values = {
        "conversation": f.keep(f"{prefix}conversation-id", "keep-uuid", str(uuid.uuid5(uuid.NAMESPACE_URL, f.name))),
        "org": f.keep(f"{prefix}org-id", "keep-uuid", str(uuid.uuid5(uuid.NAMESPACE_DNS, f.name + ".org"))),
    }
    return values


def encode(f: CorpusFile) -> bytes:
    """The bytes of a file in its declared encoding."""
    codec = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1252": "cp1252", "utf-16": "utf-16-le"}[f.encoding]
    data = f.text.encode(codec)
    return b"\xff\xfe" + data if f.encoding == "utf-16" else data


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# -- HAR ---------------------------------------------------------------------------------------------------


def header_list(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in pairs]


def har_entry(
    method: str,
    url: str,
    headers: list[tuple[str, str]],
    *,
    started: str,
    status: int = 200,
    response_headers: list[tuple[str, str]] | None = None,
    post: dict[str, Any] | None = None,
    content: dict[str, Any] | None = None,
    cookies: list[dict[str, Any]] | None = None,
    response_cookies: list[dict[str, Any]] | None = None,
    redirect: str = "",
    query: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": method,
        "url": url,
        "httpVersion": "HTTP/2",
        "headers": header_list(headers),
        "queryString": header_list(query or []),
        "cookies": cookies or [],
        "headersSize": -1,
        "bodySize": len(post["text"]) if post else 0,
    }
    if post is not None:
        request["postData"] = post
    return {
        "startedDateTime": started,
        "time": 87.412,
        "request": request,
        "response": {
            "status": status,
            "statusText": {200: "OK", 302: "Found", 303: "See Other"}.get(status, ""),
            "httpVersion": "HTTP/2",
            "headers": header_list(response_headers or []),
            "cookies": response_cookies or [],
            "content": content or {"size": 0, "mimeType": "x-unknown"},
            "redirectURL": redirect,
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"blocked": 1.2, "dns": -1, "connect": -1, "send": 0.1, "wait": 80.3, "receive": 5.8},
    }


def form_post(pairs: list[tuple[str, str]], *, params: str = "encoded") -> dict[str, Any]:
    """A form-urlencoded body; Chrome keeps the params encoded, Firefox decoded, some tools leave them out."""
    text = "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in pairs)
    post: dict[str, Any] = {"mimeType": "application/x-www-form-urlencoded", "text": text}
    if params == "encoded":
        post["params"] = [{"name": k, "value": quote_plus(v)} for k, v in pairs]
    elif params == "decoded":
        post["params"] = [{"name": k, "value": v} for k, v in pairs]
    return post


def multipart(boundary: str, parts: list[tuple[str, str]], name_shape: str = '"{}"') -> dict[str, Any]:
    body = "".join(
        f"--{boundary}\r\nContent-Disposition: form-data; name={name_shape.format(name)}\r\n\r\n{value}\r\n"
        for name, value in parts
    )
    body += f"--{boundary}--\r\n"
    return {"mimeType": f"multipart/form-data; boundary={boundary}", "text": body, "params": []}


def json_content(document: Any, *, indent: int | None = None) -> dict[str, Any]:
    text = json.dumps(document, indent=indent)
    return {"size": len(text), "mimeType": "application/json", "text": text}


def users_me(f: CorpusFile, m: Maker, variant: int, org: str) -> dict[str, Any]:
    """A Genesys users/me?expand=authorization body: permission strings and an authorization object."""
    user = f.keep(f"user-id-{variant}", "keep-uuid", m.uuid())
    perms = [
        ["authorization:role:view", "routing:queue:view", "conversation:call:record"],
        ["authorization:grant:add", "analytics:conversationDetail:view", "directory:user:edit"],
        ["authorization:division:view", "oauth:client:view", "telephony:plugin:all"],
    ][variant]
    for number, permission in enumerate(perms):
        f.keep(f"permission-{variant}-{number}", "keep-permission", permission)
    authorization = {
        "roles": [{"id": m.uuid(), "name": "Supervisor"}],
        "permissions": perms,
        "permissionPolicies": [
            {"domain": "authorization", "entityName": "role", "actionSet": ["view"], "allowConditions": False}
        ],
    }
    f.keep(f"authorization-object-{variant}", "keep-authorization-object", '"authorization": {')
    return {
        "id": user,
        "name": "Dana Whitfield",
        "division": {"id": m.uuid(), "name": "Home"},
        "state": "active",
        "organization": {"id": org},
        "authorization": authorization,
        "dateLastLogin": "2026-11-18T09:12:55.104Z",
    }


def js_bundle(f: CorpusFile, variant: int) -> str:
    """A JavaScript chunk with fetch credentials options and a ${...} placeholder (all to keep)."""
    quote_style = ['"include"', "'same-origin'", '"include"'][variant]
    spacing = [": ", ":", " : "][variant]
    f.keep(f"fetch-credentials-{variant}", "keep-fetch-credentials", f"credentials{spacing}{quote_style}")
    placeholder = f.keep(f"placeholder-{variant}", "keep-placeholder", "Bearer ${credentials.token}")
    return (
        "(self.webpackChunk=self.webpackChunk||[]).push([[412],{8841:function(e,t,n){"
        f"const r=async(e,t)=>{{const o=await fetch(e,{{method:'GET',credentials{spacing}{quote_style},"
        f"headers:{{Authorization:`{placeholder}`,'Content-Type':'application/json'}}}});"
        "if(!o.ok)throw new Error('request failed: '+o.status);return o.json()};t.getMe=r}}]);\n"
    )


def write_har(f: CorpusFile, m: Maker, creator: dict[str, Any], entries: list[dict[str, Any]], indent: Any) -> None:
    """The HAR text; a shuffled corpus may change the indentation and the spelling and order of header names."""
    style = m.pick("as-is", "lower", "title", "upper")
    order = m.pick("as-is", "reversed")
    for entry in entries:
        for message in (entry["request"], entry["response"]):
            headers = message["headers"]
            for header in headers:
                if not header["name"].startswith(":") and style != "as-is":
                    header["name"] = {"lower": str.lower, "title": str.title, "upper": str.upper}[style](header["name"])
            if order == "reversed":
                headers.reverse()
    indent = m.pick(indent, 2, 4, "\t", None, 1)
    log: dict[str, Any] = {"version": "1.2", "creator": creator}
    if creator["name"] == "Firefox":
        log["browser"] = dict(creator)
    log["pages"] = [
        {
            "startedDateTime": entries[0]["startedDateTime"],
            "id": "page_1",
            "title": "Genesys Cloud",
            "pageTimings": {"onContentLoad": 812.4, "onLoad": 1290.7},
        }
    ]
    for entry in entries:
        entry["pageref"] = "page_1"
    log["entries"] = entries
    f.text = json.dumps({"log": log}, indent=indent, ensure_ascii=False) + "\n"


CHROME_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
FIREFOX_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
EDGE_UA = CHROME_UA + " Edg/131.0.2903.70"


def saml_request(f: CorpusFile, m: Maker) -> str:
    """A SAMLRequest (deflated, base64): no credential, but shaped like one, so it may go or stay."""
    request = m.b64(210)
    f.may_go(request)
    f.may_go(quote(request, safe=""))
    return request


def autopost_html(saml: str, shape: int, action: str) -> str:
    """The HTML page an identity provider returns to post the SAML response back (three spellings)."""
    if shape == 0:
        field_html = f'<input type="hidden" name="SAMLResponse" value="{saml}" />'
    elif shape == 1:
        field_html = f"<INPUT TYPE='hidden' VALUE='{saml}' NAME='SAMLResponse'>"
    else:
        field_html = f'<input\n      name="SAMLResponse"\n      type="hidden"\n      value="{saml}"/>'
    return (
        "<!DOCTYPE html>\n<html><head><title>Working...</title></head>"
        '<body onload="document.forms[0].submit()">\n'
        f'<form method="POST" name="hiddenform" action="{action}">\n  {field_html}\n'
        '  <input type="hidden" name="RelayState" value="https://apps.mypurecloud.com/directory/" />\n'
        "  <noscript><p>Script is disabled. Click Submit to continue.</p>"
        '<input type="submit" value="Submit" /></noscript>\n</form></body></html>\n'
    )


def har_chrome(m: Maker) -> CorpusFile:
    f = CorpusFile("chrome_saml_login.har", "har", "utf-8")
    ids = keep_common(f, m)
    idp = "https://idp.example-contact-center.com/adfs/services/trust"
    saml_field = f.secret(
        "saml-form-field", "har-saml-form-field", m.saml_response(idp, "https://login.mypurecloud.com")
    )
    saml_html = f.secret("saml-html-form", "har-saml-html-form", m.saml_response(idp, "https://login.mypurecloud.com"))
    nested = f.secret("redirect-access-token", "url-nested-token", m.genesys_token())
    bearer = f.secret("users-me-bearer", "baseline", m.jwt())
    session = f.secret("session-cookie", "baseline", m.b64url(24))
    f.keep("started", "keep-timestamp", "2026-11-18T09:14:03.512Z")
    request = quote(saml_request(f, m), safe="")
    redirect = f"https://apps.mypurecloud.com/directory/#access_token={nested}&expires_in=86400&token_type=bearer"
    encoded_redirect = quote(redirect, safe="")
    entries = [
        har_entry(
            "GET",
            "https://idp.example-contact-center.com/adfs/ls/?SAMLRequest=" + request,
            [(":authority", "idp.example-contact-center.com"), (":method", "GET"), ("user-agent", CHROME_UA)],
            started="2026-11-18T09:14:03.512Z",
            query=[("SAMLRequest", request)],
            content={"size": 2048, "mimeType": "text/html", "text": autopost_html(saml_html, 0, "/saml")},
        ),
        har_entry(
            "POST",
            "https://login.mypurecloud.com/saml",
            [
                (":authority", "login.mypurecloud.com"),
                (":method", "POST"),
                ("content-type", "application/x-www-form-urlencoded"),
                ("origin", "https://idp.example-contact-center.com"),
                ("user-agent", CHROME_UA),
            ],
            started="2026-11-18T09:14:04.101Z",
            status=302,
            post=form_post([("SAMLResponse", saml_field), ("RelayState", "https://apps.mypurecloud.com/directory/")]),
            response_headers=[("location", "https://apps.mypurecloud.com/oauth-return?redirect=" + encoded_redirect)],
            response_cookies=[
                {"name": "ININ-SESSION", "value": session, "path": "/", "httpOnly": True, "secure": True}
            ],
            redirect="https://apps.mypurecloud.com/oauth-return?redirect=" + encoded_redirect,
        ),
        har_entry(
            "GET",
            "https://apps.mypurecloud.com/oauth-return?redirect=" + encoded_redirect,
            [(":authority", "apps.mypurecloud.com"), ("cookie", f"ININ-SESSION={session}"), ("user-agent", CHROME_UA)],
            started="2026-11-18T09:14:04.388Z",
            query=[("redirect", encoded_redirect)],
            cookies=[{"name": "ININ-SESSION", "value": session}],
            content={"size": 311, "mimeType": "text/html", "text": "<html><body>Redirecting&hellip;</body></html>"},
        ),
        har_entry(
            "GET",
            "https://api.mypurecloud.com/api/v2/users/me?expand=authorization",
            [(":authority", "api.mypurecloud.com"), ("authorization", f"bearer {bearer}"), ("user-agent", CHROME_UA)],
            started="2026-11-18T09:14:05.020Z",
            query=[("expand", "authorization")],
            content=json_content(users_me(f, m, 0, ids["org"])),
        ),
        har_entry(
            "GET",
            "https://apps.mypurecloud.com/directory/js/main.8841.js",
            [(":authority", "apps.mypurecloud.com"), ("user-agent", CHROME_UA)],
            started="2026-11-18T09:14:05.301Z",
            content={"size": 640, "mimeType": "application/javascript", "text": js_bundle(f, 0)},
        ),
        har_entry(
            "GET",
            f"https://api.mypurecloud.com/api/v2/conversations/{ids['conversation']}",
            [(":authority", "api.mypurecloud.com"), ("authorization", f"bearer {bearer}")],
            started="2026-11-18T09:14:06.733Z",
            content=json_content({"id": ids["conversation"], "startTime": "2026-11-18T09:01:44.000Z"}),
        ),
    ]
    write_har(f, m, {"name": "WebInspector", "version": "537.36"}, entries, 2)
    return f


def har_firefox(m: Maker) -> CorpusFile:
    f = CorpusFile("firefox_pkce_login.har", "har", "utf-8")
    ids = keep_common(f, m)
    client_id = f.keep("client-id", "keep-uuid", m.uuid())
    verifier = f.secret("pkce-verifier-form", "pkce-code-verifier", m.b64url(32))
    code = f.secret("auth-code", "baseline", m.b64url(24))
    access = f.secret("token-response-access", "baseline", m.jwt("https://login.usw2.pure.cloud"))
    client_secret = f.secret("multipart-client-secret", "multipart-client-secret", m.b64url(32))
    nested = f.secret("double-encoded-access-token", "url-nested-token", m.genesys_token())
    assertion = f.secret(
        "saml2-bearer-decoded-params", "saml2-bearer-assertion", m.saml_assertion_b64url("urn:corp:idp")
    )
    f.keep("started", "keep-timestamp", "2026-11-18T10:02:11.907+01:00")
    inner = f"https://apps.usw2.pure.cloud/directory/#access_token={nested}&expires_in=86399"
    once = quote(inner, safe="")
    twice = quote(once, safe="")
    boundary = "----geckoformboundary" + m.hex(12)
    entries = [
        har_entry(
            "POST",
            "https://login.usw2.pure.cloud/oauth/token",
            [
                ("Host", "login.usw2.pure.cloud"),
                ("User-Agent", FIREFOX_UA),
                ("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"),
            ],
            started="2026-11-18T10:02:11.907+01:00",
            post=form_post(
                [
                    ("grant_type", "authorization_code"),
                    ("code", code),
                    ("redirect_uri", "https://apps.usw2.pure.cloud/directory/"),
                    ("client_id", client_id),
                    ("code_verifier", verifier),
                ],
                params="decoded",
            ),
            content=json_content({"access_token": access, "token_type": "bearer", "expires_in": 86399}, indent=2),
        ),
        har_entry(
            "GET",
            "https://apps.usw2.pure.cloud/directory/?returnTo=" + twice,
            [("Host", "apps.usw2.pure.cloud"), ("User-Agent", FIREFOX_UA)],
            started="2026-11-18T10:02:12.480+01:00",
            query=[("returnTo", once)],
            content={"size": 0, "mimeType": "text/html", "text": ""},
        ),
        har_entry(
            "POST",
            f"https://api.usw2.pure.cloud/api/v2/integrations/{m.uuid()}/config/current",
            [
                ("Host", "api.usw2.pure.cloud"),
                ("Content-Type", f"multipart/form-data; boundary={boundary}"),
                ("Referer", "https://apps.usw2.pure.cloud/directory/?returnTo=" + twice),
            ],
            started="2026-11-18T10:02:19.004+01:00",
            post=multipart(
                boundary,
                [("integrationName", "Zendesk bridge"), ("clientId", client_id), ("clientSecret", client_secret)],
            ),
            content=json_content({"id": m.uuid(), "version": 4}),
        ),
        har_entry(
            "POST",
            "https://login.usw2.pure.cloud/oauth/token",
            [("Host", "login.usw2.pure.cloud"), ("Content-Type", "application/x-www-form-urlencoded")],
            started="2026-11-18T10:02:23.117+01:00",
            post=form_post(
                [
                    ("grant_type", "urn:ietf:params:oauth:grant-type:saml2-bearer"),
                    ("assertion", assertion),
                    ("scope", "openid"),
                ],
                params="decoded",
            ),
            content=json_content({"error": "invalid_grant", "description": "assertion expired"}, indent=2),
            status=400,
        ),
        har_entry(
            "GET",
            "https://api.usw2.pure.cloud/api/v2/users/me?expand=authorization",
            [("Host", "api.usw2.pure.cloud"), ("Authorization", f"Bearer {access}")],
            started="2026-11-18T10:02:24.631+01:00",
            content=json_content(users_me(f, m, 1, ids["org"]), indent=2),
        ),
        har_entry(
            "GET",
            "https://apps.usw2.pure.cloud/directory/vendor.js",
            [("Host", "apps.usw2.pure.cloud")],
            started="2026-11-18T10:02:25.002+01:00",
            content={"size": 640, "mimeType": "text/javascript", "text": js_bundle(f, 1)},
        ),
        har_entry(
            "GET",
            f"https://api.usw2.pure.cloud/api/v2/analytics/conversations/{ids['conversation']}/details",
            [("Host", "api.usw2.pure.cloud"), ("Authorization", f"Bearer {access}")],
            started="2026-11-18T10:02:26.140+01:00",
            content=json_content({"conversationId": ids["conversation"], "divisionIds": [m.uuid()]}),
        ),
    ]
    write_har(f, m, {"name": "Firefox", "version": "132.0.2"}, entries, 4)
    f.text = crlf(f.text)
    return f


def har_edge(m: Maker) -> CorpusFile:
    f = CorpusFile("edge_admin_session.har", "har", "utf-8")
    ids = keep_common(f, m)
    idp = "https://sso.contoso-care.net/saml2"
    saml_html = f.secret(
        "saml-html-form-single-quotes", "har-saml-html-form", m.saml_response(idp, "https://login.mypurecloud.ie")
    )
    saml_field = f.secret(
        "saml-form-field-decoded", "har-saml-form-field", m.saml_response(idp, "https://login.mypurecloud.ie")
    )
    assertion = f.secret("saml2-bearer-text-only", "saml2-bearer-assertion", m.saml_assertion_b64url(idp))
    verifier = f.secret("pkce-verifier-json", "pkce-code-verifier", m.b64url(64))
    client_secret = f.secret("multipart-client-secret-chrome", "multipart-client-secret", m.chars(40, ALNUM + "-_~."))
    nested = f.secret("form-body-access-token", "url-nested-token", m.genesys_token())
    f.keep("started", "keep-timestamp", "2026-11-18T08:47:30.118Z")
    boundary = "----WebKitFormBoundary" + m.chars(16)
    return_url = quote(f"https://apps.mypurecloud.ie/#access_token={nested}&state=af0ifjsldkj", safe="")
    entries = [
        har_entry(
            "GET",
            "https://sso.contoso-care.net/saml2/sso?SAMLRequest=" + quote(saml_request(f, m), safe=""),
            [(":authority", "sso.contoso-care.net"), ("user-agent", EDGE_UA)],
            started="2026-11-18T08:47:30.118Z",
            content={
                "size": 2048,
                "mimeType": "text/html; charset=utf-8",
                "text": autopost_html(saml_html, 1, "https://login.mypurecloud.ie/saml"),
            },
        ),
        har_entry(
            "POST",
            "https://login.mypurecloud.ie/saml",
            [(":authority", "login.mypurecloud.ie"), ("content-type", "application/x-www-form-urlencoded")],
            started="2026-11-18T08:47:31.004Z",
            post=form_post(
                [("RelayState", "https://apps.mypurecloud.ie/"), ("SAMLResponse", saml_field)], params="decoded"
            ),
            status=303,
        ),
        har_entry(
            "POST",
            "https://login.mypurecloud.ie/oauth/token",
            [(":authority", "login.mypurecloud.ie"), ("content-type", "application/x-www-form-urlencoded")],
            started="2026-11-18T08:47:35.410Z",
            post=form_post(
                [("assertion", assertion), ("grant_type", "urn:ietf:params:oauth:grant-type:saml2-bearer")],
                params="none",
            ),
            content=json_content({"error": "invalid_grant"}),
            status=400,
        ),
        har_entry(
            "POST",
            "https://apps.mypurecloud.ie/api/auth/pkce/exchange",
            [(":authority", "apps.mypurecloud.ie"), ("content-type", "application/json")],
            started="2026-11-18T08:47:36.902Z",
            post={
                "mimeType": "application/json",
                "text": json.dumps(
                    {"redirectUri": "https://apps.mypurecloud.ie/", "codeVerifier": verifier, "clientId": ids["org"]}
                ),
            },
        ),
        har_entry(
            "POST",
            "https://apps.mypurecloud.ie/admin/integrations/upload",
            [(":authority", "apps.mypurecloud.ie"), ("content-type", f"multipart/form-data; boundary={boundary}")],
            started="2026-11-18T08:47:40.551Z",
            post=multipart(
                boundary, [("name", "Salesforce sync"), ("region", "eu-west-1"), ("clientSecret", client_secret)]
            ),
        ),
        har_entry(
            "POST",
            "https://apps.mypurecloud.ie/login/continue",
            [(":authority", "apps.mypurecloud.ie"), ("content-type", "application/x-www-form-urlencoded")],
            started="2026-11-18T08:47:41.210Z",
            post={
                "mimeType": "application/x-www-form-urlencoded",
                "text": f"lang=en-us&returnUrl={return_url}",
                "params": [{"name": "lang", "value": "en-us"}, {"name": "returnUrl", "value": return_url}],
            },
        ),
        har_entry(
            "GET",
            "https://api.mypurecloud.ie/api/v2/users/me?expand=authorization",
            [(":authority", "api.mypurecloud.ie")],
            started="2026-11-18T08:47:42.003Z",
            content=json_content(users_me(f, m, 2, ids["org"])),
        ),
        har_entry(
            "GET",
            "https://apps.mypurecloud.ie/admin/app.js",
            [(":authority", "apps.mypurecloud.ie")],
            started="2026-11-18T08:47:42.310Z",
            content={"size": 640, "mimeType": "application/javascript", "text": js_bundle(f, 2)},
        ),
        har_entry(
            "GET",
            f"https://api.mypurecloud.ie/api/v2/conversations/{ids['conversation']}",
            [(":authority", "api.mypurecloud.ie")],
            started="2026-11-18T08:47:43.020Z",
            content=json_content({"id": ids["conversation"], "participants": []}),
        ),
    ]
    write_har(
        f, m, {"name": "WebInspector", "version": "537.36", "comment": "Microsoft Edge 131.0.2903.70"}, entries, None
    )
    return f


def har_fiddler(m: Maker) -> CorpusFile:
    f = CorpusFile("fiddler_export.har", "har", "utf-8")
    ids = keep_common(f, m)
    idp = "https://adfs.northwind-care.com/adfs/services/trust"
    saml_html = f.secret(
        "saml-html-form-base64-body", "har-saml-html-form", m.saml_response(idp, "https://login.mypurecloud.com.au")
    )
    saml_field = f.secret(
        "saml-form-field-text-only", "har-saml-form-field", m.saml_response(idp, "https://login.mypurecloud.com.au")
    )
    assertion = f.secret("saml2-bearer-encoded-params", "saml2-bearer-assertion", m.saml_assertion_b64url(idp))
    client_secret = f.secret("multipart-bracket-name", "multipart-client-secret", m.password(32, "-_.~"))
    f.keep("started", "keep-timestamp", "2026-11-18T11:30:00.0000000+10:00")
    boundary = "---------------------------" + "".join(m.rng.choice(string.digits) for _ in range(29))
    html_body = autopost_html(saml_html, 2, "https://login.mypurecloud.com.au/saml")
    entries = [
        har_entry(
            "GET",
            "https://adfs.northwind-care.com/adfs/ls/idpinitiatedsignon.aspx",
            [("Host", "adfs.northwind-care.com"), ("User-Agent", EDGE_UA)],
            started="2026-11-18T11:30:00.0000000+10:00",
            content={
                "size": len(html_body),
                "mimeType": "text/html; charset=utf-8",
                "encoding": "base64",
                "text": base64.b64encode(html_body.encode()).decode(),
            },
        ),
        har_entry(
            "POST",
            "https://login.mypurecloud.com.au/saml",
            [("Host", "login.mypurecloud.com.au"), ("Content-Type", "application/x-www-form-urlencoded")],
            started="2026-11-18T11:30:01.2500000+10:00",
            post=form_post([("RelayState", ""), ("SAMLResponse", saml_field)], params="none"),
            status=302,
        ),
        har_entry(
            "POST",
            "https://login.mypurecloud.com.au/oauth/token",
            [("Host", "login.mypurecloud.com.au"), ("Content-Type", "application/x-www-form-urlencoded")],
            started="2026-11-18T11:30:04.7030000+10:00",
            post=form_post(
                [
                    ("grant_type", "urn:ietf:params:oauth:grant-type:saml2-bearer"),
                    ("client_id", ids["org"]),
                    ("assertion", assertion),
                ]
            ),
        ),
        har_entry(
            "POST",
            "https://apps.mypurecloud.com.au/admin/integrations/custom/credentials",
            [("Host", "apps.mypurecloud.com.au"), ("Content-Type", f"multipart/form-data; boundary={boundary}")],
            started="2026-11-18T11:30:09.1100000+10:00",
            post=multipart(
                boundary, [("integration[name]", "Warehouse bot"), ("integration[clientSecret]", client_secret)]
            ),
        ),
        har_entry(
            "GET",
            f"https://api.mypurecloud.com.au/api/v2/conversations/{ids['conversation']}/recordings",
            [("Host", "api.mypurecloud.com.au")],
            started="2026-11-18T11:30:12.5000000+10:00",
            content=json_content([{"conversationId": ids["conversation"], "id": m.uuid()}]),
        ),
    ]
    write_har(
        f, m, {"name": "Fiddler", "version": "5.0.20253.3311", "comment": "http://www.telerik.com/fiddler"}, entries, 2
    )
    f.text = crlf(f.text)
    return f


# -- logs --------------------------------------------------------------------------------------------------


def basic(user: str, secret: str) -> str:
    return base64.b64encode(f"{user}:{secret}".encode()).decode()


def browser_console(m: Maker) -> CorpusFile:
    f = CorpusFile("browser_console.log", "text", "utf-8")
    ids = keep_common(f, m)
    session = f.secret("document-cookie-session", "document-cookie", m.b64url(32))
    gcucc = f.secret("document-cookie-gcucc", "document-cookie", m.hex(20))
    auth_cookie = f.secret("document-cookie-assignment", "document-cookie", m.genesys_token())
    verifier = f.secret("pkce-verifier-console", "pkce-code-verifier", m.b64url(48))
    password = f.secret("auth-object-password", "baseline", m.password(16))
    client_id = f.keep("auth-username-uuid", "keep-client-id-uuid", m.uuid())
    f.keep("fetch-include", "keep-fetch-credentials", 'credentials: "include"')
    f.keep("fetch-same-origin", "keep-fetch-credentials", "credentials:'same-origin'")
    f.keep("placeholder-console", "keep-placeholder", "`Bearer ${credentials.token}`")
    f.keep("ts", "keep-timestamp", "2026-11-18T09:14:07.221Z")
    f.keep("word-settings", "keep-word", "Authorization settings saved")
    lines = [
        f"main.8841.js:1 [Genesys] conversation {ids['conversation']} connected at 2026-11-18T09:14:07.221Z",
        "main.8841.js:1 [Genesys] Authorization settings saved for org " + ids["org"],
        "document.cookie",
        f"VM1423:1 '_ga=GA1.2.1453342.1795000000; ININ-SESSION={session}; gcucc_token={gcucc}; lang=en-US'",
        f'app.js:2211 set: document.cookie = "PURECLOUD_AUTH={auth_cookie}; path=/; secure; samesite=strict"',
        'api.js:88 fetch("https://api.mypurecloud.com/api/v2/users/me", { credentials: "include", '
        "headers: { Authorization: `Bearer ${credentials.token}` } })",
        "api.js:92 fetch(url,{credentials:'same-origin',method:'POST'})",
        f'oidc-client.min.js:1 OidcClient.createSigninRequest: storing state {{"id":"{m.hex(16)}",'
        f'"code_verifier":"{verifier}","redirect_uri":"https://apps.mypurecloud.com/"}}',
        f"bridge.js:41 connecting with {{ auth: {{ username: '{client_id}', password: '{password}' }}, "
        "timeout: 30000 }",
        "main.8841.js:1 Uncaught (in promise) TypeError: Failed to fetch",
        "main.8841.js:1 [Genesys] signed in as "
        + f.keep("email", "keep-contact", "dana.whitfield@example-contact-center.com")
        + " (callback "
        + f.keep("phone", "keep-contact", "+1 317 555 0142")
        + ")",
    ]
    f.text = "\n".join(lines) + "\n"
    return f


def desktop_app(m: Maker) -> CorpusFile:
    f = CorpusFile("desktop_app.log", "text", "utf-8-sig")
    ids = keep_common(f, m)
    s1 = f.secret("inspect-set-cookie-multiline-1", "node-inspect-headers", m.b64url(30))
    s2 = f.secret("inspect-set-cookie-multiline-2", "node-inspect-headers", m.b64(48))
    bearer = f.secret("inspect-authorization", "baseline", m.jwt())
    electron_cookie = f.secret("document-cookie-electron", "document-cookie", m.b64url(27))
    passwort = f.secret("passwort-colon", "foreign-key-name", m.password(14))
    nbsp = f.secret("nbsp-only-separator-bom", "nbsp-separator", m.password(18))
    password = f.secret("auth-multiline-password", "baseline", m.password(20))
    client_id = f.keep("auth-multiline-username", "keep-client-id-uuid", m.uuid())
    correlation = f.keep("correlation-id", "keep-uuid", m.uuid())
    f.keep("ts", "keep-timestamp", "[2026-11-18 09:14:05.021]")
    f.keep("word", "keep-word", "response headers")
    text = f"""[2026-11-18 09:14:03.512] [info]  Starting Genesys Cloud 2.40.733 (win32 x64) org {ids["org"]}
[2026-11-18 09:14:05.020] [debug] GET https://api.mypurecloud.com/api/v2/users/me -> 200
[2026-11-18 09:14:05.021] [debug] response headers: {{
  'content-type': 'application/json',
  'inin-correlation-id': '{correlation}',
  'set-cookie': [
    'ININ-SESSION={s1}; Path=/; Secure; HttpOnly',
    'AWSALB={s2}; Expires=Wed, 25 Nov 2026 09:14:05 GMT; Path=/'
  ],
  authorization: 'Bearer {bearer}'
}}
[2026-11-18 09:14:05.400] [debug] devtools> document.cookie
[2026-11-18 09:14:05.401] [debug] devtools< 'ININ-SESSION={electron_cookie}; _gid=GA1.2.77123.1795000000'
[2026-11-18 09:14:06.118] [warn]  Proxy-Anmeldung fehlgeschlagen für svc-proxy, Passwort: {passwort}
[2026-11-18 09:14:06.119] [debug] proxy.password\u00a0{nbsp}
[2026-11-18 09:14:06.500] [debug] websocket options {{
  url: 'wss://streaming.mypurecloud.com/channels/{ids["conversation"]}',
  auth: {{
    username: '{client_id}',
    password: '{password}'
  }},
  reconnect: true
}}
[2026-11-18 09:14:07.002] [info]  conversation {ids["conversation"]} answered
"""
    f.text = crlf(text)
    return f


def node_service(m: Maker) -> CorpusFile:
    f = CorpusFile("node_service.log", "text", "utf-8")
    ids = keep_common(f, m)
    secret = f.secret("axios-basic-secret", "baseline", m.b64url(32))
    client_id = f.keep("axios-auth-username", "keep-client-id-uuid", m.uuid())
    f.secret("axios-basic-header", "baseline", basic(client_id, secret))
    password = f.secret("axios-auth-password", "baseline", m.password(24))
    c1 = f.secret("inspect-set-cookie-inline-1", "node-inspect-headers", m.b64url(33))
    c2 = f.secret("inspect-set-cookie-inline-2", "node-inspect-headers", m.hex(24))
    raw1 = f.secret("inspect-rawheaders-cookie", "node-inspect-headers", m.b64url(40))
    f.keep("placeholder-template", "keep-placeholder", "'Bearer ${credentials.token}'")
    f.keep("ts", "keep-timestamp", "2026-11-18T09:20:41.777Z")
    f.keep("word", "keep-word", "Request failed with status code 401")
    text = f"""{{"level":30,"time":"2026-11-18T09:20:41.777Z","msg":"sync start","orgId":"{ids["org"]}"}}
{{"level":30,"msg":"callback requested","phone":"{f.keep("phone", "keep-contact", "+44 20 7946 0958")}","email":"ops@contoso.example"}}
AxiosError: Request failed with status code 401
    at settle (/srv/bridge/node_modules/axios/dist/node/axios.cjs:1966:12)
    at IncomingMessage.handleStreamEnd (/srv/bridge/node_modules/axios/dist/node/axios.cjs:3065:11) {{
  code: 'ERR_BAD_REQUEST',
  config: {{
    headers: Object [AxiosHeaders] {{
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Basic {basic(client_id, secret)}',
      'User-Agent': 'axios/1.7.7'
    }},
    auth: {{ username: '{client_id}', password: '{password}' }},
    template: 'Bearer ${{credentials.token}}',
    data: 'grant_type=client_credentials'
  }},
  response: {{
    status: 401,
    headers: Object [AxiosHeaders] {{ 'content-type': 'application/json', 'set-cookie': [ 'ININ-SESSION={c1}; Path=/', '__cf_bm={c2}; path=/; expires=Wed, 18-Nov-26 09:50:41 GMT' ] }},
    request: IncomingMessage {{
      rawHeaders: [
        'Content-Type',
        'application/json',
        'Set-Cookie',
        'PURECLOUD_SESSION={raw1}; Path=/; HttpOnly',
        'inin-correlation-id',
        '{ids["conversation"]}'
      ]
    }}
  }}
}}
"""
    f.text = text
    return f


def service_latin1(m: Maker) -> CorpusFile:
    f = CorpusFile("service_latin1.log", "text", "cp1252")
    ids = keep_common(f, m)
    passwort = f.secret("passwort-equals", "foreign-key-name", m.password(15))
    nbsp = f.secret("nbsp-latin1-password", "nbsp-separator", m.password(17))
    f.keep("umlaut", "keep-word", "Größe des Pools")
    f.keep("euro", "keep-word", "Kosten 1,20 €")
    f.keep("ts", "keep-timestamp", "2026-11-18 09:14:03,512")
    text = f"""2026-11-18 09:14:03,512 INFO  [Dienst] Verbindung zur Datenbank hergestellt (Größe des Pools: 10)
2026-11-18 09:14:04,001 WARN  [LDAP] Anmeldung fehlgeschlagen: Benutzer=svc_genesys Passwort={passwort} Versuch=3
2026-11-18 09:14:04,002 DEBUG [Proxy] password\u00a0: {nbsp}
2026-11-18 09:14:05,114 INFO  [Gespräch] conversationId={ids["conversation"]} Dauer 00:04:12 Kosten 1,20 €
2026-11-18 09:14:05,115 INFO  [Org] {ids["org"]} Übertragung abgeschlossen
"""
    f.text = crlf(text)
    return f


def service_utf8_nbsp(m: Maker) -> CorpusFile:
    f = CorpusFile("service_utf8_nbsp.log", "text", "utf-8")
    ids = keep_common(f, m)
    secret = f.secret("nbsp-utf8-colon", "nbsp-separator", m.b64url(30))
    bearer = f.secret("nbsp-utf8-bearer", "nbsp-separator", m.genesys_token())
    mdp = f.secret("mot-de-passe", "foreign-key-name", m.password(16))
    f.keep("ts", "keep-timestamp", "2026-11-18T09:14:04.001Z")
    f.keep("word", "keep-word", "Démarrage du connecteur")
    text = f"""2026-11-18T09:14:03.512Z level=info msg="Démarrage du connecteur" org={ids["org"]}
2026-11-18T09:14:04.001Z level=debug client_secret:\u00a0{secret}
2026-11-18T09:14:04.120Z level=debug Authorization:\u00a0Bearer\u00a0{bearer}
2026-11-18T09:14:04.300Z level=warn msg="échec de connexion" utilisateur=svc mot de passe : {mdp}
2026-11-18T09:14:05.000Z level=info conversation={ids["conversation"]} état=terminé
"""
    f.text = text
    return f


def service_utf16(m: Maker) -> CorpusFile:
    f = CorpusFile("service_utf16.log", "text", "utf-16")
    ids = keep_common(f, m)
    kennwort = f.secret("kennwort-colon", "foreign-key-name", m.password(13))
    passwort = f.secret("passwort-json", "foreign-key-name", m.password(19))
    token = f.secret("nbsp-utf16-token", "nbsp-separator", m.b64url(36))
    f.keep("ts", "keep-timestamp", "11/18/2026 09:14:03")
    f.keep("word", "keep-word", "Genesys Sync Service gestartet")
    text = f"""11/18/2026 09:14:03 Information  Genesys Sync Service gestartet. Organisation {ids["org"]}
11/18/2026 09:14:04 Warnung      Kennwort: {kennwort}
11/18/2026 09:14:04 Debug        {{"Benutzer": "svc_sync", "Passwort": "{passwort}"}}
11/18/2026 09:14:05 Debug        token\u00a0=\u00a0{token}
11/18/2026 09:14:05 Information  Gespräch {ids["conversation"]} übertragen.
"""
    f.text = crlf(text)
    return f


PS_HEADER = """**********************
Windows PowerShell transcript start
Start time: 20261118091403
Username: CONTOSO\\dana.whitfield
RunAs User: CONTOSO\\dana.whitfield
Configuration Name:\u0020
Machine: WS-0142 (Microsoft Windows NT 10.0.22631.0)
Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
Process ID: 11820
PSVersion: 5.1.22621.4391
PSEdition: Desktop
**********************
Transcript started, output file is C:\\Users\\dana\\Documents\\PowerShell_transcript.WS-0142.20261118091403.txt
"""


def powershell_transcript(m: Maker) -> CorpusFile:
    f = CorpusFile("powershell_transcript.txt", "text", "utf-8-sig")
    ids = keep_common(f, m)
    client_id = m.uuid()
    curl_secret = f.secret("curl-u-secret", "ps-curl-user", m.b64url(32))
    token = f.secret("token-response", "baseline", m.genesys_token())
    secure = f.secret("securestring-single-quotes", "ps-securestring", m.password(18))
    basic_secret = f.secret("basic-pair-secret", "ps-basic-alone", m.b64url(30))
    f.secret("basic-bare-base64", "ps-basic-alone", basic(client_id, basic_secret))
    table_token = f.secret("format-table-token", "ps-token-table", m.genesys_token())
    f.keep("ts", "keep-timestamp", "Start time: 20261118091403")
    f.keep("word", "keep-word", "Windows PowerShell transcript start")
    pad = " " * 3
    text = (
        PS_HEADER
        + f"""PS C:\\Users\\dana> curl.exe -s {m.pick("-u ", "--user ", "-u ")}{m.pick("", '"', "'").join(["", f"{client_id}:{curl_secret}", ""])} -d "grant_type=client_credentials" https://login.mypurecloud.com/oauth/token
{{"access_token":"{token}","token_type":"bearer","expires_in":86399}}
PS C:\\Users\\dana> $secure = {m.pick(f"ConvertTo-SecureString '{secure}' -AsPlainText -Force", f'ConvertTo-SecureString -String "{secure}" -Force -AsPlainText', f"ConvertTo-SecureString -AsPlainText -String '{secure}' -Force")}
PS C:\\Users\\dana> $pair = "{{0}}:{{1}}" -f $clientId, $clientSecret
PS C:\\Users\\dana> [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
{basic(client_id, basic_secret)}
PS C:\\Users\\dana> Invoke-RestMethod -Method Post -Uri https://login.mypurecloud.com/oauth/token -Headers $h -Body $b | Format-Table

access_token{" " * 76}{pad}token_type expires_in
------------{" " * 76}{pad}---------- ----------
{table_token}{pad}bearer          86399

PS C:\\Users\\dana> (Get-GcUser -Me).Email
{f.keep("email", "keep-contact", "dana.whitfield@contoso.example")}
PS C:\\Users\\dana> Get-Conversation -Id {ids["conversation"]}
Id           : {ids["conversation"]}
Organization : {ids["org"]}
**********************
Windows PowerShell transcript end
End time: 20261118091822
**********************
"""
    )
    f.text = crlf(text)
    return f


def powershell_redirect(m: Maker) -> CorpusFile:
    f = CorpusFile("powershell_redirect.log", "text", "utf-16")
    ids = keep_common(f, m)
    client_id = m.uuid()
    curl_secret = f.secret("curl-user-quoted", "ps-curl-user", m.chars(40, ALNUM + "-_"))
    secure = f.secret("securestring-named-string", "ps-securestring", m.password(21))
    basic_secret = f.secret("basic-prefixed-secret", "ps-basic-alone", m.password(24))
    f.secret("basic-prefixed", "ps-basic-alone", basic(client_id, basic_secret))
    full = m.genesys_token()
    visible = full[:44]
    f.secret("hashtable-truncated-token", "ps-token-table", visible)
    f.keep("ts", "keep-timestamp", "2026-11-18 09:31:07")
    f.keep("word", "keep-word", "received 1342-byte response")
    text = f"""VERBOSE: 2026-11-18 09:31:07 POST https://login.mypurecloud.de/oauth/token with -1-byte payload
VERBOSE: received 1342-byte response of content type application/json
Command line: curl.exe --user "{client_id}:{curl_secret}" --data grant_type=client_credentials https://login.mypurecloud.de/oauth/token
ConvertTo-SecureString -String "{secure}" -AsPlainText -Force | ConvertFrom-SecureString
Basic {basic(client_id, basic_secret)}

Name                           Value
----                           -----
access_token                   {visible}...
token_type                     bearer
expires_in                     86399
conversationId                 {ids["conversation"]}
organizationId                 {ids["org"]}

"""
    f.text = crlf(text)
    return f


def pwsh7_session(m: Maker) -> CorpusFile:
    f = CorpusFile("pwsh7_session.log", "text", "utf-8")
    ids = keep_common(f, m)
    curl_pw = f.secret("curl-u-single-quoted", "ps-curl-user", m.password(20, "!#%*+-_=?"))
    secure = f.secret("securestring-in-credential", "ps-securestring", m.password(16, "!#%*+-_=?"))
    basic_secret = f.secret("basic-indented-secret", "ps-basic-alone", m.b64url(24))
    f.secret("basic-indented", "ps-basic-alone", basic("svc-bridge", basic_secret))
    jwt = f.secret("autosize-table-jwt", "ps-token-table", m.jwt("https://login.mypurecloud.jp"))
    f.keep("ts", "keep-timestamp", "2026-11-18T18:40:12+09:00")
    f.keep("word", "keep-word", "PowerShell 7.4.6")
    text = f"""PowerShell 7.4.6
PS /home/ops> Get-Date -Format o
2026-11-18T18:40:12+09:00
PS /home/ops> curl -sS -u 'svc-bridge:{curl_pw}' https://api.mypurecloud.jp/api/v2/conversations/{ids["conversation"]}
PS /home/ops> $cred = New-Object PSCredential('svc-bridge', (ConvertTo-SecureString "{secure}" -AsPlainText -Force))
PS /home/ops> Write-Host $basicAuth
    {basic("svc-bridge", basic_secret)}
PS /home/ops> Get-GcToken -Org {ids["org"]} | Format-Table expires_in, token_type, access_token -AutoSize

expires_in token_type access_token
---------- ---------- ------------
     86399 bearer     {jwt}

PS /home/ops> exit
"""
    f.text = text
    return f


# -- long single lines -------------------------------------------------------------------------------------

MIB = 1 << 20


def filler_events(m: Maker, conversation: str, size: int) -> str:
    """Comma-joined JSON events of about ``size`` characters (always a little less)."""
    events: list[str] = []
    total = 0
    queues = ["Billing", "Support Tier 1", "Sales EMEA", "Claims"]
    second = 0
    while True:
        second += 1
        event = json.dumps(
            {
                "ts": f"2026-11-18T09:{(second // 60) % 60:02d}:{second % 60:02d}.{second % 1000:03d}Z",
                "event": "routing.queue.member.updated",
                "conversationId": conversation,
                "queue": queues[second % 4],
                "waiting": second % 17,
                "agentId": m.uuid(),
            },
            separators=(",", ":"),
        )
        if total + len(event) + 1 > size:
            return ",".join(events)
        events.append(event)
        total += len(event) + 1


def long_line(m: Maker, name: str, secret_at: int, before: str, after: str, tail: int) -> tuple[str, str]:
    """A one-line JSON array whose text ``before`` ends ``secret_at`` characters into the line.

    Returns the line and the padding used (a heartbeat event fills the gap exactly).
    """
    del name
    conversation = str(uuid.uuid5(uuid.NAMESPACE_URL, "long-line-" + before[-20:]))
    head = "[" + filler_events(m, conversation, secret_at - len(before) - 400)
    gap = secret_at - len(head) - len(before) - len(',{"event":"heartbeat","note":""}')
    pad = ("ok-" * gap)[:gap]  # low entropy: nothing a shape rule may take for a secret
    head += ',{"event":"heartbeat","note":"' + pad + '"}' + before
    assert len(head) == secret_at, (len(head), secret_at)
    return head, after + "," + filler_events(m, conversation, tail) + "]"


def oneline_access_token(m: Maker) -> CorpusFile:
    f = CorpusFile("api_trace_oneline.log", "json", "utf-8")
    token = f.secret("access-token-after-space-cut", "long-line-boundary", m.genesys_token())
    # The blank of '"access_token": ' is the last separator before the 1 MiB mark; the value runs across it.
    head, tail = long_line(m, f.name, MIB - 19, ',{"event":"token.refreshed","body":{"access_token": "', "", 150_000)
    f.text = head + token + '","token_type":"bearer"}}' + tail + "\n"
    f.keep("conversation-id", "keep-uuid", str(uuid.uuid5(uuid.NAMESPACE_URL, "long-line-" + head[-20:])))
    f.keep("event-name", "keep-word", "routing.queue.member.updated")
    return f


def oneline_bearer(m: Maker) -> CorpusFile:
    f = CorpusFile("gateway_oneline.log", "json", "utf-8")
    jwt = f.secret("bearer-after-scheme-cut", "long-line-boundary", m.jwt())
    head, tail = long_line(
        m, f.name, MIB - 7, ',{"event":"proxy.request","headers":{"Authorization":"Bearer ', "", 100_000
    )
    f.text = head + jwt + '"}}' + tail + "\r\n"
    f.keep("conversation-id", "keep-uuid", str(uuid.uuid5(uuid.NAMESPACE_URL, "long-line-" + head[-20:])))
    return f


def oneline_form(m: Maker) -> CorpusFile:
    """A logged form body: one 1.1 MB line without blanks, commas, semicolons or raw ampersands."""
    f = CorpusFile("upload_form_oneline.log", "text", "utf-8")
    token = f.secret("refresh-token-hard-cut", "long-line-boundary", m.b64url(48))
    blob = base64.b64encode(m.raw(800_000)).decode()
    prefix = (
        "2026-11-18T09:40:00.000Z POST /upload body=returnTo%3Dhttps%253A%252F%252Fapps.mypurecloud.com%252F%3Fdata%3D"
    )
    f.keep("ts", "keep-timestamp", "2026-11-18T09:40:00.000Z")
    key = "%26refresh_token%3D"
    room = MIB - 10 - len(prefix) - len(key)
    blob = quote(blob[: int(room * 0.9)], safe="")[:room]
    while blob.endswith(("%", "%2", "%3", "%4", "%5")) or blob[-2:-1] == "%":
        blob = blob[:-1] + "A"
    head = prefix + blob
    head += "A" * (MIB - 10 - len(head) - len(key)) + key
    assert len(head) == MIB - 10
    f.text = head + token + "%26expires_in%3D86399 status=201\n"
    return f


# -- configuration files ----------------------------------------------------------------------------------


def raw_at_password(m: Maker) -> str:
    return m._unique(lambda: f"{m.chars(5)}@{m.chars(6)}!{m.chars(3)}@{m.chars(2)}")


def env_lines(m: Maker, rows: list[tuple[str, str, str]], prefix: str = "", sep: str = "=") -> str:
    """``.env`` lines: (key, value, canonical quote) each; key casing, quotes and separator may be shuffled."""
    return "".join(f"{prefix}{m.key(k, env=True)}{m.sep(sep, 'env')}{m.quoted(v, q)}\n" for k, v, q in rows)


def env_connector(m: Maker) -> CorpusFile:
    f = CorpusFile("connector.env", "env", "utf-8")
    ids = keep_common(f, m)
    client = f.keep("client-id", "keep-uuid", m.uuid())
    bind = f.secret("ldap-bind-pw", "env-secret-synonym", m.password(18))
    hmac = f.secret("webhook-hmac-key", "env-secret-synonym", m.hex(32))
    db = f.secret("database-url-raw-at", "env-url-raw-at", raw_at_password(m))
    f.keep("placeholder", "keep-placeholder", "Bearer ${credentials.token}")
    prefix = m.pick("export ", "")
    ttl, policy = m.key("TOKEN_TTL", env=True), m.key("PASSWORD_MIN_LENGTH", env=True)
    f.text = "# Genesys Cloud bridge\n" + env_lines(
        m,
        [
            ("GC_REGION", "mypurecloud.com", '"'),
            ("GC_CLIENT_ID", client, '"'),
            ("GC_ORG_ID", ids["org"], '"'),
            ("GC_TEST_CONVERSATION", ids["conversation"], '"'),
            ("LDAP_BIND_DN", "cn=svc-genesys,ou=Service,dc=contoso,dc=com", '"'),
            ("LDAP_BIND_PW", bind, '"'),
            ("WEBHOOK_HMAC_KEY", hmac, '"'),
            ("DATABASE_URL", f"postgres://genesys_sync:{db}@db01.contoso.lan:5432/sync", '"'),
        ],
        prefix,
    )
    f.text += f"{prefix}{ttl}=3600\n{prefix}{policy}=12\n"
    signing = "\\n".join(pem_key(f, m, "saml-signing-key-escaped", "PRIVATE KEY", 138))
    f.text += env_lines(m, [("SAML_SIGNING_KEY", signing, '"')], prefix)
    f.text += env_lines(m, [("AUTH_HEADER_TEMPLATE", "Bearer ${credentials.token}", '"')], prefix)
    f.keep("ttl", "keep-word", f"{ttl}=3600")
    f.keep("policy", "keep-word", f"{policy}=12")
    return f


def env_production(m: Maker) -> CorpusFile:
    f = CorpusFile(".env.production", "env", "utf-8")
    ids = keep_common(f, m)
    bind = f.secret("ad-bind-pw-single-quoted", "env-secret-synonym", m.password(20))
    hmac = f.secret("signing-hmac-key", "env-secret-synonym", m.b64(32))
    amqp = f.secret("amqp-url-raw-at", "env-url-raw-at", raw_at_password(m))
    redis = f.secret("redis-url-empty-user", "env-url-raw-at", raw_at_password(m))
    level = m.key("LOG_LEVEL", env=True)
    f.keep("word", "keep-word", f"{level}=debug")
    rows = [
        ("AD_BIND_PW", bind, "'"),
        ("SIGNING_HMAC_KEY", hmac, ""),
        ("AMQP_URL", f"amqps://bridge:{amqp}@mq.contoso.lan:5671/genesys", ""),
        ("REDIS_URL", f"redis://:{redis}@cache.contoso.lan:6379/0", ""),
        ("ORG_ID", ids["org"], ""),
        ("CONVERSATION_ID", ids["conversation"], ""),
    ]
    f.text = crlf(env_lines(m, rows) + f"{level}=debug\n")
    return f


def env_bridge(m: Maker) -> CorpusFile:
    f = CorpusFile("bridge.env", "env", "utf-8")
    ids = keep_common(f, m)
    bind = f.secret("lower-bind-pw", "env-secret-synonym", m.password(16))
    hmac = f.secret("camel-hmac-key", "env-secret-synonym", m.b64url(32))
    proxy = f.secret("proxy-bind-pw", "env-secret-synonym", m.password(15))
    mongo = f.secret("mongo-url-double-quoted", "env-url-raw-at", raw_at_password(m))
    mongo_uri = f"mongodb+srv://bridge:{mongo}@cluster0.contoso.mongodb.net/genesys?retryWrites=true"
    f.text = (
        env_lines(m, [("smtp_bind_pw", bind, ""), ("hmacKey", hmac, '"')])
        + env_lines(m, [("ProxyBindPw", proxy, "")], sep=" = ")
        + env_lines(m, [("MONGO_URI", mongo_uri, '"'), ("ORG", ids["org"], ""), ("CONV", ids["conversation"], "")])
    )
    return f


def yaml_deployment(m: Maker) -> CorpusFile:
    f = CorpusFile("deployment.yaml", "yaml", "utf-8")
    ids = keep_common(f, m)
    client = f.keep("client-id", "keep-uuid", m.uuid())
    secret = f.secret("env-list-double-quoted", "yaml-k8s-env", m.b64url(32))
    token = f.secret("env-list-flow-mapping", "yaml-k8s-env", m.genesys_token())
    smtp = f.secret("env-list-value-first", "yaml-k8s-env", m.password(17))
    f.keep("secret-ref", "keep-word", "secretKeyRef")
    f.text = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: genesys-bridge
  namespace: contact-center
  annotations:
    genesys.com/org-id: "{ids["org"]}"
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: bridge
          image: registry.contoso.lan/genesys-bridge:2.4.1
          env:
            - name: GC_CLIENT_ID
              value: "{client}"
            - name: {m.key("GC_CLIENT_SECRET", env=True)}
              value: {m.quoted(secret, '"', "yaml")}
            - name: LDAP_BIND_PASSWORD
              valueFrom:
                secretKeyRef: {{name: ldap, key: password}}
            - {{name: {m.key("WEBHOOK_TOKEN", env=True)}, value: {token}}}
            - value: {m.quoted(smtp, "'", "yaml")}
              name: {m.key("SMTP_PASSWORD", env=True)}
            - name: CONVERSATION_ID
              value: {ids["conversation"]}
"""
    return f


def docker_auth(user: str, password: str, registry: str) -> str:
    return json.dumps({"auths": {registry: {"username": user, "password": password, "auth": basic(user, password)}}})


def pem_key(f: CorpusFile, m: Maker, sid: str, label: str = "EC PRIVATE KEY", nbytes: int = 121) -> list[str]:
    """A private key block whose every base64 line is a secret."""
    lines = m.pem(label, nbytes)
    for number, line in enumerate(lines[1:-1]):
        f.secret(f"{sid}-{number}", "pem-private-key", line)
    return lines


def yaml_regcred(m: Maker) -> CorpusFile:
    f = CorpusFile("regcred.yaml", "yaml", "utf-8")
    ids = keep_common(f, m)
    pw1 = f.secret("dockerconfig-inner-password", "yaml-dockerconfigjson", m.password(20))
    blob = f.secret(
        "dockerconfigjson-data",
        "yaml-dockerconfigjson",
        base64.b64encode(docker_auth("ci-bot", pw1, "registry.contoso.lan").encode()).decode(),
    )
    tok = f.secret("dockerconfig-stringdata-token", "yaml-dockerconfigjson", "ghp_" + m.chars(36))
    auth = f.secret("dockerconfig-stringdata-auth", "yaml-dockerconfigjson", basic("octo-ci", tok))
    f.text = crlf(f"""apiVersion: v1
kind: Secret
metadata:
    name: regcred
    labels:
        org: "{ids["org"]}"
type: kubernetes.io/dockerconfigjson
data:
    .dockerconfigjson: {blob}
---
apiVersion: v1
kind: Secret
metadata:
    name: regcred-string
    annotations:
        conversation: {ids["conversation"]}
type: kubernetes.io/dockerconfigjson
stringData:
    .dockerconfigjson: '{{"auths":{{"ghcr.io":{{"auth":"{auth}"}}}}}}'
""")
    certificate = m.pem("CERTIFICATE", 300)
    for line in certificate[1:-1]:
        f.may_go(line)  # a certificate is public, but shaped like a key: it may go or stay
    key = pem_key(f, m, "tls-key-block-scalar")
    block = "\n".join(" " * 8 + line for line in certificate)
    key_block = "\n".join(" " * 8 + line for line in key)
    f.text += crlf(f"""---
apiVersion: v1
kind: Secret
metadata:
    name: genesys-bridge-tls
type: kubernetes.io/tls
stringData:
    tls.crt: |
{block}
    tls.key: |
{key_block}
""")
    return f


def yaml_values(m: Maker) -> CorpusFile:
    f = CorpusFile("values.yaml", "yaml", "utf-8")
    ids = keep_common(f, m)
    pw = f.secret("dockerconfig-folded-password", "yaml-dockerconfigjson", m.password(22))
    blob = f.secret(
        "dockerconfigjson-folded",
        "yaml-dockerconfigjson",
        base64.b64encode(docker_auth("helm", pw, "registry.contoso.lan:5000").encode()).decode(),
    )
    plain = f.secret("next-line-plain", "yaml-next-line", m.b64url(30))
    folded = f.secret("next-line-folded", "yaml-next-line", m.password(19))
    literal = f.secret("next-line-literal", "yaml-next-line", m.genesys_token())
    quoted = f.secret("next-line-quoted", "yaml-next-line", m.hex(24))
    ttl = f.keep("ttl", "keep-word", m.key("tokenTtl") + ": 3600")
    f.text = f"""imagePullSecret:
  dockerconfigjson: >-
    {blob}
genesys:
  orgId: {ids["org"]}
  {m.key("clientSecret")}:
    {plain}
  {m.key("password")}: >-
    {folded}
  {m.key("apiToken")}: |
    {literal}
  {m.key("webhookSecret")}:
    {m.quoted(quoted, '"', "yaml")}
  {ttl}
  testConversation: {ids["conversation"]}
"""
    return f


def kv_lines(m: Maker, rows: list[tuple[str, str, str]], family: str) -> str:
    """``key<sep>value`` lines: (key, value, canonical separator) each; casing and separator may be shuffled."""
    return "".join(f"{m.key(k)}{m.sep(sep, family)}{v}\n" for k, v, sep in rows)


def ini_connector(m: Maker) -> CorpusFile:
    f = CorpusFile("connector.ini", "ini", "utf-8")
    ids = keep_common(f, m)
    client = f.keep("client-id", "keep-uuid", m.uuid())
    key = f.secret("api-key-spaced", "ini-spaced-key", m.hex(20))
    secret = f.secret("client-secret-colon", "ini-spaced-key", m.b64url(32))
    rows = [
        ("region", "mypurecloud.com", " = "),
        ("client id", client, " = "),
        (m.pick("API Key", "Api Key", "api key", "API KEY"), key, " = "),
        (m.pick("Client Secret", "client secret", "CLIENT SECRET"), secret, ": "),
        ("org id", ids["org"], " = "),
    ]
    f.text = (
        "; Genesys connector\n[genesys]\n"
        + "".join(f"{k}{m.sep(sep, 'ini')}{v}\n" for k, v, sep in rows)
        + f"\n[diagnostics]\nconversation{m.sep(' = ', 'ini')}{ids['conversation']}\n"
    )
    return f


def ini_settings(m: Maker) -> CorpusFile:
    f = CorpusFile("settings.cfg", "ini", "utf-8")
    ids = keep_common(f, m)
    key_id = f.secret("access-key-id-spaced", "ini-spaced-key", m.aws_key_id())
    aws = f.secret("secret-access-key-spaced", "ini-spaced-key", m.aws_secret())
    hook = f.secret("api-key-lowercase-tight", "ini-spaced-key", m.b64url(24))
    f.keep("region", "keep-word", "eu-central-1")
    aws_rows = [
        (m.pick("Access Key ID", "access key id", "Access Key Id"), key_id, " = "),
        (m.pick("Secret Access Key", "secret access key", "Secret access key"), aws, " = "),
        ("region", "eu-central-1", " = "),
    ]
    hook_rows = [(m.pick("api key", "Api Key", "API key"), hook, "="), ("org", ids["org"], "=")]
    hook_rows.append(("conversation", ids["conversation"], "="))
    body = "[aws]\n" + "".join(f"{k}{m.sep(sep, 'ini')}{v}\n" for k, v, sep in aws_rows)
    body += "\n[webhook]\n" + "".join(f"{k}{m.sep(sep, 'ini')}{v}\n" for k, v, sep in hook_rows)
    f.text = crlf(body)
    return f


def ini_integration(m: Maker) -> CorpusFile:
    f = CorpusFile("integration.conf", "ini", "utf-8")
    ids = keep_common(f, m)
    key = f.secret("api-key-hyphen-tab", "ini-spaced-key", m.chars(32))
    shared = f.secret("shared-key-spaced", "ini-spaced-key", m.b64(24))
    rows = [
        ("Org ID", ids["org"], "\t= "),
        (m.pick("API-Key", "Api-Key", "api-key"), key, "\t= "),
        (m.pick("Shared Key", "shared key", "SharedKey"), shared, " = "),
        ("Last Conversation", ids["conversation"], " = "),
    ]
    f.text = "[Genesys Cloud]\n" + "".join(f"{k}{m.sep(sep, 'ini')}{v}\n" for k, v, sep in rows)
    return f


def amp_password(m: Maker) -> tuple[str, str, str]:
    """A password with an & in it: (head, tail, whole)."""
    head, tail = m.chars(8), m.password(14, "!#%*+-_")
    return head, tail, f"{head}&{tail}"


def xml_add(m: Maker, key: str, value: str, close: str, *, value_first: bool = False) -> str:
    """An appSettings ``<add/>``: attribute order and quotes as canonical, or shuffled."""
    quote_char = m.pick('"', "'")
    first = m.pick(value_first, not value_first)
    attributes = [f"key={quote_char}{key}{quote_char}", f"value={quote_char}{value}{quote_char}"]
    return f"<add {' '.join(reversed(attributes) if first else attributes)}{close}"


def xml_web_config(m: Maker) -> CorpusFile:
    f = CorpusFile("web.config", "xml", "utf-8-sig")
    ids = keep_common(f, m)
    client = f.keep("client-id", "keep-uuid", m.uuid())
    secret = f.secret("appsettings-client-secret", "xml-appsettings", m.b64url(32))
    head, tail, whole = amp_password(m)
    f.secret("connstring-amp-password", "xml-connstring-amp", whole)
    f.secret("connstring-amp-tail", "xml-connstring-amp", tail)
    mode = f.keep("mode", "keep-word", xml_add(m, "Authorization.Mode", "ClientCredentials", " />"))
    f.text = crlf(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Genesys.Region" value="mypurecloud.com" />
    <add key="Genesys.ClientId" value="{client}" />
    {xml_add(m, "Genesys.ClientSecret", secret, " />")}
    <add key="Genesys.OrgId" value="{ids["org"]}" />
    {mode}
    <add key="Diagnostics.Conversation" value="{ids["conversation"]}" />
  </appSettings>
  <connectionStrings>
    <add name="SyncDb" connectionString="Server=sql01.contoso.lan;Database=GenesysSync;User Id=sync_app;Password={head}&amp;{tail};Encrypt=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""")
    return f


def xml_exe_config(m: Maker) -> CorpusFile:
    f = CorpusFile("Genesys.Sync.exe.config", "xml", "utf-8")
    ids = keep_common(f, m)
    secret = f.secret("element-client-secret", "xml-element-secret", m.b64url(32))
    key = f.secret("appsettings-api-key", "xml-appsettings", m.hex(24))
    head, tail, whole = amp_password(m)
    f.secret("connstring-double-amp", "xml-connstring-amp", whole.replace("&", "&&"))
    f.secret("connstring-double-amp-tail", "xml-connstring-amp", tail)
    f.text = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
    <configSections>
        <section name="genesys" type="Contoso.Genesys.ConfigSection, Contoso.Genesys" />
    </configSections>
    <genesys>
        <region>mypurecloud.de</region>
        <orgId>{ids["org"]}</orgId>
        <clientSecret>{secret}</clientSecret>
        <conversation>{ids["conversation"]}</conversation>
    </genesys>
    <appSettings>
        {xml_add(m, "ApiKey", key, "/>")}
    </appSettings>
    <connectionStrings>
        <add connectionString="Data Source=sql02;Initial Catalog=Sync;User ID=svc;Pwd={head}&amp;&amp;{tail}" name="Main"/>
    </connectionStrings>
</configuration>
"""
    return f


def xml_settings(m: Maker) -> CorpusFile:
    f = CorpusFile("settings.xml", "xml", "utf-8")
    ids = keep_common(f, m)
    setting = f.secret("applicationsettings-value", "xml-element-secret", m.password(24))
    element = f.secret("element-multiline", "xml-element-secret", m.b64(30))
    hook = f.secret("appsettings-value-first", "xml-appsettings", m.b64url(32))
    head, tail, whole = amp_password(m)
    f.secret("connstring-quoted-amp", "xml-connstring-amp", whole)
    f.secret("connstring-quoted-amp-tail", "xml-connstring-amp", tail)
    f.text = crlf(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <applicationSettings>
    <Contoso.Bridge.Properties.Settings>
      <setting name="ClientSecret" serializeAs="String">
        <value>{setting}</value>
      </setting>
      <setting name="ConversationId" serializeAs="String">
        <value>{ids["conversation"]}</value>
      </setting>
      <setting name="OrgId" serializeAs="String">
        <value>{ids["org"]}</value>
      </setting>
    </Contoso.Bridge.Properties.Settings>
  </applicationSettings>
  <appSettings>
    {xml_add(m, "Webhook.HmacKey", hook, " />", value_first=True)}
  </appSettings>
  <ClientSecret>
    {element}
  </ClientSecret>
  <connectionStrings>
    <add name="Audit" connectionString='Host=pg01;Username=audit;Password="{head}&amp;{tail}";SSL Mode=Require' />
  </connectionStrings>
</configuration>
""")
    return f


def split3(value: str) -> tuple[str, str, str]:
    third = len(value) // 3
    return value[:third], value[third : 2 * third], value[2 * third :]


def properties_application(m: Maker) -> CorpusFile:
    f = CorpusFile("application.properties", "properties", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.dotted(key) + m.sep(sep, "properties")

    client = f.keep("client-id", "keep-uuid", m.uuid())
    encoded = f.secret("jwt-encoded-key", "properties-key-synonym", m.b64(48))
    hmac = f.secret("webhook-hmac-key", "properties-key-synonym", m.hex(32))
    first = f.secret("continued-secret-first", "properties-continuation", m.b64url(18))
    second = f.secret("continued-secret-second", "properties-continuation", m.b64url(18))
    f.keep("continued-words", "keep-word", "to the right queue")
    f.text = f"""# Genesys bridge
{kv("genesys.region", "=")}mypurecloud.com
{kv("genesys.client-id", "=")}{client}
{kv("genesys.org-id", "=")}{ids["org"]}
{kv("security.jwt.encoded-key", "=")}{encoded}
{kv("webhook.hmac-key", " = ")}{hmac}
{kv("genesys.client-secret", "=")}{first}\\
    {second}
{kv("app.description", "=")}Routes calls \\
    to the right queue
{kv("diagnostics.conversation", "=")}{ids["conversation"]}
"""
    return f


def properties_connector(m: Maker) -> CorpusFile:
    f = CorpusFile("connector.properties", "properties", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.dotted(key) + m.sep(sep, "properties")

    encoded = f.secret("signing-encoded-key-colon", "properties-key-synonym", m.b64(32))
    hmac = f.secret("hmac-key-spaced-colon", "properties-key-synonym", m.b64url(32))
    parts = split3(m.password(42, "!#%*+-_="))
    for number, part in enumerate(parts):
        f.secret(f"continued-password-{number}", "properties-continuation", part)
    f.text = crlf(f"""! Connector settings
{kv("signing.encodedKey", ":")} {encoded}
{kv("hmacKey", " : ")}{hmac}
{kv("ldap.password", " : ")}{parts[0]}\\
                {parts[1]}\\
                {parts[2]}
{kv("org", " : ")}{ids["org"]}
{kv("conversation", " : ")}{ids["conversation"]}
""")
    return f


def properties_bootstrap(m: Maker) -> CorpusFile:
    f = CorpusFile("bootstrap.properties", "properties", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.dotted(key) + m.sep(sep, "properties")

    encrypt = f.secret("encrypt-key-blank-separator", "properties-key-synonym", m.hex(24))
    hmac = f.secret("oauth-hmac-key-tab", "properties-key-synonym", m.b64url(30))
    pw = f.secret("continued-after-password", "properties-continuation", m.password(18, "!#%*+-_"))
    f.keep("config-uri", "keep-word", "http://config.contoso.lan:8888")
    f.text = f"""{kv("spring.cloud.config.uri", " ")}http://config.contoso.lan:8888
{kv("encrypt.key", " ")}{encrypt}
{kv("oauth.hmac-key", TAB)}{hmac}
{kv("db.url", "=")}jdbc:sqlserver://sql01;user=sync;password={pw}\\
;encrypt=true
{kv("org.id", "=")}{ids["org"]}
{kv("conversation.id", "=")}{ids["conversation"]}
"""
    return f


def netrc_multiline(m: Maker) -> CorpusFile:
    f = CorpusFile(".netrc", "netrc", "utf-8")
    ids = keep_common(f, m)
    client = f.keep("login-uuid", "keep-uuid", m.uuid())
    s1 = f.secret("password-multiline", "netrc-password", m.b64url(32))
    s2 = f.secret("password-registry", "netrc-password", m.password(18, "!#%*+-_="))
    f.text = f"""machine api.mypurecloud.com
    login {client}
    password {s1}
machine registry.contoso.lan
    login ci-bot
    password {s2}
    account {ids["org"]}
"""
    f.keep("conversation-note", "keep-uuid", ids["conversation"])
    f.text += f"# conversation {ids['conversation']}\n"
    return f


def netrc_oneline(m: Maker) -> CorpusFile:
    f = CorpusFile("_netrc", "netrc", "utf-8")
    ids = keep_common(f, m)
    del ids["conversation"]
    f.keeps = [k for k in f.keeps if k.id != "conversation-id"]
    s1 = f.secret("password-one-line", "netrc-password", m.password(20, "!#%*+-_="))
    s2 = f.secret("password-default", "netrc-password", m.b64url(24))
    f.text = crlf(f"""machine login.mypurecloud.de login svc-bridge password {s1} account {ids["org"]}
default login anonymous password {s2}
""")
    return f


def netrc_quoted(m: Maker) -> CorpusFile:
    f = CorpusFile("build.netrc", "netrc", "utf-8")
    ids = keep_common(f, m)
    del ids["conversation"]
    f.keeps = [k for k in f.keeps if k.id != "conversation-id"]
    spaced = f.secret("password-quoted-spaces", "netrc-password", f"{m.chars(7)} {m.chars(6)} {m.chars(5)}")
    tabbed = f.secret("password-tabs", "netrc-password", m.password(17, "!#%*+-_="))
    f.text = f"""machine\tgit.contoso.lan\tlogin\tdeploy\tpassword\t{tabbed}
machine api.mypurecloud.jp login "svc bridge" password "{spaced}" account {ids["org"]}
"""
    return f


def toml_connector(m: Maker) -> CorpusFile:
    f = CorpusFile("connector.toml", "toml", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.key(key) + m.sep(sep, "tfvars")

    client = f.keep("client-id", "keep-uuid", m.uuid())
    secret = f.secret("basic-string", "toml-secret", m.b64url(32))
    literal = f.secret("literal-string", "toml-secret", m.password(18, "!#%*+-_=\\"))
    inline = f.secret("inline-table", "toml-secret", m.password(16, "!#%*+-_="))
    multi = f.secret("multiline-string", "toml-secret", m.b64(60))
    title = f.keep("title", "keep-word", kv("title", " = ") + '"Genesys bridge"')
    f.text = f"""{title}

[genesys]
{kv("region", " = ")}"mypurecloud.com"
{kv("client_id", " = ")}"{client}"
{kv("client_secret", " = ")}"{secret}"
{kv("org_id", " = ")}"{ids["org"]}"

[database]
{kv("password", " = ")}'{literal}'

[auth]
basic = {{ user = "svc", password = "{inline}" }}

[tls]
{kv("private_key", " = ")}\"\"\"
{multi}\"\"\"

[diagnostics]
{kv("conversations", " = ")}["{ids["conversation"]}"]
"""
    return f


def toml_credentials(m: Maker) -> CorpusFile:
    f = CorpusFile("credentials.toml", "toml", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.key(key) + m.sep(sep, "tfvars")

    token = f.secret("registry-token", "toml-secret", "cio" + m.chars(32))
    bearer = f.secret("bearer-token-dotted", "toml-secret", m.genesys_token())
    f.text = crlf(f"""[registry]
{kv("token", " = ")}"{token}"

[registries.contoso]
{kv("index", " = ")}"sparse+https://cargo.contoso.lan/index/"
{kv("token", " = ")}"Bearer {bearer}"
{kv("org", " = ")}"{ids["org"]}"
{kv("conversation", " = ")}"{ids["conversation"]}"
""")
    return f


def tfvars_main(m: Maker) -> CorpusFile:
    f = CorpusFile("terraform.tfvars", "tfvars", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.key(key) + m.sep(sep, "tfvars")

    client = f.keep("client-id", "keep-uuid", m.uuid())
    secret = f.secret("aligned-string", "tfvars-secret", m.b64url(32))
    nested = f.secret("map-client-secret", "tfvars-secret", m.b64url(33))
    heredoc = f.secret("heredoc-signing-key", "tfvars-secret", m.b64(48))
    f.keep("tags", "keep-word", '["prod", "contact-center"]')
    f.text = f"""{kv("genesys_region", "        = ")}"mypurecloud.com"
{kv("genesys_client_id", "     = ")}"{client}"
{kv("genesys_client_secret", " = ")}"{secret}"
{kv("genesys_org_id", "        = ")}"{ids["org"]}"
{kv("oauth", " = ")}{{
  {kv("client_id", "     = ")}"{client}"
  {kv("client_secret", " = ")}"{nested}"
}}
{kv("signing_key", " = ")}<<EOT
{heredoc}
EOT
{kv("test_conversation", " = ")}"{ids["conversation"]}"
{kv("tags", " = ")}["prod", "contact-center"]
"""
    return f


def tfvars_auto(m: Maker) -> CorpusFile:
    f = CorpusFile("prod.auto.tfvars", "tfvars", "utf-8")
    ids = keep_common(f, m)

    def kv(key: str, sep: str) -> str:
        return m.key(key) + m.sep(sep, "tfvars")

    pw = f.secret("tight-password", "tfvars-secret", m.password(19, "!#%*+-_="))
    k1 = f.secret("api-keys-list-1", "tfvars-secret", m.hex(20))
    k2 = f.secret("api-keys-list-2", "tfvars-secret", m.hex(20))
    f.text = crlf(f"""{kv("db_password", "=")}"{pw}"
{kv("api_keys", " = ")}["{k1}", "{k2}"]
{kv("org_id", "=")}"{ids["org"]}"
{kv("conversation_id", "=")}"{ids["conversation"]}"
""")
    return f


def jsonc_vscode(m: Maker) -> CorpusFile:
    f = CorpusFile("settings.json", "jsonc", "utf-8")
    ids = keep_common(f, m)
    proxy = f.secret("proxy-authorization-basic", "jsonc-secret", basic("svc-proxy", m.password(16)))
    secret = f.secret("rest-client-secret", "jsonc-secret", m.b64url(32))
    f.keep("array-item", "keep-word", '"users", // the scopes we need')
    f.text = f"""{{
  // Genesys Cloud developer settings
  "editor.tabSize": 2,
  "http.proxy": "http://proxy.contoso.lan:8080",
  "http.proxyAuthorization": "Basic {proxy}", // set by the IT script
  "rest-client.environmentVariables": {{
    "prod": {{
      "orgId": "{ids["org"]}",
      "clientSecret": "{secret}",
      "scopes": [
        "users", // the scopes we need
        "conversations",
      ],
      "conversation": "{ids["conversation"]}",
    }},
  }},
}}
"""
    return f


def jsonc_appsettings(m: Maker) -> CorpusFile:
    f = CorpusFile("appsettings.Development.json", "jsonc", "utf-8-sig")
    ids = keep_common(f, m)
    client = f.keep("client-id", "keep-uuid", m.uuid())
    secret = f.secret("block-comment-client-secret", "jsonc-secret", m.b64url(32))
    pw = f.secret("connection-string-password", "jsonc-secret", m.password(18, "!#%*+-_="))
    f.keep("placeholder", "keep-placeholder", '"Authorization": "Bearer ${credentials.token}"')
    f.text = crlf(f"""{{
  /* Local development only:
     never commit real secrets here */
  "Genesys": {{
    "Region": "mypurecloud.de",
    "ClientId": "{client}",
    "ClientSecret": "{secret}",
    "Headers": {{ "Authorization": "Bearer ${{credentials.token}}" }},
    "OrgId": "{ids["org"]}"
  }},
  "ConnectionStrings": {{ "Default": "Server=.;Database=Sync;User Id=sa;Password={pw};" }} /* local SQL */,
  "Diagnostics": {{ "Conversation": "{ids["conversation"]}" }}
}}
""")
    return f


def jsonc_devcontainer(m: Maker) -> CorpusFile:
    f = CorpusFile("devcontainer.json", "jsonc", "utf-8")
    ids = keep_common(f, m)
    secret = f.secret("run-args-env", "jsonc-secret", m.b64url(32))
    npm = f.secret("container-env-npm-token", "jsonc-secret", "npm_" + m.chars(36))
    f.text = f"""// For format details, see https://aka.ms/devcontainer.json
{{
  "name": "genesys-bridge",
  "runArgs": ["--env", "GC_CLIENT_SECRET={secret}", "--env", "GC_ORG_ID={ids["org"]}"],
  "containerEnv": {{
    "NPM_TOKEN": "{npm}" // read-only token
  }},
  "customizations": {{ "vscode": {{ "extensions": ["dbaeumer.vscode-eslint"] }} }},
  "postCreateCommand": "echo {ids["conversation"]}"
}}
"""
    return f


def json_users_me(m: Maker) -> CorpusFile:
    f = CorpusFile("users_me.json", "json", "utf-8")
    ids = keep_common(f, m)
    body = users_me(f, m, 0, ids["org"])
    # A second permission layout: the keeps of variant 0 are shared with the HAR; give this file its own ids.
    for keep in f.keeps:
        keep.id = keep.id.replace("-0", "-json")
    body["lastConversation"] = ids["conversation"]
    body["authorization"]["grants"] = [{"role": {"id": m.uuid(), "name": "authorization:role:view"}}]
    f.text = json.dumps(body, indent=2) + "\n"
    return f


def json_service_account(m: Maker) -> CorpusFile:
    """A cloud service-account key file: the private key is a JSON string with escaped newlines."""
    f = CorpusFile("service-account.json", "json", "utf-8")
    ids = keep_common(f, m)
    key = pem_key(f, m, "private-key-json-escaped", "PRIVATE KEY", 180)
    key_id = f.may_go(m.hex(20))
    document = {
        "type": "service_account",
        "project_id": "contoso-genesys-bridge",
        "private_key_id": key_id,
        "private_key": "\n".join(key) + "\n",
        "client_email": "bridge@contoso-genesys-bridge.iam.gserviceaccount.com",
        "client_id": "".join(m.rng.choice(string.digits) for _ in range(21)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "universe_domain": "googleapis.com",
        "labels": {"org": ids["org"], "conversation": ids["conversation"]},
    }
    f.keep("token-uri", "keep-word", "https://oauth2.googleapis.com/token")
    f.text = json.dumps(document, indent=2) + "\n"
    return f


def json_docker_config(m: Maker) -> CorpusFile:
    f = CorpusFile("docker_config.json", "json", "utf-8")
    ids = keep_common(f, m)
    pw = f.secret("docker-config-password", "yaml-dockerconfigjson", m.password(21))
    auth = f.secret("docker-config-auth", "yaml-dockerconfigjson", basic("ci-bot", pw))
    document = {
        "auths": {"registry.contoso.lan": {"auth": auth}},
        "credsStore": "desktop",
        "HttpHeaders": {"X-Org": ids["org"], "X-Conversation": ids["conversation"]},
    }
    f.text = json.dumps(document, indent="\t") + "\n"
    return f


def integration_trace(m: Maker) -> CorpusFile:
    f = CorpusFile("integration_trace.log", "text", "utf-8")
    ids = keep_common(f, m)
    wsse = f.secret("xml-wsse-password", "xml-in-log", m.password(14))
    add = f.secret("xml-add-client-secret", "xml-in-log", m.password(15))
    entry = f.secret("xml-entry-api-key", "xml-in-log", m.chars(20))
    cdata = f.secret("xml-cdata-password", "xml-in-log", m.password(16))
    specials = ">)]},;&'\""  # each secret holds at least one
    glued = f.secret("glued-login-password", "glued-separator", m.password(18, specials))
    conn = f.secret("glued-conn-password", "glued-separator", m.password(18, specials.replace(";", "")))
    token = f.secret("glued-token", "glued-separator", m.password(20, specials))
    f.keep("region", "keep-word", '<add key="Region" value="mypurecloud.com"/>')
    f.keep("encrypt", "keep-word", ";Encrypt=True")
    f.keep("ts", "keep-timestamp", "2026-11-18 09:14:07.250")
    key_attr, value_attr = 'key="Genesys.ClientSecret"', f'value="{add}"'
    first, second = m.pick((key_attr, value_attr), (value_attr, key_attr))
    tag = m.pick("Password", "password", "db:Password")
    text = f"""2026-11-18 09:14:07.100 INFO  [Bridge] start org={ids["org"]}
2026-11-18 09:14:07.200 DEBUG [Soap] > <wsse:UsernameToken><wsse:Username>svc</wsse:Username><wsse:Password \
Type="#PasswordText">{wsse}</wsse:Password></wsse:UsernameToken>
2026-11-18 09:14:07.250 DEBUG [Config] <add key="Region" value="mypurecloud.com"/>
2026-11-18 09:14:07.251 DEBUG [Config] <add {first} {second}{m.pick("/>", " />")}
2026-11-18 09:14:07.252 DEBUG [Config] <entry key="{m.pick("api.key", "ApiKey", "API_KEY")}">{entry}</entry>
2026-11-18 09:14:07.253 DEBUG [Config] <{tag}><![CDATA[{cdata}]]></{tag}>
2026-11-18 09:14:07.300 WARN  [Login] login failed for svc password={glued} retrying
2026-11-18 09:14:07.301 DEBUG [Db] Server=sql01;Database=Bridge;User Id=svc;Password={conn};Encrypt=True
2026-11-18 09:14:07.302 DEBUG [Auth] {m.pick("token", "access_token", "X-Auth-Token")}: {token}
2026-11-18 09:14:07.400 INFO  [Bridge] conversation {ids["conversation"]} done
"""
    f.text = text.replace("\\\n", "")
    return f


BUILDERS: list[Callable[[Maker], CorpusFile]] = [
    har_chrome,
    har_firefox,
    har_edge,
    har_fiddler,
    browser_console,
    desktop_app,
    node_service,
    service_latin1,
    service_utf8_nbsp,
    service_utf16,
    powershell_transcript,
    powershell_redirect,
    pwsh7_session,
    oneline_access_token,
    oneline_bearer,
    oneline_form,
    env_connector,
    env_production,
    env_bridge,
    yaml_deployment,
    yaml_regcred,
    yaml_values,
    ini_connector,
    ini_settings,
    ini_integration,
    xml_web_config,
    xml_exe_config,
    xml_settings,
    properties_application,
    properties_connector,
    properties_bootstrap,
    netrc_multiline,
    netrc_oneline,
    netrc_quoted,
    toml_connector,
    toml_credentials,
    tfvars_main,
    tfvars_auto,
    jsonc_vscode,
    jsonc_appsettings,
    jsonc_devcontainer,
    json_users_me,
    json_docker_config,
    json_service_account,
    integration_trace,
]


# -- checks and output ------------------------------------------------------------------------------------


def input_views(text: str) -> str:
    """The file's text with its common encodings undone, so that every secret can be found in it."""
    pieces = [text, html.unescape(text)]
    decoded = text
    for _ in range(3):
        decoded = unquote(decoded)
        pieces.append(decoded)
    pieces.append(unquote(text.replace("+", " ")))
    pieces.append(text.replace('\\"', '"').replace("\\/", "/").replace("\\n", "\n"))
    for piece in list(pieces):
        for run in _RUNS.findall(piece):
            pieces.append(_b64(run))
            for inner in _RUNS.findall(pieces[-1]):
                pieces.append(_b64(inner))
    return "\n".join(pieces)


def _b64(run: str) -> str:
    padded = run + "=" * (-len(run) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except ValueError:
        return ""
    return raw.decode("utf-8", "ignore")


_RUNS = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")


def check(f: CorpusFile) -> None:
    """The generator's own promises: every secret and keep is there, ids are unique, keeps hold no secret."""
    views = input_views(f.text)
    ids = [e.id for e in f.secrets + f.keeps]
    assert len(ids) == len(set(ids)), f"{f.name}: duplicate ids"
    for secret in f.secrets:
        assert secret.cls in CLASSES, secret.cls
        assert len(secret.value) >= 12, (f.name, secret.id)
        assert secret.value in views, (f.name, secret.id)
    for keep in f.keeps:
        assert keep.cls in CLASSES, keep.cls
        assert keep.value in f.text or keep.value in views, (f.name, keep.id)
        for secret in f.secrets:
            assert secret.value not in keep.value, (f.name, keep.id)
            assert keep.value not in secret.value, (f.name, keep.id)


def build(out: Path, seed: int = SEED) -> dict[str, Any]:
    """Write every file into ``out / "files"`` and return the expectations document.

    The canonical corpus (the default seed) has the shapes written in the builders. Any other seed also
    shuffles shapes: key casing, separators, quotes, attribute and header order, indentation, line endings.
    """
    seen: set[str] = set()  # unique across the corpus
    files_dir = out / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    for old in files_dir.iterdir():
        old.unlink()
    records: dict[str, Any] = {}
    for builder in BUILDERS:
        # Each file has its own generator, so that changing one builder leaves the other files as they are.
        own = int.from_bytes(hashlib.sha256(f"{seed}:{builder.__name__}".encode()).digest()[:8], "big")
        maker = Maker(own, shuffle=seed != SEED, seen=seen)
        corpus_file = builder(maker)
        ending = maker.pick("as-is", "lf", "crlf")
        if ending != "as-is":
            corpus_file.text = corpus_file.text.replace("\r\n", "\n")
            corpus_file.text = crlf(corpus_file.text) if ending == "crlf" else corpus_file.text
        check(corpus_file)
        assert corpus_file.name not in records, corpus_file.name
        data = encode(corpus_file)
        (files_dir / corpus_file.name).write_bytes(data)
        records[corpus_file.name] = {
            "format": corpus_file.fmt,
            "encoding": corpus_file.encoding,
            "sha256": hashlib.sha256(data).hexdigest(),
            "secrets": [e.record() for e in corpus_file.secrets],
            "keeps": [e.record() for e in corpus_file.keeps],
            "neutral": corpus_file.neutral,
            "live_session": any(secret.cls in LIVE_CLASSES for secret in corpus_file.secrets),
        }
    document = {"seed": seed, "classes": CLASSES, "files": records}
    (out / "expectations.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return document


def main(argv: list[str] | None = None) -> int:
    """Write the corpus (into this folder unless --out says otherwise)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=HERE, help="folder for files/ and expectations.json")
    parser.add_argument(
        "--seed", type=int, default=SEED, help=f"another seed also shuffles the shapes (default {SEED}: canonical)"
    )
    args = parser.parse_args(argv)
    if args.seed != SEED and args.out.resolve() == HERE:
        parser.error("a shuffled corpus goes elsewhere: give --out")
    document = build(args.out, args.seed)
    secrets = sum(len(r["secrets"]) for r in document["files"].values())
    keeps = sum(len(r["keeps"]) for r in document["files"].values())
    print(f"{len(document['files'])} files, {secrets} secrets, {keeps} keeps -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
