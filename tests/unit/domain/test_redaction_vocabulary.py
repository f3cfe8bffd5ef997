"""The one vocabulary of secret names, and the value shapes that are secret (or harmless) wherever they are."""

import base64

import pytest

from care_desktop.domain.redaction.rules import LIVE_SESSION_RULES, RULES, SCANNER_WORDS, classify_key
from care_desktop.domain.redaction.shapes import basic_alone, entropy, high_entropy_spans, is_harmless
from care_desktop.domain.redaction.vocabulary import PASSWORD_WORDS, key_words

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


@pytest.mark.parametrize(
    ("key", "rule"),
    [
        # passwords, abbreviated and in other languages
        ("LDAP_BIND_PW", "password"),
        ("AD_BIND_PW", "password"),
        ("db.pw", "password"),
        ("Passwort", "password"),
        ("DB_Kennwort", "password"),
        ("mot de passe", "password"),
        ("Mot_de_passe", "password"),
        ("contraseña", "password"),
        ("contrasena", "password"),
        ("senha", "password"),
        ("wachtwoord", "password"),
        ("パスワード", "password"),
        ("ユーザー パスワード", "password"),
        ("пароль", "password"),
        # hmac, signing, encoded and private keys
        ("APP_HMAC_KEY", "secret"),
        ("webhook.hmac-key", "secret"),
        ("hmacSecret", "secret"),
        ("hmac", "secret"),
        ("jwt.signing-key", "private-key"),
        ("saml.encoded-key", "private-key"),
        ("encodedKey", "private-key"),
        # api keys with spaces and separators
        ("API Key", "api-key"),
        ("api-key", "api-key"),
        ("apiKey", "api-key"),
        ("Api_Key", "api-key"),
        # sign-in assertions and PKCE
        ("SAMLResponse", "assertion"),
        ("SAMLRequest", None),
        ("saml_response", "assertion"),
        ("assertion", "assertion"),
        ("client_assertion", "assertion"),
        ("code_verifier", "code-verifier"),
        ("codeVerifier", "code-verifier"),
        ("oauth_verifier", "code-verifier"),
        # client secrets in every notation
        ("client_secret", "client-secret"),
        ("clientSecret", "client-secret"),
        ("Genesys.ClientSecret", "client-secret"),
        ("GC_CLIENT_SECRET", "client-secret"),
        ("document.cookie", "cookie"),
        # names about secrets, and names that only look like them, stay harmless
        ("token_type", None),
        ("expires_in", None),
        ("password_policy", None),
        ("passwordless", None),
        ("passport", None),
        ("keyboard", None),
        ("monkey", None),
        ("hmac_algorithm", None),
        ("assertion_consumer_service_url", None),
        ("client_assertion_type", None),
        ("code_challenge", None),
        ("secret_name", None),
        ("compass", None),
        ("RelayState", None),
    ],
)
def test_the_vocabulary(key, rule):
    assert classify_key(key) == rule


def test_key_words_keep_other_scripts_whole_and_cut_ascii_camel_case():
    assert key_words("Genesys.ClientSecret") == ["genesys", "client", "secret"]
    assert key_words("contraseña_BD") == ["contraseña", "bd"]
    assert key_words("mot de passe") == ["mot", "de", "passe"]
    assert key_words("DB-パスワード") == ["db", "パスワード"]


def test_every_password_word_is_found_by_a_scanner_word():
    assert all(any(word in name for word in SCANNER_WORDS) for name in PASSWORD_WORDS)


def test_new_rules_have_labels_and_sign_in_rules_warn_about_live_sessions():
    assert {"assertion", "code-verifier", "high-entropy"} <= set(RULES)
    assert {"assertion", "code-verifier", "cookie"} <= LIVE_SESSION_RULES


@pytest.mark.parametrize(
    "value",
    ["include", "'same-origin'", '"omit"', "${credentials.token}", "Bearer ${credentials.token}", "{{ secret }}",
     "%(password)s", "$DB_PASSWORD", "$env:GC_SECRET", "<your-client-secret>", "authorization:role:view",
     "routing:queue:*", "2026-03-01T10:22:33.123Z"],
)  # fmt: skip
def test_harmless_values(value):
    assert is_harmless(value)


@pytest.mark.parametrize("value", ["hunter2", "$ecretPass", "include-me-secret", "a:b", "Tr0ub4dor&3", "$3cr3t"])
def test_values_that_are_not_harmless(value):
    assert not is_harmless(value)


TOKEN = "k8Hf2LmQ9vXz3RtY7pWn4BsJ6cDa1EgU0oKi5FhS"


@pytest.mark.parametrize(
    "text",
    [f"random {TOKEN} in a log", f"x={TOKEN}&y=1", f'"{TOKEN}"', "wJalrXUtnFEMI+K7MDENG/bPxRfiCYEXAMPLEKEY==",
     "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A_-Xyz1", "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f"],
)  # fmt: skip
def test_long_random_values_are_secret_by_their_shape(text):
    assert high_entropy_spans(text)


@pytest.mark.parametrize(
    "text",
    [f"conversation {CONV} org {CONV.upper()}", "commit 3f786850e387550fdab836ed7e6dc881de23001b",
     "sha256 3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed", "color #ff00aa",
     "d41d8cd98f00b204e9800998ecf8427e", "/api/v2/analytics/conversations/details/query",
     "ConversationParticipantUpdatedEventHandlerFactory", "com.apple.iokit.IO80211Family/IO80211AWDLPeerManager//",
     f"x-request-id: {TOKEN}", f'"name": "x-amz-cf-id", "value": "{TOKEN}"', f"data:image/png;base64,{TOKEN}",
     f"integrity=sha384-{TOKEN}"],
)  # fmt: skip
def test_ids_hashes_paths_and_identifiers_are_kept(text):
    assert high_entropy_spans(text) == []


def test_entropy():
    assert entropy("") == 0
    assert entropy("aaaa") == 0
    assert entropy("abcd") == 2


@pytest.mark.parametrize("credential", ["user:password", "4709b21d:s3cr3t!", "svc-genesys:Tr0ub4dor&3"])
def test_a_basic_credential_alone_on_a_line(credential):
    encoded = base64.b64encode(credential.encode()).decode()
    assert basic_alone(f"  {encoded}") == (2, 2 + len(encoded))


@pytest.mark.parametrize("line", ["Hello123", "dXNlcg==", "not base64 at all", "SGVsbG8gV29ybGQh"])
def test_other_lines_are_no_basic_credential(line):
    assert basic_alone(line) is None
