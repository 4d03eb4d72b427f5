"""Who is at the keyboard: the operating system's user name, for locks, packages and merges."""

from __future__ import annotations

import getpass


def current_user() -> str:
    """Return the OS user name, or ``""`` where the environment has none (services, bare containers)."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError, KeyError or ImportError depending on the platform
        return ""
