#!/usr/bin/env python3
"""Small stand-ins used by make.sh, all on 127.0.0.x and all bounded in time and count.

  helpers.py ssh-banner PORT            an SSH server's greeting, then closes (as sshd does
                                        on a bad identification string, or after 10 s)
  helpers.py inetd PORT PROGRAM ARGS..  inetd for GNU inetutils ftpd: one ftpd per connection
  helpers.py forward PORT HOST TPORT    forwards only the control port (a NAT/Docker port
                                        mapping of port 21 without the passive range)
  helpers.py hold PORT USER PASSWORD S  logs in and keeps that session open for S seconds
  helpers.py pyftpd PORT ROOT [opts]    pyftpdlib with the options the setups need
"""
import socket, subprocess, sys, threading, time

LIFETIME = 1800  # every listener here ends after 30 minutes at most
MAX_CONNECTIONS = 60


def listener(port, host="127.0.0.1"):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((host, port))
    s.listen(5)
    s.settimeout(5)
    return s


def accept_loop(s, handle):
    deadline = time.time() + LIFETIME
    count = 0
    while time.time() < deadline and count < MAX_CONNECTIONS:
        try:
            conn, _ = s.accept()
        except socket.timeout:
            continue
        count += 1
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


def ssh_banner(port):
    def handle(conn):
        conn.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")
        conn.settimeout(10)
        try:
            data = conn.recv(4096)
            if data and not data.startswith(b"SSH-"):
                conn.sendall(b"Invalid SSH identification string.\r\n")
        except (socket.timeout, OSError):
            pass
        conn.close()
    accept_loop(listener(port), handle)


def inetd(port, argv):
    def handle(conn):
        p = subprocess.Popen(argv, stdin=conn.fileno(), stdout=conn.fileno(), stderr=subprocess.DEVNULL)
        conn.close()
        try:
            p.wait(timeout=300)
        except subprocess.TimeoutExpired:
            p.kill()
    accept_loop(listener(port), handle)


def forward(port, host, tport):
    def pump(a, b):
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        for x in (a, b):
            try:
                x.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle(conn):
        assert host.startswith("127.")
        upstream = socket.create_connection((host, tport), timeout=10)
        upstream.settimeout(None)
        threading.Thread(target=pump, args=(conn, upstream), daemon=True).start()
        pump(upstream, conn)
    accept_loop(listener(port), handle)


def hold(port, user, password, seconds):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    f = s.makefile("rb")
    print(f.readline().decode().rstrip(), flush=True)
    s.sendall(f"USER {user}\r\n".encode()); print(f.readline().decode().rstrip(), flush=True)
    s.sendall(f"PASS {password}\r\n".encode()); print(f.readline().decode().rstrip(), flush=True)
    time.sleep(min(float(seconds), 600))
    s.close()


def pyftpd(port, root, opts):
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler
    from pyftpdlib.servers import FTPServer
    auth = DummyAuthorizer()
    auth.add_user("ftpreply", "Reply-Test-42", root, perm="elradfmwMT")
    handler = FTPHandler
    handler.authorizer = auth
    i = 0
    host = "127.0.0.1"
    while i < len(opts):
        key, value = opts[i], opts[i + 1]
        i += 2
        if key == "--masquerade":
            assert value.startswith("127.")
            handler.masquerade_address = value
        elif key == "--ports":
            a, b = value.split("-")
            handler.passive_ports = range(int(a), int(b) + 1)
        elif key == "--timeout":
            handler.timeout = int(value)
        elif key == "--host":
            assert value.startswith("127.")
            host = value
        elif key == "--foreign":
            handler.permit_foreign_addresses = value == "yes"
    server = FTPServer((host, port), handler)
    server.max_cons = 20
    threading.Timer(LIFETIME, server.close_all).start()
    server.serve_forever(timeout=1)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "ssh-banner":
        ssh_banner(int(args[0]))
    elif cmd == "inetd":
        inetd(int(args[0]), args[1:])
    elif cmd == "forward":
        forward(int(args[0]), args[1], int(args[2]))
    elif cmd == "hold":
        hold(int(args[0]), args[1], args[2], args[3])
    elif cmd == "pyftpd":
        pyftpd(int(args[0]), args[1], args[2:])
