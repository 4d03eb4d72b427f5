"""Every wizard test starts from the same application state, whatever the test before it did."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_translators_left_behind() -> Iterator[None]:
    """Remove translators a test installed, so the next one sees the English source texts it expects."""
    yield
    from PySide6.QtCore import QCoreApplication, QLocale

    if QCoreApplication.instance() is None:
        return
    from ui import i18n

    i18n.remove_translators()
    QLocale.setDefault(QLocale(QLocale.Language.English))
