#!/usr/bin/env bash
# Soak and frame-time run of the kiosk in a real window under Xvfb, and its start-up time.
# Usage: bench/soak.sh [SLIDE_CHANGES] [VISITS]     (defaults 10000 and 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
# Package first: a later plain build would recompile test-classes without the bench sources.
mvn -B -q package -DskipTests
mvn -B -q -Pbench -DskipTests test-compile
CP="target/classes:target/test-classes:$(mvn -B -q -Dstyle.color=never -Pbench dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")"
# The heap the launcher and the service give the kiosk (KIOSK_JAVA_OPTS to try another).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}   # as the services run it (README "Memory")
opts=${KIOSK_JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=40}
# shellcheck disable=SC2086
xvfb-run -a -s "-screen 0 1920x1080x24" java $opts -cp "$CP" org.physiokiosk.bench.SoakRun "${1:-10000}" "${2:-1000}"

# Start-up: process start to the first painted slide, three runs (the kiosk logs it).
for i in 1 2 3; do
    # shellcheck disable=SC2086
    xvfb-run -a -s "-screen 0 1920x1080x24" timeout 8 java $opts -jar target/physio-kiosk.jar --config kiosk.properties \
        2>&1 | grep -o "First slide painted.*" || true
done
