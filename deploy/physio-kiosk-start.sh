#!/bin/sh
# Starts Physio Kiosk from the jar (the "by hand" install; the .deb has its own launcher) with a
# heap for a small PC and a class-data archive made for this very jar: the archive's name carries
# the jar's size and time, so after an update the old one is deleted and a new one made by one
# training run that leaves as soon as its first slide is painted (a second or two, once). A stale
# or missing archive never stops the kiosk: the JVM then just loads the classes from the jar.
#   deploy/physio-kiosk-start.sh [kiosk arguments...]     (used by deploy/physio-kiosk.service)
# KIOSK_DIR: where physio-kiosk.jar and kiosk.properties are (default: /opt/physio-kiosk).
set -eu
dir=${KIOSK_DIR:-/opt/physio-kiosk}
jar="$dir/physio-kiosk.jar"
java=${JAVA:-java}
# Heap: the kiosk keeps about 15 MB live (README "Performance"); 256 MB leaves room for handouts and
# reports and keeps the whole process well inside a 2 GB mini PC. Serial GC: one small heap, no
# collector threads competing with the screen on 2 cores.
opts="-Xms32m -Xmx256m -XX:+UseSerialGC"
jsa="$dir/physio-kiosk-$(stat -c %s-%Y "$jar").jsa"
if [ ! -s "$jsa" ] && [ -w "$dir" ]; then
    rm -f "$dir"/physio-kiosk-*.jsa
    # shellcheck disable=SC2086
    "$java" $opts -XX:ArchiveClassesAtExit="$jsa" -Dphysiokiosk.exitAfterFirstSlide=true \
        -jar "$jar" --config "$dir/kiosk.properties" "$@" >/dev/null 2>&1 || rm -f "$jsa"
fi
# shellcheck disable=SC2086
exec "$java" $opts -Xshare:auto -XX:SharedArchiveFile="$jsa" -jar "$jar" --config "$dir/kiosk.properties" "$@"
