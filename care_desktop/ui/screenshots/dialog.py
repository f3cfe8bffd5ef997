"""The screenshot window the Attachments step opens: capture → annotate and redact → PNG in the case folder.

The first page chooses what to capture (everything, one screen, the window under the pointer, a region) and a
delay; the second is the editor. Where the platform forbids capturing, the first page says why and offers to
attach an existing image instead; the caller then opens its file dialog. Saving runs in a worker and writes
atomically. Open this dialog with ``open()`` or ``show()``, never ``exec()``: it hides itself (with every
other window of the app) while capturing, and hiding a dialog ends ``exec()``. The dialog does not decide what
becomes an attachment of the case: it reports the saved path (or the wish to attach an existing image).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from care_desktop.ui import workers
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.screenshots import grabbing, saving
from care_desktop.ui.screenshots.capture import CaptureMode, CaptureRequest, ScreenCapture
from care_desktop.ui.screenshots.editor import ScreenshotEditor
from care_desktop.ui.screenshots.grabbing import CaptureFailure
from care_desktop.ui.styles import keep_styled, warning_style
from care_desktop.ui.windows.screen_fit import fit_to_screen

WINDOW_DELAY_S = 3  # time to point at the window to capture


@dataclass(frozen=True)
class ScreenshotResult:
    """How the screenshot window ended.

    Attributes:
        path: The saved PNG in the case folder, or None.
        attach_existing: The user asked to attach an existing image instead (open a file dialog).
    """

    path: Path | None = None
    attach_existing: bool = False


class ScreenshotDialog(QDialog):
    """Capture, annotate, redact and save one screenshot.

    Signals:
        saved: The PNG was written (its ``Path``); the dialog then closes with ``Accepted``.
        attach_existing_requested: The user chose to attach an existing image; the dialog closes with
            ``Rejected`` and the caller should open its file dialog.

    Args:
        dialogs: Modal questions and notices.
        folder: Where to save (the case folder; created when missing).
        suggested_name: The file name to propose (default ``screenshot-<date>-<time>.png``).
        parent: Owner.
        image: Start in the editor with this picture instead of capturing (to annotate an existing image).
        capture: The capture runner (tests pass one with a shorter pause).
    """

    saved = Signal(object)
    attach_existing_requested = Signal()

    def __init__(
        self,
        dialogs: Dialogs,
        folder: Path,
        suggested_name: str = "",
        parent: QWidget | None = None,
        image: QImage | None = None,
        capture: ScreenCapture | None = None,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.dialogs = dialogs
        self.folder = folder
        self.suggested_name = saving.clean_name(suggested_name) if suggested_name else saving.default_name()
        self.result_value = ScreenshotResult()
        self.capture = capture or ScreenCapture(self)
        self.capture.captured.connect(self.edit_image)
        self.capture.failed.connect(self.show_failure)
        self._task: workers.Task | None = None
        self._failure: CaptureFailure | None = None
        self._choices: list[tuple[CaptureMode, int]] = []
        self.capture_page = self._build_capture_page()
        self.editor = ScreenshotEditor()
        self.editor.save_requested.connect(self.save)
        self.editor_page = self._build_editor_page()
        layout = QVBoxLayout(self)
        # Two pages, one hidden: a hidden page takes no room (a stacked widget would keep the editor's size).
        layout.addWidget(self.capture_page)
        layout.addWidget(self.editor_page, 1)
        self.setMinimumWidth(520)
        self.retranslate()
        self._show_page(False)
        refused = grabbing.refusal()
        if refused is not None:
            self.show_failure(refused)
            self.take_button.setEnabled(False)
        if image is not None:
            self.edit_image(image)

    def _build_capture_page(self) -> QWidget:
        page = QWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.mode_box = QComboBox()
        self.delay_box = QSpinBox()
        self.delay_box.setRange(0, 30)
        self.mode_hint = QLabel()
        self.mode_hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        keep_styled(self.problem, lambda: warning_style(padding="8px"))
        self.problem.hide()
        self.mode_label, self.delay_label = QLabel(), QLabel()
        self.mode_label.setBuddy(self.mode_box)
        self.delay_label.setBuddy(self.delay_box)
        form = QFormLayout()
        form.addRow(self.mode_label, self.mode_box)
        form.addRow(self.delay_label, self.delay_box)
        self.take_button = QPushButton()
        self.existing_button = QPushButton()
        self.capture_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.capture_buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.capture_buttons.addButton(self.existing_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.take_button.setDefault(True)
        self.take_button.clicked.connect(self.take_screenshot)
        self.existing_button.clicked.connect(self.attach_existing)
        self.capture_buttons.rejected.connect(self.reject)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.mode_hint)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.capture_buttons)
        return page

    def _build_editor_page(self) -> QWidget:
        page = QWidget()
        self.save_button = QPushButton()
        self.retake_button = QPushButton()
        self.editor_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.editor_buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.editor_buttons.addButton(self.retake_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in self.editor_buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the editor (it adds a mark)
        self.save_button.clicked.connect(self.save)
        self.retake_button.clicked.connect(self.retake)
        self.editor_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.editor_buttons)
        return page

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Screenshot"))
        self.intro.setText(
            self.tr(
                "Show Product Support what you see. Care Desktop hides its own windows while it captures; "
                "you can then point at what matters and paint over private details before saving."
            )
        )
        self.mode_label.setText(self.tr("&Capture:"))
        self.mode_box.setAccessibleName(self.tr("What to capture"))
        self.mode_box.setAccessibleDescription(self.tr("Every screen, one screen, a window or a region you draw."))
        self.delay_label.setText(self.tr("&Delay:"))
        self.delay_box.setSuffix(self.tr(" s"))
        self.delay_box.setSpecialValueText(self.tr("none"))
        self.delay_box.setAccessibleName(self.tr("Delay before capturing, in seconds"))
        self.delay_box.setAccessibleDescription(self.tr("Time to open a menu or a message before the capture."))
        for inner in self.delay_box.findChildren(QLineEdit):  # the spin box's own text field
            inner.setAccessibleName(self.delay_box.accessibleName())
        self.take_button.setText(self.tr("&Take screenshot"))
        self.existing_button.setText(self.tr("Attach an &existing image\u2026"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(fill(self.tr("Save as PNG in the case folder (%1)"), str(self.folder)))
        self.retake_button.setText(self.tr("&Retake"))
        self.take_button.setAccessibleDescription(self.tr("Hides Care Desktop's windows and captures the screen."))
        self.existing_button.setAccessibleDescription(self.tr("Attaches an image file you already have instead."))
        self.save_button.setAccessibleDescription(self.save_button.toolTip())
        self.retake_button.setAccessibleDescription(self.tr("Discards this image and goes back to capturing."))
        for box in (self.capture_buttons, self.editor_buttons):
            cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
            if cancel is not None:
                cancel.setAccessibleName(self.tr("Cancel"))
                cancel.setAccessibleDescription(self.tr("Closes without attaching a screenshot."))
        self._fill_modes()
        self._show_failure_text()

    def _fill_modes(self) -> None:
        current = self.choice()
        choices: list[tuple[CaptureMode, int, str]] = []
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            choices.append((CaptureMode.ALL_SCREENS, 0, self.tr("All screens")))
            for index, screen in enumerate(screens):
                size = screen.size()
                label = fill(self.tr("Screen %1 (%2 \u00d7 %3)"), str(index + 1), str(size.width()), str(size.height()))
                choices.append((CaptureMode.SCREEN, index, label))
        else:
            choices.append((CaptureMode.ALL_SCREENS, 0, self.tr("Whole screen")))
        if QGuiApplication.platformName() in ("xcb", "windows"):
            choices.append((CaptureMode.WINDOW, 0, self.tr("Window under the mouse pointer")))
        choices.append((CaptureMode.REGION, 0, self.tr("Region (drag a rectangle)")))
        self._choices = [(mode, screen) for mode, screen, _label in choices]
        self.mode_box.blockSignals(True)
        self.mode_box.clear()
        self.mode_box.addItems([label for _mode, _screen, label in choices])
        self.mode_box.setCurrentIndex(self._choices.index(current) if current in self._choices else 0)
        self.mode_box.blockSignals(False)
        self._show_mode_hint()

    def choice(self) -> tuple[CaptureMode, int]:
        """What is chosen: the mode and, for one screen, its index."""
        index = self.mode_box.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else (CaptureMode.ALL_SCREENS, 0)

    def _mode_changed(self) -> None:
        if self.choice()[0] is CaptureMode.WINDOW and self.delay_box.value() == 0:
            self.delay_box.setValue(WINDOW_DELAY_S)
        self._show_mode_hint()

    def _show_mode_hint(self) -> None:
        hints = {
            CaptureMode.ALL_SCREENS: self.tr("Everything on the screen, as it is after the delay."),
            CaptureMode.SCREEN: self.tr("Everything on that screen, as it is after the delay."),
            CaptureMode.WINDOW: self.tr("During the delay, point the mouse at the window to capture."),
            CaptureMode.REGION: self.tr("After the delay, drag a rectangle over the screen; Esc cancels."),
        }
        self.mode_hint.setText(hints[self.choice()[0]])

    def select_mode(self, mode: CaptureMode, screen: int = 0) -> bool:
        """Choose what to capture; returns False when that choice is not offered here."""
        if (mode, screen) not in self._choices:
            return False
        self.mode_box.setCurrentIndex(self._choices.index((mode, screen)))
        return True

    def take_screenshot(self) -> bool:
        """Capture as chosen; the editor opens with the picture, or the reason shows on this page."""
        mode, screen = self.choice()
        self._failure = None
        self.problem.hide()
        return self.capture.start(CaptureRequest(mode, screen, self.delay_box.value() * 1000))

    @property
    def editing(self) -> bool:
        """Whether the editor page is shown (else the capture page)."""
        return not self.editor_page.isHidden()

    def _show_failure_text(self) -> None:
        text = self._failure.text() if self._failure is not None else ""
        self.problem.setText(text)
        self.problem.setAccessibleName(text)

    def _show_page(self, editor: bool) -> None:
        self.capture_page.setHidden(editor)
        self.editor_page.setHidden(not editor)
        if not editor:
            self.adjustSize()

    def show_failure(self, failure: CaptureFailure) -> None:
        """Say why there is no picture; offer an existing image when capturing cannot work here."""
        self._failure = failure
        self._show_failure_text()
        self.problem.show()
        self._show_page(False)
        target = self.existing_button if failure.offer_existing_image else self.take_button
        target.setDefault(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_image(self, image: QImage) -> None:
        """Open the editor on ``image``."""
        self.editor.set_image(image, self.suggested_name)
        self._show_page(True)
        self.resize(self.editor.sizeHint().expandedTo(self.size()))
        fit_to_screen(self)  # Save, Retake and Cancel stay on the screen
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.activateWindow()

    def retake(self) -> None:
        """Back to the capture page (the current picture is dropped)."""
        self._show_page(False)
        self.take_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def attach_existing(self) -> None:
        """Close and tell the caller to let the user pick an image file."""
        self.result_value = ScreenshotResult(attach_existing=True)
        self.attach_existing_requested.emit()
        super().reject()

    def save(self) -> workers.Task | None:
        """Burn the marks in and write the PNG in a worker; ``saved`` follows (None when already saving)."""
        if self._task is not None or not self.editing:
            return None
        image = self.editor.flattened()
        name = saving.clean_name(self.editor.file_name() or self.suggested_name)
        target = saving.free_path(self.folder, name)
        self._set_busy(True)
        # Connecting right after start() is safe: the work starts once control is back in the event loop.
        # Exactly one of succeeded, failed and cancelled arrives; they are used rather than ``ended``.
        task = workers.start(lambda _progress, _token: saving.save_png(image, target), self)
        task.succeeded.connect(self._saved)
        task.failed.connect(self._save_failed)
        task.cancelled.connect(self._save_done)
        self._task = task
        return task

    def _set_busy(self, busy: bool) -> None:
        self.editor.setEnabled(not busy)
        self.editor_buttons.setEnabled(not busy)

    def _save_done(self) -> None:
        self._task = None
        self._set_busy(False)

    def _saved(self, path: Path) -> None:
        self._save_done()
        self.result_value = ScreenshotResult(path=path)
        self.saved.emit(path)
        self.accept()

    def _save_failed(self, reason: str) -> None:
        self._save_done()
        self.dialogs.warning(
            self, self.tr("Screenshot"), fill(self.tr("The screenshot could not be saved: %1"), reason)
        )

    def reject(self) -> None:
        """Esc or Cancel: close, after asking when marks would be lost; not while capturing or saving."""
        if self.capture.running or self._task is not None:
            return
        if self.editing and len(self.editor.annotations) > 0:
            question = self.tr("Discard this screenshot and its marks?")
            if not self.dialogs.question(self, self.tr("Screenshot"), question):
                return
        super().reject()
