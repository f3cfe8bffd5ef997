"""``care-desktop sysinfo [--json] [--addresses]``: print the system facts that would be attached to a case.

``--json`` prints exactly the ``system-info.json`` the package would hold. Displays are not collected here
(that needs Qt, which the command line does not load), and no clock offset is measured (that needs a
reference time; this command uses no network). This module only formats; ``services.sysinfo`` collects.
"""

from __future__ import annotations

import argparse
from typing import Any

from care_desktop.cli import EXIT_OK, Streams
from care_desktop.services.evidence.notes import human_size
from care_desktop.services.paths import resolve_paths
from care_desktop.services.sysinfo import collect_system_facts, facts_to_json


def register(subparsers: Any, name: str) -> None:
    """Add the ``sysinfo`` subcommand.

    Args:
        subparsers: The parent parser's subparsers action.
        name: The command name.
    """
    parser = subparsers.add_parser(
        name,
        help="print the system facts that would be attached to a case",
        description=(
            "Print the system facts Care Desktop attaches to a case when you include them: operating system, "
            "CPU, memory, free disk, network interfaces, time zone and installed browsers. IP addresses only "
            "with --addresses. Displays are collected by the app only."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the system-info.json document exactly")
    parser.add_argument("--addresses", action="store_true", help="include the IP addresses of each interface")


def _size(value: object) -> str:
    return human_size(value) if isinstance(value, int) else "unknown"


def _human(facts: dict[str, Any]) -> list[str]:
    system, cpu, memory, disk = facts["os"], facts["cpu"], facts["memory"], facts["disk"]
    name = f"{system['name']} " if system["name"] else ""
    cores = f"{cpu['logical_cores']} logical / {cpu['physical_cores'] or '?'} physical cores"
    lines = [
        f"Operating system: {name}({system['system']} {system['release']}, {system['machine']})",
        f"CPU: {cpu['model'] or 'unknown model'}, {cores}",
        f"Memory: {_size(memory['total_bytes'])} total, {_size(memory['available_bytes'])} available",
        f"Disk (user data folder): {_size(disk['free_bytes'])} free of {_size(disk['total_bytes'])}",
        "Network interfaces:",
    ]
    for interface in facts["network"]["interfaces"]:
        speed = f", {interface['speed_mbps']} Mbit/s" if interface["speed_mbps"] else ""
        state = "up" if interface["up"] else "down"
        lines.append(f"  {interface['name']}: {state}{speed}")
        lines += [f"    {address['family']} {address['address']}" for address in interface.get("addresses", [])]
    displays = facts["displays"]
    lines.append(f"Displays: {displays['count']}" if displays["collected"] else "Displays: collected by the app only")
    time = facts["time"]
    zone = time["zone"] or "unknown zone"
    lines.append(f"Time zone: {zone} ({time['abbreviation']}, UTC{time['utc_offset']})")
    lines.append(
        "Clock offset: not measured (needs a reference time)"
        if time["clock_offset_seconds"] is None
        else f"Clock offset: {time['clock_offset_seconds']} s against {time['clock_reference']}"
    )
    browsers = facts["browsers"]
    lines.append("Browsers:" if browsers else "Browsers: none found")
    lines += [f"  {item['name']} {item['version'] or '(version unknown)'} [{item['source']}]" for item in browsers]
    return lines


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Print the facts.

    Args:
        args: Parsed arguments.
        streams: Standard streams.

    Returns:
        0.
    """
    facts = collect_system_facts(resolve_paths().base, addresses=args.addresses)
    if args.json:
        streams.stdout.write(facts_to_json(facts))
    else:
        streams.stdout.writelines(f"{line}\n" for line in _human(facts))
    return EXIT_OK
