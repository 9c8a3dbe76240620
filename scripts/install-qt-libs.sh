#!/usr/bin/env bash
# The Debian/Ubuntu libraries Qt needs to draw a window (and to run its tests
# offscreen), plus Xvfb for screenshots on a machine with no screen. Installs only
# what is missing; does nothing where apt-get is not the package manager.
set -euo pipefail
packages="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 xvfb xauth"
command -v apt-get >/dev/null 2>&1 || { echo "no apt-get: install Qt's libraries yourself"; exit 0; }
missing=""
for package in $packages; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
echo "installing for Qt:$missing"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
