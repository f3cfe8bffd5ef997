"""Saving a finished screenshot as a PNG file in the case folder: file naming, encoding, the atomic write.

The image is encoded in memory (``QImage.save`` into a ``QBuffer``) and written through
``services.atomic.write_bytes_atomic``, so the folder holds either no file or the complete one. This module
neither draws annotations (``annotations.flatten`` does) nor decides where the case folder is (the caller does).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from care_desktop.services.atomic import write_bytes_atomic

SUFFIX = ".png"
DEFAULT_STEM = "screenshot"
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_MAX_STEM = 120


class SaveError(Exception):
    """The image could not be encoded (the reason is in the message)."""


def default_name(moment: QDateTime | None = None) -> str:
    """A file name for a new screenshot, from the local time: ``screenshot-20261126-100502.png``.

    Args:
        moment: The time to use (default: now).
    """
    when = moment if moment is not None else QDateTime.currentDateTime()
    return f"{DEFAULT_STEM}-{when.toString('yyyyMMdd-HHmmss')}{SUFFIX}"


def clean_name(name: str) -> str:
    """Make a proposed file name safe to create in the case folder.

    Path separators, control and reserved characters become ``-``; leading dots and spaces go (no hidden
    files, no ``..``); the name always ends in ``.png``; an empty result becomes ``screenshot.png``.

    Args:
        name: What the caller proposed or the user typed.

    Returns:
        A bare file name (no folder).
    """
    stem = name.strip()
    if stem.lower().endswith(SUFFIX):
        stem = stem[: -len(SUFFIX)]
    stem = _UNSAFE.sub("-", stem).strip(" .-")[:_MAX_STEM].rstrip(" .")
    return (stem or DEFAULT_STEM) + SUFFIX


def free_path(folder: Path, name: str) -> Path:
    """The path to save to: ``folder/name``, or ``name-2.png``, ``name-3.png``... when taken.

    Args:
        folder: The case folder.
        name: A name already passed through :func:`clean_name`.
    """
    candidate = folder / name
    stem = candidate.stem
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{SUFFIX}"
        number += 1
    return candidate


def png_bytes(image: QImage) -> bytes:
    """Encode ``image`` as PNG in memory (``QImageWriter`` into a ``QBuffer``).

    Raises:
        SaveError: Qt could not encode it (a null image, for example).
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"png")
    ok = writer.write(image)
    buffer.close()
    if not ok or data.isEmpty():
        raise SaveError(f"the image could not be encoded as PNG: {writer.errorString()}")
    return bytes(data.data())


def save_png(image: QImage, target: Path) -> Path:
    """Encode ``image`` and write it atomically to ``target`` (its folder is created when missing).

    Safe to call from a worker thread (``QImage`` and ``QBuffer`` need no GUI thread).

    Args:
        image: The finished image, annotations and redactions already burned in.
        target: The file to create.

    Returns:
        ``target``.
    """
    data = png_bytes(image)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(target, data)
    return target
