"""House rules of DESIGN.md section 7 that a machine can check."""

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "care_desktop"
ASK_LINES = 400  # above this, a module is listed: does it hold two things? (DESIGN.md section 7)
MAX_LINES = 600  # above this, it fails: a size guides, it never forces a split
BANNED_NAMES = {"util.py", "utils.py", "helpers.py"}
# A noqa comment must name the rules it silences after a colon (N802, or E501, F401).
BARE_NOQA = re.compile(r"#\s*noqa(?!:\s*[A-Z]+[0-9]+)", re.IGNORECASE)


def package_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def test_the_package_is_found():
    names = {relative(path) for path in package_modules()}
    assert {"care_desktop/__init__.py", "care_desktop/domain/wizard/flow.py", "care_desktop/services/store.py"} <= names


def module_lengths() -> dict[str, int]:
    return {relative(path): len(path.read_text(encoding="utf-8").splitlines()) for path in package_modules()}


def test_modules_over_400_lines_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    """Not a failure: the list is printed (``pytest -s`` or ``-rA`` shows it) so that a reviewer asks the question."""
    long = {name: lines for name, lines in sorted(module_lengths().items()) if lines > ASK_LINES}
    with capsys.disabled():
        for name, lines in long.items():
            print(f"\n[house rules] {name}: {lines} lines (over {ASK_LINES}: does it hold two things?)", end="")


def test_no_module_is_over_600_lines():
    assert {name: lines for name, lines in module_lengths().items() if lines > MAX_LINES} == {}


REEXPORT = re.compile(
    r"^\s*from\s+\S+\s+import\s+(\w+)\s+as\s+\1\b|^\s*import\s+[\w.]+\.(\w+)\s+as\s+\2\b", re.MULTILINE
)


@pytest.mark.parametrize("folder", ["care_desktop", "tests", "scripts", "benchmarks"])
def test_no_re_exports(folder):
    """One import path per name: ``import X as X`` re-exports a name from a module that is not its home."""
    found = [
        relative(path)
        for path in sorted((REPO / folder).rglob("*.py"))
        if REEXPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize("line", ["from a.b import C as C", "import a.b.c as c", "    from x import yy as yy  "])
def test_re_export_pattern_finds(line):
    assert REEXPORT.search(line)


@pytest.mark.parametrize("line", ["from a.b import C as D", "import numpy as np", "from x import y"])
def test_re_export_pattern_passes(line):
    assert not REEXPORT.search(line)


def test_no_catch_all_module_names():
    assert [relative(path) for path in PACKAGE.rglob("*") if path.name in BANNED_NAMES] == []


@pytest.mark.parametrize("folder", ["care_desktop", "tests", "scripts", "benchmarks"])
def test_every_noqa_names_its_rule(folder):
    bare = []
    for path in sorted((REPO / folder).rglob("*.py")):
        for comment, line in comments(path.read_text(encoding="utf-8")):
            if BARE_NOQA.search(comment):
                bare.append(f"{relative(path)}:{line}: {comment}")
    assert bare == []


def comments(source: str) -> list[tuple[str, int]]:
    """Return the comments of a module with their line numbers (text inside strings is not a comment)."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [(token.string, token.start[0]) for token in tokens if token.type == tokenize.COMMENT]


def test_comments_are_found_outside_strings_only():
    source = 'x = "# noqa"  # real: noqa: E501\n# noqa\ny = 1\n'
    assert comments(source) == [("# real: noqa: E501", 1), ("# noqa", 2)]


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("x = 1  # noqa", True),
        ("x = 1  # NOQA", True),
        ("x = 1  #noqa", True),
        ("x = 1  # noqa:", True),
        ("x = 1  # noqa - because", True),
        ("def QT_TRANSLATE_NOOP():  # noqa: N802 - the name lupdate looks for", False),
        ("import a  # noqa: F401, E402", False),
        ("x = 1", False),
    ],
)
def test_bare_noqa_pattern(line, bare):
    assert (BARE_NOQA.search(line) is not None) is bare


def test_every_module_has_a_docstring():
    missing = []
    for path in package_modules():
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        if not docstring or not docstring.strip():
            missing.append(relative(path))
    assert missing == []


def test_placeholders_are_filled_by_fill_in_one_pass():
    """``.replace("%1", value)`` rewrites a value that itself holds ``%2``; ``i18n.fill`` fills all in one pass."""
    chained = [
        relative(path)
        for path in package_modules()
        if re.search(r"""\.replace\(\s*["']%\d["']""", path.read_text(encoding="utf-8"))
    ]
    assert chained == []


def test_one_retranslation_mechanism():
    """Widgets retranslate through ``i18n.on_language_change``, not copied ``changeEvent`` overrides."""
    overrides = [relative(path) for path in package_modules() if "def changeEvent" in path.read_text(encoding="utf-8")]
    assert overrides == []


# A plural in parentheses ("file(s)", "match(es)", "entr(ies)"): counts go through Qt's plural forms instead.
PARENTHESISED_PLURAL = re.compile(r"[A-Za-z]\((?:s|es|ies)\)")
SOURCE_ARGUMENT = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}  # where the English text is
COUNT_ARGUMENT = {"tr": 2, "translate": 3}  # where the number is (pyside6-lupdate's Python reader too)


def called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translated_texts(tree: ast.AST) -> list[tuple[ast.Call, str]]:
    """The literal English texts given to ``tr``, ``translate``, ``QT_TRANSLATE_NOOP`` (and ``count_text``'s one)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = called_name(node)
        index = 1 if name == "count_text" else SOURCE_ARGUMENT.get(name)
        text = literal(node.args[index]) if index is not None and len(node.args) > index else None
        if text is not None:
            found.append((node, text))
    return found


def string_constants(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal of a module (f-string parts and docstrings too), with its line."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_no_plural_in_parentheses_in_user_texts():
    """No "file(s)": a count reads "1 file", "2 files".

    Checked in every text for the windows (given to tr, translate, QT_TRANSLATE_NOOP, count_text), which count
    through Qt's plural forms, and in every string of the CLI, which counts with ``domain.plurals``.
    """
    found = []
    for path in package_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if path.is_relative_to(PACKAGE / "cli"):
            texts = string_constants(tree)
        else:
            texts = [(call.lineno, text) for call, text in translated_texts(tree)]
        found += [f"{relative(path)}:{line}: {text!r}" for line, text in texts if PARENTHESISED_PLURAL.search(text)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "parenthesised"),
    [
        ("Added %1 file(s).", True),
        ("%n match(es)", True),
        ("3 entr(ies)", True),
        ("Added %n files.", False),
        ("Severity (s)", False),
        ("(see below)", False),
    ],
)
def test_parenthesised_plural_pattern(text, parenthesised):
    assert (PARENTHESISED_PLURAL.search(text) is not None) is parenthesised


def test_count_texts_are_given_their_count():
    """A text with %n is translated with its number; a number given to a text without %n would be lost.

    ``self.tr(text, "", n)`` and ``QCoreApplication.translate(context, text, "", n)``; a domain text with %n is
    declared with ``count_text`` (its English for one), and its message carries the count.
    """
    wrong = []
    for path in package_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        declared = {
            id(node.args[0])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and called_name(node) == "count_text" and node.args
        }
        for call, text in translated_texts(tree):
            name, where = called_name(call), f"{relative(path)}:{call.lineno}: {text!r}"
            index = COUNT_ARGUMENT.get(name)
            if index is not None and ("%n" in text) != (len(call.args) > index):
                wrong.append(f"{where}: {'no count' if '%n' in text else 'a count, but no %n'}")
            if name == "QT_TRANSLATE_NOOP" and "%n" in text and id(call) not in declared:
                wrong.append(f"{where}: declare it with count_text (its English for one)")
    assert wrong == []
