"""The layers of DESIGN.md section 2, checked.

Domain, services, cli and app import without Qt, and the import statements of each layer point down only.
"""

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "care_desktop"

QT = ("PySide6", "shiboken6")
# The domain is pure: no files, processes, network, database, threads or platform folders.
DOMAIN_FORBIDDEN = (
    "os",
    "io",
    "pathlib",
    "shutil",
    "tempfile",
    "glob",
    "sqlite3",
    "dbm",
    "shelve",
    "socket",
    "ssl",
    "select",
    "selectors",
    "subprocess",
    "multiprocessing",
    "threading",
    "concurrent",
    "asyncio",
    "urllib",
    "http",
    "ftplib",
    "smtplib",
    "requests",
    "httpx",
    "platformdirs",
    "importlib",
    "care_desktop.services",
    "care_desktop.ui",
    "care_desktop.cli",
    "care_desktop.app",
    *QT,
)
DOMAIN_FORBIDDEN_CALLS = ("open", "print", "input", "__import__", "exec", "eval")

BLOCK_QT_AND_IMPORT_ALL = """
import importlib
import importlib.abc
import pkgutil
import sys


class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{fullname} is blocked in this test")
        return None


sys.meta_path.insert(0, BlockQt())

try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the blocker does not work")

names = ["care_desktop", "care_desktop.app"]
for package_name in ("care_desktop.domain", "care_desktop.services", "care_desktop.cli"):
    package = importlib.import_module(package_name)
    names.append(package_name)
    names += [info.name for info in pkgutil.walk_packages(package.__path__, package_name + ".")]
for name in names:
    importlib.import_module(name)
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
if qt:
    raise SystemExit(f"Qt was loaded: {qt}")
print("\\n".join(names))
"""


def test_domain_services_cli_and_app_import_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT_ALL],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    imported = set(result.stdout.split())
    # The walk found the modules (a broken walk would import nothing and pass).
    assert {
        "care_desktop.app",
        "care_desktop.domain.case.model",
        "care_desktop.domain.wizard.flow",
        "care_desktop.domain.severity",
        "care_desktop.services.store",
        "care_desktop.services.resources",
        "care_desktop.cli",
        "care_desktop.cli.ids",
    } <= imported
    for path in (PACKAGE / "domain").glob("*.py"):
        assert f"care_desktop.domain.{path.stem}" in imported or path.stem == "__init__"


def python_files(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.rglob("*.py"))


def imported_modules(tree: ast.AST) -> Iterator[tuple[ast.stmt, str]]:
    """Yield every import statement with each module it names (``from a import b`` names ``a`` and ``a.b``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                yield node, "." * node.level + base
                continue
            yield node, base
            for alias in node.names:
                yield node, f"{base}.{alias.name}"


def dynamic_imports(tree: ast.AST) -> Iterator[str]:
    """Yield the literal module names given to ``importlib.import_module`` or ``__import__``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                yield node.args[0].value


def is_within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def relative(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def test_is_within():
    assert is_within("os.path", ("os",))
    assert is_within("os", ("os",))
    assert not is_within("ossaudiodev", ("os",))
    assert is_within("care_desktop.services.store", ("care_desktop.services",))


def test_the_domain_imports_nothing_but_itself_and_pure_standard_modules():
    offences = []
    for path in python_files(PACKAGE / "domain"):
        tree = parse(path)
        for _node, module in imported_modules(tree):
            if is_within(module, DOMAIN_FORBIDDEN):
                offences.append(f"{relative(path)} imports {module}")
        offences += [f"{relative(path)} imports {name} dynamically" for name in dynamic_imports(tree)]
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in DOMAIN_FORBIDDEN_CALLS
            ):
                offences.append(f"{relative(path)}:{node.lineno} calls {node.func.id}()")
    assert offences == []


def test_services_do_not_import_the_ui_or_qt():
    offences = []
    for path in python_files(PACKAGE / "services"):
        tree = parse(path)
        names = [module for _node, module in imported_modules(tree)] + list(dynamic_imports(tree))
        offences += [
            f"{relative(path)} imports {m}" for m in names if is_within(m, ("care_desktop.ui", "care_desktop.cli", *QT))
        ]
    assert offences == []


def is_type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(tree: ast.Module) -> Iterator[tuple[ast.stmt, str]]:
    """Imports that run when the module is imported: outside functions and ``if TYPE_CHECKING:`` blocks."""
    deferred = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) or is_type_checking_block(node)
    ]
    inside = {id(inner) for outer in deferred for inner in ast.walk(outer)}
    for node, module in imported_modules(tree):
        if id(node) not in inside:
            yield node, module


def test_only_the_ui_and_app_import_qt():
    offences = []
    for path in python_files(PACKAGE):
        if path.is_relative_to(PACKAGE / "ui"):
            continue
        tree = parse(path)
        if path == PACKAGE / "app.py":
            names = [module for _node, module in module_level_imports(tree)]
            banned: tuple[str, ...] = (*QT, "care_desktop.ui")
        else:
            names = [module for _node, module in imported_modules(tree)] + list(dynamic_imports(tree))
            banned = QT
        offences += [f"{relative(path)} imports {m}" for m in names if is_within(m, banned)]
    assert offences == []


def test_the_module_level_check_skips_functions_and_type_checking_blocks():
    source = (
        "import os\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "def f():\n"
        "    import PySide6\n"
        "if True:\n"
        "    from PySide6 import QtCore\n"
        "class C:\n"
        "    import shiboken6\n"
    )
    assert [module for _node, module in module_level_imports(ast.parse(source))] == [
        "os",
        "typing",
        "typing.TYPE_CHECKING",
        "PySide6",
        "PySide6.QtCore",
        "shiboken6",
    ]


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from PySide6.QtCore import QObject", ["PySide6.QtCore", "PySide6.QtCore.QObject"]),
        ("import sqlite3 as db", ["sqlite3"]),
        ("from care_desktop.services import store", ["care_desktop.services", "care_desktop.services.store"]),
    ],
)
def test_imported_modules(source, found):
    assert [module for _node, module in imported_modules(ast.parse(source))] == found


def test_dynamic_imports():
    tree = ast.parse("import importlib\nimportlib.import_module('PySide6.QtWidgets')\n__import__('socket')\n")
    assert list(dynamic_imports(tree)) == ["PySide6.QtWidgets", "socket"]
