"""Which configuration format a file is in, from its name and the start of its text.

The content decides where it is unmistakable (a JSON object or array, an XML element, a YAML document
marker, INI sections, ``.env`` lines, netrc ``machine`` entries); otherwise the name does (``.yaml``,
``.properties``, ``.tfvars``, ``.netrc`` ...). Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.redaction.formats.assign import HCL_FORMAT, TOML_FORMAT
from care_desktop.domain.redaction.formats.ini import DOTENV_FORMAT, INI_FORMAT
from care_desktop.domain.redaction.formats.jsonc import JSON_FORMAT
from care_desktop.domain.redaction.formats.properties import NETRC_FORMAT, PROPERTIES_FORMAT
from care_desktop.domain.redaction.formats.slots import ConfigFormat
from care_desktop.domain.redaction.formats.xmlfmt import XML_FORMAT
from care_desktop.domain.redaction.formats.yamlfmt import YAML_FORMAT

FORMATS: Final[dict[str, ConfigFormat]] = {
    fmt.name: fmt
    for fmt in (
        JSON_FORMAT,
        YAML_FORMAT,
        XML_FORMAT,
        INI_FORMAT,
        PROPERTIES_FORMAT,
        DOTENV_FORMAT,
        NETRC_FORMAT,
        TOML_FORMAT,
        HCL_FORMAT,
    )
}
"""Every format, by name."""

SUFFIXES: Final = {
    ".json": "json", ".jsonc": "json", ".json5": "json",
    ".yaml": "yaml", ".yml": "yaml",
    ".xml": "xml", ".config": "xml", ".csproj": "xml", ".plist": "xml", ".xaml": "xml",
    ".ini": "ini", ".cfg": "ini", ".conf": "ini",
    ".properties": "properties",
    ".env": "dotenv",
    ".netrc": "netrc",
    ".toml": "toml",
    ".tfvars": "tfvars", ".tf": "tfvars", ".hcl": "tfvars",
}  # fmt: skip
"""File name endings that say a configuration format."""
_NAMES: Final = {".netrc": "netrc", "_netrc": "netrc", "netrc": "netrc", ".env": "dotenv"}
_SECTION: Final = re.compile(r"^[ \t]*\[[^\]\n]+\][ \t]*$", re.MULTILINE)
_INI_KEY: Final = re.compile(r"^[ \t]*[^\s\[;#\"{][^=\n]*=", re.MULTILINE)
_ENV_LINE: Final = re.compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*=", re.MULTILINE)
_NETRC: Final = re.compile(r"^\s*(?:machine\s+\S+|default)\s", re.MULTILINE)
_YAML_KEY: Final = re.compile(r"^[ \t]*(?:- )?[A-Za-z_][\w.\-]*:(?:[ \t]|$)", re.MULTILINE)


def name_format(name: str) -> str | None:
    """The format a file name says (``settings.yaml`` -> ``yaml``), or None."""
    lower = name.lower()
    if lower in _NAMES:
        return _NAMES[lower]
    if lower.startswith(".env.") or lower.endswith(".env"):
        return "dotenv"
    dot = lower.rfind(".")
    return SUFFIXES.get(lower[dot:]) if dot > 0 or lower.count(".") > 1 else None


def config_format(name: str, head: str) -> str | None:
    """Decide a configuration file's format.

    Args:
        name: The file name.
        head: The start of its text (a few kilobytes are plenty).

    Returns:
        A key of ``FORMATS``, or None when neither the name nor the text says one.
    """
    by_name = name_format(name)
    start = head.lstrip("\ufeff \t\r\n")
    if (by_name == "xml" and start[:1] != "<") or (by_name == "json" and start[:1] not in ("{", "[", "/")):
        by_name = None  # an app.config that is not XML, a .json that is not JSON: the content decides
    ini_like = start[:1] == "[" and _SECTION.match(start) is not None and _INI_KEY.search(head) is not None
    if start[:1] in ("{", "[") and by_name not in ("ini", "toml", "yaml") and not ini_like:
        return "json"
    if start[:1] == "<":
        return "xml"
    if by_name is not None:
        return by_name
    lines = [line for line in head.splitlines() if line.strip() and not line.lstrip().startswith(("#", ";"))]
    if not lines:
        return None
    if start.startswith(("---", "%YAML")):
        return "yaml"
    if _NETRC.match(start):
        return "netrc"
    if _SECTION.search(head):
        return "ini"
    if len(_ENV_LINE.findall(head)) * 10 >= len(lines) * 8:
        return "dotenv"
    if len(_YAML_KEY.findall(head)) * 10 >= len(lines) * 8:
        return "yaml"
    return None
