#!/usr/bin/env bash
# Build the Linux bundle from this checkout:
#
#   dist/passdesk/                                 the one-folder app: dist/passdesk/passdesk
#   dist/passdesk-<version>-linux-<arch>.tar.gz    the same folder, to hand out
#
# It sets up what it needs first (scripts/dev.sh setup; PASSDESK_SKIP_SETUP=1
# uses the environment in PASSDESK_VENV as it is), then checks the bundle with
# `passdesk --self-test` (PASSDESK_SKIP_SELF_TEST=1 skips that). Build time,
# size and self-test time are printed at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=${PASSDESK_VENV:-.venv}
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if [ "${PASSDESK_SKIP_SETUP:-0}" != 1 ]; then
  scripts/dev.sh setup
fi
version=$("$VENV/bin/python" -c 'import passdesk; print(passdesk.__version__)')
bundle=dist/passdesk
tarball=dist/passdesk-$version-linux-$(uname -m).tar.gz

say "building passdesk $version with PyInstaller"
started=$SECONDS
rm -rf "$bundle" "$tarball"
"$VENV/bin/pyinstaller" packaging/passdesk.spec --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller
# A desktop entry and icon, installed per user by the script beside them.
install -Dm644 packaging/passdesk.desktop "$bundle/share/applications/passdesk.desktop"
install -Dm644 resources/icons/passdesk.svg \
  "$bundle/share/icons/hicolor/scalable/apps/passdesk.svg"
install -m755 packaging/install-desktop-entry.sh "$bundle/install-desktop-entry.sh"
tar -C dist -czf "$tarball" passdesk
build_s=$((SECONDS - started))

bundle_mb=$(du -sm "$bundle" | cut -f1)
tarball_mb=$(du -sm "$tarball" | cut -f1)
say "built in ${build_s} s: $bundle (${bundle_mb} MB), $tarball (${tarball_mb} MB)"

if [ "${PASSDESK_SKIP_SELF_TEST:-0}" != 1 ]; then
  say "self-test of the bundle"
  started=$SECONDS
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$bundle/passdesk" --self-test
  say "self-test passed in $((SECONDS - started)) s"
fi
