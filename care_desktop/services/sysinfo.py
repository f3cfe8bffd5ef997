"""System facts to attach to a case, as one JSON document the user previews exactly as it is attached.

Gathered with ``psutil`` and the standard library: OS and version, CPU, memory, free disk of the user's data
folder, network interfaces (name, up/down, speed, MTU; addresses only when asked), time zone and UTC offset,
and installed browsers (``installed_browsers``). Two facts need help from outside:

- displays (count, size, scaling) need Qt, which services must not import: the UI passes them in as
  ``Display`` values read from ``QGuiApplication.screens()``; without them the document says
  ``"collected": false`` (the command line);
- the clock offset needs a reference time, and this module never uses the network: the caller passes a
  ``ClockSample`` (e.g. the ``Date`` header of a response it already received) or there is no offset.

No host name, user name, MAC address or path is included. Key order is fixed, so the same computer gives the
same document. Reads only.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import psutil

from care_desktop import APP_NAME, __version__
from care_desktop.services.installed_browsers import InstalledApp, detect_installed

SCHEMA: Final = "care-desktop/system-info@1"
ATTACHMENT_NAME: Final = "system-info.json"
"""File name inside the package (``system/system-info.json``)."""


@dataclass(frozen=True)
class Display:
    """One screen, as the UI reads it from ``QScreen``.

    Attributes:
        name: ``QScreen.name()``.
        width: Logical width in pixels (``QScreen.size().width()``).
        height: Logical height.
        scale: ``QScreen.devicePixelRatio()`` (1.0, 1.25, 2.0 ...).
        refresh_hz: ``QScreen.refreshRate()``, or None.
        primary: Whether it is ``QGuiApplication.primaryScreen()``.
    """

    name: str
    width: int
    height: int
    scale: float
    refresh_hz: float | None = None
    primary: bool = False


@dataclass(frozen=True)
class ClockSample:
    """A reference time and the local clock read at the same moment.

    Attributes:
        reference: The trusted time (aware), e.g. a server's ``Date`` header.
        local: This computer's clock when the reference was received (aware).
        source: Where the reference came from, in words (``status.mypurecloud.com Date header``).
    """

    reference: datetime
    local: datetime
    source: str


def _os_facts() -> dict[str, Any]:
    system = platform.system()
    pretty = ""
    if system == "Linux":
        try:
            pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
        except OSError:
            pretty = ""
    elif system == "Darwin":
        pretty = f"macOS {platform.mac_ver()[0]}".strip()
    elif system == "Windows":
        release, version, _csd, _ptype = platform.win32_ver()
        edition = platform.win32_edition() or ""
        pretty = " ".join(part for part in (f"Windows {release}", edition, version) if part)
    return {
        "system": system,
        "release": platform.release(),
        "version": platform.version(),
        "name": pretty or None,
        "machine": platform.machine(),
    }


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.lower().startswith(("model name", "hardware", "processor\t: ")) and ":" in line:
                    value = line.split(":", 1)[1].strip()
                    if value and not value.isdigit():
                        return value
    except OSError:
        pass
    return platform.processor() or None


def _cpu_facts() -> dict[str, Any]:
    max_mhz: float | None = None
    try:
        frequency = psutil.cpu_freq()
        if frequency is not None and frequency.max:
            max_mhz = round(float(frequency.max), 1)
    except (OSError, NotImplementedError, RuntimeError):
        max_mhz = None
    return {
        "model": _cpu_model(),
        "architecture": platform.machine(),
        "logical_cores": psutil.cpu_count(logical=True),
        "physical_cores": psutil.cpu_count(logical=False),
        "max_mhz": max_mhz,
    }


def _memory_facts() -> dict[str, Any]:
    memory = psutil.virtual_memory()
    return {"total_bytes": int(memory.total), "available_bytes": int(memory.available)}


def _disk_facts(data_dir: Path) -> dict[str, Any]:
    folder = data_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return {"of": "user data folder", "total_bytes": None, "free_bytes": None}
    return {"of": "user data folder", "total_bytes": int(usage.total), "free_bytes": int(usage.free)}


_FAMILIES: Final = {socket.AF_INET: "ipv4", socket.AF_INET6: "ipv6"}


def _network_facts(addresses: bool) -> dict[str, Any]:
    try:
        stats = psutil.net_if_stats()
        addrs = psutil.net_if_addrs() if addresses else {}
    except (OSError, RuntimeError):
        stats, addrs = {}, {}
    interfaces = []
    for name in sorted(stats):
        item: dict[str, Any] = {
            "name": name,
            "up": bool(stats[name].isup),
            "speed_mbps": int(stats[name].speed) or None,
            "mtu": int(stats[name].mtu) or None,
        }
        if addresses:
            item["addresses"] = [
                {"family": _FAMILIES[entry.family], "address": entry.address, "netmask": entry.netmask}
                for entry in addrs.get(name, [])
                if entry.family in _FAMILIES  # never link-layer (MAC) addresses
            ]
        interfaces.append(item)
    return {"addresses_included": addresses, "interfaces": interfaces}


def _display_facts(displays: Sequence[Display] | None) -> dict[str, Any]:
    if displays is None:
        return {"collected": False, "count": None, "screens": []}
    screens = [
        {
            "name": screen.name,
            "width": screen.width,
            "height": screen.height,
            "scale": round(screen.scale, 3),
            "refresh_hz": None if screen.refresh_hz is None else round(screen.refresh_hz, 2),
            "primary": screen.primary,
        }
        for screen in displays
    ]
    return {"collected": True, "count": len(screens), "screens": screens}


def local_zone_name(environ: dict[str, str] | None = None, root: Path = Path("/")) -> str | None:
    """The IANA name of the computer's time zone, when it can be read without guessing.

    Looks at ``$TZ``, ``/etc/timezone``, then where ``/etc/localtime`` links into a ``zoneinfo`` folder
    (Linux and macOS). Windows names its zones differently; there it gives None.

    Args:
        environ: The environment (default ``os.environ``).
        root: The file system root (a test passes a folder).

    Returns:
        ``Europe/Dublin`` and the like, or None.
    """
    env = dict(os.environ) if environ is None else environ
    value = env.get("TZ", "").lstrip(":")
    if "/" in value and not value.startswith("/"):
        return value
    try:
        first = (root / "etc" / "timezone").read_text(encoding="utf-8").strip().splitlines()
        if first and "/" in first[0]:
            return first[0].strip()
    except (OSError, UnicodeDecodeError):
        pass
    try:
        target = os.path.realpath(root / "etc" / "localtime")
    except OSError:
        return None
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else None


def _time_facts(now: datetime, clock: ClockSample | None) -> dict[str, Any]:
    local = now.astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    return {
        "zone": local_zone_name(),
        "abbreviation": local.tzname(),
        "utc_offset": f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}",
        "clock_offset_seconds": None if clock is None else round((clock.local - clock.reference).total_seconds(), 3),
        "clock_reference": None if clock is None else clock.source,
    }


def collect_system_facts(
    data_dir: Path,
    *,
    addresses: bool = False,
    displays: Sequence[Display] | None = None,
    clock: ClockSample | None = None,
    now: datetime | None = None,
    installed: Sequence[InstalledApp] | None = None,
) -> dict[str, Any]:
    """Gather the system facts as a JSON-ready document.

    Args:
        data_dir: The user's data folder (``AppPaths.base``); its disk's free space is reported.
        addresses: Include the IP addresses of each interface (the user opted in).
        displays: The screens, filled in by the UI; None where Qt is not running.
        clock: A reference time to compute the clock offset from; None for no offset.
        now: The time of collection (default: now).
        installed: Browsers found (default: detect them on this computer).

    Returns:
        The document, keys in a fixed order: schema, collected_at, app, os, cpu, memory, disk, network,
        displays, time, browsers.
    """
    moment = now or datetime.now(UTC)
    found = installed if installed is not None else detect_installed(platform.system(), home=Path.home())
    return {
        "schema": SCHEMA,
        "collected_at": moment.astimezone(UTC).isoformat(timespec="seconds"),
        "app": {"name": APP_NAME, "version": __version__},
        "os": _os_facts(),
        "cpu": _cpu_facts(),
        "memory": _memory_facts(),
        "disk": _disk_facts(data_dir),
        "network": _network_facts(addresses),
        "displays": _display_facts(displays),
        "time": _time_facts(moment, clock),
        "browsers": [app.to_json() for app in found],
    }


def facts_to_json(facts: dict[str, Any]) -> str:
    """The exact text of ``system-info.json``: what the preview shows is what is attached.

    Args:
        facts: From ``collect_system_facts``.

    Returns:
        Pretty-printed JSON (2-space indent, UTF-8 characters kept) with a final newline.
    """
    return json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
