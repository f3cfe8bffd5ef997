"""Reading a CASE.json or a case package into a case for a new draft, after showing what is wrong with it.

A package's attachments are extracted into a folder of their own under the user's data.

The main window creates and opens the draft; this module only asks (through the injected ``Dialogs``) and
reads (``services.casefiles``, loaded when the user imports). It writes nothing. Its texts keep the main
window's translation context, where they were first written.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from care_desktop.domain.case.model import Case
from care_desktop.domain.messages import Problem
from care_desktop.services.packaging.case_export import CaseFileError, read_case_file
from care_desktop.services.packaging.package_import import read_package
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, tr_message


def describe_problems(problems: list[Problem]) -> str:
    """One line per problem (at most twelve): ``• field: what is wrong``, in the UI language."""
    return "\n".join(f"\u2022 {problem.field}: {tr_message(problem.message)}" for problem in problems[:12])


def choose_case_file(context: UiContext, parent: QWidget) -> Case | None:
    """Ask for a case file and read it; a file with blocking problems is imported only if the user agrees.

    Args:
        context: Services and settings (the dialogs and the exports folder are used).
        parent: Owner of the dialogs.

    Returns:
        The case to start a draft with, or None (cancelled, not a case file, or refused).
    """
    path = context.dialogs.open_file(
        parent,
        QCoreApplication.translate("MainWindow", "Import a case file"),
        context.paths.exports,
        QCoreApplication.translate("MainWindow", "Case files and packages (*.json *.zip);;Case files (*.json)")
        + ";;"
        + QCoreApplication.translate("MainWindow", "Case packages (*.zip)"),
    )
    if path is None:
        return None
    try:
        if path.suffix.lower() == ".zip":
            into = context.paths.base / "imported" / f"{path.stem}-{uuid.uuid4().hex[:8]}"
            case, problems, _count = read_package(path, into)
        else:
            case, problems = read_case_file(path)
    except CaseFileError as error:
        context.dialogs.warning(parent, QCoreApplication.translate("MainWindow", "Not a case file"), str(error))
        return None
    blocking = [problem for problem in problems if problem.blocking]
    if blocking and not context.dialogs.question(
        parent,
        QCoreApplication.translate("MainWindow", "Import anyway?"),
        fill(
            QCoreApplication.translate("MainWindow", "The case file has problems; the draft will need them fixed:\n%1"),
            describe_problems(blocking),
        ),
    ):
        return None
    return case
