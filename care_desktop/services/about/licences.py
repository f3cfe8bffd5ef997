"""The licences of Care Desktop and of the libraries it runs on, read from the installed packages' metadata.

Reads metadata only (``importlib.metadata``); it never imports the libraries. A library that is not installed
(a frozen build may not carry its metadata) is listed as "unknown" rather than left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from typing import Final

OWN_LICENCE: Final = "MIT"
LIBRARIES: Final = (
    "PySide6-Essentials",
    "platformdirs",
    "tzdata",
    "holidays",
    "phonenumbers",
    "ijson",
    "psutil",
    "requests",
    "truststore",
    "zlib-ng",
)


@dataclass(frozen=True)
class Licence:
    """One library and its licence.

    Attributes:
        name: Distribution name.
        version: Installed version, empty when unknown.
        licence: SPDX expression or licence name as the package declares it; "unknown" when it does not.
    """

    name: str
    version: str
    licence: str


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    return str(meta[name]) if name in meta else ""


def _declared(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    classifiers = [value for value in meta.get_all("Classifier") or [] if value.startswith("License :: ")]
    if classifiers:
        return ", ".join(value.rsplit(" :: ", 1)[-1] for value in classifiers)
    text = _field(meta, "License").strip()
    return text.splitlines()[0][:80] if text else "unknown"


def library_licences(names: tuple[str, ...] = LIBRARIES) -> list[Licence]:
    """The licence of each library Care Desktop depends on.

    Args:
        names: Distribution names.

    Returns:
        One entry per name, in order.
    """
    result = []
    for name in names:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            result.append(Licence(name, "", "unknown"))
            continue
        result.append(Licence(name, _field(meta, "Version"), _declared(meta)))
    return result
