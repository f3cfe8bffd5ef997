"""Step 5, "Conversation IDs": paste anything, the IDs are found and listed, each with a time and a note."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from care_desktop.domain.case.identifiers import conversation_ids
from care_desktop.domain.case.model import ConversationRef
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.conversations.check_results import CheckResultsView
from care_desktop.ui.i18n import fill
from care_desktop.ui.pages.base import StepPage, link, wrapping_label
from care_desktop.ui.pages.conversation_checks import ConversationChecks
from care_desktop.ui.skipped_ids import skipped_ids_text

ID_COLUMN, TIME_COLUMN, NOTE_COLUMN = 0, 1, 2


class ConversationsPage(ConversationChecks, StepPage):
    """The conversation IDs of the case, and their check in Genesys Cloud (``ConversationChecks``)."""

    step = Step.CONVERSATIONS

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.help = wrapping_label(rich=True)
        self.paste_label = QLabel()
        self.paste = QPlainTextEdit()
        self.paste.setFixedHeight(70)
        self.paste.setTabChangesFocus(True)
        self.paste_label.setBuddy(self.paste)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_text)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.feedback, 1)

        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.table.horizontalHeader().setSectionResizeMode(ID_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(lambda _item: self.on_edited())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        # Delete in the table removes its selected rows; Ctrl+Enter in the paste box adds the IDs it holds.
        for key, target, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected),
            (QKeySequence("Ctrl+Return"), self.paste, self.add_from_text),
            (QKeySequence("Ctrl+Enter"), self.paste, self.add_from_text),
        ):
            QShortcut(key, target, slot).setContext(Qt.ShortcutContext.WidgetShortcut)

        # The conversation check in Genesys Cloud (issue 16): a button, and the results below the table.
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.open_platform_check)
        self.checks = CheckResultsView()

        self.none_label = QLabel()
        self.none_reason = QLineEdit()
        self.none_label.setBuddy(self.none_reason)
        self.none_reason.textChanged.connect(self.on_edited)

        for widget in (self.help, self.paste_label, self.paste):
            self.body.addWidget(widget)
        self.body.addLayout(add_row)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.checks)
        self.body.addWidget(self.none_label)
        self.body.addWidget(self.none_reason)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Conversation IDs"))
        self.setSubTitle(self.tr("The conversation ID lets Product Support find the exact interaction that failed."))
        self.help.setText(
            fill(
                self.tr(
                    "Where to copy it: Performance > Workspace > Interactions, open the interaction, then the "
                    "<b>Details</b> tab and its copy icon (%1). An ID looks like 4709b21d-bc22-418a-8c6d-4ededb31bd39."
                ),
                link(self.context.profile.links["conversation_id"].url, self.tr("how")),
            )
        )
        self.paste_label.setText(self.tr("&Paste anything that holds IDs (URLs, log lines, e-mails):"))
        self.paste.setAccessibleName(self.tr("Text to search for conversation IDs"))
        self.paste.setAccessibleDescription(
            self.tr("Paste URLs, log lines or e-mails here; Add IDs found picks out the conversation IDs.")
        )
        self.add_button.setText(self.tr("&Add IDs found"))
        self.add_button.setToolTip(self.tr("Ctrl+Enter"))
        self.add_button.setAccessibleDescription(
            self.tr("Adds the conversation IDs found in the pasted text to the case (Ctrl+Enter).")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Conversation ID"), self.tr("When"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Conversation IDs of the case"))
        self.table.setAccessibleDescription(self.tr("One row per conversation ID, with when it happened and a note."))
        self.remove_button.setText(self.tr("&Remove selected"))
        self.remove_button.setAccessibleDescription(self.tr("Removes the selected conversation IDs from the case."))
        self.check_button.setText(self.tr("&Check in Genesys Cloud\u2026"))
        self.check_button.setAccessibleDescription(
            self.tr(
                "Checks with your organization's OAuth client that each conversation exists in this organization "
                "and region, and adds its summary and SIP messages to the evidence."
            )
        )
        self.checks.retranslate()
        self.none_label.setText(self.tr("If no conversation applies, &say why:"))
        self.none_reason.setAccessibleName(self.tr("Why no conversation ID applies"))
        self.none_reason.setAccessibleDescription(
            self.tr("Needed only when the case has no conversation ID, so Product Support knows why.")
        )

    def first_focus(self) -> QWidget | None:
        """The paste box (before it, the help text's link)."""
        return self.paste

    def input_widgets(self) -> list[QObject]:
        """The editors of the page."""
        return [self.table, self.none_reason, self.paste]

    # -- behaviour ---------------------------------------------------------------------------------------

    def add_from_text(self) -> None:
        """Add every ID found in the paste box, then clear it and say what happened."""
        found, skipped = conversation_ids(self.paste.toPlainText())
        known = set(self.draft.case.conversation_ids)
        new = [conv_id for conv_id in found if conv_id not in known]
        if not found:
            self.feedback.setText(
                "\n".join(filter(None, [self.tr("No conversation ID found in that text."), skipped_ids_text(skipped)]))
            )
            return
        self.draft.case.conversations.extend(ConversationRef(conv_id) for conv_id in new)
        self.initializePage()
        self.paste.clear()
        self.feedback.setText(
            fill(self.tr("Added %n IDs; %1 already listed.", "", len(new)), str(len(found) - len(new)))
            + ("\n" + skipped_ids_text(skipped) if skipped else "")
        )
        self.completeChanged.emit()
        self.edited.emit()

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows:
            return
        for row in rows:
            del self.draft.case.conversations[row]
        self.initializePage()
        self.feedback.setText(self.tr("Removed %n IDs.", "", len(rows)))
        self.completeChanged.emit()
        self.edited.emit()

    def load(self) -> None:
        """Show the draft's conversations."""
        conversations = self.draft.case.conversations
        self.table.setRowCount(len(conversations))
        for row, ref in enumerate(conversations):
            id_item = QTableWidgetItem(ref.id)
            id_item.setFlags(id_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, ID_COLUMN, id_item)
            self.table.setItem(row, TIME_COLUMN, QTableWidgetItem(ref.time))
            self.table.setItem(row, NOTE_COLUMN, QTableWidgetItem(ref.note))
        self.none_reason.setText(self.draft.case.no_conversation_reason)
        self.show_checks()

    def store(self) -> None:
        """Keep the times, notes and the reason."""
        for row, ref in enumerate(self.draft.case.conversations):
            time_item = self.table.item(row, TIME_COLUMN)
            note_item = self.table.item(row, NOTE_COLUMN)
            ref.time = time_item.text().strip() if time_item else ""
            ref.note = note_item.text().strip() if note_item else ""
        self.draft.case.no_conversation_reason = self.none_reason.text()
