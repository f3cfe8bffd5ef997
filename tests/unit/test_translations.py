"""The translations: well-formed, complete enough, in step with the code, compiled, placeholders kept.

The code's texts are read with the same ``pyside6-lupdate`` run as ``scripts/update_translations.py`` (into a
temporary file), so these tests fail when someone adds, changes or removes a text without updating the
translation. Every count text (``%n``) is a plural text with finished forms, in Japanese (one form) and in the
English catalogue (one and more), whose forms for one match the domain's own English. The Japanese help pages
and the Japan-specific link are checked here too.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import pkgutil
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import care_desktop.domain
import care_desktop.services
from care_desktop.domain.messages import ENGLISH_ONE
from care_desktop.services import resources
from care_desktop.services.evidence import HELP_TOPICS

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "care_desktop_ja.ts"
QM = TRANSLATIONS / "care_desktop_ja.qm"
ENGLISH_TS = TRANSLATIONS / "care_desktop_en.ts"
LANGUAGES = ("ja", "en")
FORMS = {"ja": 1, "en": 2}  # Qt's plural forms: Japanese has one, English one and other
MAX_UNFINISHED = 0.05
Key = tuple[str, str]  # (context, source)


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "scripts" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the script's dataclass looks its module up
    spec.loader.exec_module(module)
    return module


SCRIPT = load_script()


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file that is not obsolete, by context and source."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"obsolete", "vanished"}:
                continue
            found[(name, message.findtext("source", ""))] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The translated forms of a message (one for Japanese, also for %n messages); empty when unfinished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return []
    forms = translation.findall("numerusform") or [translation]
    return [form.text or "" for form in forms]


@pytest.fixture(scope="module")
def code_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """The texts the code holds now, as a fresh lupdate run finds them."""
    fresh = tmp_path_factory.mktemp("lupdate") / "care_desktop_ja.ts"
    SCRIPT.lupdate(fresh, "ja")
    return messages(fresh)


@pytest.fixture(scope="module")
def shipped() -> dict[Key, ET.Element]:
    return messages(TS)


@pytest.fixture(scope="module")
def english() -> dict[Key, ET.Element]:
    return messages(ENGLISH_TS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_is_well_formed_from_english(language):
    root = ET.parse(TRANSLATIONS / f"care_desktop_{language}.ts").getroot()
    assert root.tag == "TS"
    assert root.get("language") == language
    assert root.get("sourcelanguage") == "en"


def test_lupdate_finds_the_ui_and_the_domain_texts(code_texts):
    contexts = {context for context, _source in code_texts}
    assert {"MainWindow", "SettingsDialog", "SeverityPage", "Steps", "domain"} <= contexts
    assert ("domain", "Critical") in code_texts  # QT_TRANSLATE_NOOP("domain", ...) in domain/severity.py
    assert ("domain", "Organization short name") in code_texts  # domain/readout.py
    assert ("MainWindow", "&New case") in code_texts  # self.tr() in ui/main_window.py


def test_no_more_than_5_percent_of_the_code_texts_are_unfinished(code_texts, shipped):
    unfinished = sorted(key for key in code_texts if key not in shipped or not translations(shipped[key]))
    assert len(unfinished) <= MAX_UNFINISHED * len(code_texts), (
        f"{len(unfinished)} of {len(code_texts)} texts are not translated; run scripts/update_translations.py "
        f"and translate them, e.g. {unfinished[:10]}"
    )


def test_every_text_of_the_ts_file_is_still_in_the_code(code_texts, shipped):
    gone = sorted(set(shipped) - set(code_texts))
    assert gone == [], "run scripts/update_translations.py: these texts are no longer in the code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path, language):
    compiled = tmp_path / f"care_desktop_{language}.qm"
    SCRIPT.lrelease(TRANSLATIONS / compiled.with_suffix(".ts").name, compiled)
    shipped_qm = (TRANSLATIONS / compiled.name).read_bytes()
    assert compiled.read_bytes() == shipped_qm, "run scripts/update_translations.py to compile the .ts"


def count_texts(found: dict[Key, ET.Element]) -> set[Key]:
    return {key for key in found if "%n" in key[1]}


def test_every_count_text_is_a_plural_text_in_japanese(shipped):
    wrong = [
        key
        for key in count_texts(shipped)
        if shipped[key].get("numerus") != "yes" or len(translations(shipped[key])) != FORMS["ja"]
    ]
    assert wrong == [], 'a %n text is numerus="yes" with one finished <numerusform>'


def test_the_english_catalogue_holds_every_count_text_with_both_forms(code_texts, english):
    assert set(english) == count_texts(code_texts), "run scripts/update_translations.py: it has the %n texts only"
    wrong = []
    for (context, source), message in english.items():
        forms = translations(message)
        if message.get("numerus") != "yes" or len(forms) != FORMS["en"] or not all(forms) or forms[1] != source:
            wrong.append((context, source, forms))
    assert wrong == [], 'each is numerus="yes", finished, with the form for one, then the source text itself'


def test_the_domain_and_the_english_catalogue_agree_on_the_form_for_one(code_texts, english):
    for package in (care_desktop.domain, care_desktop.services):  # every count_text declared
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    domain = {source for context, source in count_texts(code_texts) if context == "domain"}
    assert domain <= set(ENGLISH_ONE), "declare each domain %n text with count_text"
    assert {source: translations(english[("domain", source)])[0] for source in domain} == {
        source: ENGLISH_ONE[source] for source in domain
    }


def _literal(args: list[ast.expr], index: int) -> str | None:
    node = args[index] if len(args) > index else None
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Texts(ast.NodeVisitor):
    """Every literal text given to tr, translate and QT_TRANSLATE_NOOP, with the context lupdate must give it."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[int, str, str | None]] = []  # line, text, context (None: not a literal)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr == "tr" and (text := _literal(node.args, 0)):
            owner = function.value.id if isinstance(function.value, ast.Name) else None
            context = self.classes[-1] if owner == "self" and self.classes else owner  # self.tr, or Class.tr
            self.found.append((node.lineno, text, context))
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name in {"translate", "QT_TRANSLATE_NOOP"} and (text := _literal(node.args, 1)):
            self.found.append((node.lineno, text, _literal(node.args, 0)))
        self.generic_visit(node)


def test_lupdate_finds_every_text_given_to_a_translation_call(code_texts):
    """The Python reader of lupdate skips a translate() whose context is a name or whose count is a call."""
    missed = []
    for path in sorted((REPO / "care_desktop").rglob("*.py")):
        texts = _Texts()
        texts.visit(ast.parse(path.read_text(encoding="utf-8")))
        for line, text, context in texts.found:
            if context is None or (context, text) not in code_texts:
                missed.append(f"{path.relative_to(REPO)}:{line}: {context}: {text!r}")
    assert missed == [], "give the context as a literal and the count as a plain name (count = len(items))"


def placeholders(text: str) -> list[str]:
    """Qt's %1..%99 and %n markers, and Python's {named} fields (sorted, repeats kept)."""
    qt = re.findall(r"%(?:\d{1,2}|n)", text)
    named = [field for _literal, field, _spec, _conv in string.Formatter().parse(text) if field is not None]
    return sorted(qt + [f"{{{field}}}" for field in named])


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics (``&X``; ``&&`` is a literal ampersand) a text holds."""
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_mnemonics_are_kept(language):
    wrong = []
    for (context, source), message in messages(TRANSLATIONS / f"care_desktop_{language}.ts").items():
        for text in translations(message):
            if placeholders(text) != placeholders(source) or mnemonics(text) != mnemonics(source):
                wrong.append((context, source, text))
    assert wrong == []


def test_domain_templates_still_format_once_translated(shipped):
    for (context, source), message in shipped.items():
        if context != "domain":
            continue
        values = {field: "x" for _l, field, _s, _c in string.Formatter().parse(source) if field}
        for text in translations(message):
            assert text.format(**values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("&New case", 1),
        ("新しいケース(&N)", 1),
        ("Tom && Jerry", 0),
        ("No mnemonic", 0),
        ("Case %1 & more", 0),
    ],
)
def test_mnemonics_are_counted(text, expected):
    assert mnemonics(text) == expected


def test_placeholders_are_listed():
    assert placeholders("Case %1: %2 new, {name} in %n day(s)") == ["%1", "%2", "%n", "{name}"]


@pytest.mark.parametrize("topic", HELP_TOPICS)
def test_every_evidence_help_page_has_a_japanese_version(topic):
    english = resources.help_text(topic, "en")
    japanese = resources.help_text(topic, "ja")
    assert japanese != english
    assert re.search(r"[\u3040-\u30ff]", japanese), "the Japanese page holds kana"
    # The same links: the Japanese page points to the same official instructions.
    assert sorted(re.findall(r"https?://[^\s)>\]]+", japanese)) == sorted(re.findall(r"https?://[^\s)>\]]+", english))


def test_the_profile_links_the_japanese_customer_care_article():
    profile = resources.load_profile()
    link = profile.links["care_page_ja"]
    assert link.url == "https://jp-help.mypurecloud.com/articles/contact-genesys-cloud-care/"
    assert profile.sources["care_page_ja"].url == link.url
    raw = json.loads(resources.read_text("profile.json"))
    assert raw["sources"]["care_page_ja"]["checked"] == "2026-11-26"
