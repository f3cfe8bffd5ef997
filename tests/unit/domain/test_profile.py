import copy
from typing import Any

import pytest

from care_desktop.domain.profile import Link, ProfileError, Region, SeverityLevel, Source, parse_profile


def level(number: int, name: str) -> dict[str, Any]:
    return {
        "level": number,
        "name": name,
        "definition": f"Definition {number}.",
        "channel": "phone" if number == 1 else "web",
        "initial_response": f"response {number}",
        "restoration": "",
    }


MINIMAL: dict[str, Any] = {
    "profile_version": 1,
    "name": "Care",
    "sources": {"page": {"url": "https://example.com/care", "title": "Care page", "checked": "2026-01-02"}},
    "links": {"status": {"url": "https://status.example.com/", "title": "Status"}},
    "severity_levels": [level(3, "Medium"), level(1, "Critical"), level(4, "Low"), level(2, "High")],
    "final_authority": "Care decides.",
    "checklist": {"gather": ["Org ID"], "also": ["One issue per case"], "responsibilities": ["Your network"]},
    "regions": [{"name": "EMEA (Frankfurt)", "domain": "mypurecloud.de", "phone_region": "EMEA"}],
    "policy": {"business_hours": "Mon-Fri 8-17"},
}


def minimal(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    data.update(changes)
    return data


def test_minimal_profile():
    profile = parse_profile(minimal())
    assert profile.name == "Care"
    assert profile.sources == {"page": Source("https://example.com/care", "Care page", "2026-01-02", "")}
    assert profile.links == {"status": Link("https://status.example.com/", "Status")}
    assert [item.level for item in profile.levels] == [1, 2, 3, 4]
    assert profile.level(1) == SeverityLevel(1, "Critical", "Definition 1.", "phone", "response 1", "")
    assert profile.final_authority == "Care decides."
    assert profile.gather == ("Org ID",)
    assert profile.also == ("One issue per case",)
    assert profile.responsibilities == ("Your network",)
    assert profile.regions == (Region("EMEA (Frankfurt)", "mypurecloud.de", "EMEA"),)
    assert profile.policy == {"business_hours": "Mon-Fri 8-17"}


def test_level_and_region_lookup():
    profile = parse_profile(minimal())
    assert profile.level(4).name == "Low"
    with pytest.raises(KeyError):
        profile.level(5)
    assert profile.region("mypurecloud.de") == Region("EMEA (Frankfurt)", "mypurecloud.de", "EMEA")
    assert profile.region("mypurecloud.com") is None


def broken(path: str, value: Any) -> dict[str, Any]:
    """Return the minimal profile with the value at a dotted path replaced (or removed when value is ...)."""
    data = minimal()
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is ...:
        del node[int(last) if isinstance(node, list) else last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("profile_version", 2, "unknown profile version 2"),
        ("profile_version", ..., "unknown profile version None"),
        ("name", ..., "profile.name must be text"),
        ("name", 5, "profile.name must be text"),
        ("sources", ..., "profile.sources must be an object of objects"),
        ("sources", {"page": "https://example.com"}, "profile.sources must be an object of objects"),
        ("sources.page.url", ..., "page.url must be text"),
        ("sources.page.checked", 20260102, "page.checked must be text"),
        ("links", [], "profile.links must be an object of objects"),
        ("links.status.title", None, "status.title must be text"),
        ("severity_levels", {}, "profile.severity_levels must be a list"),
        ("severity_levels.0", "Medium", r"severity_levels\[0\] must be an object with an integer level"),
        ("severity_levels.1.level", "1", r"severity_levels\[1\] must be an object with an integer level"),
        ("severity_levels.1.definition", ..., r"severity_levels\[1\].definition must be text"),
        ("severity_levels.2.channel", 1, r"severity_levels\[2\].channel must be text"),
        ("severity_levels.3.restoration", None, r"severity_levels\[3\].restoration must be text"),
        ("severity_levels.3", ..., "severity_levels must define levels 1, 2, 3 and 4"),
        ("severity_levels.3.level", 5, "severity_levels must define levels 1, 2, 3 and 4"),
        ("final_authority", ..., "profile.final_authority must be text"),
        ("checklist", ..., "profile.checklist must be an object"),
        ("checklist.gather", "Org ID", "checklist.gather must be a list"),
        ("checklist.also", ..., "checklist.also must be a list"),
        ("checklist.responsibilities", None, "checklist.responsibilities must be a list"),
        ("regions", ..., "profile.regions must be a list"),
        ("regions.0", "EMEA", r"regions\[0\] must be an object"),
        ("regions.0.domain", ..., r"regions\[0\].domain must be text"),
        ("regions.0.phone_region", 3, r"regions\[0\].phone_region must be text"),
        ("policy", ..., "profile.policy must be an object of texts"),
        ("policy.business_hours", 8, "profile.policy must be an object of texts"),
    ],
)
def test_malformed_profile_names_the_field(path, value, message):
    with pytest.raises(ProfileError, match=message):
        parse_profile(broken(path, value))


@pytest.mark.parametrize("data", [None, [], "profile", 1])
def test_profile_must_be_an_object(data):
    with pytest.raises(ProfileError, match="the profile must be a JSON object"):
        parse_profile(data)


def test_profile_error_is_a_value_error():
    assert issubclass(ProfileError, ValueError)
