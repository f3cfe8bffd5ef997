import os
from pathlib import Path

import pytest

from care_desktop.services.paths import AppPaths, resolve_paths


def test_environment_decides_both_folders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    site = tmp_path / "site"
    paths = resolve_paths({"CARE_DESKTOP_HOME": str(home), "CARE_DESKTOP_SITE_CONFIG": str(site)})
    assert paths == AppPaths(home, site)
    assert not home.exists()  # nothing is created


def test_default_environment_is_os_environ(care_home: Path) -> None:
    paths = resolve_paths()
    assert paths.base == care_home.resolve()
    assert paths.site_config == Path(os.environ["CARE_DESKTOP_SITE_CONFIG"])


def test_home_is_expanded_resolved_and_stripped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    paths = resolve_paths({"CARE_DESKTOP_HOME": "  ~/link/care  ", "CARE_DESKTOP_SITE_CONFIG": "~/site"})
    assert paths.base == tmp_path.resolve() / "real" / "care"
    assert paths.site_config == tmp_path / "site"


def test_platform_folders_when_the_environment_is_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    paths = resolve_paths({})
    assert paths.base == tmp_path / "data" / "care-desktop"
    assert paths.site_config == tmp_path / "etc-xdg" / "care-desktop"


def test_home_alone_still_uses_the_platform_site_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    paths = resolve_paths({"CARE_DESKTOP_HOME": str(tmp_path / "home"), "CARE_DESKTOP_SITE_CONFIG": "  "})
    assert paths.base == tmp_path / "home"
    assert paths.site_config == tmp_path / "etc-xdg" / "care-desktop"


def test_site_alone_still_uses_the_platform_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    paths = resolve_paths({"CARE_DESKTOP_SITE_CONFIG": str(tmp_path / "site")})
    assert paths.base == tmp_path / "data" / "care-desktop"
    assert paths.site_config == tmp_path / "site"


def test_file_layout(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "base", tmp_path / "site")
    assert paths.store == tmp_path / "base" / "care-desktop.sqlite3"
    assert paths.cases == tmp_path / "base" / "cases"
    assert paths.exports == tmp_path / "base" / "exports"
    assert paths.user_config == tmp_path / "base" / "config"
    assert paths.case_dir("d-1") == tmp_path / "base" / "cases" / "d-1"


def test_ensure_creates_the_user_folders_only(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "a" / "base", tmp_path / "site")
    paths.ensure()
    assert sorted(p.name for p in paths.base.iterdir()) == ["cases", "config", "exports"]
    assert all(p.is_dir() for p in paths.base.iterdir())
    assert not paths.site_config.exists()
    assert not paths.store.exists()
    paths.ensure()  # idempotent
    (paths.cases / "kept.txt").write_text("x")
    paths.ensure()
    assert (paths.cases / "kept.txt").read_text() == "x"
