#!/usr/bin/env bash
# Makes sure poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) is installed for the tests of
# @xxgk/render-pdf: they extract the text of the rendered PDF, list its embedded fonts, read its
# metadata and page size, and rasterise pages to compare with committed reference images; and for
# the tests of @xxgk/import, whose fast PDF reader is `pdftotext -bbox` (they test it and the
# pdfjs-dist fallback against the same expectations).
#
# Usage: bash scripts/ensure-poppler.sh
# Exit 0 when every tool is there afterwards; 1 when one is missing and cannot be installed.
set -euo pipefail
# shellcheck source=lib/apt-install.sh
source "${BASH_SOURCE[0]%/*}/lib/apt-install.sh"

TOOLS=(pdftotext pdffonts pdfinfo pdftoppm)
PACKAGE=poppler-utils

missing() {
  local tool
  for tool in "${TOOLS[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool"; return 0; }
  done
  return 1
}

tool="$(missing)" || exit 0

apt_install ensure-poppler "$tool" "$PACKAGE" || exit 1

if tool="$(missing)"; then
  echo "ensure-poppler: apt-get finished but $tool is still missing." >&2
  exit 1
fi
echo "ensure-poppler: $(pdftotext -v 2>&1 | head -n 1) ready." >&2
