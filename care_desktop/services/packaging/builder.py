"""Building the case package: ``CASE.md``, ``case.json``, the redacted attachments, system facts, the manifest.

``build_package`` checks the inputs first (nothing is written when an attachment is missing or the package
would overwrite an input), then writes the ZIP into an unnamed temporary file in the target's folder
(``O_TMPFILE`` on Linux, a hidden ``.NAME.*.part`` file elsewhere) that is linked in under its name only when
complete and synced: a cancelled, failed or killed build leaves no package and, on Linux, no partial file
either. Attachments are redacted, compressed and hashed as they are read (``zip_writer``); images are stored,
everything else deflated. The case's own text is cleaned of secrets too (a token pasted into the
description), but keeps personal data: Customer Care needs the contact's e-mail and phone number. The
conversation check's files among the attachments (``services.platform.conversation_evidence``) add the
conversations table and the failed calls' correlation IDs to ``CASE.md``.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import os
import secrets
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Final

from care_desktop import __version__
from care_desktop.domain.case.json_format import case_to_json
from care_desktop.domain.case.model import AttachmentKind, Case
from care_desktop.domain.case.text import case_markdown, case_plain_text
from care_desktop.domain.packaging.manifest import (
    CASE_JSON,
    CASE_MD,
    MANIFEST_JSON,
    SYSTEM_INFO,
    AttachmentRecord,
    Exclusion,
    ManifestInput,
    MemberRecord,
    manifest_json,
    member_name,
    packaged_case,
    shown_source,
)
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.atomic import atomic_writer
from care_desktop.services.packaging.configs_first import redact_configs_first
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.packaging.parallel_redaction import Helper, Job, copy_into, plan, redact_split, splittable
from care_desktop.services.packaging.zip_writer import MemberInfo, ZipWriter
from care_desktop.services.platform.conversation_evidence import case_text_evidence
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from care_desktop.services.redaction.review import AttachmentCheck, inspect_attachments
from care_desktop.services.redaction.session import NOTE_BINARY, FileResult, RedactionSession

EXCLUDED_BY_USER: Final = "left out by the user in the review"


class PackError(ValueError):
    """The package cannot be built from these inputs; the message is a one-line reason. Nothing was written."""


@dataclass
class PackResult:
    """A finished package.

    Attributes:
        path: The package file.
        size: Its size in bytes.
        manifest: The manifest document (as in ``manifest.json``).
        files: What redaction found in each included attachment, in package order.
        case_text: ``CASE.md`` as packaged (Markdown).
        plain_text: The same text as plain text, to paste into the portal's fields.
        included: The indexes (in ``case.attachments``) of the attachments the package holds.
    """

    path: Path
    size: int
    manifest: dict[str, Any]
    files: list[FileResult]
    case_text: str
    plain_text: str = ""
    included: tuple[int, ...] = ()


def check_package_inputs(
    case: Case, case_dir: Path, target: Path, options: PackOptions, case_file: Path | None = None
) -> list[AttachmentCheck]:
    """Check what the package will be made of, before anything is written.

    Args:
        case: The case.
        case_dir: The case file's folder (relative attachment paths start there).
        target: The package file to write.
        options: Build options.
        case_file: The case file itself, which the package must not overwrite.

    Returns:
        The attachment checks.

    Raises:
        PackError: An attachment that is not left out is missing or unreadable, or the target is an input or
            a folder, or its folder does not exist.
    """
    if target.is_dir():
        raise PackError(f"{target} is a folder; give the package's file name")
    if not target.parent.is_dir():
        raise PackError(f"the folder {target.parent} does not exist")
    checks = inspect_attachments(case.attachments, case_dir)
    inputs = [check.path for check in checks] + ([case_file] if case_file else [])
    for path in inputs:
        if _same_file(path, target):
            raise PackError(f"the package {target} would overwrite its input {path}")
    for check in checks:
        if check.problem and check.index not in options.exclude:
            raise PackError(f"attachment {check.attachment.path!r}: {check.problem}")
    return checks


def build_package(
    case: Case,
    case_dir: Path,
    target: Path,
    options: PackOptions | None = None,
    progress: Progress = no_progress,
    token: CancelToken = NEVER_CANCELLED,
    now: datetime | None = None,
    case_file: Path | None = None,
    session: RedactionSession | None = None,
) -> PackResult:
    """Redact the attachments and write the package atomically.

    Args:
        case: The case.
        case_dir: The case file's folder.
        target: The ``.zip`` to write (replaced if it exists).
        options: Build options.
        progress: ``progress(bytes_read, bytes_total)`` over the attachments.
        token: Cancels the build (raises ``CancelledError``; nothing is left behind).
        now: The package's time (default: now, local).
        case_file: The case file, which must not be overwritten.
        session: Redacts the attachments (default: a new one with ``options.redaction``).

    Returns:
        The finished package.

    Raises:
        PackError: Bad inputs (see ``check_package_inputs``); nothing was written.
        CancelledError: The token was cancelled.
        OSError: Reading an attachment or writing the package failed.
    """
    options = options or PackOptions()
    created = (now or datetime.now()).astimezone()
    checks = check_package_inputs(case, case_dir, target, options, case_file)
    session = session or RedactionSession(options.redaction)
    included = [c for c in checks if c.usable and c.index not in options.exclude]
    folder = str(case_dir.resolve())
    plain_files = [c for c in included if not c.attachment.send_unredacted]  # sent as is: never pre-redacted
    ready = redact_configs_first(session, plain_files, options.include_unsafe, token)
    unsafe = {index for index, (_, result) in ready.items() if not result.included}
    included = [c for c in included if c.index not in unsafe]
    excluded = [
        Exclusion(
            shown_source(c.attachment.path, folder),
            c.kind,
            options.exclude.get(c.index)
            or c.excluded_reason
            or c.problem
            or (ready[c.index][1].note if c.index in ready else ""),
        )
        for c in checks
        if c not in included
    ]
    names: dict[int, tuple[str, AttachmentKind]] = {}
    for check in included:
        names[check.index] = (
            member_name(check.kind, check.attachment.path, [n for n, _ in names.values()]),
            check.kind,
        )
    clean_case, case_counts = _clean_case_text(case)
    packaged = packaged_case(clean_case, names)
    checked, failed_calls = case_text_evidence(check.path for check in included)
    # Files left out because they cannot be redacted are named in the case text (never silently dropped).
    left_out = [item.source for item in excluded if item.reason == NOTE_BINARY]
    prepared_at = created.isoformat(timespec="seconds")
    markdown, plain = (
        render(
            packaged,
            tool_version=__version__,
            prepared_at=prepared_at,
            first_response=options.first_response,
            checked=checked,
            failed_calls=failed_calls,
            left_out=left_out,
        )
        for render in (case_markdown, case_plain_text)
    )
    total = sum(check.size for check in included)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress(done, total)

    members: list[MemberInfo] = []
    records: list[AttachmentRecord] = []
    files: list[FileResult] = []
    as_is = {check.index for check in included if check.attachment.send_unredacted}
    jobs = [
        Job(check.index, check.path, check.kind, check.size)
        for check in included
        if check.index not in as_is and check.index not in ready
    ]
    helped = plan(jobs, options.redaction, lambda job: splittable(session, job))
    helper = Helper(helped, options.redaction, advance) if helped else None
    tails = {job.index: job for job in helped if job.edge}
    drain = helper.drain if helper is not None else (lambda: None)

    def advance_and_drain(count: int) -> None:
        advance(count)
        drain()

    with _package_file(target) as handle:
        archive = ZipWriter(handle, created.replace(tzinfo=None), options.level, options.force_zip64)
        try:
            members.append(archive.write_member(CASE_MD, markdown.encode("utf-8")))
            case_json = json.dumps(case_to_json(packaged), indent=2, ensure_ascii=False) + "\n"
            members.append(archive.write_member(CASE_JSON, case_json.encode("utf-8")))
            for check in included:
                name, kind = names[check.index]
                writer = archive.member(name, kind is not AttachmentKind.SCREENSHOT, check.size)
                if check.index in ready:
                    data, result = ready[check.index]
                    writer.write(data)
                    advance_and_drain(result.size)
                elif helper is not None and check.index in tails:
                    result = redact_split(session, tails[check.index], helper, writer, advance_and_drain, token)
                elif helper is not None and any(job.index == check.index for job in helped):
                    redacted, result = helper.take(check.index, token)
                    copy_into(redacted, writer, token, drain)
                else:
                    as_chosen = check.index in as_is
                    result = session.redact(check.path, kind, writer, advance_and_drain, token, as_is=as_chosen)
                members.append(writer.close())
                files.append(result)
                records.append(
                    AttachmentRecord(
                        shown_source(check.attachment.path, folder),
                        name,
                        result.kind,
                        result.size,
                        result.redacted,
                        dict(result.report.counts),
                        result.note,
                        sent_unredacted=check.index in as_is,
                    )
                )
            if options.system_info is not None:
                facts = json.dumps(dict(options.system_info), indent=2, ensure_ascii=False) + "\n"
                members.append(archive.write_member(SYSTEM_INFO, facts.encode("utf-8")))
            token.check()
            manifest = manifest_json(
                ManifestInput(
                    __version__,
                    created,
                    options.redaction,
                    [MemberRecord(m.name, m.size, m.sha256, m.deflated) for m in members],
                    records,
                    excluded,
                    case_counts,
                )
            )
            archive.write_member(MANIFEST_JSON, (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode())
            archive.close()
        finally:
            archive.shutdown()
            if helper is not None:
                helper.close()
    indexes = tuple(check.index for check in included)
    return PackResult(target, target.stat().st_size, manifest, files, markdown, plain, indexes)


def _clean_case_text(case: Case) -> tuple[Case, dict[str, int]]:
    """Remove secrets (not personal data, not the user's terms) from the case's own text."""
    report = RedactionReport()
    redactor = TextRedactor(RedactionOptions(), report)
    cleaned = copy.deepcopy(case)
    _clean_strings(cleaned, redactor, "case")
    return (cleaned, dict(report.counts)) if report.counts else (case, {})


def _clean_strings(node: Any, redactor: TextRedactor, path: str) -> None:
    for item in dataclasses.fields(node):
        value = getattr(node, item.name)
        if isinstance(value, str):
            setattr(node, item.name, redactor.redact_value(value, f"{path}.{item.name}"))
        elif dataclasses.is_dataclass(value):
            _clean_strings(value, redactor, f"{path}.{item.name}")
        elif isinstance(value, list):
            for index, element in enumerate(value):
                if dataclasses.is_dataclass(element):
                    _clean_strings(element, redactor, f"{path}.{item.name}[{index}]")


def _same_file(path: Path, target: Path) -> bool:
    try:
        return path.resolve() == target.resolve() or (target.exists() and os.path.samefile(path, target))
    except OSError:
        return False


@contextlib.contextmanager
def _package_file(target: Path) -> Iterator[BinaryIO]:
    """A seekable file that becomes ``target`` only if the block completes; otherwise nothing is left."""
    flag = getattr(os, "O_TMPFILE", 0)
    fd = -1
    if flag and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # a file system without unnamed temporary files
            fd = os.open(target.parent, flag | os.O_RDWR, 0o666)
    if fd < 0:
        with atomic_writer(target) as handle:
            yield handle
        return
    with os.fdopen(fd, "w+b") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            # A dir_fd makes os.link use linkat() with AT_SYMLINK_FOLLOW, which links the unnamed file itself.
            temporary = f".{target.name}.{secrets.token_hex(4)}.part"
            os.link(f"/proc/self/fd/{handle.fileno()}", temporary, dst_dir_fd=folder, follow_symlinks=True)
            try:
                os.replace(temporary, target.name, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                os.unlink(temporary, dir_fd=folder)
                raise
            os.fsync(folder)
        finally:
            os.close(folder)
