#!/usr/bin/env bash
# Builds the installable kiosk: a jlinked Java runtime holding only the modules the kiosk uses, a
# Linux app image and a .deb, from target/physio-kiosk.jar (run `mvn -B -q package -DskipTests` first).
#   packaging/build-deb.sh            ->  target/physio-kiosk_<version>_amd64.deb
# Needs a full JDK 17 or later (jdeps, jlink, jpackage; before Java 24 also its jmods) and, for the .deb, fakeroot and
# binutils (apt-get install -y fakeroot binutils). KIOSK_MODULES=... skips the jdeps step.
set -euo pipefail
cd "$(dirname "$0")/.."

# The JDK whose runtime the package ships: JDK_HOME, else the newest JDK in /usr/lib/jvm that can
# link a runtime, else the one javac belongs to. The code is built for Java 17 and runs on any
# later one; a JDK 25 or newer gives the installed kiosk an ahead-of-time cache (JEP 483/514:
# classes loaded and linked, method profiles) instead of a class-data archive, which starts it
# about a third sooner (README "Performance").
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
if [ -z "${JDK_HOME:-}" ]; then
    best=0
    for candidate in /usr/lib/jvm/*/; do
        candidate=${candidate%/}
        v=$(major "$candidate")
        if [ -n "$v" ] && [ "$v" -ge 17 ] && [ "$v" -gt "$best" ] && [ -x "$candidate/bin/jpackage" ] \
            && { [ -d "$candidate/jmods" ] || [ "$v" -ge 24 ]; }; then
            best=$v; JDK_HOME=$candidate
        fi
    done
fi
jdk=${JDK_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
for tool in jdeps jlink jpackage; do
    [ -x "$jdk/bin/$tool" ] || { echo "build-deb: no $jdk/bin/$tool (set JDK_HOME to a full JDK 17 or later)" >&2; exit 2; }
done
jdk_major=$(major "$jdk")
echo "build-deb: runtime from $jdk (Java $jdk_major)"
jar=target/physio-kiosk.jar
[ -f "$jar" ] || { echo "build-deb: no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
out=target/jpackage
rm -rf "$out" target/physio-kiosk_*.deb
mkdir -p "$out/input/defaults" "$out/resources"
t0=$(date +%s)

# What the package installs under /opt/physio-kiosk/lib/app: the jar, the unit (postinst puts it
# in /usr/lib/systemd/user) and the defaults the kiosk copies to /var/lib/physio-kiosk on first start.
cp "$jar" "$out/input/"
cp packaging/linux/physio-kiosk.service "$out/input/"
cp kiosk.properties "$out/input/defaults/"
cp -R media "$out/input/defaults/media"

# Uncompressed modules: a compressed jimage is smaller but every class is inflated at start-up.
# The modules: what jdeps finds, plus the locale data for the five languages' dates and numbers
# (looked up by name at run time, so jdeps cannot see it).
modules=${KIOSK_MODULES:-$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")}
modules="$modules,jdk.localedata"
echo "build-deb: modules $modules"
if [ "${jdk_major:-17}" -ge 21 ]; then nozip=zip-0; else nozip=0; fi
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,es,fr,de,uk \
    --strip-debug --no-header-files --no-man-pages --compress=$nozip --generate-cds-archive \
    --output "$out/runtime"

# JVM options of the launcher (and of the class-data training run in postinst, which must match):
# a heap for a 2 GB mini PC (README: "Memory"), the serial collector (one small heap, no
# collector threads to feed on 2 cores), and the class-data archive postinst makes.
heap="-Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=40"
# Java 25 and later: an ahead-of-time cache, made by one training run with -XX:AOTCacheOutput;
# earlier: a dynamic class-data archive. Either way a missing or stale file only costs speed.
if [ "${jdk_major:-17}" -ge 25 ]; then
    archive=physio-kiosk.aot; make_archive=-XX:AOTCacheOutput; use_archive=-XX:AOTCache
else
    archive=physio-kiosk.jsa; make_archive=-XX:ArchiveClassesAtExit; use_archive="-Xshare:auto -XX:SharedArchiveFile"
fi
sed -e "s|JVM_TRAINING_OPTIONS|$heap|" -e "s|ARCHIVE_FILE|$archive|g" -e "s|MAKE_ARCHIVE_OPTION|$make_archive|" \
    packaging/linux/postinst >"$out/resources/postinst"
cp packaging/linux/prerm "$out/resources/prerm"
chmod +x "$out/resources/postinst" "$out/resources/prerm"

"$jdk/bin/jpackage" --type app-image --dest "$out" --name physio-kiosk --app-version "$version" \
    --vendor "Physio Kiosk" --description "Fullscreen kiosk for physiotherapy waiting rooms" \
    --input "$out/input" --main-jar physio-kiosk.jar --main-class org.physiokiosk.app.KioskApp \
    --runtime-image "$out/runtime" \
    --java-options "$heap" \
    --java-options "$use_archive=\$APPDIR/../$archive" \
    --java-options '-Dphysiokiosk.home=/var/lib/physio-kiosk -Dphysiokiosk.defaults=$APPDIR/defaults'

# dpkg-deb's default xz -6 takes minutes on a small machine; -1 is seconds and a few MB larger.
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-xz} DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-1}
"$jdk/bin/jpackage" --type deb --dest target --app-image "$out/physio-kiosk" --name physio-kiosk \
    --app-version "$version" --vendor "Physio Kiosk" \
    --description "Fullscreen touch-screen kiosk for physiotherapy waiting rooms" \
    --resource-dir "$out/resources" --linux-package-name physio-kiosk --linux-app-category misc \
    --linux-app-release 1 \
    --linux-deb-maintainer "it@physiokiosk.invalid" --install-dir /opt

deb=$(ls target/physio-kiosk_"$version"*_*.deb)
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), runtime $(du -sh "$out/runtime" | cut -f1)) in $(( $(date +%s) - t0 )) s"
