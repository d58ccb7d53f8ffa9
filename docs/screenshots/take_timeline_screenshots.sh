#!/bin/bash
# Re-takes the timeline screenshots of the user guide: the bundled corpus at 1600x1000, at
# 1366x768, at 1366x768 with QT_SCALE_FACTOR=1.5, and a library of 10,000 generated articles
# (gen_corpus, seed 7) at 1600x1000. Each runs on its own Xvfb screen of that size with a fresh
# library and settings. Needs xvfb-run, xdotool and ImageMagick.
# usage: take_timeline_screenshots.sh <build dir>
# TENK=<library.sqlite> reuses a 10,000-article library imported earlier (the import takes minutes).
set -euo pipefail
BUILD=$(cd "${1:?build directory}" && pwd)
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shot <png> <WxH> <scale> [library]: the window filling the screen, after the first load.
shot() {
    local png=$1 size=$2 scale=$3 lib=${4:-}
    local home
    home=$(mktemp -d -p "$WORK")
    [ -n "$lib" ] || lib=$home/library.sqlite
    XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config QT_SCALE_FACTOR=$scale \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        "$0" "$1" >/dev/null 2>&1 & app=$!
        for _ in $(seq 1 60); do
            sleep 1
            wid=$(xdotool search --onlyvisible --name Summitline 2>/dev/null | head -1 || true)
            [ -n "$wid" ] && break
        done
        xdotool windowmove "$wid" 0 0 windowsize "$wid" "${2%x*}" "${2#*x}"
        sleep 10
        import -window root "$3"
        kill $app' "$BUILD/app/summitline" "$lib" "$size" "$OUT/$png"
}

shot timeline-1600x1000.png 1600x1000 1
shot timeline-1366x768.png 1366x768 1
shot timeline-1366x768-scale1.5.png 1366x768 1.5
if [ -z "${TENK:-}" ]; then
    "$BUILD/tests/tools/gen_corpus" --articles 10000 --seed 7 --out "$WORK/corpus" >/dev/null
    "$BUILD/app/summitline-cli" --db "$WORK/10k.sqlite" import "$WORK/corpus" >/dev/null
    TENK=$WORK/10k.sqlite
fi
[ -n "${SKIP10K:-}" ] || shot timeline-10000-articles.png 1600x1000 1 "$TENK"
