#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Cold wall time of `dpa validate` on the Jomoco example against `java -version`, as a ratio measured
# in one run (the machines are shared and noisy, so absolute times mean little). Start-up is a
# whole-process property, which JMH cannot measure; this script times whole processes instead.
#
# Usage: benchmarks/cli-startup.sh [RUNS]   (default 20 runs per command, after 3 warm-up runs that
# fill the page cache and let ./dpa build the jar and its class-data-sharing archive)
#
# With JAVA25 set to a JDK 25 or later (default: /usr/lib/jvm/temurin-25-jdk-amd64 if present), the
# same commands run on it as well, where ./dpa uses its AOT cache; each JDK's ratio is to its own
# `java -version`.
#
# It uses hyperfine when it is installed and a plain loop otherwise. Each command starts a new JVM;
# "cold" means a new process, not an empty page cache.
set -euo pipefail

runs="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
example="examples/jomoco-avv-de.json"
jar="dpa-cli/target/dpa.jar"

./dpa --version >/dev/null # builds the jar and the archive if needed

commands=(
  "java -version"
  "./dpa --version"
  "./dpa validate $example"
  "java -jar $jar validate $example"
)
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$java25/bin/java" ]; then
  env JAVA_HOME="$java25" ./dpa --version >/dev/null # records the AOT cache for that JDK
  commands+=(
    "$java25/bin/java -version"
    "env JAVA_HOME=$java25 ./dpa --version"
    "env JAVA_HOME=$java25 ./dpa validate $example"
  )
fi

if command -v hyperfine >/dev/null 2>&1; then
  # validate exits 1 on the example (it has findings at ERROR): -i accepts that
  report="$(mktemp "${TMPDIR:-/tmp}/cli-startup.XXXXXX")"
  trap 'rm -f "$report"' EXIT
  hyperfine --warmup 3 --runs "$runs" -N -i --export-json "$report" "${commands[@]}" >/dev/null
  python3 - "$report" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]
for r in results:
    if r["command"].endswith("java -version"):
        base = r  # each JDK against its own java -version
    cpu = r["user"] + r["system"]
    print(f'{r["command"]:<80} {r["mean"] * 1000:8.1f} ms ± {r["stddev"] * 1000:6.1f}   {r["mean"] / base["mean"]:6.1f} x'
          f'   CPU {cpu * 1000:7.1f} ms {cpu / (base["user"] + base["system"]):6.1f} x')
EOF
else
  now() { date +%s%N; }
  base=""
  for c in "${commands[@]}"; do
    for _ in 1 2 3; do $c >/dev/null 2>&1 || true; done
    start=$(now)
    for _ in $(seq "$runs"); do $c >/dev/null 2>&1 || true; done
    mean=$(( ($(now) - start) / runs / 1000000 ))
    case "$c" in *"java -version") base=$mean ;; esac
    awk -v c="$c" -v m="$mean" -v b="$base" 'BEGIN { printf "%-80s %8d ms   %6.1f x\n", c, m, m / b }'
  done
fi
