"""Guard for the PySide6 pin: 6.12.0 on Python 3.11 aborts at exit (status 134) after a few hundred emits.

The Qt code runs in a child interpreter; this test process never imports PySide6 (it is a unit test).
"""

import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class Emitter(QObject):
    fired = Signal(int)


class Counter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    @Slot(int)
    def on_fired(self, value):
        self.count += 1


app = QCoreApplication(sys.argv[:1])
emitter = Emitter()
counter = Counter()
emitter.fired.connect(counter.on_fired)
for index in range(3000):
    emitter.fired.emit(index)
print(counter.count, flush=True)
"""


def test_many_signal_emits_then_a_normal_exit():
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3000\n"


def test_the_installed_pyside6_satisfies_the_pin():
    installed = Version(importlib.metadata.version("PySide6-Essentials"))
    if sys.version_info < (3, 12):
        assert Version("6.11") <= installed < Version("6.12"), installed
    else:
        assert Version("6.12") <= installed < Version("6.13"), installed


def test_the_pin_is_in_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [Requirement(text) for text in project["dependencies"] if text.startswith("PySide6")]
    assert {str(pin) for pin in pins} == {
        'PySide6-Essentials<6.12,>=6.11; python_version < "3.12"',
        'PySide6-Essentials<6.13,>=6.12; python_version >= "3.12"',
    }
    applicable = [pin for pin in pins if pin.marker is None or pin.marker.evaluate()]
    assert len(applicable) == 1
    installed = importlib.metadata.version("PySide6-Essentials")
    assert applicable[0].specifier.contains(installed), installed
