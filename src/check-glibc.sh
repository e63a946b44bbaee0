#!/bin/sh
# Fails when a shipped ELF file needs a glibc symbol newer than provided.al2023's glibc 2.34.
# Arguments: files or folders (every ELF file directly inside a folder is checked: bootstrap and the native libraries).
set -eu
max="2.34"
# The host's objdump reads x86-64 files; an aarch64 file needs the cross binutils' (binutils-aarch64-linux-gnu).
objdump_for() {
  if [ "$(od -An -tx1 -j18 -N2 "$1" | tr -d ' \n')" = "b700" ]; then echo aarch64-linux-gnu-objdump; else echo objdump; fi
}
checked=0
check() {
  binary="$1"
  dump=$(objdump_for "$binary")
  command -v "$dump" >/dev/null || { echo "check-glibc: $dump is needed to read $binary (install binutils-aarch64-linux-gnu)" >&2; exit 1; }
  newest=$("$dump" -T "$binary" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
  if [ -z "$newest" ]; then
    echo "check-glibc: $binary imports no versioned glibc symbol" >&2
    return 0
  fi
  if [ "$(printf '%s\n%s\n' "$newest" "$max" | sort -V | tail -n 1)" != "$max" ]; then
    echo "check-glibc: $binary needs GLIBC_$newest; provided.al2023 has $max:" >&2
    "$dump" -T "$binary" | grep "GLIBC_$newest" >&2
    exit 1
  fi
  echo "check-glibc: $binary needs at most GLIBC_$newest (<= $max)"
}
is_elf() { [ -f "$1" ] && [ "$(head -c 4 "$1" | od -An -c | tr -d ' \n')" = '177ELF' ]; }
for target in "$@"; do
  if [ -d "$target" ]; then
    for file in "$target"/*; do
      if is_elf "$file"; then check "$file"; checked=$((checked + 1)); fi
    done
  elif is_elf "$target"; then
    check "$target"; checked=$((checked + 1))
  else
    echo "check-glibc: $target is not an ELF file" >&2
    exit 1
  fi
done
if [ "$checked" -eq 0 ]; then
  echo "check-glibc: no ELF file found in $*" >&2
  exit 1
fi
