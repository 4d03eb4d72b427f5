"""Charter Builder's domain core: the charter model, its checks and its writers.

Nothing in this package imports Qt or ``ui`` (an import-linter contract enforces it), so the
command line, the tests and a server-less batch run all work headless.
"""

__version__ = "0.1.0"
