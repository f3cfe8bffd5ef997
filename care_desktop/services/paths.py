"""Where Care Desktop keeps its files: the one place that computes paths.

Everything the user owns lives under one base directory: the platform's user data directory for
``care-desktop``, or ``$CARE_DESKTOP_HOME`` when set (tests, portable use). The administrator's
site-wide configuration directory (for a deployed phone directory) is separate and read-only to the app;
``$CARE_DESKTOP_SITE_CONFIG`` overrides it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

APP_DIR_NAME: Final = "care-desktop"
HOME_ENV: Final = "CARE_DESKTOP_HOME"
SITE_ENV: Final = "CARE_DESKTOP_SITE_CONFIG"


@dataclass(frozen=True)
class AppPaths:
    """The directories and files of one installation.

    Attributes:
        base: The user's base directory; everything below is the user's data.
        site_config: The administrator's configuration directory (may not exist).
    """

    base: Path
    site_config: Path

    @property
    def store(self) -> Path:
        """The SQLite store."""
        return self.base / "care-desktop.sqlite3"

    @property
    def cases(self) -> Path:
        """One folder per draft for its attachments."""
        return self.base / "cases"

    @property
    def exports(self) -> Path:
        """Default folder for exported case files and packages."""
        return self.base / "exports"

    @property
    def user_config(self) -> Path:
        """Files the user imported (for example a phone directory)."""
        return self.base / "config"

    def case_dir(self, draft_id: str) -> Path:
        """The attachment folder of one draft."""
        return self.cases / draft_id

    def ensure(self) -> None:
        """Create the user's directories when missing."""
        for path in (self.base, self.cases, self.exports, self.user_config):
            path.mkdir(parents=True, exist_ok=True)


def resolve_paths(environ: Mapping[str, str] | None = None) -> AppPaths:
    """Work out the directories from the environment and the platform.

    Args:
        environ: The environment to read (default: ``os.environ``).

    Returns:
        The paths; nothing is created.
    """
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    site = env.get(SITE_ENV, "").strip()
    if home and site:
        return AppPaths(Path(home).expanduser().resolve(), Path(site).expanduser())
    import platformdirs  # only needed when the environment does not decide

    base = Path(home).expanduser().resolve() if home else Path(platformdirs.user_data_dir(APP_DIR_NAME, False))
    site_dir = Path(site).expanduser() if site else Path(platformdirs.site_config_dir(APP_DIR_NAME, False))
    return AppPaths(base, site_dir)
