"""The QPainter charts: the KPI trend's axis covers every value, and nothing is drawn without numbers."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage

from ui.widgets.charts import KpiSeries, KpiTrendChart, nice_ticks


def ink(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(0, gray.height(), 2)
        for x in range(0, gray.width(), 2)
        if QColor(gray.pixel(x, y)).red() < 80
    )


def test_nice_ticks_are_round_and_cover_the_range() -> None:
    assert nice_ticks(0, 100) == [0, 25, 50, 75, 100]
    assert nice_ticks(133.2, 211.6) == [120, 140, 160, 180, 200, 220]
    ticks = nice_ticks(0.31, 0.87)
    assert ticks[0] <= 0.31
    assert ticks[-1] >= 0.87
    assert nice_ticks(5, 5)[0] <= 5 <= nice_ticks(5, 5)[-1]


def test_kpi_axis_covers_values_baseline_and_target(qtbot: Any) -> None:
    chart = KpiTrendChart()
    qtbot.addWidget(chart)
    chart.resize(560, 320)
    chart.set_series(KpiSeries("Signalen", [("2027", 150.0), ("2028", 262.0)], baseline=140.0, target=200.0))
    ticks = chart.value_ticks()
    assert ticks[0] <= 140
    assert ticks[-1] >= 262
    assert chart.has_figure()
    drawn = ink(chart.grab().toImage())
    chart.set_series(KpiSeries("Signalen", [("2027", 150.0)], baseline=140.0, target=200.0))
    assert ink(chart.grab().toImage()) < drawn  # one point fewer, one line segment fewer


def test_a_kpi_without_numbers_shows_a_message_not_an_empty_axis(qtbot: Any) -> None:
    chart = KpiTrendChart()
    qtbot.addWidget(chart)
    chart.resize(560, 320)
    chart.empty_text = "Geen getallen"
    chart.set_series(KpiSeries("Sfeer in het kernteam"))  # qualitative: no baseline, target or values
    assert not chart.has_figure()
    chart.grab()
    chart.set_series(None)
    assert not chart.has_figure()


def test_a_negative_trend_keeps_the_zero_line_visible(qtbot: Any) -> None:
    chart = KpiTrendChart()
    qtbot.addWidget(chart)
    chart.set_series(KpiSeries("Doorlooptijd", [("Q1", 12.0), ("Q2", 9.0)], baseline=14.0, target=7.0))
    ticks = chart.value_ticks()
    assert ticks[0] <= 7
    assert ticks[-1] >= 14
    assert ticks[0] >= 0  # a count of days never goes below zero on the axis
