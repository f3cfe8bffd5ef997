"""Step 10, "Package and file": build the case package, then open its folder, copy the text, go to the portal.

The package is built only when the user asks, in a worker with progress and cancel: every attachment is
redacted, compressed and hashed into one zip that appears only when it is complete. The page never uploads
anything; the user does that in the My Support portal.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.preferences import load_preferences
from care_desktop.services.progress import CancelToken, Progress
from care_desktop.ui import workers
from care_desktop.ui.accessibility import describe
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill
from care_desktop.ui.pages.base import StepPage, wrapping_label

# Packaging (zip, zlib-ng, the child process) and the system facts (psutil) are loaded when the user builds a
# package or looks at the facts, not when the wizard opens.
if TYPE_CHECKING:
    from care_desktop.domain.case.draft import SentPackage
    from care_desktop.services.packaging.builder import PackResult
    from care_desktop.services.packaging.plan import PackagePlan
    from care_desktop.services.sysinfo import Display


def screen_facts() -> list[Display]:
    """The screens as Qt sees them, for the system facts."""
    from care_desktop.services.sysinfo import Display

    primary = QGuiApplication.primaryScreen()
    return [
        Display(
            screen.name(),
            screen.size().width(),
            screen.size().height(),
            screen.devicePixelRatio(),
            screen.refreshRate() or None,
            screen is primary,
        )
        for screen in QGuiApplication.screens()
    ]


class FinishPage(StepPage):
    """The package and what to do with it.

    Signals:
        track_requested: The user filed the case and wants its deadlines tracked (the draft).
    """

    step = Step.FINISH
    track_requested = Signal(object)

    def __init__(self, draft: Draft, context: UiContext, parent: QWidget | None = None) -> None:
        self.task: workers.Task | None = None
        self.result: PackResult | None = None
        self._held: SentPackage | None = None  # what the package being built holds, set by its worker
        self.system_facts: dict[str, object] | None = None
        super().__init__(draft, context, parent)

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.clock_label = wrapping_label()
        self.where_box = QGroupBox()
        where = QVBoxLayout(self.where_box)
        folder_row = QHBoxLayout()
        self.folder_caption = QLabel()
        self.folder = QLineEdit(str(self.context.paths.exports))
        self.folder_caption.setBuddy(self.folder)
        self.change_folder = QPushButton()
        self.change_folder.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.folder_caption)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.change_folder)
        self.include_system = QCheckBox()
        self.system_preview = QPushButton()
        self.system_preview.clicked.connect(self.preview_system_facts)
        system_row = QHBoxLayout()
        system_row.addWidget(self.include_system)
        system_row.addWidget(self.system_preview)
        system_row.addStretch(1)
        where.addLayout(folder_row)
        where.addLayout(system_row)
        self.build_button = QPushButton()
        self.build_button.clicked.connect(self.build)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        build_row = QHBoxLayout()
        build_row.addWidget(self.build_button)
        build_row.addWidget(self.progress, 1)
        build_row.addWidget(self.cancel_button)
        self.outcome = wrapping_label()
        self.open_folder = QPushButton()
        self.copy_text = QPushButton()
        self.portal = QPushButton()
        self.track = QPushButton()
        self.open_folder.clicked.connect(self.show_folder)
        self.copy_text.clicked.connect(self.copy_case_text)
        self.portal.clicked.connect(self.open_portal)
        self.track.clicked.connect(lambda: self.track_requested.emit(self.draft))
        after_row = QHBoxLayout()
        for button in (self.open_folder, self.copy_text, self.portal, self.track):
            after_row.addWidget(button)
        after_row.addStretch(1)
        self.body.addWidget(self.clock_label)
        self.body.addWidget(self.where_box)
        self.body.addLayout(build_row)
        self.body.addWidget(self.outcome)
        self.body.addLayout(after_row)
        self._set_busy(False)
        self.finish_layout()

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Package and file"))
        self.setSubTitle(
            self.tr("Build the package, open a case in My Support with the text, then upload the package to it.")
        )
        self.where_box.setTitle(self.tr("The package"))
        self.folder_caption.setText(self.tr("Save in &folder:"))
        self.folder.setAccessibleName(self.tr("Folder for the package"))
        self.change_folder.setText(self.tr("C&hange\u2026"))
        self.include_system.setText(self.tr("Include facts about this computer (OS, memory, screens, browsers)"))
        self.include_system.setAccessibleName(self.include_system.text())
        self.system_preview.setText(self.tr("&See what is included\u2026"))
        self.build_button.setText(self.tr("B&uild package"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel building the package"))
        self.progress.setAccessibleName(self.tr("Building the package"))
        self.open_folder.setText(self.tr("Open the f&older"))
        self.copy_text.setText(self.tr("&Copy case text"))
        self.portal.setText(self.tr("Open &My Support"))
        self.track.setText(self.tr("I filed it: &track the case\u2026"))
        describe(
            (self.folder, self.tr("The folder the case package (a zip file) is saved in.")),
            (self.change_folder, self.tr("Chooses another folder for the package.")),
            (self.include_system, self.tr("Adds a file with facts about this computer to the package.")),
            (self.system_preview, self.tr("Shows the facts about this computer that the package would include.")),
            (self.build_button, self.tr("Redacts the attachments and builds the package to upload.")),
            (self.cancel_button, self.tr("Stops building the package.")),
            (self.open_folder, self.tr("Opens the folder holding the package in your file manager.")),
            (self.copy_text, self.tr("Copies the whole case text to the clipboard.")),
            (self.portal, self.tr("Opens the My Support portal in your web browser.")),
            (self.track, self.tr("Adds the filed case to the case tracker, which follows its deadlines.")),
        )

    def input_widgets(self) -> list[QObject]:
        """The folder and the system-facts choice."""
        return [self.folder, self.include_system]

    def initializePage(self) -> None:
        """Show the response clock; a package from an earlier visit is forgotten (the draft may have changed)."""
        from care_desktop.ui.first_response import first_response_html  # the clock: holidays, time zones

        super().initializePage()
        self.clock_label.setText(first_response_html(self.context, self.draft))

    def refresh(self) -> None:
        """Enable what the state allows."""
        super().refresh()
        done = self.result is not None
        for button in (self.open_folder, self.copy_text):
            button.setEnabled(done)

    # -- building ----------------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        """Ask where to save the package."""
        chosen = self.context.dialogs.existing_directory(self, self.tr("Save the package in"), Path(self.folder.text()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def facts(self) -> dict[str, object]:
        """The system facts, collected once per visit (what the preview shows is what is attached)."""
        if self.system_facts is None:
            from care_desktop.services.sysinfo import collect_system_facts

            self.system_facts = collect_system_facts(self.context.paths.base, displays=screen_facts())
        return self.system_facts

    def preview_system_facts(self) -> None:
        """Show exactly what would be attached about this computer."""
        self.context.dialogs.show_structured(
            self,
            self.tr("Facts about this computer"),
            self.facts(),
            self.tr("Exactly this is attached as system/system-info.json when the box is ticked."),
        )

    def plan(self) -> PackagePlan:
        """What the package will hold and where it goes (decided by ``services/packaging/plan.py``)."""
        from care_desktop.services.packaging.plan import package_plan

        return package_plan(
            self.draft,
            load_preferences(self.context.store),
            self.context.profile,
            Path(self.folder.text()),
            self.context.clock(),
            system_zone=self.context.system_zone,
            system_info=self.facts() if self.include_system.isChecked() else None,
        )

    def target(self) -> Path:
        """Where the package will be written."""
        from care_desktop.domain.packaging.manifest import package_file_name

        return Path(self.folder.text()).expanduser() / package_file_name(self.draft.case, self.context.clock())

    def build(self) -> workers.Task | None:
        """Build the package in the background (asks before replacing a package of the same name)."""
        from care_desktop.services.packaging.child_process import build_package_isolated
        from care_desktop.services.tracker.evidence import hash_attachments, sent_package

        if self.task is not None:
            return None
        target = self.target()
        if target.exists() and not self.context.dialogs.question(
            self, self.tr("Replace the package?"), fill(self.tr("%1 exists. Replace it?"), str(target))
        ):
            return None
        plan = self.plan()
        case, options = plan.case, plan.options
        case_dir = self.context.paths.case_dir(self.draft.id)

        def work(progress: Progress, token: CancelToken) -> PackResult:
            target.parent.mkdir(parents=True, exist_ok=True)
            result = build_package_isolated(case, case_dir, target, options, progress, token)
            # Remember what the package held (sha256 of the originals): "Add evidence" leaves those files out.
            held, _unreadable = hash_attachments([case.attachments[i] for i in result.included], case_dir)
            self._held = sent_package(result.path, self.context.clock().isoformat(timespec="seconds"), held)
            return result

        self.result = None
        self.task = workers.start(work, self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_built)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(lambda: self.outcome.setText(self.tr("Cancelled: no package was written.")))
        self.task.ended.connect(self._on_ended)
        self.progress.setRange(0, 0)
        self.outcome.setText(self.tr("Removing secrets, compressing and checking every file\u2026"))
        self._set_busy(True)
        return self.task

    def cancel(self) -> None:
        """Stop building; no package file is left behind."""
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))

    def _on_built(self, result: PackResult) -> None:
        from care_desktop.services.evidence import human_size

        self.result = result
        if self._held is not None:
            self.draft.sent_packages.append(self._held)
            self._held = None
            self.edited.emit()  # saved with the draft
        redactions = int(result.manifest.get("redaction", {}).get("total", 0))
        self.outcome.setText(
            fill(
                self.tr("<b>Package ready:</b> %1 (%2). %n values were removed.", "", redactions),
                str(result.path),
                human_size(result.size),
            )
            + "".join(f"<br>\u26a0 {escape(line)}" for line in self._not_redacted_lines(result.manifest))
            + "<br>"
            + self.tr("Next: open a case in My Support, paste the case text, save it, then upload this package.")
        )

    def _not_redacted_lines(self, manifest: dict[str, Any]) -> list[str]:
        """Say what the package left out because it cannot be redacted, and what went as is on purpose."""
        from care_desktop.services.redaction.session import NOTE_BINARY

        excluded, attached = manifest.get("excluded"), manifest.get("attachments")
        left_out = [
            str(e.get("source")) for e in excluded or [] if isinstance(e, dict) and e.get("reason") == NOTE_BINARY
        ]
        as_is = [str(a.get("member")) for a in attached or [] if isinstance(a, dict) and a.get("sent_unredacted")]
        lines = []
        if left_out:
            lines.append(fill(self.tr("Not in the package (cannot be redacted): %1."), ", ".join(left_out)))
        if as_is:
            lines.append(fill(self.tr("Sent as is on purpose, not redacted: %1."), ", ".join(as_is)))
        return lines

    def _on_failed(self, reason: str) -> None:
        self.outcome.setText(fill(self.tr("No package was written: %1"), reason))

    def _on_ended(self) -> None:
        self.task = None
        self._set_busy(False)
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (self.build_button, self.change_folder, self.folder, self.include_system):
            widget.setEnabled(not busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Not while building."""
        return self.task is None and super().isComplete()

    # -- after building ----------------------------------------------------------------------------------

    def show_folder(self) -> None:
        """Open the folder holding the package in the file manager."""
        if self.result is not None:
            self.context.dialogs.open_url(self, str(self.result.path.parent), self.tr("the folder"))

    def copy_case_text(self) -> None:
        """Put the packaged case text on the clipboard."""
        if self.result is not None:
            QGuiApplication.clipboard().setText(self.result.plain_text)  # plain text for the portal
            self.outcome.setText(self.outcome.text() + "<br>" + self.tr("The case text is on the clipboard."))

    def open_portal(self) -> None:
        """Open the My Support login for the organization's region (core and satellite, or FedRAMP)."""
        from care_desktop.ui.portal import portal_url

        self.context.dialogs.open_url(
            self, portal_url(self.context, self.draft.case.org.region), self.tr("the web page")
        )
