#!/usr/bin/env bash
# Renders a workbook (or a .docx report) the way it prints: LibreOffice (headless) converts it to PDF, each sheet per its
# page setup, then pdftoppm turns every page into a PNG, to look at.
#   scripts/render-xlsx.sh IN.xlsx OUTDIR [DPI]
# Writes OUTDIR/<name>.pdf and OUTDIR/<name>-<page>.png. A private LibreOffice profile is used, so a
# running LibreOffice (or another render) does not interfere, and the user's own profile is not touched.
set -euo pipefail

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ]; then
  echo "Usage: $0 IN.xlsx OUTDIR [DPI]" >&2
  exit 2
fi
input="$1"
outdir="$2"
dpi="${3:-80}"
if [ ! -f "$input" ]; then
  echo "$input: no such file" >&2
  exit 2
fi
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (Debian: libreoffice-calc-nogui and libreoffice-writer-nogui, poppler-utils)" >&2
    exit 2
  fi
done

mkdir -p "$outdir"
profile="$(mktemp -d "${TMPDIR:-/tmp}/jiu-render-profile.XXXXXX")"
trap 'rm -rf "$profile"' EXIT

name="$(basename "${input%.*}")"
soffice -env:UserInstallation="file://$profile" --headless --norestore --nolockcheck \
  --convert-to pdf --outdir "$outdir" "$input" >"$profile/soffice.log" 2>&1 || {
  cat "$profile/soffice.log" >&2
  exit 1
}
pdf="$outdir/$name.pdf"
if [ ! -s "$pdf" ]; then
  cat "$profile/soffice.log" >&2
  echo "LibreOffice produced no PDF for $input" >&2
  exit 1
fi
rm -f "$outdir/$name"-*.png
pdftoppm -png -r "$dpi" "$pdf" "$outdir/$name"
ls "$outdir/$name"-*.png
