"""How fast is the Word writer? The large and the example charter, against docxtpl as a peer.

Run: ``uv run python benchmarks/bench_word.py [--repeat N]``. Prints the best of N runs per case.

Targets (issue 4): the large charter (40 partners, 150 KPIs, 300 activities, 60 data flows) in
under 1.5 s, the example in under 0.3 s, on this machine.

The peer renders the same content through docxtpl (python-docx-template): a Jinja .docx built here at
run time in a temp dir from our own style template, filled with the paragraphs and tables our writer
produced (read back from its output, untimed). The peer is thus given its content for free and skips
what docxtpl has no notion of (landscape sections, custom properties, the fingerprint); its time is a
lower bound for a docxtpl-based writer.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate, InlineImage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from charter_builder.examples import example_charter  # noqa: E402
from charter_builder.model import Charter  # noqa: E402
from charter_builder.word import default_template, render_charter, render_charter_bytes  # noqa: E402
from charter_builder.word.styles import CHARACTER_STYLES, TABLE_STYLES, S  # noqa: E402
from tests.support.synthetic import large_charter  # noqa: E402

TARGETS = {"large": 1.5, "example": 0.3}
PARAGRAPH_STYLES = [
    v for k, v in vars(S).items() if not k.startswith("_") and v not in CHARACTER_STYLES + TABLE_STYLES
]


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


# -- the docxtpl peer ------------------------------------------------------------------------------


def build_jinja_template(path: Path) -> Path:
    """Write a docxtpl template: one loop over blocks, a branch per paragraph style, a generic table."""
    doc = Document(str(default_template()))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    doc.add_paragraph("{%p for b in blocks %}")
    first = True
    for style in PARAGRAPH_STYLES:
        doc.add_paragraph(("{%p if " if first else "{%p elif ") + f"b.s == {style!r} %}}")
        doc.add_paragraph("{{ b.t }}", style=style)
        first = False
    doc.add_paragraph("{%p elif b.s == 'img' %}")
    doc.add_paragraph("{{ b.img }}", style=S.FIGURE)
    doc.add_paragraph("{%p elif b.s == 'table' %}")
    table = doc.add_table(rows=4, cols=3, style=S.TABLE)
    header, loop_start, body_row, loop_end = table.rows
    header.cells[0].text = "{%tc for h in b.header %}"
    header.cells[1].text = "{{ h }}"
    header.cells[2].text = "{%tc endfor %}"
    loop_start.cells[0].text = "{%tr for row in b.rows %}"
    body_row.cells[0].text = "{%tc for cell in row %}"
    body_row.cells[1].text = "{{ cell }}"
    body_row.cells[2].text = "{%tc endfor %}"
    loop_end.cells[0].text = "{%tr endfor %}"
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "{{ footer }}"
    doc.save(str(path))
    return path


def blocks_of(docx_bytes: bytes) -> tuple[list[dict[str, Any]], list[bytes], str]:
    """Return our writer's output as docxtpl blocks (style + text, tables, images) and the footer text."""
    doc = Document(io.BytesIO(docx_bytes))
    blocks: list[dict[str, Any]] = []
    images: list[bytes] = []
    for item in doc.iter_inner_content():
        if isinstance(item, Table):
            rows = [["\n".join(p.text for p in c.paragraphs) for c in r.cells] for r in item.rows]
            blocks.append({"s": "table", "header": rows[0], "rows": rows[1:]})
        elif isinstance(item, Paragraph):
            blips = item._p.findall(".//" + qn("a:blip"))
            if blips:
                images.append(doc.part.related_parts[blips[0].get(qn("r:embed"))].blob)
                blocks.append({"s": "img", "index": len(images) - 1})
            else:
                blocks.append({"s": item.style.name, "t": item.text})
    return blocks, images, doc.sections[0].footer.paragraphs[0].text


def render_with_docxtpl(
    template: Path, blocks: list[dict[str, Any]], images: list[bytes], footer: str
) -> bytes:
    tpl = DocxTemplate(str(template))
    context_blocks = []
    for b in blocks:
        if b["s"] == "img":
            b = {"s": "img", "img": InlineImage(tpl, io.BytesIO(images[b["index"]]), width=Mm(140))}
        context_blocks.append(b)
    tpl.render({"blocks": context_blocks, "footer": footer}, autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


# -- main ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    cases: dict[str, Charter] = {"large": large_charter(), "example": example_charter()}
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jinja = build_jinja_template(folder / "peer-template.docx")
        print(f"{'case':<8} {'ours':>9} {'ours+write':>11} {'docxtpl':>9} {'ratio':>7}  target")
        for name, charter in cases.items():
            render_charter_bytes(charter)  # warm caches (fonts, imports) once
            ours = best_of(args.repeat, lambda c=charter: render_charter_bytes(c))
            out = folder / f"{name}.docx"
            ours_write = best_of(args.repeat, lambda c=charter, o=out: render_charter(c, o))
            blocks, images, footer = blocks_of(out.read_bytes())
            peer_bytes = render_with_docxtpl(jinja, blocks, images, footer)
            peer = best_of(
                args.repeat, lambda b=blocks, i=images, f=footer: render_with_docxtpl(jinja, b, i, f)
            )
            check = Document(io.BytesIO(peer_bytes))
            assert len(check.tables) == len(Document(str(out)).tables), "peer lost tables"
            target = TARGETS[name]
            verdict = "ok" if ours_write < target else "TOO SLOW"
            ok = ok and ours_write < target
            print(
                f"{name:<8} {ours:>8.3f}s {ours_write:>10.3f}s {peer:>8.3f}s {peer / ours_write:>6.2f}x"
                f"  < {target} s {verdict}"
            )
    print("ratio = docxtpl time / our time (with write); above 1 means ours is faster")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
