#!/usr/bin/env bash
# Installs the peers `./thumbs bench` compares against: vipsthumbnail (libvips-tools), ImageMagick and sharp (npm).
# Called by the bench command, not by CI (tools/setup.sh). Quiet and quick when everything is there.
# Exit 0 even when a peer cannot be installed: the bench then skips that peer and says why.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
for pkg in libvips-tools imagemagick time; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench setup: missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
  else
    echo "bench setup: installing ${missing[*]} ..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || echo "bench setup: apt-get install ${missing[*]} failed" >&2
  fi
fi

if [ ! -d "$here/node_modules/sharp" ]; then
  echo "bench setup: installing sharp (npm ci in tools/bench) ..." >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2) || echo "bench setup: npm ci failed: sharp is skipped" >&2
fi
exit 0
