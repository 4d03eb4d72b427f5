"""The charter document: the single source of truth that the wizard edits and the writers read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, Literal

from pydantic import Field, model_validator

from ..problems import IntegrityError, Problem
from .base import IdentifiedRecord, Record, new_id
from .data_sharing import DataSharing
from .governance import Governance
from .lifecycle import HealthCheck, Metadata, ReviewComment, Revision, Signature
from .partners import Partner
from .purpose import Purpose, Vision
from .review import ArchivedVersion, MidTermReview
from .roles import Roles
from .strategy import Strategy
from .trust import TrustAgreements

#: The schema version this release writes. Older files are upgraded by ``storage.migrations``.
SCHEMA_VERSION: Final = 2
FORMAT: Final = "charter-builder/charter"
#: Records kept *about* the charter rather than part of it: a mid-term review and its health check
#: are recorded with the signed charter in force without changing what the partners signed, so
#: they stay editable after signing and the content fingerprint leaves them out.
REVIEW_RECORDS = ("reviews", "health_checks")


class Charter(Record):
    format: Literal["charter-builder/charter"] = FORMAT
    schema_version: Literal[2] = SCHEMA_VERSION
    metadata: Metadata
    partners: list[Partner] = Field(default_factory=list)
    purpose: Purpose = Field(default_factory=Purpose)
    vision: Vision = Field(default_factory=Vision)
    strategy: Strategy = Field(default_factory=Strategy)
    trust: TrustAgreements = Field(default_factory=TrustAgreements)
    governance: Governance = Field(default_factory=Governance)
    roles: Roles = Field(default_factory=Roles)
    data_sharing: DataSharing = Field(default_factory=DataSharing)
    revisions: list[Revision] = Field(default_factory=list)
    comments: list[ReviewComment] = Field(default_factory=list)
    signatures: list[Signature] = Field(default_factory=list)
    health_checks: list[HealthCheck] = Field(default_factory=list)
    reviews: list[MidTermReview] = Field(default_factory=list)
    history: list[ArchivedVersion] = Field(default_factory=list)
    """Earlier versions, oldest first. Never edited; ``versions.amend`` appends to it."""

    @classmethod
    def new(
        cls, title: str = "", partnership_name: str = "", language: Literal["nl", "en"] = "nl"
    ) -> Charter:
        """Return an empty draft charter with a fresh charter id."""
        from .lifecycle import Metadata

        return cls(
            metadata=Metadata(
                charter_id=new_id("charter"),
                title=title,
                partnership_name=partnership_name,
                language=language,
            )
        )

    def partner(self, partner_id: str | None) -> Partner | None:
        """Return the partner with this id, or ``None``."""
        if partner_id is None:
            return None
        for p in self.partners:
            if p.id == partner_id:
                return p
        return None

    def records(self) -> Iterator[tuple[str, IdentifiedRecord]]:
        """Yield ``(path, record)`` for every record that has an id, in document order."""
        yield from _identified(self, "")

    def integrity_problems(self) -> list[Problem]:
        """Return duplicate ids and references to ids that do not exist, each with its path."""
        return _integrity_problems(self)

    @model_validator(mode="after")
    def _check_integrity(self) -> Charter:
        problems = _integrity_problems(self)
        if problems:
            raise IntegrityError(problems)
        return self


def _identified(node: object, path: str) -> Iterator[tuple[str, IdentifiedRecord]]:
    if isinstance(node, IdentifiedRecord):
        yield path, node
    if isinstance(node, Record):
        for name in type(node).model_fields:
            value = getattr(node, name)
            sub = f"{path}.{name}" if path else name
            if isinstance(value, Record):
                yield from _identified(value, sub)
            elif isinstance(value, list) and value and isinstance(value[0], Record):
                for i, item in enumerate(value):
                    yield from _identified(item, f"{sub}[{i}]")


def _integrity_problems(c: Charter) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path, rec in _identified(c, ""):
        if rec.id in seen:
            problems.append(
                Problem(
                    f"{path}.id",
                    f"id '{rec.id}' wordt al gebruikt bij {seen[rec.id]}; ieder onderdeel heeft een eigen id",
                    f"id '{rec.id}' is already used at {seen[rec.id]}; every record needs its own id",
                    "duplicate_id",
                )
            )
        else:
            seen[rec.id] = path
    partners = {p.id for p in c.partners}
    reps = {p.id: {r.id for r in p.representatives} for p in c.partners}

    def ref(path: str, value: str | None) -> None:
        if value is not None and value not in partners:
            problems.append(
                Problem(
                    path,
                    f"verwijst naar partner '{value}', maar die bestaat niet in dit convenant",
                    f"refers to partner '{value}', which does not exist in this charter",
                    "unknown_partner",
                )
            )

    for i, it in enumerate(c.purpose.interests):
        ref(f"purpose.interests[{i}].partner_id", it.partner_id)
    for i, co in enumerate(c.strategy.contributions):
        ref(f"strategy.contributions[{i}].partner_id", co.partner_id)
    for b, body in enumerate(c.governance.bodies):
        for m, mem in enumerate(body.members):
            ref(f"governance.bodies[{b}].members[{m}].partner_id", mem.partner_id)
            if (
                mem.representative_id is not None
                and mem.partner_id in reps
                and mem.representative_id not in reps[mem.partner_id]
            ):
                problems.append(
                    Problem(
                        f"governance.bodies[{b}].members[{m}].representative_id",
                        f"vertegenwoordiger '{mem.representative_id}' hoort niet bij partner "
                        f"'{mem.partner_id}'",
                        f"representative '{mem.representative_id}' does not belong to partner "
                        f"'{mem.partner_id}'",
                        "unknown_representative",
                    )
                )
        for v, pid in enumerate(body.veto_partner_ids):
            ref(f"governance.bodies[{b}].veto_partner_ids[{v}]", pid)
    for k, kpi in enumerate(c.governance.kpis):
        ref(f"governance.kpis[{k}].owner_id", kpi.owner_id)
    for a, act in enumerate(c.roles.activities):
        for pid in act.raci:
            ref(f"roles.activities[{a}].raci.{pid}", pid)
    for s, sp in enumerate(c.roles.boundary_spanners):
        ref(f"roles.boundary_spanners[{s}].partner_id", sp.partner_id)
    for f, flow in enumerate(c.data_sharing.flows):
        ref(f"data_sharing.flows[{f}].provider_id", flow.provider_id)
        for r, pid in enumerate(flow.recipient_ids):
            ref(f"data_sharing.flows[{f}].recipient_ids[{r}]", pid)
    for d, dpo in enumerate(c.data_sharing.dpo_contacts):
        ref(f"data_sharing.dpo_contacts[{d}].partner_id", dpo.partner_id)
    for r, rev in enumerate(c.revisions):
        for g, pid in enumerate(rev.agreed_by):
            ref(f"revisions[{r}].agreed_by[{g}]", pid)
    comment_ids = {cm.id for cm in c.comments}
    for i, cm in enumerate(c.comments):
        if cm.parent_id is not None and cm.parent_id not in comment_ids:
            problems.append(
                Problem(
                    f"comments[{i}].parent_id",
                    f"beantwoordt opmerking '{cm.parent_id}', maar die bestaat niet",
                    f"answers comment '{cm.parent_id}', which does not exist",
                    "unknown_comment",
                )
            )
    for i, sig in enumerate(c.signatures):
        ref(f"signatures[{i}].partner_id", sig.partner_id)
    for h, hc in enumerate(c.health_checks):
        for s, sc in enumerate(hc.scores):
            ref(f"health_checks[{h}].scores[{s}].partner_id", sc.partner_id)
    health_ids = {hc.id for hc in c.health_checks}
    for r, review in enumerate(c.reviews):
        if review.health_check_id is not None and review.health_check_id not in health_ids:
            problems.append(
                Problem(
                    f"reviews[{r}].health_check_id",
                    f"verwijst naar gezondheidscheck '{review.health_check_id}', maar die bestaat niet",
                    f"refers to health check '{review.health_check_id}', which does not exist",
                    "unknown_health_check",
                )
            )
        for a, action in enumerate(review.actions):
            ref(f"reviews[{r}].actions[{a}].owner_id", action.owner_id)
    return problems
