"""Width and height of a screenshot read from its header bytes (PNG, JPEG, GIF, WebP, BMP).

The Attachments page renders the thumbnail itself (Qt decodes the image there); this module only reads the
few header bytes that hold the size, so a huge or damaged image costs nothing. It never decodes pixels.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO, Final

_JPEG_MAX_SEGMENTS: Final = 512
_SOF_MARKERS: Final = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_STANDALONE_MARKERS: Final = frozenset({0x01, *range(0xD0, 0xD9)})


@dataclass(frozen=True)
class ImageInfo:
    """The preview of a screenshot.

    Attributes:
        format: ``png``, ``jpeg``, ``gif``, ``webp`` or ``bmp``.
        width: Width in pixels, or None when the header is damaged.
        height: Height in pixels, or None when the header is damaged.
    """

    format: str
    width: int | None
    height: int | None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(head) >= 25:
        b0, b1, b2, b3 = head[21:25]
        return 1 + (((b1 & 0x3F) << 8) | b0), 1 + (((b3 & 0x0F) << 10) | (b2 << 2) | ((b1 & 0xC0) >> 6))
    if chunk == b"VP8X" and len(head) >= 30:
        return 1 + int.from_bytes(head[24:27], "little"), 1 + int.from_bytes(head[27:30], "little")
    return None


def _bmp_size(head: bytes) -> tuple[int, int] | None:
    if len(head) < 26:
        return None
    (header_size,) = struct.unpack("<I", head[14:18])
    if header_size == 12:  # OS/2 BITMAPCOREHEADER: 16-bit sizes
        width, height = struct.unpack("<HH", head[18:22])
        return width, height
    width, height = struct.unpack("<ii", head[18:26])
    return abs(width), abs(height)  # a negative height means rows are stored top-down


def _jpeg_size(handle: BinaryIO) -> tuple[int, int] | None:
    handle.seek(2)
    for _ in range(_JPEG_MAX_SEGMENTS):
        byte = handle.read(1)
        if byte != b"\xff":
            return None
        marker = handle.read(1)
        while marker == b"\xff":  # fill bytes
            marker = handle.read(1)
        if not marker:
            return None
        code = marker[0]
        if code in _STANDALONE_MARKERS:
            continue
        if code in (0xD9, 0xDA):  # end of image, start of scan: no frame header before it
            return None
        length_bytes = handle.read(2)
        if len(length_bytes) < 2:
            return None
        (length,) = struct.unpack(">H", length_bytes)
        if code in _SOF_MARKERS:
            frame = handle.read(5)
            if len(frame) < 5:
                return None
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        if length < 2:
            return None
        handle.seek(length - 2, 1)
    return None


def image_info(handle: BinaryIO, image_format: str, head: bytes) -> ImageInfo:
    """Read the size of an image from its header.

    Args:
        handle: The open file (seekable); JPEG sizes may sit after large metadata segments.
        image_format: From ``sniff.image_format``.
        head: The first bytes of the file (at least 30 for everything but JPEG).

    Returns:
        The format and size; the size is None when the header cannot be read.
    """
    size: tuple[int, int] | None = None
    if image_format == "png" and len(head) >= 24 and head[12:16] == b"IHDR":
        size = struct.unpack(">II", head[16:24])
    elif image_format == "gif" and len(head) >= 10:
        size = struct.unpack("<HH", head[6:10])
    elif image_format == "webp":
        size = _webp_size(head)
    elif image_format == "bmp":
        size = _bmp_size(head)
    elif image_format == "jpeg":
        try:
            size = _jpeg_size(handle)
        except (OSError, struct.error):
            size = None
    if size is None:
        return ImageInfo(image_format, None, None)
    return ImageInfo(image_format, size[0], size[1])
