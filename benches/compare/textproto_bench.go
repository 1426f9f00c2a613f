// Go's net/textproto reading the benchmark stream: Reader.ReadResponse in a loop.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"sort"
	"time"
)

func readAll(data []byte) int {
	reader := textproto.NewReader(bufio.NewReaderSize(bytes.NewReader(data), 64*1024))
	replies := 0
	for {
		_, _, err := reader.ReadResponse(0)
		if err == io.EOF {
			return replies
		}
		if err != nil {
			if _, ok := err.(*textproto.Error); !ok {
				return replies
			}
		}
		replies++
	}
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var times []float64
	replies := 0
	for i := 0; i < 11; i++ {
		start := time.Now()
		replies = readAll(data)
		times = append(times, time.Since(start).Seconds())
	}
	sort.Float64s(times)
	rate := float64(len(data)) / times[len(times)/2] / 1e6
	fmt.Printf("%-34s %9.1f MB/s  %d replies\n", "Go net/textproto ReadResponse", rate, replies)
}
