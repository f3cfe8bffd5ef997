"""What kind of file an attachment is, from its name and first bytes: image, HAR, configuration, text, binary.

The declared kind of an attachment is trusted only where that is safe: a file declared a screenshot that is
not an image, or declared "other", is sniffed so that text is never copied unredacted. Reads at most the
first few kilobytes; never writes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from care_desktop.domain.case.model import AttachmentKind

SNIFF_BYTES: Final = 8192
IMAGE_SUFFIXES: Final = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"})
CONFIG_SUFFIXES: Final = frozenset(
    {".ini", ".cfg", ".conf", ".config", ".env", ".properties", ".yaml", ".yml", ".toml", ".json", ".json5"}
)
_HAR_START: Final = re.compile(rb'^\s*\{\s*"log"\s*:')
_IMAGE_MAGIC: Final = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


def read_head(path: Path) -> bytes:
    """The first ``SNIFF_BYTES`` of a file (empty for an empty file)."""
    with path.open("rb") as handle:
        return handle.read(SNIFF_BYTES)


def is_image(head: bytes) -> bool:
    """Whether the bytes start like a PNG, JPEG, GIF, BMP, TIFF or WebP image."""
    return head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def is_utf16_or_32(head: bytes) -> bool:
    """Whether the bytes start with a UTF-16/32 byte-order mark or look like UTF-16 without one."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return True
    sample = head[:4096]
    if len(sample) < 16:
        return False
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_zeros, odd_zeros) > half * 0.4 and min(even_zeros, odd_zeros) < half * 0.05


def is_binary(head: bytes) -> bool:
    """Whether the bytes are not text in any encoding we can redact (NUL bytes outside UTF-16/32)."""
    return b"\x00" in head and not is_utf16_or_32(head)


def looks_like_har(head: bytes) -> bool:
    """Whether the bytes start like a HAR file (``{"log":``, after an optional UTF-8 byte-order mark)."""
    return _HAR_START.match(head.removeprefix(b"\xef\xbb\xbf")) is not None


def looks_like_json(head: bytes) -> bool:
    """Whether the bytes start like a JSON object or array."""
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


def guess_kind(path: Path, head: bytes) -> AttachmentKind:
    """Guess the kind of a file given on the command line.

    Args:
        path: The file (its name decides first).
        head: Its first bytes.

    Returns:
        ``screenshot`` for images, ``har`` for HAR files, ``config`` for configuration files, ``console_log``
        for other text and ``other`` for binary files.
    """
    suffix = path.suffix.lower()
    if is_image(head) or (suffix in IMAGE_SUFFIXES and not head):
        return AttachmentKind.SCREENSHOT
    if suffix == ".har" or looks_like_har(head):
        return AttachmentKind.HAR
    if suffix in CONFIG_SUFFIXES or path.name.lower().startswith(".env"):
        return AttachmentKind.CONFIG
    if is_binary(head):
        return AttachmentKind.OTHER
    return AttachmentKind.CONSOLE_LOG
