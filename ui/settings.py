"""The wizard's settings (language, recent files, window layout) in an INI file under the user's config folder.

Qt caches its settings folders on first use, so the path is set again on every call: the tests
redirect ``XDG_CONFIG_HOME`` per test, and no test may ever read or write the user's own settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "charter-builder"
APPLICATION = "charter-builder"


def config_home() -> Path:
    """Return the folder user settings go in: ``$XDG_CONFIG_HOME`` where set, else Qt's own choice."""
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if xdg and sys.platform != "win32":
        return Path(xdg)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))


def app_settings() -> QSettings:
    """Return the settings object (INI format, user scope) at the current config location."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config_home()))
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
