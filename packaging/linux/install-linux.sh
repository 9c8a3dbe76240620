#!/usr/bin/env bash
# Install the built labapp on a Linux lab computer, as root:
#
#   sudo labapp/linux/install-linux.sh            from the unpacked archive (or dist/labapp/linux/)
#   sudo packaging/linux/install-linux.sh [DIR]   from the repository, DIR defaulting to dist/labapp
#   sudo .../install-linux.sh --uninstall
#
# Puts the app folder in /opt/labapp (LABAPP_PREFIX to change), `labapp` on PATH as
# /usr/local/bin/labapp, the menu entry and icons under /usr/local/share, and the udev rules
# for phones and Samsung modem ports in /etc/udev/rules.d, then reloads udev. It installs no
# system package: it says what is missing (usbmuxd for iPhones, Qt's X11 libraries).
set -euo pipefail

prefix=${LABAPP_PREFIX:-/opt/labapp}
share=/usr/local/share
rules=/etc/udev/rules.d/60-labapp-phones.rules
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fail() { printf 'install-linux: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (sudo $0)"
# The prefix is deleted and replaced whole: only an absolute folder named for labapp.
case "$prefix" in
  /*/*labapp*|/*labapp*) ;;
  *) fail "LABAPP_PREFIX=$prefix: give a folder of its own, such as /opt/labapp" ;;
esac
case "$(basename "$prefix")" in
  *labapp*) ;;
  *) fail "LABAPP_PREFIX=$prefix: the folder's own name must contain labapp" ;;
esac

reload_udev() {
  # Containers and chroots have no running udev: the rules apply at the next boot.
  if command -v udevadm >/dev/null && [ -d /run/udev ]; then
    udevadm control --reload-rules
    # Phones already plugged in get the new rights now, not at their next plug.
    udevadm trigger --action=change --subsystem-match=usb --subsystem-match=tty
    echo "udev rules reloaded"
  else
    echo "no running udev here: the rules apply from the next start"
  fi
}

refresh_menus() {
  # Menus and icon themes cache what they found; refresh them where the tools exist.
  if command -v update-desktop-database >/dev/null && [ -d "$share/applications" ]; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -d "$share/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = --uninstall ]; then
  rm -rf "$prefix"
  rm -f /usr/local/bin/labapp "$share/applications/labapp.desktop" "$rules"
  find "$share/icons/hicolor" -name 'labapp.png' -path '*/apps/*' -delete 2>/dev/null || true
  rm -f "$share/icons/hicolor/scalable/apps/labapp.svg"
  refresh_menus
  reload_udev
  echo "labapp removed (each person's data folder, ~/.local/share/labapp, is kept)"
  exit 0
fi

# The app folder: given, or next to this script (unpacked archive), or the repository's build.
source=${1:-}
if [ -z "$source" ]; then
  if [ -x "$here/../labapp" ] && [ -d "$here/../_internal" ]; then
    source="$here/.."
  elif [ -x "$here/../../dist/labapp/labapp" ]; then
    source="$here/../../dist/labapp"
  else
    fail "no built app found: run packaging/build-linux.sh, or give the folder"
  fi
fi
source=$(cd "$source" && pwd)
if [ ! -x "$source/labapp" ] || [ ! -d "$source/linux" ]; then
  fail "$source is not a labapp build folder"
fi
linux="$source/linux"

# -- the app: a new copy beside the old one, then swapped, so a failed copy leaves the
# installed version working.
rm -rf "$prefix.new"
cp -a "$source" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
# The bootloader follows the link to find its _internal/ folder.
ln -sfn "$prefix/labapp" /usr/local/bin/labapp
# A first run proves the copy starts; in a throw-away LABAPP_HOME, so root gets no labapp
# data or log folder of its own.
scratch=$(mktemp -d)
installed=$(LABAPP_HOME="$scratch" "$prefix/labapp" --version | head -1)
rm -rf "$scratch"
echo "app: $prefix ($installed), command: /usr/local/bin/labapp"

# -- menu entry and icons
install -d "$share/applications"
sed "s|/opt/labapp/|$prefix/|g" "$linux/labapp.desktop" > "$share/applications/labapp.desktop"
chmod 644 "$share/applications/labapp.desktop"
(cd "$linux/icons" && find hicolor -type f) | while read -r icon; do
  install -D -m 644 "$linux/icons/$icon" "$share/icons/$icon"
done
refresh_menus
echo "menu entry: $share/applications/labapp.desktop"

# -- udev rules (the group they name must exist, or udev falls back to root's)
getent group plugdev >/dev/null || groupadd --system plugdev
install -D -m 644 "$linux/60-labapp-phones.rules" "$rules"
echo "udev rules: $rules"
reload_udev

# -- what the system still needs
missing=$(ldd "$prefix/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo "NOTE: the window needs these system libraries: $missing"
  echo "      (Debian/Ubuntu: see scripts/install-qt-libs.sh in the repository for the packages)"
fi
if ! command -v usbmuxd >/dev/null && [ ! -x /usr/sbin/usbmuxd ]; then
  echo "NOTE: iPhones are reached through usbmuxd, which is not installed:"
  echo "      sudo apt-get install usbmuxd   (it starts by itself when an iPhone is plugged in)"
fi
echo "Technicians at the computer's screen reach phones as they are; for others (SSH, a"
echo "service account): sudo usermod -aG plugdev NAME, then log in again."
