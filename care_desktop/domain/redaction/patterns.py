"""The exact regular expressions of text redaction, and how a line's ending is split off.

They run on the few lines that the candidate scan (``scanner``) names, and decide what is removed; the scan is
their necessary condition, so keep the two in step: a new pattern needs a cue in ``scanner`` that every text it
matches holds. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
import string
from typing import Final

ENCODED: Final = re.compile(r"%(?:25)*3d")
"""A percent-encoded "=" (lower case): a parameter hidden in an encoded URL (``%23access_token%3D...``)."""

# Blanks between a key, its separator and its value: space, tab, an escaped tab (JSON), and the no-break spaces
# (U+00A0, U+202F, U+3000), also as the UTF-8 bytes that a file carried as Latin-1 shows (C2 A0 -> "Â\xa0").
BLANK: Final = "(?:[ \t\xa0\u202f\u3000]|\\\\t|\xc2\xa0|\xe2\x80\xaf|\xe3\x80\x80)"
# A no-break space alone also separates a key from its value (``proxy.password\u00a0s3cret``).
_NBSP: Final = "(?:\xa0|\xc2\xa0|\u202f|\xe2\x80\xaf)"
# A blank is never part of a key, whatever follows it (``proxy.password\u00a0h=…``: the key is proxy.password).
# As UTF-8 carried as Latin-1 a blank is a run of bytes (C2 A0, E2 80 AF, E3 80 80); a bare A0 is a no-break
# space (Latin-1, Windows-1252) unless it follows the lead or another byte of a UTF-8 character (à is C3 A0).
_CONTINUATION: Final = (
    "(?:(?<=[\xc3-\xdf])|(?<=[\xe0-\xf4])(?=\xa0[\x80-\xbf])|(?<=[\xe0-\xf4][\x80-\xbf])"
    "|(?<=[\xf0-\xf4][\x80-\xbf][\x80-\xbf]))"
)
"""At an A0 byte: it continues a UTF-8 character (after its lead byte, or its lead and another byte)."""
# A key's character: letters of any script (\w), digits, ``_ . -`` and any byte of UTF-8 carried as Latin-1, but
# no blank. The branches never match the same character (else a failing match backtracks exponentially), and only
# the bytes that may start a blank are looked around.
_KEY_CHAR: Final = (
    r"(?:[A-Za-z0-9_.\-\x80-\x9f\xa1-\xc1\xc3-\xe1\xe4-\xff]|[^\W\x00-\xff]"
    rf"|\xc2(?!\xa0)|\xe2(?!\x80\xaf)|\xe3(?!\x80\x80)|{_CONTINUATION}\xa0)"
)
# Where a key may start: not inside another key; right after a blank is the start of a key.
_KEY_START: Final = (
    "(?:(?<![\\w.\\-\x80-\xff])|(?<=\xe2\x80\xaf|\xe3\x80\x80)"
    "|(?<=\xa0)(?<![\xc3-\xdf]\xa0)(?<![\xe0-\xf4][\x80-\xbf]\xa0)(?<![\xf0-\xf4][\x80-\xbf][\x80-\xbf]\xa0)"
    "(?!(?<=[\xe0-\xf4]\xa0)[\x80-\xbf]))"
)

# --- vendor formats --------------------------------------------------------------------------------------------
JWT: Final = re.compile(
    r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*(?:\.[A-Za-z0-9_\-]*){0,2}"
)
AWS_ACCESS_KEY: Final = re.compile(r"(?<![A-Z0-9])A[KS]IA[A-Z0-9]{16}(?![A-Z0-9])")
_GOOGLE_KEY: Final = r"AIza[0-9A-Za-z_\-]{35}"
_GITHUB_TOKEN: Final = r"gh(?:[pousr]_[A-Za-z0-9]{36,}|ithub_pat_[A-Za-z0-9_]{22,})"
_SLACK_TOKEN: Final = r"xox[abposr]-[A-Za-z0-9\-]{10,}"
_STRIPE_KEY: Final = r"k_live_[0-9A-Za-z]{16,}"  # sk_live_ and rk_live_; the exact pattern checks the letter
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
# Incoming-webhook URLs: the path after the host is the credential (whoever has it can post as the integration).
WEBHOOK_URL: Final = re.compile(
    r"(?i)https?:\\?/\\?/(?:hooks\.slack\.com\\?/(?:services|workflows|triggers)|discord(?:app)?\.com\\?/api\\?/webhooks"
    r"|[\w\-]+\.webhook\.office\.com\\?/webhookb2|hooks\.zapier\.com\\?/hooks\\?/catch)\\?/(?P<secret>[^\s\"'<>]+)"
)
# --- exact patterns on candidate lines ----------------------------------------------------------------------
# Any key followed by a separator and a value (its cue: a scanner word in the key, as classify_key needs one). The
# value is only looked at, not consumed, so that keys inside it (a URL's query) are found too.
# A key is up to four words (``API Key``, ``mot de passe``) of letters in any script (also UTF-8 carried as
# Latin-1), digits, ``_ . -``.
_KEY: Final = rf"{_KEY_CHAR}{{1,80}}(?: {_KEY_CHAR}{{1,40}}){{0,3}}"
_PLAIN_KEY: Final = r"[\w.\-\x80-\xff]{1,80}(?: [\w.\-\x80-\xff]{1,40}){0,3}"
"""``_KEY`` on a line without a blank byte (no A0, no E2 80 AF, no E3 80 80): the same matches, twice as fast."""


def _key_value(key: str, start: str) -> re.Pattern[str]:
    return re.compile(
        rf"{start}(?P<key>{key})(?<!\xc2)(?P<kq>\\{{0,3}}[\"'])?\]?{BLANK}*(?P<sep>=>|[=:]|{_NBSP})(?={BLANK}*"
        r"(?:\\{1,3}\"(?P<v1>(?:[^\"\\\r\n]|\\[^\"\\\r\n])*)"
        r"|\"(?P<v2>(?:[^\"\\\r\n]|\\.)*)"
        r"|'(?P<v3>[^'\r\n]*)"
        r"|(?P<v4>[^\s&;,\"'<>)\]}]*)))"
    )


_KEY_VALUE: Final = _key_value(_PLAIN_KEY, r"(?<![\w.\-\x80-\xff])")
_KEY_VALUE_BLANKS: Final = _key_value(_KEY, _KEY_START)


def key_value(body: str) -> re.Pattern[str]:
    """The key/value pattern for ``body``: blanks (no-break spaces) end a key only where a line holds one."""
    if "\xa0" in body or "\x80\xaf" in body or "\x80\x80" in body:
        return _KEY_VALUE_BLANKS
    return _KEY_VALUE


# A configuration line: the value runs to the end of the line (INI, .env, YAML, Java properties).
CONFIG_LINE: Final = re.compile(
    rf"^[ \t]*(?:export[ \t]+)?[\"']?(?P<key>{_KEY})[\"']?{BLANK}*(?P<sep>[=:]){BLANK}*(?P<value>.*?)[ \t]*$"
)
YAML_BLOCK: Final = re.compile(r"^[|>][+\-0-9]*$")
YAML_ITEM: Final = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<value>.*?)[ \t]*$")
# Free-text bearer tokens (cue: "bearer"); at least 16 characters, so "bearer token" stays.
BEARER: Final = re.compile(r"(?i)\bbearer(?:[ \t]|\\t)+(?P<secret>[A-Za-z0-9\-._~+/]{16,}=*)")
# The password runs to the last "@" before the host (a raw "@" in a password must not leave its tail).
URL_CREDENTIALS: Final = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]*://(?P<user>[^\s:/?#@\"'<>\\]*):(?P<secret>[^\s/?#\"'<>\\]+)"
    r"@(?=[^\s@/?#\"'<>\\]*(?:[/?#\"'<>\\\s]|$))"
)
PEM_BEGIN: Final = re.compile(r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
PEM_END: Final = re.compile(r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
PEM_BODY: Final = re.compile(r"[ \t]*(?:[A-Za-z0-9+/=]+|[A-Za-z][A-Za-z0-9\-]*:.*)?[ \t]*")
EMAIL_LOCAL_CHARS: Final = frozenset(string.ascii_letters + string.digits + "._%+-")
"""The characters of an e-mail address's local part (the part before its ``@``)."""
_LOCAL: Final = "[" + re.escape("".join(sorted(EMAIL_LOCAL_CHARS))) + "]"
EMAIL: Final = re.compile(
    rf"(?<!{_LOCAL}){_LOCAL}{{1,64}}@[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}"
    r"(?:\.[A-Za-z0-9\-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)


def email_search_start(body: str, at: int) -> int:
    """Where the search for e-mail addresses in ``body`` may start, given its first ``@`` at ``at``.

    No address starts before the run of local-part characters that ends at the first ``@``: a local part is at most
    64 of them, holds no ``@``, and ``EMAIL`` starts one only where such a run starts.
    """
    start, lowest = at, max(0, at - 64)
    while start > lowest and body[start - 1] in EMAIL_LOCAL_CHARS:
        start -= 1
    return start


# "name": "cookie", "value": "..." pairs (HAR-like JSON seen as text); the names hold a scanner word.
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
