"""Python's ftplib reading reply streams: FTP.getmultiline over an in-memory file.

python3 ftplib_bench.py PASSES NAME=FILE...  prints one JSON line per stream.
"""
import ftplib
import io
import json
import platform
import sys
import time


def read_all(text):
    client = ftplib.FTP()
    client.file = io.StringIO(text, newline="")
    replies = 0
    while True:
        try:
            client.getmultiline()
        except EOFError:
            return replies
        replies += 1


def main():
    passes = int(sys.argv[1])
    label = f"Python {platform.python_version()} ftplib getmultiline"
    for stream in sys.argv[2:]:
        name, path = stream.split("=", 1)
        data = open(path, "rb").read()
        text = data.decode("latin-1")  # ftplib reads text; Latin-1 maps every byte
        seconds, replies = [], 0
        for _ in range(passes):
            start = time.perf_counter()
            replies = read_all(text)
            seconds.append(round(time.perf_counter() - start, 6))
        print(json.dumps({"implementation": label, "stream": name, "bytes": len(data),
                          "replies": replies, "seconds": seconds}))


main()
