"""PySide6 6.12 drops references to None/True/False on Python 3.11; the ui package guards against it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListWidget

import ui  # noqa: F401 - importing the package installs the guard


class _Emitter(QObject):
    flag = Signal(bool)


def test_many_void_calls_and_bool_signals_do_not_abort(qtbot: object) -> None:
    widget = QListWidget()
    widget.addItem("a")
    item = widget.item(0)
    emitter = _Emitter()
    emitter.flag.connect(lambda _v: None)
    for _ in range(20_000):  # more than None's and True's own reference counts on 3.11
        item.setText("b")
        emitter.flag.emit(True)
        emitter.flag.emit(False)
    assert sys.getrefcount(None) > 10_000
    assert sys.getrefcount(True) > 10_000
    assert sys.getrefcount(False) > 10_000
