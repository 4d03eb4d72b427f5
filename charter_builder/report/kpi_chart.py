"""A KPI against its baseline and target, drawn with Pillow: legible in grayscale print, no Qt."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from ..health import KpiProgress

_W, _H = 900, 420
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 90, 40, 56, 70


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font: the same on every machine, nothing read from the system.
    return ImageFont.load_default(size=size)


def _dashed(
    draw: ImageDraw.ImageDraw, y: float, x0: float, x1: float, dash: int, gap: int, width: int
) -> None:
    x = x0
    while x < x1:
        draw.line([(x, y), (min(x + dash, x1), y)], fill=0, width=width)
        x += dash + gap


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Return round tick values (1, 2, 2.5 or 5 times a power of ten) covering ``lo``..``hi``."""
    import math

    raw = (hi - lo) / max(count - 1, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    v = first
    while v <= hi + step * 0.999:
        ticks.append(round(v, 10))
        v += step
    return ticks


def kpi_chart_png(row: KpiProgress, lang: str = "nl") -> bytes | None:
    """Return a PNG of the KPI's measured values against baseline (dotted) and target (dashed).

    Returns ``None`` for a KPI without numbers to draw (a qualitative KPI, or no measurement).
    """
    kpi = row.kpi
    points = [(m.period or "?", m.value) for m in row.measurements if m.value is not None]
    if not points and kpi.baseline is None:
        return None
    if kpi.baseline is None and kpi.target is None:
        return None
    start_label = "Nulmeting" if lang == "nl" else "Baseline"
    series: list[tuple[str, float]] = []
    if kpi.baseline is not None:
        series.append((start_label, kpi.baseline))
    series.extend((p, v) for p, v in points if v is not None)
    values = [v for _, v in series] + [x for x in (kpi.target, kpi.baseline) if x is not None]
    lo, hi = min(values), max(values)
    if hi == lo:
        hi, lo = hi + 1, lo - 1
    margin = (hi - lo) * 0.12
    lo, hi = lo - margin, hi + margin
    if min(values) >= 0 > lo:
        lo = 0.0
    ticks = nice_ticks(lo, hi)
    lo, hi = ticks[0], ticks[-1]

    img = Image.new("L", (_W, _H), 255)
    d = ImageDraw.Draw(img)
    title_font, font, small = _font(26), _font(20), _font(17)
    d.text((_PAD_L, 14), kpi.name or kpi.id, fill=0, font=title_font)
    x0, x1, y0, y1 = _PAD_L, _W - _PAD_R, _H - _PAD_B, _PAD_T

    def y_of(v: float) -> float:
        return y0 - (v - lo) / (hi - lo) * (y0 - y1)

    d.line([(x0, y1), (x0, y0), (x1, y0)], fill=0, width=2)
    for v in ticks:
        y = y_of(v)
        d.line([(x0 - 6, y), (x0, y)], fill=0, width=2)
        d.line([(x0 + 1, y), (x1, y)], fill=225, width=1)
        text = f"{v:g}"
        d.text((x0 - 10, y), text, fill=0, font=small, anchor="rm")
    if kpi.target is not None:
        y = y_of(kpi.target)
        _dashed(d, y, x0, x1, 18, 10, 3)
        d.text(
            (x1, y - 6),
            ("Streefwaarde " if lang == "nl" else "Target ") + f"{kpi.target:g}",
            fill=0,
            font=small,
            anchor="rb",
        )
    if kpi.baseline is not None:
        y = y_of(kpi.baseline)
        _dashed(d, y, x0, x1, 4, 8, 2)
    n = len(series)
    step = (x1 - x0 - 60) / max(n - 1, 1)
    xy = [(x0 + 30 + i * step, y_of(v)) for i, (_, v) in enumerate(series)]
    if len(xy) > 1:
        d.line(xy, fill=60, width=4)
    for i, ((label, v), (x, y)) in enumerate(zip(series, xy, strict=True)):
        r = 8
        if i == 0 and kpi.baseline is not None:
            d.ellipse([x - r, y - r, x + r, y + r], outline=0, fill=255, width=3)
        else:
            d.ellipse([x - r, y - r, x + r, y + r], fill=0)
        d.text((x, y - 14), f"{v:g}", fill=0, font=small, anchor="mb")
        d.text((x, y0 + 12), label, fill=0, font=small, anchor="mt")
    if kpi.unit:
        d.text((x0, y0 + 40), kpi.unit, fill=80, font=font)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
