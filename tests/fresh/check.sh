#!/usr/bin/env bash
# Proves the README's set-up on a truly clean Debian 12: builds a minimal root with debootstrap,
# copies the committed tree into it, and inside a chroot runs .ci/deps.sh, configures, builds
# and runs a smoke test. A green CI on a developer machine proves nothing about packages that
# only happened to be installed there (issue 9 began that way), so run this before submitting
# any change to dependencies. It takes a while (a full build on a bare system), so it is not
# part of every CI run.
#
# usage: sudo tests/fresh/check.sh [ROOT_DIR] [--keep] [--full-tests | --ci]
#   ROOT_DIR      where to build the Debian root (default /var/tmp/summitline-fresh)
#   --keep        keep the root afterwards (a second run then reuses it)
#   --full-tests  run the whole ctest suite inside, not only the smoke test
#   --ci          run exactly what CI runs (.ci/run: make test, the fuzz smoke, the core's
#                 tests under sanitizers), with ../shared absent as nothing needs it
#
# The mirror is read from this machine's own apt configuration; no host name is written here.
set -euo pipefail

root=/var/tmp/summitline-fresh
keep=0
full=0
ci=0
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    --full-tests) full=1 ;;
    --ci) ci=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) root="$arg" ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "check.sh needs root (debootstrap and chroot); run it with sudo" >&2
  exit 2
fi
for tool in debootstrap chroot git; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install $tool)" >&2; exit 2; }
done

here="$(cd "$(dirname "$0")/../.." && pwd)"

mirror_from_apt() {
  # deb822 sources first (Debian 12's default), then the one-line format.
  local uri
  uri=$(grep -h -m1 -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 | awk '{print $2}') || true
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(grep -h -E '^deb ' /etc/apt/sources.list | grep -v security | head -1 | awk '{print $2}') || true
  fi
  echo "$uri"
}
mirror=$(mirror_from_apt)
if [ -z "$mirror" ]; then
  echo "could not read a Debian mirror from /etc/apt; give none and debootstrap uses its default" >&2
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  if [ "$keep" -eq 0 ]; then rm -rf "$root"; fi
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "== debootstrap bookworm (minbase) into $root"
  rm -rf "$root"
  debootstrap --variant=minbase bookworm "$root" ${mirror:+"$mirror"} >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
fi

echo "== copy the committed tree (git HEAD) into the root"
rm -rf "$root/src"
mkdir -p "$root/src/main"
git -C "$here" archive HEAD | tar -x -C "$root/src/main"
# The tests read ../shared beside the checkout only in the evaluation scripts, never at build
# or run time, so nothing else is copied.

cp /etc/resolv.conf "$root/etc/resolv.conf"
for fs in proc sys dev; do
  mount --rbind "/$fs" "$root/$fs"
  mounted+=("$root/$fs")
done

inside() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 bash -c "$1"; }

if [ "$ci" -eq 1 ]; then
  echo "== .ci/run on the bare system"
  inside "cd /src/main && bash .ci/run"
  echo "fresh Debian 12 check passed (.ci/run)"
  exit 0
fi
echo "== .ci/deps.sh on the bare system"
inside "cd /src/main && bash .ci/deps.sh"
echo "== configure and build"
inside "cd /src/main && cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build -j \$(nproc)"
echo "== smoke test"
inside "cd /src/main && build/app/summitline-cli --db /tmp/smoke.sqlite init && build/app/summitline-cli --db /tmp/smoke.sqlite stats && build/app/summitline-cli --db /tmp/smoke.sqlite events | head -5"
inside "cd /src/main/build && QT_QPA_PLATFORM=offscreen ctest -R 'First start loads the bundled corpus' --output-on-failure"
if [ "$full" -eq 1 ]; then
  echo "== whole suite"
  inside "cd /src/main/build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j \$(nproc) --timeout 900"
fi
echo "fresh Debian 12 check passed"
