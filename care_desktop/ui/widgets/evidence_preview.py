"""The preview of one attachment: an image thumbnail, the first and last lines of a text, a HAR's summary."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from care_desktop.services.evidence import HarSummary, ImageInfo, Inspection, Level, TextPreview, human_size
from care_desktop.ui.i18n import fill, on_language_change, tr_message

THUMBNAIL = QSize(360, 240)


def thumbnail(path: Path, box: QSize = THUMBNAIL) -> QPixmap:
    """Read an image scaled to fit ``box`` (a large screenshot is decoded at the small size directly)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class EvidencePreview(QWidget):
    """Shows what a file is and a glimpse of what it holds.

    Args:
        parent: Owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.image)
        layout.addWidget(self.text, 100)
        layout.addStretch(1)  # keeps the summary at the top when there is no text to show
        self._inspection: Inspection | None = None
        self._stored: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.text.setAccessibleName(self.tr("Preview of the file's first and last lines"))
        self.text.setAccessibleDescription(self.tr("Shows the start and end of the selected file, read-only."))
        self.image.setAccessibleName(self.tr("Thumbnail of the image"))
        self.show_inspection(self._inspection, self._stored)

    def show_inspection(self, inspection: Inspection | None, stored: Path | None = None) -> None:
        """Show an inspection (None: nothing selected).

        Args:
            inspection: What the file is.
            stored: The stored copy, for the image thumbnail.
        """
        self._inspection, self._stored = inspection, stored
        self.image.clear()
        self.image.setVisible(False)
        self.text.clear()
        self.text.setVisible(False)
        if inspection is None:
            self.summary.setText(self.tr("Select a file to see what it holds."))
            return
        lines = [f"<b>{escape(inspection.name)}</b>"]
        if inspection.size is not None:
            lines.append(escape(human_size(inspection.size)))
        preview = inspection.preview
        if isinstance(preview, HarSummary):
            lines.append(self._har_text(preview))
        elif isinstance(preview, ImageInfo):
            lines.append(
                fill(
                    self.tr("Image %1 \u00d7 %2 (%3)"), str(preview.width), str(preview.height), escape(preview.format)
                )
            )
            pixmap = thumbnail(stored or inspection.path)
            if not pixmap.isNull():
                self.image.setPixmap(pixmap)
                self.image.setVisible(True)
        elif isinstance(preview, TextPreview):
            self._show_text(preview)
        for note in inspection.notes:
            marker = {Level.ERROR: "\u2716", Level.WARNING: "\u26a0"}.get(note.level, "\u2139")
            lines.append(f"{marker} {escape(tr_message(note.message))}")
        self.summary.setText("<br>".join(lines))

    def _har_text(self, har: HarSummary) -> str:
        parts = [
            fill(self.tr("HAR %1 from %2"), escape(har.har_version), escape(har.producer)),
            fill(self.tr("%1, %2"), self.tr("%n pages", "", har.pages), self.tr("%n requests", "", har.entries)),
        ]
        if har.first_started is not None and har.last_started is not None:
            parts.append(
                fill(
                    self.tr("From %1 to %2"),
                    har.first_started.isoformat(timespec="seconds"),
                    har.last_started.isoformat(timespec="seconds"),
                )
            )
        if har.hosts:
            hosts = ", ".join(f"{escape(host.host)} ({host.entries})" for host in har.hosts[:6])
            more = len(har.hosts) - 6
            parts.append(fill(self.tr("Hosts: %1"), hosts) + (f" \u2026 (+{more})" if more > 0 else ""))
        return "<br>".join(parts)

    def _show_text(self, preview: TextPreview) -> None:
        head = "\n".join(preview.head)
        if preview.whole_file:
            body = head
        else:
            if preview.omitted_lines is None:
                gap = self.tr("\u2026 (lines not shown) \u2026")
            else:
                gap = self.tr("\u2026 %n more lines \u2026", "", preview.omitted_lines)
            body = f"{head}\n{gap}\n" + "\n".join(preview.tail)
        self.text.setPlainText(body)
        self.text.setVisible(True)
