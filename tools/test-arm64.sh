#!/usr/bin/env bash
# Called by `./thumbs test --arm64` once both bootstraps are built (THUMBS_BOOTSTRAP: x86_64, THUMBS_ARM64_BOOTSTRAP:
# arm64). Two parts, then one line of totals ("N passed, N failed"):
# 1. the codec tests with arm64's vector shape on this x86-64 (DOTNET_EnableAVX2=0: Vector256 not accelerated, Vector<T>
#    16 bytes), so every dispatcher takes the path Graviton takes, against the scalar references;
# 2. the end-to-end tests tagged Category=Arm64 (test/ThumbnailService.EndToEnd.Tests/Arm64): the arm64 bootstrap under
#    qemu-aarch64 next to the x86_64 one, same uploads, outcomes and thumbnails compared (each PSNR is printed).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -x "${THUMBS_ARM64_BOOTSTRAP:-}" ] || { echo "test-arm64: THUMBS_ARM64_BOOTSTRAP is not a built bootstrap (run ./thumbs test --arm64)" >&2; exit 1; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
started=$(date +%s)
DOTNET_EnableAVX2=0 dotnet test "$root/test/ThumbnailService.Codecs.Tests" -nologo "$@" 2>&1 | tee "$log"
codecs=${PIPESTATUS[0]}
dotnet test "$root/test/ThumbnailService.EndToEnd.Tests" -nologo --filter "Category=Arm64" --logger "console;verbosity=detailed" "$@" 2>&1 | tee -a "$log"
emulated=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "arm64 checks: $(($(date +%s) - started)) s"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$codecs" -ne 0 ] || [ "$emulated" -ne 0 ]; then
  exit 1
fi
if ! grep -q 'Passed.*EmulatedArm64Tests' "$log" || grep -q 'Skipped.*EmulatedArm64Tests' "$log"; then
  echo "tests: the arm64 emulation tests did not all run" >&2
  exit 1
fi
