#!/usr/bin/env bash
# Checks the Debian package that `make deb` built (or the one named): what it installs, its size (at most 15 MB),
# its metadata, and that both programs start from a scratch copy of its files (`dpkg -x`, nothing installed).
#   scripts/check-deb.sh [PACKAGE]
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-$HOME/.cache/council-desk/target}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
package=${1:-$target/release/bundle/deb/council-desk_${version}_$(dpkg --print-architecture).deb}
limit=$((15 * 1000 * 1000))
failures=0
fail() { echo "check-deb: $*" >&2; failures=$((failures + 1)); }

size=$(stat -c %s "$package")
[ "$size" -le "$limit" ] || fail "$package is $size bytes, over $limit"
[ "$(dpkg-deb -f "$package" Package)" = council-desk ] || fail "the package is not named council-desk"
[ "$(dpkg-deb -f "$package" Version)" = "$version" ] || fail "the package is not version $version"

contents=$(dpkg-deb -c "$package")
for path in usr/bin/council-desk usr/share/bash-completion/completions/council \
  usr/share/zsh/vendor-completions/_council usr/share/fish/vendor_completions.d/council.fish \
  usr/share/man/man1/council.1.gz usr/share/metainfo/org.councildesk.desk.metainfo.xml \
  usr/share/applications/org.councildesk.desk.desktop usr/share/doc/council-desk/copyright \
  usr/lib/systemd/system/council-hub.service etc/default/council-hub; do
  grep -q " \./$path\$" <<<"$contents" || fail "$path is not in the package"
done
grep -q ' \./usr/bin/council -> council-desk$' <<<"$contents" || fail "usr/bin/council is not a link to council-desk"
# The hub's unit ships off: nothing in the package enables or starts it.
for script in postinst preinst; do
  ! dpkg-deb -I "$package" "$script" 2>/dev/null | grep -q 'council-hub' || fail "the $script touches council-hub"
done
owners=$(awk '{print $2}' <<<"$contents" | sort -u)
[ "$owners" = root/root ] || fail "files not owned by root: $owners"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$package" "$root"
bin="$root/usr/bin"
[ "$("$bin/council-desk" --version)" = "council-desk $version" ] || fail "council-desk --version did not say $version"
[ "$("$bin/council" --version)" = "council $version" ] || fail "council --version (the link) did not say $version"
[ "$("$bin/council-desk" cli --version)" = "council $version" ] || fail "council-desk cli --version did not say $version"
# The tool works on a database of its own: the 14 Uzbek regions of the reference data.
regions=$("$bin/council" --db "$root/check.db" --lang en regions list --country UZ --json | grep -o '"iso_code"' | wc -l)
[ "$regions" -eq 14 ] || fail "council regions list --country UZ gave $regions regions, not 14"
zcat "$root/usr/share/man/man1/council.1.gz" | grep -q '^\.TH council 1' || fail "council.1.gz is not a manual page"
grep -q 'complete -F _council' "$root/usr/share/bash-completion/completions/council" ||
  fail "the bash completion does not complete council"

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/org.councildesk.desk.metainfo.xml" >/dev/null ||
    fail "appstreamcli does not accept the metadata"
else
  fail "appstreamcli is missing (scripts/setup.sh --test installs it)"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/org.councildesk.desk.desktop" ||
    fail "desktop-file-validate does not accept the desktop entry"
fi

if [ "$failures" -eq 0 ]; then
  echo "check-deb: $package ($size bytes) is complete; both programs start from it"
else
  echo "check-deb: $failures check(s) failed on $package" >&2
  exit 1
fi
