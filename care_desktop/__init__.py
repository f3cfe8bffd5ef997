"""Care Desktop: prepare Genesys Cloud Customer Care cases that can be acted on the first time.

This package has no import-time side effects: nothing here touches Qt, the disk or the network.
"""

__version__ = "0.1.0"

APP_NAME = "care-desktop"
APP_ID = "com.github.caredesktop.CareDesktop"
