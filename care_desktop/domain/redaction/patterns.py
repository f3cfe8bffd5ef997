"""The regular expressions of text redaction: cheap scanners that find candidate lines, and exact patterns.

Two kinds of pattern live here. *Scanners* run over a whole block of lines (lower-cased, or as is for the
case-sensitive ones); each starts with a literal so that the regular-expression engine can skip quickly, and
together they are a necessary condition: a line that no scanner matches cannot contain anything the exact
patterns would remove, so it is copied unchanged without further work. *Exact patterns* run on candidate
lines only and decide what is removed. Keep the two in step: every exact pattern below names the scanner
that covers it. Also how text is cut into lines and pieces. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

# --- scanners over lower-cased text -------------------------------------------------------------------------
# A key (containing one of the scanner words) followed by an optional closing quote (possibly escaped, as in
# JSON inside a JSON string), blanks, and a separator. The comma lets "name": "cookie", pairs through.
# A separator followed by a marker is a value already removed, and does not count.
_KEY_TAIL: Final = r"[a-z0-9_.\-]*(?:\\{0,3}[\"'])?(?:[ \t]|\\t)*[=:,](?![ \t]*(?:\\{0,3}[\"'])?\[redacted:)"
# Words that share their first letters are scanned together (one pass over the text costs about 1 ms per MB).
SCANNED_WORDS: Final = ("p(?:ass|wd)", "se(?:cret|ss)", "c(?:ookie|redential)", "token", "key", "auth", "sig")
KEY_SCANNERS: Final = tuple(re.compile(word + _KEY_TAIL) for word in SCANNED_WORDS)
LOWER_SCANNERS: Final = (
    *KEY_SCANNERS,
    re.compile(r"code=(?!\[redacted:)"),  # ?code=... and &code=... (OAuth authorization codes)
    re.compile(r"bearer(?:[ \t]|\\t)+[a-z0-9\-._~+/]"),  # free-text bearer tokens
    re.compile(r"private key"),  # PEM private key blocks
    re.compile(r"://[^\s/?#@\"'<>\\]*:[^\s/?#@\"'<>\\]*@"),  # user:password@host
)
EMAIL_SCANNER: Final = re.compile(r"@[a-z0-9][a-z0-9\-]*\.")

# --- scanners over the text as it is (case matters) ---------------------------------------------------------
JWT: Final = re.compile(
    r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*(?:\.[A-Za-z0-9_\-]*){0,2}"
)
AWS_ACCESS_KEY: Final = re.compile(r"(?<![A-Z0-9])A[KS]IA[A-Z0-9]{16}(?![A-Z0-9])")
_GOOGLE_KEY: Final = r"AIza[0-9A-Za-z_\-]{35}"
_GITHUB_TOKEN: Final = r"gh(?:[pousr]_[A-Za-z0-9]{36,}|ithub_pat_[A-Za-z0-9_]{22,})"
_SLACK_TOKEN: Final = r"xox[abposr]-[A-Za-z0-9\-]{10,}"
_STRIPE_KEY: Final = r"k_live_[0-9A-Za-z]{16,}"  # sk_live_ and rk_live_; the exact pattern checks the letter
CASE_SCANNERS: Final = (
    re.compile(r"eyJ[A-Za-z0-9_\-]{5,}\."),
    re.compile(rf"A(?:[KS]IA[A-Z0-9]{{16}}|{_GOOGLE_KEY[1:]})"),
    re.compile(_GITHUB_TOKEN),
    re.compile(_SLACK_TOKEN),
    re.compile(_STRIPE_KEY),
)
API_KEY_FORMATS: Final = re.compile(
    rf"(?<![A-Za-z0-9_\-])(?:{_GOOGLE_KEY}|{_GITHUB_TOKEN}|{_SLACK_TOKEN}|[sr]{_STRIPE_KEY})"
)
# Phone numbers: a run of digits and separators long enough to be one; the phone finder decides.
PHONE_HINT: Final = re.compile(r"(?<![\w.:/\-])\+?\(?\d[\d \-.()]{5,18}\d(?![\w:])")

# --- exact patterns on candidate lines ----------------------------------------------------------------------
# Any key followed by a separator and a value (covered by KEY_SCANNERS through classify_key's words). The
# value is only looked at, not consumed, so that keys inside it (a URL's query) are found too.
KEY_VALUE: Final = re.compile(
    r"(?<![A-Za-z0-9_.\-])(?P<key>[A-Za-z0-9_.\-]{1,80})(?P<kq>\\{0,3}[\"'])?[ \t]*(?P<sep>=>|[=:])(?=[ \t]*"
    r"(?:\\{1,3}\"(?P<v1>(?:[^\"\\\r\n]|\\[^\"\\\r\n])*)"
    r"|\"(?P<v2>(?:[^\"\\\r\n]|\\.)*)"
    r"|'(?P<v3>[^'\r\n]*)"
    r"|(?P<v4>[^\s&;,\"'<>)\]}]*)))"
)
# A configuration line: the value runs to the end of the line (INI, .env, YAML, Java properties).
CONFIG_LINE: Final = re.compile(
    r"^[ \t]*(?:export[ \t]+)?[\"']?(?P<key>[A-Za-z0-9_.\-]{1,80})[\"']?[ \t]*(?P<sep>[=:])[ \t]*(?P<value>.*?)[ \t]*$"
)
YAML_BLOCK: Final = re.compile(r"^[|>][+\-0-9]*$")
YAML_ITEM: Final = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<value>.*?)[ \t]*$")
# Free-text bearer tokens (covered by the bearer scanner); at least 16 characters, so "bearer token" stays.
BEARER: Final = re.compile(r"(?i)\bbearer(?:[ \t]|\\t)+(?P<secret>[A-Za-z0-9\-._~+/]{16,}=*)")
URL_CREDENTIALS: Final = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]*://(?P<user>[^\s:/?#@\"'<>\\]*):(?P<secret>[^\s/?#@\"'<>\\]+)@"
)
PEM_BEGIN: Final = re.compile(r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
PEM_END: Final = re.compile(r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
PEM_BODY: Final = re.compile(r"[ \t]*(?:[A-Za-z0-9+/=]+|[A-Za-z][A-Za-z0-9\-]*:.*)?[ \t]*")
EMAIL: Final = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9][A-Za-z0-9\-]{0,62}"
    r"(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
# "name": "cookie", "value": "..." pairs (HAR-like JSON seen as text); the names are covered by KEY_SCANNERS.
PAIR_NAME: Final = re.compile(r"\"name\"[ \t]*:[ \t]*\"(?P<name>[^\"\\\r\n]{1,80})\"")
PAIR_VALUE: Final = re.compile(r"\"value\"[ \t]*:[ \t]*\"(?P<value>(?:[^\"\\\r\n]|\\.)*)\"?")
# Authorization values: "<scheme> <credentials>".
AUTH_SCHEME: Final = re.compile(r"[ \t]*(?P<scheme>[A-Za-z][A-Za-z0-9_\-]*)[ \t]+(?P<cred>\S(?:.*\S)?)[ \t]*$")
DIGEST_RESPONSE: Final = re.compile(r"(?i)\bresponse[ \t]*=[ \t]*\"?(?P<secret>[^\",\s]+)")
# Values that are not secrets whatever their key says.
NOT_A_VALUE: Final = re.compile(r"(?i)(?:|null|none|nil|undefined|true|false|~|\*+|x{3,}|•+|[\"']?\[REDACTED:.*)")
# Unquoted values that are code, not secrets (minified JavaScript and CSS in HAR bodies: password:!0,
# this.credentials=t.credentials, .fa-file-signature:before{...}) and dotted names (com.apple.notifyd).
CODE_VALUE: Final = re.compile(
    r"[!({\[$].*|.*[({].*|(?:[A-Za-z_$]+\.)+[A-Za-z_$]+(?:[/:].*)?|(?:this|new|function|void|typeof)\b.*"
)
TIMESTAMP_LIKE: Final = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|^\d{1,3}(?:\.\d{1,3}){3}$")


def split_ending(line: str) -> tuple[str, str]:
    """Split a line into its text and its ending (CR LF, LF or nothing)."""
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""


def split_pieces(text: str, limit: int) -> Iterator[str]:
    """Cut text into pieces of at most about ``limit`` characters, at line ends where possible.

    A line longer than ``limit`` is cut after a blank, comma, semicolon or ampersand near the limit (a value
    rarely contains one), or at the limit itself when there is none.
    """
    start, size = 0, len(text)
    while size - start > limit:
        cut = text.rfind("\n", start, start + limit) + 1
        if cut <= start:
            window = text[start + limit // 2 : start + limit]
            best = max(window.rfind(c) for c in " \t,;&")
            cut = start + limit // 2 + best + 1 if best >= 0 else start + limit
        yield text[start:cut]
        start = cut
    if start < size:
        yield text[start:]
