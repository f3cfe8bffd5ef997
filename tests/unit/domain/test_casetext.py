import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case, ConversationRef, Details
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.case.text import case_fields, case_markdown, case_plain_text, severity_label

ORG_ID = "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"
CONV_A = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CONV_B = "11111111-2222-3333-4444-555555555555"


def sample_case() -> Case:
    return Case(
        org=Organization(" acme ", ORG_ID, "mypurecloud.com"),
        contact=Contact("Ada Lovelace", "ada@example.com", "+1 317 555 0100", True),
        severity=2,
        severity_rationale="",
        title="  Inbound calls drop  ",
        description="Inbound calls on the Sales queue drop after 30 seconds.\n",
        business_impact="About 40 calls an hour are lost.",
        occurred_at="2026-03-02T09:15:00-05:00",
        conversations=[ConversationRef(CONV_A, " first drop ", "09:15"), ConversationRef(CONV_B)],
        details=Details(frequency="every call", steps_to_reproduce="1. Call the Sales number\n2. Wait 30 seconds"),
        attachments=[
            Attachment("logs/console.log", AttachmentKind.CONSOLE_LOG, "browser console"),
            Attachment("session.har", AttachmentKind.HAR),
        ],
        related_case="0007",
    )


EXPECTED_MARKDOWN = """\
# Inbound calls drop

**Severity:** High (Severity 2)

**Original case:** 0007

## Organization

- Short name: acme
- Organization ID: 9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70
- Region: mypurecloud.com

## Contact

- Ada Lovelace
- ada@example.com
- Callback: +1 317 555 0100
- Available at all times while the case is worked.

## Description

Inbound calls on the Sales queue drop after 30 seconds.

When: 2026-03-02T09:15:00-05:00
How often: every call

Steps to reproduce:
1. Call the Sales number
2. Wait 30 seconds

## Business impact

About 40 calls an hour are lost.

## Conversation IDs

- 4709b21d-bc22-418a-8c6d-4ededb31bd39 (09:15 - first drop)
- 11111111-2222-3333-4444-555555555555

**First response due:** Monday 2 March 2026, 10:15 EST

## Attachments

- Console log: attachments/console_log/console.log - browser console
- HAR file: attachments/har/session.har

---
Prepared with Care Desktop 0.1.0 on 2026-03-02T15:00:00+00:00.
"""


def test_fields_in_the_portal_order_with_english_labels():
    assert [(f.key, f.label) for f in case_fields(Case())] == [
        ("title", "Subject"),
        ("severity", "Severity"),
        ("case_number", "Case number"),
        ("related_case", "Original case"),
        ("organization", "Organization"),
        ("contact", "Contact"),
        ("description", "Description"),
        ("business_impact", "Business impact"),
        ("status_incident", "Related status incident"),
        ("conversation_ids", "Conversation IDs"),
        ("first_response", "First response due"),
        ("severity_rationale", "Why this severity"),
        ("attachments", "Attachments"),
        ("left_out", "Not in the package"),
    ]


def test_field_texts():
    texts = {f.key: f.text for f in case_fields(sample_case(), "tomorrow 09:00")}
    assert texts["title"] == "Inbound calls drop"
    assert texts["severity"] == "High (Severity 2)"
    assert texts["case_number"] == ""
    assert texts["organization"] == (
        "Short name: acme\nOrganization ID: 9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70\nRegion: mypurecloud.com"
    )
    assert texts["contact"] == (
        "Ada Lovelace\nada@example.com\nCallback: +1 317 555 0100\nAvailable at all times while the case is worked."
    )
    assert texts["conversation_ids"] == (
        "4709b21d-bc22-418a-8c6d-4ededb31bd39 (09:15 - first drop)\n11111111-2222-3333-4444-555555555555"
    )
    assert texts["first_response"] == "tomorrow 09:00"
    assert texts["attachments"] == (
        "Console log: attachments/console_log/console.log - browser console\nHAR file: attachments/har/session.har"
    )


def test_description_includes_the_details_in_order():
    case = Case(
        description="Calls drop.",
        occurred_at="2026-03-02T09:15",
        details=Details("hourly", "Sales, Dublin site", "Call in", "Rebooted the phones"),
    )
    description = next(f.text for f in case_fields(case) if f.key == "description")
    assert description == (
        "Calls drop.\n\n"
        "When: 2026-03-02T09:15\nHow often: hourly\nWho and where is affected: Sales, Dublin site\n\n"
        "Steps to reproduce:\nCall in\n\n"
        "Already tried:\nRebooted the phones"
    )


def test_no_conversation_reason_replaces_the_ids():
    case = Case(no_conversation_reason=" The problem is in the admin UI. ")
    text = next(f.text for f in case_fields(case) if f.key == "conversation_ids")
    assert text == "None applies: The problem is in the admin UI."
    case.conversations = [ConversationRef(CONV_A)]
    text = next(f.text for f in case_fields(case) if f.key == "conversation_ids")
    assert text == CONV_A


@pytest.mark.parametrize(
    ("level", "label"),
    [
        (1, "Critical (Severity 1)"),
        (2, "High (Severity 2)"),
        (3, "Medium (Severity 3)"),
        (4, "Low (Severity 4)"),
        (None, "not chosen"),
        (5, "not chosen"),
    ],
)
def test_severity_label(level, label):
    assert severity_label(level) == label


def test_markdown_of_a_full_case():
    markdown = case_markdown(
        sample_case(),
        tool_version="0.1.0",
        prepared_at="2026-03-02T15:00:00+00:00",
        first_response="Monday 2 March 2026, 10:15 EST",
    )
    assert markdown == EXPECTED_MARKDOWN


def test_markdown_skips_empty_fields():
    markdown = case_markdown(Case(), tool_version="1.2.3", prepared_at="2026-01-01T00:00:00+00:00")
    assert markdown == (
        "# (no subject)\n"
        "\n"
        "**Severity:** not chosen\n"
        "\n"
        "## Organization\n"
        "\n"
        "- Region: mypurecloud.com\n"
        "\n"
        "---\n"
        "Prepared with Care Desktop 1.2.3 on 2026-01-01T00:00:00+00:00.\n"
    )


def test_markdown_shows_case_number_and_rationale_as_prose():
    case = Case(severity=1, title="Outage", case_number=" 0001234 ", severity_rationale="No agent can log in.")
    markdown = case_markdown(case, tool_version="0.1.0", prepared_at="now")
    assert "**Severity:** Critical (Severity 1)\n" in markdown
    assert "**Case number:** 0001234\n" in markdown
    assert "## Why this severity\n\nNo agent can log in.\n" in markdown
    assert "Description" not in markdown
    assert "Business impact" not in markdown
    assert "Attachments" not in markdown
    assert markdown.endswith("---\nPrepared with Care Desktop 0.1.0 on now.\n")


def test_markdown_is_english_whatever_the_content():
    case = Case(title="通話が切れる", description="着信が30秒後に切れます。")
    markdown = case_markdown(case, tool_version="0.1.0", prepared_at="now")
    assert markdown.startswith("# 通話が切れる\n\n**Severity:** not chosen\n")
    assert "## Description\n\n着信が30秒後に切れます。\n" in markdown


def test_the_portal_text_is_plain_and_names_attachments_without_local_paths():
    case = sample_case()
    case.attachments = [
        Attachment("/home/dana.whitfield/Desktop/console.log", AttachmentKind.CONSOLE_LOG),
        Attachment("C:\\Users\\dana.whitfield\\Downloads\\session.har", AttachmentKind.HAR),
        Attachment("/home/dana.whitfield/other/console.log", AttachmentKind.CONSOLE_LOG, "second one"),
        Attachment("/home/dana.whitfield/kept-aside.png", AttachmentKind.SCREENSHOT, included=False),
    ]
    text = case_plain_text(case, tool_version="0.1.0", prepared_at="2026-03-02T15:00:00+00:00")
    assert "#" not in text.replace("#/", "")
    assert "**" not in text
    assert text.startswith("Subject: ")
    assert "dana.whitfield" not in text
    assert "/home" not in text
    assert "Users" not in text
    assert (
        "Attachments:\n- Console log: attachments/console_log/console.log\n- HAR file: attachments/har/session.har\n"
        "- Console log: attachments/console_log/console-2.log - second one\n"
    ) in text
    assert "kept-aside" not in text  # kept aside: not in the package, not in the text


def test_a_binary_file_left_out_is_said_and_one_sent_as_is_is_marked():
    case = sample_case()
    case.attachments = [
        Attachment("/home/dana/capture.pcap", AttachmentKind.OTHER),  # cannot be redacted: left out
        Attachment("/home/dana/call.wav", AttachmentKind.OTHER, send_unredacted=True),  # on purpose
        Attachment("/home/dana/aside.bin", AttachmentKind.OTHER, included=False),  # kept aside by the user
    ]
    texts = {f.key: f.text for f in case_fields(case)}
    assert texts["attachments"] == "Other file: attachments/other/call.wav (sent as is on purpose: not redacted)"
    assert texts["left_out"] == "capture.pcap - cannot be redacted (binary file), so it is not in the package"
    markdown = case_markdown(case, tool_version="0", prepared_at="now")
    assert "## Not in the package\n\n- capture.pcap - cannot be redacted" in markdown
