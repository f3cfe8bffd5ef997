"""The one vocabulary of secret names: which key names say that their value is a secret, and which rule.

Every format uses it through ``rules.classify_key``: HTTP headers, query and form parameters, multipart part
names, HTML form fields, JSON/YAML/INI/XML/properties/.env/netrc/TOML keys and the ``key: value`` text rules.
A key is cut into lower-case words (``X-Amz-Security-Token`` -> x, amz, security, token; ``Genesys.ClientSecret``
-> genesys, client, secret; ``mot de passe`` -> mot, de, passe; ``contraseña`` stays one word), and the *last*
word decides, so that settings *about* secrets are kept (``password_policy``, ``token_type``, ``token_expiry``,
``expires_in``). Names in other languages are words like any other (``Passwort``, ``wachtwoord``, ``senha``,
``パスワード``). Rule names are those of ``rules.RULES``. Pure: no I/O, no Qt.

The naming follows what gitleaks and detect-secrets do for their keyword detectors (a short list of stems, the
key's last segment deciding, an allow-list for the well-known harmless names), written anew for our rules.
"""

from __future__ import annotations

import re
from typing import Final

_ASCII_WORDS: Final = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_SEPARATORS: Final = re.compile(r"[\W_]+")

PASSWORD_WORDS: Final = frozenset(
    {"password", "passwd", "pwd", "pw", "pass", "passe", "passphrase", "passcode", "passwords", "passwort",
     "kennwort", "contraseña", "contrasena", "contrasenya", "senha", "wachtwoord", "passord", "mdp", "пароль",
     "パスワード", "密码", "密碼", "비밀번호"}
)  # fmt: skip
"""Last words that name a password (English abbreviations and the word in other languages): the languages that
write the word differently from English: German, French, Spanish, Portuguese, Dutch, Norwegian, Russian,
Japanese, Chinese, Korean."""
FOREIGN_STEMS: Final = (
    "kennwort",
    "contrase",
    "senha",
    "wachtwoord",
    "mdp",
    "пароль",
    "パスワード",
    "密码",
    "密碼",
    "비밀번호",
)
"""Stems that find the password words no English stem (``pass``, ``pw``) finds, for the text scanners."""
_PASSWORD_ENDINGS: Final = ("password", "motdepasse", "passwort", "kennwort", "contraseña", "wachtwoord")
_KEY_OWNERS: Final = frozenset(
    {"api", "app", "application", "subscription", "license", "licence", "developer", "client", "master",
     "account", "access", "functions", "function", "auth", "service", "consumer", "shared", "admin"}
)  # fmt: skip
_PRIVATE_KEY_OWNERS: Final = frozenset({"private", "signing", "encryption", "ssh", "encoded", "decryption"})
_SESSION_KEYS: Final = frozenset(
    {"jsessionid", "phpsessid", "sessionid", "sessid", "sessionkey", "aspnetsessionid", "session", "sessionsecret"}
)
_ASSERTION_KEYS: Final = frozenset(
    {"samlresponse", "samlart", "samlassertion", "assertion", "clientassertion", "wresult"}
)
"""SAML responses and artifacts, the saml2-bearer / jwt-bearer grant's ``assertion`` and WS-Federation's
``wresult``. A ``SAMLRequest`` (the service provider's request) signs nobody in: it is kept."""


def key_words(key: str) -> list[str]:
    """Split a key name into lower-case words (``X-Amz-Security-Token`` -> x, amz, security, token).

    ASCII parts are also cut at camel case (``clientSecret`` -> client, secret); a part with other letters
    (``contraseña``, ``パスワード``) stays one word.
    """
    words: list[str] = []
    for part in _SEPARATORS.split(key):
        if not part:
            continue
        if part.isascii():
            words += [word.lower() for word in _ASCII_WORDS.findall(part)]
        else:
            words.append(part.lower())
    return words


def classify_words(words: list[str], query: bool) -> str | None:
    """The rule named by a key cut into words (see ``rules.classify_key``)."""
    while len(words) > 1 and words[-1].isdigit():  # password2, pwd_1
        words = words[:-1]
    if not words:
        return None
    joined = "".join(words)
    last = words[-1]
    if joined in {"authorization", "proxyauthorization", "auth"}:
        return "authorization"
    if joined in {"cookie", "cookies"} or (joined.endswith("cookie") and words[-2:-1] == ["document"]):
        return "cookie"
    if joined == "setcookie":
        return "set-cookie"
    if joined == "code":
        return "auth-code" if query else None
    if joined.endswith(("authcode", "authorizationcode")):
        return "auth-code"
    if last in PASSWORD_WORDS or joined.endswith(_PASSWORD_ENDINGS):
        return "password"
    if last in {"hash", "salt", "digest", "hashed"} and any(word.startswith("pass") for word in words[:-1]):
        return "password"
    if joined in _ASSERTION_KEYS or last == "assertion" or (words[0] == "saml" and last == "response"):
        return "assertion"
    if last == "verifier":  # PKCE code_verifier, OAuth 1 oauth_verifier
        return "code-verifier"
    if joined in _SESSION_KEYS or joined.endswith(("sessionid", "sessid")):
        return "session-id"
    if joined.endswith("clientsecret"):
        return "client-secret"
    if last in {"token", "tokens"} or joined.endswith("token"):
        return _token_rule(words, joined)
    if last in {"signature", "sig"} or joined.endswith("signature"):
        return "url-signature"
    if last in {"credential", "credentials", "creds"}:
        return None if "amz" in words else "secret"
    if last in {"secret", "secrets", "hmac"} or joined.endswith("secret"):
        return "secret"
    if last in {"key", "keys"} or joined.endswith(("apikey", "accesskey", "secretkey", "privatekey")):
        return _key_rule(words, joined)
    return None


def _token_rule(words: list[str], joined: str) -> str:
    if joined.endswith("accesstoken"):
        return "access-token"
    if joined.endswith("refreshtoken"):
        return "refresh-token"
    if joined.endswith("idtoken"):
        return "id-token"
    if "security" in words or ("session" in words and ("amz" in words or "aws" in words)) or joined == "sessiontoken":
        return "security-token"
    return "token"


def _key_rule(words: list[str], joined: str) -> str | None:
    owners = set(words[:-1])
    if joined.endswith("secretkey") or "secret" in owners:
        return "aws-secret-key" if ("aws" in owners or "access" in owners or joined.startswith("aws")) else "secret"
    if joined.endswith("privatekey") or owners & _PRIVATE_KEY_OWNERS:
        return "private-key"
    if "hmac" in owners:
        return "secret"
    if joined.endswith(("apikey", "accesskey")) or owners & _KEY_OWNERS:
        return "api-key"
    if "session" in owners:
        return "session-id"
    return None
