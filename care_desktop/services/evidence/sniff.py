"""The one file classifier: what an evidence file holds, which configuration format, which encoding.

Every caller decides a file's kind here: the attachments step, the review, the package and ``care-desktop
redact``. HAR (JSON whose top-level ``log`` has HAR keys, whatever the file is called, or a ``.har`` file
that starts like JSON), screenshot (PNG, JPEG, GIF, WebP, BMP or TIFF magic bytes), configuration (JSON, XML,
INI, ``.env`` or YAML by content, or a configuration file name; ``domain.redaction.formats.registry`` names
the parser), console log (any other text) and other (binary). Also decides the text encoding: UTF-8 with or
without BOM, UTF-16/32 with BOM, UTF-16 without one (recognised by its NUL bytes), else "unknown" (shown with
replacement characters). Only ``read_head`` touches a file; the rest are functions over bytes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.formats.registry import config_format, name_format
from care_desktop.services.evidence.jsonstream import JsonStreamError, json_events

HEAD_BYTES: Final = 64 * 1024
"""How much of the start of a file the sniffers look at."""

HAR_LOG_KEYS: Final = frozenset({"version", "creator", "browser", "pages", "entries", "comment"})
CONFIG_NAMES: Final = frozenset({".env", "config", "settings"})
IMAGE_SUFFIXES: Final = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"})

_BOMS: Final = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
BOM_LENGTH: Final = {"utf-8-sig": 3, "utf-16-le": 2, "utf-16-be": 2, "utf-32-le": 4, "utf-32-be": 4}
UNKNOWN_ENCODING: Final = "unknown"
"""Text that is neither UTF-8 nor UTF-16/32 with a BOM; decoded as UTF-8 with replacement characters."""

# Containers and documents that may start with printable bytes but are never text to preview.
_BINARY_MAGIC: Final = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"SQLite format 3",
)

_INI_SECTION = re.compile(r"^\s*\[[A-Za-z0-9_.\- ]+\]\s*$")
_KEY_VALUE = re.compile(r"^\s*[A-Za-z_][A-Za-z0-9_.\-]*\s*[=:]")
_ENV_LINE = re.compile(r"^\s*(export\s+)?[A-Za-z_][A-Za-z0-9_]*=")
_XML_START = re.compile(r"^\s*<(\?xml|!DOCTYPE|[A-Za-z_][\w.\-]*[\s>/])")


@dataclass(frozen=True)
class Sniff:
    """What the first bytes say.

    Attributes:
        kind: The attachment kind.
        encoding: Python codec of the text (``utf-8``, ``utf-8-sig``, ``utf-16-le`` ...), ``unknown`` for text in
            another encoding, or None for binary data.
        image_format: ``png``, ``jpeg``, ``gif``, ``webp``, ``bmp`` or ``tiff`` for a screenshot, else None.
        json_like: True when the text starts like JSON (an object or array), whatever the kind.
        config_format: For a configuration file, the parser that reads it (``json``, ``yaml``, ``xml``,
            ``ini``, ``properties``, ``dotenv``, ``netrc``, ``toml``, ``tfvars``), or None when none fits.
    """

    kind: AttachmentKind
    encoding: str | None
    image_format: str | None = None
    json_like: bool = False
    config_format: str | None = None


def image_format(head: bytes) -> str | None:
    """Recognise an image by its magic bytes.

    Args:
        head: The first bytes of the file (12 are enough).

    Returns:
        ``png``, ``jpeg``, ``gif``, ``webp``, ``bmp``, ``tiff`` or None.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and len(head) >= 26:
        return "bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text whose every other byte is NUL (UTF-16 without a BOM), else None."""
    sample = head[:4096]
    if len(sample) < 16:
        return None
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if max(even_zeros, odd_zeros) > half * 0.4 and min(even_zeros, odd_zeros) < half * 0.05:
        return "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
    return None


def detect_encoding(head: bytes, *, truncated: bool) -> str | None:
    """Decide the text encoding of a file from its first bytes.

    Args:
        head: The first bytes.
        truncated: True when ``head`` is not the whole file (a multi-byte character may be cut at the end).

    Returns:
        A codec name, ``unknown`` for text that is not valid UTF-8, or None for binary data.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    if b"\x00" in head:
        return utf16_without_bom(head)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if not (truncated and error.start >= len(head) - 3 and error.reason == "unexpected end of data"):
            return UNKNOWN_ENCODING if _mostly_printable(head) else None
    return "utf-8"


def _mostly_printable(data: bytes) -> bool:
    controls = sum(1 for byte in data if byte < 0x20 and byte not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls <= len(data) // 100


def decode_head(head: bytes, encoding: str) -> str:
    """Decode the first bytes of a text file, dropping its BOM and any character cut at the end.

    Args:
        head: The bytes.
        encoding: From ``detect_encoding``.

    Returns:
        The text (undecodable bytes become U+FFFD).
    """
    codec = "utf-8" if encoding == UNKNOWN_ENCODING else encoding
    return head[BOM_LENGTH.get(encoding, 0) :].decode(codec.removesuffix("-sig"), errors="replace").rstrip("\ufffd")


def _json_probe(text: str, *, truncated: bool) -> tuple[bool, bool]:
    """Return (is a JSON document, or the start of one; its top-level ``log`` holds HAR keys)."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False, False
    saw_log = False
    try:
        for prefix, event, value in json_events(io.BytesIO(stripped.encode("utf-8")), encoding="utf-8", depth=2):
            if prefix == "" and event == "map_key":
                saw_log = value == "log"
            elif prefix == "log" and event == "map_key" and saw_log:
                return True, value in HAR_LOG_KEYS
    except JsonStreamError as error:
        return error.number_too_large or (truncated and error.premature_end), False
    return True, False


def _looks_like_config(lines: list[str]) -> bool:
    meaningful = [line for line in lines if line.strip() and not line.lstrip().startswith(("#", ";", "//"))]
    if not meaningful:
        return False
    if meaningful[0].strip() in {"---", "%YAML"} or meaningful[0].startswith("%YAML"):
        return True
    if any(_INI_SECTION.match(line) for line in meaningful[:20]) and any(
        _KEY_VALUE.match(line) for line in meaningful[:50]
    ):
        return True
    env_lines = sum(1 for line in meaningful if _ENV_LINE.match(line))
    return env_lines >= max(1, (len(meaningful) * 8) // 10)


def has_config_name(name: str) -> bool:
    """Whether a file name says configuration (``.json``, ``.yaml``, ``.ini``, ``.env``, ``app.config`` ...)."""
    lower = name.lower()
    return name_format(lower) is not None or lower in CONFIG_NAMES or lower.startswith(".env")


def sniff(head: bytes, name: str, *, truncated: bool) -> Sniff:
    """Classify a file from its first bytes and its name.

    Args:
        head: The first bytes (``HEAD_BYTES`` is plenty).
        name: The file name (a hint for configuration files only).
        truncated: True when ``head`` is not the whole file.

    Returns:
        Kind, encoding and image format.
    """
    picture = image_format(head)
    if picture is not None:
        return Sniff(AttachmentKind.SCREENSHOT, None, picture)
    if not head and Path(name).suffix.lower() in IMAGE_SUFFIXES:
        return Sniff(AttachmentKind.SCREENSHOT, None)
    encoding = None if head.startswith(_BINARY_MAGIC) else detect_encoding(head, truncated=truncated)
    if encoding is None:
        return Sniff(AttachmentKind.OTHER, None)
    text = decode_head(head, encoding)
    json_like, har = _json_probe(text, truncated=truncated)
    if har or (name.lower().endswith(".har") and text.lstrip()[:1] == "{"):
        return Sniff(AttachmentKind.HAR, encoding, json_like=True)
    if json_like or _XML_START.match(text) or has_config_name(name) or _looks_like_config(text.splitlines()[:200]):
        return Sniff(AttachmentKind.CONFIG, encoding, json_like=json_like, config_format=config_format(name, text))
    return Sniff(AttachmentKind.CONSOLE_LOG, encoding)


def read_head(path: Path) -> bytes:
    """The first ``HEAD_BYTES`` of a file (empty for an empty file)."""
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def sniff_head(path: Path, head: bytes) -> Sniff:
    """Classify a file from its name and the first bytes ``read_head`` gave."""
    truncated = len(head) >= HEAD_BYTES
    return sniff(head, path.name, truncated=truncated)


def guess_kind(path: Path, head: bytes) -> AttachmentKind:
    """The kind of a file given on the command line (the same decision as the attachments step's)."""
    return sniff_head(path, head).kind
