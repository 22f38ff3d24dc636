#!/usr/bin/env sh
# Add passdesk to this user's application menu, run from wherever the bundle
# was unpacked (e.g. ~/opt/passdesk or /opt/passdesk). Run it again after moving
# the folder; remove ~/.local/share/applications/passdesk.desktop to undo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps
mkdir -p "$apps" "$icons"
cp "$here/share/icons/hicolor/scalable/apps/passdesk.svg" "$icons/passdesk.svg"
sed "s|^Exec=passdesk|Exec=\"$here/passdesk\"|" "$here/share/applications/passdesk.desktop" \
  > "$apps/passdesk.desktop"
echo "passdesk added to the application menu ($apps/passdesk.desktop)"
