"""The health-check chart: per condition, every partner's score as a dot and the average as a bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._canvas import INK, LIGHT, MID, WHITE, canvas, fit_text, font, png_bytes, text_size


@dataclass(frozen=True)
class HealthRow:
    """One condition: its label, the partners' scores (1..5) and an optional earlier average."""

    label: str
    scores: Sequence[int]
    comparison: float | None = None

    @property
    def average(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


ROW_H = 100
LABEL_W = 560
WIDTH = 1600
TOP, BOTTOM, RIGHT = 70, 110, 130


def health_check_chart(
    rows: Sequence[HealthRow], *, average_label: str, comparison_label: str = "", partner_label: str = ""
) -> bytes:
    """Return a PNG with one row per condition on a 1-5 scale.

    The average is a grey bar with its value written at the end; each partner's score is a black
    dot, spread vertically so equal scores stay countable; an earlier measurement (comparison)
    is a heavy outlined diamond. Everything reads in grayscale.
    """
    height = TOP + BOTTOM + ROW_H * max(len(rows), 1)
    image, draw = canvas(WIDTH, height)
    x0, x1 = LABEL_W, WIDTH - RIGHT

    def xs(score: float) -> float:
        return x0 + (score - 1) / 4 * (x1 - x0)

    tick_font, label_font, value_font = font(26), font(28), font(24, bold=True)
    for s in range(1, 6):
        x = xs(s)
        draw.line([(x, TOP - 10), (x, TOP + ROW_H * len(rows))], fill=LIGHT, width=2)
        tw, _ = text_size(draw, str(s), tick_font)
        draw.text((x - tw / 2, TOP - 48), str(s), font=tick_font, fill=INK)
    for i, row in enumerate(rows):
        top = TOP + i * ROW_H
        mid = top + ROW_H / 2
        label = fit_text(draw, row.label, label_font, LABEL_W - 40)
        _, th = text_size(draw, label, label_font)
        draw.text((20, mid - th / 2 - 6), label, font=label_font, fill=INK)
        draw.line([(20, top + ROW_H), (WIDTH - 20, top + ROW_H)], fill=LIGHT, width=1)
        bar_top, bar_bottom = mid + 8, mid + 30
        avg = row.average
        if avg is not None:
            draw.rectangle([x0, bar_top, xs(avg), bar_bottom], fill=LIGHT, outline=MID, width=2)
            text = f"{avg:.1f}"
            tw, vh = text_size(draw, text, value_font)
            draw.text((WIDTH - 30 - tw, mid - vh / 2 - 4), text, font=value_font, fill=INK)
        # Partners' scores: a small dot grid above the bar at each score, so counts stay readable.
        for score in range(1, 6):
            n = sum(1 for s in row.scores if s == score)
            cols = (n + 2) // 3
            for k in range(n):
                col, line = divmod(k, 3)
                cx = xs(score) + (col - (cols - 1) / 2) * 13
                cy = mid - 4 - line * 13
                draw.ellipse([cx - 5, cy - 5, cx + 5, cy + 5], fill=INK)
        if row.comparison is not None:
            cx, cy = xs(row.comparison), (bar_top + bar_bottom) / 2
            draw.polygon(
                [(cx, cy - 18), (cx + 13, cy), (cx, cy + 18), (cx - 13, cy)], fill=WHITE, outline=INK, width=4
            )
    # Legend
    ly = height - BOTTOM + 45
    lx = 20
    draw.rectangle([lx, ly - 14, lx + 60, ly + 14], fill=LIGHT, outline=MID, width=2)
    draw.text((lx + 75, ly - 18), average_label, font=label_font, fill=INK)
    lx += 110 + text_size(draw, average_label, label_font)[0]
    if partner_label:
        draw.ellipse([lx, ly - 6, lx + 12, ly + 6], fill=INK)
        draw.text((lx + 28, ly - 18), partner_label, font=label_font, fill=INK)
        lx += 70 + text_size(draw, partner_label, label_font)[0]
    if comparison_label and any(r.comparison is not None for r in rows):
        draw.polygon(
            [(lx + 16, ly - 22), (lx + 32, ly), (lx + 16, ly + 22), (lx, ly)],
            fill=WHITE,
            outline=INK,
            width=4,
        )
        draw.text((lx + 48, ly - 18), comparison_label, font=label_font, fill=INK)
    return png_bytes(image)
