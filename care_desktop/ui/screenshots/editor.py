"""The screenshot editor: tools (arrow, box, text, redact), undo, the file name, all on the keyboard too.

Shortcuts: S select, A arrow, B box, T text, R redact, N / Shift+N next / previous mark, Delete remove the
selected mark, Ctrl+Z / Ctrl+Shift+Z undo / redo, Ctrl+S save (Esc is the dialog's: cancel). Letters typed
into a text field go to the field, not to the tools. The editor produces the finished image
(:meth:`ScreenshotEditor.flattened`, redactions burned in); it does not write files or capture the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QToolBar, QToolButton, QVBoxLayout, QWidget

from care_desktop.ui.i18n import on_language_change
from care_desktop.ui.screenshots.annotations import Annotation, AnnotationList, Kind, flatten
from care_desktop.ui.screenshots.canvas import AnnotationCanvas, Tool

TOOL_KEYS = {Tool.SELECT: "S", Tool.ARROW: "A", Tool.BOX: "B", Tool.TEXT: "T", Tool.REDACT: "R"}


class ScreenshotEditor(QWidget):
    """Annotate and redact one picture.

    Signals:
        save_requested: Ctrl+S (the owner saves :meth:`flattened` under :meth:`file_name`).

    Args:
        parent: Owner.
    """

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.annotations = AnnotationList(self)
        self.canvas = AnnotationCanvas(self.annotations)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        for tool, key in TOOL_KEYS.items():
            action = self._action(key, checkable=True)
            action.triggered.connect(lambda _checked=False, chosen=tool: self.set_tool(chosen))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.tool_actions[tool] = action
        self.text_edit = QLineEdit()
        self.text_edit.setMinimumWidth(200)
        self.text_edit.setMaximumWidth(340)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text_edit)
        self.text_label.setContentsMargins(8, 0, 4, 0)
        self.toolbar.addWidget(self.text_label)
        self.toolbar.addWidget(self.text_edit)
        self.toolbar.addSeparator()
        self.undo_action = self._action(QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(QKeySequence.StandardKey.Redo)
        self.delete_action = self._action(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.next_action = self._action("N")
        self.previous_action = self._action("Shift+N")
        self.save_action = self._action(QKeySequence.StandardKey.Save)
        for action in (self.undo_action, self.redo_action, self.delete_action):
            self.toolbar.addAction(action)
        self.undo_action.triggered.connect(self.annotations.undo)
        self.redo_action.triggered.connect(self.annotations.redo)
        self.delete_action.triggered.connect(self.canvas.delete_selected)
        self.next_action.triggered.connect(lambda: self.canvas.select_next(1))
        self.previous_action.triggered.connect(lambda: self.canvas.select_next(-1))
        self.save_action.triggered.connect(self.save_requested)
        self.name_edit = QLineEdit()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setWordWrap(True)
        self.keys.setEnabled(False)  # greyed: a reminder, not content
        fields = QFormLayout()
        fields.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.keys)
        layout.addLayout(fields)
        self.text_edit.textEdited.connect(self._text_edited)
        self.text_edit.returnPressed.connect(self._text_entered)
        self.canvas.text_placed.connect(self._edit_placed_text)
        self.canvas.selection_changed.connect(self._selection_changed)
        self.annotations.changed.connect(self._update_actions)
        self.setFocusProxy(self.canvas)
        self.retranslate()
        self.set_tool(Tool.ARROW)
        self._update_actions()

    def _action(self, key: str | QKeySequence.StandardKey, checkable: bool = False) -> QAction:
        action = QAction(self)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)  # every binding of the platform (Ctrl+Shift+Z and Ctrl+Y for redo...)
        else:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set the texts."""
        names = {
            Tool.SELECT: (self.tr("&Select"), self.tr("Select and move marks")),
            Tool.ARROW: (self.tr("&Arrow"), self.tr("Draw an arrow")),
            Tool.BOX: (self.tr("&Box"), self.tr("Draw a box")),
            Tool.TEXT: (self.tr("&Text"), self.tr("Place a text")),
            Tool.REDACT: (self.tr("&Redact"), self.tr("Paint over private details in solid black")),
        }
        for tool, action in self.tool_actions.items():
            text, tip = names[tool]
            action.setText(text)
            action.setToolTip(f"{tip} ({TOOL_KEYS[tool]})")
        for action, text in (
            (self.undo_action, self.tr("Undo")),
            (self.redo_action, self.tr("Redo")),
            (self.delete_action, self.tr("Delete mark")),
            (self.next_action, self.tr("Select the next mark")),
            (self.previous_action, self.tr("Select the previous mark")),
            (self.save_action, self.tr("Save")),
        ):
            action.setText(text)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        descriptions = {
            self.tool_actions[Tool.SELECT]: self.tr("Selects a mark on the image to move or resize it."),
            self.tool_actions[Tool.ARROW]: self.tr("Draws an arrow pointing at what matters."),
            self.tool_actions[Tool.BOX]: self.tr("Draws a box around what matters."),
            self.tool_actions[Tool.TEXT]: self.tr("Places the words of the Text field on the image."),
            self.tool_actions[Tool.REDACT]: self.tr("Covers private details with black, burned into the saved image."),
            self.undo_action: self.tr("Takes back the last change to the marks."),
            self.redo_action: self.tr("Makes the change just taken back again."),
            self.delete_action: self.tr("Removes the selected mark."),
        }
        for button in self.toolbar.findChildren(QToolButton):
            action = button.defaultAction()
            # The toolbar's own "more" button (shown when the window is narrow) has no action.
            button.setAccessibleName(action.toolTip() if action is not None else self.tr("More tools"))
            more = self.tr("Shows the tools that do not fit in the window.")
            button.setAccessibleDescription(descriptions.get(action, action.toolTip()) if action else more)
        self.toolbar.setAccessibleName(self.tr("Annotation tools"))
        self.text_label.setText(self.tr("Te&xt:"))
        self.text_edit.setAccessibleName(self.tr("Text of the text mark"))
        self.text_edit.setPlaceholderText(self.tr("Words for the Text tool"))
        self.text_edit.setAccessibleDescription(self.text_edit.placeholderText())
        self.name_label.setText(self.tr("File &name:"))
        self.name_edit.setAccessibleName(self.tr("File name of the screenshot"))
        self.name_edit.setAccessibleDescription(self.tr("The name of the PNG file saved in the case folder."))
        self.keys.setText(
            self.tr(
                "Keys: S select, A arrow, B box, T text, R redact; Enter adds a mark in the middle; arrow keys "
                "move the selected mark (Shift: faster, Ctrl: resize); N next mark; Delete removes it; "
                "Ctrl+Z undo; Ctrl+S save; Esc cancel."
            )
        )
        self._show_hint()

    def _show_hint(self) -> None:
        hints = {
            Tool.SELECT: self.tr("Click a mark to select it, drag it to move it."),
            Tool.ARROW: self.tr("Drag from where the arrow starts to what it points at."),
            Tool.BOX: self.tr("Drag a box around what matters."),
            Tool.TEXT: self.tr("Type the words in the Text field, then click where they go."),
            Tool.REDACT: self.tr(
                "Drag over anything private: it is painted over in solid black when saved and cannot be recovered."
            ),
        }
        self.hint.setText(hints[self.canvas.tool])

    def set_image(self, image: QImage, file_name: str = "") -> None:
        """Start editing ``image`` (no marks, no history)."""
        self.annotations.reset()
        self.canvas.set_image(image)
        if file_name:
            self.name_edit.setText(file_name)
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_tool(self, tool: Tool) -> None:
        """Choose the tool (also what the S, A, B, T and R keys do)."""
        self.tool_actions[tool].setChecked(True)
        self.canvas.set_tool(tool)
        self._show_hint()
        if tool is Tool.TEXT and not self.text_edit.text():
            self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def marks(self) -> tuple[Annotation, ...]:
        """The annotations, in image pixels."""
        return self.annotations.items

    def file_name(self) -> str:
        """The file name the user wants (not yet cleaned)."""
        return self.name_edit.text()

    def flattened(self) -> QImage:
        """The picture with every mark burned in (what is saved)."""
        return flatten(self.canvas.image, self.annotations.items, self.canvas.mark_style)

    def _selected_text_mark(self) -> Annotation | None:
        index = self.canvas.selected
        if index is None:
            return None
        mark = self.annotations.items[index]
        return mark if mark.kind is Kind.TEXT else None

    def _text_edited(self, text: str) -> None:
        self.canvas.new_text = text
        if self._selected_text_mark() is not None:
            self.canvas.set_selected_text(text)

    def _text_entered(self) -> None:
        if self._selected_text_mark() is None and self.canvas.tool is Tool.TEXT:
            self.canvas.add_in_middle()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_placed_text(self, index: int) -> None:
        self.text_edit.setText(self.annotations.items[index].text)
        self.text_edit.selectAll()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self) -> None:
        mark = self._selected_text_mark()
        if mark is not None:
            self.text_edit.setText(mark.text)
        self._update_actions()

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.annotations.can_undo())
        self.redo_action.setEnabled(self.annotations.can_redo())
        self.delete_action.setEnabled(self.canvas.selected is not None)
