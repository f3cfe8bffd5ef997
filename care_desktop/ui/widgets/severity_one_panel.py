"""Everything a critical outage needs on one screen: the rule, the number to call, the read-out card, the call.

Shared by the wizard's Severity 1 step and the main window's "Critical outage" dialog. Works offline: the
phone directory is local. Edits go straight into the case given to ``load``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.identifiers import conversation_ids
from care_desktop.domain.case.model import Case, ConversationRef
from care_desktop.domain.case.readout import first_line, replace_first_line
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.pages.base import signals_blocked, wrapping_label
from care_desktop.ui.phones.directory_view import PhoneDirectoryView
from care_desktop.ui.skipped_ids import skipped_ids_text
from care_desktop.ui.styles import keep_styled, sev1_style
from care_desktop.ui.widgets.japan_care_note import JapanCareNote
from care_desktop.ui.widgets.readout_card import ReadoutCard
from care_desktop.ui.windows.links import route_all_links


class SeverityOnePanel(QWidget):
    """The rule, the directory for the user's region, the card, and the callback details.

    Signals:
        edited: The user changed a field (the case was updated).

    Args:
        context: Services and settings.
        side_by_side: Directory beside the card (a wide window) rather than above it (the wizard's page).
        parent: Owner.
        search_caption: The directory's search caption, when the window needs another mnemonic for it.
    """

    edited = Signal()

    def __init__(
        self,
        context: UiContext,
        side_by_side: bool = True,
        parent: QWidget | None = None,
        search_caption: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self._case = Case()
        self.rule = wrapping_label()
        keep_styled(self.rule, sev1_style)
        self.japan = JapanCareNote(context.profile)
        self.directory = PhoneDirectoryView(
            context.phonebook,
            lambda: context.clock().astimezone().date(),
            search_caption=search_caption,
            dialogs=context.dialogs,
        )
        self.card = ReadoutCard()
        self.call_box = QGroupBox()
        form = QFormLayout(self.call_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow window puts a field below its caption
        self.captions = [QLabel() for _ in range(4)]
        self.phone = QLineEdit()
        self.available = QCheckBox()
        self.conversations = QLineEdit()
        self.impact = QLineEdit()
        self.case_number = QLineEdit()
        form.addRow(self.captions[0], self.phone)
        form.addRow("", self.available)
        form.addRow(self.captions[1], self.conversations)
        form.addRow(self.captions[2], self.impact)
        form.addRow(self.captions[3], self.case_number)
        for caption, field in zip(
            self.captions, (self.phone, self.conversations, self.impact, self.case_number), strict=True
        ):
            caption.setBuddy(field)
        right = QVBoxLayout()
        # The fields above the card: the card grows as they are typed in, and must not push them away.
        right.addWidget(self.call_box)
        right.addWidget(self.card)
        right.addStretch(1)
        if not side_by_side:  # the page scrolls as a whole: one scroll bar, no row cut by an inner one
            self.directory.show_rows_in_full()
        columns = QHBoxLayout() if side_by_side else QVBoxLayout()
        columns.addWidget(self.directory, 3 if side_by_side else 0)
        columns.addLayout(right, 2 if side_by_side else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule)
        layout.addWidget(self.japan)
        layout.addLayout(columns, 1)
        for line in (self.phone, self.impact, self.case_number):
            line.textChanged.connect(self._on_edited)
        self.conversations.editingFinished.connect(self._on_edited)
        self.available.toggled.connect(self._on_edited)
        self.retranslate()
        route_all_links(self, context.dialogs)

    def retranslate(self) -> None:
        """Set the texts."""
        level = self.context.profile.level(1)
        self.rule.setText(
            "<b>"
            + self.tr("Call Customer Care now: Severity 1 is handled by phone only, 24x7.")
            + "</b> "
            + fill(self.tr("Target initial response: %1."), level.initial_response)
            + " "
            + self.tr("Mean time to restore: 15 minutes (a mean, not a promise).")
            + "<br>"
            + self.tr("A Designated Contact must be reachable at all times while Product Support works on it.")
        )
        self.call_box.setTitle(self.tr("Your details for the call"))
        self.captions[0].setText(self.tr("Callbac&k number:"))
        self.captions[1].setText(self.tr("Con&versation IDs:"))
        self.captions[2].setText(self.tr("&Impact (one line):"))
        self.captions[3].setText(self.tr("Case n&umber (after the call):"))
        self.phone.setAccessibleName(self.tr("Callback number"))
        self.phone.setAccessibleDescription(self.tr("The number Product Support calls you back on."))
        self.available.setText(self.tr("I can be reached at all times while the case is worked"))
        self.available.setAccessibleName(self.available.text())
        self.available.setAccessibleDescription(
            self.tr("Confirms that a Designated Contact can be reached while Product Support works on the case.")
        )
        self.conversations.setAccessibleName(self.tr("Conversation IDs (paste anything that holds them)"))
        self.conversations.setPlaceholderText(self.tr("Paste IDs or URLs"))
        self.conversations.setAccessibleDescription(
            self.tr("Paste conversation IDs or URLs; the IDs in them are picked out for the read-out card.")
        )
        self.impact.setAccessibleName(self.tr("Impact in one line"))
        self.impact.setPlaceholderText(self.tr("e.g. No agent in Dublin can take calls since 09:10"))
        self.impact.setAccessibleDescription(self.tr("Who cannot do what, and since when, in a single sentence."))
        self.case_number.setAccessibleName(self.tr("Case number given by Customer Care"))
        self.case_number.setPlaceholderText(self.tr("The number Customer Care gives you on the phone"))
        self.case_number.setAccessibleDescription(self.tr("The number Customer Care gives you on the phone"))

    def load(self, case: Case) -> None:
        """Show ``case``; later edits are written into it."""
        self._case = case
        with signals_blocked(self.phone, self.available, self.conversations, self.impact, self.case_number):
            self.phone.setText(case.contact.phone)
            self.available.setChecked(case.contact.available_24x7)
            self.conversations.setText(", ".join(case.conversation_ids))
            self.impact.setText(first_line(case.business_impact))
            self.case_number.setText(case.case_number)
        self.directory.set_preference(*self.context.caller_place(case.org))
        self.japan.set_region(case.org.region)
        self.card.show_case(case)

    def store(self) -> None:
        """Write the fields into the case."""
        case = self._case
        case.contact.phone = self.phone.text().strip()
        case.contact.available_24x7 = self.available.isChecked()
        ids, skipped = conversation_ids(self.conversations.text())
        self.conversations.setToolTip(skipped_ids_text(skipped))
        known = {ref.id: ref for ref in case.conversations}
        case.conversations = [known.get(conv_id, ConversationRef(conv_id)) for conv_id in ids]
        impact = self.impact.text().strip()
        if impact != first_line(case.business_impact):
            case.business_impact = replace_first_line(case.business_impact, impact).lstrip("\n")
        case.case_number = self.case_number.text().strip()

    def _on_edited(self) -> None:
        self.store()
        self.card.show_case(self._case)
        self.edited.emit()

    def editors(self) -> list[QWidget]:
        """The input widgets."""
        return [self.phone, self.available, self.conversations, self.impact, self.case_number]
