#!/bin/bash
# Re-takes the timeline screenshots of the user guide: the bundled corpus at 1600x1000, at
# 1366x768, with Compress gaps and Show Everything, and a library of 10,000 generated articles
# (gen_corpus, seed 7) at 1600x1000. Each runs on its own Xvfb screen of that size with a fresh
# library and settings. Needs xvfb-run, xdotool and ImageMagick. (1.5x scaling on a 1600x1000
# screen is take_window_screenshots.sh's win-scale-1.5.png; 1366x768 at 1.5x is smaller than the
# window's least size, about 1020x630 logical, so there its panels overlap.)
# usage: take_timeline_screenshots.sh <build dir>
# TENK=<library.sqlite> reuses a 10,000-article library imported earlier (the import takes minutes).
set -euo pipefail
BUILD=$(cd "${1:?build directory}" && pwd)
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shot <png> <WxH> <scale> [library] [keys]: the window filling the screen, after the first
# load, and after pressing keys (xdotool key names, space-separated) if given.
shot() {
    local png=$1 size=$2 scale=$3 lib=${4:-} keys=${5:-}
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
        if [ -n "$4" ]; then
            xdotool windowfocus --sync "$wid"
            for key in $4; do xdotool key "$key"; sleep 1.5; done
        fi
        import -window root -depth 8 "$3"
        kill $app' "$BUILD/app/summitline" "$lib" "$size" "$OUT/$png" "$keys"
}

shot timeline-1600x1000.png 1600x1000 1
shot timeline-1366x768.png 1366x768 1
shot timeline-compressed-gaps.png 1600x1000 1 "" "alt+p ctrl+0" # Compress gaps, Show Everything
if [ -z "${TENK:-}" ]; then
    "$BUILD/tests/tools/gen_corpus" --articles 10000 --seed 7 --out "$WORK/corpus" >/dev/null
    "$BUILD/app/summitline-cli" --db "$WORK/10k.sqlite" import "$WORK/corpus" >/dev/null
    TENK=$WORK/10k.sqlite
fi
[ -n "${SKIP10K:-}" ] || shot timeline-10000-articles.png 1600x1000 1 "$TENK"
