#!/usr/bin/env bash
# Frame time of a moving drawing on the technique slide (issue 16, part 5): JMH's
# MotionFrameBenchmark (src/bench/java) at 1920x1080 and 3840x2160, p50 and p95 per frame, with
# the player's cache (draw into the cached image + copy) and, for comparison, painting directly.
# Targets: p95 <= 16 ms at 1080p and <= 33 ms at 4K.
# The same runs with the bench profile: mvn -B -Pbench -DskipTests test -Dbench.filter=MotionFrameBenchmark
# This script needs no plugin download: it compiles the benchmark with javac and runs JMH itself.
# Usage: bench/motion-frames.sh [extra JMH options, e.g. -wi 5 -i 10]
set -euo pipefail
cd "$(dirname "$0")/.."
MVN="mvn -B -q ${MVN_OFFLINE:--o}"
$MVN compile
REPO="${M2_REPO:-$HOME/.m2/repository}"
JMH="$REPO/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$REPO/org/openjdk/jmh/jmh-generator-annprocess/1.37/jmh-generator-annprocess-1.37.jar:$REPO/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar:$REPO/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
CP="target/classes:$($MVN dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g"):$JMH"
OUT=target/motion-bench
rm -rf "$OUT" && mkdir -p "$OUT"
javac -proc:full -cp "$CP" -d "$OUT" src/bench/java/org/physiokiosk/bench/MotionFrameBenchmark.java 2>/dev/null \
    || javac -cp "$CP" -d "$OUT" src/bench/java/org/physiokiosk/bench/MotionFrameBenchmark.java
java -Djava.awt.headless=true -cp "$OUT:$CP" org.openjdk.jmh.Main MotionFrameBenchmark \
    -rf json -rff target/motion-frames.json "$@"
echo "Machine now: load $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
