#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the browser tests of
# @xxgk/render-html (playwright-core drives it; playwright's own browser downloads are never used),
# plus a CJK serif font so that screenshots show the report as a reader sees it (the pages never
# load fonts from anywhere: they name a local font stack with generic fallbacks).
#
# Usage: bash scripts/ensure-chromium.sh
# Exit 0 when /usr/bin/chromium is there afterwards; 1 when it is missing and cannot be installed.
set -euo pipefail
# shellcheck source=lib/apt-install.sh
source "${BASH_SOURCE[0]%/*}/lib/apt-install.sh"

CHROMIUM=/usr/bin/chromium
CJK_FONT_PACKAGE=fonts-noto-cjk

has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]
}

packages=()
[ -x "$CHROMIUM" ] || packages+=(chromium)
has_cjk_font || packages+=("$CJK_FONT_PACKAGE")
[ "${#packages[@]}" -eq 0 ] && exit 0

if [ -x "$CHROMIUM" ] && { [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; }; then
  # Only the font is missing and cannot be installed: the tests still run, the screenshots show
  # tofu for Chinese text.
  echo "ensure-chromium: no CJK font found; screenshots will not show Chinese text." >&2
  echo "  To fix: sudo apt-get install -y --no-install-recommends $CJK_FONT_PACKAGE" >&2
  exit 0
fi
apt_install ensure-chromium "${packages[*]}" "${packages[@]}" || exit 1

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) ready." >&2
