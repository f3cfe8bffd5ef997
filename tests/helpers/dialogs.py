"""A stand-in for ``ui.dialogs.Dialogs`` that records what was asked and answers from a script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from care_desktop.ui.dialogs import Dialogs


class ScriptedDialogs(Dialogs):
    """Never shows a window: records each call and returns the scripted answers.

    Attributes:
        calls: (kind, title, text) of every dialog asked for.
        answers: Yes/No answers to give to ``question``, in order (default Yes).
        directory: What ``existing_directory`` returns.
        file: What ``open_file`` returns.
        files: What ``open_files`` returns.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answers: list[bool] = []
        self.directory: Path | None = None
        self.file: Path | None = None
        self.files: list[Path] = []
        self.launches = False  # what ``launch`` says: False = the desktop had no handler (nothing opened)
        self.launched: list[str] = []

    def information(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(("information", title, text))

    def warning(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(("warning", title, text))

    def question(self, parent: Any, title: str, text: str) -> bool:
        self.calls.append(("question", title, text))
        return self.answers.pop(0) if self.answers else True

    def existing_directory(self, parent: Any, title: str, start: Path) -> Path | None:
        self.calls.append(("directory", title, str(start)))
        return self.directory

    def open_files(self, parent: Any, title: str, start: Path, filters: str) -> list[Path]:
        self.calls.append(("files", title, str(start)))
        return list(self.files)

    def open_file(self, parent: Any, title: str, start: Path, filters: str) -> Path | None:
        self.calls.append(("file", title, str(start)))
        return self.file

    def launch(self, url: str) -> bool:
        self.launched.append(url)
        return self.launches

    def show_address(self, parent: Any, address: str, what: str) -> None:
        self.calls.append(("address", what, address))

    def show_structured(self, parent: Any, title: str, data: Any, intro: str = "") -> None:
        self.calls.append(("structured", title, repr(data)))

    def kinds(self) -> list[str]:
        """The kinds of dialogs asked for, in order."""
        return [kind for kind, _title, _text in self.calls]
