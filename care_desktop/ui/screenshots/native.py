"""The few questions about the desktop that Qt cannot answer, asked of the operating system through ctypes.

- Which top-level window is under the mouse pointer (X11 through libX11, Windows through user32): Qt only
  knows the app's own windows, and "capture a window" means someone else's.
- Whether macOS lets the app record the screen (CoreGraphics' screen-capture permission).

Every function answers None when the platform or library is not there; nothing here grabs pixels.
The Windows and macOS branches cannot run on the Linux CI machines: they are small and follow the
documented APIs (WindowFromPoint/GetAncestor/DwmGetWindowAttribute, CGPreflightScreenCaptureAccess).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

_COREGRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


@dataclass(frozen=True)
class PointedWindow:
    """A top-level window of the desktop.

    Attributes:
        native_id: The window system's id (X11 window, Windows HWND), usable with ``QScreen.grabWindow``.
        frame: Its outer rectangle ``(x, y, width, height)`` in device pixels of the virtual desktop, when
            the window system reports it (Windows); None when ``native_id`` is enough (X11).
    """

    native_id: int
    frame: tuple[int, int, int, int] | None = None


def window_under_pointer(platform_name: str) -> PointedWindow | None:
    """The top-level window under the mouse pointer, with its frame when the window manager adds one.

    Args:
        platform_name: ``QGuiApplication.platformName()`` ("xcb", "windows" ...).

    Returns:
        The window, or None when there is none (the pointer is over the desktop background) or the platform
        cannot tell (macOS, Wayland, offscreen).
    """
    if platform_name == "xcb":
        return _x11_window_under_pointer()
    if platform_name == "windows":
        return _windows_window_under_pointer()
    return None


def _x11_window_under_pointer() -> PointedWindow | None:
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    try:
        x11 = ctypes.CDLL(name)
    except OSError:
        return None
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XQueryPointer.restype = ctypes.c_int
    x11.XQueryPointer.argtypes = [ctypes.c_void_p, ctypes.c_ulong, *([ctypes.c_void_p] * 7)]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)  # the DISPLAY Qt uses
    if not display:
        return None
    try:
        root = x11.XDefaultRootWindow(display)
        root_return, child = ctypes.c_ulong(), ctypes.c_ulong()
        numbers = [ctypes.c_int() for _ in range(4)]
        mask = ctypes.c_uint()
        same_screen = x11.XQueryPointer(
            display,
            root,
            ctypes.byref(root_return),
            ctypes.byref(child),
            *map(ctypes.byref, numbers),
            ctypes.byref(mask),
        )
        # ``child`` is the root's child under the pointer: the top-level window, or its frame under a window manager.
        return PointedWindow(child.value) if same_screen and child.value else None
    finally:
        x11.XCloseDisplay(display)


def _windows_window_under_pointer() -> PointedWindow | None:
    if sys.platform != "win32":
        return None
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.WindowFromPoint.restype = wintypes.HWND
    user32.WindowFromPoint.argtypes = [wintypes.POINT]
    user32.GetAncestor.restype = wintypes.HWND
    user32.GetAncestor.argtypes = [wintypes.HWND, wintypes.UINT]
    point = wintypes.POINT()
    if not user32.GetCursorPos(ctypes.byref(point)):
        return None
    hwnd = user32.WindowFromPoint(point)
    top = user32.GetAncestor(hwnd, 2) if hwnd else None  # GA_ROOT
    if not top:
        return None
    rect = wintypes.RECT()
    # The visible frame without the invisible resize borders (DWMWA_EXTENDED_FRAME_BOUNDS = 9); GetWindowRect
    # includes them, which would capture a strip of whatever is behind the window.
    try:
        dwmapi = ctypes.WinDLL("dwmapi")
        failed = dwmapi.DwmGetWindowAttribute(wintypes.HWND(top), 9, ctypes.byref(rect), ctypes.sizeof(rect))
    except OSError:
        failed = 1
    if failed and not user32.GetWindowRect(wintypes.HWND(top), ctypes.byref(rect)):
        return None
    frame = (rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top)
    return PointedWindow(int(top), frame) if frame[2] > 0 and frame[3] > 0 else None


def macos_capture_allowed() -> bool | None:
    """Whether macOS lets this app record the screen (System Settings, Privacy & Security, Screen Recording).

    Returns:
        True or False on macOS 10.15 and later; None elsewhere or when the answer is not available.
    """
    if sys.platform != "darwin":
        return None
    try:
        graphics = ctypes.cdll.LoadLibrary(_COREGRAPHICS)
        preflight = graphics.CGPreflightScreenCaptureAccess
    except (OSError, AttributeError):
        return None
    preflight.restype = ctypes.c_bool
    return bool(preflight())


def macos_request_capture() -> None:
    """Ask macOS to show its "allow screen recording" prompt (only shown once per app; harmless elsewhere)."""
    if sys.platform != "darwin":
        return
    try:
        graphics = ctypes.cdll.LoadLibrary(_COREGRAPHICS)
        request = graphics.CGRequestScreenCaptureAccess
    except (OSError, AttributeError):
        return
    request.restype = ctypes.c_bool
    request()
