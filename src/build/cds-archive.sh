#!/usr/bin/env bash
# Makes the preview start faster: an AppCDS archive of the classes a small run loads, and a launcher
# that runs the preview jar with it (issue 15; measurements in the README, "Start-up").
#
#   target/pmo-buyin-<version>-preview.jsa  dynamic CDS archive (-XX:ArchiveClassesAtExit) of one
#                                           training run: `mine --input` of the 330 Apache issues
#                                           in src/test/resources/real, JSON out
#   target/pmo-buyin-preview                the launcher: the preview jar with that archive
#
# An archive is valid only for the JDK build that made it (here: the JDK running Maven) and for the
# jar at this absolute path with this size and modification time. With anything else the JVM
# (-Xshare:auto) skips it and prints a warning; the launcher sends JVM warnings to stderr so that
# they never end up in a report written to stdout. Nothing else needs the archive: `java -jar` on
# the preview jar works as before. If the archive cannot be made, the build goes on with a warning.
#
# usage: cds-archive.sh TARGET_DIR JAVA VERSION TRAINING_INPUT
set -uo pipefail
target=$(cd "$1" && pwd)
java="$2"
version="$3"
training="$4"
jar="$target/pmo-buyin-$version-preview.jar"
archive="$target/pmo-buyin-$version-preview.jsa"
launcher="$target/pmo-buyin-preview"
log="$target/cds-archive.log"

warn() {
  echo "[WARNING] No class-data-sharing archive for the preview ($1): it runs as fast as plain java -jar" >&2
}

rm -f "$archive"

# The launcher first: it runs the preview with or without the archive.
cat > "$launcher" <<EOF
#!/bin/sh
# Made by the build (src/build/cds-archive.sh): runs the preview jar beside this script with its
# class-data-sharing archive, which is valid only for the JDK that built it:
#   $java
# With another JDK, or once the jar is rebuilt or moved, the JVM skips the archive with a warning on
# stderr and the run goes on as with plain java -jar. Extra JVM options: PMO_BUYIN_JAVA_OPTS.
dir=\$(cd "\$(dirname "\$0")" && pwd)
java='$java'
[ -x "\$java" ] || java=java
# shellcheck disable=SC2086
exec "\$java" -XX:SharedArchiveFile="\$dir/pmo-buyin-$version-preview.jsa" -Xshare:auto \\
  -Xlog:disable -Xlog:all=warning:stderr \$PMO_BUYIN_JAVA_OPTS \\
  -jar "\$dir/pmo-buyin-$version-preview.jar" "\$@"
EOF
chmod +x "$launcher"

if [ ! -f "$jar" ]; then
  warn "no preview jar at $jar"
  exit 0
fi
if [ ! -f "$training" ]; then
  warn "no training input at $training"
  exit 0
fi
# The absolute jar path goes into the archive; a run may then name the jar by any path to it.
if ! "$java" -XX:ArchiveClassesAtExit="$archive" -Xlog:disable -Xlog:all=error:stderr \
    -jar "$jar" mine --input "$training" --format json --out /dev/null >"$log" 2>&1; then
  rm -f "$archive"
  warn "the training run failed; see $log"
  exit 0
fi
if [ ! -s "$archive" ]; then
  warn "this JVM made none; -XX:ArchiveClassesAtExit needs a HotSpot JDK 13 or later with its default CDS archive; see $log"
  exit 0
fi
echo "Class-data-sharing archive for $("$java" -version 2>&1 | tail -1): $archive" >>"$log"
