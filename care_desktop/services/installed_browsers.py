"""Which browsers (and the Genesys Cloud desktop app) are installed, and their versions, where cheaply known.

Only files are read, in known places: Firefox's ``application.ini``, a macOS bundle's ``Info.plist``, the
version-named folders of Chrome and Edge on Windows, a snap's ``meta/snap.yaml``, and the dpkg status file on
Debian-like systems. No browser is ever run: ``--version`` can start a full browser (snap wrappers, first-run
dialogs, profile locks), take seconds, or hang, which a system-facts preview must never do. A browser found
without a readable version is listed with ``version: null``. Never writes.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

_VERSION_DIR = re.compile(r"^\d+(\.\d+){1,3}$")
_DPKG_STATUS: Final = "var/lib/dpkg/status"
_DPKG_MAX_BYTES: Final = 64 * 1024 * 1024


@dataclass(frozen=True)
class InstalledApp:
    """One installed browser or app.

    Attributes:
        name: ``Google Chrome``, ``Microsoft Edge``, ``Firefox``, ``Chromium``, ``Safari``,
            ``Genesys Cloud desktop app``.
        version: The version, or None when it could not be read cheaply.
        source: Where the version (or the presence) was read: ``application.ini``, ``Info.plist``,
            ``version folder``, ``snap``, ``dpkg`` or ``executable`` (found, version unknown).
    """

    name: str
    version: str | None
    source: str

    def to_json(self) -> dict[str, str | None]:
        """The JSON form, keys in a fixed order."""
        return {"name": self.name, "version": self.version, "source": self.source}


def _ini_version(path: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            parser.read_file(handle)
    except (OSError, configparser.Error):
        return None
    return parser.get("App", "Version", fallback=None)


def _plist_version(bundle: Path) -> str | None:
    try:
        with (bundle / "Contents" / "Info.plist").open("rb") as handle:
            data = plistlib.load(handle)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return None
    version = data.get("CFBundleShortVersionString") if isinstance(data, dict) else None
    return str(version) if version else None


def _version_folder(application: Path) -> str | None:
    try:
        names = [child.name for child in application.iterdir() if child.is_dir() and _VERSION_DIR.match(child.name)]
    except OSError:
        return None
    return max(names, key=lambda name: tuple(int(part) for part in name.split("."))) if names else None


def _snap_version(root: Path, snap: str) -> str | None:
    try:
        text = (root / "snap" / snap / "current" / "meta" / "snap.yaml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    match = re.search(r"^version:\s*['\"]?([^'\"\s]+)", text, re.MULTILINE)
    return match[1] if match else None


def dpkg_versions(root: Path, packages: frozenset[str]) -> dict[str, str]:
    """Read the installed versions of some packages from the dpkg status file, line by line.

    Args:
        root: The file system root (``/``; a test passes a folder).
        packages: Package names wanted.

    Returns:
        Version per installed package among ``packages``.
    """
    found: dict[str, str] = {}
    path = root / _DPKG_STATUS
    try:
        if path.stat().st_size > _DPKG_MAX_BYTES:
            return found
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError:
        return found
    with handle:
        package = version = status = ""
        for line in [*handle, "\n"]:
            if not line.strip():
                if package in packages and version and status.endswith(" installed"):
                    found[package] = version
                package = version = status = ""
            elif line.startswith("Package:"):
                package = line.split(":", 1)[1].strip()
            elif line.startswith("Version:"):
                version = line.split(":", 1)[1].strip()
            elif line.startswith("Status:"):
                status = line.split(":", 1)[1].strip()
    return found


def _linux(root: Path) -> Iterator[InstalledApp]:
    dpkg = dpkg_versions(
        root,
        frozenset({"google-chrome-stable", "microsoft-edge-stable", "chromium", "chromium-browser"}),
    )
    for name, package, binary in (
        ("Google Chrome", "google-chrome-stable", "opt/google/chrome/chrome"),
        ("Microsoft Edge", "microsoft-edge-stable", "opt/microsoft/msedge/msedge"),
    ):
        if package in dpkg:
            yield InstalledApp(name, dpkg[package], "dpkg")
        elif (root / binary).exists():
            yield InstalledApp(name, None, "executable")
    for folder in ("usr/lib/firefox", "usr/lib/firefox-esr", "usr/lib64/firefox", "opt/firefox"):
        if (root / folder / "application.ini").is_file():
            yield InstalledApp("Firefox", _ini_version(root / folder / "application.ini"), "application.ini")
            break
    else:
        snap = _snap_version(root, "firefox")
        if snap:
            yield InstalledApp("Firefox", snap, "snap")
    chromium = dpkg.get("chromium") or dpkg.get("chromium-browser")
    snap_chromium = _snap_version(root, "chromium")
    if chromium:
        yield InstalledApp("Chromium", chromium, "dpkg")
    elif snap_chromium:
        yield InstalledApp("Chromium", snap_chromium, "snap")


def _macos(root: Path, home: Path) -> Iterator[InstalledApp]:
    bundles = (
        ("Google Chrome", "Google Chrome.app"),
        ("Microsoft Edge", "Microsoft Edge.app"),
        ("Firefox", "Firefox.app"),
        ("Chromium", "Chromium.app"),
        ("Safari", "Safari.app"),
        # The bundle name is the one Homebrew's cask installs ("Genesys Cloud.app").
        ("Genesys Cloud desktop app", "Genesys Cloud.app"),
    )
    for name, bundle in bundles:
        for folder in (root / "Applications", home / "Applications"):
            if (folder / bundle).is_dir():
                yield InstalledApp(name, _plist_version(folder / bundle), "Info.plist")
                break


def _windows(environ: Mapping[str, str]) -> Iterator[InstalledApp]:
    program_files = [environ.get(key, "") for key in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")]
    roots = [Path(value) for value in dict.fromkeys(program_files) if value]
    local = environ.get("LOCALAPPDATA", "")
    for name, relative in (
        ("Google Chrome", "Google/Chrome/Application"),
        ("Microsoft Edge", "Microsoft/Edge/Application"),
    ):
        folders = [base / relative for base in roots] + ([Path(local) / relative] if local else [])
        for folder in folders:
            if folder.is_dir():
                version = _version_folder(folder)
                yield InstalledApp(name, version, "version folder" if version else "executable")
                break
    for base in roots:
        ini = base / "Mozilla Firefox" / "application.ini"
        if ini.is_file():
            yield InstalledApp("Firefox", _ini_version(ini), "application.ini")
            break
    # Default install folder of the desktop app's MSI (winget manifest Genesys.GenesysCloud).
    for base in roots:
        if (base / "Genesys" / "GenesysCloud").is_dir():
            yield InstalledApp("Genesys Cloud desktop app", None, "executable")
            break


def detect_installed(
    system: str,
    *,
    home: Path,
    environ: Mapping[str, str] | None = None,
    root: Path = Path("/"),
) -> list[InstalledApp]:
    """List the browsers and the Genesys Cloud desktop app found on this computer.

    Args:
        system: ``platform.system()``: ``Linux``, ``Darwin`` or ``Windows`` (anything else finds nothing).
        home: The user's home folder (``~/Applications`` on macOS).
        environ: The environment (Windows program folders); default ``os.environ``.
        root: The file system root for absolute locations (a test passes a folder).

    Returns:
        What was found, in a fixed order.
    """
    env = os.environ if environ is None else environ
    if system == "Linux":
        return list(_linux(root))
    if system == "Darwin":
        return list(_macos(root, home))
    if system == "Windows":
        return list(_windows(env))
    return []
