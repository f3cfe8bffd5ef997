"""Screenshots for a case: capture (screen, window, region), annotate and redact, save as PNG in the case folder.

The Attachments step opens :class:`ScreenshotDialog` and receives the saved file's path (or a request to
attach an existing image where the platform forbids capturing). Capturing, the region overlay, the editor and
saving are separate modules; none of them decides what becomes an attachment of the case.
"""

from care_desktop.ui.screenshots.capture import CaptureMode, CaptureRequest, ScreenCapture
from care_desktop.ui.screenshots.dialog import ScreenshotDialog, ScreenshotResult
from care_desktop.ui.screenshots.editor import ScreenshotEditor
from care_desktop.ui.screenshots.grabbing import CaptureFailure, FailureReason

__all__ = [
    "CaptureFailure",
    "CaptureMode",
    "CaptureRequest",
    "FailureReason",
    "ScreenCapture",
    "ScreenshotDialog",
    "ScreenshotEditor",
    "ScreenshotResult",
]
