#!/bin/sh
# Fails when a binary needs a glibc symbol newer than provided.al2023's glibc 2.34.
set -eu
binary="$1"
max="2.34"
newest=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
if [ -z "$newest" ]; then
  echo "check-glibc: $binary imports no versioned glibc symbol" >&2
  exit 0
fi
if [ "$(printf '%s\n%s\n' "$newest" "$max" | sort -V | tail -n 1)" != "$max" ]; then
  echo "check-glibc: $binary needs GLIBC_$newest; provided.al2023 has $max:" >&2
  objdump -T "$binary" | grep "GLIBC_$newest" >&2
  exit 1
fi
echo "check-glibc: $binary needs at most GLIBC_$newest (<= $max)"
