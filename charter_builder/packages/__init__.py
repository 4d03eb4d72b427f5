"""Partner packages: each partner fills in its own part offline; the coordinator merges them back.

Use ``export_package`` + ``save_package`` to hand a partner its part, ``load_package`` to read a
returned one, and ``merge_packages`` to fold one or many into the charter (pure: returns a new
charter with the applied changes and the conflicts left for the coordinator).
"""

from .acceptance import check_package, context_changes
from .errors import MergeRefusedError, PackageError, Refusal
from .export import export_package, partner_sections, shared_context
from .files import default_package_name, dump_package, load_package, load_package_bytes, save_package
from .merge import merge_packages
from .model import (
    PACKAGE_FORMAT,
    PACKAGE_SCHEMA_VERSION,
    PACKAGE_SUFFIX,
    PartnerPackage,
    PartnerSections,
    PartnerSummary,
    SharedContext,
)
from .partner_mode import as_charter, with_sections
from .results import COORDINATOR, PACKAGE, Change, Conflict, MergeResult, PackageValue, package_choice

__all__ = [
    "COORDINATOR",
    "PACKAGE",
    "PACKAGE_FORMAT",
    "PACKAGE_SCHEMA_VERSION",
    "PACKAGE_SUFFIX",
    "Change",
    "Conflict",
    "MergeRefusedError",
    "MergeResult",
    "PackageError",
    "PackageValue",
    "PartnerPackage",
    "PartnerSections",
    "PartnerSummary",
    "Refusal",
    "SharedContext",
    "as_charter",
    "check_package",
    "context_changes",
    "default_package_name",
    "dump_package",
    "export_package",
    "load_package",
    "load_package_bytes",
    "merge_packages",
    "package_choice",
    "partner_sections",
    "save_package",
    "shared_context",
    "with_sections",
]
