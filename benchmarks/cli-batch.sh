#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Throughput of `dpa validate DIRECTORY` (issue 14, "many files"): generates N agreements (default
# 1,000: the three examples in turn, each copy with its own id), validates the directory in one JVM
# and prints files per second, next to one process per file for a sample of 20 files. Whole-process
# timing, like cli-startup.sh, so not a JMH benchmark; run it on a quiet machine and read the ratio.
#
# Usage: benchmarks/cli-batch.sh [N] [RUNS]   (defaults 1000 and 3; hyperfine if installed)
set -euo pipefail

n="${1:-1000}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
work="$(mktemp -d "${TMPDIR:-/tmp}/dpa-batch.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 - "$n" "$work/agreements" examples/jomoco-avv-de.json examples/just-avv-de.json examples/larkspur-dpa-en.json <<'PY'
import json, os, sys
n, out, sources = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
docs = [json.load(open(s, encoding="utf-8")) for s in sources]
for i in range(n):
    doc = dict(docs[i % len(docs)])
    doc["id"] = f'{doc["id"]}-{i:05d}'
    sub = os.path.join(out, f"{i // 100:02d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"agreement-{i:05d}.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
PY
mkdir -p "$work/sample"
find "$work/agreements" -name '*.json' | sort | head -20 | xargs -I{} cp {} "$work/sample/"

./dpa --version >/dev/null # builds the jar and the archive if needed

one_jvm="./dpa validate --format json $work/agreements"
per_file="for f in $work/sample/*.json; do ./dpa validate \$f >/dev/null; done"
if command -v hyperfine >/dev/null 2>&1; then
  report="$work/report.json"
  hyperfine --warmup 1 --runs "$runs" -i --export-json "$report" "$one_jvm" "$per_file" >/dev/null
  python3 - "$report" "$n" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
batch, single = results[0]["mean"], results[1]["mean"]
print(f"one JVM, {n} files:        {batch:8.2f} s ± {results[0]['stddev']:.2f}   {n / batch:8.1f} files/s")
print(f"one process per file (20): {single:8.2f} s ± {results[1]['stddev']:.2f}   {20 / single:8.1f} files/s")
print(f"one JVM is {(n / batch) / (20 / single):.1f} x the throughput of a process per file")
PY
else
  start=$(date +%s%N)
  $one_jvm >/dev/null || true
  batch=$(( $(date +%s%N) - start ))
  start=$(date +%s%N)
  bash -c "$per_file" || true
  single=$(( $(date +%s%N) - start ))
  awk -v n="$n" -v b="$batch" -v s="$single" 'BEGIN {
    printf "one JVM, %d files: %.2f s, %.1f files/s\n", n, b / 1e9, n / (b / 1e9)
    printf "one process per file (20): %.2f s, %.1f files/s\n", s / 1e9, 20 / (s / 1e9) }'
fi
