#!/bin/sh
# Generates every OS's application icon from the one source image, packaging/icons/source-1024.png:
#   packaging/linux/edfapay-token-manager.png    256 px PNG (menu entry, window)
#   packaging/windows/edfapay-token-manager.ico  16-256 px (installer, launcher, Start menu)
#   packaging/macos/edfapay-token-manager.icns   16-1024 px (app bundle, .dmg)
# Needs ImageMagick (`convert`) and icnsutils (`png2icns`): apt-get install imagemagick icnsutils.
# The outputs are committed; run this again after changing the source and commit them too.
set -eu
cd "$(dirname "$0")/.."
convert=/usr/bin/convert   # /usr/local/bin/convert may be a stand-in on build machines
[ -x "$convert" ] || convert=convert
src=icons/source-1024.png
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$convert" "$src" -resize 256x256 -strip -define png:bit-depth=8 linux/edfapay-token-manager.png
"$convert" "$src" -strip -define icon:auto-resize=256,128,64,48,32,24,16 windows/edfapay-token-manager.ico
for size in 16 32 48 128 256 512 1024; do
  "$convert" "$src" -resize "${size}x${size}" -strip -define png:bit-depth=8 "$work/icon_$size.png"
done
png2icns macos/edfapay-token-manager.icns "$work"/icon_16.png "$work"/icon_32.png "$work"/icon_48.png \
  "$work"/icon_128.png "$work"/icon_256.png "$work"/icon_512.png "$work"/icon_1024.png >/dev/null
ls -l linux/edfapay-token-manager.png windows/edfapay-token-manager.ico macos/edfapay-token-manager.icns
