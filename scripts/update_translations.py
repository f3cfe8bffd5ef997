"""Update the translation sources from the code and compile them, with Qt's Linguist tools.

1. ``pyside6-lupdate`` reads every ``care_desktop/**/*.py`` (``self.tr()``, ``QCoreApplication.translate`` and
   the domain's ``QT_TRANSLATE_NOOP("domain", ...)``) into ``resources/translations/care_desktop_<lang>.ts``:
   existing translations are kept, new texts arrive unfinished, texts gone from the code are dropped.
2. Every text with ``%n`` (a count) is made a plural text (``numerus="yes"``) with as many forms as the
   language has: lupdate's Python reader marks ``self.tr(text, "", n)`` but not ``QCoreApplication.translate(
   context, text, "", n)`` (it reads a name in that place as a Qt 4 encoding) nor a domain text. The forms a
   plural text had before the run are kept. The English file (``care_desktop_en.ts``) holds only the plural
   texts: the source texts are English already, it gives each count text its forms for one and for more.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Translate the unfinished texts with Qt Linguist (``pyside6-linguist resources/translations/care_desktop_ja.ts``)
or any editor, then run this again. It prints, for each language, how many texts there are, how many are
translated and how many are still unfinished.

Usage: python scripts/update_translations.py [LANG ...]   (default: every care_desktop_*.ts; a new LANG starts
a new file)
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "care_desktop"
TRANSLATIONS = REPO / "resources" / "translations"
PREFIX = "care_desktop_"
SOURCE_LANGUAGE = "en"  # its file holds only the plural texts (the forms of each count text)
COUNT = "%n"
Key = tuple[str, str, str]  # context, source, disambiguation
LUPDATE_FORMS_NOTICE = (
    "Removed plural forms as the target language has less forms.\n"
    "If this sounds wrong, possibly the target language is not set or recognized.\n"
)
CONTEXT_BLOCK = re.compile(r"^<context>\n.*?^</context>\n", re.DOTALL | re.MULTILINE)
MESSAGE_BLOCK = re.compile(r"^    <message(?: numerus=\"yes\")?>\n.*?^    </message>\n", re.DOTALL | re.MULTILINE)
TRANSLATION_BLOCK = re.compile(r"^        <translation[^>]*?(?:/>|>.*?</translation>)\n", re.DOTALL | re.MULTILINE)


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
    """Merge the texts of the code into ``ts`` (created when missing), dropping texts no longer in the code.

    Then every count text is made a plural text with the forms it had before (:func:`mark_plurals`); the
    source language's file keeps only those.
    """
    before = plural_forms(ts) if ts.exists() else {}
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none" if language == SOURCE_LANGUAGE else "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        *(str(path) for path in sources()),
        "-ts",
        str(ts),
    ]
    run = subprocess.run(command, check=True, cwd=REPO, stderr=subprocess.PIPE, text=True)
    # lupdate says so when it turns back into plain texts the plural texts it does not know for plurals
    # (their forms are restored just below): only its other messages are worth showing.
    sys.stderr.write(run.stderr.replace(LUPDATE_FORMS_NOTICE, ""))
    mark_plurals(ts, numerus_forms(language), before, plural_only=language == SOURCE_LANGUAGE)


@functools.cache
def numerus_forms(language: str) -> int:
    """How many plural forms Qt knows for ``language`` (English 2, Japanese 1), as lupdate writes them."""
    with tempfile.TemporaryDirectory() as folder:
        probe, ts = Path(folder) / "probe.py", Path(folder) / "probe.ts"
        probe.write_text('class Probe:\n    def f(self, n):\n        self.tr("%n", "", n)\n', encoding="utf-8")
        command = [tool("pyside6-lupdate"), "-silent", "-target-language", language, str(probe), "-ts", str(ts)]
        subprocess.run(command, check=True, cwd=folder)
        return len(ET.parse(ts).getroot().findall(".//numerusform"))


def key_of(context: str, message: ET.Element) -> Key:
    """The identity of a message: its context, source text and disambiguation."""
    return context, message.findtext("source", ""), message.findtext("comment", "")


def forms_of(translation: ET.Element | None) -> tuple[list[str], bool]:
    """The translated forms of a message and whether they are finished."""
    if translation is None:
        return [], False
    finished = translation.get("type") is None
    numerus = translation.findall("numerusform")
    if numerus:
        return [form.text or "" for form in numerus], finished
    return ([translation.text] if translation.text else []), finished  # a text lupdate did not take for a plural


def plural_forms(ts: Path) -> dict[Key, tuple[list[str], bool]]:
    """The forms of every plural text of ``ts``, read before lupdate drops those it does not know as plurals."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[key_of(name, message)] = forms_of(message.find("translation"))
    return found


def protect(text: str) -> str:
    """Escape a text the way lupdate writes it."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&apos;")):
        text = text.replace(plain, escaped)
    return text


def plural_message(block: str, forms: list[str], finished: bool) -> str:
    """Rewrite one ``<message>`` block of a .ts file as a plural text with ``forms``."""
    state = "" if finished and all(forms) else ' type="unfinished"'
    lines = [f"        <translation{state}>\n"]
    lines += [f"            <numerusform>{protect(form)}</numerusform>\n" for form in forms]
    lines.append("        </translation>\n")
    block = block.replace("    <message>\n", '    <message numerus="yes">\n', 1)
    return TRANSLATION_BLOCK.sub(lambda _match: "".join(lines), block, count=1)


def mark_plurals(ts: Path, count: int, before: dict[Key, tuple[list[str], bool]], plural_only: bool) -> None:
    """Make every text with ``%n`` in ``ts`` a plural text with ``count`` forms; drop the others if asked.

    Args:
        ts: The .ts file lupdate has just written (edited as text, so that the rest stays as lupdate wrote it).
        count: How many plural forms the language has.
        before: The forms of the plural texts before lupdate ran (:func:`plural_forms`): they are kept.
        plural_only: Keep only the plural texts (the source language's file).
    """

    def message(name: str, match: re.Match[str]) -> str:
        block = match.group(0)
        element = ET.fromstring(block)
        key = key_of(name, element)
        if COUNT not in key[1]:
            return "" if plural_only else block
        forms, finished = before.get(key) or forms_of(element.find("translation"))
        return plural_message(block, (forms + [""] * count)[:count], finished)

    def context(match: re.Match[str]) -> str:
        block = match.group(0)
        name = ET.fromstring(block).findtext("name", "")
        block = MESSAGE_BLOCK.sub(lambda found: message(name, found), block)
        return block if MESSAGE_BLOCK.search(block) else ""

    text = ts.read_text(encoding="utf-8")
    ts.write_text(CONTEXT_BLOCK.sub(context, text), encoding="utf-8")


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
