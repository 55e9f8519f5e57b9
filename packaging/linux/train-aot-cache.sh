#!/bin/sh
# Builds the JDK 25 AOT cache of the packaged app (docs/decisions/0031-aot-cache-at-package-time.md).
#
# Usage: train-aot-cache.sh <app-image dir>   (called by ./mvnw -Pinstaller package on Linux)
#
# Runs the app-image's own launcher once with -XX:AOTCacheOutput and --smoke=connect (start, Connect screen's
# first frame, exit), under Xvfb when there is no display, with throw-away settings/data folders. The JVM writes
# lib/app/edfapay.aot; the launcher's .cfg then gets -XX:AOTCache. The cache holds the classes loaded and
# linked, and the method profiles, of everything before the first frame: what start-up waits for. (Training
# through sign-in doubles the cache and the .deb would exceed its 40 MB budget.) Paths are stored relative to
# the image, so the cache stays valid when the package installs the image under /opt.
set -eu

image=${1:?usage: train-aot-cache.sh <app-image dir>}
name=EdfaPayTokenManager
cfg="$image/lib/app/$name.cfg"
cache="$image/lib/app/edfapay.aot"
release="$image/lib/runtime/release"

[ -f "$cfg" ] || { echo "train-aot-cache: no launcher configuration $cfg" >&2; exit 1; }
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
if [ "${feature:-0}" -lt 25 ]; then
  echo "train-aot-cache: the installer runtime is Java $feature; the AOT cache and the launcher options need" >&2
  echo "JDK 25 or newer: run Maven with -Dinstaller.jdk=/path/to/jdk-25 (README, Build the installers)." >&2
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$cfg" "$scratch/cfg"
# Training options in the launcher's own configuration, so the run uses exactly the packaged class path.
grep -v -e 'AOTCache' -e '-Xshare' "$scratch/cfg" > "$cfg"
printf '%s\n' 'java-options=-XX:AOTCacheOutput=$APPDIR/edfapay.aot' >> "$cfg"

run() {
  XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
    "$image/bin/$name" --smoke=connect --smoke-timeout=300
}
status=0
if [ -n "${DISPLAY:-}" ]; then
  run > "$scratch/log" 2>&1 || status=$?
elif command -v xvfb-run >/dev/null 2>&1; then
  XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/$name" --smoke=connect --smoke-timeout=300 \
    > "$scratch/log" 2>&1 || status=$?
else
  echo "train-aot-cache: no DISPLAY and no xvfb-run (Debian: apt-get install xvfb)" >&2
  status=1
fi

grep -v -e 'AOTCacheOutput' "$cfg" > "$scratch/cfg.final"
if [ "$status" -ne 0 ] || [ ! -s "$cache" ]; then
  cat "$scratch/log" >&2
  cp "$scratch/cfg" "$cfg"
  echo "train-aot-cache: the training run failed (exit $status); see above" >&2
  exit 1
fi
grep -E 'Smoke test passed|AOTCache creation is complete' "$scratch/log" || :
printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/edfapay.aot' >> "$scratch/cfg.final"
cp "$scratch/cfg.final" "$cfg"
# The command-line launcher shares the cache: same runtime, class path, collector and module options, so the JDK
# classes and the app's common ones (some 6,000 of the 8,300 a `whoami` loads) come from it. -Xshare and
# -XX:AOTCache cannot be combined, and the default CDS archive is deleted below.
cli="$image/lib/app/edfapay-tokens.cfg"
if [ -f "$cli" ]; then
  grep -v -e 'AOTCache' -e '-Xshare' "$cli" > "$scratch/cli.cfg"
  printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/edfapay.aot' >> "$scratch/cli.cfg"
  cp "$scratch/cli.cfg" "$cli"
fi
# The AOT cache holds the JDK's classes too; jlink's default CDS archive would only be a fallback.
rm -f "$image/lib/runtime/lib/server/classes.jsa" "$image/lib/runtime/lib/server/classes_nocoops.jsa"
echo "train-aot-cache: $(du -h "$cache" | cut -f1) AOT cache in $cache"
