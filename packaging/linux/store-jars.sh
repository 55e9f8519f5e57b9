#!/bin/sh
# Rewrites the jars of the Linux packages' class path with stored (uncompressed) entries, and drops the JNA native
# libraries of other platforms (docs/decisions/0037-deb-size-stored-jars.md).
#
# Usage: store-jars.sh <jpackage input dir> <jar tool of the installer JDK>   (./mvnw -Pinstaller package, Linux)
#
# Why: the .deb's data is one xz stream. Deflated jar entries are already compressed, so xz gains almost nothing on
# them (20.5 MB of jars became 18.7 MB of the .deb); the same classes stored uncompressed shrink to 9.6 MB in it,
# because xz sees the class files themselves and across jars. The installed jars grow (about 45 MB instead of
# 20 MB); class loading reads stored entries without inflating them. JNA ships its dispatch library for some 25
# platforms (5 MB); the package keeps this machine's.
set -eu

dir=${1:?usage: store-jars.sh <jpackage input dir> <jar tool>}
jar=${2:?usage: store-jars.sh <jpackage input dir> <jar tool>}
case "$(uname -m)" in
  x86_64|amd64) jna=linux-x86-64 ;;
  aarch64|arm64) jna=linux-aarch64 ;;
  *) jna=linux-$(uname -m) ;;
esac

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
before=$(du -sk "$dir" | cut -f1)
for file in "$dir"/*.jar; do
  rm -rf "$scratch/x"
  mkdir "$scratch/x"
  (cd "$scratch/x" && "$jar" -xf "$file")
  case "$(basename "$file")" in
    jna-[0-9]*.jar)
      # com/sun/jna/<platform>/libjnidispatch.* (jnidispatch.dll on Windows); com/sun/jna/win32 etc. are classes.
      for lib in $(cd "$scratch/x" && find com/sun/jna -name 'libjnidispatch.*' -o -name 'jnidispatch.dll'); do
        platform=$(dirname "$lib")
        [ "$platform" = "com/sun/jna/$jna" ] || rm -rf "${scratch:?}/x/$platform"
      done
      [ -e "$scratch/x/com/sun/jna/$jna" ] || { echo "store-jars: no JNA library for $jna" >&2; exit 1; }
      ;;
  esac
  # -0: stored; -M: keep the jar's own META-INF/MANIFEST.MF (extracted with the rest) rather than a new one.
  rm -f "$file"
  (cd "$scratch/x" && "$jar" -c -0 -M -f "$file" .)
done
echo "store-jars: $(ls "$dir"/*.jar | wc -l) jars stored uncompressed, ${before} KiB -> $(du -sk "$dir" | cut -f1) KiB (JNA: $jna only)"
