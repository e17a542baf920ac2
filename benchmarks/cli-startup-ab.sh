#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Cold start of two builds of `dpa` side by side: `dpa validate` on the Jomoco example with build A and
# build B, and `java -version`, alternating in one loop, on JDK 17 (the java on the PATH) and, if
# present, JDK 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64). On a shared machine the load
# changes from minute to minute; alternating puts both builds under the same load. Prints the medians of
# wall and CPU (user + system) time and their ratios to `java -version` of the same JDK, and the load
# average before and after.
#
# Usage: benchmarks/cli-startup-ab.sh A_DIR B_DIR [RUNS]   (default 10 rounds)
#
# Each directory holds a `dpa` launcher and its `dpa-cli/target/dpa.jar` (a clone of dpa4j, or a copy of
# just those two files); each launcher makes and uses its own archive there. To keep `main`'s build as
# A: build it, then copy `dpa` and the jar to a directory of their own. Needs GNU time (/usr/bin/time)
# for the CPU time and bash 5 for the wall time: GNU time gives wall time in steps of 10 ms, a third of
# a `java -version`, which made its ratio jump between 7 and 14 (issue 14).
set -euo pipefail

a="$(cd "$1" && pwd -P)"
b="$(cd "$2" && pwd -P)"
runs="${3:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
example="$root/examples/jomoco-avv-de.json"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
times="$(mktemp "${TMPDIR:-/tmp}/cli-startup-ab.XXXXXX")"
cpu="$(mktemp "${TMPDIR:-/tmp}/cli-startup-ab.XXXXXX")"
trap 'rm -f "$times" "$cpu"' EXIT

jdks=(17)
[ -x "$java25/bin/java" ] && jdks+=(25)
java_of() { if [ "$1" = 25 ]; then echo "$java25/bin/java"; else command -v java; fi; }
home_of() { if [ "$1" = 25 ]; then echo "$java25"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi; }

micros() { # $EPOCHREALTIME as whole microseconds (its separator is the locale's)
  local t="${1//[.,]/}"
  echo "${t#"${t%%[!0]*}"}"
}

timed() { # label command...: "label wall user system" in seconds, wall to the microsecond
  local label="$1" start end line last=""
  shift
  start="$EPOCHREALTIME"
  /usr/bin/time -f "%U %S" -o "$cpu" "$@" >/dev/null 2>&1 || true
  end="$EPOCHREALTIME"
  while IFS= read -r line; do last="$line"; done <"$cpu" # after "Command exited with non-zero status"
  local us=$(($(micros "$end") - $(micros "$start")))
  printf '%s %d.%06d %s\n' "$label" $((us / 1000000)) $((us % 1000000)) "$last" >>"$times"
}

for jdk in "${jdks[@]}"; do # first runs make the archives
  for dir in "$a" "$b"; do
    env JAVA_HOME="$(home_of "$jdk")" "$dir/dpa" validate "$example" >/dev/null 2>&1 || true
  done
done
: >"$times"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for jdk in "${jdks[@]}"; do
    home="$(home_of "$jdk")"
    timed "java$jdk" "$(java_of "$jdk")" -version
    timed "A$jdk" env JAVA_HOME="$home" "$a/dpa" validate "$example"
    timed "B$jdk" env JAVA_HOME="$home" "$b/dpa" validate "$example"
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 -c '
import statistics, sys
runs = {}
for line in sys.stdin:
    label, wall, user, system = line.split()
    runs.setdefault(label, []).append((float(wall), float(user) + float(system)))
def medians(label):
    xs = runs[label]
    return statistics.median(w for w, _ in xs), statistics.median(c for _, c in xs), len(xs)
for jdk in sys.argv[3:]:
    jw, jc, _ = medians("java" + jdk)
    print(f"JDK {jdk}: java -version  wall {jw * 1000:6.1f} ms           CPU {jc * 1000:6.0f} ms")
    for build, name in (("A", sys.argv[1]), ("B", sys.argv[2])):
        w, c, n = medians(build + jdk)
        print(f"  {build} validate   wall {w * 1000:6.1f} ms {w / jw:5.2f} x   CPU {c * 1000:6.0f} ms {c / jc:5.1f} x   ({n} runs, {name})")
' "$a" "$b" "${jdks[@]}" <"$times"
echo "load average (1, 5, 15 min): before $load_before, after $load_after"
