from typing import Any

import pytest

from care_desktop.domain.case.json_format import case_from_json, case_to_json, parse_occurred_at
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case, ConversationRef, Details
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.messages import Problem

ORG_ID = "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"
CONV_A = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CONV_B = "11111111-2222-3333-4444-555555555555"


def full_case() -> Case:
    return Case(
        org=Organization("acme", ORG_ID, "mypurecloud.de"),
        contact=Contact("Ada Lovelace", "ada@example.com", "+49 30 1234567", True),
        severity=2,
        severity_rationale="Reports are slow for everyone.",
        title="Queue reports time out",
        description="The queue performance report times out after two minutes.",
        business_impact="Supervisors cannot staff the afternoon shift.",
        occurred_at="2026-03-02T09:15:00+01:00",
        conversations=[ConversationRef(CONV_A, "first failure", "09:15"), ConversationRef(CONV_B)],
        no_conversation_reason="",
        details=Details("every time", "all supervisors", "1. Open the report", "cleared the cache"),
        attachments=[
            Attachment("logs/console.log", AttachmentKind.CONSOLE_LOG, "browser console"),
            Attachment("/tmp/session.har", AttachmentKind.HAR),
        ],
        case_number="0001234",
        related_case="0000999",
    )


def valid_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema": "care-desktop/case@1",
        "org": {"short_name": "acme", "id": ORG_ID, "region": "mypurecloud.com"},
        "contact": {"name": "Ada", "email": "ada@example.com", "phone": "", "available_24x7": False},
        "severity": 3,
        "severity_rationale": "",
        "title": "Wallboard shows wrong numbers",
        "description": "Abandoned calls are counted twice.",
        "business_impact": "",
        "occurred_at": "",
        "conversation_ids": [],
        "attachments": [],
    }
    data.update(changes)
    return data


def summary(problems: list[Problem]) -> list[tuple[str, bool]]:
    return [(problem.field, problem.blocking) for problem in problems]


def test_round_trip_keeps_every_field():
    case = full_case()
    data = case_to_json(case)
    rebuilt, problems = case_from_json(data)
    assert problems == []
    assert rebuilt == case


def test_case_to_json_writes_the_documented_shape():
    data = case_to_json(full_case())
    assert data["schema"] == "care-desktop/case@1"
    assert data["org"] == {"short_name": "acme", "id": ORG_ID, "region": "mypurecloud.de"}
    assert data["contact"] == {
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "phone": "+49 30 1234567",
        "available_24x7": True,
    }
    assert data["severity"] == 2
    assert data["conversation_ids"] == [CONV_A, CONV_B]
    assert data["conversation_notes"] == {CONV_A: {"note": "first failure", "time": "09:15"}}
    assert data["attachments"] == [
        {"path": "logs/console.log", "kind": "console_log", "note": "browser console"},
        {"path": "/tmp/session.har", "kind": "har", "note": ""},
    ]
    assert data["details"] == {
        "frequency": "every time",
        "affected": "all supervisors",
        "steps_to_reproduce": "1. Open the report",
        "already_tried": "cleared the cache",
    }


def test_valid_minimal_file_has_no_problems():
    case, problems = case_from_json(valid_data())
    assert problems == []
    assert case.severity == 3
    assert case.title == "Wallboard shows wrong numbers"
    assert case.org.id == ORG_ID


@pytest.mark.parametrize("data", [None, [], "case", 42, [valid_data()]])
def test_not_an_object_is_blocking(data):
    case, problems = case_from_json(data)
    assert summary(problems) == [("", True)]
    assert problems[0].message.render() == "A case file must hold a JSON object."
    assert case == Case()


@pytest.mark.parametrize("schema", ["care-desktop/case@2", "", None, 1])
def test_wrong_schema_is_blocking(schema):
    _case, problems = case_from_json(valid_data(schema=schema))
    assert summary(problems) == [("schema", True)]
    assert problems[0].message.params == {"found": str(schema)}


def test_missing_schema_is_blocking():
    data = valid_data()
    del data["schema"]
    _case, problems = case_from_json(data)
    assert summary(problems) == [("schema", True)]
    assert problems[0].message.render() == 'This is not a case file of a known version (schema "None").'


def test_unknown_top_level_keys_are_advisory_and_sorted():
    _case, problems = case_from_json(valid_data(zeta=1, alpha="x"))
    assert summary(problems) == [("alpha", False), ("zeta", False)]
    assert problems[0].message.render() == "Unknown field alpha was ignored."


def test_optional_extensions_are_not_unknown():
    data = valid_data(conversation_notes={}, no_conversation_reason="", details={}, case_number="", related_case="")
    _case, problems = case_from_json(data)
    assert problems == []


@pytest.mark.parametrize(
    "org_id", ["not-an-id", "4709b21d-bc22-418a-8c6d-4ededb31bd3", "4709b21dbc22418a8c6d4ededb31bd39"]
)
def test_invalid_org_id_is_blocking(org_id):
    _case, problems = case_from_json(valid_data(org={"short_name": "acme", "id": org_id}))
    assert summary(problems) == [("org.id", True)]
    assert problems[0].message.params == {"value": org_id}


def test_org_id_is_normalized_and_region_defaults():
    case, problems = case_from_json(
        valid_data(org={"short_name": " acme ", "id": " {9F2C1A3E-5B7D-4C8E-A1F0-2B3C4D5E6F70} "})
    )
    assert problems == []
    assert case.org == Organization("acme", "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70", "mypurecloud.com")


def test_empty_org_id_is_fine():
    case, problems = case_from_json(valid_data(org={"short_name": "acme", "id": ""}))
    assert problems == []
    assert case.org.id == ""


def test_missing_severity_is_blocking():
    data = valid_data()
    del data["severity"]
    case, problems = case_from_json(data)
    assert summary(problems) == [("severity", True)]
    assert problems[0].message.render() == "No severity level is chosen."
    assert case.severity is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (5, "5"), ("2", "2"), (True, "True"), (2.0, "2.0"), (-1, "-1")],
)
def test_bad_severity_is_blocking(value, shown):
    case, problems = case_from_json(valid_data(severity=value))
    assert summary(problems) == [("severity", True)]
    assert problems[0].message.render() == f"Severity must be 1, 2, 3 or 4, not {shown}."
    assert case.severity is None


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_each_published_severity_is_accepted(level):
    case, problems = case_from_json(valid_data(severity=level))
    assert problems == []
    assert case.severity == level


@pytest.mark.parametrize("key", ["title", "description"])
@pytest.mark.parametrize("value", [None, "", "   \n"])
def test_missing_title_or_description_is_blocking(key, value):
    data = valid_data(**{key: value})
    _case, problems = case_from_json(data)
    assert summary(problems) == [(key, True)]


def test_absent_title_and_description_are_both_reported():
    data = valid_data()
    del data["title"]
    del data["description"]
    _case, problems = case_from_json(data)
    assert summary(problems) == [("title", True), ("description", True)]
    assert [p.message.render() for p in problems] == ["The case has no title.", "The case has no description."]


@pytest.mark.parametrize("value", ["yesterday", "2026-13-01T10:00", "02/03/2026 09:15", "2026-03-02 25:00"])
def test_occurred_at_not_iso_is_blocking(value):
    _case, problems = case_from_json(valid_data(occurred_at=value))
    assert summary(problems) == [("occurred_at", True)]
    assert problems[0].message.params == {"value": value}


@pytest.mark.parametrize("value", ["", "2026-03-02T09:15:00", "2026-03-02T09:15:00+01:00", "2026-03-02T08:15:00Z"])
def test_occurred_at_iso_or_empty_is_fine(value):
    case, problems = case_from_json(valid_data(occurred_at=value))
    assert problems == []
    assert case.occurred_at == value


def test_parse_occurred_at():
    parsed = parse_occurred_at(" 2026-03-02T09:15:00+01:00 ")
    assert parsed is not None
    assert (parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute) == (2026, 3, 2, 9, 15)
    offset = parsed.utcoffset()
    assert offset is not None
    assert offset.total_seconds() == 3600
    assert parse_occurred_at("last Tuesday") is None


def test_conversation_ids_invalid_entries_are_blocking_with_their_index():
    ids = [CONV_A, "nope", 42, None, CONV_B]
    case, problems = case_from_json(valid_data(conversation_ids=ids))
    assert summary(problems) == [
        ("conversation_ids[1]", True),
        ("conversation_ids[2]", True),
        ("conversation_ids[3]", True),
    ]
    assert [p.message.params["value"] for p in problems] == ["nope", "42", "None"]
    assert case.conversation_ids == [CONV_A, CONV_B]


def test_conversation_ids_upper_case_normalized_and_duplicates_dropped():
    ids = [CONV_A.upper(), f" {CONV_B} ", CONV_A, "{" + CONV_B.upper() + "}"]
    case, problems = case_from_json(valid_data(conversation_ids=ids))
    assert problems == []
    assert case.conversation_ids == [
        "4709b21d-bc22-418a-8c6d-4ededb31bd39",
        "11111111-2222-3333-4444-555555555555",
    ]


def test_conversation_ids_not_a_list_is_blocking():
    case, problems = case_from_json(valid_data(conversation_ids=CONV_A))
    assert summary(problems) == [("conversation_ids", True)]
    assert problems[0].message.render() == "conversation_ids must be a list."
    assert case.conversations == []


def test_conversation_notes_are_attached_to_their_ids():
    notes = {
        CONV_A: {"note": "dropped after 30 s", "time": "09:15"},
        CONV_B.upper(): {"note": "written in upper case"},
        "22222222-2222-3333-4444-555555555555": {"note": "not in the list"},
    }
    case, problems = case_from_json(valid_data(conversation_ids=[CONV_A, CONV_B.upper()], conversation_notes=notes))
    assert problems == []
    assert case.conversations == [
        ConversationRef(CONV_A, "dropped after 30 s", "09:15"),
        ConversationRef(CONV_B, "written in upper case", ""),
    ]


def test_conversation_note_that_is_not_an_object_is_ignored():
    case, problems = case_from_json(valid_data(conversation_ids=[CONV_A], conversation_notes={CONV_A: "text"}))
    assert problems == []
    assert case.conversations == [ConversationRef(CONV_A)]


def test_conversation_notes_not_an_object_is_blocking():
    _case, problems = case_from_json(valid_data(conversation_notes=["x"]))
    assert summary(problems) == [("conversation_notes", True)]


def test_details_are_read():
    details = {"frequency": "hourly", "affected": "Sales queue", "steps_to_reproduce": "Call in", "already_tried": "x"}
    case, problems = case_from_json(valid_data(details=details))
    assert problems == []
    assert case.details == Details("hourly", "Sales queue", "Call in", "x")


def test_details_with_wrong_types():
    case, problems = case_from_json(valid_data(details={"frequency": 3, "affected": ["a"]}))
    assert summary(problems) == [("details.frequency", True), ("details.affected", True)]
    assert problems[0].message.render() == "details.frequency must be text."
    assert case.details == Details()


def test_details_not_an_object():
    _case, problems = case_from_json(valid_data(details="often"))
    assert summary(problems) == [("details", True)]
    assert problems[0].message.render() == "details must be an object."


def test_attachments_are_read_with_default_kind():
    attachments = [
        {"path": "a.log", "kind": "console_log"},
        {"path": " shot.png ", "kind": "screenshot", "note": "the error"},
        {"path": "notes.txt"},
    ]
    case, problems = case_from_json(valid_data(attachments=attachments))
    assert problems == []
    assert case.attachments == [
        Attachment("a.log", AttachmentKind.CONSOLE_LOG, ""),
        Attachment("shot.png", AttachmentKind.SCREENSHOT, "the error"),
        Attachment("notes.txt", AttachmentKind.OTHER, ""),
    ]


def test_attachment_problems_name_the_entry():
    attachments = [
        {"kind": "har"},
        {"path": "   "},
        {"path": "x.bin", "kind": "video"},
        "just/a/path.txt",
        {"path": "ok.har", "kind": "har"},
        {"path": "y.bin", "kind": ["har"]},
    ]
    case, problems = case_from_json(valid_data(attachments=attachments))
    assert summary(problems) == [
        ("attachments[0].path", True),
        ("attachments[1].path", True),
        ("attachments[2].kind", True),
        ("attachments[3]", True),
        ("attachments[5].kind", True),
    ]
    assert problems[0].message.render() == "An attachment has no path."
    assert problems[2].message.render() == 'Unknown attachment kind "video".'
    assert problems[3].message.render() == "attachments[3] must be an object."
    assert case.attachments == [Attachment("ok.har", AttachmentKind.HAR, "")]


def test_attachments_not_a_list():
    _case, problems = case_from_json(valid_data(attachments={"path": "a.log"}))
    assert summary(problems) == [("attachments", True)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": 7}, "title"),
        ({"severity_rationale": ["x"]}, "severity_rationale"),
        ({"business_impact": {"a": 1}}, "business_impact"),
        ({"occurred_at": 20260302}, "occurred_at"),
        ({"no_conversation_reason": False}, "no_conversation_reason"),
        ({"case_number": 1234}, "case_number"),
        ({"related_case": 1.5}, "related_case"),
        ({"org": {"short_name": 5}}, "org.short_name"),
        ({"org": {"short_name": "acme", "region": 1}}, "org.region"),
        ({"contact": {"name": 1}}, "contact.name"),
        ({"contact": {"email": ["a"]}}, "contact.email"),
        ({"contact": {"phone": 5551234}}, "contact.phone"),
    ],
)
def test_wrong_type_for_text_field_is_blocking(changes, field):
    _case, problems = case_from_json(valid_data(**changes))
    assert (field, True) in summary(problems)
    problem = next(p for p in problems if p.field == field)
    assert problem.message.render() == f"{field} must be text."


def test_wrong_type_for_title_also_reports_the_missing_title():
    _case, problems = case_from_json(valid_data(title=7))
    assert summary(problems) == [("title", True), ("title", True)]
    assert [p.message.render() for p in problems] == ["title must be text.", "The case has no title."]


@pytest.mark.parametrize("section", ["org", "contact"])
def test_section_not_an_object(section):
    _case, problems = case_from_json(valid_data(**{section: "acme"}))
    assert summary(problems) == [(section, True)]
    assert problems[0].message.render() == f"{section} must be an object."


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_available_24x7_must_be_boolean(value):
    case, problems = case_from_json(valid_data(contact={"available_24x7": value}))
    assert summary(problems) == [("contact.available_24x7", True)]
    assert case.contact.available_24x7 is False


def test_null_text_fields_read_as_empty():
    case, problems = case_from_json(
        valid_data(business_impact=None, severity_rationale=None, org=None, contact=None, details=None)
    )
    assert problems == []
    assert case.business_impact == ""
    assert case.org == Organization()
    assert case.contact == Contact()


def test_reading_never_raises_on_a_hostile_document():
    hostile = {
        "schema": ["care-desktop/case@1"],
        "org": [],
        "contact": 1,
        "severity": {"level": 1},
        "title": {},
        "description": [],
        "occurred_at": [],
        "conversation_ids": {"a": 1},
        "conversation_notes": 5,
        "details": [],
        "attachments": "x",
        "case_number": {},
    }
    case, problems = case_from_json(hostile)
    assert all(problem.blocking for problem in problems)
    assert {p.field for p in problems} >= {"schema", "org", "contact", "severity", "title", "description"}
    assert case.conversations == []


def test_status_incident_round_trips():
    from care_desktop.domain.case.json_format import case_from_json, case_to_json
    from care_desktop.domain.case.model import Case

    case = Case(title="t", description="d", severity=3, status_incident='Incident "X": https://stspg.io/abc')
    again, problems = case_from_json(case_to_json(case))
    assert again.status_incident == 'Incident "X": https://stspg.io/abc'
    assert [p for p in problems if p.blocking] == []


def test_attachment_hash_size_and_exclusion_round_trip():
    from care_desktop.domain.case.json_format import case_from_json, case_to_json
    from care_desktop.domain.case.model import Attachment, AttachmentKind, Case

    case = Case(title="t", description="d", severity=3)
    case.attachments = [
        Attachment("a.har", AttachmentKind.HAR, "", sha256="ab" * 32, size=1234, included=False),
        Attachment("b.log", AttachmentKind.CONSOLE_LOG),
    ]
    data = case_to_json(case)
    assert data["attachments"] == [
        {"path": "a.har", "kind": "har", "note": "", "sha256": "ab" * 32, "size": 1234, "included": False},
        {"path": "b.log", "kind": "console_log", "note": ""},
    ]
    again, _problems = case_from_json(data)
    assert again.attachments == case.attachments
