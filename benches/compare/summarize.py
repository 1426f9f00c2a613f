"""Summarises the JSON lines of the comparison programs (standard input) as Markdown tables.

Each (implementation, stream) gathers the passes of every round; a table per stream gives the
median throughput, the range of the passes, the replies found, and how many times faster
ftp-reply's owned path is: `ReplyReader` + `OwnedReply` for the in-memory readers, and
`TokioReplyReader` + `OwnedReply` for those that read from a loopback socket.
"""
import json
import statistics
import sys

OWNED = "ftp-reply ReplyReader + OwnedReply (Rust)"
OWNED_LOOPBACK = "ftp-reply TokioReplyReader + OwnedReply, loopback (Rust)"


def main():
    runs = {}
    expected = {}
    order = []
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("{"):
            continue
        record = json.loads(line)
        key = (record["stream"], record["implementation"])
        if key not in runs:
            runs[key] = {"bytes": record["bytes"], "replies": record["replies"], "seconds": []}
            order.append(key)
        runs[key]["seconds"] += record["seconds"]
        if "expected" in record:
            expected[record["stream"]] = record["expected"]

    def rate(key, seconds):
        return runs[key]["bytes"] / seconds / 1e6

    for stream in dict.fromkeys(stream for stream, _ in order):
        print(f"\n{stream} stream, {runs[next(k for k in order if k[0] == stream)]['bytes']:,} bytes,"
              f" {expected.get(stream, '?'):,} replies\n")
        print("| implementation | MB/s, median | range of passes | passes | replies found | ftp-reply owned is |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for key in [k for k in order if k[0] == stream]:
            seconds = runs[key]["seconds"]
            median = rate(key, statistics.median(seconds))
            low, high = rate(key, max(seconds)), rate(key, min(seconds))
            baseline = (stream, OWNED_LOOPBACK if "loopback" in key[1] else OWNED)
            if key[1].startswith("ftp-reply") or baseline not in runs:
                ratio = ""
            else:
                times = statistics.median(seconds) / statistics.median(runs[baseline]["seconds"])
                ratio = f"{times:.2f}x faster" if times >= 1 else f"{1 / times:.2f}x slower"
            print(f"| {key[1]} | {median:,.1f} | {low:,.1f} to {high:,.1f} | {len(seconds)} |"
                  f" {runs[key]['replies']:,} | {ratio} |")


main()
