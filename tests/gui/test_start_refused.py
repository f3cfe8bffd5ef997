"""A start that cannot open the user's store says why, changes nothing and ends."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from care_desktop.app import run_gui
from care_desktop.cli import EXIT_FAILURE
from care_desktop.services.paths import AppPaths


def test_a_store_from_a_newer_version_is_named_in_a_message_and_left_as_it_is(qapp, tmp_path):
    paths = AppPaths(tmp_path / "home", tmp_path / "site")
    paths.ensure()
    db = sqlite3.connect(paths.store)
    db.execute("CREATE TABLE future (x)")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = paths.store.read_bytes()
    shown: list[str] = []

    def answer() -> None:  # the message is modal: read it, then close it as the user would
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert run_gui(paths, self_test=False) == EXIT_FAILURE
    assert shown
    assert "newer version of Care Desktop" in shown[0]
    assert paths.store.read_bytes() == before
