#!/usr/bin/env bash
# Installs what a fresh machine lacks for building and testing: Debian packages (clang and zlib1g-dev for Native AOT,
# binutils for the glibc check, awscli as a reference S3 client, libjpeg-turbo-progs for jpegtran, which makes the
# progressive test JPEGs, libheif-examples for heif-enc/heif-convert, which make and check the HEIC/AVIF test files, libavif-bin for avifenc,
# which makes the animated AVIF)
# and the local S3 host's npm packages; checks the Python that the moto suites need. With --tests (`./thumbs test`) also
# chromium, which renders the `thumbs run` gallery in a headless browser test (skipped when missing, failed under CI=true).
# Quiet and quick when everything is there.
# With --arm64 (`./thumbs test` on an x86_64 machine, `./thumbs test --arm64`, an ARCH=arm64 build) also the arm64 cross
# toolchain and qemu-user with the arm64 libc (multiarch): only then, since nothing else needs them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests=false arm64=false
for flag in "$@"; do
  case "$flag" in
    --tests) tests=true ;;
    --arm64) arm64=true ;;
    *) echo "setup: unknown option '$flag' (known: --tests, --arm64)" >&2; exit 2 ;;
  esac
done

if $arm64; then
  # clang/lld/llvm link for aarch64-linux-gnu with the cross gcc, binutils and libc; qemu-aarch64 runs the result on
  # the arm64 libc and OpenSSL (which .NET loads, as on provided.al2023) from multiarch (not with
  # -L /usr/aarch64-linux-gnu: that loops forever, NOTES.md).
  cross=()
  for pkg in clang lld llvm gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user libc6:arm64 libssl3:arm64; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || cross+=("$pkg")
  done
  if [ ${#cross[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "setup: missing for arm64: ${cross[*]} (as root: dpkg --add-architecture arm64; apt-get update; apt-get install ${cross[*]})" >&2; exit 1; }
    echo "setup: installing the arm64 cross toolchain and emulator: ${cross[*]} ..." >&2
    dpkg --print-foreign-architectures | grep -qx arm64 || dpkg --add-architecture arm64
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${cross[@]}" >/dev/null
  fi
fi

packages=(clang zlib1g-dev binutils awscli libjpeg-turbo-progs libheif-examples libavif-bin)
$tests && packages+=(chromium)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]} ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "setup: '$tool' is not on PATH; install the .NET 10 SDK and Node.js 20" >&2; exit 1; }
done

# The moto suites (IAM-enforcing S3, real SQS semantics, the deployment check) need moto 5.2.1 with its server extras,
# aws-sam-translator and cfn-lint in the image's Python 3.11 (pyenv's `python`; Debian's python3 lacks them). PyPI is not
# reachable from our machines, so this only checks and says what is missing; those suites then fail with the same message.
python="${THUMBS_PYTHON:-python}"
if ! moto_report="$("$python" -c 'import moto, flask, samtranslator, cfnlint, boto3; print(moto.__version__)' 2>&1)"; then
  echo "setup: WARNING: '$python' cannot run the moto suites (needs moto[server] 5.2.1, aws-sam-translator, cfn-lint, boto3):" >&2
  echo "setup:   ${moto_report##*$'\n'}" >&2
  echo "setup:   put the image's Python 3.11 (pyenv) on PATH or set THUMBS_PYTHON; the moto tests will fail until then." >&2
elif [ "$moto_report" != "5.2.1" ]; then
  echo "setup: WARNING: '$python' has moto $moto_report; the moto suites are written against 5.2.1 (docs/s3-implementations.md)." >&2
fi

if [ ! -d "$root/tools/s3host/node_modules/s3rver" ]; then
  echo "setup: installing the local S3 host's npm packages ..." >&2
  (cd "$root/tools/s3host" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
