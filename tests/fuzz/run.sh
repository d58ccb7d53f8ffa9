#!/usr/bin/env bash
# Runs the libFuzzer targets. usage: tests/fuzz/run.sh BUILD_DIR SECONDS_EACH [--replay-only|--seeded]
# --seeded fixes libFuzzer's random seed, so a fresh checkout explores the same inputs every
# time: CI's smoke run is repeatable (the inputs depend only on the seed corpus and the binary).
# New inputs that libFuzzer finds go to a scratch corpus beside the build, never into the
# committed seed corpus; a crash leaves its reproducer in BUILD_DIR/fuzz-findings/.
set -euo pipefail
build="$1"; seconds="$2"; mode="${3:-}"
here="$(cd "$(dirname "$0")" && pwd)"
findings="$build/fuzz-findings"; mkdir -p "$findings"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
# fuzz_prepare's seeds are our own test articles (its first byte picks the reader: 0 text,
# 1 Markdown, 2 HTML), built here rather than copied into the repository, plus the committed
# regression inputs in corpus/prepare.
seeds="$build/fuzz-seeds"; rm -rf "$seeds"; mkdir -p "$seeds/prepare"
for f in "$here"/../data/ingest/* "$here"/../data/articles/* "$here"/../data/styles/*; do
  case "$f" in
    *.txt) sel='\x00' ;; *.md) sel='\x01' ;; *.html) sel='\x02' ;; *) continue ;;
  esac
  { printf "$sel"; cat "$f"; } > "$seeds/prepare/$(basename "$f")"
done
cp "$here"/corpus/prepare/* "$seeds/prepare/"
cp -r "$here/corpus/timex" "$here/corpus/search" "$seeds/"
for t in prepare timex search; do
  bin="$build/tests/fuzz/fuzz_$t"
  scratch="$build/fuzz-corpus/$t"; mkdir -p "$scratch"
  echo "== fuzz_$t: replaying the seed corpus"
  "$bin" -runs=0 "$seeds/$t" 2>&1 | tail -2
  if [ "$mode" != "--replay-only" ]; then
    echo "== fuzz_$t: ${seconds} s"
    # Seeded runs count executions, not seconds, so a faster or slower machine explores exactly
    # the same inputs; the time limit (three times the nominal) only bounds a slow machine.
    limit=(-max_total_time="$seconds")
    if [ "$mode" = "--seeded" ]; then
      case "$t" in prepare) per=100 ;; timex) per=4000 ;; *) per=1500 ;; esac
      limit=(-seed=1 -runs=$((seconds * per)) -max_total_time=$((seconds * 3)))
    fi
    "$bin" "${limit[@]}" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
      -artifact_prefix="$findings/$t-" -print_final_stats=1 "$scratch" "$seeds/$t" 2>&1 \
      | grep -E "^stat::|Done|ERROR|SUMMARY|invariant" || true
    if ls "$findings/$t-"* >/dev/null 2>&1; then echo "fuzz_$t found a problem: $(ls "$findings/$t-"*)"; exit 1; fi
  fi
done
