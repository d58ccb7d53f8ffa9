#!/usr/bin/env bash
# Figures per article for the styles gold set (tests/data/styles), for reading rather than CI.
#
#   tests/tools/score_styles.sh [BUILD_DIR] [SCORE_PY]
#
# Runs the [styles] test case, whose warnings give each article's quote and timex counts, its
# misses, and the metadata found with nothing given, then the totals against the issue's bars.
# With SCORE_PY (the team's shared/eval/score.py), also scores each article on its own with the
# reference scorer, so the two can be compared line by line; the totals must be the same.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
score_py=${2:-}
"$build/tests/test_cli" "[styles]" -r compact 2>&1 \
  | sed -n "s/^.*warning: '\(.*\)'$/\1/p; s/^.*failed: \(.*\)$/BAR MISSED: \1/p"
[ -n "$score_py" ] || exit 0
echo
echo "reference scorer ($score_py), article by article:"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import json, sys
gold = json.load(open('tests/data/styles/gold.json', encoding='utf-8'))
for a in gold:
    json.dump([a], open(f"{sys.argv[1]}/{a['file']}.json", 'w', encoding='utf-8'), ensure_ascii=False)
PY
for g in "$tmp"/*.json; do
  name=$(basename "$g" .json)
  given=$(python3 "$score_py" "$g" tests/data/styles --cli "$build/app/summitline-cli" | tail -1)
  meta=$(python3 "$score_py" "$g" tests/data/styles --cli "$build/app/summitline-cli" --detect-metadata \
         | grep '^metadata' | sed 's/^metadata //' | paste -sd ';' -)
  printf '%-40s %s\n%-40s %s\n' "$name" "${given%%; problems*}" "" "$meta"
done
for flag in "" --detect-metadata; do
  echo "all articles ${flag:-(date and outlet given)}:"
  python3 "$score_py" tests/data/styles/gold.json tests/data/styles --cli "$build/app/summitline-cli" $flag | grep -v '^missed\|^wrong'
done
