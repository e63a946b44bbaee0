#!/bin/sh
# Fails unless $2 is an ELF executable for Lambda architecture $1 (x86_64 or arm64): a bootstrap built for the other
# architecture would only fail on Lambda, at its first cold start.
set -eu
arch="$1" binary="$2"
case "$arch" in
  x86_64) expected="3e00" ;; # EM_X86_64, little-endian e_machine
  arm64) expected="b700" ;;  # EM_AARCH64
  *) echo "check-elf: unknown architecture '$arch' (x86_64 or arm64)" >&2; exit 1 ;;
esac
[ "$(head -c 4 "$binary" | od -An -c | tr -d ' \n')" = '177ELF' ] || { echo "check-elf: $binary is not an ELF file" >&2; exit 1; }
machine=$(od -An -tx1 -j18 -N2 "$binary" | tr -d ' \n')
if [ "$machine" != "$expected" ]; then
  echo "check-elf: $binary has ELF machine 0x$machine, not the $arch one (0x$expected, little-endian)" >&2
  exit 1
fi
echo "check-elf: $binary is an $arch ELF executable"
