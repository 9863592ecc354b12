#!/usr/bin/env bash
# Builds the installable kiosk: a jlinked Java runtime holding only the modules the kiosk uses, a
# Linux app image and a .deb, from target/physio-kiosk.jar (run `mvn -B -q package -DskipTests` first).
#   packaging/build-deb.sh            ->  target/physio-kiosk_<version>_amd64.deb
# Needs a full JDK 17 (jdeps, jlink, jpackage and its jmods) and, for the .deb, fakeroot and
# binutils (apt-get install -y fakeroot binutils). KIOSK_MODULES=... skips the jdeps step.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk=${JDK_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
for tool in jdeps jlink jpackage; do
    [ -x "$jdk/bin/$tool" ] || { echo "build-deb: no $jdk/bin/$tool (set JDK_HOME to a full JDK 17)" >&2; exit 2; }
done
jar=target/physio-kiosk.jar
[ -f "$jar" ] || { echo "build-deb: no $jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
out=target/jpackage
rm -rf "$out"
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
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,es,fr,de,uk \
    --strip-debug --no-header-files --no-man-pages --compress=0 --generate-cds-archive \
    --output "$out/runtime"

# JVM options of the launcher (and of the class-data training run in postinst, which must match):
# a heap for a 2 GB mini PC (README: "Memory"), the serial collector (one small heap, no
# collector threads to feed on 2 cores), and the class-data archive postinst makes.
heap="-Xms32m -Xmx256m -XX:+UseSerialGC"
sed "s|JVM_TRAINING_OPTIONS|$heap|" packaging/linux/postinst >"$out/resources/postinst"
cp packaging/linux/prerm "$out/resources/prerm"
chmod +x "$out/resources/postinst" "$out/resources/prerm"

"$jdk/bin/jpackage" --type app-image --dest "$out" --name physio-kiosk --app-version "$version" \
    --vendor "Physio Kiosk" --description "Fullscreen kiosk for physiotherapy waiting rooms" \
    --input "$out/input" --main-jar physio-kiosk.jar --main-class org.physiokiosk.app.KioskApp \
    --runtime-image "$out/runtime" \
    --java-options "$heap" \
    --java-options '-Xshare:auto -XX:SharedArchiveFile=$APPDIR/../physio-kiosk.jsa' \
    --java-options '-Dphysiokiosk.home=/var/lib/physio-kiosk -Dphysiokiosk.defaults=$APPDIR/defaults'

# dpkg-deb's default xz -6 takes minutes on a small machine; -1 is seconds and a few MB larger.
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-xz} DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-1}
"$jdk/bin/jpackage" --type deb --dest target --app-image "$out/physio-kiosk" --name physio-kiosk \
    --app-version "$version" --vendor "Physio Kiosk" \
    --description "Fullscreen touch-screen kiosk for physiotherapy waiting rooms" \
    --resource-dir "$out/resources" --linux-package-name physio-kiosk --linux-app-category misc \
    --linux-deb-maintainer "it@physiokiosk.invalid" --install-dir /opt

deb=$(ls target/physio-kiosk_"$version"*_*.deb)
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), runtime $(du -sh "$out/runtime" | cut -f1)) in $(( $(date +%s) - t0 )) s"
