#!/usr/bin/env bash
# Renders assets/icon/trainlab.svg into the sizes each platform needs, and copies the window icons
# into the app's resources. Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (/usr/bin/convert,
# not a stand-in that may come first on the PATH) and icnsutils (png2icns):
#   apt-get install librsvg2-bin imagemagick icnsutils && bash tools/make_icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icon/trainlab.svg
out=assets/icon
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/trainlab-$size.png"
done
/usr/bin/convert "$out"/trainlab-{16,32,48,64,128,256}.png "$out/trainlab.ico"
png2icns "$out/trainlab.icns" "$out"/trainlab-{16,32,48,128,256,512}.png > /dev/null
res=src/main/resources/org/trainlab/app/icons
mkdir -p "$res"
for size in 16 32 48 64 128 256; do
  cp "$out/trainlab-$size.png" "$res/"
done
