// Go's net/textproto reading reply streams: Reader.ReadResponse in a loop.
//
// go run textproto_bench.go PASSES NAME=FILE...  prints one JSON line per stream.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"runtime"
	"strconv"
	"strings"
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
	passes, err := strconv.Atoi(os.Args[1])
	if err != nil {
		panic(err)
	}
	label := fmt.Sprintf("Go %s net/textproto ReadResponse", strings.TrimPrefix(runtime.Version(), "go"))
	for _, stream := range os.Args[2:] {
		name, path, _ := strings.Cut(stream, "=")
		data, err := os.ReadFile(path)
		if err != nil {
			panic(err)
		}
		seconds := []float64{}
		replies := 0
		for i := 0; i < passes; i++ {
			start := time.Now()
			replies = readAll(data)
			seconds = append(seconds, time.Since(start).Seconds())
		}
		line, _ := json.Marshal(map[string]any{
			"implementation": label, "stream": name, "bytes": len(data),
			"replies": replies, "seconds": seconds,
		})
		fmt.Println(string(line))
	}
}
