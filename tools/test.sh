#!/usr/bin/env bash
# Runs every test of the solution and ends with one line of totals ("N passed, N failed").
# Called by `./thumbs test`, which first installs prerequisites and builds `bootstrap` (THUMBS_BOOTSTRAP).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test "$root/ThumbnailService.sln" -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "tests: no test ran" >&2
  exit 1
fi
exit "$status"
