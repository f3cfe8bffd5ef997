"""The contract every wizard page follows: create_widgets, load, store, isComplete, validatePage, nextId.

A page creates its widgets in ``create_widgets``, called by its constructor. It fills its widgets from the draft in
``load`` (with signals blocked so half-loaded widgets do not echo back into the draft), copies them into the
draft in ``store``, and asks the domain's flow whether it is complete and which step comes next. It never
decides the flow and never writes files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from html import escape
from typing import ClassVar

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.wizard.flow import next_step, validate
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.widgets.problem_list import ProblemList
from care_desktop.ui.windows.links import route_all_links


@contextlib.contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Block the signals of ``objects`` for the duration of the block."""
    blockers = [QSignalBlocker(obj) for obj in objects]
    try:
        yield
    finally:
        for blocker in blockers:
            blocker.unblock()


def link(url: str, text: str) -> str:
    """Rich-text hyperlink (opened in the browser only when the user clicks it); ``url`` and ``text`` are escaped."""
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def wrapping_label(text: str = "", parent: QWidget | None = None, rich: bool = False) -> QLabel:
    """A word-wrapped label; rich ones open links in the browser on a click, or on Enter once Tab reached them."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if rich:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(True)
    return label


def scroll_area(content: QWidget, frame: QFrame.Shape = QFrame.Shape.NoFrame) -> QScrollArea:
    """A resizable scroll area around ``content`` that Tab passes through to the fields inside.

    Args:
        content: What scrolls.
        frame: The area's frame (none by default).

    Returns:
        The area, to lay out.
    """
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, which scroll into view
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(frame)
    scroll.setWidget(content)
    return scroll


def tab_stop_at_checked(group: QButtonGroup) -> None:
    """Make Tab enter a group of radio buttons at its checked button (else its first); arrows move inside.

    Call it once the buttons are in the group: it follows every later change of the choice.

    Args:
        group: An exclusive group.
    """

    def update(*_args: object) -> None:
        buttons = group.buttons()
        stop = group.checkedButton() or (buttons[0] if buttons else None)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus)

    group.buttonToggled.connect(update)
    update()


class StepPage(QWizardPage):
    """Base of the wizard's pages.

    Subclasses set ``step``, create their widgets in ``create_widgets`` (calling ``self.finish_layout()`` last; the
    constructor calls it once), and implement ``load``, ``store`` and ``retranslate``. A subclass with state of its
    own sets it before calling ``super().__init__`` (``create_widgets`` may read it). Every edit should call
    ``self.on_edited``.

    Signals:
        edited: The user changed something (the wizard schedules an autosave).
        commit_requested: Something was done that must be saved at once (files added to the case folder).

    Args:
        draft: The draft this page edits (shared with the other pages).
        context: Services and settings.
        parent: Owner.
    """

    step: ClassVar[Step]
    edited = Signal()
    commit_requested = Signal()

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self.draft = draft
        self.context = context
        self._loading = False
        self.body = QVBoxLayout(self)
        self.blockers = ProblemList(reserve_space=True)  # solving a problem moves nothing on the page
        self.create_widgets()
        route_all_links(self, self.context.dialogs)

    def finish_layout(self, stretch: bool = True) -> None:
        """Add the "To continue" list at the bottom and translate the texts.

        Args:
            stretch: Push the content up (False when a widget of the page already takes the free space).
        """
        if stretch:
            self.body.addStretch(1)
        self.body.addWidget(self.blockers)
        self.retranslate()

    # -- to implement ------------------------------------------------------------------------------------

    def create_widgets(self) -> None:
        """Create the widgets, then call ``finish_layout`` (subclasses; called once)."""
        self.finish_layout()

    def load(self) -> None:
        """Fill the widgets from the draft (signals are blocked by the caller)."""

    def store(self) -> None:
        """Copy the widgets' values into the draft."""

    def retranslate(self) -> None:
        """Set every user-visible text; called at construction and on a language change."""
        self.blockers.set_heading(self.tr("To continue:"))

    def page_shown(self) -> None:
        """The page became the current one (not while the wizard replays a path): start background work here."""

    def first_focus(self) -> QWidget | None:
        """Where the keyboard focus goes when the page is shown: by default its first widget that Tab reaches.

        (QWizard looks only a hundred widgets along the window's focus chain, and a page built when first
        entered has its widgets at the end of that chain: it would leave the focus on the Next button.)
        """
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and self.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusProxy() is None
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def input_widgets(self) -> list[QObject]:
        """The widgets whose signals must be blocked while loading."""
        return list(self.findChildren(QWidget))

    # -- the QWizardPage contract ------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Load the draft into the widgets each time the page is entered."""
        self._loading = True
        try:
            with signals_blocked(*self.input_widgets()):
                self.load()
        finally:
            self._loading = False
        self.refresh()

    def isComplete(self) -> bool:
        """Complete when the step has no blocking problem."""
        return not any(problem.blocking for problem in validate(self.step, self.draft))

    def validatePage(self) -> bool:
        """Store the widgets and accept the page when nothing blocks it."""
        self.store()
        self.refresh()
        return self.isComplete()

    def nextId(self) -> int:
        """Ask the flow which step follows."""
        following = next_step(self.step, self.draft)
        return following.page_id if following is not None else -1

    def _language_changed(self) -> None:
        self.retranslate()
        self.refresh()

    # -- helpers -----------------------------------------------------------------------------------------

    def on_edited(self) -> None:
        """Store the edit into the draft, update the Next button and ask for an autosave."""
        if self._loading:
            return
        self.store()
        self.refresh()
        self.completeChanged.emit()
        self.edited.emit()

    def refresh(self) -> None:
        """Update what depends on the draft (the blocking problems, and whatever subclasses add)."""
        self.blockers.set_problems([p for p in validate(self.step, self.draft) if p.blocking])
