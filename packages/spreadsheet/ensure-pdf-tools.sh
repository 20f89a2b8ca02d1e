#!/usr/bin/env bash
# PDF exports (term reports, certificates) embed a Chinese font from Debian's fonts-wqy-microhei
# (PDF_FONT_PATH points elsewhere); the tests read the PDFs back with poppler's pdftotext.
# Installs what is missing: as root directly, else through sudo when available.
set -euo pipefail
missing=()
[ -n "${PDF_FONT_PATH:-}" ] || [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then as_root=(sudo -n); else
  echo "ensure-pdf-tools: missing ${missing[*]}; installing needs root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "ensure-pdf-tools: installing ${missing[*]} (apt-get)…"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
