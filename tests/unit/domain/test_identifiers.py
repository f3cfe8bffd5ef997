import pytest

from care_desktop.domain.identifiers import extract_uuids, is_uuid, normalize_uuid

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


def test_extracts_lower_case_in_first_seen_order_without_duplicates():
    text = f"see {CONV.upper()} and 11111111-2222-3333-4444-555555555555 then {CONV} again"
    assert extract_uuids(text) == [CONV, "11111111-2222-3333-4444-555555555555"]


@pytest.mark.parametrize(
    "text",
    [
        "4709b21d-bc22-418a-8c6d-4ededb31bd3",  # 35 characters
        "4709b21d-bc22-418a-8c6d-4ededb31bd39a",  # 37 characters
        "a4709b21d-bc22-418a-8c6d-4ededb31bd39",  # 37 characters, extra digit in front
        "4709b21dbc22418a8c6d4ededb31bd39",  # 32 bare hex digits
        "4709b21d-bc22-418a-8c6d-4ededb31bd39-0000",  # glued to a further hex group
        "ffff-4709b21d-bc22-418a-8c6d-4ededb31bd39",  # glued to a hex group in front
        "4709b21g-bc22-418a-8c6d-4ededb31bd39",  # not hex
    ],
)
def test_near_uuids_are_not_ids(text):
    assert extract_uuids(text) == []
    assert not is_uuid(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"https://apps.mypurecloud.com/directory/#/engage/admin/interactions/{CONV}?tab=details", [CONV]),
        (f'{{"conversationId":"{CONV}"}}', [CONV]),
        (f"conv-{CONV}", [CONV]),
        (f"({CONV}).", [CONV]),
        (f"{CONV}/participants", [CONV]),
        (f"id={CONV}&x=1", [CONV]),
        (f"{{{CONV}}}", [CONV]),
        ("", []),
    ],
)
def test_ids_in_urls_and_markup(text, expected):
    assert extract_uuids(text) == expected


def test_normalize_and_validate():
    assert is_uuid(f"  {CONV.upper()} ")
    assert normalize_uuid(f" {{{CONV.upper()}}} ") == CONV
    with pytest.raises(ValueError, match="not a UUID"):
        normalize_uuid("nope")
