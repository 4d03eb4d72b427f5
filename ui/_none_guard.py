"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

Shiboken in this release returns ``None`` from every void method without taking a reference to
it: each call such as ``item.setText(...)`` drops one reference to ``None``; emitting a ``bool``
signal does the same to ``True``/``False``. From Python 3.12 on these objects are immortal and
nothing happens; on 3.11 their count reaches zero after a few thousand calls and the interpreter
aborts ("none_dealloc: deallocating None", "bool_dealloc"). Raising each count once by 2**40
makes them effectively immortal on 3.11 too, as 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40


def guard_none() -> None:
    """Give ``None``, ``True`` and ``False`` a reference count no amount of dropped references can exhaust (3.11 only)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _BOOST:
            refcount.value += _BOOST


guard_none()
