"""Charts for the wizard, drawn with QPainter: a KPI's trend and the health check per dimension.

They show the same figures as the review report (``charter_builder.health``), so what the
coordinator sees on screen is what the steering group reads in Word. Both are legible in
grayscale: meaning is carried by shape and line style (dots, bars, diamonds, dashes), never by
colour alone. The widgets take plain data, not the charter, so they are cheap to test.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 20, 20)
MID = QColor(110, 110, 110)
LIGHT = QColor(200, 200, 200)
FAINT = QColor(232, 232, 232)
PAPER = QColor(255, 255, 255)


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Return round tick values (1, 2, 2.5 or 5 times a power of ten) that cover ``lo``..``hi``."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / max(count - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    value = math.floor(lo / step) * step
    ticks = []
    while value <= hi + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def format_value(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e7 else f"{value:.3g}"


def _diamond(center: QPointF, half_w: float, half_h: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(center.x(), center.y() - half_h),
            QPointF(center.x() + half_w, center.y()),
            QPointF(center.x(), center.y() + half_h),
            QPointF(center.x() - half_w, center.y()),
        ]
    )


def _triangle(center: QPointF, size: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(center.x(), center.y() - size),
            QPointF(center.x() + size, center.y() + size * 0.8),
            QPointF(center.x() - size, center.y() + size * 0.8),
        ]
    )


class _Chart(QWidget):
    """Common frame: white paper, a message when there is nothing to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(QPen(LIGHT, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        return painter

    def has_figure(self) -> bool:
        """Return whether there is anything to draw; otherwise ``empty_text`` is shown."""
        raise NotImplementedError

    def _paint(self, p: QPainter) -> None:
        raise NotImplementedError

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = self._begin()
        try:
            if not self.has_figure():
                self._draw_empty(painter)
                return
            self._paint(painter)
        finally:
            painter.end()

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(MID)
        painter.drawText(
            QRectF(self.rect()).adjusted(12, 12, -12, -12),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.empty_text,
        )


# ---------------------------------------------------------------------------------------------
# KPI trend


@dataclass(frozen=True)
class KpiSeries:
    """What a KPI trend chart shows: measured values per period against baseline and target."""

    title: str
    points: Sequence[tuple[str, float]] = ()
    """(period, value) in the order entered."""
    baseline: float | None = None
    target: float | None = None
    unit: str = ""


@dataclass
class KpiLabels:
    baseline: str = "Baseline"
    target: str = "Target"
    measured: str = "Measured"


class KpiTrendChart(_Chart):
    """A line of measured values, the baseline as a dotted and the target as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: KpiSeries | None = None
        self.labels = KpiLabels()
        self.setMinimumSize(360, 220)
        self.setAccessibleName("KPI trend")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560, 300)

    def set_series(self, series: KpiSeries | None, labels: KpiLabels | None = None) -> None:
        self.series = series
        if labels is not None:
            self.labels = labels
        self.update()

    def has_figure(self) -> bool:
        """Return whether there are numbers to draw (a qualitative KPI without any has none)."""
        s = self.series
        return s is not None and bool(s.points or s.baseline is not None or s.target is not None)

    def value_ticks(self) -> list[float]:
        """Return the ticks of the value axis: round numbers around every value, baseline and target."""
        s = self.series
        assert s is not None
        values = [v for _, v in s.points] + [x for x in (s.baseline, s.target) if x is not None]
        lo, hi = min(values), max(values)
        if hi == lo:
            lo, hi = lo - 1, hi + 1
        margin = (hi - lo) * 0.12
        low = lo - margin
        if lo >= 0 > low:
            low = 0.0
        return nice_ticks(low, hi + margin)

    def _paint(self, p: QPainter) -> None:
        s = self.series
        assert s is not None
        base_font = QFont(self.font())
        title_font = QFont(base_font)
        title_font.setBold(True)
        fm = QFontMetricsF(base_font)
        tfm = QFontMetricsF(title_font)
        w, h = self.width(), self.height()
        ticks = self.value_ticks()
        lo, hi = ticks[0], ticks[-1]
        tick_w = max(fm.horizontalAdvance(format_value(t)) for t in ticks)
        left = 14 + tick_w + 8
        right = w - 16
        top = 12 + tfm.height() + 6 + fm.height() + 10
        bottom = h - (fm.height() * 2 + 18 if s.unit else fm.height() + 16)
        if bottom - top < 40 or right - left < 80:
            self._draw_empty(p)
            return

        p.setFont(title_font)
        p.setPen(INK)
        p.drawText(
            QRectF(12, 8, w - 24, tfm.height()),
            Qt.AlignmentFlag.AlignLeft,
            tfm.elidedText(s.title, Qt.TextElideMode.ElideRight, w - 24),
        )
        p.setFont(base_font)
        self._paint_legend(p, QPointF(12, 12 + tfm.height() + 4), fm)

        def y_of(v: float) -> float:
            return bottom - (v - lo) / (hi - lo) * (bottom - top)

        for t in ticks:
            y = y_of(t)
            p.setPen(QPen(FAINT, 1))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.setPen(INK)
            p.drawText(
                QRectF(8, y - fm.height() / 2, tick_w + 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_value(t),
            )
        p.setPen(QPen(INK, 1.5))
        p.drawLine(QPointF(left, top - 4), QPointF(left, bottom))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))

        if s.baseline is not None:
            pen = QPen(MID, 1.5, Qt.PenStyle.DotLine)
            p.setPen(pen)
            y = y_of(s.baseline)
            p.drawLine(QPointF(left, y), QPointF(right, y))
        if s.target is not None:
            pen = QPen(INK, 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = y_of(s.target)
            p.drawLine(QPointF(left, y), QPointF(right, y))
            text = f"{self.labels.target} {format_value(s.target)}"
            p.setPen(INK)
            p.drawText(
                QRectF(left, y - fm.height() - 2, right - left - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                text,
            )

        series: list[tuple[str, float, bool]] = []
        if s.baseline is not None:
            series.append((self.labels.baseline, s.baseline, True))
        series += [(period, value, False) for period, value in s.points]
        if not series:
            return
        n = len(series)
        inner_l, inner_r = left + 24, right - 24
        step = (inner_r - inner_l) / max(n - 1, 1)
        xs = [inner_l + i * step if n > 1 else (inner_l + inner_r) / 2 for i in range(n)]
        pts = [QPointF(x, y_of(v)) for x, (_, v, _) in zip(xs, series, strict=True)]
        if len(pts) > 1:
            p.setPen(QPen(MID, 2.5))
            p.drawPolyline(QPolygonF(pts))
        label_every = max(1, math.ceil(n * fm.horizontalAdvance("2027-Q4") * 1.2 / max(right - left, 1)))
        for i, ((label, value, is_base), pt) in enumerate(zip(series, pts, strict=True)):
            r = 5.0
            if is_base:
                p.setPen(QPen(INK, 2))
                p.setBrush(QBrush(PAPER))
            else:
                p.setPen(QPen(INK, 1))
                p.setBrush(QBrush(INK))
            p.drawEllipse(pt, r, r)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(INK)
            p.drawText(
                QRectF(pt.x() - 50, pt.y() - fm.height() - 6, 100, fm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                format_value(value),
            )
            if i % label_every == 0 or i == n - 1:
                p.drawText(
                    QRectF(pt.x() - 60, bottom + 4, 120, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, 118),
                )
        if s.unit:
            p.setPen(MID)
            p.drawText(QRectF(left, h - fm.height() - 6, right - left, fm.height()), s.unit)

    def _paint_legend(self, p: QPainter, at: QPointF, fm: QFontMetricsF) -> None:
        x, y = at.x(), at.y() + fm.height() / 2
        entries: list[tuple[str, str]] = [("measured", self.labels.measured)]
        if self.series is not None and self.series.baseline is not None:
            entries.append(("baseline", self.labels.baseline))
        if self.series is not None and self.series.target is not None:
            entries.append(("target", self.labels.target))
        for kind, text in entries:
            if kind == "measured":
                p.setPen(QPen(MID, 2.5))
                p.drawLine(QPointF(x, y), QPointF(x + 26, y))
                p.setPen(QPen(INK, 1))
                p.setBrush(QBrush(INK))
                p.drawEllipse(QPointF(x + 13, y), 4, 4)
                p.setBrush(Qt.BrushStyle.NoBrush)
            elif kind == "baseline":
                p.setPen(QPen(MID, 1.5, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(x, y), QPointF(x + 26, y))
            else:
                p.setPen(QPen(INK, 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, y), QPointF(x + 26, y))
            p.setPen(INK)
            p.drawText(QPointF(x + 32, y + fm.ascent() / 2 - 1), text)
            x += 32 + fm.horizontalAdvance(text) + 18


# ---------------------------------------------------------------------------------------------
# Health check


@dataclass(frozen=True)
class HealthRow:
    """One dimension: its label, each partner's score, and the means of earlier checks."""

    label: str
    scores: dict[str, int] = field(default_factory=dict)
    """Score (1..5) per partner id."""
    previous: float | None = None
    founding: float | None = None

    @property
    def average(self) -> float | None:
        return sum(self.scores.values()) / len(self.scores) if self.scores else None


@dataclass
class HealthLabels:
    average: str = "Average"
    partner: str = "Partner's score"
    previous: str = "Previous check"
    founding: str = "Founding"
    highlight: str = "Selected partner"


class HealthChart(_Chart):
    """Per dimension a grey bar for the average, a dot per partner score, earlier means as markers.

    The previous check is an outlined diamond, the founding check (when it is not the previous
    one) an outlined triangle; the selected partner's score is a ringed dot.
    """

    ROW_MIN = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HealthRow] = []
        self.labels = HealthLabels()
        self.highlight: str | None = None
        self.stacked = False
        """Whether the last paint put the labels above the rows (too narrow to put them beside)."""
        self.setMinimumSize(360, 300)
        self.setAccessibleName("Health check chart")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 9 * 40 + 90)

    def set_rows(self, rows: Sequence[HealthRow], labels: HealthLabels | None = None) -> None:
        self.rows = list(rows)
        if labels is not None:
            self.labels = labels
        self.update()

    def set_highlight(self, partner_id: str | None) -> None:
        self.highlight = partner_id
        self.update()

    def has_figure(self) -> bool:
        return any(r.scores or r.previous is not None or r.founding is not None for r in self.rows)

    def _paint(self, p: QPainter) -> None:
        fm = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bfm = QFontMetricsF(bold)
        w, h = self.width(), self.height()
        lines = self._legend_lines(fm, w - 24)
        legend_h = (fm.height() + 8) * len(lines) + 8
        top = 10 + fm.height() + 6
        bottom = h - legend_h - 6
        n = max(len(self.rows), 1)
        row_h = (bottom - top) / n
        value_w = bfm.horizontalAdvance("5.0") + 16
        widest = max(fm.horizontalAdvance(r.label) for r in self.rows) + 16
        # Labels beside the scale when they fit in a third of the width, else above each row.
        self.stacked = widest > w * 0.34
        label_w = 0.0 if self.stacked else widest
        x0, x1 = 10 + label_w, w - value_w - 10

        def xs(score: float) -> float:
            return x0 + 12 + (score - 1) / 4 * (x1 - x0 - 24)

        for s in range(1, 6):
            x = xs(s)
            p.setPen(QPen(LIGHT, 1))
            p.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
            p.setPen(INK)
            p.drawText(QRectF(x - 20, 8, 40, fm.height()), Qt.AlignmentFlag.AlignHCenter, str(s))
        dot = max(3.0, min(5.0, (row_h - (fm.height() if self.stacked else 0)) / 9))
        for i, row in enumerate(self.rows):
            rt = top + i * row_h
            mid = rt + row_h / 2
            p.setPen(QPen(FAINT, 1))
            p.drawLine(QPointF(8, rt + row_h), QPointF(w - 8, rt + row_h))
            p.setPen(INK)
            if self.stacked:
                p.drawText(
                    QRectF(10, rt + 2, w - 20, fm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    fm.elidedText(row.label, Qt.TextElideMode.ElideRight, w - 20),
                )
                mid = rt + fm.height() + (row_h - fm.height()) / 2
            else:
                p.drawText(
                    QRectF(10, rt, label_w - 10, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 12),
                )
            band = row_h - fm.height() if self.stacked else row_h
            bar_top, bar_h = mid + 1, max(4.0, band * 0.22)
            avg = row.average
            if avg is not None:
                p.setPen(QPen(MID, 1))
                p.setBrush(QBrush(LIGHT))
                p.drawRect(QRectF(xs(1), bar_top, xs(avg) - xs(1), bar_h))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setFont(bold)
                p.setPen(INK)
                p.drawText(
                    QRectF(x1, mid - row_h / 2, value_w, row_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{avg:.1f}",
                )
                p.setFont(self.font())
            # One dot per partner above the bar, side by side at equal scores so they stay countable.
            by_score: dict[int, list[str]] = {}
            for pid, score in sorted(row.scores.items()):
                by_score.setdefault(score, []).append(pid)
            for score, pids in by_score.items():
                count = len(pids)
                for k, pid in enumerate(pids):
                    cx = xs(score) + (k - (count - 1) / 2) * (dot * 2 + 1.5)
                    cy = mid - dot - 2
                    p.setPen(QPen(INK, 1))
                    p.setBrush(QBrush(INK))
                    p.drawEllipse(QPointF(cx, cy), dot, dot)
                    if pid == self.highlight:
                        p.setBrush(Qt.BrushStyle.NoBrush)
                        p.setPen(QPen(INK, 2))
                        p.drawEllipse(QPointF(cx, cy), dot + 3.5, dot + 3.5)
                    p.setBrush(Qt.BrushStyle.NoBrush)
            marker_y = bar_top + bar_h / 2
            if row.founding is not None:
                p.setPen(QPen(INK, 2))
                p.setBrush(QBrush(PAPER))
                p.drawPolygon(_triangle(QPointF(xs(row.founding), marker_y), dot + 2))
            if row.previous is not None:
                p.setPen(QPen(INK, 2.5))
                p.setBrush(QBrush(PAPER))
                p.drawPolygon(_diamond(QPointF(xs(row.previous), marker_y), dot + 2, dot + 5))
            p.setBrush(Qt.BrushStyle.NoBrush)
        for n_line, entries in enumerate(lines):
            self._paint_legend(p, fm, h - legend_h + 4 + n_line * (fm.height() + 8), entries)

    def legend_entries(self) -> list[str]:
        """Return the legend's entries: only what the chart shows."""
        entries = ["average", "partner"]
        if self.highlight and any(self.highlight in r.scores for r in self.rows):
            entries.append("highlight")
        if any(r.previous is not None for r in self.rows):
            entries.append("previous")
        if any(r.founding is not None for r in self.rows):
            entries.append("founding")
        return entries

    def _legend_lines(self, fm: QFontMetricsF, width: float) -> list[list[str]]:
        lines: list[list[str]] = [[]]
        x = 0.0
        for kind in self.legend_entries():
            need = 32 + fm.horizontalAdvance(getattr(self.labels, kind)) + 20
            if lines[-1] and x + need > width:
                lines.append([])
                x = 0.0
            lines[-1].append(kind)
            x += need
        return lines

    def _paint_legend(self, p: QPainter, fm: QFontMetricsF, top: float, entries: list[str]) -> None:
        y = top + fm.height() / 2
        x = 12.0
        for kind in entries:
            text = getattr(self.labels, kind)
            if kind == "average":
                p.setPen(QPen(MID, 1))
                p.setBrush(QBrush(LIGHT))
                p.drawRect(QRectF(x, y - 5, 26, 10))
            elif kind == "partner":
                p.setPen(QPen(INK, 1))
                p.setBrush(QBrush(INK))
                p.drawEllipse(QPointF(x + 13, y), 4.5, 4.5)
            elif kind == "highlight":
                p.setPen(QPen(INK, 1))
                p.setBrush(QBrush(INK))
                p.drawEllipse(QPointF(x + 13, y), 4.5, 4.5)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(INK, 2))
                p.drawEllipse(QPointF(x + 13, y), 8, 8)
            elif kind == "previous":
                p.setPen(QPen(INK, 2.5))
                p.setBrush(QBrush(PAPER))
                p.drawPolygon(_diamond(QPointF(x + 13, y), 6, 9))
            else:
                p.setPen(QPen(INK, 2))
                p.setBrush(QBrush(PAPER))
                p.drawPolygon(_triangle(QPointF(x + 13, y), 7))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(INK)
            p.drawText(QPointF(x + 32, y + fm.ascent() / 2 - 1), text)
            x += 32 + fm.horizontalAdvance(text) + 20
