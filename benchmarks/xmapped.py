"""A private Xvfb server and a watcher that sees the moment a top-level window is mapped on it.

The watcher is a second client of the X server (libX11 through ctypes, no extra package): it selects
``SubstructureNotify`` on the root window and records the ``MapNotify`` of the first window that is not
override-redirect (a popup or tooltip would be); at that moment it also reads the watched process's peak
resident memory so far (``VmHWM`` in ``/proc/PID/status``). A user sees a window once it is mapped, so this
is the start-up figure that counts; it needs no help from the program measured.

Linux only (libX11, ``/proc``). Used by ``startup.py``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _MapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("map", _MapEvent), ("pad", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


@dataclass(frozen=True)
class Mapped:
    """When the first top-level window was mapped, and the process's peak memory then."""

    monotonic: float
    peak_memory_bytes: int | None


def peak_memory_bytes(pid: int) -> int | None:
    """``VmHWM`` of a running process (None once it has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return None


class MapWatcher:
    """A connection to the display that waits for the first top-level ``MapNotify``."""

    def __init__(self, display: str) -> None:
        self._x = _xlib()
        deadline = time.monotonic() + 10
        self._display = self._x.XOpenDisplay(display.encode("ascii"))
        while not self._display and time.monotonic() < deadline:  # a server just started may not accept yet
            time.sleep(0.02)
            self._display = self._x.XOpenDisplay(display.encode("ascii"))
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        root = self._x.XDefaultRootWindow(self._display)
        self._x.XSelectInput(self._display, root, SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XFlush(self._display)
        self._fd = self._x.XConnectionNumber(self._display)

    def drain(self) -> None:
        """Forget events already queued (from an earlier run)."""
        event = _Event()
        while self._x.XPending(self._display):
            self._x.XNextEvent(self._display, ctypes.byref(event))

    def wait(self, process: subprocess.Popen[bytes], limit_s: float = 60.0) -> Mapped:
        """Wait for the first top-level window to be mapped while ``process`` runs.

        Raises:
            RuntimeError: The process ended, or the limit passed, before any window was mapped.
        """
        event = _Event()
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            while self._x.XPending(self._display):
                self._x.XNextEvent(self._display, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.map.override_redirect:
                    return Mapped(time.monotonic(), peak_memory_bytes(process.pid))
            if process.poll() is not None:
                raise RuntimeError(f"{process.args} ended before it mapped a window")
            select.select([self._fd], [], [], 0.05)
        raise RuntimeError(f"{process.args} mapped no window in {limit_s} s")

    def close(self) -> None:
        """Close the connection."""
        self._x.XCloseDisplay(self._display)


@contextmanager
def xvfb(number: int = 0) -> Iterator[str]:
    """Run a private Xvfb for the duration; yields its display name (``:N``).

    Args:
        number: The display number, or 0 to pick the first free one from 90.
    """
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
    number = number or next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb {display} did not start")
            time.sleep(0.01)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)
