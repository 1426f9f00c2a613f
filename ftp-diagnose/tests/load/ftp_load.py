#!/usr/bin/env python3
"""Drive real FTP servers with many concurrent sessions, some planted to fail, and keep their logs.

    python3 ftp_load.py --out DIR [--sessions N] [--concurrency C] [--seed S]
                        [--servers vsftpd,proftpd,pure-ftpd] [--slow-plants]

As root. Starts vsftpd, ProFTPD and Pure-FTPd on 127.0.0.1, each twice (plain, and requiring TLS
before login) writing the same logs in DIR/<server>/, runs N sessions per server from C threads per
server, each bound to a client address in 127.0.0.0/8 (healthy ones shared, each planted failure
its own, the password guesser 127.0.9.9), and writes DIR/truth.json: per server, its log files
and, for every session, its client address and the cause planted in it (an ftp-diagnose cause id)
or null. Exits nonzero when a server did not start, a healthy session got a negative reply or a
planted failure did not show. It mounts a 64 KiB tmpfs, creates the test account if missing,
binds /dev/log for Pure-FTPd's syslog (only if absent) and undoes all that at the end. Servers:
FTP_REPLY_VSFTPD, FTP_REPLY_PURE_FTPD, FTP_REPLY_PROFTPD (defaults: .ci/run's unpacked packages
in /tmp/ftp-reply-servers/root, /usr/sbin/proftpd; ProFTPD's TLS needs proftpd-mod-crypto).
"""

import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

USER = os.environ.get("FTP_REPLY_TEST_USER", "ftpreply")
PASSWORD = os.environ.get("FTP_REPLY_TEST_PASSWORD", "Reply-Test-42")
ACCOUNT_HOME = os.environ.get("FTP_REPLY_TEST_HOME", "/tmp/ftp-reply-home")
SERVERS_ROOT = "/tmp/ftp-reply-servers/root"
VSFTPD = os.environ.get("FTP_REPLY_VSFTPD", SERVERS_ROOT + "/usr/sbin/vsftpd")
PURE_FTPD = os.environ.get("FTP_REPLY_PURE_FTPD", SERVERS_ROOT + "/usr/sbin/pure-ftpd")
PROFTPD = os.environ.get("FTP_REPLY_PROFTPD", "/usr/sbin/proftpd")
PROFTPD_MODULES = os.environ.get("FTP_REPLY_PROFTPD_MODULES", "/usr/lib/proftpd")
PAM_SERVICE = "ftp-reply-vsftpd"
HOST = "127.0.0.1"
ALL_SERVERS = ("vsftpd", "proftpd", "pure-ftpd")

# The ProFTPD ExtendedLog format: ISO 8601 time with milliseconds, session process id, client
# address and port, the server's port (which virtual host), ftp or ftps, user, the command's name
# (empty on the session's first line, the CONNECT; EXIT on its last) and the command as received
# (PASS hidden; empty on those two lines), the reply code and text, the transfer's status and
# failure, and the end-of-session reason (on the EXIT line).
PROFTPD_LOG_FORMAT = (
    '%{iso8601} %P %a:%{remote-port} %p %{protocol} %u %m "%r" %s "%S" '
    '%{transfer-status} "%{transfer-failure}" "%E"'
)

GUESSER = "127.0.9.9"
GUESS_USERS = [USER, "admin", "root", "test", "ftp", "backup", "oracle", "user", "www-data", "guest"]
GUESS_PASSWORDS = ["123456", "password", "admin", "letmein", "qwerty", "Reply-Test-41", "ftp", "changeme"]

OTHERS_LOG = "other-programs.syslog"  # in DIR: what came to /dev/log from programs other than Pure-FTPd
STOP = threading.Event()  # set on SIGINT or SIGTERM: sessions not yet started are skipped

PLANTS = ("login-failed", "tls-required", "not-found", "storage-full", "idle-timeout",
          "data-connection-blocked")


class Closed(Exception):
    """The server closed the control connection."""


class Negative(Exception):
    """A healthy step got a reply it should not have."""


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- client


def connect(address, source, timeout):
    """A TCP connection from `source` (an address in 127.0.0.0/8), port chosen at connect time."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        try:  # IP_BIND_ADDRESS_NO_PORT: the port is chosen by connect, per 4-tuple
            sock.setsockopt(socket.IPPROTO_IP, 24, 1)
        except OSError:
            pass
        sock.bind((source, 0))
        sock.settimeout(timeout)
        sock.connect(address)
        return sock
    except BaseException:
        sock.close()
        raise


class Client:
    def __init__(self, port, source, timeout=15.0):
        self.port = port
        self.source = source
        self.timeout = timeout
        self.sock = connect((HOST, port), source, timeout)
        self.file = self.sock.makefile("rb")
        self.tls = None  # the client context once AUTH TLS succeeded
        self.prot_p = False
        self.closed = False

    def reply(self, timeout=None):
        self.sock.settimeout(timeout or self.timeout)
        lines = []
        while True:
            try:
                raw = self.file.readline(8192)
            except (ConnectionResetError, ssl.SSLError) as error:
                self.closed = True
                raise Closed(str(error)) from None
            if not raw:
                self.closed = True
                raise Closed("closed" + (" after a partial reply" if lines else ""))
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            lines.append(line)
            if len(lines) == 1 and not re.match(r"^\d{3}-", line):
                break
            if len(lines) > 1 and re.match(r"^%s " % re.escape(lines[0][:3]), line):
                break
        head = lines[0]
        code = int(head[:3]) if head[:3].isdigit() else 0
        return code, "\n".join(lines)

    def send(self, line):
        try:
            self.sock.sendall(line.encode() + b"\r\n")
        except OSError as error:
            self.closed = True
            raise Closed(str(error)) from None

    def cmd(self, line, timeout=None):
        self.send(line)
        return self.reply(timeout)

    def expect(self, line, *classes):
        code, text = self.cmd(line)
        if code // 100 not in classes:
            shown = "PASS ***" if line.startswith("PASS ") else line
            raise Negative("%s -> %s" % (shown, text))
        return code, text

    def starttls(self, context):
        self.expect("AUTH TLS", 2)
        self.sock = context.wrap_socket(self.sock)
        self.file = self.sock.makefile("rb")
        self.tls = context

    def login(self, tls_context=None):
        self.banner()
        if tls_context is not None:
            self.starttls(tls_context)
        self.expect("USER " + USER, 3)
        self.expect("PASS " + PASSWORD, 2)
        if tls_context is not None:
            self.expect("PBSZ 0", 2)
            self.expect("PROT P", 2)
            self.prot_p = True

    def banner(self):
        code, text = self.reply()
        if code != 220:
            raise Negative("banner -> " + text)

    def passive(self, epsv):
        if epsv:
            _, text = self.expect("EPSV", 2)
            match = re.search(r"\(([^\d])\1\1(\d+)\1\)", text)
        else:
            _, text = self.expect("PASV", 2)
            match = re.search(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", text)
        if match is None:
            raise Negative("unreadable passive reply: " + text)
        if epsv:
            return int(match.group(2))
        return int(match.group(5)) * 256 + int(match.group(6))

    def transfer(self, line, epsv, upload=None):
        """A transfer over a passive data connection. Returns (first reply, final reply, data)."""
        port = self.passive(epsv)
        data = connect((HOST, port), self.source, self.timeout)
        received = b""
        try:
            first = self.cmd(line)
            if first[0] // 100 != 1:
                return first, None, received
            if self.prot_p:
                data = self.tls.wrap_socket(data, session=self.sock.session)
            if upload is not None:
                try:
                    data.sendall(upload)
                    if self.prot_p:
                        data.unwrap()
                except OSError:
                    pass  # the server gave up on the transfer: its reply says why
            else:
                chunks = []
                while True:
                    chunk = data.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                received = b"".join(chunks)
                if self.prot_p:
                    try:
                        data.unwrap()
                    except (OSError, ValueError):
                        pass
        finally:
            data.close()
        return first, self.reply(), received

    def quit(self):
        """QUIT if the connection is still open; a closed one is fine here."""
        if not self.closed:
            try:
                self.cmd("QUIT", timeout=5)
            except (Closed, OSError):
                pass
        self.close()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def client_tls_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


# ---------------------------------------------------------------- sessions


def healthy(server, spec, files):
    tls = client_tls_context() if spec.get("tls") else None
    client = Client(spec["port"], spec["client"])
    try:
        client.login(tls)
        if server.needs_cwd:
            client.expect("CWD " + files["root"], 2)
        client.expect("PWD", 2)
        client.expect("TYPE I", 2)
        rng = random.Random(spec["seed"])
        first, final, _ = client.transfer("LIST", rng.random() < 0.5)
        check_transfer("LIST", first, final)
        name = rng.choice(sorted(files["pub"]))
        first, final, data = client.transfer("RETR pub/" + name, rng.random() < 0.5)
        check_transfer("RETR", first, final)
        if len(data) != files["pub"][name]:
            raise Negative("RETR pub/%s: %d bytes, expected %d" % (name, len(data), files["pub"][name]))
        upload = rng.randbytes(rng.randint(512, 8192))
        target = "incoming/%s-%s-%d.bin" % (server.name, spec["client"], spec["index"])
        first, final, _ = client.transfer("STOR " + target, rng.random() < 0.5, upload)
        check_transfer("STOR", first, final)
        client.expect("QUIT", 2)
    finally:
        client.close()


def check_transfer(what, first, final):
    if first[0] // 100 != 1:
        raise Negative("%s -> %s" % (what, first[1]))
    if final is None or final[0] // 100 != 2:
        raise Negative("%s -> %s" % (what, final[1] if final else "no final reply"))


def negative_or_close(call):
    """Run `call`, returning the reply it got, or 'closed' when the server hung up first."""
    try:
        return call()
    except Closed as closed:
        return 0, "connection closed (%s)" % closed


def plant_login_failed(server, spec, files):
    rng = random.Random(spec["seed"])
    client = Client(spec["port"], spec["client"])
    users, replies = [], []
    try:
        client.banner()
        for _ in range(spec["tries"]):
            user = rng.choice(GUESS_USERS)
            try:
                code, text = client.cmd("USER " + user)
                if code == 331:
                    code, text = client.cmd("PASS " + rng.choice(GUESS_PASSWORDS), timeout=40)
            except Closed as closed:
                replies.append("connection closed (%s)" % closed)
                break
            replies.append(text)
            if code == 230:
                raise Negative("a guessed password was accepted: " + user)
            if code != 530:  # not a refused login (a timeout, too many tries): the guesser stops
                break
            users.append(user)
        client.quit()
    finally:
        client.close()
    spec["attempts"] = len(users)
    spec["users"] = users
    return replies[-1] if replies else "no reply", len(users) == spec["tries"]


def plant_tls_required(server, spec, files):
    client = Client(spec["port"], spec["client"])
    try:
        client.banner()
        code, text = negative_or_close(lambda: client.cmd("USER " + USER))
        if code == 331:
            code, text = negative_or_close(lambda: client.cmd("PASS " + PASSWORD))
        client.quit()
    finally:
        client.close()
    return text, code // 100 in (4, 5)


def plant_not_found(server, spec, files):
    rng = random.Random(spec["seed"])
    client = Client(spec["port"], spec["client"])
    try:
        client.login()
        if server.needs_cwd:
            client.expect("CWD " + files["root"], 2)
        client.expect("TYPE I", 2)
        name = "pub/%s-%d.bin" % (rng.choice(["report", "backup", "data", "photo"]), rng.randint(1, 999))
        first, final, _ = client.transfer("RETR " + name, rng.random() < 0.5)
        client.quit()
    finally:
        client.close()
    text = first[1] if final is None else final[1]
    return text, first[0] // 100 in (4, 5)


def plant_storage_full(server, spec, files):
    rng = random.Random(spec["seed"])
    client = Client(spec["port"], spec["client"])
    try:
        client.login()
        if server.needs_cwd:
            client.expect("CWD " + files["root"], 2)
        client.expect("TYPE I", 2)
        payload = rng.randbytes(300 * 1024)
        try:
            first, final, _ = client.transfer("STOR full/upload-%s.bin" % spec["client"], rng.random() < 0.5,
                                              payload)
        except Closed as closed:
            first, final = (0, "connection closed (%s)" % closed), None
        client.quit()
    finally:
        client.close()
    reply = first if final is None else final
    return reply[1], reply[0] // 100 in (4, 5)


def plant_idle_timeout(server, spec, files):
    client = Client(spec["port"], spec["client"])
    try:
        client.login()
        client.expect("PWD", 2)
        started = time.monotonic()
        code, text = negative_or_close(lambda: client.reply(timeout=server.idle + 20))
        waited = time.monotonic() - started
        if code:
            try:  # the server should close right after its reply
                client.reply(timeout=5)
            except (Closed, socket.timeout):
                pass
        client.close()
    finally:
        client.close()
    spec["idle_seconds"] = round(waited, 1)
    return text, code == 421 or (code == 0 and waited >= server.idle - 0.5)


def plant_data_blocked(server, spec, files):
    rng = random.Random(spec["seed"])
    client = Client(spec["port"], spec["client"])
    try:
        client.login()
        if server.needs_cwd:
            client.expect("CWD " + files["root"], 2)
        client.expect("PWD", 2)
        client.passive(rng.random() < 0.5)  # and never connect to the announced port
        started = time.monotonic()
        code, text = negative_or_close(lambda: client.cmd("LIST", timeout=server.accept + 20))
        if code // 100 == 1:  # should not happen: nothing connected
            code, text = negative_or_close(lambda: client.reply(timeout=server.accept + 20))
        waited = time.monotonic() - started
        spec["waited_seconds"] = round(waited, 1)
        client.quit()
    finally:
        client.close()
    # ProFTPD closes the session without a reply when TimeoutStalled expires.
    return text, code // 100 in (4, 5) or (code == 0 and waited >= server.accept - 0.5)


PLANTED = {
    "login-failed": plant_login_failed,
    "tls-required": plant_tls_required,
    "not-found": plant_not_found,
    "storage-full": plant_storage_full,
    "idle-timeout": plant_idle_timeout,
    "data-connection-blocked": plant_data_blocked,
}


def run_session(server, spec, files):
    """Returns an error text for the report, or None."""
    if STOP.is_set():
        return None
    started = time.time()
    try:
        if spec["planted"] is None:
            healthy(server, spec, files)
            return None
        observed, shown = PLANTED[spec["planted"]](server, spec, files)
        spec["observed"] = observed
        if not shown:
            return "%s %s: planted %s did not show: %s" % (server.name, spec["client"], spec["planted"], observed)
        return None
    except (Negative, Closed, OSError, ssl.SSLError) as error:
        kind = "healthy" if spec["planted"] is None else "planted " + spec["planted"]
        spec["error"] = "%s: %s" % (type(error).__name__, error)
        return "%s %s (%s%s): %s" % (server.name, spec["client"], kind, ", TLS" if spec.get("tls") else "", spec["error"])
    finally:
        spec["seconds"] = round(time.time() - started, 2)


# ---------------------------------------------------------------- servers


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def listening(port):
    wanted = ":%04X" % port
    try:
        with open("/proc/net/tcp") as table:
            for row in table.readlines()[1:]:
                fields = row.split()
                if fields[1].endswith(wanted) and fields[3] == "0A":
                    return True
    except OSError:
        pass
    return False


class Server:
    name = ""
    needs_cwd = False
    logs = {}  # file name in DIR/<server>/ -> format id (ftp_diagnose's server log Format::id)
    unplanted = {}  # plant -> why it is not planted here

    def __init__(self, out, scratch, files, cert, idle, accept, slow):
        self.dir = os.path.join(out, self.name)
        os.makedirs(self.dir, mode=0o755, exist_ok=True)
        os.chmod(self.dir, 0o755)
        self.scratch = os.path.join(scratch, self.name)
        os.makedirs(self.scratch, exist_ok=True)
        self.files = files
        self.cert = cert
        self.idle = idle
        self.accept = accept
        self.slow = slow
        self.ports = {"plain": free_port(), "tls": free_port()}
        self.processes = []
        self.notes = []
        self.unplanted = dict(type(self).unplanted)
        self.has_tls = cert is not None

    def spawn(self, argv, label):
        stderr = open(os.path.join(self.scratch, label + ".stderr"), "wb")
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr,
                                   start_new_session=True)
        self.processes.append((process, label, stderr))
        return process

    def wait_ready(self, ports, seconds=15):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for process, label, _ in self.processes:
                if process.poll() is not None:
                    raise RuntimeError("%s (%s) exited with %s: %s" % (self.name, label, process.returncode,
                                                                       self.stderr(label)))
            if all(listening(port) for port in ports):
                return
            time.sleep(0.05)
        raise RuntimeError("%s did not listen on %s within %d s" % (self.name, ports, seconds))

    def stderr(self, label):
        try:
            with open(os.path.join(self.scratch, label + ".stderr"), "rb") as f:
                return f.read()[-2000:].decode("utf-8", "replace").strip()
        except OSError:
            return ""

    def stop(self):
        """SIGTERM to each server's process group (its listener and, but for vsftpd's, which call
        setsid, its sessions), SIGKILL after 5 s; the group is signalled only while its leader is
        not yet reaped, so that its id cannot be another's."""
        for process, _, _ in self.processes:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    pass
        deadline = time.monotonic() + 5
        for process, _, stderr in self.processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                process.wait(5)
            stderr.close()

    def plants(self):
        available = [p for p in PLANTS if p not in self.unplanted]
        if not self.has_tls and "tls-required" in available:
            available.remove("tls-required")
        return available


class Vsftpd(Server):
    name = "vsftpd"
    logs = {"vsftpd.log": "vsftpd", "xferlog": "xferlog"}

    def config(self, port, tls):
        lines = [
            "listen=YES", "listen_ipv6=NO", "listen_address=" + HOST, "listen_port=%d" % port,
            "background=NO", "anonymous_enable=NO", "local_enable=YES", "write_enable=YES",
            "local_umask=022", "local_root=" + self.files["root"], "dirmessage_enable=NO",
            "pasv_enable=YES", "pasv_min_port=50000", "pasv_max_port=54999",
            "seccomp_sandbox=NO", "secure_chroot_dir=/var/run/vsftpd/empty",
            "pam_service_name=" + PAM_SERVICE, "userlist_enable=NO",
            "syslog_enable=NO", "xferlog_enable=YES", "dual_log_enable=YES", "log_ftp_protocol=YES",
            "xferlog_file=" + os.path.join(self.dir, "xferlog"),
            "vsftpd_log_file=" + os.path.join(self.dir, "vsftpd.log"),
            "max_clients=2000", "max_per_ip=1000", "max_login_fails=5",
            "delay_failed_login=0", "delay_successful_login=0",
            "idle_session_timeout=%d" % self.idle, "accept_timeout=%d" % self.accept,
            "data_connection_timeout=10", "connect_timeout=10",
        ]
        if tls:
            lines += [
                "ssl_enable=YES", "rsa_cert_file=" + self.cert[0], "rsa_private_key_file=" + self.cert[1],
                "force_local_logins_ssl=YES", "force_local_data_ssl=YES", "require_ssl_reuse=NO",
                "allow_anon_ssl=NO", "ssl_ciphers=HIGH",
            ]
        return "\n".join(lines) + "\n"

    def start(self):
        ready = [self.ports["plain"]]
        instances = [("plain", False)] + ([("tls", True)] if self.has_tls else [])
        for label, tls in instances:
            path = os.path.join(self.dir, "vsftpd-%s.conf" % label)
            with open(path, "w") as f:
                f.write(self.config(self.ports[label], tls))
            self.spawn([VSFTPD, path], label)
            if tls:
                ready.append(self.ports["tls"])
        self.wait_ready(ready)


class Proftpd(Server):
    name = "proftpd"
    logs = {"system.log": "syslog", "xferlog": "xferlog", "extended.log": "proftpd-extended"}

    def start(self):
        mod_tls = os.path.exists(os.path.join(PROFTPD_MODULES, "mod_tls.so"))
        if self.has_tls and not mod_tls:
            self.has_tls = False
            self.notes.append("ProFTPD: no mod_tls.so in %s (Debian package proftpd-mod-crypto): no TLS "
                              "virtual host, so no tls-required plant and no FTPS sessions" % PROFTPD_MODULES)
        d = self.dir
        config = [
            "ServerType standalone", 'ServerName "ftp-load ProFTPD"', "DefaultServer on",
            "Port %d" % self.ports["plain"], "DefaultAddress " + HOST, "UseIPv6 off",
            "User nobody", "Group nogroup",
            "PidFile %s/proftpd.pid" % self.scratch, "ScoreboardFile %s/proftpd.scoreboard" % self.scratch,
            "WtmpLog off", "UseReverseDNS off", "MaxInstances 2000",
            "SystemLog %s/system.log" % d, "SyslogLevel info",
            "LogFormat custom \"%s\"" % PROFTPD_LOG_FORMAT.replace('"', '\\"'),
            "<IfModule mod_delay.c>", "  DelayEngine off", "</IfModule>",
        ]
        if self.has_tls:
            config += ["<IfModule mod_dso.c>", "  ModulePath " + PROFTPD_MODULES, "  LoadModule mod_tls.c",
                       "</IfModule>"]
        config += [
            "<Global>",
            "  RequireValidShell off", "  AuthOrder mod_auth_unix.c", "  MaxLoginAttempts 3",
            "  PassivePorts 55000 59999", "  DefaultChdir " + self.files["root"], "  AllowOverwrite on",
            "  Umask 022",
            "  TimeoutIdle %d" % self.idle, "  TimeoutStalled %d" % self.accept,
            "  TimeoutNoTransfer 60", "  TimeoutLogin 30",
            "  TransferLog %s/xferlog" % d,
            "  ExtendedLog %s/extended.log ALL,CONNECT,EXIT custom" % d,
            "  <Limit ALL>", "    AllowAll", "  </Limit>",
            "</Global>",
        ]
        if self.has_tls:
            config += [
                "<VirtualHost %s>" % HOST, '  ServerName "ftp-load ProFTPD TLS"', "  Port %d" % self.ports["tls"],
                # A session reads SyslogLevel from its own server's config: without it, NOTICE.
                "  SyslogLevel info",
                "  TLSEngine on", "  TLSRequired on", "  TLSRSACertificateFile " + self.cert[0],
                "  TLSRSACertificateKeyFile " + self.cert[1], "  TLSOptions NoSessionReuseRequired",
                "  TLSProtocol TLSv1.2 TLSv1.3", "  TLSVerifyClient off",
                "</VirtualHost>",
            ]
        path = os.path.join(d, "proftpd.conf")
        with open(path, "w") as f:
            f.write("\n".join(config) + "\n")
        self.spawn([PROFTPD, "--nodaemon", "--quiet", "--config", path], "server")
        self.wait_ready([self.ports["plain"]] + ([self.ports["tls"]] if self.has_tls else []))


class PureFtpd(Server):
    name = "pure-ftpd"
    needs_cwd = True  # logins land in the account's home: sessions CWD to the served tree
    logs = {"syslog": "syslog", "xferlog": "xferlog"}

    def __init__(self, *args):
        super().__init__(*args)
        if not self.slow:
            why = ("Pure-FTPd's idle time (-I) is in minutes, 1 at least, and it also bounds the wait "
                   "for a passive data connection: skipped unless --slow-plants")
            self.unplanted = {"idle-timeout": why, "data-connection-blocked": why}
        else:
            self.idle = self.accept = 60
            self.notes.append("Pure-FTPd: -I 1 (--slow-plants): idle and passive-accept timeout 60 s")
        self.syslog = None

    def start(self):
        self.syslog = SyslogReceiver(os.path.join(self.dir, "syslog"),
                                     os.path.join(os.path.dirname(self.dir), OTHERS_LOG), self.scratch)
        self.syslog.start()
        common = ["-l", "unix", "-E", "-1", "-d", "-d", "-H", "-p", "60000:64999", "-c", "1000", "-C", "1000",
                  "-O", "xferlog:" + os.path.join(self.dir, "xferlog")]
        if self.slow:
            common += ["-I", "1"]
        instances = [("plain", [])]
        if self.has_tls:
            instances.append(("tls", ["-Y", "2", "-2", "%s,%s" % self.cert]))
        for label, extra in instances:
            argv = [PURE_FTPD, "-S", "%s,%d" % (HOST, self.ports[label])] + common + extra
            self.spawn(self.syslog.wrap(argv), label)
        self.wait_ready([self.ports[label] for label, _ in instances])
        with open(os.path.join(self.dir, "command-lines.txt"), "w") as f:
            for label, extra in instances:
                f.write("%s: pure-ftpd -S %s,%d %s\n" % (label, HOST, self.ports[label], " ".join(common + extra)))

    def stop(self):
        super().stop()
        if self.syslog is not None:
            self.syslog.stop()
            self.notes.extend(self.syslog.notes)


SYSLOG_HEADER = re.compile(rb"^<(\d{1,3})>([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) ?(.*)$", re.S)


class SyslogReceiver:
    """Receives syslog(3) datagrams on /dev/log and writes them as rsyslog's default file format."""

    def __init__(self, path, others_path, scratch):
        self.path = path
        self.others_path = others_path
        self.others_out = None
        self.socket_path = "/dev/log"
        self.created = False
        self.bind_mount = None  # when /dev/log exists: our socket, bind-mounted in a private namespace
        self.notes = []
        self.others = 0
        self.lines = 0
        self.stopping = threading.Event()
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
        if not os.path.exists("/dev/log") and not os.path.islink("/dev/log"):
            self.sock.bind("/dev/log")
            self.created = True
        else:
            if shutil.which("unshare") is None:
                raise RuntimeError("/dev/log exists and unshare(1) is missing: cannot capture Pure-FTPd's syslog")
            self.socket_path = os.path.join(scratch, "log.sock")
            self.sock.bind(self.socket_path)
            self.bind_mount = self.socket_path
            self.notes.append("Pure-FTPd: /dev/log existed, so Pure-FTPd ran in a private mount namespace "
                              "with the script's socket bound over /dev/log")
        os.chmod(self.socket_path, 0o666)
        self.sock.settimeout(0.2)
        self.out = open(path, "a", encoding="utf-8")
        self.thread = threading.Thread(target=self.run, daemon=True)

    def wrap(self, argv):
        if self.bind_mount is None:
            return argv
        script = 'mount --bind "$0" /dev/log && exec "$@"'
        return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, self.bind_mount] + argv

    def start(self):
        self.thread.start()

    def run(self):
        while True:
            try:
                datagram = self.sock.recv(65536)
            except socket.timeout:
                if self.stopping.is_set():
                    return
                continue
            except OSError:
                return
            self.write(datagram)

    def write(self, datagram):
        datagram = datagram.rstrip(b"\0\n")
        match = SYSLOG_HEADER.match(datagram)
        if match:
            stamp, rest = match.group(2).decode(), match.group(3)
        else:
            stamp = time.strftime("%b %d %H:%M:%S")
            rest = re.sub(rb"^<\d{1,3}>", b"", datagram)
        text = rest.decode("utf-8", "replace")
        text = "".join(c if c >= " " or c == "\t" else "#%03o" % ord(c) for c in text)
        line = "%s localhost %s\n" % (stamp, text)
        if rest.startswith(b"pure-ftpd"):
            self.out.write(line)
            self.lines += 1
        else:  # such as PAM's lines from vsftpd's logins
            if self.others_out is None:
                self.others_out = open(self.others_path, "a", encoding="utf-8")
            self.others_out.write(line)
            self.others += 1

    def stop(self):
        time.sleep(0.3)  # the last datagrams
        self.stopping.set()
        self.thread.join(5)
        self.out.close()
        if self.others_out is not None:
            self.others_out.close()
        self.sock.close()
        if self.created:
            try:
                os.unlink("/dev/log")
            except OSError:
                pass
        elif self.bind_mount:
            try:
                os.unlink(self.bind_mount)
            except OSError:
                pass
        if self.others:
            self.notes.append("%d syslog line(s) of other programs (such as PAM's for vsftpd's logins) came to "
                              "/dev/log while it was bound: kept in %s, not one of the servers' logs"
                              % (self.others, OTHERS_LOG))


SERVER_CLASSES = {"vsftpd": Vsftpd, "proftpd": Proftpd, "pure-ftpd": PureFtpd}


# ---------------------------------------------------------------- setup


def run(argv, **kwargs):
    return subprocess.run(argv, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def prepare_account():
    if subprocess.run(["id", USER], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
        run(["useradd", "-m", "-d", ACCOUNT_HOME, "-s", "/bin/bash", USER])
    run(["chpasswd"], input=("%s:%s\n" % (USER, PASSWORD)).encode())
    pam = "/etc/pam.d/" + PAM_SERVICE
    if not os.path.exists(pam):
        with open(pam, "w") as f:
            f.write("auth required pam_unix.so\naccount required pam_unix.so\nsession required pam_unix.so\n")
    os.makedirs("/var/run/vsftpd/empty", exist_ok=True)


def prepare_tree(scratch, seed, mounted):
    """The served tree: pub/ (files to download), incoming/ (uploads), full/ (a 64 KiB tmpfs)."""
    import pwd
    account = pwd.getpwnam(USER)
    root = os.path.join(scratch, "root")
    rng = random.Random("tree-%s" % seed)
    pub = {}
    for sub in ("pub", "incoming", "full"):
        os.makedirs(os.path.join(root, sub))
    with open(os.path.join(root, "pub", "readme.txt"), "w") as f:
        f.write("Files for the ftp-diagnose load generator.\n")
    pub["readme.txt"] = os.path.getsize(os.path.join(root, "pub", "readme.txt"))
    for size in (1024, 16384, 65536, 200000):
        name = "data-%d.bin" % size
        with open(os.path.join(root, "pub", name), "wb") as f:
            f.write(rng.randbytes(size))
        pub[name] = size
    os.chown(os.path.join(root, "incoming"), account.pw_uid, account.pw_gid)
    for path in (scratch, root):
        os.chmod(path, 0o755)
    full = os.path.join(root, "full")
    run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755,uid=%d,gid=%d" % (account.pw_uid, account.pw_gid),
         "tmpfs", full])
    mounted.append(full)
    return {"root": root, "pub": pub, "full": full}


def make_certificate(scratch):
    if shutil.which("openssl") is None:
        return None
    key, cert = os.path.join(scratch, "tls.key"), os.path.join(scratch, "tls.crt")
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
         "-days", "2", "-subj", "/CN=localhost"])
    os.chmod(key, 0o600)
    return cert, key


# ---------------------------------------------------------------- plan


class Addresses:
    """Client addresses: healthy ones shared, each planted session's its own (except the guesser's)."""

    def __init__(self):
        self.next = 0
        self.lock = threading.Lock()

    def unique(self):
        with self.lock:
            n = self.next
            self.next += 1
        return "127.0.%d.%d" % (10 + n // 250, 1 + n % 250)


def plan(server, count, rng, addresses):
    plants = server.plants()
    others = [p for p in plants if p != "login-failed"]
    planted_total = min(count, max(len(plants) + 1, round(count * 0.15)))
    guesses = max(2, planted_total // (len(plants) + 1)) if "login-failed" in plants else 0
    guesses = min(guesses, planted_total)
    kinds = ["login-failed"] * guesses
    i = 0
    while len(kinds) < planted_total and others:
        kinds.append(others[i % len(others)])
        i += 1
    specs = []
    for kind in kinds:
        spec = {"planted": kind, "instance": "plain", "port": server.ports["plain"]}
        if kind == "login-failed":
            spec["client"] = GUESSER
            # Pure-FTPd sleeps up to 3 s plus 3 s per failure before each 530: fewer tries there.
            spec["tries"] = rng.randint(1, 2) if server.name == "pure-ftpd" else rng.randint(1, 3)
        else:
            spec["client"] = addresses.unique()
        if kind == "tls-required":
            spec["instance"], spec["port"] = "tls", server.ports["tls"]
        specs.append(spec)
    healthy_total = count - len(specs)
    tls_healthy = max(1, healthy_total // 10) if server.has_tls and healthy_total >= 4 else 0
    for n in range(healthy_total):
        if n < tls_healthy:
            spec = {"planted": None, "instance": "tls", "port": server.ports["tls"], "tls": True,
                    "client": "127.0.2.%d" % rng.randint(1, 10)}
        else:
            spec = {"planted": None, "instance": "plain", "port": server.ports["plain"],
                    "client": "127.0.1.%d" % rng.randint(1, 20)}
        specs.append(spec)
    rng.shuffle(specs)
    for index, spec in enumerate(specs):
        spec["index"] = index
        spec["seed"] = rng.getrandbits(32)
    return specs


def drive(server, specs, concurrency, files):
    errors = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency,
                                               thread_name_prefix=server.name) as pool:
        for error in pool.map(lambda spec: run_session(server, spec, files), specs):
            if error:
                errors.append(error)
    return errors


def truth_entry(spec):
    entry = {"client": spec["client"], "planted": spec["planted"], "instance": spec["instance"]}
    if spec.get("tls"):
        entry["tls"] = True
    for key in ("attempts", "users", "observed", "idle_seconds", "waited_seconds", "seconds", "error"):
        if key in spec:
            entry[key] = spec[key]
    return entry


# ---------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="directory for the logs and truth.json")
    parser.add_argument("--sessions", type=int, default=40, help="sessions per server (default 40)")
    parser.add_argument("--concurrency", type=int, default=8, help="threads per server (default 8)")
    parser.add_argument("--servers", default=",".join(ALL_SERVERS), help="comma-separated: " + ",".join(ALL_SERVERS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--idle", type=int,
                        help="the servers' idle timeout in seconds (default 5, 15 above 8 threads: vsftpd's "
                             "timer runs through PAM's 2 s delay after a wrong password, ProFTPD's through "
                             "a login slowed by load)")
    parser.add_argument("--accept-timeout", type=int,
                        help="how long the servers wait for a passive data connection, in seconds "
                             "(default 2, 10 above 8 threads)")
    parser.add_argument("--slow-plants", action="store_true",
                        help="also plant idle-timeout and data-connection-blocked on Pure-FTPd (60 s each)")
    parser.add_argument("--keep-scratch", action="store_true", help="keep the served tree and stderr files")
    args = parser.parse_args()

    busy = args.concurrency > 8
    if args.idle is None:
        args.idle = 15 if busy else 5
    if args.accept_timeout is None:
        args.accept_timeout = 10 if busy else 2
    names = [n.strip() for n in args.servers.split(",") if n.strip()]
    unknown = [n for n in names if n not in SERVER_CLASSES]
    if unknown or not names:
        parser.error("unknown server(s): %s" % ", ".join(unknown or ["(none)"]))
    if os.geteuid() != 0:
        parser.error("run as root: it mounts a tmpfs, manages the test account and binds /dev/log")

    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for name in names:
        shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    for name in ("truth.json", OTHERS_LOG):
        if os.path.exists(os.path.join(out, name)):
            os.unlink(os.path.join(out, name))

    started = time.monotonic()
    scratch = tempfile.mkdtemp(prefix="load-scratch-", dir="/tmp")
    servers, files, failures, mounted = [], None, [], []
    rng = random.Random(args.seed)

    def on_signal(signum, _frame):
        STOP.set()
        raise KeyboardInterrupt("signal %d" % signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    notes = [
        "Healthy sessions come from 127.0.1.1-127.0.1.20 (plain) and 127.0.2.1-127.0.2.10 (FTPS on the "
        "TLS-requiring instance), shared among sessions; each planted session has an address of its own "
        "(127.0.10.1 up), except the password guesser, whose sessions all come from %s." % GUESSER,
        "Each server runs two instances, one plain and one requiring TLS before login (\"instance\"), "
        "writing the same log files.",
        "Server timeouts: idle %d s, passive data connection accept %d s (vsftpd idle_session_timeout and "
        "accept_timeout; ProFTPD TimeoutIdle and TimeoutStalled, which bounds the passive accept: ProFTPD "
        "closes the session without a reply when it expires)." % (args.idle, args.accept_timeout),
        "ProFTPD ExtendedLog classes ALL,CONNECT,EXIT with LogFormat custom \"%s\"." % PROFTPD_LOG_FORMAT,
        "Pure-FTPd runs with -1 -d -d (pid in the tag, commands and replies logged); its syslog datagrams "
        "are written in rsyslog's traditional file format with host localhost.",
        "storage-full uploads go to full/, one 64 KiB tmpfs shared by the servers: the first such upload "
        "fills it, the later ones fail at their first write.",
        "Sessions log in as one account; Pure-FTPd's land in the account's home, so its sessions CWD to "
        "the served tree first.",
    ]
    try:
        prepare_account()
        files = prepare_tree(scratch, args.seed, mounted)
        cert = make_certificate(scratch)
        if cert is None:
            notes.append("openssl missing: no TLS instances, no tls-required plant")
        addresses = Addresses()
        for name in names:
            server = SERVER_CLASSES[name](out, scratch, files, cert, args.idle, args.accept_timeout, args.slow_plants)
            servers.append(server)
        for server in servers:
            try:
                server.start()
            except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
                failures.append("%s failed to start: %s" % (server.name, error))
        if failures:
            raise SystemExit(1)
        plans = {server.name: plan(server, args.sessions, rng, addresses) for server in servers}
        log("servers up after %.1f s; %d sessions per server, %d threads each"
            % (time.monotonic() - started, args.sessions, args.concurrency))
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(servers)) as pool:
            results = {server.name: pool.submit(drive, server, plans[server.name], args.concurrency, files)
                       for server in servers}
            for name, result in results.items():
                failures.extend(result.result())
        time.sleep(0.5)  # let the session processes write their last lines
    finally:
        for server in servers:
            server.stop()
            notes.extend(server.notes)
        for path in mounted:
            if subprocess.run(["umount", path], stderr=subprocess.DEVNULL).returncode != 0:
                subprocess.run(["umount", "-l", path], stderr=subprocess.DEVNULL)
        if args.keep_scratch:
            log("scratch kept in " + scratch)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
        if failures:
            for failure in failures:
                log("FAILED: " + failure)

    truth = {"servers": {}, "notes": notes}
    for server in servers:
        for plant, why in server.unplanted.items():
            notes.append("%s: no %s plant: %s" % (server.name, plant, why))
        entry = {
            "logs": dict(server.logs),
            "ports": {k: v for k, v in server.ports.items() if k == "plain" or server.has_tls},
            "sessions": [truth_entry(spec) for spec in plans[server.name]],
        }
        if server.name == "proftpd":
            entry["log_formats"] = {"extended.log": PROFTPD_LOG_FORMAT}
        truth["servers"][server.name] = entry
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    for server in servers:  # the logs are created 0600 by some servers: make them readable
        for name in os.listdir(server.dir):
            os.chmod(os.path.join(server.dir, name), 0o644)
    if os.path.exists(os.path.join(out, OTHERS_LOG)):
        os.chmod(os.path.join(out, OTHERS_LOG), 0o644)

    for server in servers:
        specs = plans[server.name]
        counts = {}
        for spec in specs:
            counts[spec["planted"] or "healthy"] = counts.get(spec["planted"] or "healthy", 0) + 1
        log("%s: %s" % (server.name, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    log("%d sessions in %.1f s; logs and truth.json in %s"
        % (sum(len(p) for p in plans.values()), time.monotonic() - started, out))
    if failures:
        log("%d failure(s)" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt as interrupt:
        log("interrupted: %s" % interrupt)
        sys.exit(130)
