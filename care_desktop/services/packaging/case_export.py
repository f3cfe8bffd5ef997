"""Case files on disk: export ``CASE.md`` and ``CASE.json``, and read a ``CASE.json`` back.

Writes are atomic. Reading refuses what is not a case file with a clear reason instead of raising
anything else: a missing or unreadable file, a folder, something huge, binary or non-UTF-8 data, malformed
JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from care_desktop.domain.case.json_format import case_from_json, case_to_json
from care_desktop.domain.case.model import Case
from care_desktop.domain.json_input import loads
from care_desktop.domain.messages import Problem
from care_desktop.services.atomic import write_text_atomic

CASE_MD: Final = "CASE.md"
CASE_JSON: Final = "CASE.json"
MAX_CASE_FILE_BYTES: Final = 16 * 1024 * 1024


class CaseFileError(ValueError):
    """The file cannot be read as a case file; the message says why."""


def case_json_text(case: Case) -> str:
    """Serialize a case as the text of ``CASE.json``."""
    return json.dumps(case_to_json(case), indent=2, ensure_ascii=False) + "\n"


def export_case(folder: Path, case: Case, markdown: str) -> tuple[Path, Path]:
    """Write ``CASE.md`` and ``CASE.json`` into ``folder``, each atomically.

    Args:
        folder: An existing folder.
        case: The case.
        markdown: The case text (``domain.casetext.case_markdown``).

    Returns:
        The paths of ``CASE.md`` and ``CASE.json``.
    """
    md_path = folder / CASE_MD
    json_path = folder / CASE_JSON
    write_text_atomic(md_path, markdown)
    write_text_atomic(json_path, case_json_text(case))
    return md_path, json_path


def read_case_file(path: Path) -> tuple[Case, list[Problem]]:
    """Read and validate a case file.

    Args:
        path: The ``CASE.json`` to read.

    Returns:
        The case and its problems (see ``domain.casefile.case_from_json``).

    Raises:
        CaseFileError: When the file cannot be read or is not JSON.
    """
    try:
        if path.is_dir():
            raise CaseFileError(f"{path} is a folder, not a case file")
        size = path.stat().st_size
        if size > MAX_CASE_FILE_BYTES:
            raise CaseFileError(f"{path} is too large for a case file ({size} bytes)")
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise CaseFileError(f"{path} does not exist") from error
    except OSError as error:
        raise CaseFileError(f"cannot read {path}: {error.strerror or error}") from error
    if b"\x00" in raw:
        raise CaseFileError(f"{path} is a binary file, not a case file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaseFileError(f"{path} is not UTF-8 text (byte {error.start})") from error
    try:
        data = loads(text)
    except json.JSONDecodeError as error:
        raise CaseFileError(f"{path} is not valid JSON: {error.msg} at line {error.lineno}") from error
    return case_from_json(data)
