"""The Pillow charts: valid PNGs, the chosen form stands out without colour, one health row per condition."""

from __future__ import annotations

import io

from PIL import Image

from charter_builder.collaboration_form import FORM_POSITIONS
from charter_builder.figures import HealthRow, collaboration_form_chart, health_check_chart
from charter_builder.figures.collaboration_form import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH
from charter_builder.model import CollaborationForm


def _image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(png))


def _centre(form: CollaborationForm) -> tuple[int, int]:
    x, y = FORM_POSITIONS[form]
    return int(LEFT + x * (WIDTH - LEFT - RIGHT)), int(TOP + (1 - y) * (HEIGHT - TOP - BOTTOM))


def test_chosen_form_is_a_filled_black_dot_in_grayscale() -> None:
    img = _image(collaboration_form_chart(CollaborationForm.COVENANT, "nl")).convert("L")
    assert img.size == (WIDTH, HEIGHT)
    assert img.getpixel(_centre(CollaborationForm.COVENANT)) < 60
    for other in (CollaborationForm.NETWORK, CollaborationForm.FOUNDATION):
        assert img.getpixel(_centre(other)) > 200  # hollow


def test_no_chosen_form_leaves_every_dot_hollow() -> None:
    img = _image(collaboration_form_chart(None, "en")).convert("L")
    assert all(img.getpixel(_centre(f)) > 200 for f in CollaborationForm)


def test_health_chart_grows_with_the_rows_and_marks_the_average() -> None:
    one = _image(health_check_chart([HealthRow("A", [3, 4])], average_label="Avg"))
    three = _image(
        health_check_chart(
            [HealthRow(str(i), [1, 5, 3], comparison=2.5) for i in range(3)], average_label="Avg"
        )
    )
    assert three.height > one.height
    assert three.width == one.width


def test_health_row_average() -> None:
    assert HealthRow("x", [2, 4, 5]).average == 11 / 3
    assert HealthRow("x", []).average is None
    # a row with only an earlier measurement still draws
    assert _image(health_check_chart([HealthRow("x", [], comparison=3.0)], average_label="Avg")).height > 0
