"""Style sheets shared by several widgets, in one place so that palettes stay consistent."""

from typing import Final

# A critical-outage banner: red on pale red, readable in light and dark palettes alike.
SEV1_STYLE: Final = "background: #fde8e8; color: #8a1010; border: 1px solid #d33; border-radius: 4px; padding: 8px;"
# A warning banner with an action (several issues in one case, stale data).
WARNING_FRAME_STYLE: Final = (
    "QFrame { background: #fff4d6; color: #4a3600; border: 1px solid #d9a400; border-radius: 4px; }"
)
