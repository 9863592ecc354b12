#!/usr/bin/env bash
# Touch latency of the real kiosk (issue 17, part 5): TouchLatency (src/bench/java) starts the kiosk
# (KioskApp.main, full screen, the shipped media/ read-only, stats/exports/logs in a temp folder) in
# its own process under its own Xvfb, and touches it with java.awt.Robot: loop -> picker, tile toggle,
# A+ (larger text), language switch, Next -> preview with its drawings. Each is measured from the
# dispatch of the MOUSE_RELEASED event to the end of the first Swing paint pass (+ Toolkit.sync) that
# shows the answer ("first frame"), and to the end of the screen's 180 ms crossfade ("settled").
# Prints p50/p95/max per interaction; target: p95 <= 100 ms (first frame).
# Compiles with javac, no plugin download.
# "Next -> preview" counts the frame in which every card's drawing is painted (a moving drawing's
# first frame included), not one with blank cards.
# Usage: bench/touch-latency.sh [N] [WARMUP] [WIDTHxHEIGHT]     (defaults 30, 5, 1920x1080)
# BENCH_JAVA_OPTS adds JVM options: -Dtouch.trace=FILE writes, per touch, what the event thread did
# between the release and the answer (event@start+length, ms); -Dtouch.shots=DIR saves the last
# preview as DIR/preview-WxH.png.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-30}"
WARM="${2:-5}"
SIZE="${3:-1920x1080}"
MVN="mvn -B -q ${MVN_OFFLINE:--o}"
$MVN compile
CP="target/classes:$($MVN dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")"
OUT=target/touch-bench
rm -rf "$OUT" && mkdir -p "$OUT"
javac -cp "$CP" -d "$OUT" src/bench/java/org/physiokiosk/bench/TouchLatency.java
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
sed -e "s|^media.dir = .*|media.dir = $PWD/media|" -e "s|^stats.dir = .*|stats.dir = $WORK/stats|" \
    -e "s|^exports.dir = .*|exports.dir = $WORK/exports|" -e "s|^kiosk.fullscreen = .*|kiosk.fullscreen = true|" \
    -e "s|^idle.timeout.seconds = .*|idle.timeout.seconds = 600|" \
    -e "s|^slide.interval.seconds = .*|slide.interval.seconds = 10|" kiosk.properties > "$WORK/kiosk.properties"
echo "Touch latency at $SIZE, N=$N after $WARM warm-up rounds; load now: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
xvfb-run -a -s "-screen 0 ${SIZE}x24" java ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$WORK" -cp "$OUT:$CP" \
    org.physiokiosk.bench.TouchLatency "$WORK/kiosk.properties" "$N" "$WARM" 2>"$WORK/kiosk.log" \
    || { echo "benchmark failed; kiosk log:"; tail -40 "$WORK/kiosk.log"; exit 1; }
echo "Machine after: load $(cut -d' ' -f1-3 /proc/loadavg)"
