"""A file that cannot be redacted: left out and said so, or sent as is on purpose and recorded in the manifest."""

from __future__ import annotations

import json
import zipfile

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.case.organization import Organization
from care_desktop.services.packaging.builder import build_package
from care_desktop.services.redaction.review import inspect_attachments
from care_desktop.services.redaction.session import NOTE_AS_IS, NOTE_BINARY

PCAP = b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00" + bytes(range(256)) * 8  # a packet capture: binary, not redactable


def make_case(tmp_path, as_is: bool) -> Case:
    (tmp_path / "capture.pcap").write_bytes(PCAP)
    (tmp_path / "console.log").write_text("Authorization: Bearer abc.def.ghi\n", encoding="utf-8")
    return Case(
        org=Organization("acme"),
        severity=2,
        title="Calls drop",
        description="Calls drop after 30 seconds.",
        attachments=[
            Attachment("console.log", AttachmentKind.CONSOLE_LOG),
            Attachment("capture.pcap", AttachmentKind.OTHER, "SIP trace", send_unredacted=as_is),
        ],
    )


def test_a_binary_file_is_left_out_and_the_case_text_says_so(tmp_path):
    case = make_case(tmp_path, as_is=False)
    checks = inspect_attachments(case.attachments, tmp_path)
    assert checks[1].excluded_reason == NOTE_BINARY
    result = build_package(case, tmp_path, tmp_path / "package.zip")
    assert result.manifest["excluded"] == [{"source": "capture.pcap", "kind": "other", "reason": NOTE_BINARY}]
    assert "## Not in the package\n\n- capture.pcap - cannot be redacted (binary file)" in result.case_text
    assert "Not in the package:\n- capture.pcap - cannot be redacted" in result.plain_text
    with zipfile.ZipFile(result.path) as archive:
        assert not any(name.endswith("capture.pcap") for name in archive.namelist())


def test_a_file_sent_as_is_on_purpose_goes_in_unchanged_and_the_manifest_records_it(tmp_path):
    case = make_case(tmp_path, as_is=True)
    assert inspect_attachments(case.attachments, tmp_path)[1].usable
    result = build_package(case, tmp_path, tmp_path / "package.zip")
    records = {item["source"]: item for item in result.manifest["attachments"]}
    assert records["capture.pcap"]["sent_unredacted"] is True
    assert records["capture.pcap"]["redacted"] is False
    assert records["capture.pcap"]["note"] == NOTE_AS_IS
    assert records["console.log"]["sent_unredacted"] is False
    assert result.manifest["excluded"] == []
    with zipfile.ZipFile(result.path) as archive:
        assert archive.read("attachments/other/capture.pcap") == PCAP  # byte for byte
        assert b"abc.def.ghi" not in archive.read("attachments/console_log/console.log")  # the rest is redacted
        packaged = json.loads(archive.read("case.json"))
    assert packaged["attachments"][1]["send_unredacted"] is True
    assert "capture.pcap (sent as is on purpose: not redacted)" in result.case_text
    assert "Not in the package" not in result.case_text
