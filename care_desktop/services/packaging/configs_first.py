"""Configuration attachments redacted before the package is opened, so that an unsafe one is left out cleanly.

A configuration file is redacted by its format's parser and its redacted copy parsed again
(``services.redaction.configfile``); when the copy would not read the way the original does, the file must
not go into the package unless the user included it on purpose. Redacting these (small) files first, into
memory, lets the package builder know which files it holds before it writes ``CASE.md`` and opens the archive.
Only reads the attachments.
"""

from __future__ import annotations

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.services.progress import CancelToken
from care_desktop.services.redaction.configfile import MAX_STRUCTURED
from care_desktop.services.redaction.review import AttachmentCheck
from care_desktop.services.redaction.session import FileResult, RedactionSession


class _Buffer:
    """An output held in memory."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes, /) -> int:
        self.data += data
        return len(data)

    def restart(self) -> None:
        self.data.clear()


def redact_configs_first(
    session: RedactionSession, checks: list[AttachmentCheck], allowed: frozenset[int], token: CancelToken
) -> dict[int, tuple[bytes, FileResult]]:
    """Redact the configuration files among ``checks`` into memory.

    Args:
        session: The package's redaction session.
        checks: The attachments that go into the package (files sent as is excluded).
        allowed: Indexes of the files the user includes on purpose even if they cannot be redacted safely.
        token: Cancels the work.

    Returns:
        Per attachment index, the redacted bytes and the result (``result.included`` is False for a file
        that could not be redacted safely and was not allowed).
    """
    ready = {}
    for check in checks:
        if check.kind is AttachmentKind.CONFIG and check.size <= MAX_STRUCTURED:
            buffer = _Buffer()
            result = session.redact(check.path, check.kind, buffer, None, token, allow_unsafe=check.index in allowed)
            ready[check.index] = (bytes(buffer.data), result)
    return ready
