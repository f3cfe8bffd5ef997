"""The one loader of runtime data in ``resources/``: the Customer Care profile, help texts, the phone directory.

Works the same from a checkout (``<repo>/resources``), an installed wheel (``care_desktop/resources``
inside the package) and a frozen build (the same folder next to the frozen package). Paths given to it are
relative, use ``/`` and never climb out of the resources folder.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

import care_desktop
from care_desktop.domain.phones.regions import RegionPlace

if TYPE_CHECKING:  # importlib.resources and the profile's model are loaded only when needed (see resource_root)
    from importlib.abc import Traversable

    from care_desktop.domain.profile import Profile


class ResourceError(RuntimeError):
    """A resource is missing or malformed (a broken installation)."""


@functools.cache
def resource_root() -> Traversable:
    """Locate the resources folder.

    A wheel, a one-folder build and a checkout all keep the package as plain files, so the folder is found
    next to ``care_desktop/__init__.py`` without ``importlib.resources`` (whose import costs a few
    milliseconds of every start); that is asked only for a package that is not plain files (a zip).

    Returns:
        The folder inside the installed package when present, else the checkout's top-level folder.

    Raises:
        ResourceError: When neither exists.
    """
    package = Path(care_desktop.__file__).resolve().parent
    for folder in (package / "resources", package.parent / "resources"):
        if folder.is_dir():
            return folder
    from importlib import resources as importlib_resources

    packaged = importlib_resources.files(care_desktop) / "resources"
    if packaged.is_dir():
        return packaged
    raise ResourceError(f"the resources folder is missing (looked in {package} and {package.parent})")


def _locate(relative: str) -> Traversable:
    parts = relative.split("/")
    # A backslash or a drive letter would climb out on Windows, where both are path syntax.
    if not relative or any(part in {"", ".", ".."} or "\\" in part or ":" in part for part in parts):
        raise ResourceError(f"invalid resource path {relative!r}")
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def read_bytes(relative: str) -> bytes:
    """Read a resource file.

    Args:
        relative: Path below ``resources/``, e.g. ``"help/org_id.md"``.

    Returns:
        Its bytes.

    Raises:
        ResourceError: When it does not exist.
    """
    node = _locate(relative)
    try:
        return node.read_bytes()
    except OSError as error:
        raise ResourceError(f"cannot read resource {relative}: {error}") from error


def file_path(relative: str) -> Path | None:
    """The resource as a file on disk, for a library that wants a file name rather than bytes.

    Args:
        relative: Path below ``resources/``.

    Returns:
        Its path when the resources are plain files (a checkout, a wheel, a one-folder build) and it exists;
        None otherwise (read it with :func:`read_bytes`).
    """
    node = _locate(relative)
    return node if isinstance(node, Path) and node.is_file() else None


def read_text(relative: str) -> str:
    """Read a UTF-8 resource file (a leading BOM is dropped).

    Args:
        relative: Path below ``resources/``.

    Returns:
        Its text.

    Raises:
        ResourceError: When it does not exist or is not UTF-8.
    """
    try:
        # As the "utf-8-sig" codec does, without loading it (its module costs the first page half a millisecond).
        return read_bytes(relative).decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise ResourceError(f"resource {relative} is not UTF-8: {error}") from error


def list_names(relative: str) -> list[str]:
    """List the file names in a resource folder, sorted.

    Args:
        relative: Folder below ``resources/``.

    Returns:
        The names of the files (not folders) in it.
    """
    node = _locate(relative)
    if not node.is_dir():
        raise ResourceError(f"resource folder {relative} is missing")
    return sorted(child.name for child in node.iterdir() if child.is_file())


@functools.cache
def load_profile() -> Profile:
    """Load the Customer Care profile.

    Returns:
        The parsed profile.

    Raises:
        ResourceError: When it is missing or malformed.
    """
    from care_desktop.domain.profile import ProfileError, parse_profile

    try:
        return parse_profile(json.loads(read_text("profile.json")))
    except (json.JSONDecodeError, ProfileError) as error:
        raise ResourceError(f"resources/profile.json is malformed: {error}") from error


@functools.cache
def region_places() -> tuple[RegionPlace, ...]:
    """The profile's regions as the phone directory needs them, without parsing the whole profile.

    The first page uses this; the full profile (:func:`load_profile`) checks the same file thoroughly.

    Returns:
        The regions in the profile's order; entries that are not well formed are skipped.

    Raises:
        ResourceError: When the profile is missing or not JSON.
    """
    try:
        data = json.loads(read_text("profile.json"))
    except json.JSONDecodeError as error:
        raise ResourceError(f"resources/profile.json is malformed: {error}") from error
    raw = data.get("regions") if isinstance(data, dict) else None
    places = []
    for item in raw if isinstance(raw, list) else []:
        fields = [
            item.get(key, "") if isinstance(item, dict) else None for key in ("domain", "phone_region", "country")
        ]
        if all(isinstance(value, str) for value in fields) and fields[0] and fields[1]:
            places.append(RegionPlace(str(fields[0]).strip().lower(), str(fields[1]), str(fields[2])))
    return tuple(places)


def help_text(topic: str, language: str = "en") -> str:
    """Return a help text in Markdown.

    Args:
        topic: File name without extension, e.g. ``"org_id"``.
        language: Language code; English is used when that language has no text for the topic.

    Returns:
        The text.

    Raises:
        ResourceError: When the topic has no English text either.
    """
    if language != "en":
        try:
            return read_text(f"help/{language}/{topic}.md")
        except ResourceError:
            pass
    return read_text(f"help/en/{topic}.md")


def verify_resources() -> list[str]:
    """Load every resource the app ships, as the self-test and packagers' checks do.

    Returns:
        The resource files that were read.

    Raises:
        ResourceError: On the first missing or malformed resource.
    """
    load_profile()
    checked = ["profile.json"]
    root = resource_root()
    pending = [(folder, root / folder) for folder in ("help", "phones", "translations", "logs", "icons")]
    while pending:
        relative, node = pending.pop()
        if not node.is_dir():
            continue
        for child in sorted(node.iterdir(), key=lambda item: item.name):
            if child.is_dir():
                pending.append((f"{relative}/{child.name}", child))
            elif child.is_file():
                child.read_bytes()
                checked.append(f"{relative}/{child.name}")
    return sorted(checked)
