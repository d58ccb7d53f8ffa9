#!/bin/bash
# Re-takes the user guide's screenshots on a private X server (Xvfb), with a fresh library and
# settings so the first start loads the bundled corpus. Needs xvfb, xdotool and ImageMagick.
# usage: take_screenshots.sh <build dir> [display number]
set -euo pipefail
BUILD=${1:?build directory}
DISP=:${2:-77}
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
export DISPLAY=$DISP HOME=$WORK XDG_CONFIG_HOME=$WORK/.config XDG_DATA_HOME=$WORK/.local/share
Xvfb "$DISP" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB=$!
"$BUILD/app/summitline" "$WORK/library.sqlite" >/dev/null 2>&1 &
APP=$!
trap 'kill $APP $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
shoot() { sleep "$2"; import -window root -crop 1560x940+0+0 +repage "$OUT/$1"; }

sleep 3
WID=$(xdotool search --onlyvisible --name Summitline | head -1)
xdotool windowmove "$WID" 0 0
xdotool windowsize "$WID" 1560 940
shoot main-window.png 6
# Positions below are for the 1560x940 first-start layout.
xdotool mousemove 797 367 click 1      # the Sochi summit's mark
shoot event-panel.png 1.5
xdotool mousemove 1114 349 click 1     # its third quote, "certain progress is obvious"
shoot reader-highlight.png 1.5
xdotool mousemove 139 83 click 1       # the search field
xdotool type --delay 30 "missile defense"
xdotool key Return
shoot search.png 2
# Library management (the Articles tab sits beside Quotes and Events at the bottom).
xdotool key Escape
xdotool mousemove 172 904 click 1      # the Articles tab
xdotool mousemove 167 848 click 1      # the AP Sochi article's row
shoot articles-panel.png 1.5
xdotool mousemove 68 904 click 1       # back to the Quotes and Events tab
xdotool mousemove 668 780 click 3      # right-click the second quote
shoot context-menu.png 1
xdotool key Escape
