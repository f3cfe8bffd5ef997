"""The help pages on saving evidence: one per source, each warning about credentials and promising redaction."""

from __future__ import annotations

import re

import pytest

from care_desktop.services.evidence import HELP_TOPICS
from care_desktop.services.resources import help_text


@pytest.mark.parametrize("topic", HELP_TOPICS)
def test_every_help_page_warns_about_credentials_and_redaction(topic):
    # The Markdown wraps lines anywhere, also inside quoted blocks.
    text = " ".join(line.removeprefix(">").strip() for line in help_text(topic).splitlines())
    assert text.startswith("# ")
    assert "contain credentials" in text
    assert "Care Desktop redacts" in text
    assert "before anything leaves this computer" in text


def test_the_browser_pages_name_the_menu_items_users_look_for():
    chrome = help_text("evidence_chrome_edge")
    firefox = help_text("evidence_firefox")
    for item in ("Save as...", "Export HAR", "Save all as HAR with content", "Preserve log", "Show timestamps"):
        assert item in chrome
    for item in ("Save All As HAR", "Export Visible Messages To", "Persist Logs", "Show Timestamps"):
        assert item in firefox


def test_the_desktop_app_page_says_its_locations_are_unconfirmed():
    text = help_text("evidence_desktop_app")
    assert "unconfirmed" in text
    assert "com.inin.purecloud.directory" in text


@pytest.mark.parametrize("topic", HELP_TOPICS)
def test_links_are_https(topic):
    assert all(url.startswith("https://") for url in re.findall(r"\bhttps?://\S+", help_text(topic)))


def test_a_language_without_the_page_falls_back_to_english():
    assert help_text("evidence_firefox", "fr") == help_text("evidence_firefox")


def test_japanese_help_pages_exist_for_every_topic():
    from care_desktop.services.evidence import HELP_TOPICS

    for topic in HELP_TOPICS:
        japanese = help_text(topic, "ja")
        assert japanese != help_text(topic)
        assert "HAR" in japanese
