"""Shared test set-up: offscreen Qt, a private home for every test, and the unit/gui/e2e layout.

- Qt runs on the offscreen platform unless a test starts its own process on Xvfb.
- Every test gets its own ``$CARE_DESKTOP_HOME`` and site configuration folder, so nothing a test does can
  touch the real user's data.
- Tests must live in ``tests/unit`` (no Qt), ``tests/gui`` (pytest-qt) or ``tests/e2e``; they are marked
  accordingly, and a unit test that asks for ``qtbot`` or ``qapp`` is an error.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).parent
REPO = TESTS_DIR.parent
DATA = TESTS_DIR / "data"  # copies of the shared material: the tests run on a bare clone
REALWORLD = DATA / "realworld"  # third-party HAR files, logs and status responses (see SOURCES.md)
LAYERS = ("unit", "gui", "e2e")


@pytest.fixture(autouse=True)
def care_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give each test a fresh, private base directory and site configuration folder."""
    home = tmp_path_factory.mktemp("care-home")
    monkeypatch.setenv("CARE_DESKTOP_HOME", str(home))
    monkeypatch.setenv("CARE_DESKTOP_SITE_CONFIG", str(tmp_path_factory.mktemp("site-config")))
    return home


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark tests by folder and refuse tests outside the three layers or Qt in unit tests."""
    del config
    for item in items:
        relative = Path(str(item.fspath)).relative_to(TESTS_DIR)
        layer = relative.parts[0]
        if layer not in LAYERS:
            raise pytest.UsageError(f"{relative}: tests live in tests/unit, tests/gui or tests/e2e")
        if layer != "unit":
            item.add_marker(getattr(pytest.mark, layer))
        fixtures = getattr(item, "fixturenames", ())
        if layer == "unit" and ({"qtbot", "qapp"} & set(fixtures)):
            raise pytest.UsageError(f"{item.nodeid}: unit tests must not use Qt (move it to tests/gui)")
