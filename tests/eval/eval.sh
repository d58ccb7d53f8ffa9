#!/usr/bin/env bash
# Scores extraction and event grouping on the real-text development set (issue 10 and 11).
# A benchmark, not a CI test: the texts are third-party and never stored in this repository.
#
# usage: tests/eval/eval.sh [TEXTS_DIR]     (make eval; TEXTS_DIR defaults to /tmp/real-dev/texts)
# Needs ../shared/eval beside the checkout and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SUMMITLINE_SHARED:-$here/../shared}"
texts="${1:-${REAL_DEV_TEXTS:-/tmp/real-dev/texts}}"
cli="$here/${BUILD:-build}/app/summitline-cli"
gold="$shared/eval/real-dev/gold.json"

if [ ! -f "$gold" ]; then
  echo "no development set at $shared/eval/real-dev (set SUMMITLINE_SHARED to the shared folder)" >&2
  exit 2
fi
missing=$(python3 - "$gold" "$texts" <<'PY'
import hashlib, json, os, sys
gold, texts = json.load(open(sys.argv[1], encoding='utf-8')), sys.argv[2]
bad = []
for a in gold:
    p = os.path.join(texts, a['file'])
    if not os.path.exists(p) or hashlib.sha256(open(p, 'rb').read()).hexdigest() != a['sha256']:
        bad.append(a['file'])
print(len(bad))
PY
)
if [ "$missing" != "0" ]; then
  cat >&2 <<MSG
$missing of the development texts are missing or differ from their hash in $texts.
The texts are not in the repository (third-party copyright). To fetch them, follow
"Re-collecting the texts" in $shared/eval/real-dev/README.md: one search per file in the
stored public pages, written to $texts (outside any git checkout), then check the hashes.
MSG
  exit 2
fi
if [ ! -x "$cli" ]; then
  echo "no command-line tool at $cli; run make build first" >&2
  exit 2
fi
cd "$here"
echo "== extraction, publication date and outlet given"
python3 "$shared/eval/score.py" "$gold" "$texts" --cli "$cli" | tail -1
echo "== extraction and metadata, nothing given"
python3 "$shared/eval/score.py" "$gold" "$texts" --cli "$cli" --detect-metadata | tail -4
echo "== events (development set plus the bundled seeds)"
python3 "$shared/eval/score_events.py" --cli "$cli" --events "$shared/eval/real-dev/events.json" \
  --bundled "real-dev=$gold:$texts" | tail -1
echo "(run the scorers by hand without '| tail' to see every miss)"
