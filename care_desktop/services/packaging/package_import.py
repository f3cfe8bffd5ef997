"""Import a case package (the ``.zip`` Care Desktop builds): its ``case.json`` and its attachments.

The package's ``case.json`` names each attachment by its member (``attachments/<kind>/<name>``). Those members
are extracted into a folder of their own under the user's data (never outside it: member names are checked),
and the case points at the extracted copies. The attachments in a package are already redacted. Anything that
is not a Care Desktop package is refused with a clear reason (``CaseFileError``), never another exception.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path, PurePosixPath
from typing import Final

from care_desktop.domain.case.json_format import case_from_json
from care_desktop.domain.case.model import Case
from care_desktop.domain.json_input import loads
from care_desktop.domain.messages import Problem
from care_desktop.services.packaging.case_export import MAX_CASE_FILE_BYTES, CaseFileError

PACKAGE_CASE_JSON: Final = "case.json"
ATTACHMENTS_PREFIX: Final = "attachments/"
MAX_EXTRACTED_BYTES: Final = 4 * 1024 * 1024 * 1024


def _safe_member(name: str) -> PurePosixPath | None:
    path = PurePosixPath(name)
    if not name.startswith(ATTACHMENTS_PREFIX) or path.is_absolute() or ".." in path.parts or "\\" in name:
        return None
    return path


def read_package(path: Path, into: Path) -> tuple[Case, list[Problem], int]:
    """Read a case package and extract the attachments its ``case.json`` names.

    Args:
        path: The ``.zip``.
        into: A new folder for the extracted attachments (created when anything is extracted).

    Returns:
        The case (its attachments pointing at the extracted files), its problems, and how many files were
        extracted.

    Raises:
        CaseFileError: Not a readable zip, no ``case.json``, or a ``case.json`` that is not a case file.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise CaseFileError(f"{path.name} is not a case package (a .zip built by Care Desktop): {error}") from error
    with archive:
        members = {info.filename: info for info in archive.infolist()}
        info = members.get(PACKAGE_CASE_JSON)
        if info is None:
            raise CaseFileError(f"{path.name} holds no {PACKAGE_CASE_JSON}: it is not a Care Desktop case package")
        if info.file_size > MAX_CASE_FILE_BYTES:
            raise CaseFileError(f"the {PACKAGE_CASE_JSON} of {path.name} is too large ({info.file_size} bytes)")
        try:
            data = loads(archive.read(info).decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, zipfile.BadZipFile) as error:
            raise CaseFileError(f"the {PACKAGE_CASE_JSON} of {path.name} cannot be read: {error}") from error
        extracted = 0
        budget = MAX_EXTRACTED_BYTES
        for item in data.get("attachments") or [] if isinstance(data, dict) else []:
            name = item.get("path") if isinstance(item, dict) else None
            member = _safe_member(name) if isinstance(name, str) else None
            if member is None or str(member) not in members or members[str(member)].file_size > budget:
                continue
            target = into.joinpath(*member.parts[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(members[str(member)]) as source, target.open("xb") as sink:
                shutil.copyfileobj(source, sink)
            budget -= members[str(member)].file_size
            item["path"] = str(target)
            extracted += 1
    case, problems = case_from_json(data)
    return case, problems, extracted
