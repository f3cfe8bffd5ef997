"""The case wizard: a QWizard whose pages are views of one draft and whose flow is the domain's.

The wizard owns the commit points: it autosaves when a page is accepted and while the user types, remembers
the role and the organization when their pages are accepted, splits a draft on request, and resumes a saved
draft at its step by walking forward from the first page (so Back still works).
"""

from __future__ import annotations

import uuid
from typing import TypeVar, cast

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
    QWizard,
)

from care_desktop.domain.case.draft import Draft, split_draft
from care_desktop.domain.wizard.flow import path_to, step_for_field
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import ROLE_SETTING
from care_desktop.services.store import OrgProfile
from care_desktop.ui.autosave import Autosave
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.base import StepPage
from care_desktop.ui.pages.before_start import BeforeStartPage
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.organization import OrganizationPage
from care_desktop.ui.pages.redaction import RedactionPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.pages.severity_one import SeverityOnePage
from care_desktop.ui.step_titles import step_title
from care_desktop.ui.styles import muted_color

PAGES: dict[Step, type[StepPage]] = {
    Step.BEFORE_START: BeforeStartPage,
    Step.SEVERITY: SeverityPage,
    Step.SEVERITY_ONE: SeverityOnePage,
    Step.ORGANIZATION: OrganizationPage,
    Step.CONVERSATIONS: ConversationsPage,
    Step.DESCRIPTION: DescriptionPage,
    Step.ATTACHMENTS: AttachmentsPage,
    Step.REDACTION: RedactionPage,
    Step.REVIEW: ReviewPage,
    Step.FINISH: FinishPage,
}
GEOMETRY_SETTING = "ui.wizard.geometry"
STEP_ROLE = Qt.ItemDataRole.UserRole  # the step a row of the steps list stands for
PageT = TypeVar("PageT", bound=StepPage)


class CaseWizard(QWizard):
    """Walks the user through one case.

    Signals:
        draft_saved: The draft was saved (its id).
        drafts_changed: Drafts were added (a split); lists should reload.
        track_requested: The user filed the case and wants it tracked (the draft).

    Args:
        draft: The draft to edit; the wizard resumes at ``draft.step``.
        context: Services and settings.
        parent: Owner.
    """

    draft_saved = Signal(str)
    drafts_changed = Signal()
    track_requested = Signal(object)

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.draft = draft
        self.context = context
        self._replaying = False
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.autosave = Autosave(context.store, draft, context.autosave_ms, self)
        self.autosave.saved.connect(self.draft_saved)
        self.autosave.failed.connect(self._on_save_failed)
        for step, page_class in PAGES.items():
            page = page_class(draft, context)
            page.edited.connect(self.autosave.touch)
            page.commit_requested.connect(self.autosave.save_now)
            page.edited.connect(self._refresh_steps)
            self.setPage(step.page_id, page)
        # The pages' own signals exist before their widgets (each page builds those when first entered).
        cast(ReviewPage, self.page(Step.REVIEW.page_id)).fix_requested.connect(self.go_to_field)
        cast(DescriptionPage, self.page(Step.DESCRIPTION.page_id)).split_requested.connect(self.split)
        cast(FinishPage, self.page(Step.FINISH.page_id)).track_requested.connect(self.track_requested)
        self.steps_list = QListWidget()
        self.steps_list.setMinimumWidth(190)
        self.steps_list.itemActivated.connect(self._on_step_activated)
        self.steps_list.itemClicked.connect(self._on_step_activated)
        self.setSideWidget(self.steps_list)
        self.currentIdChanged.connect(self._on_current_changed)
        geometry = context.store.setting(GEOMETRY_SETTING)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(980, 720)
        self.retranslate()
        self.resume(draft.step)

    # -- pages -------------------------------------------------------------------------------------------

    def step_page(self, step: Step) -> StepPage:
        """The page of ``step``."""
        return cast(StepPage, self.page(step.page_id))

    def page_as(self, page_class: type[PageT]) -> PageT:
        """The page of ``page_class.step``, typed as that class."""
        page = self.page(page_class.step.page_id)
        assert isinstance(page, page_class)
        return page

    def current_step(self) -> Step | None:
        """The step shown, or None before the wizard starts."""
        return Step.from_page_id(self.currentId()) if self.currentId() >= 0 else None

    # -- navigation --------------------------------------------------------------------------------------

    def resume(self, step: Step) -> None:
        """Show ``step`` by walking forward from the first page, as far as the draft allows."""
        self._replaying = True
        self.autosave.set_suspended(True)
        try:
            self.restart()
            while self.currentId() != step.page_id:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self._replaying = False
            self.autosave.set_suspended(False)
        self._on_current_changed(self.currentId())

    def go_to(self, step: Step) -> None:
        """Show ``step``: back through the visited pages, or forward as far as the draft allows."""
        if step.page_id in self.visitedIds():
            while self.currentId() != step.page_id and self.currentId() != self.startId():
                self.back()
        else:
            self.resume(step)

    def go_to_field(self, field: str) -> None:
        """Show the step where ``field`` is edited."""
        self.go_to(step_for_field(field, self.draft))

    def validateCurrentPage(self) -> bool:
        """Accept the page, then commit what it asks to remember."""
        if not super().validateCurrentPage():
            return False
        if self._replaying:
            return True
        step = self.current_step()
        if step is Step.BEFORE_START and self.draft.contact_role is not None:
            self.context.store.set_setting(ROLE_SETTING, self.draft.contact_role.value)
        elif step is Step.ORGANIZATION and self.page_as(OrganizationPage).remember.isChecked():
            self.context.store.save_org_profile(OrgProfile(self.draft.case.org, self.draft.case.contact))
        return True

    def _on_current_changed(self, page_id: int) -> None:
        if page_id < 0 or self._replaying:
            return
        self.draft.step = Step.from_page_id(page_id)
        self.autosave.save_now()
        self._refresh_steps()
        page = self.step_page(self.draft.step)
        first = page.first_focus()
        if first is not None and first.isVisibleTo(self) and first.isEnabled():
            first.setFocus(Qt.FocusReason.TabFocusReason)  # after QWizard's own choice (a help link, a label)
        page.page_shown()

    def _refresh_steps(self) -> None:
        path = path_to(Step.FINISH, self.draft)
        current = self.current_step()
        visited = {Step.from_page_id(page_id) for page_id in self.visitedIds()}
        self.steps_list.clear()
        for step in path:
            item = QListWidgetItem(step_title(step))
            item.setData(STEP_ROLE, step.value)
            font = item.font()
            font.setBold(step is current)
            item.setFont(font)
            self.steps_list.addItem(item)
            if step is current:
                self.steps_list.setCurrentItem(item)
            elif step not in visited:
                item.setForeground(muted_color(self.palette()))  # Qt's placeholder grey is too faint (AA)

    def _on_step_activated(self, item: QListWidgetItem) -> None:
        self.go_to(Step(str(item.data(STEP_ROLE))))

    # -- commit points -----------------------------------------------------------------------------------

    def split(self, parts: list[str]) -> None:
        """Split the draft into one draft per part, after the user confirms."""
        if len(parts) < 2:
            return
        listing = "\n\n".join(f"{index + 1}. {part[:200]}" for index, part in enumerate(parts))
        if not self.context.dialogs.question(
            self,
            self.tr("Split into %n drafts?", "", len(parts)),
            fill(
                self.tr(
                    "This draft keeps the first issue; each other issue becomes a new draft:\n\n%1\n\n"
                    "The business impact stays with this draft: each new draft asks for what its own issue costs."
                ),
                listing,
            ),
        ):
            return
        now = self.context.clock().isoformat(timespec="seconds")
        drafts = split_draft(self.draft, parts, [uuid.uuid4().hex for _ in parts[1:]], now)
        self.draft.case = drafts[0].case
        for other in drafts[1:]:
            self.context.store.save_draft(other)
        self.autosave.save_now()
        self.step_page(Step.DESCRIPTION).initializePage()
        self.drafts_changed.emit()
        self.context.dialogs.information(
            self,
            self.tr("Drafts created"),
            self.tr("%n new drafts are in the main window's list, each ready to be completed.", "", len(drafts) - 1),
        )

    def _on_save_failed(self, reason: str) -> None:
        self.context.dialogs.warning(
            self, self.tr("Not saved"), fill(self.tr("The draft could not be saved: %1"), reason)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a text field goes to the next page but never finishes the case: Finish is pressed on purpose.

        Escape asks before it closes the case (a stray Escape meant for a menu or a dialog must not close the
        window under the user); "Save and close" closes at once.
        """
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            if self.context.dialogs.question(
                self,
                self.tr("Close the case?"),
                self.tr(
                    "Close this case now? It is saved as a draft: continue it any time from the main window's list."
                ),
            ):
                self.reject()
            return
        finish = self.button(QWizard.WizardButton.FinishButton)
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(finish, QPushButton)
            and finish.isDefault()
            and isinstance(self.focusWidget(), QLineEdit | QAbstractSpinBox)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Save the draft and the window geometry, then close."""
        step = self.current_step()
        if step is not None:
            self.step_page(step).store()
        self.autosave.save_now()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.store.set_setting(GEOMETRY_SETTING, geometry)
        super().done(result)

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the texts."""
        title = self.draft.display_title() or self.tr("New case")
        self.setWindowTitle(fill(self.tr("Case: %1"), title))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.steps_list.setAccessibleName(self.tr("Steps of the case"))
        self._refresh_steps()
