"""Update the translation sources from the code and compile them, with Qt's Linguist tools.

1. ``pyside6-lupdate`` reads every ``care_desktop/**/*.py`` (``self.tr()``, ``QCoreApplication.translate`` and
   the domain's ``QT_TRANSLATE_NOOP("domain", ...)``) into ``resources/translations/care_desktop_<lang>.ts``:
   existing translations are kept, new texts arrive unfinished, texts gone from the code are dropped.
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Translate the unfinished texts with Qt Linguist (``pyside6-linguist resources/translations/care_desktop_ja.ts``)
or any editor, then run this again. It prints, for each language, how many texts there are, how many are
translated and how many are still unfinished.

Usage: python scripts/update_translations.py [LANG ...]   (default: every care_desktop_*.ts; a new LANG starts
a new file)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "care_desktop"
TRANSLATIONS = REPO / "resources" / "translations"
PREFIX = "care_desktop_"


@dataclass(frozen=True)
class Counts:
    """How far a translation is."""

    total: int
    translated: int
    unfinished: int


def tool(name: str) -> str:
    """Locate a Qt tool: beside this Python (a virtual environment's bin), else on the PATH."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every Python module of the package, in a stable order."""
    return sorted(PACKAGE.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    """Merge the texts of the code into ``ts`` (created when missing), dropping texts no longer in the code."""
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        language,
        *(str(path) for path in sources()),
        "-ts",
        str(ts),
    ]
    subprocess.run(command, check=True, cwd=REPO)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=REPO)


def count(ts: Path) -> Counts:
    """Count the texts of a ``.ts`` file: all of them, the finished ones, the unfinished or empty ones."""
    total = translated = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in {"obsolete", "vanished"}:
            continue
        total += 1
        forms = [] if translation is None else (translation.findall("numerusform") or [translation])
        if kind != "unfinished" and all((form.text or "").strip() for form in forms):
            translated += 1
    return Counts(total, translated, total - translated)


def main(languages: list[str]) -> int:
    """Update and compile the given languages (default: every existing one)."""
    if not languages:
        languages = sorted(path.stem.removeprefix(PREFIX) for path in TRANSLATIONS.glob(f"{PREFIX}*.ts"))
    if not languages:
        raise SystemExit(f"no {PREFIX}*.ts in {TRANSLATIONS}: name a language, e.g. ja")
    for language in languages:
        ts = TRANSLATIONS / f"{PREFIX}{language}.ts"
        lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        counts = count(ts)
        print(
            f"{ts.relative_to(REPO)}: {counts.total} texts, {counts.translated} translated, "
            f"{counts.unfinished} unfinished ({100 * counts.unfinished / max(counts.total, 1):.1f} %)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
