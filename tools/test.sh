#!/usr/bin/env bash
# Runs every test of the solution and ends with one line of totals ("N passed, N failed").
# Called by `./thumbs test`, which first installs prerequisites and builds `bootstrap` (THUMBS_BOOTSTRAP) and, on x86_64,
# the arm64 bootstrap the emulation tests run under qemu (THUMBS_ARM64_BOOTSTRAP); with it the codec tests run a second
# time with arm64's vector shape.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test "$root/ThumbnailService.sln" -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ -n "${THUMBS_ARM64_BOOTSTRAP:-}" ]; then
  # The codec tests again with arm64's vector shape on this x86-64 (DOTNET_EnableAVX2=0: Vector256 not accelerated,
  # Vector<T> 16 bytes), so every SIMD dispatcher also takes the path Graviton takes, against the scalar references.
  echo "tests: the codec tests again with arm64's vector shape (DOTNET_EnableAVX2=0)"
  DOTNET_EnableAVX2=0 dotnet test "$root/test/ThumbnailService.Codecs.Tests" -nologo "$@" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "tests: no test ran" >&2
  exit 1
fi
exit "$status"
