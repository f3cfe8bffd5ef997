"""End-to-end fixtures: the app's own composition (real store, profile, windows) in the private home."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from care_desktop.app import create_application, open_services
from care_desktop.services.paths import resolve_paths
from care_desktop.ui.context import UiContext
from tests.helpers.dialogs import ScriptedDialogs


@pytest.fixture
def app_context(qapp) -> Iterator[UiContext]:
    """What ``app.run_gui`` builds, with dialogs that answer from a script."""
    create_application()
    context, notice = open_services(resolve_paths())
    assert notice is None
    context.dialogs = ScriptedDialogs()
    context.use_tray = False  # no tray icon from tests
    context.status = None  # no status check: tests never reach the internet
    yield context
    context.store.close()
