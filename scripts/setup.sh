#!/usr/bin/env bash
# Installs what Council Desk needs to build and run on Debian/Ubuntu, skipping what is already there.
#   scripts/setup.sh          system libraries, Rust, Node.js, the UI's npm packages
#   scripts/setup.sh --test   the same, plus what the tests use (Xvfb, WebKitWebDriver, tauri-driver, PDF tools,
#                             Python icalendar, python-docx and LibreOffice Calc and Writer to read exported
#                             files independently,
#                             appstreamcli and desktop-file-validate for the package's metadata)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

# libclang-dev: SQLite's session extension (the exchange's change capture) needs its bindings made at build time.
build_packages=(libwebkit2gtk-4.1-dev build-essential curl wget file pkg-config libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libclang-dev)
test_packages=(xvfb xauth xdotool x11-apps webkit2gtk-driver poppler-utils qpdf imagemagick python3-icalendar
  libreoffice-calc-nogui libreoffice-writer-nogui python3-docx appstream desktop-file-utils)

wanted=("${build_packages[@]}")
$with_tests && wanted+=("${test_packages[@]}")

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y \
    --no-install-recommends "${missing[@]}"
fi

# Rust (edition 2024 needs 1.85 or newer; distribution packages are often older, so rustup it is).
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: installing Rust with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
  export PATH="$HOME/.cargo/bin:$PATH"
fi

# Node.js 20.19 or newer for the UI build.
node_ok() {
  command -v node >/dev/null 2>&1 && node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}
if ! node_ok; then
  echo "setup: installing Node.js and npm"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y \
    --no-install-recommends nodejs npm
  node_ok || { echo "setup: Node.js 20.19 or newer is needed (found $(node --version 2>/dev/null))" >&2; exit 1; }
fi

# The UI's packages, exactly as locked; reinstalled only when the lock file changed.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund)
fi

if $with_tests && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked
fi
