"""Value shapes: what a value looks like, whatever its key says.

Two lists. *Harmless shapes* are kept even under a key that names a secret: placeholders (``${…}``,
``{{…}}``, ``%(name)s``, ``$VAR``, ``$env:VAR``, ``<your-secret>``), the fetch ``credentials`` options (``include``,
``same-origin``, ``omit``), Genesys permission strings (``authorization:role:view``), timestamps. *Secret
shapes* are removed wherever they appear, with or without a key: long high-entropy base64, base64url or hex
runs (``high_entropy_spans``) and a Basic credential alone on its line (``basic_alone``); JWTs, PEM blocks,
AWS key IDs and vendor key formats are in ``patterns``. UUIDs (conversation, organization and user IDs) are
never a secret shape. Pure: no I/O, no Qt.

The thresholds follow detect-secrets' entropy detectors (base64 strings above 4.5 bits a character, hex above
3.0) adjusted to runs found in logs: at least ``MIN_BASE64`` characters mixing upper case, lower case and
digits, or ``MIN_HEX`` hexadecimal digits, that no hash or identifier word (``sha256``, ``etag``, ``commit``,
``request-id``, ``x-amz-cf-id``…) introduces; hex runs of a digest's length (SHA-1, SHA-256…) are hashes.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter
from typing import Final

from care_desktop.domain.case.identifiers import UUID_PATTERN

MIN_BASE64: Final = 32
"""Shortest base64/base64url run taken for a secret by its shape alone."""
MIN_HEX: Final = 40
"""Shortest hexadecimal run taken for a secret by its shape alone (an MD5 hex digest, 32, is kept)."""
BASE64_ENTROPY: Final = 4.2
HEX_ENTROPY: Final = 3.0

PLACEHOLDER: Final = re.compile(
    r"""\s*[`"']?(?:Bearer\s+|Basic\s+)?["']?(?:\$\{[^{}]*\}|\$\{\{[^{}]*\}\}|\{\{[^{}]*\}\}|%\([A-Za-z_]\w*\)s|\$\([^()]*\)
    |\$(?:env:)?[A-Z_][A-Z0-9_]*|%[A-Za-z_]\w*%|<[A-Za-z_][\w \-.]*>|\#\{[^{}]*\}|\[\[[^\[\]]*\]\])["'`]?\s*""",
    re.VERBOSE,
)
FETCH_OPTIONS: Final = frozenset({"include", "same-origin", "omit", "same_origin", "sameorigin"})
PERMISSION: Final = re.compile(r"[a-z][A-Za-z]*(?::(?:[A-Za-z][A-Za-z\-]*|\*)){2,3}")
"""A Genesys Cloud permission string: ``domain:entity:action`` (``authorization:role:view``, ``routing:queue:*``)."""
TIMESTAMP: Final = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?")

_RUN: Final = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{32,}={0,2}(?![A-Za-z0-9+/=_\-])")
"""Candidate runs of base64, base64url or hex characters."""
SOLID: Final = 16
"""A run is looked at only when it holds ``SOLID`` characters in a row without ``-`` or ``/``: UUIDs (8-4-4-4-12)
and paths never do, so that finding the candidates costs a fast byte scan, not a regular expression."""
_SOLID_RUN: Final = re.compile(f"[A-Za-z0-9+_]{{{SOLID}}}")
_SOLID_BYTES: Final = bytes(
    (ord("a") if chr(code).isascii() and (chr(code).isalnum() or chr(code) in "+_") else ord(" "))
    for code in range(256)
)
_SOLID_NEEDLE: Final = b"a" * SOLID
_HASH_CONTEXT: Final = re.compile(
    r"(?i)(?:sha-?(?:1|224|256|384|512)|md5|hash|digest|commit|checksum|etag|integrity|fingerprint|rev(?:ision)?"
    r"|build|version|oid|base64,|[=:/\s\"'-]sha\d*|[-_.\s\"']id(?:-\d)?|[a-z]Id|ID|request|trace"
    r"|correlation|span|nonce|client-data|boundary)(?:[\"']?\s*(?:=>|[=:,])?\s*(?:\"value\"\s*:\s*)?[\"']?|[^A-Za-z0-9]{0,4})$"
)
"""What introduces a hash or an identifier, kept whatever its shape (an ETag, a request ID, a commit)."""
_DIGEST_LENGTHS: Final = frozenset({40, 56, 64, 96, 128})
"""Hexadecimal runs of these lengths are digests (SHA-1, SHA-224, SHA-256, SHA-384, SHA-512): kept."""
_BASIC: Final = re.compile(r"[ \t]*(?P<cred>[A-Za-z0-9+/]{8,}={0,2})[ \t]*")


def is_harmless(value: str) -> bool:
    """Whether a value is kept even under a key that names a secret (a placeholder, a fetch option…)."""
    stripped = value.strip().strip("\"'")
    return (
        stripped.lower() in FETCH_OPTIONS
        or PLACEHOLDER.fullmatch(value) is not None
        or PERMISSION.fullmatch(stripped) is not None
        or TIMESTAMP.fullmatch(stripped) is not None
    )


def solid_run_starts(text: str) -> list[int]:
    """Where runs of ``SOLID`` or more base64 characters without ``-`` and ``/`` start (one position a run).

    Text of one byte a character (files carried as Latin-1) is scanned as bytes, which is many times faster
    than a regular expression; other text falls back on one.
    """
    try:
        mapped = text.encode("latin-1").translate(_SOLID_BYTES)
    except UnicodeEncodeError:
        return [match.start() for match in _SOLID_RUN.finditer(text)]
    starts = []
    position = mapped.find(_SOLID_NEEDLE)
    while position >= 0:
        starts.append(position)
        end = mapped.find(b" ", position + SOLID)
        if end < 0:
            break
        position = mapped.find(_SOLID_NEEDLE, end)
    return starts


def entropy(text: str) -> float:
    """Shannon entropy of ``text`` in bits per character."""
    if not text:
        return 0.0
    size = len(text)
    return -sum(count / size * math.log2(count / size) for count in Counter(text).values())


def is_secret_shape(run: str, before: str = "") -> bool:
    """Whether a run of base64/hex characters is a secret by its shape alone.

    Args:
        run: The run (as ``_RUN`` finds it).
        before: Up to a few dozen characters before it on its line (a hash word keeps a hex digest).
    """
    body = run.rstrip("=")
    if UUID_PATTERN.search(body) or not _SOLID_RUN.search(body):
        return False
    if all(c in "0123456789abcdefABCDEF" for c in body):
        if len(body) < MIN_HEX or len(body) in _DIGEST_LENGTHS:
            return False
        return entropy(body) >= HEX_ENTROPY and not _HASH_CONTEXT.search(before)
    if len(body) < MIN_BASE64 or _HASH_CONTEXT.search(before):
        return False
    if "/" in body and "+" not in body and not run.endswith("="):  # a path (IOFamily/IOPeerManager/): its parts
        return any(is_secret_shape(part) for part in body.split("/") if len(part) >= MIN_BASE64)
    if not (any(c.isupper() for c in body) and any(c.islower() for c in body) and any(c.isdigit() for c in body)):
        return False
    return entropy(body) >= BASE64_ENTROPY


def high_entropy_spans(text: str, context: str = "") -> list[tuple[int, int]]:
    """(start, end) of every run in ``text`` that is a secret by its shape (see ``is_secret_shape``).

    Args:
        text: A line.
        context: What comes before it in its structure (``"x-request-id": ``).
    """
    found = []
    for match in _RUN.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if len(before) < 40 and context:
            before = (context + before)[-40:]
        start = match.start()
        if text[start - 1 : start] == "%" and all(c in "0123456789abcdefABCDEF" for c in text[start : start + 2]):
            start += 2  # percent-encoded text: "%3D" before a token is the "=" of its key, not part of it
        if is_secret_shape(text[start : match.end()], before):
            found.append((start, match.end()))
    return found


def basic_alone(line: str) -> tuple[int, int] | None:
    """The span of a Basic credential echoed alone on a line (base64 of ``id:secret``), or None."""
    match = _BASIC.fullmatch(line)
    if match is None or len(match.group("cred")) % 4:
        return None
    try:
        decoded = base64.b64decode(match.group("cred"), validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        return None
    user, colon, secret = decoded.partition(":")
    if not colon or not secret or not decoded.isprintable() or " " in user:
        return None
    return match.span("cred")
