"""Shared building blocks of the charter model: the record base class, ids and enums used widely."""

from __future__ import annotations

import secrets
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

#: A stable identifier. Cross-references use ids, never names, so that renaming a partner does not
#: break a KPI owner or a data flow. Letters, digits, ``-``, ``_`` and ``.``; 1-64 characters.
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]

#: Free text typed by the partners. Kept exactly as typed (no stripping): legal staff compare it
#: with the Word document character for character. Each field writes its own ``= ""`` default:
#: the pydantic mypy plugin does not see a default inside ``Annotated`` and would ask for every field.
Text = Annotated[str, Field(max_length=100_000)]


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``partner-3f9a2c1b``; the prefix only helps people reading the JSON."""
    return f"{prefix}-{secrets.token_hex(4)}"


class Record(BaseModel):
    """Base of every part of the charter.

    ``extra="forbid"`` makes a typo in a hand-edited file an error instead of silently lost data;
    ``validate_assignment`` keeps the wizard's edits as strict as a loaded file.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_enum_values=False,
        populate_by_name=False,
        # NaN and Infinity are not JSON: a file holding them would not open in other tools.
        allow_inf_nan=False,
    )

    def __setattr__(self, name: str, value: Any) -> None:
        # pydantic assigns the field before it runs the record's own (after-) validators, and leaves
        # the rejected value in place when one of them fails (an end date before the start date).
        # An edit the model refuses must leave the record as it was.
        if name not in type(self).model_fields:
            super().__setattr__(name, value)
            return
        old = self.__dict__.get(name, _MISSING)
        try:
            super().__setattr__(name, value)
        except ValidationError:
            if old is not _MISSING:
                self.__dict__[name] = old
            raise


_MISSING = object()


class IdentifiedRecord(Record):
    """A record other parts of the charter may refer to by its ``id``."""

    id: Id


class Cadence(StrEnum):
    """How often something happens: meetings, reporting back, measuring a KPI."""

    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"
    PER_CASE = "per_case"
    AD_HOC = "ad_hoc"


class Level(StrEnum):
    """A coarse three-step scale (complexity, impact)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
