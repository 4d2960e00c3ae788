#!/usr/bin/env bash
# Start-up to data on screen and memory of the release app on the demonstration data set, against a minimal
# Tauri window (bench/floor) as the floor. Usage: bench/startup.sh [--runs N] [--scale small|10y] [--no-build]
# [--env NAME=VALUE]... (an environment variable for both binaries, for experiments)
# Needs xvfb-run (make setup-test installs it). See docs/PERFORMANCE.md.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/council-desk/target}"
export PATH="$HOME/.cargo/bin:$PATH"
runs=5 scale=small build=1
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --env) extra+=(--env "$2"); shift 2 ;;
        *) echo "usage: $0 [--runs N] [--scale small|10y] [--no-build] [--env NAME=VALUE]..." >&2; exit 2 ;;
    esac
done

if [ "$build" = 1 ]; then
    (cd "$root/ui" && npm run build)
    cargo build --release --manifest-path "$root/Cargo.toml" -p council-desk -p council-cli
    # The same versions as the app, so the floor differs only by what the app adds.
    cp "$root/Cargo.lock" "$root/bench/floor/Cargo.lock"
    cargo build --release --manifest-path "$root/bench/floor/Cargo.toml"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$CARGO_TARGET_DIR/release/council" --db "$work/council.db" demo --scale "$scale" >/dev/null
mkdir -p "$work/data"

xvfb-run -a -s "-screen 0 1440x900x24" python3 "$root/bench/startup.py" \
    --app "$CARGO_TARGET_DIR/release/council-desk" \
    --floor "$CARGO_TARGET_DIR/release/council-desk-floor" \
    --db "$work/council.db" --data-home "$work/data" --runs "$runs" "${extra[@]}"
