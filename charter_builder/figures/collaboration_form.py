"""The collaboration-form chart: every form on complexity x formality, the chosen one framed and filled."""

from __future__ import annotations

from ..collaboration_form import FORM_LABELS, FORM_POSITIONS
from ..model import CollaborationForm
from ._canvas import FAINT, INK, LIGHT, MID, WHITE, canvas, font, png_bytes, text_size

WIDTH, HEIGHT = 1600, 1000
LEFT, RIGHT, TOP, BOTTOM = 120, 60, 40, 120


def collaboration_form_chart(
    chosen: CollaborationForm | None,
    lang: str = "nl",
    *,
    advised: CollaborationForm | None = None,
    axis_labels: tuple[str, str] = ("", ""),
    marker_labels: tuple[str, str] = ("", ""),
) -> bytes:
    """Return a PNG of the forms on the two axes, ``chosen`` highlighted, ``advised`` ringed.

    ``axis_labels`` are (complexity, formality) and ``marker_labels`` are (chosen, advised) in the
    document's language; the writer passes them from its catalogue so this module holds no text.
    The highlight does not rely on colour: a filled black dot and a heavy frame around the label.
    """
    image, draw = canvas(WIDTH, HEIGHT)
    pw, ph = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def at(x: float, y: float) -> tuple[float, float]:
        return LEFT + x * pw, TOP + (1 - y) * ph

    # A light band along the diagonal: more complex value, more formal arrangement.
    band = [at(0, 0), at(0, 0.18), at(0.82, 1), at(1, 1), at(1, 0.82), at(0.18, 0)]
    draw.polygon(band, fill=FAINT)
    for i in range(1, 5):
        x0, y0 = at(i / 5, 0)
        draw.line([(x0, TOP), (x0, TOP + ph)], fill=LIGHT, width=1)
        x1, y1 = at(0, i / 5)
        draw.line([(LEFT, y1), (LEFT + pw, y1)], fill=LIGHT, width=1)
    draw.line([(LEFT, TOP), (LEFT, TOP + ph), (LEFT + pw, TOP + ph)], fill=INK, width=3)
    # Arrow heads on both axes.
    draw.polygon(
        [(LEFT + pw, TOP + ph - 10), (LEFT + pw + 22, TOP + ph), (LEFT + pw, TOP + ph + 10)], fill=INK
    )
    draw.polygon([(LEFT - 10, TOP), (LEFT, TOP - 22), (LEFT + 10, TOP)], fill=INK)

    axis_font = font(30, bold=True)
    x_label, y_label = axis_labels
    tw, _ = text_size(draw, x_label, axis_font)
    draw.text((LEFT + (pw - tw) / 2, TOP + ph + 40), x_label, font=axis_font, fill=INK)
    _vertical_text(image, y_label, axis_font, (20, TOP + ph / 2))

    label_font, bold_font = font(28), font(30, bold=True)
    chosen_text, advised_text = marker_labels
    for form, (x, y) in FORM_POSITIONS.items():
        cx, cy = at(x, y)
        label = FORM_LABELS[form][0 if lang == "nl" else 1]
        is_chosen = form == chosen
        if is_chosen and chosen_text:
            label = f"{label} ({chosen_text})"
        elif form == advised and advised_text:
            label = f"{label} ({advised_text})"
        f = bold_font if is_chosen else label_font
        tw, th = text_size(draw, label, f)
        r = 16 if is_chosen else 11
        if form == advised:
            draw.ellipse([cx - 26, cy - 26, cx + 26, cy + 26], outline=INK, width=3)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=INK if is_chosen else WHITE, outline=INK, width=3)
        tx = cx + 40 if x < 0.6 else cx - 40 - tw
        ty = cy - th / 2 - 6
        if is_chosen:
            draw.rectangle([tx - 12, ty - 8, tx + tw + 12, ty + th + 18], fill=WHITE, outline=INK, width=5)
        draw.text((tx, ty), label, font=f, fill=INK if is_chosen else MID)
    return png_bytes(image)


def _vertical_text(image, text: str, f, center: tuple[float, float]) -> None:
    from PIL import Image, ImageDraw

    probe = ImageDraw.Draw(image)
    w, h = text_size(probe, text, f)
    tile = Image.new("RGB", (max(w, 1) + 8, h + 16), WHITE)
    ImageDraw.Draw(tile).text((4, 0), text, font=f, fill=INK)
    rotated = tile.rotate(90, expand=True)
    image.paste(rotated, (int(center[0]), int(center[1] - rotated.height / 2)))
