"""The redaction rule table: named rules, their markers, and which keys name a secret.

Every redaction leaves a marker naming the rule that removed the value (``[REDACTED:bearer-token]``, or with
consistent pseudonyms ``[REDACTED:email#3]``), and the same names are the keys of the per-file counts. This
module holds the names, what the review shows about each rule, how a key name (an HTTP header, a query or
form parameter, a JSON/INI/YAML/.env key) maps to a rule, and the pseudonym table. Pure: no I/O, no Qt;
finding secrets in text is ``redaction_text.py``, in HTTP and JSON structures ``redaction_http.py`` and
``redaction_json.py``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from care_desktop.domain.messages import QT_TRANSLATE_NOOP
from care_desktop.domain.plurals import counted
from care_desktop.domain.redaction.vocabulary import FOREIGN_STEMS, classify_words, key_words

MARKER_PREFIX: Final = "[REDACTED:"


@dataclass(frozen=True)
class RuleInfo:
    """What the review and the package say about one rule.

    Attributes:
        name: The rule's name, as it appears in markers and counts.
        label: English description for the review (translatable in the ``"domain"`` context).
        reveal: How many leading characters of a removed value the on-screen preview may show: 0 for none,
            -1 for all (personal data and the user's own terms, which the user must be able to check).
        live_session: True when a value of this rule can be a live session or credential: finding one makes
            the review warn to sign out or revoke before uploading.
        priority: Lower wins when two rules claim text starting at the same place.
    """

    name: str
    label: str
    reveal: int
    live_session: bool
    priority: int


def _rule(name: str, label: str, reveal: int, live: bool, priority: int) -> RuleInfo:
    return RuleInfo(name, label, reveal, live, priority)


RULES: Final[dict[str, RuleInfo]] = {
    info.name: info
    for info in (
        _rule("private-key", QT_TRANSLATE_NOOP("domain", "Private key block"), 0, False, 0),
        _rule("url-credentials", QT_TRANSLATE_NOOP("domain", "Password in a URL (user:password@host)"), 0, True, 1),
        _rule("bearer-token", QT_TRANSLATE_NOOP("domain", "Bearer token (Authorization header)"), 4, True, 2),
        _rule("basic-auth", QT_TRANSLATE_NOOP("domain", "Basic credentials (Authorization header)"), 0, True, 2),
        _rule("digest-auth", QT_TRANSLATE_NOOP("domain", "Digest response (Authorization header)"), 0, True, 2),
        _rule("authorization", QT_TRANSLATE_NOOP("domain", "Other Authorization credentials"), 4, True, 2),
        _rule("cookie", QT_TRANSLATE_NOOP("domain", "Cookie value"), 4, True, 3),
        _rule("set-cookie", QT_TRANSLATE_NOOP("domain", "Cookie set by a server"), 4, True, 3),
        _rule("access-token", QT_TRANSLATE_NOOP("domain", "OAuth access token"), 4, True, 4),
        _rule("refresh-token", QT_TRANSLATE_NOOP("domain", "OAuth refresh token"), 4, True, 4),
        _rule("id-token", QT_TRANSLATE_NOOP("domain", "OAuth ID token"), 4, True, 4),
        _rule("token", QT_TRANSLATE_NOOP("domain", "Other token"), 4, True, 4),
        _rule("auth-code", QT_TRANSLATE_NOOP("domain", "OAuth authorization code"), 4, True, 4),
        _rule("session-id", QT_TRANSLATE_NOOP("domain", "Session identifier"), 4, True, 4),
        _rule("client-secret", QT_TRANSLATE_NOOP("domain", "OAuth client secret"), 0, False, 4),
        _rule("password", QT_TRANSLATE_NOOP("domain", "Password"), 0, False, 4),
        _rule("secret", QT_TRANSLATE_NOOP("domain", "Other secret or credentials"), 0, False, 4),
        _rule("api-key", QT_TRANSLATE_NOOP("domain", "API key"), 4, False, 4),
        _rule(
            "assertion", QT_TRANSLATE_NOOP("domain", "Sign-in assertion (SAML response or assertion grant)"), 4, True, 4
        ),
        _rule("code-verifier", QT_TRANSLATE_NOOP("domain", "PKCE code verifier (OAuth sign-in)"), 4, True, 4),
        _rule("aws-secret-key", QT_TRANSLATE_NOOP("domain", "AWS secret access key"), 0, False, 4),
        _rule("security-token", QT_TRANSLATE_NOOP("domain", "AWS session or security token"), 4, True, 4),
        _rule("url-signature", QT_TRANSLATE_NOOP("domain", "Signature of a pre-signed URL"), 4, False, 4),
        _rule("jwt", QT_TRANSLATE_NOOP("domain", "JSON Web Token"), 4, True, 5),
        _rule("aws-access-key", QT_TRANSLATE_NOOP("domain", "AWS access key ID"), 4, False, 6),
        _rule(
            "high-entropy", QT_TRANSLATE_NOOP("domain", "Long random value (looks like a key or token)"), 4, False, 7
        ),
        _rule("email", QT_TRANSLATE_NOOP("domain", "E-mail address"), -1, False, 8),
        _rule("phone", QT_TRANSLATE_NOOP("domain", "Phone number"), -1, False, 9),
        _rule("custom-term", QT_TRANSLATE_NOOP("domain", "Your own term"), -1, False, 10),
    )
}

LIVE_SESSION_RULES: Final = frozenset(name for name, info in RULES.items() if info.live_session)
"""Rules whose findings make the review warn to sign out or revoke those sessions."""

PII_RULES: Final = frozenset({"email", "phone"})
"""Rules that apply only when personal data is to be removed too."""

KEEP_ID_RULES: Final = frozenset({"session-id", "custom-term", "phone"})
"""Rules that never remove a UUID (Customer Care needs conversation, organization and session IDs)."""

MIN_TERM_LENGTH: Final = 3


@dataclass(frozen=True)
class RedactionOptions:
    """What to remove besides the secrets, which are always removed.

    Attributes:
        pii: Remove e-mail addresses and phone numbers too.
        pseudonyms: Number the markers so that the same value gets the same marker across all files of the
            case (``[REDACTED:email#3]``).
        terms: The user's own terms (a customer name, an internal host), removed case-insensitively from every
            file. Terms shorter than ``MIN_TERM_LENGTH`` characters are ignored.
        phone_region: ISO country code used to recognize phone numbers written without ``+``.
    """

    pii: bool = False
    pseudonyms: bool = False
    terms: tuple[str, ...] = ()
    phone_region: str = "US"

    @property
    def usable_terms(self) -> tuple[str, ...]:
        """The terms long enough to use, stripped, without duplicates (case-insensitive), longest first."""
        seen: dict[str, str] = {}
        for term in self.terms:
            clean = term.strip()
            if len(clean) >= MIN_TERM_LENGTH:
                seen.setdefault(clean.lower(), clean)
        return tuple(sorted(seen.values(), key=len, reverse=True))


def marker(rule: str, number: int | None = None) -> str:
    """Return the text left in place of a removed value.

    Args:
        rule: The rule's name.
        number: The pseudonym number, when consistent pseudonyms are on.

    Returns:
        ``[REDACTED:rule]`` or ``[REDACTED:rule#number]``.
    """
    return f"{MARKER_PREFIX}{rule}]" if number is None else f"{MARKER_PREFIX}{rule}#{number}]"


class PseudonymTable:
    """Numbers values per rule so that the same value always gets the same marker in one case.

    Only a digest of each value is kept, never the value itself.
    """

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, bytes], int] = {}
        self._next: dict[str, int] = {}

    def number(self, rule: str, value: str) -> int:
        """Return the number of ``value`` under ``rule``, giving it the next free one when new.

        Args:
            rule: The rule's name.
            value: The removed text.

        Returns:
            A number from 1 up, stable for this table.
        """
        digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        key = (rule, digest)
        found = self._numbers.get(key)
        if found is None:
            found = self._next.get(rule, 0) + 1
            self._next[rule] = found
            self._numbers[key] = found
        return found

    def __len__(self) -> int:
        return len(self._numbers)


def abbreviate(rule: str, secret: str) -> str:
    """Show a removed value on screen the way the review may: partly, or not at all.

    Args:
        rule: The rule that removed it.
        secret: The removed text.

    Returns:
        For instance ``eyJh…(812 chars)``, ``…(7 chars)``, or the text itself for personal data.
    """
    reveal = RULES[rule].reveal if rule in RULES else 0
    if reveal < 0:
        return secret
    shown = secret[:reveal] if len(secret) > 2 * reveal else ""
    return f"{shown}…({counted(len(secret), 'char')})"


SCANNER_WORDS: Final = (
    "pass", "pw", "secret", "token", "key", "auth", "cookie", "sig", "credential", "sess", "assertion", "saml",
    "verifier", "hmac", *FOREIGN_STEMS,
)  # fmt: skip
"""Every key that :func:`classify_key` accepts contains one of these (lower case), or is ``code``."""


@lru_cache(maxsize=4096)
def classify_key(key: str, query: bool = False) -> str | None:
    """Tell which rule, if any, the value of a key falls under (the vocabulary is ``vocabulary.py``).

    The last word of the key decides (``password_policy`` names a setting, ``db_password`` a password), so
    that settings about secrets (``token_expiry``, ``password_min_length``, ``token_type``) are kept.

    Args:
        key: A header name, query or form parameter, or configuration key.
        query: True for URL query and form parameters, where ``code`` is an OAuth authorization code.

    Returns:
        The rule's name, or None when the key does not name a secret.
    """
    return classify_words(key_words(key), query)
