#!/usr/bin/env bash
# The kiosk against what a clinic would otherwise use (a browser in kiosk mode showing a web page,
# printing a web page to PDF), side by side in one run: first painted slide (without and with the
# class-data archive), the handout command (likewise), touch to job in the print queue, and the CPU
# time and peak resident memory of each. Figures from one machine compare only within one run.
#   bench/kiosk-vs-peer.sh [RUNS]          (from the project root, after mvn -B -q package -DskipTests)
# Needs chromium, Xvfb, GNU time; for the print row CUPS with the KioskPDF queue (see .ci/run) and lp.
# PEER=../shared/bench/peer (the peer pages; default: beside the project, as on the build machine).
# KIOSK_JAVA_OPTS: JVM options for every kiosk run (default: the launcher's heap and GC).
# JAVA25: a Java 25+ for the rows with an ahead-of-time cache, as the .deb ships it (default: the
# newest in /usr/lib/jvm; JAVA25=none skips them). LOOP_SECONDS (default 60): the running loop's
# CPU and memory. TOUCH_N (default 20; 0 skips): touches per interaction for bench/touch-latency.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
peer=${PEER:-$(cd .. && pwd)/shared/bench/peer}
jar=${JAR:-target/physio-kiosk.jar}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}   # as the services run it (README "Memory")
opts=${KIOSK_JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=40}
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
java25=${JAVA25:-}
if [ -z "$java25" ]; then
    for j in /usr/lib/jvm/*/bin/java; do
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${j%/bin/java}/release" 2>/dev/null || true)
        [ -n "$v" ] && [ "$v" -ge 25 ] && java25=$j
    done
fi
[ "$java25" = none ] && java25=""
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
    DISPLAY=$display ${JAVA_BIN:-java} $opts "$@" -Djava.io.tmpdir="$work" -jar "$jar" --windowed >"$work/k.log" 2>&1 &
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
if [ -n "$java25" ]; then   # the package's way with Java 25: an ahead-of-time cache per job
    JAVA_BIN=$java25 first_slide -XX:AOTCacheOutput="$work/kiosk.aot" -Dphysiokiosk.exitAfterFirstSlide=true >/dev/null
    "$java25" $opts -XX:AOTCacheOutput="$work/handout.aot" -jar "$jar" handout --symptoms stiffness,stress \
        --out "$work/train.pdf" >/dev/null 2>&1
fi
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
    if [ -n "$java25" ]; then
        # shellcheck disable=SC2086
        a3=$(timed "$java25" $opts -XX:AOTCache="$work/handout.aot" -jar "$jar" handout --symptoms stiffness,stress \
            --out "$work/ours.pdf")
        c3=$(JAVA_BIN=$java25 first_slide -XX:AOTCache="$work/kiosk.aot")
        if [ "$i" -gt 0 ]; then echo "$a3" >>"$work/handout-aot"; echo "$c3" >>"$work/slide-aot"; fi
    fi
    if [ "$i" -gt 0 ]; then
        echo "$a" >>"$work/handout"; echo "$a2" >>"$work/handout-cds"; echo "$b" >>"$work/peer-handout"
        echo "$c" >>"$work/slide"; echo "$c2" >>"$work/slide-cds"; echo "$d" >>"$work/peer-slide"
    fi
done

row() { # name file
    [ -s "$2" ] || return 0
    printf '%-48s %7s ms  cpu %6s ms  peak %4s MiB\n' "$1" "$(cut -d' ' -f1 "$2" | median)" \
        "$(cut -d' ' -f2 "$2" | median)" "$(( $(cut -d' ' -f3 "$2" | sort -n | tail -1) / 1024 ))"
}
echo "runs: $runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC')"
row "kiosk: first slide painted" "$work/slide"
row "kiosk: first slide painted, class-data archive" "$work/slide-cds"
row "kiosk: first slide painted, Java 25 AOT cache" "$work/slide-aot"
row "browser: slide page screenshot" "$work/peer-slide"
row "kiosk: handout command" "$work/handout"
row "kiosk: handout command, class-data archive" "$work/handout-cds"
row "kiosk: handout command, Java 25 AOT cache" "$work/handout-aot"
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
    printf '%-48s %7s ms  (route %s)\n' "kiosk: touch to job in the queue" "$(cut -d' ' -f1 "$work/print" | median)" \
        "$(cut -d' ' -f3 "$work/print" | sort -u | tr -d '\n')"
    printf '%-48s %7s ms\n' "kiosk: ... and the printer started on it" "$(cut -d' ' -f2 "$work/print" | median)"
    printf '%-48s %7s ms\n' "lp: browser's PDF to the queue" "$(median <"$work/lp")"
else
    echo "print to queue: no CUPS queue $queue here (skipped)"
fi
best() { if [ -s "$work/$1-aot" ]; then echo "$work/$1-aot"; else echo "$work/$1-cds"; fi; }
awk -v s="$(cut -d' ' -f1 "$(best slide)" | median)" -v ps="$(cut -d' ' -f1 "$work/peer-slide" | median)" \
    -v h="$(cut -d' ' -f1 "$(best handout)" | median)" -v ph="$(cut -d' ' -f1 "$work/peer-handout" | median)" \
    -v how="$([ -s "$work/slide-aot" ] && echo "Java 25 AOT cache" || echo "class-data archive")" \
    'BEGIN { printf "ratio first slide kiosk(%s)/browser: %.2f (target <= 0.6)\nratio handout kiosk(%s)/browser: %.2f\n", how, s/ps, how, h/ph }'
echo "kiosk start-up timelines (ms after process start; the last are the fastest way above):"
sed 's/^/  /' "$work/timelines" | tail -n 4

# The running loop, as the package runs it (the fastest way above): CPU over LOOP_SECONDS after 15 s,
# resident memory at the end. The loop's drawings move (motion = on, the shipped setting).
loop_s=${LOOP_SECONDS:-60}
if [ "$loop_s" -gt 0 ]; then
    loop_java=${java25:-java}
    loop_cache=$([ -n "$java25" ] && echo "-XX:AOTCache=$work/kiosk.aot" || echo "$cds_kiosk")
    # shellcheck disable=SC2086
    DISPLAY=$display "$loop_java" $opts $loop_cache -Djava.io.tmpdir="$work" -jar "$jar" --windowed >"$work/loop.log" 2>&1 &
    lpid=$!
    sleep 15
    ticks() { awk '{print $14 + $15}' "/proc/$lpid/stat"; }
    t_a=$(ticks); sleep "$loop_s"; t_b=$(ticks)
    rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$lpid/status")
    kill "$lpid" 2>/dev/null || true; wait "$lpid" 2>/dev/null || true
    awk -v d=$((t_b - t_a)) -v hz="$(getconf CLK_TCK)" -v s="$loop_s" -v r="$rss" \
        'BEGIN { printf "%-48s %6.1f %% of one core over %d s, resident %d MiB\n", "kiosk: attract loop running", 100*d/hz/s, s, r }'
fi

# Touch to the painted frame that answers it (bench/touch-latency.sh: its own Xvfb, the real kiosk).
touch_n=${TOUCH_N:-20}
if [ "$touch_n" -gt 0 ] && [ -f src/bench/java/org/physiokiosk/bench/TouchLatency.java ]; then
    timeout "${TOUCH_TIMEOUT:-300}" bench/touch-latency.sh "$touch_n" 3 2>&1 | sed "s/^/  /" \
        || echo "  (touch latency run failed or took over ${TOUCH_TIMEOUT:-300} s)"
fi
