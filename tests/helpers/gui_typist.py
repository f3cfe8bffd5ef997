"""Child process for the GUI kill test: the real app types into a case until it is killed.

Usage: ``python -m tests.helpers.gui_typist`` with ``$CARE_DESKTOP_HOME`` set. Builds the app as
``care-desktop`` does (offscreen), opens the first draft (or a new one) at its description step and, on every
turn of the event loop, types a new title ``edit N`` and a long description; the wizard's autosave saves on
its own timer and at every tenth edit through a page change. Each time the draft is saved, the saved counter
is printed and flushed.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer

from care_desktop.app import create_application, open_services
from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.paths import resolve_paths
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.description import DescriptionPage


def counter_of(title: str) -> int:
    """The N of ``edit N``."""
    return int(title.removeprefix("edit ")) if title.startswith("edit ") else 0


def main() -> int:
    """Type until killed."""
    app = create_application()
    context, _notice = open_services(resolve_paths())
    context.autosave_ms = 1
    window = MainWindow(context)
    summaries = context.store.list_drafts()
    if summaries:
        draft = context.store.load_draft(summaries[0].id)
    else:
        draft = window.home.draft_actions.new_draft()
        draft.contact_role = ContactRole.DESIGNATED
        draft.case.severity = 3
        draft.case.org.short_name = "acme"
        draft.step = Step.DESCRIPTION
        context.store.save_draft(draft)
    wizard = window.open_draft(draft)
    wizard.go_to(Step.DESCRIPTION)  # a previous run may have been killed on the review page
    assert wizard.current_step() is Step.DESCRIPTION
    page = wizard.page_as(DescriptionPage)
    counter = counter_of(draft.case.title)
    wizard.draft_saved.connect(lambda _id: print(counter_of(wizard.draft.case.title), flush=True))

    def type_once() -> None:
        nonlocal counter
        counter += 1
        page.title_edit.setText(f"edit {counter}")
        page.description.setPlainText(f"edit {counter}\n" + "All agents lose audio on transfer. " * 300)
        if counter % 10 == 0:  # a commit point: leave the page and come back
            wizard.next()
            wizard.back()

    timer = QTimer()
    timer.timeout.connect(type_once)
    timer.start(0)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
