"""``make screenshots`` draws every picture that README.md and docs/*.md show: the script runs, in a real process.

The Japanese pictures come from the same walk (``--language ja``): each one the docs show has an English twin
that this run draws, and none of them is of the command line (which speaks English only).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PICTURE = re.compile(r"screenshots/([\w./-]+\.png)")


def pictures_the_docs_show() -> set[str]:
    """The PNG paths below docs/screenshots/ named by README.md and docs/*.md."""
    texts = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    return {name for path in texts for name in PICTURE.findall(path.read_text(encoding="utf-8"))}


def test_the_docs_name_pictures():
    shown = pictures_the_docs_show()
    assert "critical-outage.png" in shown
    assert "ja/critical-outage.png" in shown
    assert "rough-edges/18-about.png" in shown


def test_every_set_draws_and_every_picture_of_the_docs_is_drawn(tmp_path):
    out = tmp_path / "shots"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "screenshots.py"), str(out), "--set", "all"],
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    drawn = {path.relative_to(out).as_posix() for path in out.rglob("*.png")}
    assert {line.strip() for line in result.stdout.splitlines()} == {str(out / name) for name in drawn}
    shown = pictures_the_docs_show()
    english = {name for name in shown if not name.startswith("ja/")}
    assert english - drawn == set()
    japanese = {name.removeprefix("ja/") for name in shown if name.startswith("ja/")}
    assert japanese - drawn == set()
    assert not any(name.startswith("cli-") for name in japanese)
