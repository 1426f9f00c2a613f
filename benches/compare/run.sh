#!/usr/bin/env bash
# Times ftp-reply and the reply readers of other FTP clients on two streams: the benchmark
# stream of `cargo bench --bench parse` (the test fixtures of six server styles plus a 200-line
# STAT listing, repeated to 4 MB; about 80% of its bytes are the STAT listings) and the
# servers' side of the recorded sessions of tests/sessions/ (five servers, repeated to 4 MB;
# mostly single-line replies). The Rust readers run round-robin in one process; the other
# languages run in their own processes, interleaved with it round by round. An implementation
# that cannot be installed here is skipped with a message.
#
# benches/compare/run.sh [ROUNDS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")"
rounds=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export CARGO_TARGET_DIR="$PWD/../../target/compare"
cargo build --release -q --manifest-path rust/Cargo.toml
compare="$CARGO_TARGET_DIR/release/ftp-reply-compare"
"$compare" write "$work"
streams=("mixed=$work/mixed.bin" "sessions=$work/sessions.bin")

peers=()
if command -v python3 > /dev/null; then
  peers+=("python3 ftplib_bench.py 3")
else
  echo "Python ftplib: skipped (no python3)"
fi
if command -v go > /dev/null || { command -v apt-get > /dev/null && apt-get install -y -qq golang-go > /dev/null 2>&1; }; then
  cp textproto_bench.go "$work/"
  (cd "$work" && GO111MODULE=off GOCACHE="$work/go-cache" go build -o textproto_bench textproto_bench.go)
  peers+=("$work/textproto_bench 3")
else
  echo "Go net/textproto: skipped (golang-go could not be installed)"
fi
if command -v npm > /dev/null && (cd "$work" && npm install --silent --no-audit --no-fund basic-ftp@5 > /dev/null 2>&1); then
  peers+=("env NODE_PATH=$work/node_modules node basic_ftp_bench.js 3")
else
  echo "Node basic-ftp: skipped (npm could not install basic-ftp)"
fi

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $rounds rounds"
for _ in $(seq "$rounds"); do
  "$compare" time 3 "${streams[@]}"
  for peer in "${peers[@]}"; do
    # shellcheck disable=SC2086 # each peer is a command line
    $peer "${streams[@]}"
  done
done > "$work/results.jsonl"
python3 summarize.py < "$work/results.jsonl"
