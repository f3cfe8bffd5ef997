"""Composition root: parse arguments, then run a subcommand or build the GUI with its services.

Command-line subcommands never import Qt. The GUI part imports PySide6 only once it is needed, so that
``care-desktop ids`` and friends start fast and run where no Qt is installed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from care_desktop import APP_ID, APP_NAME, __version__
from care_desktop.services.paths import AppPaths, resolve_paths

LAST_FOLDER_SETTING: Final = "last_file_folder"  # where the file dialogs open: the folder last chosen in

if TYPE_CHECKING:  # names for annotations only: importing them at run time would load Qt
    from PySide6.QtWidgets import QApplication as QApplicationType

    from care_desktop.domain.messages import Message as MessageType
    from care_desktop.services.phones.phonebook import Phonebook as PhonebookType
    from care_desktop.services.store import Store as StoreType
    from care_desktop.ui.context import UiContext as UiContextType
    from care_desktop.ui.main_window import MainWindow as MainWindowType


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
    from care_desktop.cli import build_parser, run_command  # not for a plain start: see run_gui

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
            from care_desktop.cli import EXIT_FAILURE

            return EXIT_FAILURE
    from care_desktop.cli import EXIT_OK  # after the start, which does not need the CLI's module

    if status == EXIT_OK:
        print("ok")
    return status


def create_application(icon: bool = True) -> QApplicationType:
    """Return the QApplication, creating and naming it on first use.

    Args:
        icon: Give it the app's icon now (a start gives it once the first page is shown: the SVG renderer
            takes milliseconds to load).
    """
    from PySide6.QtWidgets import QApplication  # Qt is loaded only for the GUI

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Care Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if icon:
        set_app_icon(app)
    return app


def set_app_icon(app: QApplicationType) -> None:
    """Give the application (and so every window) Care Desktop's icon, unless it has one."""
    if app.windowIcon().isNull():
        from care_desktop.ui.icons import app_icon

        app.setWindowIcon(app_icon("care-desktop"))


def open_data(paths: AppPaths) -> tuple[StoreType, PhonebookType, MessageType | None]:
    """Open the store and the phone directory: the user's data, without Qt.

    Args:
        paths: Where the user's data lives; created when missing.

    Returns:
        The store, the phone directory, and a notice when a damaged store had to be set aside.

    Raises:
        StoreError: When the store cannot be opened (for example, written by a newer version).
    """
    from care_desktop.services.phones.phonebook import Phonebook
    from care_desktop.services.store import Store

    paths.ensure()
    store, notice = Store.open(paths.store)
    return store, Phonebook(paths), notice


def ui_context(paths: AppPaths, store: StoreType, phonebook: PhonebookType) -> UiContextType:
    """The context the windows share, over the opened data.

    The Customer Care profile is read when first needed; the status client is added by a start once its first
    page is shown (``_finish_start``), so the context has none here.
    """
    from care_desktop.services.store import utc_now
    from care_desktop.ui.context import UiContext
    from care_desktop.ui.dialogs import Dialogs

    folder = store.setting(LAST_FOLDER_SETTING)
    return UiContext(
        paths=paths,
        store=store,
        phonebook=phonebook,
        dialogs=Dialogs(
            Path(folder) if folder else None, lambda chosen: store.set_setting(LAST_FOLDER_SETTING, str(chosen))
        ),
        clock=utc_now,
        version=__version__,
    )


def open_services(paths: AppPaths) -> tuple[UiContextType, MessageType | None]:
    """Open the store and the phone directory: everything the first window needs (``open_data``, ``ui_context``).

    Args:
        paths: Where the user's data lives; created when missing.

    Returns:
        The context for the windows, and a notice when a damaged store had to be set aside.

    Raises:
        StoreError: When the store cannot be opened (for example, written by a newer version).
    """
    store, phonebook, notice = open_data(paths)
    return ui_context(paths, store, phonebook), notice


def run_gui(paths: AppPaths, self_test: bool = False) -> int:
    """Build the application and its services, then show the main window (or run the self-test).

    Args:
        paths: Where the user's data lives.
        self_test: Build everything, check it, and return without waiting for the user.

    Returns:
        The exit status.
    """
    from care_desktop.services.preferences import load_preferences
    from care_desktop.services.storefile import StoreError

    # The data first, before Qt: once imported, PySide6 reads the source of every module imported after it.
    try:
        store, phonebook, notice = open_data(paths)
    except StoreError as error:
        if self_test:
            raise
        from PySide6.QtWidgets import QMessageBox

        create_application(icon=False)
        QMessageBox.critical(None, "Care Desktop", str(error))
        from care_desktop.cli import EXIT_FAILURE

        return EXIT_FAILURE
    from care_desktop.ui.first_page import when_on_screen
    from care_desktop.ui.i18n import resolve_language, switch_language
    from care_desktop.ui.main_window import MainWindow

    try:
        app = create_application(icon=False)
        context = ui_context(paths, store, phonebook)
        if self_test:  # the self-test checks the installation: no network, no tray icon
            context.use_tray = False
        # The saved choice, else the computer's language when there is a translation for it, else English.
        switch_language(resolve_language(load_preferences(context.store).language))
        window = MainWindow(context, defer_home=True)  # the first page: the banner with the number
        window.show()
        if self_test:
            app.processEvents()  # shown and painted, as a start would
            _finish_start(app, window, notice)
            return _check_gui(window)
        when_on_screen(window, lambda: _finish_start(app, window, notice, check_status=True))
        status = app.exec()
        from care_desktop.ui.workers import cancel_all

        cancel_all()  # work still running in the pool stops (a package being built leaves nothing behind)
        store.purge_deleted()
        return int(status)
    finally:
        store.close()


def _finish_start(
    app: QApplicationType, window: MainWindowType, notice: MessageType | None, check_status: bool = False
) -> None:
    """Once the first page is on screen: report it, build the rest of the home, the icon, a notice about the store.

    Args:
        app: The application.
        window: The main window, showing its first page.
        notice: Why the store was set aside, if it was.
        check_status: Give the home a status check of status.mypurecloud.com (not in the self-test).
    """
    from PySide6.QtCore import QCoreApplication

    from care_desktop.ui.first_page import report_first_page
    from care_desktop.ui.i18n import tr_message

    report_first_page()
    from care_desktop.ui.windows.screen_fit import fit_to_screen, install_screen_fitter

    fitter = install_screen_fitter(app)  # every window and dialog shown from now on fits its screen
    area = fitter.area(window)
    if area is not None:
        fit_to_screen(window, area)
    set_app_icon(app)
    if check_status:
        from care_desktop.services.status_client import StatusClient

        window.context.status = StatusClient(window.context.paths)
    window.build_home()
    if notice is not None:
        window.context.dialogs.warning(
            window, QCoreApplication.translate("MainWindow", "Saved data was damaged"), tr_message(notice)
        )


def _check_gui(window: MainWindowType) -> int:
    """Exercise the parts a packaged build could lose: the windows, every resource, every on-demand module."""
    from care_desktop.cli import EXIT_OK
    from care_desktop.ui.self_check import check_gui

    check_gui(window, window.new_case)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
