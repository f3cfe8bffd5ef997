"""The candidate scan: one pass over a block of text that finds every line any redaction rule may change.

Redaction looks closely only at the lines this scan names; the others are copied unchanged. The scan is a
*necessary condition*: a line it does not name cannot hold anything the exact patterns (``patterns``,
``keyed``, ``line_rules``, ``shapes``) would remove. It may name more lines than needed (they are then looked at
and left as they are); it must never name fewer. ``TextRedactor.redact_block`` must therefore give exactly what
``redact_line`` on every line gives (a property test checks it).

All the cues are alternatives of one RE2 expression (google-re2): RE2 runs them together as one automaton, in one
pass whatever their number, where Python's ``re`` needs a pass per cue (about 35 of them, most of the time of
redaction before). RE2 has no look-around, so a cue is written without the look-arounds of its exact pattern
(which only makes it broader), and a look-behind becomes a consumed character that cannot be a line break.

Text goes to RE2 as UTF-8 bytes: an ASCII block as it is (the offsets are the same), other text encoded with
surrogates kept (files decoded with ``surrogateescape``) and the offsets mapped back. Pure: no I/O, no Qt.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, Protocol, cast

import re2

from care_desktop.domain.redaction.rules import SCANNER_WORDS

# --- building blocks (RE2 syntax, matched case-insensitively unless said otherwise) ----------------------------
_WORD: Final = r"[\w.\-\x{80}-\x{10ffff}]"
"""A character of a key: letters of any script, digits, ``_ . -`` (a superset of the exact pattern's)."""
_BLANK: Final = r"(?:[ \t\x{a0}\x{202f}\x{3000}]|\\t|\x{c2}\x{a0}|\x{e2}\x{80}\x{af}|\x{e3}\x{80}\x{80})"
"""Blanks between a key, its separator and its value: space, tab, an escaped tab (JSON), the no-break spaces, also
as the UTF-8 bytes that a file carried as Latin-1 shows (C2 A0 -> "Â\\xa0")."""
_NBSP: Final = r"(?:\x{a0}|\x{c2}\x{a0}|\x{202f}|\x{e2}\x{80}\x{af})"
"""A no-break space alone also separates a key from its value (``proxy.password\\u00a0s3cret``)."""


def _quoted(text: str) -> str:
    return str(re2.escape(text))


def _stems() -> str:
    # Every key that classify_key accepts contains one of SCANNER_WORDS; a stem in another script is also looked
    # for as the bytes of its UTF-8 carried as Latin-1 (пароль -> "Ð¿Ð°Ñ\x80Ð¾Ð»Ñ\x8c").
    forms = set(SCANNER_WORDS) | {
        word.encode("utf-8").decode("latin-1") for word in SCANNER_WORDS if not word.isascii()
    }
    return "|".join(_quoted(form) for form in sorted(forms, key=lambda form: (-len(form), form)))


_KEYED: Final = (
    rf"(?:{_stems()}){_WORD}*(?:\\{{0,3}}[\"'])?\]?(?:{_BLANK}*/?[=:,>]|{_NBSP}|[ \t]+[a-z][\w:.\-]*[ \t]*=)"
)
"""A key naming a secret, an optional closing quote (also escaped: JSON in JSON), blanks and a separator (the comma
lets ``"name": "cookie",`` pairs through). XML in text: an element's name before ``>`` (its end tag
``</password>``), or an attribute that names a secret before the tag's end or the next attribute
(``key="ClientSecret" value=…``, ``value=… key="ApiKey"/>``)."""

_CUES: Final = (
    _KEYED,
    r"code=",  # ?code=... and &code=... (OAuth authorization codes)
    # a command-line option naming a secret, a blank and its value (--password s3cret, -ClientSecret X)
    rf"(?:(?m:^)|[ \t\r\f\v\"'`(])--?{_WORD}*(?:{_stems()}){_WORD}*[ \t]+[^\s]",
    r"(?:(?m:^)|[ \t\r\f\v\"'`(])-p",  # -p given with a user (mysql -u root -pS3cret, sshpass -p ...)
    # incoming-webhook URLs, whose path is the credential
    r"hooks\.slack\.com\\?/|discord(?:app)?\.com\\?/api\\?/webhooks|webhook\.office\.com\\?/webhookb2|hooks\.zapier\.com\\?/",
    r"bearer(?:[ \t]|\\t)+[a-z0-9\-._~+/]",  # free-text bearer tokens
    r"private key",  # PEM private key blocks
    r"://[^\s/?#@\"'<>\\]*:[^\s/?#@\"'<>\\]*@",  # user:password@host
    r"-(?:u|-user)(?:[ \t]+|=)[\"']?[^\s:\"']*:\S",  # curl -u id:secret
    r"convertto-securestring",  # PowerShell ConvertTo-SecureString '...' -AsPlainText
    r"<input\b",  # HTML form fields (SAML auto-post forms)
    r"document\.cookie",  # console logs of document.cookie
    r"form-data;",  # multipart/form-data part headers
    r"%(?:25)*3d",  # a percent-encoded "=": a parameter hidden in an encoded URL (%23access_token%3D...)
    # a table header (access_token  token_type  expires_in, or a hashtable's Name  Value): words of letters only,
    # the first naming a secret (or "name", "key")
    r"(?m:^)[ \t]*[a-z_]*(?:token|secret|pass|key|pw|name)[a-z_.]*(?:[ \t]+[a-z_][a-z_.]*)*[ \t]*\r?(?m:$)",
)
"""Cues matched whatever the case."""
_CASE_CUES: Final = (
    r"eyJ[A-Za-z0-9_\-]{5,}\.",  # JSON Web Tokens
    r"A(?:[KS]IA[A-Z0-9]{16}|Iza[0-9A-Za-z_\-]{35})",  # AWS access key IDs, Google API keys
    r"gh(?:[pousr]_[A-Za-z0-9]{36,}|ithub_pat_[A-Za-z0-9_]{22,})",  # GitHub tokens
    r"xox[abposr]-[A-Za-z0-9\-]{10,}",  # Slack tokens
    r"k_live_[0-9A-Za-z]{16,}",  # Stripe live keys (sk_live_, rk_live_)
    r"[A-Za-z0-9+_]{16}",  # a solid run of base64: the start of every long random value (shapes.SOLID)
    # a Basic credential alone on its line (base64 of text mixes upper and lower case)
    r"(?m:^)[ \t]*[A-Za-z0-9+/]*(?:[A-Z][A-Za-z0-9+/]*[a-z]|[a-z][A-Za-z0-9+/]*[A-Z])"
    r"[A-Za-z0-9+/]*={0,2}[ \t]*\r?(?m:$)",
)
"""Cues whose case matters."""
_EMAIL_CUE: Final = r"@[a-z0-9][a-z0-9\-]*\."
_PHONE_CUE: Final = (
    # patterns.PHONE_HINT, its look-behind and look-ahead turned into consumed characters on the same line
    r"(?:(?m:^)|[^\w.:/\-\n])"
    r"(?:\+\(?\d[\d \-.()]{5,18}\d|\(\d{2,5}\)[ \-.]?\d{2,4}(?:[ \-.]?\d{2,4}){1,2}"
    r"|\d{2,5}[ \-.]\d{3,4}[ \-.]\d{3,4}(?:[ \-.]\d{2,4})?|0\d{9,10})"
    r"(?:(?m:$)|[^\w:\n])"
).replace(r"\d", r"\p{Nd}")  # any script's digits, as Python's \d (and the phone library) take them
"""Personal-data cues (only when personal data is removed too): e-mail addresses and phone numbers."""

_MAX_MEM: Final = 16 << 20
"""The most memory RE2 may give one expression's automaton. Measured: a process scanning 4 MB of mixed-script text
(Japanese, Cyrillic, Latin-1, emoji) with every cue grew by under 10 MB; twice RE2's default leaves room for the
user's own terms."""


def _expression(pii: bool, terms: tuple[str, ...]) -> str:
    loose = [*_CUES, *((_EMAIL_CUE,) if pii else ()), *(_quoted(term) for term in terms)]
    strict = [*_CASE_CUES, *((_PHONE_CUE,) if pii else ())]
    return f"(?i:{'|'.join(loose)})|{'|'.join(strict)}"


class _Match(Protocol):
    def start(self) -> int: ...

    def end(self) -> int: ...


class _Expression(Protocol):
    def search(self, text: bytes, pos: int = 0) -> _Match | None: ...


@lru_cache(maxsize=16)
def _compiled(pii: bool, terms: tuple[str, ...]) -> _Expression:
    options = re2.Options()
    options.max_mem = _MAX_MEM
    return cast(_Expression, re2.compile(_expression(pii, terms), options))


class Scanner:
    """Finds the lines of a text that the redaction rules may change.

    Args:
        pii: Look for e-mail addresses and phone numbers too.
        terms: The user's own terms (and their JSON-escaped forms), found whatever their case.
    """

    def __init__(self, pii: bool = False, terms: tuple[str, ...] = ()) -> None:
        terms = tuple(sorted(set(terms)))
        self._regexp = _compiled(pii, terms)
        self._secrets = _compiled(False, terms) if pii else None  # every cue but the personal-data ones

    def line_starts(self, text: str) -> list[int]:
        """The start offset of every line of ``text`` that holds a cue, in order (a line is named once)."""
        return self.named_lines(text)[0]

    def named_lines(self, text: str) -> tuple[list[int], list[bool]]:
        """The lines of ``text`` that hold a cue, and which of them hold personal-data cues only.

        Returns:
            The start offset of each such line, in order; and for each, whether its only cues are e-mail addresses
            and phone numbers (no secret, no construct over lines, no term: only those two rules can change it).
            Without personal data, no line is of the second kind.
        """
        data, ascii_text = _bytes(text)
        starts: list[int] = []
        ends: list[int] = []
        search = self._regexp.search
        position, size = 0, len(data)
        while position <= size:
            match = search(data, position)
            if match is None:
                break
            begin = match.start()
            starts.append(data.rfind(b"\n", 0, begin) + 1)
            after = data.find(b"\n", max(match.end() - 1, begin))  # the cue's line ends here: on to the next
            ends.append(size if after < 0 else after)
            if after < 0:
                break
            position = after + 1
        personal = [False] * len(starts)
        if self._secrets is not None and starts:
            # No cue spans lines, so the named lines put together tell which hold another cue: one more pass over
            # them alone, not one search a line.
            together = b"\n".join(data[start:end] for start, end in zip(starts, ends, strict=True))
            other = set(_lines_with_a_cue(self._secrets, together))
            personal = [index not in other for index in range(len(starts))]
        return (starts if ascii_text else _char_offsets(data, starts)), personal

    def finds(self, text: str) -> bool:
        """Whether any line of ``text`` holds a cue."""
        return self._regexp.search(_bytes(text)[0]) is not None


def _lines_with_a_cue(expression: _Expression, data: bytes) -> list[int]:
    """The 0-based numbers of the lines of ``data`` in which ``expression`` finds a cue."""
    numbers: list[int] = []
    position, line, size = 0, 0, len(data)
    while position <= size:
        match = expression.search(data, position)
        if match is None:
            break
        begin = match.start()
        line += data.count(b"\n", position, begin)
        numbers.append(line)
        after = data.find(b"\n", max(match.end() - 1, begin))
        if after < 0:
            break
        line += 1
        position = after + 1
    return numbers


def _bytes(text: str) -> tuple[bytes, bool]:
    if text.isascii():
        return text.encode("ascii"), True
    return text.encode("utf-8", "surrogatepass"), False


def _char_offsets(data: bytes, offsets: list[int]) -> list[int]:
    """Turn ordered byte offsets of UTF-8 ``data`` (each at a character's start) into character offsets."""
    found, chars, previous = [], 0, 0
    for offset in offsets:
        chars += len(data[previous:offset].decode("utf-8", "surrogatepass"))
        found.append(chars)
        previous = offset
    return found
