"""The review's scan of a case's attachments: per file and rule counts, previews, live sessions, problems."""

import os
import shutil

import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.progress import CancelledError, CancelToken
from care_desktop.services.redaction.review import inspect_attachments, scan_attachments
from tests.conftest import DATA, REALWORLD


@pytest.fixture
def folder(tmp_path):
    shutil.copy(REALWORLD / "har" / "mitmproxy_chrome.har", tmp_path / "chrome.har")
    shutil.copy(DATA / "redaction" / "console.log", tmp_path / "console.log")
    (tmp_path / "notes.txt").write_text("plain text, nothing secret\n", encoding="utf-8")
    (tmp_path / "fake.png").write_text("password=hunter22\n", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00\x00binary")
    return tmp_path


ATTACHMENTS = [
    Attachment("chrome.har", AttachmentKind.HAR),
    Attachment("console.log", AttachmentKind.CONSOLE_LOG),
    Attachment("notes.txt", AttachmentKind.OTHER),
    Attachment("fake.png", AttachmentKind.SCREENSHOT),
    Attachment("data.bin", AttachmentKind.OTHER),
    Attachment("gone.log", AttachmentKind.CONSOLE_LOG),
]


def test_inspect_resolves_sniffs_and_reports_problems(folder):
    checks = inspect_attachments(ATTACHMENTS, folder)
    assert [c.kind for c in checks] == [
        AttachmentKind.HAR,
        AttachmentKind.CONSOLE_LOG,
        AttachmentKind.CONSOLE_LOG,
        AttachmentKind.CONFIG,
        AttachmentKind.OTHER,
        AttachmentKind.CONSOLE_LOG,
    ]  # fmt: skip  (the "screenshot" holding "password=..." is a .env file for the one classifier)
    assert [c.usable for c in checks] == [True, True, True, True, False, False]
    assert checks[4].excluded_reason.startswith("binary file")
    assert checks[5].problem == "the file does not exist"
    assert checks[0].size == (folder / "chrome.har").stat().st_size


def test_scan_counts_previews_and_flags_live_sessions(folder):
    progress = []
    reviews = scan_attachments(ATTACHMENTS, folder, RedactionOptions(), lambda d, t: progress.append((d, t)))
    har, log, notes, fake, binary, gone = reviews
    assert har.result.report.counts == {"cookie": 42}
    assert har.result.report.live_session
    assert har.result.report.preview[0].path.startswith("entries[")
    assert log.result.report.counts["bearer-token"] == 1
    assert log.result.report.preview[0].line == 3
    assert "bearerLOG1234567890abcdefXYZ" not in log.result.report.preview[0].before
    assert notes.result.report.counts == {}
    assert fake.result.report.counts == {"password": 1}  # a "screenshot" that is text is redacted
    assert binary.result is None
    assert gone.result is None
    total = sum(c.size for c in (r.check for r in reviews) if c.usable)
    assert progress[-1] == (total, total)


def test_scan_can_be_cancelled(folder):
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        scan_attachments(ATTACHMENTS, folder, token=token)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_a_problem_not_a_hang(folder):
    """Reading a pipe's first bytes would wait for a writer: the review and the package would never end."""
    os.mkfifo(folder / "console.pipe")
    (check,) = inspect_attachments([Attachment("console.pipe", AttachmentKind.CONSOLE_LOG)], folder)
    assert check.problem == "it is not a regular file (a pipe, socket or device)"
    assert not check.usable
    (review,) = scan_attachments([Attachment("console.pipe", AttachmentKind.CONSOLE_LOG)], folder)
    assert review.result is None
