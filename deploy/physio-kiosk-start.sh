#!/bin/sh
# Starts Physio Kiosk from the jar (the "by hand" install; the .deb has its own launcher) with a
# heap for a small PC and a class-data archive made for this very jar and Java: the archive's name
# carries the jar's size and time and the Java version, so after an update the old one is deleted
# and a new one made by one training run (on the display, so the window's classes are in it) that
# leaves as soon as its first slide is painted (a second or two, once). A stale or missing archive
# never stops the kiosk: the JVM then just loads the classes from the jar.
#   deploy/physio-kiosk-start.sh [kiosk arguments...]     (used by deploy/physio-kiosk.service)
# KIOSK_DIR: where physio-kiosk.jar and kiosk.properties are (default: /opt/physio-kiosk).
set -eu
dir=${KIOSK_DIR:-/opt/physio-kiosk}
jar="$dir/physio-kiosk.jar"
java=${JAVA:-java}
# Heap: the kiosk keeps about 15 MB live (README "Performance"); 256 MB leaves room for handouts and
# reports and keeps the whole process well inside a 2 GB mini PC. Serial GC: one small heap, no
# collector threads competing with the screen on 2 cores.
# MALLOC_ARENA_MAX: two malloc arenas, not one per thread (README "Memory").
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
opts="-Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=40"
# Java 25 and later make an ahead-of-time cache (classes loaded and linked, method profiles; about
# a third faster to the first slide than the class-data archive of earlier versions).
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${major:-17}" -ge 25 ] 2>/dev/null; then
    ext=aot; make="-XX:AOTCacheOutput"; use="-XX:AOTCache"
else
    ext=jsa; make="-XX:ArchiveClassesAtExit"; use="-Xshare:auto -XX:SharedArchiveFile"
fi
archive="$dir/physio-kiosk-$(stat -c %s-%Y "$jar")-java$major.$ext"
if [ ! -s "$archive" ] && [ -w "$dir" ]; then
    rm -f "$dir"/physio-kiosk-*.jsa "$dir"/physio-kiosk-*.aot
    # shellcheck disable=SC2086
    "$java" $opts $make="$archive" -Dphysiokiosk.exitAfterFirstSlide=true \
        -jar "$jar" --config "$dir/kiosk.properties" "$@" >/dev/null 2>&1 || rm -f "$archive"
fi
if [ -s "$archive" ]; then
    opts="$opts $use=$archive"
fi
# shellcheck disable=SC2086
exec "$java" $opts -jar "$jar" --config "$dir/kiosk.properties" "$@"
