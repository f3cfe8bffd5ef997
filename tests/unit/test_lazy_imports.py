"""Start-up stays light: the heavy libraries and services are not imported until they are needed.

Each check runs Python in a fresh process (offscreen, in a private home) and reads ``sys.modules`` after the
step, so that no earlier import in the test process can hide a regression. The network stack (requests), the
system facts (psutil), phone numbers parsing, the zip and zlib-ng writer, holiday calendars, HAR streaming
(ijson) and the redaction and packaging services must wait for the user to need them.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "care_desktop"

NOT_AT_START = (
    "requests",
    "urllib3",
    "truststore",
    "psutil",
    "phonenumbers",
    "zlib_ng",
    "holidays",
    "ijson",
    "multiprocessing",
    "care_desktop.services.packaging.builder",
    "care_desktop.services.packaging.child_process",
    "care_desktop.services.packaging.parallel_redaction",
    "care_desktop.services.redaction",
    "care_desktop.services.sysinfo",
    "care_desktop.services.http_client",
    "care_desktop.services.platform.client",
    "care_desktop.services.platform.org_lookup",
    "care_desktop.ui.screenshots",
    "care_desktop.ui.tracker.window",
    "care_desktop.ui.critical_outage",
    "care_desktop.ui.phones.directory_dialog",
    "care_desktop.ui.settings_dialog",
    "PySide6.QtSvg",
)

MAIN_WINDOW = """
import json, sys
from care_desktop.app import create_application, open_services
from care_desktop.services.paths import resolve_paths
from care_desktop.ui.main_window import MainWindow

create_application()
context, _notice = open_services(resolve_paths())
context.use_tray = False
context.status = None
window = MainWindow(context)
window.show()
print(json.dumps(sorted(sys.modules)))
"""

SELF_TEST = """
import json, sys
import care_desktop.app
status = care_desktop.app.main(["--self-test"])
print(json.dumps({"status": status, "modules": list(sys.modules)}))  # in the order they were imported
"""

LATER = """
import json, sys
from care_desktop.app import create_application, open_services
from care_desktop.services.paths import resolve_paths
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.finish import FinishPage

create_application()
context, _notice = open_services(resolve_paths())
context.use_tray = False
window = MainWindow(context)
before = "psutil" in sys.modules
wizard = window.new_case()
facts = wizard.page_as(FinishPage).facts()  # what "See what is included" shows
print(json.dumps({"before": before, "after": "psutil" in sys.modules, "memory": "memory" in facts}))
"""


def run_python(code: str, home: Path) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CARE_DESKTOP_HOME": str(home),
        "CARE_DESKTOP_SITE_CONFIG": str(home / "site"),
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def loaded(modules: list[str], name: str) -> bool:
    return any(module == name or module.startswith(name + ".") for module in modules)


def test_importing_the_app_loads_no_qt_and_nothing_heavy(tmp_path):
    modules = json.loads(
        run_python("import json, sys, care_desktop.app; print(json.dumps(sorted(sys.modules)))", tmp_path)
    )
    assert not loaded(modules, "PySide6")
    assert [name for name in NOT_AT_START if loaded(modules, name)] == []


def test_the_main_window_opens_without_the_heavy_modules(tmp_path):
    modules = json.loads(run_python(MAIN_WINDOW, tmp_path))
    assert loaded(modules, "care_desktop.ui.main_window")  # it did build the window
    assert [name for name in NOT_AT_START if loaded(modules, name)] == []
    assert not loaded(modules, "care_desktop.ui.wizard")  # no case is open yet


@pytest.fixture(scope="module")
def self_test_modules(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    outcome = json.loads(run_python(SELF_TEST, tmp_path_factory.mktemp("self-test-home")))
    assert outcome["status"] == 0
    modules: list[str] = outcome["modules"]
    return modules


def test_the_self_test_shows_the_first_page_without_the_heavy_modules(self_test_modules):
    assert loaded(self_test_modules, "care_desktop.ui.wizard")  # it did open a case
    assert [name for name in NOT_AT_START if loaded(self_test_modules, name)] == []


def test_a_heavy_module_comes_when_it_is_needed(tmp_path):
    """The check can see a module arrive: psutil comes with the first look at the system facts."""
    assert json.loads(run_python(LATER, tmp_path)) == {"before": False, "after": True, "memory": True}


def deferred_imports(path: Path) -> set[str]:
    """The modules imported inside functions of a module (the ones loaded on first use)."""
    found: set[str] = set()
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
    return found


def listed_on_demand() -> tuple[str, ...]:
    """``ON_DEMAND_MODULES`` of ui/self_check.py, read from its source (importing it would load Qt here)."""
    tree = ast.parse((PACKAGE / "ui" / "self_check.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "ON_DEMAND_MODULES"
        ):
            assert node.value is not None
            value: tuple[str, ...] = ast.literal_eval(node.value)
            return value
    raise AssertionError("ON_DEMAND_MODULES is not in ui/self_check.py")


def test_the_self_test_finds_every_module_the_ui_loads_later(self_test_modules):
    """A packaged build that lost a module loaded on demand fails its self-test (ui/self_check.py)."""
    listed = listed_on_demand()
    wanted = set()
    for path in [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]:
        wanted |= deferred_imports(path)
    third_party_or_ours = {
        name for name in wanted if name.split(".")[0] not in sys.stdlib_module_names and name.split(".")[0] != "PySide6"
    }
    later = {name for name in third_party_or_ours if not loaded(self_test_modules, name)}
    unlisted = sorted(name for name in later if not any(loaded([name], entry) for entry in listed))
    assert unlisted == []


# Built after the first page is on screen (ui/main_window.py's build_home), or needed only later.
NOT_ON_THE_FIRST_PAGE = (
    "care_desktop.cli",
    "care_desktop.domain.case.draft",
    "care_desktop.domain.profile",
    "care_desktop.ui.drafts_panel",
    "care_desktop.ui.home",
    "care_desktop.ui.icons",
    "care_desktop.ui.pages",
    "care_desktop.ui.profile_panel",
    "care_desktop.ui.reminders",
    "care_desktop.ui.wizard",
    "importlib.resources",
)


@pytest.fixture(scope="module")
def first_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What the self-test's process had loaded when its first page was shown (its first-page report)."""
    home = tmp_path_factory.mktemp("first-page-home")
    report = home / "first-page.json"
    code = "import sys, care_desktop.app\nsys.exit(care_desktop.app.main(['--self-test']))"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "CARE_DESKTOP_FIRST_PAGE_REPORT": str(report),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    shown: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return shown


def test_the_first_page_is_shown_before_the_home_and_without_qt_namespace(first_page):
    """The first page is drawn without the ``Qt`` namespace and without ``QEvent``.

    PySide builds ~95 enumerations on the first use of ``Qt`` (tens of milliseconds), ``QEvent``'s large one in
    milliseconds.
    """
    modules = first_page["modules"]
    assert isinstance(modules, list)
    assert loaded(modules, "care_desktop.ui.main_window")
    qt_names = first_page["qt_names"]
    assert isinstance(qt_names, list)
    assert "QtWidgets.QMainWindow" in qt_names  # the report does see the classes created
    assert {"QtCore.Qt", "QtCore.QEvent"} & set(qt_names) == set()
    assert [name for name in NOT_ON_THE_FIRST_PAGE if loaded(modules, name)] == []
    assert [name for name in NOT_AT_START if loaded(modules, name)] == []
