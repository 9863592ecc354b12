#!/usr/bin/env bash
# CPU use of the kiosk while moving drawings play (issue 16, part 5): the kiosk runs full screen
# under its own Xvfb (1920x1080 by default) with the shipped media, and its process CPU time is read
# from /proc/PID/stat (utime + stime) over SECONDS after a warm-up, in three states, with motion on
# and off:
#   animated  the loop held on one technique slide whose drawing moves (technique-chin-tuck)
#   still     the loop held on one technique slide with a still drawing (technique-heat-therapy)
#   loop      the ordinary attract loop (10 s slides, crossfades)
# Holding uses -Dphysiokiosk.holdSlide=ID (app.KioskAssembly) with slides of 600 s.
# Figures are % of ONE core. Targets: animated <= 25 %, still <= 3 %.
#
# Usage: bench/motion-cpu.sh [SECONDS] [WIDTHxHEIGHT]     (defaults 60 and 1920x1080)
#        MOTIONS="on" STATES="still loop" bench/motion-cpu.sh   (a part of the six runs)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_MEASURED="${1:-60}"
SIZE="${2:-1920x1080}"
WARMUP="${WARMUP:-30}"   # the kiosk paints its first slide 1-16 s after start, depending on the load
MVN="mvn -B -q ${MVN_OFFLINE:--o}"
$MVN compile
CP="target/classes:$($MVN dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")"
WORK="$(mktemp -d)"
trap 'kill ${KPID:-} ${XPID:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
TICK=$(getconf CLK_TCK)

cpu_ticks() { # utime + stime of a process, in clock ticks (fields 14 and 15 after the command name)
    sed -E 's/^.*\) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}

measure() { # motion state hold interval
    local motion="$1" state="$2" hold="$3" interval="$4" display pid xpid t0 t1
    sed -e "s|^media.dir = .*|media.dir = $PWD/media|" -e "s|^stats.dir = .*|stats.dir = $WORK/stats|" \
        -e "s|^exports.dir = .*|exports.dir = $WORK/exports|" -e "s|^motion = .*|motion = $motion|" \
        -e "s|^slide.interval.seconds = .*|slide.interval.seconds = $interval|" \
        -e "s|^kiosk.fullscreen = .*|kiosk.fullscreen = true|" kiosk.properties > "$WORK/kiosk.properties"
    display=$(( 200 + RANDOM % 300 ))
    while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$(( display + 1 )); done
    Xvfb ":$display" -screen 0 "${SIZE}x24" -nolisten tcp >/dev/null 2>&1 &
    xpid=$!
    sleep 1
    DISPLAY=":$display" java -Djava.io.tmpdir="$WORK" ${hold:+-Dphysiokiosk.holdSlide=$hold} -cp "$CP" \
        org.physiokiosk.app.KioskApp --config "$WORK/kiosk.properties" >"$WORK/kiosk-$motion-$state.log" 2>&1 &
    pid=$!
    KPID=$pid XPID=$xpid
    sleep "$WARMUP"
    grep -q "First slide painted" "$WORK/kiosk-$motion-$state.log" || echo "warning: no slide painted after $WARMUP s"
    t0=$(cpu_ticks "$pid")
    sleep "$SECONDS_MEASURED"
    t1=$(cpu_ticks "$pid")
    if [ -n "${SHOT_DIR:-}" ]; then
        mkdir -p "$SHOT_DIR" && import -window root -display ":$display" "$SHOT_DIR/cpu-$motion-$state.png" || true
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    kill "$xpid" 2>/dev/null || true
    wait "$xpid" 2>/dev/null || true
    awk -v d=$(( t1 - t0 )) -v hz="$TICK" -v s="$SECONDS_MEASURED" -v m="$motion" -v st="$state" \
        'BEGIN { printf "motion=%-3s %-8s %6.1f %% of one core over %d s\n", m, st, 100 * d / hz / s, s }'
}

echo "Kiosk CPU at $SIZE, $SECONDS_MEASURED s each after $WARMUP s warm-up; load now: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for motion in ${MOTIONS:-on off}; do
    for state in ${STATES:-animated still loop}; do
        case "$state" in
            animated) measure "$motion" animated technique-chin-tuck 600 ;;
            still) measure "$motion" still technique-heat-therapy 600 ;;
            loop) measure "$motion" loop "" 10 ;;
        esac
    done
done
