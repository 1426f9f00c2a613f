"""Python's ftplib reading the benchmark stream: FTP.getmultiline over an in-memory file."""
import ftplib
import io
import statistics
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
    data = open(sys.argv[1], "rb").read()
    text = data.decode("latin-1")  # ftplib reads text; Latin-1 maps every byte
    times, replies = [], 0
    for _ in range(5):
        start = time.perf_counter()
        replies = read_all(text)
        times.append(time.perf_counter() - start)
    rate = len(data) / statistics.median(times) / 1e6
    print(f"{'Python ftplib getmultiline':<34} {rate:>9.1f} MB/s  {replies} replies")


main()
