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
shoot() { sleep "$2"; import -window root -depth 8 -crop 1560x940+0+0 +repage "$OUT/$1"; }
# The whole 1600x1000 screen, or a part of it (WxH+X+Y).
screen() { sleep "$2"; import -window root -depth 8 ${3:+-crop "$3"} +repage "$OUT/$1"; }

sleep 3
WID=$(xdotool search --onlyvisible --name Summitline | head -1)
xdotool windowmove "$WID" 0 0
xdotool windowsize "$WID" 1560 940
shoot main-window.png 8                # after the quotes table's rows have loaded
# Positions below are for the 1560x940 first-start layout.
xdotool mousemove 874 367 click 1      # the Sochi summit's mark
shoot event-panel.png 2
xdotool mousemove 1225 318 click 1     # its first quote, "Our fundamental attitude ..."
shoot reader-highlight.png 2
xdotool mousemove 156 83 click 1       # the search field
xdotool type --delay 30 "missile defense"
xdotool key Return
shoot search.png 3
# Library management (the Articles tab sits beside Quotes and Events at the bottom).
xdotool mousemove 290 83 click 1       # the search field's clear button
xdotool mousemove 172 904 click 1      # the Articles tab
sleep 2
xdotool mousemove 300 847 click 1      # the AP Sochi article's row
shoot articles-panel.png 2
xdotool mousemove 69 904 click 1       # back to the Quotes and Events tab
# The rest at the screen's full 1600x1000, so menus have room below.
xdotool windowsize "$WID" 1600 1000
sleep 2
xdotool mousemove 622 815 click 3      # right-click the first quote in the table
screen context-menu.png 1.5
xdotool key Escape
# Notes and stars: star the Sochi summit and note it, then star and note its first quote.
xdotool mousemove 902 397 click 1      # the Sochi summit's mark
sleep 1.5
xdotool key ctrl+d                     # Event -> Star Event
xdotool key alt+n o                    # Event -> Add Note to Event...
sleep 1.5
xdotool type --delay 20 "Ask whether the Framework Declaration changes the missile-defence talks."
xdotool mousemove 791 568 click 1      # the note dialog's OK
sleep 1.5
xdotool mousemove 1325 365 click 3     # right-click the event's first quote
sleep 1
xdotool key Down Return                # Star
sleep 1
xdotool mousemove 1325 365 click 3
sleep 1
xdotool key Down Down Return           # Add Note...
sleep 1.5
xdotool type --delay 20 "Lead quote of the AP story; compare with RIA."
xdotool mousemove 791 568 click 1
screen event-panel-notes.png 2 471x690+1129+48
# File -> Export and its dialog.
xdotool mousemove 20 8 click 1
sleep 1
xdotool mousemove 60 188               # Export
screen export-menu.png 1.5 1000x600+0+0
xdotool mousemove 400 188 click 1      # Quotes as CSV...
screen export-dialog.png 2 600x200+490+365
xdotool key Escape
