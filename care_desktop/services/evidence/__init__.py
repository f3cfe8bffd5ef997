"""Evidence files for a case: what they are, what they show, and getting them safely into the case folder.

The Attachments page uses this package through the names below (all paths in, dataclasses out, problems as
``Note``s, never exceptions; long work takes ``progress`` and a ``CancelToken``):

- ``inspect_file``: kind (from content), size, preview (text head/tail, HAR summary, image size) and notes;
- ``detect_kind``: the kind alone, from the first 64 KB;
- ``import_file`` / ``remove_stored``: copy into ``AppPaths.case_dir(draft_id)`` (atomic, SHA-256) and delete;
- ``trim_log``: a copy of a text log cut to a window around the incident time;
- ``package_notes``: the warning when all included attachments together exceed the upload limit.

Nothing here imports Qt; the UI renders image thumbnails itself.
"""

from care_desktop.services.evidence.har import HarFormatError, HarSummary, HostCount, summarize_har
from care_desktop.services.evidence.images import ImageInfo
from care_desktop.services.evidence.importer import StoredFile, StoreOutcome, import_file, remove_stored
from care_desktop.services.evidence.inspection import Inspection, Preview, detect_kind, inspect_file
from care_desktop.services.evidence.notes import (
    LARGE_FILE_BYTES,
    Code,
    Level,
    Note,
    human_size,
    package_notes,
)
from care_desktop.services.evidence.probe import EvidenceError
from care_desktop.services.evidence.textpreview import TextPreview
from care_desktop.services.evidence.trim import DEFAULT_AFTER, DEFAULT_BEFORE, TrimOutcome, TrimResult, trim_log

HELP_TOPICS = ("evidence_chrome_edge", "evidence_firefox", "evidence_desktop_app")
"""Help pages (``services.resources.help_text(topic)``) on how to save console logs, HAR files and app logs."""

__all__ = [
    "DEFAULT_AFTER",
    "DEFAULT_BEFORE",
    "HELP_TOPICS",
    "LARGE_FILE_BYTES",
    "Code",
    "EvidenceError",
    "HarFormatError",
    "HarSummary",
    "HostCount",
    "ImageInfo",
    "Inspection",
    "Level",
    "Note",
    "Preview",
    "StoreOutcome",
    "StoredFile",
    "TextPreview",
    "TrimOutcome",
    "TrimResult",
    "detect_kind",
    "human_size",
    "import_file",
    "inspect_file",
    "package_notes",
    "remove_stored",
    "summarize_har",
    "trim_log",
]
