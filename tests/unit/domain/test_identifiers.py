import pytest

from care_desktop.domain.case.identifiers import dedupe, extract_uuids, is_uuid, normalize_uuid

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


def test_extracts_from_a_multi_line_log_with_mixed_case_duplicates():
    log = (
        "2026-03-02T09:15:01Z ERROR conversationId=4709B21D-BC22-418A-8C6D-4EDEDB31BD39 failed\n"
        "2026-03-02T09:15:02Z WARN  org 9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70\n"
        "2026-03-02T09:15:03Z ERROR conversationId=4709b21d-bc22-418a-8c6d-4ededb31bd39 retried\n"
    )
    assert extract_uuids(log) == [CONV, "9f2c1a3e-5b7d-4c8e-a1f0-2b3c4d5e6f70"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{CONV}-g", [CONV]),  # a hyphen before a non-hex letter does not glue
        (f"{CONV}-a", []),  # glued to a further hex group
        (f"{CONV},{CONV.upper()};", [CONV]),
        (f"{CONV}\t11111111-2222-3333-4444-555555555555", [CONV, "11111111-2222-3333-4444-555555555555"]),
    ],
)
def test_edges_of_whole_ids(text, expected):
    assert extract_uuids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{{ {CONV} }}", True),
        (f"\n{CONV}\n", True),
        (f"{CONV} {CONV}", False),
        (f"id {CONV}", False),
        (f"{CONV}}}", True),  # braces are optional on each side
        ("", False),
        ("   ", False),
    ],
)
def test_is_uuid_is_exactly_one_id(text, expected):
    assert is_uuid(text) is expected


def test_dedupe_keeps_first_seen_order():
    assert dedupe(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]
    assert dedupe([]) == []
