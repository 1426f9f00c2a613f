#!/usr/bin/env bash
# Times the same 4 MB stream of FTP replies through ftp-reply and through the reply readers
# of Python's ftplib, Go's net/textproto and Node's basic-ftp, and prints them side by side.
# An implementation that cannot be installed here is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stream="$work/stream.bin"

cargo run --release -q --example mixed_stream -- write "$stream"
echo "stream: $(wc -c < "$stream") bytes; medians of repeated runs in one process each"
echo
cargo run --release -q --example mixed_stream -- time "$stream"

if command -v python3 > /dev/null; then
  python3 benches/compare/ftplib_bench.py "$stream"
else
  echo "Python ftplib: skipped (no python3)"
fi

if command -v go > /dev/null || { command -v apt-get > /dev/null && apt-get install -y -qq golang-go > /dev/null 2>&1; }; then
  (cd "$work" && cp "$OLDPWD/benches/compare/textproto_bench.go" . && GO111MODULE=off GOCACHE="$work/go-cache" go run textproto_bench.go "$stream")
else
  echo "Go net/textproto: skipped (golang-go could not be installed)"
fi

if command -v npm > /dev/null && (cd "$work" && npm install --silent --no-audit --no-fund basic-ftp@5 > /dev/null 2>&1); then
  NODE_PATH="$work/node_modules" node benches/compare/basic_ftp_bench.js "$stream"
else
  echo "Node basic-ftp: skipped (npm could not install basic-ftp)"
fi
