#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the published jars twice from clean and compares them byte for byte (jar, sources, Javadoc).
# Too slow for every CI run (two full packages); RELEASING.md runs it before each release. Exit 1 on a difference.
set -euo pipefail
cd "$(dirname "$0")/.."
first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT
build() {
    ./mvnw -B -q clean package -DskipTests -Dinvoker.skip
}
jars() {
    find . -path ./consumer-it -prune -o -path '*/target/*.jar' -print | grep -v '/benchmarks/' | sort
}
build
for jar in $(jars); do
    mkdir -p "$first/$(dirname "$jar")"
    cp "$jar" "$first/$jar"
done
build
status=0
count=0
for jar in $(jars); do
    count=$((count + 1))
    if ! cmp -s "$jar" "$first/$jar"; then
        echo "NOT REPRODUCIBLE: $jar" >&2
        status=1
    fi
done
if [ "$count" -eq 0 ]; then
    echo "no jars built" >&2
    exit 1
fi
[ "$status" -eq 0 ] && echo "reproducible: $count jars identical in two builds"
exit "$status"
