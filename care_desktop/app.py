"""Composition root: parse arguments, then run a subcommand or build the GUI with its services.

Command-line subcommands never import Qt. The GUI part imports PySide6 only once it is needed, so that
``care-desktop ids`` and friends start fast and run where no Qt is installed.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from care_desktop import APP_ID, APP_NAME, __version__
from care_desktop.cli import EXIT_FAILURE, EXIT_OK, build_parser, run_command
from care_desktop.services.paths import AppPaths, resolve_paths

if TYPE_CHECKING:  # names for annotations only: importing them at run time would load Qt
    from PySide6.QtWidgets import QApplication as QApplicationType

    from care_desktop.domain.messages import Message as MessageType
    from care_desktop.ui.context import UiContext as UiContextType


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``care-desktop`` command.

    Args:
        argv: Arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments in ([], ["--self-test"]):  # the common starts: nothing for argparse to build or check
        return self_test() if arguments else run_gui(resolve_paths())
    args = build_parser(arguments).parse_args(arguments)
    if args.command is not None:
        return run_command(args)
    if args.self_test:
        return self_test()
    return run_gui(resolve_paths())


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def self_test() -> int:
    """Start the GUI for real in a throw-away home, build the main window and the wizard, load every resource.

    Returns:
        0 after printing ``ok``; 1 after printing the reason of the first failure.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="care-desktop-self-test-") as home:
        paths = AppPaths(Path(home), Path(home) / "site-config")
        try:
            status = run_gui(paths, self_test=True)
        except Exception as error:  # the self-test reports any failure as its result
            print(f"self-test failed: {type(error).__name__}: {error}", file=sys.stderr)
            return EXIT_FAILURE
    if status == EXIT_OK:
        print("ok")
    return status


def create_application() -> QApplicationType:
    """Return the QApplication, creating and naming it on first use."""
    from PySide6.QtWidgets import QApplication  # Qt is loaded only for the GUI

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Care Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if app.windowIcon().isNull():
        from care_desktop.ui.icons import app_icon

        app.setWindowIcon(app_icon("care-desktop"))
    return app


def open_services(paths: AppPaths, status: bool = True) -> tuple[UiContextType, MessageType | None]:
    """Open the store and load the profile: everything the windows need.

    Args:
        paths: Where the user's data lives; created when missing.
        status: Check status.mypurecloud.com (False: no status check, as in the self-test).

    Returns:
        The context for the windows, and a notice when a damaged store had to be set aside.

    Raises:
        StoreError: When the store cannot be opened (for example, written by a newer version).
    """
    from care_desktop.services.phonebook import Phonebook
    from care_desktop.services.resources import load_profile
    from care_desktop.services.store import Store, utc_now
    from care_desktop.ui.context import UiContext
    from care_desktop.ui.dialogs import Dialogs

    paths.ensure()
    store, notice = Store.open(paths.store)
    try:
        profile = load_profile()
    except Exception:
        store.close()
        raise
    status_client = None
    if status:
        from care_desktop.services.status_client import StatusClient

        status_client = StatusClient(paths)
    context = UiContext(
        paths=paths,
        store=store,
        profile=profile,
        phonebook=Phonebook(paths),
        dialogs=Dialogs(),
        clock=utc_now,
        version=__version__,
        status=status_client,
    )
    return context, notice


def run_gui(paths: AppPaths, self_test: bool = False) -> int:
    """Build the application and its services, then show the main window (or run the self-test).

    Args:
        paths: Where the user's data lives.
        self_test: Build everything, check it, and return without waiting for the user.

    Returns:
        The exit status.
    """
    _load_plain_modules()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from care_desktop.services.preferences import load_preferences
    from care_desktop.services.store import StoreError
    from care_desktop.ui.i18n import resolve_language, switch_language, tr_message
    from care_desktop.ui.main_window import MainWindow

    app = create_application()
    try:
        context, notice = open_services(paths, status=not self_test)
    except StoreError as error:
        if self_test:
            raise
        QMessageBox.critical(None, "Care Desktop", str(error))
        return EXIT_FAILURE
    if self_test:  # the self-test checks the installation: no network, no tray icon
        context.status = None
        context.use_tray = False
    try:
        # The saved choice, else the computer's language when there is a translation for it, else English.
        switch_language(resolve_language(load_preferences(context.store).language))
        window = MainWindow(context)
        if self_test:
            return _check_gui(window)
        window.show()
        if notice is not None:
            context.dialogs.warning(
                window, QCoreApplication.translate("MainWindow", "Saved data was damaged"), tr_message(notice)
            )
        status = app.exec()
        context.store.purge_deleted()
        return int(status)
    finally:
        context.store.close()


# Qt-free modules the windows use at start (tests/unit/test_lazy_imports.py checks that each is Qt-free).
PLAIN_MODULES: Final = (
    "csv",
    "html",
    "locale",
    "uuid",
    "care_desktop.domain.casefile",
    "care_desktop.domain.flow",
    "care_desktop.services.phonebook",
    "care_desktop.services.preferences",
    "care_desktop.services.resources",
    "care_desktop.services.store",
)


def _load_plain_modules() -> None:
    """Import the Qt-free modules the windows use before Qt itself.

    Once PySide6 is imported, it reads the source of every module imported after it (to find out whether the
    module asks for its ``__feature__`` options): importing these first spares that work at every start.
    """
    for name in PLAIN_MODULES:
        importlib.import_module(name)


def _check_gui(window: object) -> int:
    """Exercise the parts a packaged build could lose: the windows, every resource, every on-demand module."""
    from care_desktop.ui.main_window import MainWindow
    from care_desktop.ui.self_check import check_gui

    assert isinstance(window, MainWindow)
    check_gui(window, window.new_case)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
