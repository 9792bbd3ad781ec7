#!/usr/bin/env bash
# Renders a Word report to PDF and PNG pages so it can be looked at without Word:
#   scripts/render-docx.sh enquete-demo/report.docx [OUTDIR] [DPI]
# Needs LibreOffice and poppler (Debian: apt-get install libreoffice-writer-nogui poppler-utils).
set -euo pipefail
docx="${1:?usage: render-docx.sh FILE.docx [OUTDIR] [DPI]}"
out="${2:-$(dirname "$docx")/pages}"
dpi="${3:-60}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-docx: $tool is missing (apt-get install libreoffice-writer-nogui poppler-utils)" >&2; exit 1; }
done
mkdir -p "$out"
# A private LibreOffice profile: works while another LibreOffice is open, and leaves the user's alone.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdf="$out/$(basename "${docx%.*}").pdf"
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
echo "$pdf"
ls "$out"/page-*.png | head -n 3
echo "... $(ls "$out"/page-*.png | wc -l) pages in $out"
