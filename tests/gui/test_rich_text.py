"""The banner's escaping gives exactly what ``html.escape`` gives (it exists only to spare importing ``html``)."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from care_desktop.ui.rich_text import escape


@given(st.text())
def test_escape_matches_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text, quote=True)


def test_escape_replaces_every_markup_character() -> None:
    assert escape("""<a href="x">Tom & Jerry's</a>""") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;"
