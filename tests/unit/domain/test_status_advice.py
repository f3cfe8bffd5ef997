import json
from dataclasses import replace
from datetime import timedelta

import pytest

from care_desktop.domain.profile import Region
from care_desktop.domain.status.advice import (
    Worth,
    affected_in_region,
    case_advice,
    describe_age,
    incident_reference,
    names_region,
    plain_text,
    region_components,
    region_keywords,
)
from care_desktop.domain.status.summary import Impact, Incident, IncidentStatus, parse_summary
from tests.conftest import REALWORLD

US_EAST = Region("Americas (US East)", "mypurecloud.com", "North America (USA & Canada)", "US")
US_EAST_2 = Region("Americas (US East 2, FedRAMP)", "use2.us-gov-pure.cloud", "North America (USA & Canada)", "US")
US_WEST = Region("Americas (US West)", "usw2.pure.cloud", "North America (USA & Canada)", "US")
SAO_PAULO = Region("Americas (São Paulo)", "sae1.pure.cloud", "Latin America", "BR")
FRANKFURT = Region("EMEA (Frankfurt)", "mypurecloud.de", "Europe, Middle East, Africa", "DE")
TOKYO = Region("Asia Pacific (Tokyo)", "mypurecloud.jp", "Asia Pacific", "JP")
OSAKA = Region("Asia Pacific (Osaka)", "apne3.pure.cloud", "Asia Pacific", "JP")
SYDNEY = Region("Asia Pacific (Sydney)", "mypurecloud.com.au", "Asia Pacific", "AU")
REGIONS = (US_EAST, US_EAST_2, US_WEST, SAO_PAULO, FRANKFURT, TOKYO, OSAKA, SYDNEY)

# Shaped like the Genesys Cloud page: one group per region, services inside.
GENESYS_LIKE = {
    "page": {"name": "Genesys Cloud", "url": "https://status.mypurecloud.com"},
    "status": {"indicator": "major", "description": "Partial System Outage"},
    "components": [
        {"id": "g-use1", "name": "Americas (US East)", "status": "partial_outage", "group": True,
         "components": ["c-voice-use1", "c-chat-use1"]},
        {"id": "c-voice-use1", "name": "Voice", "status": "partial_outage", "group_id": "g-use1"},
        {"id": "c-chat-use1", "name": "Web Messaging", "status": "operational", "group_id": "g-use1"},
        {"id": "g-fra", "name": "EMEA (Frankfurt)", "status": "major_outage", "group": True,
         "components": ["c-voice-fra"]},
        {"id": "c-voice-fra", "name": "Voice", "status": "major_outage", "group_id": "g-fra"},
        {"id": "c-api-au", "name": "Public API (mypurecloud.com.au)", "status": "degraded_performance"},
        {"id": "g-use2", "name": "Americas (US East 2, FedRAMP)", "status": "under_maintenance", "group": True},
    ],
    "incidents": [
        {"id": "i-fra", "name": "Voice calls failing", "status": "investigating", "impact": "critical",
         "shortlink": "https://stspg.io/fra",
         "created_at": "2026-11-27T08:05:00Z",
         "components": [{"id": "c-voice-fra", "name": "Voice", "status": "major_outage", "group_id": "g-fra"}]},
        {"id": "i-global", "name": "Delayed analytics", "status": "identified", "impact": "minor",
         "components": []},
        {"id": "i-use1", "name": "Voice quality in Americas (US East)", "status": "monitoring", "impact": "major"},
    ],
}  # fmt: skip


@pytest.fixture
def summary():
    return parse_summary(GENESYS_LIKE)


def test_region_keywords():
    assert region_keywords(FRANKFURT) == ("emea (frankfurt)", "mypurecloud.de", "frankfurt")
    assert region_keywords(US_EAST_2) == (
        "americas (us east 2, fedramp)",
        "use2.us-gov-pure.cloud",
        "us east 2, fedramp",
        "us east 2",
        "fedramp",
        "use2",
    )
    assert region_keywords(SAO_PAULO) == ("americas (sao paulo)", "sae1.pure.cloud", "sao paulo", "sae1")


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Americas (US East)", US_EAST, True),
        ("US East", US_EAST, True),
        ("login.mypurecloud.com", US_EAST, True),
        ("Americas (US East 2, FedRAMP)", US_EAST, False),
        ("US East 2", US_EAST, False),
        ("mypurecloud.com.au", US_EAST, False),
        ("Public API (mypurecloud.com.au)", SYDNEY, True),
        ("EMEA (Frankfurt) - Voice", FRANKFURT, True),
        ("FRANKFURT", FRANKFURT, True),
        ("apps.mypurecloud.de", FRANKFURT, True),
        ("Americas (Sao Paulo)", SAO_PAULO, True),
        ("São Paulo", SAO_PAULO, True),
        ("usw2", US_WEST, True),
        ("FedRAMP", US_EAST_2, True),
        ("Asia Pacific (Osaka)", TOKYO, False),
        ("Asia Pacific (Osaka)", OSAKA, True),
        ("Voice", US_EAST, False),
        ("Frankfurter Allgemeine", FRANKFURT, False),
    ],
)
def test_names_region(text, region, expected):
    assert names_region(text, region) is expected


def test_region_components_include_the_services_of_the_regions_group(summary):
    assert [c.id for c in region_components(summary, US_EAST)] == ["g-use1", "c-voice-use1", "c-chat-use1"]
    assert [c.id for c in region_components(summary, SYDNEY)] == ["c-api-au"]
    assert region_components(summary, TOKYO) == ()


def test_affected_in_region_lists_services_not_their_group(summary):
    assert [(c.name, c.status.value) for c in affected_in_region(summary, US_EAST)] == [("Voice", "partial_outage")]
    assert [c.id for c in affected_in_region(summary, FRANKFURT)] == ["c-voice-fra"]
    # A group with no services listed stands for itself.
    assert [c.id for c in affected_in_region(summary, US_EAST_2)] == ["g-use2"]
    assert affected_in_region(summary, TOKYO) == ()


def test_an_incident_of_another_region_is_probably_not_yours(summary):
    advice = case_advice(summary.incidents[0], summary, US_EAST, REGIONS)
    assert advice.worth is Worth.OPEN_CASE
    [message] = advice.messages
    assert message.params == {"regions": "EMEA (Frankfurt)", "region": "Americas (US East)"}
    assert "not your region" in message.render()


def test_an_open_critical_incident_of_your_region(summary):
    advice = case_advice(summary.incidents[0], summary, FRANKFURT, REGIONS)
    assert advice.worth is Worth.ONLY_IF_DIFFERENT
    texts = [message.render() for message in advice.messages]
    assert texts[0].startswith("Genesys already knows and is working on this incident")
    assert "Severity 1" in texts[1]  # a major or critical incident does not change the phone rule


def test_a_minor_incident_without_region_and_an_unknown_region(summary):
    advice = case_advice(summary.incidents[1], summary, None, REGIONS)
    assert advice.worth is Worth.ONLY_IF_DIFFERENT
    assert len(advice.messages) == 1


def test_a_monitored_incident_is_worth_a_case_if_it_goes_on(summary):
    advice = case_advice(summary.incidents[2], summary, US_EAST, REGIONS)
    assert advice.worth is Worth.OPEN_CASE
    assert "A fix is in place" in advice.messages[0].render()


def test_a_resolved_incident_is_worth_a_case_if_it_goes_on(summary):
    # The summary lists only unresolved incidents; one may be resolved by the time the user reads it.
    resolved = replace(summary.incidents[1], status=IncidentStatus.RESOLVED)
    advice = case_advice(resolved, summary, US_EAST, REGIONS)
    assert advice.worth is Worth.OPEN_CASE
    assert advice.messages[0].render().startswith("This incident is resolved.")


def test_incident_reference_text():
    summary = parse_summary(
        json.loads((REALWORLD / "statuspage" / "github_summary_minor_unresolved-incident.json").read_text("utf-8"))
    )
    assert incident_reference(summary.incidents[0]) == (
        'Genesys Cloud status incident "Incident with Packages and Pages" '
        "(major impact, investigating; opened 2022-11-25 14:39 UTC): https://stspg.io/33vh8r7z43kh"
    )


def test_incident_reference_without_time_or_link():
    incident = Incident("x", "Delayed analytics", IncidentStatus.IDENTIFIED, Impact.MINOR)
    assert incident_reference(incident) == (
        'Genesys Cloud status incident "Delayed analytics" (minor impact, identified)'
    )


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (timedelta(seconds=59), "less than a minute"),
        (timedelta(seconds=-5), "less than a minute"),
        (timedelta(minutes=12, seconds=30), "12 min"),
        (timedelta(hours=3, minutes=5), "3 h 5 min"),
        (timedelta(days=2, hours=4, minutes=59), "2 d 4 h"),
    ],
)
def test_describe_age(age, text):
    assert describe_age(age).render() == text


def test_plain_text():
    body = "Fixed.<br />Details on <a href='https://x'>the blog</a> &amp; more.<br/><br/>  Thanks  "
    assert plain_text(body) == "Fixed.\nDetails on the blog & more.\nThanks"
