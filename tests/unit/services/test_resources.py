from pathlib import Path

import pytest

from care_desktop.services import resources
from care_desktop.services.resources import (
    ResourceError,
    help_text,
    list_names,
    load_profile,
    read_bytes,
    read_text,
    resource_root,
)

# The severity definitions as published on the Customer Care page (shared/seed/000_c0319eae071948fe.txt), verbatim,
# including the typographic apostrophe (U+2019) of the level 3 definition.
PUBLISHED_DEFINITIONS = {
    1: "The customer is experiencing a severe problem resulting in an inability to perform a critical business "
    "function. There is no workaround.",
    2: "The customer is able to perform job functions but performance is degraded or severely limited.",
    3: "The customer\u2019s ability to perform job functions is largely unaffected, but noncritical functions or "
    "procedures are unusable or hard to use. A workaround is available.",
    4: "The customer is experiencing minimal system impact. Concerns include feature requests and other "
    "non-critical questions.",
}
PUBLISHED_INITIAL_RESPONSE = {
    1: "10 min. (phone)",
    2: "1 business hour (web)",
    3: "2 business hours (web)",
    4: "1 business day (web)",
}


def test_the_bundled_profile_loads():
    profile = load_profile()
    assert profile.name == "Genesys Cloud Customer Care"
    assert [item.level for item in profile.levels] == [1, 2, 3, 4]
    assert [item.name for item in profile.levels] == ["Critical", "High", "Medium", "Low"]
    assert len(profile.regions) == 15


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_each_definition_is_the_published_text(number):
    assert load_profile().level(number).definition == PUBLISHED_DEFINITIONS[number]


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_each_initial_response_is_the_published_text(number):
    assert load_profile().level(number).initial_response == PUBLISHED_INITIAL_RESPONSE[number]


def test_only_severity_one_goes_by_phone():
    assert [item.channel for item in load_profile().levels] == ["phone", "web", "web", "web"]


def test_restoration_targets():
    profile = load_profile()
    assert profile.level(1).restoration.endswith("Mean time to restore is 15 minutes.")
    assert profile.level(2).restoration.endswith("Mean time to restore is 72 hours.")
    assert profile.level(3).restoration == ""  # published as N/A
    assert profile.level(4).restoration == ""


def test_final_authority_is_the_published_text():
    # The page has non-breaking spaces inside "Customer Care has"; the profile keeps ordinary spaces.
    assert load_profile().final_authority == (
        "Both parties can mutually determine the assigned severity level for a problem during the problem "
        "resolution process, but PureCloud Customer Care has the final authority as to the actual designation."
    )


def test_regions():
    profile = load_profile()
    domains = [region.domain for region in profile.regions]
    assert len(set(domains)) == 15
    us_east = profile.region("mypurecloud.com")
    assert us_east is not None
    assert us_east.phone_region == "North America (USA & Canada)"
    frankfurt = profile.region("mypurecloud.de")
    assert frankfurt is not None
    assert frankfurt.name == "EMEA (Frankfurt)"
    assert frankfurt.phone_region == "Europe, Middle East, Africa"
    sao_paulo = profile.region("sae1.pure.cloud")
    assert sao_paulo is not None
    assert sao_paulo.name == "Americas (S\u00e3o Paulo)"
    assert {region.phone_region for region in profile.regions} == {
        "North America (USA & Canada)",
        "Latin America",
        "Europe, Middle East, Africa",
        "Asia Pacific",
    }


def test_every_fact_group_has_a_source_with_a_checked_date():
    profile = load_profile()
    assert set(profile.sources) >= {"care_page", "case_process", "areas_of_responsibility", "regions"}
    for source in profile.sources.values():
        assert source.url.startswith("https://")
        assert len(source.checked) == 10
        assert source.checked[4] == "-"
        assert source.checked[7] == "-"
    assert profile.links["status_page"].url == "https://status.mypurecloud.com/"


def test_checklist_and_policy():
    profile = load_profile()
    assert len(profile.gather) == 4
    assert "Report each issue separately; do not group issues together." in profile.also
    assert set(profile.policy) == {"business_hours", "enhanced_voice_hours", "response_policy", "rca"}


def test_read_text_and_bytes_of_the_profile():
    assert read_text("profile.json").lstrip().startswith("{")
    assert read_bytes("profile.json").lstrip().startswith(b"{")


@pytest.mark.parametrize(
    "relative",
    [
        "../x",
        "../pyproject.toml",
        "/etc/passwd",
        "a//b",
        "help/../profile.json",
        "./profile.json",
        "",
        "help/",
        "..",
        "..\\pyproject.toml",
        "help\\..\\..\\pyproject.toml",
        "C:/Windows/win.ini",
        "C:profile.json",
    ],
)
def test_paths_that_leave_the_resources_folder_are_refused(relative):
    with pytest.raises(ResourceError, match="invalid resource path"):
        read_bytes(relative)
    with pytest.raises(ResourceError, match="invalid resource path"):
        list_names(relative)


def test_missing_resource():
    with pytest.raises(ResourceError, match=r"cannot read resource no-such-file\.txt"):
        read_bytes("no-such-file.txt")


def test_resource_root_is_the_checkout_folder():
    root = resource_root()
    assert root.is_dir()
    assert (root / "profile.json").is_file()


@pytest.fixture
def fake_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(resources, "resource_root", lambda: tmp_path)
    (tmp_path / "help" / "en").mkdir(parents=True)
    (tmp_path / "help" / "ja").mkdir(parents=True)
    (tmp_path / "help" / "en" / "org_id.md").write_text("# Organization ID\n", encoding="utf-8")
    (tmp_path / "help" / "en" / "severity.md").write_bytes(b"\xef\xbb\xbf# Severity\n")
    (tmp_path / "help" / "ja" / "org_id.md").write_text("# 組織 ID\n", encoding="utf-8")
    (tmp_path / "help" / "en" / "latin1.md").write_bytes(b"caf\xe9\n")
    return tmp_path


def test_help_text_in_the_language_with_english_fallback(fake_root):
    assert help_text("org_id") == "# Organization ID\n"
    assert help_text("org_id", "ja") == "# 組織 ID\n"
    assert help_text("org_id", "de") == "# Organization ID\n"
    assert help_text("severity", "ja") == "# Severity\n"  # fallback, and the BOM is dropped
    with pytest.raises(ResourceError):
        help_text("missing", "ja")


def test_text_that_is_not_utf8(fake_root):
    with pytest.raises(ResourceError, match="is not UTF-8"):
        read_text("help/en/latin1.md")


def test_list_names(fake_root):
    assert list_names("help/en") == ["latin1.md", "org_id.md", "severity.md"]
    assert list_names("help") == []  # folders are not listed
    with pytest.raises(ResourceError, match="resource folder help/fr is missing"):
        list_names("help/fr")
    with pytest.raises(ResourceError, match="is missing"):
        list_names("help/en/org_id.md")


def test_malformed_profile_is_a_resource_error(fake_root):
    (fake_root / "profile.json").write_text('{"profile_version": 1, "name": "x"}', encoding="utf-8")
    load_profile.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"resources/profile\.json is malformed: profile\.sources"):
            load_profile()
        (fake_root / "profile.json").write_text("{not json", encoding="utf-8")
        with pytest.raises(ResourceError, match=r"resources/profile\.json is malformed"):
            load_profile()
    finally:
        load_profile.cache_clear()


def test_verify_resources_reads_nested_help_pages_and_translations():
    from care_desktop.services.resources import verify_resources

    checked = verify_resources()
    assert "help/en/evidence_firefox.md" in checked
    assert "help/ja/evidence_firefox.md" in checked
    assert "translations/care_desktop_ja.qm" in checked
    assert "translations/care_desktop_en.qm" in checked  # the English forms of the count texts
    assert "logs/locations.json" in checked
