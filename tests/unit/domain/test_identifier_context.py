"""What the text around an ID says it is: conversations are taken, people, queues and the like are skipped."""

import pytest

from care_desktop.domain.case.identifiers import (
    CONVERSATION,
    ORGANIZATION,
    UNLABELLED,
    FoundId,
    conversation_ids,
    find_ids,
    organization_id,
)

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
OTHER = "11111111-2222-3333-4444-555555555555"
THIRD = "22222222-3333-4444-5555-666666666666"


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        (f"https://apps.mypurecloud.ie/directory/#/person/{OTHER}", "person", "/person/"),
        (f"https://apps.mypurecloud.com/directory/#/user/{OTHER}/profile", "person", "/user/"),
        (f"GET /api/v2/users/{OTHER}", "person", "/users/"),
        (f"https://apps.mypurecloud.com/directory/#/admin/queues/{OTHER}", "queue", "/queues/"),
        (f"/api/v2/organizations/{OTHER}", ORGANIZATION, "/organizations/"),
        (f"Org ID: {OTHER}", ORGANIZATION, "Org ID"),
        (f"Organization ID: {OTHER}", ORGANIZATION, "Organization ID"),
        (f"User ID: {OTHER}", "person", "User ID"),
        (f"Queue ID = {OTHER}", "queue", "Queue ID"),
        (f'{{"userId": "{OTHER}"}}', "person", "userId"),
        (f"queue_id={OTHER}", "queue", "queue_id"),
        (f"X-Correlation-Id: {OTHER}", "request", "Correlation-Id"),
        (f"externalContactId={OTHER}", "contact", "externalContactId"),
        (f"/interactions/{CONV}", CONVERSATION, "/interactions/"),
        (f"/api/v2/conversations/calls/{CONV}", CONVERSATION, "/calls/"),
        (f"Conversation ID: {CONV}", CONVERSATION, "Conversation ID"),
        (f'"conversationId":"{CONV}"', CONVERSATION, "conversationId"),
        (f"Interaction ID {CONV}", CONVERSATION, "Interaction ID"),
        (f"we saw {CONV} fail", UNLABELLED, ""),
        (CONV, UNLABELLED, ""),
    ],
)
def test_the_words_before_an_id_say_what_it_is(text, kind, cue):
    [found] = find_ids(text)
    assert (found.kind, found.cue) == (kind, cue)


def test_a_person_link_is_not_a_conversation_but_the_conversation_beside_it_is():
    text = f"Agent: https://apps.mypurecloud.ie/directory/#/person/{OTHER}\nthe call {CONV} dropped"
    taken, skipped = conversation_ids(text)
    assert taken == [CONV]
    assert skipped == [FoundId(OTHER, "person", "/person/")]


def test_a_url_segment_names_only_the_id_right_after_it():
    taken, skipped = conversation_ids(f"/conversations/{CONV}/participants/{OTHER}\n{THIRD}")
    assert taken == [CONV, THIRD]
    assert [(item.id, item.kind) for item in skipped] == [(OTHER, "participant")]


@pytest.mark.parametrize(
    "text",
    [f"Conversation IDs: {CONV}, {OTHER} and {THIRD}", f"Conversation IDs:\n{CONV}\n{OTHER}\n{THIRD}"],
)
def test_a_label_names_every_id_of_its_list(text):
    assert conversation_ids(text) == ([CONV, OTHER, THIRD], [])


def test_a_list_under_another_label_is_skipped_whole():
    taken, skipped = conversation_ids(f"User IDs: {OTHER}, {THIRD}\nConversation: {CONV}")
    assert taken == [CONV]
    assert [item.kind for item in skipped] == ["person", "person"]


def test_an_id_seen_unlabelled_then_labelled_takes_the_label():
    assert find_ids(f"{OTHER} ... User ID: {OTHER}") == [FoundId(OTHER, "person", "User ID")]


def test_the_organization_is_skipped_as_a_conversation():
    taken, skipped = conversation_ids(f"Org ID: {OTHER}, conversation {CONV}")
    assert taken == [CONV]
    assert skipped[0].kind == ORGANIZATION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Organization ID: {OTHER.upper()}", OTHER),
        (f"User ID: {THIRD}\nOrganization ID: {OTHER}", OTHER),
        (f"https://apps.mypurecloud.com/api/v2/organizations/{OTHER}", OTHER),
        (f"  {OTHER}  ", OTHER),
        (f"User ID: {THIRD}", None),
        (f"{THIRD} {OTHER}", None),
        ("Organization ID: none yet", None),
    ],
)
def test_organization_id_from_pasted_text(text, expected):
    assert organization_id(text) == expected
