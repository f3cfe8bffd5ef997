"""The options of a package build: a small record, so that deciding a package (``plan.py``) does not load the engine.

Imports nothing of Qt and none of the redaction engine (``builder.py`` does).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from care_desktop.domain.redaction.rules import RedactionOptions


@dataclass(frozen=True)
class PackOptions:
    """How to build the package.

    Attributes:
        redaction: What to remove besides secrets.
        exclude: Attachments to leave out (by index in ``case.attachments``) with the reason to record.
        system_info: System facts to include as ``system/system-info.json``, or None.
        level: Deflate level (zlib-ng). Level 4 of zlib-ng gives packages no larger than ``zip -6`` (measured
            on console logs and HAR files: 2 % smaller and 0.3 % larger) at less CPU than its level 6.
        force_zip64: Write ZIP64 fields even for small members (tests).
        first_response: The "First response due" text for ``CASE.md`` (the UI computes it), or empty.
        include_unsafe: Attachments (by index) to package even if they cannot be redacted safely (the user
            chose so in the review); they are then redacted line by line with the text rules.
    """

    redaction: RedactionOptions = field(default_factory=RedactionOptions)
    exclude: Mapping[int, str] = field(default_factory=dict)
    system_info: Mapping[str, Any] | None = None
    level: int = 4
    force_zip64: bool = False
    first_response: str = ""
    include_unsafe: frozenset[int] = frozenset()
