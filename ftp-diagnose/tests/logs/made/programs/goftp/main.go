// A Go program using github.com/jlaffaye/ftp with its debug output on.
// Usage: goftp [-tls] [-insecure] [-noepsv] [-idle SECONDS] ADDR USER PASSWORD (get REMOTE | put LOCAL REMOTE | list DIR)
package main

import (
	"crypto/tls"
	"flag"
	"io"
	"log"
	"os"
	"path"
	"time"

	"github.com/jlaffaye/ftp"
)

func main() {
	useTLS := flag.Bool("tls", false, "explicit FTP over TLS")
	insecure := flag.Bool("insecure", false, "do not verify the server's certificate")
	noEPSV := flag.Bool("noepsv", false, "use PASV, not EPSV")
	idle := flag.Int("idle", 0, "seconds to wait after logging in")
	flag.Parse()
	args := flag.Args()
	addr, user, password, action := args[0], args[1], args[2], args[3]

	options := []ftp.DialOption{
		ftp.DialWithTimeout(10 * time.Second),
		ftp.DialWithDebugOutput(os.Stdout),
		ftp.DialWithDisabledEPSV(*noEPSV),
	}
	if *useTLS {
		options = append(options, ftp.DialWithExplicitTLS(&tls.Config{ServerName: "localhost", InsecureSkipVerify: *insecure}))
	}
	c, err := ftp.Dial(addr, options...)
	if err != nil {
		log.Fatal(err)
	}
	if err := c.Login(user, password); err != nil {
		log.Fatal(err)
	}
	time.Sleep(time.Duration(*idle) * time.Second)

	switch action {
	case "get":
		r, err := c.Retr(args[4])
		if err != nil {
			log.Fatal(err)
		}
		f, err := os.Create(path.Base(args[4]))
		if err != nil {
			log.Fatal(err)
		}
		if _, err := io.Copy(f, r); err != nil {
			log.Fatal(err)
		}
		r.Close()
		log.Printf("downloaded %s", args[4])
	case "put":
		f, err := os.Open(args[4])
		if err != nil {
			log.Fatal(err)
		}
		if err := c.Stor(args[5], f); err != nil {
			log.Fatal(err)
		}
		log.Printf("uploaded %s", args[5])
	case "list":
		entries, err := c.List(args[4])
		if err != nil {
			log.Fatal(err)
		}
		for _, e := range entries {
			log.Println(e.Name, e.Size)
		}
	}
	if err := c.Quit(); err != nil {
		log.Fatal(err)
	}
}
