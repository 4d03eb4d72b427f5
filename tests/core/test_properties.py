"""Property tests: any valid charter, however odd its text or size, survives the save format byte for byte.

The strategy walks the model itself (every field of every record, with the field's own limits),
so fields added later are generated too. References point at real partners, ids are unique, so
every generated charter is valid. CI runs a fixed seed and a bounded number of examples; the
long runs are marked ``slow`` (``pytest --run-slow``).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import types
import typing
from typing import Any

import annotated_types as at
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charter_builder.diff import diff_charters
from charter_builder.model import Charter, Governance, Record
from charter_builder.storage import dump_charter, fingerprint, load_charter_bytes

# -- text ---------------------------------------------------------------------------------------

#: Characters that break naive programs: NUL and other controls, line separators, RTL overrides,
#: zero-width joiners in emoji, a BOM, combining marks, quotes and backslashes, CJK, astral planes.
_NASTY = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\t\r\n\u2028\u2029\u200b\u200d\u202e\u2066\u2069\ufeff"
    "\"\\/'<>&{}[]:,"
    "\u0301\u0338é\u00dfĳ\u05d0\u05d1\u0627\u0644\u4e2d\u6587\U0001f469\U0001f3fd\U0001f680\U00010348\U000e0001"
)

nasty_text = st.one_of(
    st.text(max_size=25),  # any code point except lone surrogates (not encodable in UTF-8)
    st.text(alphabet=_NASTY, max_size=25),
    st.sampled_from(["", " ", "\x00", "‮evil", "👩‍👩‍👧‍👦", "a\r\nb", "null", "{}", '"]}', "\\u0000"]),
)


def long_text(n: int = 10_000) -> st.SearchStrategy[str]:
    """A text of exactly ``n`` characters, built by repeating a short (possibly nasty) unit."""
    return st.text(alphabet=_NASTY + "abc ", min_size=1, max_size=8).map(
        lambda s: (s * (n // len(s) + 1))[:n]
    )


#: Id prefixes: short, long (so that prefix + counter reaches 64 characters) and with every allowed sign.
_id_prefix = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,55}", fullmatch=True)

_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)
_json_value = st.recursive(
    _json_leaf,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)

# -- the model walk -----------------------------------------------------------------------------

_PARTNER_REF = {"partner_id", "owner_id", "provider_id"}
_PARTNER_REFS = {"recipient_ids", "veto_partner_ids", "agreed_by"}
#: References to records other than partners: left empty (their own integrity rules are tested elsewhere).
_NONE_REF = {"representative_id", "parent_id", "health_check_id"}


class _Ctx:
    def __init__(self, prefix: str, partners: list[str], text: st.SearchStrategy[str], max_list: int) -> None:
        self.prefix = prefix
        self.counter = itertools.count()
        self.partners = partners
        self.text = text
        self.max_list = max_list

    def new_id(self) -> str:
        return f"{self.prefix}-{next(self.counter)}"[-64:].lstrip("-_.") or "x"


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _bounds(metadata: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in metadata:
        if isinstance(m, at.Ge):
            out["ge"] = m.ge
        elif isinstance(m, at.Gt):
            out["gt"] = m.gt
        elif isinstance(m, at.Le):
            out["le"] = m.le
        elif isinstance(m, at.Lt):
            out["lt"] = m.lt
    return out


def _value(
    draw: st.DrawFn, name: str, annotation: Any, metadata: list[Any], ctx: _Ctx, optional: bool
) -> Any:
    if optional and draw(st.integers(0, 3)) == 0:
        return None
    if name in _NONE_REF:
        return None
    if name in _PARTNER_REF:
        return draw(st.sampled_from(ctx.partners)) if ctx.partners else None
    if name in _PARTNER_REFS:
        return draw(st.lists(st.sampled_from(ctx.partners), max_size=3)) if ctx.partners else []
    if name == "raci":
        if not ctx.partners:
            return {}
        return draw(st.dictionaries(st.sampled_from(ctx.partners), st.sampled_from(_raci()), max_size=4))
    if name == "snapshot":
        return draw(st.dictionaries(st.text(max_size=8), _json_value, max_size=4))
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return draw(st.sampled_from(typing.get_args(annotation)))
    if origin is typing.Annotated:  # an Id outside the known reference fields (e.g. kpi_id)
        return ctx.new_id()
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return _record(draw, annotation, ctx)
    if origin is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, Record):
            n = draw(st.integers(0, ctx.max_list))
            return [r for r in (_record(draw, item, ctx) for _ in range(n)) if r is not None]
        return draw(st.lists(ctx.text, max_size=3))
    if annotation is bool:
        return draw(st.booleans())
    if annotation is int:
        b = _bounds(metadata)
        lo = b.get("ge", b.get("gt", -(2**31) - 1) + 1)
        hi = b.get("le", b.get("lt", 2**31 + 1) - 1)
        return draw(st.integers(lo, hi))
    if annotation is float:
        b = _bounds(metadata)
        return draw(
            st.floats(
                min_value=b.get("ge", b.get("gt")),
                max_value=b.get("le", b.get("lt")),
                exclude_min="gt" in b,
                allow_nan=False,
                allow_infinity=False,
            )
        )
    if annotation is str:
        if any(getattr(m, "pattern", None) for m in metadata):
            return ctx.new_id()
        return draw(ctx.text)
    if annotation is dt.datetime:
        return draw(
            st.datetimes(timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=2))]))
        )
    if annotation is dt.date:
        return draw(st.dates())
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return draw(st.sampled_from(list(annotation)))
    raise AssertionError(f"no strategy for {name}: {annotation!r}; extend tests/core/test_properties.py")


def _raci() -> list[Any]:
    from charter_builder.model import Raci

    return list(Raci)


def _record(draw: st.DrawFn, cls: type[Record], ctx: _Ctx, preset: dict[str, Any] | None = None) -> Any:
    values: dict[str, Any] = dict(preset or {})
    for name, info in cls.model_fields.items():
        if cls is Charter and name in {"format", "schema_version", "partners"}:
            continue
        if name == "id":
            values[name] = ctx.new_id()
            continue
        annotation, optional = _unwrap_optional(info.annotation)
        if name in _PARTNER_REF and not ctx.partners and info.is_required():
            return None  # a record that must name a partner cannot exist without partners
        if not info.is_required() and draw(st.integers(0, 4)) == 0:
            continue  # leave the default
        values[name] = _value(draw, name, annotation, list(info.metadata), ctx, optional)
    if cls is Governance:
        start, end, mid = values.get("start_date"), values.get("end_date"), values.get("mid_term_review_date")
        if start and end and end < start:
            values["start_date"], values["end_date"] = end, start
            start = end
        if start and mid and mid < start:
            values["mid_term_review_date"] = start
    return cls(**values)


@st.composite
def charters(
    draw: st.DrawFn,
    *,
    min_partners: int = 0,
    max_partners: int = 4,
    text: st.SearchStrategy[str] = nasty_text,
    max_list: int = 2,
) -> Charter:
    """Return a valid charter with every part filled from the model's own field types."""
    from charter_builder.model import Partner

    ctx = _Ctx(draw(_id_prefix), [], text, max_list)
    n = draw(st.integers(min_partners, max_partners))
    partners = [_record(draw, Partner, ctx) for _ in range(n)]
    ctx.partners = [p.id for p in partners]
    return _record(draw, Charter, ctx, {"partners": partners})


# -- properties ---------------------------------------------------------------------------------

_CI = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_LONG = settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _assert_round_trip(c: Charter) -> None:
    data = dump_charter(c)
    again = load_charter_bytes(data)
    assert dump_charter(again) == data
    assert again == c
    assert fingerprint(again) == fingerprint(c)
    assert diff_charters(c, again) == []


@_CI
@given(charters())
def test_any_charter_round_trips_byte_for_byte(c: Charter) -> None:
    _assert_round_trip(c)


@_CI
@given(charters(text=st.text(alphabet=_NASTY, min_size=0, max_size=40)))
def test_nasty_characters_round_trip(c: Charter) -> None:
    _assert_round_trip(c)
    data = dump_charter(c)
    assert data.endswith(b"\n")
    data.decode("utf-8")  # valid UTF-8, control characters escaped by JSON


@settings(max_examples=5, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(charters(min_partners=1, max_partners=2, text=long_text(10_000), max_list=1), long_text(10_000))
def test_ten_thousand_character_fields_round_trip(c: Charter, text: str) -> None:
    c.partners[0].name = text
    c.purpose.problem = text
    c.metadata.title = text
    assert len(c.partners[0].name) == 10_000
    _assert_round_trip(c)


@st.composite
def many_partners(draw: st.DrawFn, n: int = 200) -> Charter:
    """A generated charter grown to ``n`` partners, each named, represented and referenced."""
    from charter_builder.model import DataFlow, Kpi, Partner, Representative

    base = draw(charters(min_partners=1, max_partners=2, max_list=1))
    names = draw(st.lists(nasty_text, min_size=n, max_size=n))
    partners = list(base.partners)
    for i, name in enumerate(names[len(partners) :], start=len(partners)):
        partners.append(
            Partner(
                id=f"partner-{i:03d}",
                name=name,
                representatives=[Representative(id=f"partner-{i:03d}-r", name=name[::-1], mandate=name)],
            )
        )
    ids = [p.id for p in partners]
    kpis = [Kpi(id=f"kpi-gen-{i}", name=names[i], owner_id=ids[(i * 7) % n]) for i in range(n)]
    flows = [
        DataFlow(id=f"flow-gen-{i}", provider_id=ids[i], recipient_ids=[ids[(i + 1) % n], ids[(i + 2) % n]])
        for i in range(0, n, 4)
    ]
    raw = base.model_dump()
    raw["partners"] = [p.model_dump() for p in partners]
    raw["governance"]["kpis"] += [k.model_dump() for k in kpis]
    raw["data_sharing"]["flows"] += [f.model_dump() for f in flows]
    return Charter.model_validate(raw)


@settings(max_examples=3, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(many_partners(200))
def test_two_hundred_partners_round_trip(c: Charter) -> None:
    assert len(c.partners) == 200
    _assert_round_trip(c)


@_CI
@given(charters(), charters())
def test_diff_is_empty_exactly_when_the_files_are_equal(a: Charter, b: Charter) -> None:
    b = b.model_copy(update={"metadata": b.metadata.model_copy(update={"updated_at": a.metadata.updated_at})})
    changes = diff_charters(a, b)
    assert (changes == []) == (dump_charter(a) == dump_charter(b))
    for ch in changes:
        assert ch.nl
        assert ch.en


@_CI
@given(charters(max_partners=3))
def test_diff_of_one_edited_copy_names_the_edit(c: Charter) -> None:
    from charter_builder.model import Partner

    edited = c.model_copy(deep=True)
    edited.partners.append(Partner(id="nieuwe-partner-zzz", name="Nieuw"))
    changes = diff_charters(c, edited)
    assert [(ch.kind.value, ch.record_id) for ch in changes] == [("added", "nieuwe-partner-zzz")]


@pytest.mark.slow
@_LONG
@given(charters(max_partners=8, max_list=4))
def test_round_trip_long_run(c: Charter) -> None:
    _assert_round_trip(c)


def _render() -> Any:
    try:
        from charter_builder.word.render import render_charter_bytes
    except ImportError:  # pragma: no cover - the Word writer is another package
        return None
    return render_charter_bytes


@pytest.mark.skipif(_render() is None, reason="the Word writer is not available")
@settings(max_examples=15, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(charters(max_partners=3, text=nasty_text), st.sampled_from(["nl", "en"]))
def test_any_charter_renders_to_word(c: Charter, lang: str) -> None:
    import io
    import zipfile

    data = _render()(c, lang=lang)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "word/document.xml" in z.namelist()
