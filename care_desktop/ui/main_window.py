"""The main window: the drafts (open, resume, duplicate, delete with undo), New case, and the organization profile."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case import Case
from care_desktop.domain.draft import ContactRole, Draft, duplicate_draft, new_draft
from care_desktop.domain.messages import Problem
from care_desktop.domain.severity import LEVEL_NAMES
from care_desktop.services.casefiles import CaseFileError, read_case_file
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError, DraftSummary, OrgProfile
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import tr_domain, tr_message
from care_desktop.ui.pages.before_start import ROLE_SETTING
from care_desktop.ui.pages.organization import OrgForm
from care_desktop.ui.wizard import CaseWizard, step_title

GEOMETRY_SETTING = "ui.main_window.geometry"
ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """The app's home: drafts on the left, the organization profile on the right.

    Args:
        context: Services and settings.
        parent: Owner.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.wizards: dict[str, CaseWizard] = {}
        self._last_deleted: str | None = None

        self.drafts_box = QGroupBox()
        drafts_layout = QVBoxLayout(self.drafts_box)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.new_button, self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        drafts_layout.addWidget(self.table, 1)
        drafts_layout.addWidget(self.empty, 1)
        drafts_layout.addLayout(buttons)

        self.profile_box = QGroupBox()
        profile_layout = QVBoxLayout(self.profile_box)
        self.profile_intro = QLabel()
        self.profile_intro.setWordWrap(True)
        self.org_form = OrgForm(context.profile)
        self.org_form.layout().setDirection(QVBoxLayout.Direction.TopToBottom)  # type: ignore[union-attr]
        self.save_profile_button = QPushButton()
        self.save_profile_button.clicked.connect(self.save_profile)
        self.profile_feedback = QLabel()
        profile_layout.addWidget(self.profile_intro)
        profile_layout.addWidget(self.org_form)
        profile_layout.addWidget(self.save_profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        profile_layout.addWidget(self.profile_feedback)
        profile_layout.addStretch(1)

        self.top = QWidget()
        self.top_layout = QHBoxLayout(self.top)
        self.top_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        splitter.addWidget(self.drafts_box)
        splitter.addWidget(self.profile_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.top)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.undo_button = QToolButton()
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.undo_button)
        self._build_menu()
        self.retranslate()
        self.reload_drafts()
        profile = context.store.org_profile()
        self.org_form.set_values(profile.org, profile.contact)
        geometry = context.store.setting(GEOMETRY_SETTING)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1100, 680)

    # -- building ----------------------------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_case)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.import_action.triggered.connect(self.import_case_file)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        for action in (self.new_action, self.import_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Care Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New case"))
        self.import_action.setText(self.tr("&Import case file\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.delete_action.setText(self.tr("Delete draft"))
        self.drafts_box.setTitle(self.tr("Drafts (one issue each)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Severity"), self.tr("Step"), self.tr("Case number"), self.tr("Last saved")]
        )
        self.table.setAccessibleName(self.tr("Drafts"))
        self.empty.setText(self.tr("No drafts yet. Start with New case: one draft per issue."))
        self.new_button.setText(self.tr("&New case"))
        self.open_button.setText(self.tr("&Open"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("&Delete"))
        self.profile_box.setTitle(self.tr("Organization profile"))
        self.profile_intro.setText(self.tr("Filled into every new case. Kept on this computer only."))
        self.save_profile_button.setText(self.tr("Save &profile"))
        self.undo_button.setText(self.tr("Undo"))
        self.org_form.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload_drafts()
        super().changeEvent(event)

    # -- drafts list -------------------------------------------------------------------------------------

    def reload_drafts(self) -> None:
        """Reload the drafts from the store, keeping the selection."""
        selected = self.selected_id()
        summaries = self.context.store.list_drafts()
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            self._fill_row(row, summary)
            if summary.id == selected:
                self.table.selectRow(row)
        has_drafts = bool(summaries)
        self.table.setVisible(has_drafts)
        self.empty.setVisible(not has_drafts)
        self._update_buttons()

    def _fill_row(self, row: int, summary: DraftSummary) -> None:
        title = summary.title or self.tr("(untitled)")
        if summary.damaged:
            title = self.tr("%1 (damaged)").replace("%1", title)
        severity = (
            f"{summary.severity} \u2013 {tr_domain(LEVEL_NAMES[summary.severity])}"
            if summary.severity in LEVEL_NAMES
            else ""
        )
        step = step_title(summary.step) if summary.step is not None else ""
        try:
            saved = datetime.fromisoformat(summary.updated_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            saved = summary.updated_at
        for column, text in enumerate((title, severity, step, summary.case_number, saved)):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            self.table.setItem(row, column, item)

    def selected_id(self) -> str | None:
        """The id of the selected draft, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(selected)

    # -- actions -----------------------------------------------------------------------------------------

    def _now(self) -> str:
        return self.context.clock().isoformat(timespec="seconds")

    def new_draft(self, case: Case | None = None) -> Draft:
        """Create and save a draft prefilled with the organization profile and the remembered role."""
        profile = self.context.store.org_profile()
        role = self.context.store.setting(ROLE_SETTING)
        known_role = ContactRole(role) if role in {r.value for r in ContactRole} else None
        draft = new_draft(uuid.uuid4().hex, self._now(), profile.org, profile.contact, known_role)
        if case is not None:
            draft.case = case
        self.context.store.save_draft(draft)
        return draft

    def new_case(self) -> CaseWizard:
        """Start a new case and open it."""
        draft = self.new_draft()
        self.reload_drafts()
        return self.open_draft(draft)

    def open_selected(self) -> CaseWizard | None:
        """Open the selected draft at its step."""
        draft_id = self.selected_id()
        if draft_id is None:
            return None
        wizard = self.wizards.get(draft_id)
        if wizard is not None:
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            draft = self.context.store.load_draft(draft_id)
        except DraftDamagedError as error:
            self.context.dialogs.warning(
                self,
                self.tr("Draft cannot be opened"),
                self.tr("%1\nIt stays in the list so that nothing is lost; you may delete it.").replace(
                    "%1", str(error)
                ),
            )
            return None
        except DraftNotFoundError:
            self.reload_drafts()
            return None
        return self.open_draft(draft)

    def open_draft(self, draft: Draft) -> CaseWizard:
        """Show the wizard for ``draft``."""
        wizard = CaseWizard(draft, self.context)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.draft_saved.connect(lambda _id: self.reload_drafts())
        wizard.drafts_changed.connect(self.reload_drafts)
        wizard.finished.connect(lambda _result, draft_id=draft.id: self._on_wizard_closed(draft_id))
        self.wizards[draft.id] = wizard
        wizard.show()
        return wizard

    def _on_wizard_closed(self, draft_id: str) -> None:
        self.wizards.pop(draft_id, None)
        self.reload_drafts()

    def duplicate_selected(self) -> None:
        """Copy the selected draft into a new one (for a similar but separate issue)."""
        draft_id = self.selected_id()
        if draft_id is None:
            return
        try:
            original = self.context.store.load_draft(draft_id)
        except (DraftDamagedError, DraftNotFoundError):
            return
        copy_ = duplicate_draft(original, uuid.uuid4().hex, self._now())
        self.context.store.save_draft(copy_)
        self.reload_drafts()
        self.statusBar().showMessage(self.tr("Duplicated."), 5000)

    def delete_selected(self) -> None:
        """Delete the selected draft; Undo in the status bar brings it back."""
        draft_id = self.selected_id()
        if draft_id is None:
            return
        wizard = self.wizards.get(draft_id)
        if wizard is not None:
            wizard.reject()
        self.context.store.delete_draft(draft_id)
        self._last_deleted = draft_id
        self.reload_drafts()
        self.statusBar().showMessage(self.tr("Draft deleted."))
        self.undo_button.setVisible(True)

    def undo_delete(self) -> None:
        """Bring back the last deleted draft."""
        if self._last_deleted is None:
            return
        self.context.store.undelete_draft(self._last_deleted)
        self._last_deleted = None
        self.undo_button.setVisible(False)
        self.statusBar().showMessage(self.tr("Draft restored."), 5000)
        self.reload_drafts()

    def import_case_file(self) -> CaseWizard | None:
        """Open a CASE.json as a new draft, after showing what is wrong with it."""
        path = self.context.dialogs.open_file(
            self, self.tr("Import a case file"), self.context.paths.exports, self.tr("Case files (*.json)")
        )
        if path is None:
            return None
        try:
            case, problems = read_case_file(path)
        except CaseFileError as error:
            self.context.dialogs.warning(self, self.tr("Not a case file"), str(error))
            return None
        blocking = [problem for problem in problems if problem.blocking]
        if blocking and not self.context.dialogs.question(
            self,
            self.tr("Import anyway?"),
            self.tr("The case file has problems; the draft will need them fixed:\n%1").replace(
                "%1", self._describe(blocking)
            ),
        ):
            return None
        draft = self.new_draft(case)
        self.reload_drafts()
        return self.open_draft(draft)

    @staticmethod
    def _describe(problems: list[Problem]) -> str:
        return "\n".join(f"\u2022 {problem.field}: {tr_message(problem.message)}" for problem in problems[:12])

    def save_profile(self) -> None:
        """Remember the organization and contact for new cases."""
        current = self.context.store.org_profile()
        self.org_form.update_contact(current.contact)
        self.context.store.save_org_profile(OrgProfile(self.org_form.organization(), current.contact))
        self.profile_feedback.setText(self.tr("Saved. New cases start with these details."))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the wizards (they save), remember the geometry."""
        for wizard in list(self.wizards.values()):
            wizard.reject()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.store.set_setting(GEOMETRY_SETTING, geometry)
        super().closeEvent(event)
