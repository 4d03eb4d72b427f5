#!/usr/bin/env bash
# Convert a .docx to PDF (LibreOffice, headless) and the PDF to one PNG per page (poppler), to look at
# the generated charter page by page.  Usage: tools/docx_to_png.sh FILE.docx [OUTDIR] [DPI]
# Writes OUTDIR/FILE.pdf and OUTDIR/FILE-<page>.png (default OUTDIR: a folder next to FILE, DPI 60).
# The images are for looking, not for committing.
set -euo pipefail
if [[ $# -lt 1 ]]; then
    echo "usage: $0 FILE.docx [OUTDIR] [DPI]" >&2
    exit 2
fi
docx=$(realpath "$1")
name=$(basename "${docx%.docx}")
outdir=$(realpath -m "${2:-${docx%.docx}-pages}")
dpi=${3:-60}
mkdir -p "$outdir"
# A private LibreOffice profile: no clash with a running office, nothing written to the user's profile.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$docx" >/dev/null
rm -f "$outdir/$name"-*.png
pdftoppm -r "$dpi" -png "$outdir/$name.pdf" "$outdir/$name"
ls "$outdir"/"$name"-*.png | wc -l | xargs echo "pages:"
echo "$outdir"
