import json
from datetime import UTC, datetime, timedelta

import pytest

from care_desktop.domain.status.summary import (
    ComponentStatus,
    Impact,
    IncidentStatus,
    Indicator,
    MaintenanceStatus,
    StatusFormatError,
    StatusResult,
    Summary,
    parse_summary,
    parse_time,
)
from tests.conftest import REALWORLD

STATUSPAGE = REALWORLD / "statuspage"


def load(name: str) -> object:
    return json.loads((STATUSPAGE / name).read_text(encoding="utf-8"))


def test_the_real_github_summary():
    summary = parse_summary(load("github_summary_minor_unresolved-incident.json"))
    assert (summary.page_name, summary.page_url) == ("GitHub", "https://www.githubstatus.com")
    assert summary.updated_at == datetime(2022, 11, 25, 15, 50, 5, 892000, tzinfo=UTC)
    assert (summary.indicator, summary.description) == (Indicator.MINOR, "Minor Service Outage")
    assert len(summary.components) == 11
    assert [c.name for c in summary.components if c.affected] == ["Packages"]
    assert summary.components[7].status is ComponentStatus.PARTIAL_OUTAGE
    assert summary.maintenances == ()
    [incident] = summary.incidents
    assert incident.id == "ljwdk6qml8z8"
    assert incident.name == "Incident with Packages and Pages"
    assert (incident.status, incident.impact) == (IncidentStatus.INVESTIGATING, Impact.MAJOR)
    assert incident.url == "https://stspg.io/33vh8r7z43kh"
    assert incident.created_at == datetime(2022, 11, 25, 14, 39, 9, 548000, tzinfo=UTC)
    assert len(incident.updates) == 7
    latest = incident.latest_update
    assert latest is not None
    assert latest.created_at == datetime(2022, 11, 25, 15, 50, 4, 967000, tzinfo=UTC)
    assert latest.body.startswith("Packages is now experiencing degraded performance.")
    assert [(c.name, c.status) for c in incident.components] == [
        ("Packages", ComponentStatus.PARTIAL_OUTAGE),
        ("Pages", ComponentStatus.OPERATIONAL),
    ]
    assert not incident.resolved


def test_the_real_incidents_file_without_page_or_status():
    # incidents.json of the same API: no page, no status, five resolved incidents.
    summary = parse_summary(load("github_incidents_major_critical.json"))
    assert (summary.page_name, summary.page_url) == ("", "")
    assert summary.indicator is Indicator.UNKNOWN
    assert summary.description == ""
    assert summary.incidents == ()  # resolved incidents are not shown as current
    assert summary.components == ()


def test_unknown_enum_values_become_unknown():
    summary = parse_summary(
        {
            "status": {"indicator": "catastrophic", "description": "Something new"},
            "components": [{"id": "c1", "name": "Voice", "status": "degraded"}],
            "incidents": [{"id": "i1", "name": "New", "status": "escalated", "impact": "huge"}],
            "scheduled_maintenances": [{"id": "m1", "name": "Later", "status": "postponed", "impact": 7}],
        }
    )
    assert summary.indicator is Indicator.UNKNOWN
    assert summary.description == "Something new"
    assert summary.components[0].status is ComponentStatus.UNKNOWN
    assert summary.components[0].affected  # not known to be operational
    incident = summary.incidents[0]
    assert (incident.status, incident.impact) == (IncidentStatus.UNKNOWN, Impact.UNKNOWN)
    assert not incident.resolved
    assert summary.maintenances[0].status is MaintenanceStatus.UNKNOWN


def test_missing_fields_get_defaults():
    summary = parse_summary({"incidents": [{}, {"name": "Only a name"}], "status": {}})
    assert summary.indicator is Indicator.UNKNOWN
    assert [i.name for i in summary.incidents] == ["", "Only a name"]
    incident = summary.incidents[1]
    assert (incident.id, incident.url, incident.created_at, incident.updates) == ("", "", None, ())
    assert incident.latest_update is None


def test_wrong_types_inside_are_skipped():
    summary = parse_summary(
        {
            "page": "not an object",
            "status": {"indicator": 3, "description": None},
            "components": [1, "x", None, {"name": "Voice", "status": "operational"}],
            "incidents": {"not": "a list"},
        }
    )
    assert summary.page_name == ""
    assert (summary.indicator, summary.description) == (Indicator.UNKNOWN, "")
    assert [c.name for c in summary.components] == ["Voice"]
    assert summary.incidents == ()


@pytest.mark.parametrize(
    "document",
    [[], "summary", 42, None, {}, {"error": "rate limited"}, {"status": "ok"}, {"incidents": "none"}],
)
def test_a_document_that_is_not_a_summary_is_refused(document):
    with pytest.raises(StatusFormatError):
        parse_summary(document)


def test_incident_link_falls_back_on_the_page():
    summary = parse_summary(
        {"page": {"url": "https://status.mypurecloud.com/"}, "incidents": [{"id": "abc", "name": "No short link"}]}
    )
    assert summary.incidents[0].url == "https://status.mypurecloud.com/incidents/abc"


def test_latest_update_is_the_newest_even_out_of_order():
    summary = parse_summary(
        {
            "incidents": [
                {
                    "name": "x",
                    "status": "identified",
                    "incident_updates": [
                        {"status": "investigating", "body": "first", "created_at": "2026-11-27T09:00:00Z"},
                        {"status": "identified", "body": "second", "created_at": "2026-11-27T09:30:00Z"},
                    ],
                }
            ]
        }
    )
    latest = summary.incidents[0].latest_update
    assert latest is not None
    assert latest.body == "second"


def test_maintenances_completed_are_dropped_and_in_progress_found():
    summary = parse_summary(
        {
            "scheduled_maintenances": [
                {"id": "a", "name": "Done", "status": "completed", "impact": "maintenance"},
                {"id": "b", "name": "Now", "status": "in_progress", "impact": "maintenance"},
                {"id": "c", "name": "Checking", "status": "verifying", "impact": "minor"},
                {"id": "d", "name": "Tomorrow", "status": "scheduled", "impact": "none"},
            ]
        }
    )
    assert [m.name for m in summary.maintenances] == ["Now", "Checking", "Tomorrow"]
    assert [m.name for m in summary.maintenance_in_progress] == ["Now", "Checking"]
    assert summary.maintenances[0].impact is Impact.MAINTENANCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-11-25T15:50:05.892Z", datetime(2022, 11, 25, 15, 50, 5, 892000, tzinfo=UTC)),
        ("2026-11-27T10:00:00+01:00", datetime(2026, 11, 27, 9, 0, tzinfo=UTC)),
        ("2026-11-27T10:00:00", datetime(2026, 11, 27, 10, 0, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        (None, None),
        (1700000000, None),
    ],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def test_result_age():
    fetched = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    stale = StatusResult(Summary(), fetched, fetched + timedelta(hours=2, minutes=5), stale=True)
    assert stale.age == timedelta(hours=2, minutes=5)
    assert not stale.unknown
    unknown = StatusResult(None, None, fetched, stale=True)
    assert unknown.age is None
    assert unknown.unknown
    clock_went_back = StatusResult(Summary(), fetched, fetched - timedelta(minutes=1), stale=True)
    assert clock_went_back.age == timedelta(0)
