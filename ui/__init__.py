"""The PySide6 wizard. Importing it first protects None, True and False from a PySide6 refcount bug (``_none_guard``)."""

from . import _none_guard  # noqa: F401
