#!/usr/bin/env bash
# Builds the Debian package, $CARGO_TARGET_DIR/release/bundle/deb/council-desk_VERSION_ARCH.deb, and prints its
# size. Tauri's deb bundler makes the app's package (binary, icons, licence, README); this script then adds what
# the bundler cannot: /usr/bin/council as a symlink to council-desk (one binary is both, so Typst and the fonts
# ship once), the completions and the manual page of `council` made from its clap definitions, the AppStream
# metadata and the desktop entry with its translations (assets/packaging/); and repacks it with xz.
#   scripts/deb.sh              build (release, with Tauri's bundler) and package
#   scripts/deb.sh --no-build   package again what the bundler made last (to work on this script)
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-$HOME/.cache/council-desk/target}
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
arch=$(dpkg --print-architecture)
bundle_dir="$target/release/bundle/deb"
package="$bundle_dir/council-desk_${version}_${arch}.deb"

if [ "${1:-}" != --no-build ]; then
  rm -f "$bundle_dir"/*.deb
  (cd src-tauri && npx --yes @tauri-apps/cli@2.12.5 build --bundles deb)
fi
built=$(find "$bundle_dir" -maxdepth 1 -name '*.deb' ! -name "${package##*/}" -print -quit)
[ -n "$built" ] || { echo "deb: tauri made no package in $bundle_dir" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -R "$built" "$root"

# The command-line tool: the app's binary started by this name runs it.
ln -s council-desk "$root/usr/bin/council"

# Completions and the manual page, from the same clap definitions as --help (a small debug build).
cargo run --quiet -p council-cli --bin council-package-files -- "$work" >/dev/null
install -Dm644 "$work/council.bash" "$root/usr/share/bash-completion/completions/council"
install -Dm644 "$work/_council" "$root/usr/share/zsh/vendor-completions/_council"
install -Dm644 "$work/council.fish" "$root/usr/share/fish/vendor_completions.d/council.fish"
install -d "$root/usr/share/man/man1"
for page in "$work"/man1/*.1; do
  gzip -9n <"$page" >"$root/usr/share/man/man1/${page##*/}.gz"
done
chmod 644 "$root"/usr/share/man/man1/*.gz

# The desktop entry under the AppStream id, in place of the bundler's, and the AppStream metadata.
rm -f "$root"/usr/share/applications/*.desktop
install -Dm644 assets/packaging/org.councildesk.desk.desktop \
  "$root/usr/share/applications/org.councildesk.desk.desktop"
install -Dm644 assets/packaging/org.councildesk.desk.metainfo.xml \
  "$root/usr/share/metainfo/org.councildesk.desk.metainfo.xml"

# The control file's size and checksums follow the new contents.
sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)/" "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  >"$root/DEBIAN/md5sums"

rm -f "$package"
dpkg-deb -Zxz -z9 --root-owner-group -b "$root" "$package" >/dev/null
echo "deb: $package, $(du -b "$package" | cut -f1) bytes ($(du -h --apparent-size "$package" | cut -f1))"
