#!/usr/bin/env bash
# The kiosk against what a clinic would otherwise use (a browser in kiosk mode showing a web page,
# printing a web page to PDF), side by side in one run: first painted slide (without and with the
# class-data archive), the handout command (likewise), touch to job in the print queue, and the CPU
# time and peak resident memory of each. Figures from one machine compare only within one run.
#   bench/kiosk-vs-peer.sh [RUNS]          (from the project root, after mvn -B -q package -DskipTests)
# Needs chromium, Xvfb, GNU time; for the print row CUPS with the KioskPDF queue (see .ci/run) and lp.
# PEER=../shared/bench/peer (the peer pages; default: beside the project, as on the build machine).
# KIOSK_JAVA_OPTS: JVM options for every kiosk run (default: the launcher's heap and GC).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
peer=${PEER:-$(cd .. && pwd)/shared/bench/peer}
jar=${JAR:-target/physio-kiosk.jar}
opts=${KIOSK_JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
[ -f "$peer/slide.html" ] || { echo "no peer pages in $peer (set PEER)" >&2; exit 2; }
for tool in chromium Xvfb /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
display=:$((170 + RANDOM % 50))
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
chrome=(chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer)
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# A whole process under GNU time: "wall_ms cpu_ms peak_kib".
timed() {
    local t0 t1
    t0=$(now_ms)
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1
    t1=$(now_ms)
    awk -v w=$((t1 - t0)) '{printf "%d %d %d\n", w, ($2 + $3) * 1000, $4}' "$work/t"
}

# The kiosk from process start to its log line "First slide painted": "wall_ms cpu_ms peak_kib".
first_slide() { # extra JVM options...
    local t0 t1 pid stat
    t0=$(now_ms)
    # shellcheck disable=SC2086
    DISPLAY=$display java $opts "$@" -Djava.io.tmpdir="$work" -jar "$jar" --windowed >"$work/k.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 6000); do
        grep -q "First slide painted" "$work/k.log" && break
        kill -0 "$pid" 2>/dev/null || { echo "kiosk exited: $(tail -3 "$work/k.log")" >&2; return 1; }
        sleep 0.01
    done
    t1=$(now_ms)
    stat=$(cut -d' ' -f14,15 "/proc/$pid/stat" 2>/dev/null || echo "0 0")
    echo "$((t1 - t0)) $(( (${stat% *} + ${stat#* }) * 1000 / $(getconf CLK_TCK) )) $(awk '/VmHWM/{print $2}' \
        "/proc/$pid/status" 2>/dev/null || echo 0)"
    grep -o "Start-up timeline.*" "$work/k.log" >>"$work/timelines" || true
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}

# Class-data archives made the way the launcher makes them: one training run each.
# (The kiosk's one is ended at its first slide, as the launcher's training run ends itself; the JVM
# writes the archive as it exits.)
first_slide -XX:ArchiveClassesAtExit="$work/kiosk.jsa" -Dphysiokiosk.exitAfterFirstSlide=true >/dev/null
java $opts -XX:ArchiveClassesAtExit="$work/handout.jsa" -jar "$jar" handout --symptoms stiffness,stress \
    --out "$work/train.pdf" >/dev/null 2>&1
cds_kiosk="-Xshare:auto -XX:SharedArchiveFile=$work/kiosk.jsa"
cds_handout="-Xshare:auto -XX:SharedArchiveFile=$work/handout.jsa"

for i in $(seq 0 "$runs"); do   # run 0 warms the disk cache and is not counted
    # shellcheck disable=SC2086
    a=$(timed java $opts -jar "$jar" handout --symptoms stiffness,stress --out "$work/ours.pdf")
    # shellcheck disable=SC2086
    a2=$(timed java $opts $cds_handout -jar "$jar" handout --symptoms stiffness,stress --out "$work/ours.pdf")
    b=$(timed "${chrome[@]}" --print-to-pdf="$work/peer.pdf" "file://$peer/handout.html")
    c=$(first_slide)
    # shellcheck disable=SC2086
    c2=$(first_slide $cds_kiosk)
    d=$(DISPLAY=$display timed "${chrome[@]}" --window-size=1920,1080 --screenshot="$work/peer.png" "file://$peer/slide.html")
    if [ "$i" -gt 0 ]; then
        echo "$a" >>"$work/handout"; echo "$a2" >>"$work/handout-cds"; echo "$b" >>"$work/peer-handout"
        echo "$c" >>"$work/slide"; echo "$c2" >>"$work/slide-cds"; echo "$d" >>"$work/peer-slide"
    fi
done

row() { # name file
    [ -s "$2" ] || return 0
    printf '%-44s %7s ms  cpu %6s ms  peak %4s MiB\n' "$1" "$(cut -d' ' -f1 "$2" | median)" \
        "$(cut -d' ' -f2 "$2" | median)" "$(( $(cut -d' ' -f3 "$2" | sort -n | tail -1) / 1024 ))"
}
echo "runs: $runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC')"
row "kiosk: first slide painted" "$work/slide"
row "kiosk: first slide painted, class-data archive" "$work/slide-cds"
row "browser: slide page screenshot" "$work/peer-slide"
row "kiosk: handout command" "$work/handout"
row "kiosk: handout command, class-data archive" "$work/handout-cds"
row "browser: print handout to PDF" "$work/peer-handout"

# Touch to job in the queue: the kiosk's print path in one JVM (printer looked up ahead, as while
# the patient reads the plan); the peer's is lp handing the browser's PDF to the same queue.
queue=${PRINTER:-KioskPDF}
if lpstat -p "$queue" >/dev/null 2>&1; then
    java -cp "$jar" bench/PrintToQueue.java "$queue" "$work/ours.pdf" "$((runs + 1))" 2>/dev/null | tail -n "$runs" \
        >"$work/print" || echo "(this jar has no PrintToQueue API: print row skipped)" >&2
    for _ in $(seq 1 "$runs"); do
        t0=$(now_ms); lp -d "$queue" -t pk-bench-peer "$work/peer.pdf" >/dev/null; echo $(( $(now_ms) - t0 )) >>"$work/lp"
    done
    printf '%-44s %7s ms  (route %s)\n' "kiosk: touch to job in the queue" "$(cut -d' ' -f1 "$work/print" | median)" \
        "$(cut -d' ' -f3 "$work/print" | sort -u | tr -d '\n')"
    printf '%-44s %7s ms\n' "kiosk: ... and the printer started on it" "$(cut -d' ' -f2 "$work/print" | median)"
    printf '%-44s %7s ms\n' "lp: browser's PDF to the queue" "$(median <"$work/lp")"
else
    echo "print to queue: no CUPS queue $queue here (skipped)"
fi
awk -v s="$(cut -d' ' -f1 "$work/slide-cds" | median)" -v ps="$(cut -d' ' -f1 "$work/peer-slide" | median)" \
    -v h="$(cut -d' ' -f1 "$work/handout-cds" | median)" -v ph="$(cut -d' ' -f1 "$work/peer-handout" | median)" \
    'BEGIN { printf "ratio first slide kiosk(archive)/browser: %.2f\nratio handout kiosk(archive)/browser: %.2f\n", s/ps, h/ph }'
echo "kiosk start-up timelines (ms after process start):"
sed 's/^/  /' "$work/timelines" | tail -n 4
