#!/usr/bin/env bash
# Set up everything passdesk needs on Debian/Ubuntu, then run it.
#
#   scripts/dev.sh demo      set up, then start the app on the demo sandbox
#   scripts/dev.sh test      set up, then run ruff and the whole test suite
#   scripts/dev.sh setup     set up only
#
# Extra arguments after "test" go to pytest (e.g. -m "not slow", -k settings).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=${PASSDESK_VENV:-.venv}
# Qt's runtime libraries (xcb for a real screen, EGL/GL, fonts, D-Bus) and
# PulseAudio for QtMultimedia (the webcam scanner).
APT_PACKAGES=(
  python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libpulse0
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0
  # The PyInstaller bundle (packaging/): binutils for PyInstaller and the ICU
  # trimming, icu-devtools for icupkg, git for building from a clean tree, a C
  # compiler for the QtQuick/QtQml stand-ins (packaging/qt_quick_stand_in.c).
  binutils icu-devtools git gcc libc6-dev
  # The store's tests also run on PostgreSQL (the shared venue database): a
  # throwaway cluster from this package's initdb/pg_ctl (tests/helpers/postgres.py).
  postgresql
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_debian_packages() {
  command -v dpkg-query >/dev/null || { say "not Debian/Ubuntu: install Qt's libraries yourself"; return; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  say "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return
    fi
  done
  say "passdesk needs Python 3.11 or newer"; exit 1
}

setup_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    "$(find_python)" -m venv "$VENV"
  fi
  # Reinstall only when pyproject.toml changed since the last setup.
  local stamp="$VENV/.passdesk-installed" want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing passdesk and its Python packages"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e '.[test]'
    echo "$want" > "$stamp"
  fi
}

build_translations() {
  # The shipped languages' catalogues (.qm), from the .ts sources in resources/translations.
  "$VENV/bin/python" scripts/translations.py build >/dev/null
}

setup() { install_debian_packages; setup_python; build_translations; }

case "${1:-}" in
  demo)
    setup
    say "starting passdesk on the demo sandbox"
    exec "$VENV/bin/passdesk" --demo
    ;;
  test)
    shift
    setup
    say "ruff"
    "$VENV/bin/ruff" check .
    say "pytest"
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"
    ;;
  setup)
    setup
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
