#!/usr/bin/env bash
# Makes the interface's fonts (ui/public/fonts/) from the document fonts (assets/fonts/): Noto Sans Regular and
# Bold cut to the letters Council Desk shows (Latin with Uzbek's ʻ and ʼ, Cyrillic, Greek, punctuation, currency,
# №), without hinting instructions, as WOFF2 (about 55 KB each instead of 510 KB).
#
# Why the interface carries its own font: every desk shows the same letters whatever fonts it has installed, and
# the window paints sooner. A system font is looked up through fontconfig and its hinting program is run for
# every size shown, on the page's thread before the first paint; an unhinted font loaded with the page is not
# (docs/PERFORMANCE.md, "Fifth round"). Text outside these ranges falls back to the system's fonts.
#
# The results are committed, so building never runs this; run it after changing the ranges. It fetches fontTools
# and brotli into a throw-away virtual environment (needs python3-venv and the Python package index).
set -euo pipefail
cd "$(dirname "$0")/.."

ranges="U+0020-007E,U+00A0-017F,U+0218-021B,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+2000-206F"
ranges+=",U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FFFD"

venv="$(mktemp -d)"
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet fonttools brotli

for weight in Regular Bold; do
    "$venv/bin/pyftsubset" "assets/fonts/NotoSans-$weight.ttf" --unicodes="$ranges" \
        --layout-features+=tnum,lnum,case --no-hinting --flavor=woff2 \
        --output-file="ui/public/fonts/NotoSans-$weight.woff2"
done
cp assets/fonts/OFL.txt ui/public/fonts/OFL.txt
ls -l ui/public/fonts
