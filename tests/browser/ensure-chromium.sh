#!/usr/bin/env bash
# The browser tests drive Debian's chromium with playwright-core (no browser download), and the
# screenshots need a Chinese font. Installs what is missing: as root directly, else through sudo
# when available. CHROMIUM_PATH points at another browser binary.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then missing+=(fonts-wqy-microhei); fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then as_root=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then as_root=(sudo -n); else
  echo "ensure-chromium: missing ${missing[*]}; installing needs root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "ensure-chromium: installing ${missing[*]} (apt-get) for the browser tests…"
started=$(date +%s)
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
echo "ensure-chromium: done in $(( $(date +%s) - started )) s ($("$browser" --version 2>/dev/null | head -1))"
