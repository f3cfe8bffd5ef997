"""What ``care-desktop --self-test`` checks once the GUI is up: the windows a packaged build could lose.

The self-test starts as a real start does (the main window's first page, then the rest of its home; the
start-up benchmark measures it up to that first page), then shows a new case's wizard (its first page built
and shown, the others registered), loads every resource, and makes sure every module the app loads on demand
can be found: those modules are located without being run (a packager runs the self-test on every build). It
never touches the network and never writes outside the throw-away home ``app.self_test`` gives it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Final

from PySide6.QtWidgets import QApplication, QMainWindow, QWizard

from care_desktop.services.resources import verify_resources

# Modules imported on first use (inside the function that needs them) by the UI, and the libraries behind
# them; a package stands for its modules (finding one of those would run the package's imports).
# tests/unit/test_lazy_imports.py checks that every deferred import the self-test does not run is listed here.
ON_DEMAND_MODULES: Final = (
    "care_desktop.services.http_client",
    "care_desktop.services.platform.org_lookup",
    "care_desktop.services.packaging.builder",
    "care_desktop.services.packaging.child_process",
    "care_desktop.services.redaction",
    "care_desktop.services.status_client",
    "care_desktop.services.sysinfo",
    "care_desktop.ui.critical_outage",
    "care_desktop.ui.evidence_help_dialog",
    "care_desktop.ui.tracker.evidence_package",
    "care_desktop.ui.tracker.evidence_choice",
    "care_desktop.ui.org_lookup_dialog",
    "care_desktop.ui.conversations.platform_dialog",
    "care_desktop.ui.phones.directory_dialog",
    "care_desktop.ui.screenshots",
    "care_desktop.ui.settings_dialog",
    "care_desktop.ui.tracker.window",
    "care_desktop.ui.wizard",
    "care_desktop.ui.windows.address_dialog",
    "care_desktop.ui.windows.structured_view",
    "care_desktop.ui.about_dialog",
    "care_desktop.services.about.licences",
    "holidays",
    "ijson",
    "phonenumbers",
    "psutil",
    "requests",
    "truststore",
    "zlib_ng",
)


class SelfCheckError(RuntimeError):
    """Something the app needs is missing from this installation."""


def missing_modules(names: tuple[str, ...] = ON_DEMAND_MODULES) -> list[str]:
    """The modules among ``names`` that cannot be found (each is located, not imported).

    Args:
        names: Dotted module names; a submodule's parent packages are imported to find it.

    Returns:
        The names not found, in order.
    """
    missing = []
    for name in names:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def check_gui(window: QMainWindow, new_case: Callable[[], QWizard]) -> None:
    """Show ``window``, open a new case in it, and check the resources and the on-demand modules.

    Args:
        window: The main window.
        new_case: Its "New case" action (returns the wizard, shown on its first page).

    Raises:
        SelfCheckError: When a module is missing.
        care_desktop.services.resources.ResourceError: When a resource is missing or malformed.
    """
    window.show()
    wizard = new_case()
    QApplication.processEvents()
    verify_resources()
    missing = missing_modules()
    if missing:
        raise SelfCheckError(f"modules missing from this installation: {', '.join(missing)}")
    wizard.reject()
    window.close()
