#!/usr/bin/env bash
# Installs the Debian 12 packages Summitline needs, only those missing, using sudo when not root.
set -euo pipefail
packages=(
  cmake ninja-build g++ make pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
  libsqlite3-dev libgumbo-dev libicu-dev libssl-dev
  catch2 poppler-utils xvfb xauth
  libqpdf-dev qpdf
  fonts-urw-base35 fonts-dejavu-core
  # Desktop integration: the icon is rendered with Qt SVG at build time; the install test
  # validates the .desktop and metainfo files; qt6ct gives the dark screenshots a colour scheme.
  qt6-svg-dev python3 desktop-file-utils appstream groff-base qt6ct
)
# Sanitizer and fuzzing builds (make sanitize, make fuzz) need clang and its runtime libraries.
if [ "${1:-}" = "--sanitizers" ]; then
  packages+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
