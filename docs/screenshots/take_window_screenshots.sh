#!/bin/bash
# Screenshots of the whole window at the sizes and scales it must lay out cleanly at:
# 1600x1000, 1366x768, 1.5x scaling (1600x1000 screen), 2x scaling (2560x1600 screen) and a
# dark colour scheme (qt6ct's "darker", as a user of a dark desktop gets). Each run starts a
# private X server (Xvfb) and a fresh library, so the bundled corpus loads as on a first start.
# Needs xvfb, xdotool, ImageMagick and, for the dark shot, qt6ct.
# usage: take_window_screenshots.sh <build dir> [display number]
set -euo pipefail
BUILD=$(cd "${1:?build directory}" && pwd)
DISP=:${2:-78}
OUT=$(cd "$(dirname "$0")" && pwd)

# shoot NAME WIDTH HEIGHT SCALE [dark|light] [keys to press first...]
shoot() {
    local name=$1 width=$2 height=$3 scale=$4 dark=${5:-}
    shift 5 2>/dev/null || shift $#
    [ "$dark" = light ] && dark=
    local work
    work=$(mktemp -d)
    mkdir -p "$work/.config/qt6ct"
    local theme=()
    if [ -n "$dark" ]; then
        printf '[Appearance]\ncolor_scheme_path=/usr/share/qt6ct/colors/darker.conf\ncustom_palette=true\nstyle=Fusion\n' \
            >"$work/.config/qt6ct/qt6ct.conf"
        theme=(QT_QPA_PLATFORMTHEME=qt6ct)
    fi
    Xvfb "$DISP" -screen 0 "${width}x${height}x24" >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    env DISPLAY="$DISP" HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share" \
        QT_SCALE_FACTOR="$scale" "${theme[@]}" "$BUILD/app/summitline" "$work/library.sqlite" >/dev/null 2>&1 &
    local app=$!
    sleep 4
    local wid
    wid=$(DISPLAY="$DISP" xdotool search --onlyvisible --name Summitline | head -1)
    # No window manager: place the window over the whole screen, as a maximised one would be.
    DISPLAY="$DISP" xdotool windowmove "$wid" 0 0 windowsize "$wid" "$width" "$height"
    sleep 8 # the bundled corpus loads in the background
    # No window manager to give the window the keyboard: take it directly.
    [ $# -gt 0 ] && DISPLAY="$DISP" xdotool windowfocus --sync "$wid" && sleep 0.5
    for key in "$@"; do # "type:WORDS" types words, "sleep:N" waits, anything else is a key
        if [ "${key#sleep:}" != "$key" ]; then
            sleep "${key#sleep:}"
        elif [ "${key#type:}" != "$key" ]; then
            DISPLAY="$DISP" xdotool type --delay 40 "${key#type:}"
        else
            DISPLAY="$DISP" xdotool key "$key"
        fi
        sleep 1.5
    done
    DISPLAY="$DISP" import -window root "$OUT/win-$name.png"
    kill "$app" "$xvfb" 2>/dev/null || true
    wait "$app" "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}

[ -z "${ONLY:-}" ] && {
shoot 1600x1000 1600 1000 1
shoot 1366x768 1366 768 1
shoot scale-1.5 1600 1000 1.5
shoot scale-2 2560 1600 2
shoot dark 1366 768 1 dark
}
shoot shortcuts 1366 768 1 light alt+h k
shoot search-tab 1600 1000 1.5 light ctrl+2 'type:missile defense' Return
shoot dark-search 1366 768 1 dark ctrl+2
# Import Folder on twelve generated articles and an empty file: the results, and nothing else.
ARTICLES=$(mktemp -d)
"$BUILD/tests/tools/gen_corpus" --articles 12 --seed 5 --out "$ARTICLES" >/dev/null
: >"$ARTICLES/zz-empty.txt"
shoot import-results 1366 768 1 light ctrl+shift+o "type:$ARTICLES" Return sleep:8
rm -rf "$ARTICLES"
