from typing import Any

import pytest

from care_desktop.domain.case.draft import (
    ContactRole,
    Draft,
    DraftFormatError,
    draft_from_json,
    draft_to_json,
    duplicate_draft,
    split_draft,
)
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case, ConversationRef, Details
from care_desktop.domain.case.organization import Contact, Organization
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.steps import Step

ORG_ID = "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"
CONV_A = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CONV_B = "11111111-2222-3333-4444-555555555555"
CONV_C = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
NOW = "2026-03-02T10:00:00+00:00"


def sample_draft() -> Draft:
    case = Case(
        org=Organization("acme", ORG_ID, "mypurecloud.ie"),
        contact=Contact("Ada", "ada@example.com", "+353 1 555 0100", True),
        severity=2,
        severity_rationale="Degraded.",
        title="Login and reports",
        description="Agents cannot log in.\n\nAlso, reports are slow.",
        business_impact="Half the floor is idle.",
        occurred_at="2026-03-02T08:15:00+00:00",
        conversations=[ConversationRef(CONV_A, "failed login", "08:15"), ConversationRef(CONV_B)],
        details=Details("always", "Dublin site", "Open the app", "Cleared cache"),
        attachments=[Attachment("console.log", AttachmentKind.CONSOLE_LOG, "errors")],
        case_number="0042",
        related_case="0007",
    )
    return Draft(
        id="draft-1",
        case=case,
        created_at="2026-03-02T08:30:00+00:00",
        updated_at="2026-03-02T09:00:00+00:00",
        step=Step.DESCRIPTION,
        answers=Answers(critical_works=True, workaround=None, degraded=True, question_or_request=None),
        override_reason="",
        contact_role=ContactRole.PREPARING_FOR,
        time_zone="Europe/Dublin",
    )


def test_round_trip():
    draft = sample_draft()
    assert draft_from_json(draft_to_json(draft)) == draft


def test_round_trip_of_an_empty_draft():
    draft = Draft(id="x")
    rebuilt = draft_from_json(draft_to_json(draft))
    assert rebuilt == draft
    assert rebuilt.step is Step.BEFORE_START
    assert rebuilt.contact_role is None


def test_document_shape():
    data = draft_to_json(sample_draft())
    assert data["draft_version"] == 1
    assert data["id"] == "draft-1"
    assert data["step"] == "description"
    assert data["contact_role"] == "preparing_for"
    assert data["answers"] == {
        "critical_works": True,
        "workaround": None,
        "degraded": True,
        "question_or_request": None,
    }
    assert data["case"]["schema"] == "care-desktop/case@1"
    assert data["case"]["title"] == "Login and reports"


def document(**changes: Any) -> dict[str, Any]:
    data = draft_to_json(sample_draft())
    data.update(changes)
    return data


@pytest.mark.parametrize("step", ["from_the_future", "", None, 3])
def test_unknown_step_falls_back_to_the_first(step):
    assert draft_from_json(document(step=step)).step is Step.BEFORE_START


@pytest.mark.parametrize("version", [2, 99])
def test_newer_version_is_refused(version):
    with pytest.raises(DraftFormatError, match=f"draft version {version} is not supported"):
        draft_from_json(document(draft_version=version))


@pytest.mark.parametrize("version", [None, "1", 1.0])
def test_version_must_be_an_integer(version):
    with pytest.raises(DraftFormatError):
        draft_from_json(document(draft_version=version))


def test_missing_version_is_refused():
    data = document()
    del data["draft_version"]
    with pytest.raises(DraftFormatError):
        draft_from_json(data)


@pytest.mark.parametrize("data", [None, [], "draft", 1, {"draft_version": 1}, {"id": "", "draft_version": 1}])
def test_not_a_draft_is_refused(data):
    with pytest.raises(DraftFormatError, match="not a draft document"):
        draft_from_json(data)


@pytest.mark.parametrize("role", ["manager", [], {}, 1, None])
def test_unknown_contact_role_is_none(role):
    assert draft_from_json(document(contact_role=role)).contact_role is None


def test_bad_answers_are_forgotten():
    draft = draft_from_json(document(answers={"critical_works": "no", "workaround": False, "degraded": 1}))
    assert draft.answers == Answers(critical_works=None, workaround=False, degraded=None)
    assert draft_from_json(document(answers=[True])).answers == Answers()


def test_incomplete_case_is_fine():
    draft = draft_from_json({"draft_version": 1, "id": "x", "case": {"title": 5}})
    assert draft.id == "x"
    assert draft.case.title == ""
    draft = draft_from_json({"draft_version": 1, "id": "y", "case": "nonsense"})
    assert draft.case == Case()


def test_display_title():
    draft = Draft(id="x", case=Case(title="  Calls drop  ", description="More text"))
    assert draft.display_title() == "Calls drop"
    draft.case.title = ""
    draft.case.description = "\n  First line of the description\nsecond line"
    assert draft.display_title() == "First line of the description"
    draft.case.description = "x" * 100
    assert draft.display_title() == "x" * 80
    draft.case.description = "   "
    assert draft.display_title() == ""


def test_duplicate_draft():
    original = sample_draft()
    copy = duplicate_draft(original, "draft-2", NOW)
    assert copy.id == "draft-2"
    assert copy.created_at == NOW
    assert copy.updated_at == NOW
    assert copy.step is Step.BEFORE_START
    assert copy.case.case_number == ""
    assert copy.case.related_case == "0007"
    assert copy.case.title == "Login and reports"
    assert copy.case.conversation_ids == [CONV_A, CONV_B]
    assert copy.answers == original.answers
    assert copy.contact_role is ContactRole.PREPARING_FOR
    # The original is untouched and shares nothing mutable with the copy.
    assert original == sample_draft()
    copy.case.conversations.append(ConversationRef(CONV_C))
    copy.case.org.short_name = "other"
    assert original == sample_draft()


def test_split_draft_moves_conversations_with_the_part_that_mentions_them():
    original = sample_draft()
    original.case.conversations.append(ConversationRef(CONV_C, "slow report"))
    parts = [
        "Agents cannot log in.",
        f"Reports are slow, e.g. conversation {CONV_B.upper()} and {CONV_C}.",
        f"Voicemail is missing ({CONV_C}).",
    ]
    drafts = split_draft(original, parts, ["draft-2", "draft-3"], NOW)
    assert [d.id for d in drafts] == ["draft-1", "draft-2", "draft-3"]
    assert [d.case.description for d in drafts] == parts
    # CONV_A is mentioned nowhere: it stays with the first part. CONV_B and CONV_C follow their mentions.
    assert [d.case.conversation_ids for d in drafts] == [[CONV_A], [CONV_B, CONV_C], [CONV_C]]
    assert drafts[1].case.conversations[1] == ConversationRef(CONV_C, "slow report")
    assert [d.case.title for d in drafts] == [
        "Login and reports (1/3)",
        "Login and reports (2/3)",
        "Login and reports (3/3)",
    ]


def test_split_draft_times_identity_and_shared_data():
    original = sample_draft()
    first, second = split_draft(original, ["Agents cannot log in.", "Reports are slow."], ["draft-2"], NOW)
    assert first.id == "draft-1"
    assert first.created_at == "2026-03-02T08:30:00+00:00"
    assert first.updated_at == NOW
    assert first.case.case_number == "0042"
    assert second.id == "draft-2"
    assert second.created_at == NOW
    assert second.updated_at == NOW
    assert second.case.case_number == ""
    for draft in (first, second):
        assert draft.case.org == Organization("acme", ORG_ID, "mypurecloud.ie")
        assert draft.case.contact == Contact("Ada", "ada@example.com", "+353 1 555 0100", True)
        assert draft.case.occurred_at == "2026-03-02T08:15:00+00:00"
        assert draft.case.severity == 2
        assert draft.answers == Answers(critical_works=True, degraded=True)
    # Unmentioned conversations stay with the first part only.
    assert first.case.conversation_ids == [CONV_A, CONV_B]
    assert second.case.conversation_ids == []
    # The original object is not modified.
    assert original == sample_draft()
    second.case.org.short_name = "changed"
    assert first.case.org.short_name == "acme"


def test_split_into_one_part_keeps_the_title():
    (only,) = split_draft(sample_draft(), ["Agents cannot log in."], [], NOW)
    assert only.case.title == "Login and reports"
    assert only.case.description == "Agents cannot log in."


def test_split_without_a_title_leaves_titles_empty():
    original = sample_draft()
    original.case.title = ""
    drafts = split_draft(original, ["a problem", "another problem"], ["n"], NOW)
    assert [d.case.title for d in drafts] == ["", ""]


@pytest.mark.parametrize(
    ("parts", "new_ids"),
    [([], []), (["a", "b"], []), (["a"], ["x"]), (["a", "b"], ["x", "y"])],
)
def test_split_needs_one_new_id_per_further_part(parts, new_ids):
    with pytest.raises(ValueError, match="one new identifier"):
        split_draft(sample_draft(), parts, new_ids, NOW)


def test_redaction_choices_round_trip_and_are_not_shared_by_copies():
    from care_desktop.domain.case.draft import RedactionChoice, draft_from_json, draft_to_json, duplicate_draft

    draft = Draft(id="r1", redaction=RedactionChoice(pii=True, pseudonyms=True, terms=["Acme Corp", "db01.acme.lan"]))
    again = draft_from_json(draft_to_json(draft))
    assert again.redaction == RedactionChoice(True, True, ["Acme Corp", "db01.acme.lan"])
    copy_ = duplicate_draft(draft, "r2", "2026-11-26T10:00:00+00:00")
    copy_.redaction.terms.append("other")
    assert draft.redaction.terms == ["Acme Corp", "db01.acme.lan"]
    assert draft_from_json(
        {"id": "x", "draft_version": 1, "redaction": {"pii": "yes", "terms": [1, " ", "ok"]}}
    ).redaction == (RedactionChoice(False, False, ["ok"]))


def test_the_packages_sent_from_a_draft_are_kept_and_a_copy_starts_without_them():
    from care_desktop.domain.case.draft import SentPackage, draft_from_json, draft_to_json, duplicate_draft

    draft = Draft(id="a" * 32)
    draft.sent_packages = [SentPackage("care-case-acme-1.zip", "2026-12-01T10:00:00+00:00", (("AB" * 32, "c.log"),))]
    again = draft_from_json(draft_to_json(draft))
    assert again.sent_packages == [
        SentPackage("care-case-acme-1.zip", "2026-12-01T10:00:00+00:00", (("ab" * 32, "c.log"),))
    ]
    assert again.sent_digests() == {"ab" * 32}
    assert duplicate_draft(draft, "b" * 32, "now").sent_packages == []
    older = draft_to_json(draft)
    del older["sent_packages"]  # a draft saved before packages were remembered
    assert draft_from_json(older).sent_packages == []


def test_files_included_on_purpose_though_unsafe_round_trip():
    from care_desktop.domain.case.draft import RedactionChoice, draft_from_json, draft_to_json

    draft = Draft(id="u1", redaction=RedactionChoice(include_unsafe=["conf/app.yaml"]))
    assert draft_from_json(draft_to_json(draft)).redaction.include_unsafe == ["conf/app.yaml"]
    assert draft_from_json({"id": "x", "draft_version": 1, "redaction": {"include_unsafe": "no"}}).redaction == (
        RedactionChoice()
    )
