"""The regular expressions of text redaction: cheap scanners that find candidate lines, and exact patterns.

Two kinds of pattern live here. *Scanners* run over a whole block of lines (lower-cased, or as is for the
case-sensitive ones); each starts with a literal so that the regular-expression engine can skip quickly, and
together they are a necessary condition: a line that no scanner matches cannot contain anything the exact
patterns would remove, so it is copied unchanged without further work. *Exact patterns* run on candidate
lines only and decide what is removed. Keep the two in step: every exact pattern below names the scanner
that covers it. Also how a line's ending is split off. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.redaction.vocabulary import FOREIGN_STEMS

ENCODED_SCANNER: Final = re.compile(r"%(?:25)*3d")
"""A percent-encoded "=": a parameter hidden in an encoded URL (``%23access_token%3D...``)."""

# --- scanners over lower-cased text -------------------------------------------------------------------------
# Blanks between a key, its separator and its value: space, tab, an escaped tab (JSON), and the no-break spaces
# (U+00A0, U+202F, U+3000), also as the UTF-8 bytes that a file carried as Latin-1 shows (C2 A0 -> "Â\xa0",
# lower-cased "â\xa0").
BLANK: Final = "(?:[ \t\xa0\u202f\u3000]|\\\\t|\xc2\xa0|\xe2\x80\xaf|\xe3\x80\x80)"
LOW_BLANK: Final = BLANK.replace("\xc2", "\xe2")
# A key (containing one of the scanner words) followed by an optional closing quote (possibly escaped, as in
# JSON inside a JSON string), blanks, and a separator. The comma lets "name": "cookie", pairs through.
# A separator followed by a marker is a value already removed, and does not count.
# A no-break space alone also separates a key from its value (``proxy.password\u00a0s3cret``).
_NBSP: Final = "(?:\xa0|\xc2\xa0|\u202f)"
_KEY_TAIL: Final = (
    rf"[\w.\-\x80-\xff]*(?:\\{{0,3}}[\"'])?(?:{LOW_BLANK}*[=:,]|{_NBSP.replace(chr(0xC2), chr(0xE2))})"
    r"(?![ \t]*(?:\\{0,3}[\"'])?\[redacted:)"
)
# Words that share their first letters are scanned together (one pass over the text costs about 1 ms per MB); a
# scanner that starts with a literal is fast, an alternation of unrelated words is not, so each stem of another
# language has its own (the non-ASCII ones run only on text that is not ASCII).
SCANNED_WORDS: Final = (
    "p(?:ass|w)", "se(?:cret|ss)", "c(?:ookie|redential)", "token", "key", "auth", "sig", "assertion", "saml",
    "verifier", "hmac", *(stem for stem in FOREIGN_STEMS if stem.isascii()),
)  # fmt: skip
_NON_ASCII: Final = "|".join(
    [re.escape(stem) for stem in FOREIGN_STEMS if not stem.isascii()]
    + [re.escape(stem.encode("utf-8").decode("latin-1").lower()) for stem in FOREIGN_STEMS if not stem.isascii()]
)
KEY_SCANNERS: Final = tuple(re.compile(word + _KEY_TAIL) for word in SCANNED_WORDS)
NON_ASCII_SCANNER: Final = re.compile(f"(?:{_NON_ASCII})" + _KEY_TAIL)
"""The stems in other scripts, also as the bytes of UTF-8 carried as Latin-1 show them (only for non-ASCII text)."""
LOWER_SCANNERS: Final = (
    *KEY_SCANNERS,
    re.compile(r"code=(?!\[redacted:)"),  # ?code=... and &code=... (OAuth authorization codes)
    re.compile(r"bearer(?:[ \t]|\\t)+[a-z0-9\-._~+/]"),  # free-text bearer tokens
    re.compile(r"private key"),  # PEM private key blocks
    re.compile(r"://[^\s/?#@\"'<>\\]*:[^\s/?#@\"'<>\\]*@"),  # user:password@host
    re.compile(r"-(?:u|-user)(?:[ \t]+|=)[\"']?[^\s:\"']*:[^\s]"),  # curl -u id:secret
    re.compile(r"convertto-securestring"),  # PowerShell ConvertTo-SecureString '...' -AsPlainText
    re.compile(r"<input\b"),  # HTML form fields (SAML auto-post forms)
    re.compile(r"document\.cookie"),  # console logs of document.cookie
    re.compile(r"form-data;"),  # multipart/form-data part headers
    ENCODED_SCANNER,
)
LINE_SCANNERS: Final = (
    # a table header (access_token  token_type  expires_in, or a hashtable's Name  Value): words of letters only,
    # the first naming a secret (or "name", "key")
    re.compile(
        r"\n[ \t]*[a-z_]*(?:token|secret|pass|key|pw|name)[a-z_.]*(?:[ \t]+[a-z_][a-z_.]*){0,23}[ \t]*\r?(?=\n|$)"
    ),
)
CASE_LINE_SCANNERS: Final = (
    # a Basic credential alone on its line (base64 of text mixes upper and lower case)
    re.compile(r"\n[ \t]*(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{8,}={0,2}[ \t]*\r?(?=\n|$)"),
)
"""Scanners of whole lines over lower-cased text (``CASE_LINE_SCANNERS``: over the text as it is): they run over
``"\\n" + text`` and match at the newline before the line, so that a match starts where its line starts."""
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
# A phone number is written with a "+", an area code in parentheses, or groups of digits with separators; dates
# (2026-03-01), times, versions and IP addresses are not. Only these candidates are given to the phone library.
PHONE_HINT: Final = re.compile(
    r"(?<![\w.:/\-])(?:\+\(?\d[\d \-.()]{5,18}\d|\(\d{2,5}\)[ \-.]?\d{2,4}(?:[ \-.]?\d{2,4}){1,2}"
    r"|\d{2,5}[ \-.]\d{3,4}[ \-.]\d{3,4}(?:[ \-.]\d{2,4})?|0\d{9,10})(?![\w:])"
)
# What every PHONE_HINT match holds, found fast: "+" or "(" before a digit in the text, or in the text's bytes
# with digits turned into "0" and the separators " -." into "s": a group of digits between two separators, or
# ten digits in a row. A byte scan is many times faster than PHONE_HINT over a whole block.
_PHONE_LEADS: Final = (
    re.compile(r"\+(?<![\w.:/\-]\+)\(?\d"),  # the literal first, then the look-behind: a fast scan
    re.compile(r"\((?<![\w.:/\-]\()\d{2,5}\)"),
)
_SHORT_TEXT: Final = 512
_PHONE_BYTES: Final = bytes(
    ord("0") if chr(code).isdigit() and code < 128 else ord("s") if chr(code) in " -." else ord("x")
    for code in range(256)
)
_PHONE_GROUPS: Final = (re.compile(rb"0s0000?s000"), re.compile(rb"0000000000"))  # literal prefixes: fast


def phone_hint_starts(text: str) -> list[int]:
    """Positions in ``text`` near which PHONE_HINT may match (every line with a match holds one of them)."""
    if len(text) < _SHORT_TEXT:
        return [match.start() for match in PHONE_HINT.finditer(text)]
    hints = [match.start() for lead in _PHONE_LEADS for match in lead.finditer(text)]
    try:
        mapped = text.encode("latin-1").translate(_PHONE_BYTES)
    except UnicodeEncodeError:
        return [match.start() for match in PHONE_HINT.finditer(text)]
    hints += [match.start() for groups in _PHONE_GROUPS for match in groups.finditer(mapped)]
    found = []  # each hint checked by PHONE_HINT around it (a UUID's digit groups are no phone number)
    for hint in hints:
        match = PHONE_HINT.search(text, max(0, hint - 8), hint + 40)
        if match is not None:
            found.append(match.start())
    return found


# --- exact patterns on candidate lines ----------------------------------------------------------------------
# Any key followed by a separator and a value (covered by KEY_SCANNERS through classify_key's words). The
# value is only looked at, not consumed, so that keys inside it (a URL's query) are found too.
# A key is up to four words (``API Key``, ``mot de passe``) of letters in any script (also UTF-8 carried as
# Latin-1), digits, ``_ . -``.
_KEY: Final = r"[\w.\-\x80-\xff]{1,80}(?: [\w.\-\x80-\xff]{1,40}){0,3}"
KEY_VALUE: Final = re.compile(
    rf"(?<![\w.\-\x80-\xff])(?P<key>{_KEY})(?<!\xc2)(?P<kq>\\{{0,3}}[\"'])?{BLANK}*(?P<sep>=>|[=:]|{_NBSP})(?={BLANK}*"
    r"(?:\\{1,3}\"(?P<v1>(?:[^\"\\\r\n]|\\[^\"\\\r\n])*)"
    r"|\"(?P<v2>(?:[^\"\\\r\n]|\\.)*)"
    r"|'(?P<v3>[^'\r\n]*)"
    r"|(?P<v4>[^\s&;,\"'<>)\]}]*)))"
)
# A configuration line: the value runs to the end of the line (INI, .env, YAML, Java properties).
CONFIG_LINE: Final = re.compile(
    rf"^[ \t]*(?:export[ \t]+)?[\"']?(?P<key>{_KEY})[\"']?{BLANK}*(?P<sep>[=:]){BLANK}*(?P<value>.*?)[ \t]*$"
)
YAML_BLOCK: Final = re.compile(r"^[|>][+\-0-9]*$")
YAML_ITEM: Final = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<value>.*?)[ \t]*$")
# Free-text bearer tokens (covered by the bearer scanner); at least 16 characters, so "bearer token" stays.
BEARER: Final = re.compile(r"(?i)\bbearer(?:[ \t]|\\t)+(?P<secret>[A-Za-z0-9\-._~+/]{16,}=*)")
# The password runs to the last "@" before the host (a raw "@" in a password must not leave its tail).
URL_CREDENTIALS: Final = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]*://(?P<user>[^\s:/?#@\"'<>\\]*):(?P<secret>[^\s/?#\"'<>\\]+)"
    r"@(?=[^\s@/?#\"'<>\\]*(?:[/?#\"'<>\\\s]|$))"
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
    r"!(?:[01]|[A-Za-z_$][\w$.]*)(?:[:?].*)?|[({\[].*|\$[({].*|.*[({].*|.*\|\|.*|(?:[A-Za-z_$]+\.)+[A-Za-z_$]+(?:[/:].*)?|(?:this|new|function|void|typeof)\b.*"
)
TIMESTAMP_LIKE: Final = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|^\d{1,3}(?:\.\d{1,3}){3}$")


def split_ending(line: str) -> tuple[str, str]:
    """Split a line into its text and its ending (CR LF, LF or nothing)."""
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""
