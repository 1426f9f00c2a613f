#!/usr/bin/env bash
# Made the logs in this folder: real clients against real servers, all on 127.0.0.x.
# Usage: make.sh setup | servers | stop | CLIENT...  (CLIENT: php busybox ncftp wget node
# aioftp go commons-net inetutils ftplib). Run as root on Debian 12; not run by CI.
set -uo pipefail
made="$(cd "$(dirname "$0")" && pwd)"
programs="$made/programs"
work=/tmp/made-work                  # configurations, certificates, pid files
servers=/tmp/ftp-reply-servers/root  # vsftpd, pure-ftpd and inetutils ftpd, unpacked (.ci/run)
home=/tmp/ftp-reply-home
user=ftpreply
pass=Reply-Test-42
vsftpd="$servers/usr/sbin/vsftpd"
pureftpd="$servers/usr/sbin/pure-ftpd"
ftpd="$servers/usr/sbin/ftpd"

# Ports: vsftpd 2301-2309, ProFTPD 2321-2324, Pure-FTPd 2331-2334, pyftpdlib 2341, 2342 and 2344,
# inetutils ftpd 2351, the SSH banner 2361, and 2399 where nothing listens.
closed=2399

setup() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq proftpd-core libwrap0 libcap2 libpam0g libpam-modules libssl3 libsodium23 libcrypt1 \
    php-cli busybox ncftp wget golang-go golang-github-jlaffaye-ftp-dev libcommons-net-java inetutils-ftp openssl > /dev/null
  rm -rf /tmp/ftp-reply-servers && mkdir -p /tmp/ftp-reply-servers
  (cd /tmp/ftp-reply-servers && apt-get download vsftpd pure-ftpd inetutils-ftpd > /dev/null 2>&1 && for deb in ./*.deb; do dpkg-deb -x "$deb" root; done)
  python3 -m pip install -q pyftpdlib==2.2.0 aioftp==0.28.3
  (mkdir -p "$work/node" && cd "$work/node" && npm install --silent --no-audit --no-fund ftp@0.3.10 > /dev/null)
  id $user > /dev/null 2>&1 || useradd -m -d $home -s /bin/bash $user
  echo "$user:$pass" | chpasswd
  printf 'auth required pam_unix.so\naccount required pam_unix.so\nsession required pam_unix.so\n' > /etc/pam.d/ftp-reply-vsftpd
  mkdir -p /var/run/vsftpd/empty "$work"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/tls.key" -out "$work/tls.crt" -days 30 -subj /CN=localhost 2> /dev/null
  cat "$work/tls.key" "$work/tls.crt" > "$work/tls.pem"
  # The files the sessions ask for: hello.txt everywhere, a read-only folder, a 300 KB upload.
  for d in "$home" "$home/vsftpd" "$home/proftpd" "$home/pyftpdlib"; do
    mkdir -p "$d" "$d/readonly" && echo "Hello from $d" > "$d/hello.txt"
    chown -R $user:$user "$d" && chown root:root "$d/readonly" && chmod 755 "$d/readonly"
  done
  head -c 300000 /dev/urandom > "$work/big.bin" && chmod 644 "$work/big.bin"
  head -c 300000 /dev/urandom > "$home/big.bin" && chown $user "$home/big.bin"
  # storage-full: a 64 KiB tmpfs as the folder the server puts uploads in.
  mkdir -p "$home/full"
  mountpoint -q "$home/full" || mount -t tmpfs -o size=64k,mode=0755 tmpfs "$home/full"
  chown $user:$user "$home/full"
}

started() { echo "$!" >> "$work/pids"; }

vsftpd_conf() { # NAME PORT EXTRA-LINES: a vsftpd configuration as in tests/real_servers.rs
  local name=$1 port=$2 extra=$3
  printf 'listen=YES\nlisten_ipv6=NO\nlisten_address=127.0.0.1\nlisten_port=%s\nbackground=NO\nanonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\nlocal_root=%s\npasv_enable=YES\npasv_min_port=%s\npasv_max_port=%s\nseccomp_sandbox=NO\nsecure_chroot_dir=/var/run/vsftpd/empty\npam_service_name=ftp-reply-vsftpd\nuserlist_enable=NO\nxferlog_enable=NO\nmax_login_fails=5\ndelay_failed_login=0\n%b' \
    "$port" "$home/vsftpd" "$((port * 20 + 0))" "$((port * 20 + 19))" "$extra" > "$work/vsftpd-$name.conf"
  "$vsftpd" "$work/vsftpd-$name.conf" > /dev/null 2>&1 & started
}

proftpd_conf() { # NAME PORT ROOT EXTRA-LINES
  local name=$1 port=$2 root=$3 extra=$4 dir="$work/proftpd-$1"
  mkdir -p "$dir"
  printf 'ServerType standalone\nDefaultServer on\nPort %s\nDefaultAddress 127.0.0.1\nSocketBindTight on\nUseIPv6 off\nUser nobody\nGroup nogroup\nPidFile %s/proftpd.pid\nScoreboardFile %s/proftpd.scoreboard\nDelayTable none\nWtmpLog off\nRequireValidShell off\nAuthOrder mod_auth_unix.c\nPassivePorts %s %s\nMaxInstances 10\nDefaultChdir %s\nAllowOverwrite on\n<Limit ALL>\n  AllowAll\n</Limit>\n%b' \
    "$port" "$dir" "$dir" "$((port * 20))" "$((port * 20 + 19))" "$root" "$extra" > "$dir/proftpd.conf"
  /usr/sbin/proftpd --nodaemon --config "$dir/proftpd.conf" > /dev/null 2>&1 & started
}

servers() {
  : > "$work/pids"
  vsftpd_conf plain 2301 ''
  vsftpd_conf readonly 2302 'write_enable=NO\n'
  vsftpd_conf tls-forced 2303 "ssl_enable=YES\nrsa_cert_file=$work/tls.crt\nrsa_private_key_file=$work/tls.key\nforce_local_logins_ssl=YES\nforce_local_data_ssl=YES\n"
  # require_ssl_reuse=YES is vsftpd's default; said here for the record.
  vsftpd_conf tls 2304 "ssl_enable=YES\nrsa_cert_file=$work/tls.crt\nrsa_private_key_file=$work/tls.key\nforce_local_logins_ssl=NO\nforce_local_data_ssl=NO\nrequire_ssl_reuse=YES\n"
  vsftpd_conf one-client 2305 'max_clients=1\n'
  vsftpd_conf idle 2306 'idle_session_timeout=2\n'
  vsftpd_conf pasv-address 2307 'pasv_address=127.0.0.3\npasv_addr_resolve=NO\n'
  vsftpd_conf full 2308 "local_root=$home/full\n"
  # vsftpd "in a container" on 127.0.0.2, announcing the host's 127.0.0.1, with only its
  # control port forwarded from 127.0.0.1:2309 (the passive range is not).
  vsftpd_conf nat 2309 'listen_address=127.0.0.2\npasv_address=127.0.0.1\npasv_addr_resolve=NO\n'
  python3 "$programs/helpers.py" forward 2309 127.0.0.2 2309 & started
  proftpd_conf plain 2321 "$home/proftpd" ''
  proftpd_conf idle 2322 "$home/proftpd" 'TimeoutIdle 2\n'
  proftpd_conf full 2323 "$home/full" ''
  proftpd_conf readonly 2324 "$home/proftpd" '<Limit WRITE STOR STOU APPE MKD>\n  DenyAll\n</Limit>\n'
  # Pure-FTPd logs its users into their home, /tmp/ftp-reply-home.
  "$pureftpd" -S 127.0.0.1,2331 -l unix -E -p 46620:46639 > /dev/null 2>&1 & started
  "$pureftpd" -S 127.0.0.1,2332 -l unix -E -p 46640:46659 -Y 2 -2 "$work/tls.pem" > /dev/null 2>&1 & started
  "$pureftpd" -S 127.0.0.1,2333 -l unix -E -p 46660:46679 -c 1 > /dev/null 2>&1 & started
  python3 "$programs/helpers.py" pyftpd 2341 "$home/pyftpdlib" --ports 46820-46839 > /dev/null 2>&1 & started
  python3 "$programs/helpers.py" pyftpd 2342 "$home/pyftpdlib" --ports 46840-46859 --masquerade 127.0.0.3 > /dev/null 2>&1 & started
  # Accepts PORT to an address other than the client's (permit_foreign_addresses), so that the
  # active-mode setup fails where a firewall would: at the connection to the address reported.
  python3 "$programs/helpers.py" pyftpd 2344 "$home/pyftpdlib" --ports 46880-46899 --foreign yes > /dev/null 2>&1 & started
  python3 "$programs/helpers.py" inetd 2351 "$ftpd" -a default > /dev/null 2>&1 & started
  python3 "$programs/helpers.py" ssh-banner 2361 & started
  sleep 2
  ss -ltnp | grep -E ':23[0-9][0-9] ' | sort
}

stop() {
  # Only the servers started here, each by its pid, checked to still be one of them.
  [ -f "$work/pids" ] && while read -r pid; do
    case "$(tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null)" in
      *vsftpd*made-work* | *proftpd* | *pure-ftpd* | *helpers.py*) kill "$pid" ;;
    esac
  done < "$work/pids"
  rm -f "$work/pids"
  mountpoint -q "$home/full" && umount "$home/full"
}

reset_full() { # empty the full disk before each storage-full log
  rm -rf "${home:?}/full/"* 2> /dev/null; true
}

versions_vsftpd="vsftpd 3.0.3"; versions_proftpd="ProFTPD 1.3.8"; versions_pure="Pure-FTPd 1.0.50"
versions_pyftpdlib="pyftpdlib 2.2.0"; versions_inetutils="GNU inetutils ftpd 2.4"

# run FILE CLIENT CAUSE SOURCE SETTLED COMMAND...: what the client printed, stdout and stderr
# together, in a terminal (a pty, so that the order and buffering are a
# terminal's; programs/pty-run.py, as script(1) lost the end of the output at times), as a user copies it: CR LF made LF, a line redrawn with CR left as last drawn, no
# terminal escapes, no trailing blanks.
# What the user types, if anything, comes from $typed (a shell snippet writing lines slowly).
typed=''
run() {
  local file=$1 client=$2 cause=$3 source=$4 settled=$5
  shift 5
  echo "--> $file: $*" >&2
  rm -rf "$work/dl" && mkdir -p "$work/dl" && cd "$work/dl" || return  # downloads land here
  if [ -n "$typed" ]; then
    bash -c "$typed" | timeout 130 python3 "$programs/pty-run.py" "$work/raw.log" "$@"
  else
    timeout 130 python3 "$programs/pty-run.py" "$work/raw.log" "$@" < /dev/null
  fi
  python3 -c 'import re, sys
data = open(sys.argv[1], "rb").read().replace(b"\r\n", b"\n")
data = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", data)  # bold and such do not survive a copy
lines = [l.rstrip(b"\r").split(b"\r")[-1].rstrip(b" ") for l in data.split(b"\n")]
open(sys.argv[2], "wb").write(b"\n".join(lines))' "$work/raw.log" "$made/$file"
  mkdir -p "$work/toml"
  printf '[[log]]\nfile = "%s"\nsource = "made here: %s"\nclient = "%s"\ncause = "%s"\nsettled = "%s"\n' \
    "$file" "$source" "$client" "$cause" "$settled" > "$work/toml/$file.toml"
  { for f in "$work"/toml/*.toml; do cat "$f"; echo; done; } | sed '$d' > "$made/sources.toml"
  cat "$made/$file" >&2
}

hold() { # PORT: a first session, logged in, kept open for 25 s (too-many-connections)
  python3 "$programs/helpers.py" hold "$1" $user $pass 25 > "$work/hold.out" 2>&1 &
  held=$!
  sleep 1
}
release() { kill "$held" 2> /dev/null; wait "$held" 2> /dev/null; sleep 1; }

php_v="PHP $(php -r 'echo PHP_VERSION;') ftp extension"
client_php() {
  cd "$work" || return
  local php="php $programs/upload.php"
  run php-vsftpd-wrong-password.log "$php_v" login-failed "$php_v against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." $php 127.0.0.1 2301 $user Wrong-Password get hello.txt
  run php-proftpd-not-found.log "$php_v" not-found "$php_v against $versions_proftpd on 127.0.0.1" \
    "The setup: the script downloads missing.txt, which does not exist on the server." $php 127.0.0.1 2321 $user $pass get missing.txt
  run php-pure-ftpd-tls-required.log "$php_v" tls-required "$php_v against $versions_pure (-Y 2) on 127.0.0.1" \
    "The setup: Pure-FTPd runs with -Y 2 (TLS required) and the script connects with ftp_connect, without TLS." $php 127.0.0.1 2332 $user $pass get hello.txt
  reset_full
  run php-vsftpd-storage-full.log "$php_v" storage-full "$php_v against $versions_vsftpd on 127.0.0.1" \
    "The setup: vsftpd's local_root is a 64 KiB tmpfs and the script uploads a 300 KB file." $php 127.0.0.1 2308 $user $pass put "$work/big.bin" big.bin
  run php-pyftpdlib-passive-address.log "$php_v" passive-address "$php_v against $versions_pyftpdlib on 127.0.0.1" \
    "The setup: pyftpdlib announces masquerade_address 127.0.0.3 in its PASV reply, where nothing listens, and PHP connects there." $php 127.0.0.1 2342 $user $pass get hello.txt
  # Not kept: php-vsftpd-too-many-connections.log (max_clients=1, a session held open):
  # ftp_connect returns false without a warning on the 421 greeting, so all there was to see
  # was the script's own "Could not connect to 127.0.0.1:2305".
  # Not kept: php-connection-refused.log: ftp_connect returns false without a warning; only the script's own
  # "Could not connect to 127.0.0.1:2399" was printed.
  # Not kept: php-proftpd-idle-timeout.log: ftp_nlist fails without a warning after the 421; only the script's own
  # "Could not list the directory" was printed.
  # Not kept: ftp_mlsd against vsftpd (no MLSD) fails without a warning; the script's own
  # "Could not list ." was all there was to see.
  # PHP resumes the TLS session on the data connection, so require_ssl_reuse=YES lets the
  # download through; what goes wrong is the end: vsftpd closes without a TLS close_notify.
  run php-vsftpd-tls-close.log "$php_v" tls-close "$php_v against $versions_vsftpd (ssl_enable, require_ssl_reuse=YES) on 127.0.0.1" \
    "The setup: vsftpd with TLS; the script connects with ftp_ssl_connect and the download works, then ftp_close warns because vsftpd closed the control connection without a TLS close_notify." $php 127.0.0.1 2304 $user $pass get hello.txt ssl
}

bb_v="BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)"
client_busybox() {
  cd "$work" || return
  run busybox-ftpget-vsftpd-wrong-password.log "$bb_v ftpget -v" login-failed "$bb_v ftpget -v against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." busybox ftpget -v -u $user -p Wrong-Password -P 2301 127.0.0.1 hello.txt hello.txt
  run busybox-ftpput-vsftpd-permission-denied.log "$bb_v ftpput -v" permission-denied "$bb_v ftpput -v against $versions_vsftpd (write_enable=NO) on 127.0.0.1" \
    "The setup: vsftpd runs with write_enable=NO and ftpput uploads a file." busybox ftpput -v -u $user -p $pass -P 2302 127.0.0.1 big.bin "$work/big.bin"
  run busybox-ftpget-proftpd-not-found.log "$bb_v ftpget -v" not-found "$bb_v ftpget -v against $versions_proftpd on 127.0.0.1" \
    "The setup: ftpget downloads missing.txt, which does not exist on the server." busybox ftpget -v -u $user -p $pass -P 2321 127.0.0.1 missing.txt missing.txt
  run busybox-wget-pure-ftpd-tls-required.log "$bb_v wget" tls-required "$bb_v wget against $versions_pure (-Y 2) on 127.0.0.1" \
    "The setup: Pure-FTPd runs with -Y 2 (TLS required) and BusyBox wget, which has no FTP over TLS, logs in without it." busybox wget "ftp://$user:$pass@127.0.0.1:2332/hello.txt"
  reset_full
  run busybox-ftpput-proftpd-storage-full.log "$bb_v ftpput -v" storage-full "$bb_v ftpput -v against $versions_proftpd on 127.0.0.1" \
    "The setup: ProFTPD's DefaultChdir is a 64 KiB tmpfs and ftpput uploads a 300 KB file." busybox ftpput -v -u $user -p $pass -P 2323 127.0.0.1 big.bin "$work/big.bin"
  # Not kept: busybox-ftpget-sftp-not-ftp.log: ftpget skips the banner line silently and printed only
  # "ftpget: unexpected server response: EOF" when the listener closed after 10 s.
  run busybox-wget-connection-refused.log "$bb_v wget" connection-refused "$bb_v wget against a closed port on 127.0.0.1" \
    "The setup: nothing listens on the port wget connects to." busybox wget "ftp://$user:$pass@127.0.0.1:$closed/hello.txt"
  run busybox-ftpget-vsftpd-data-connection-blocked.log "$bb_v ftpget -v" data-connection-blocked "$bb_v ftpget -v against $versions_vsftpd on 127.0.0.2 behind a forwarded control port on 127.0.0.1" \
    "The setup: vsftpd listens on 127.0.0.2 and only its control port is forwarded from 127.0.0.1, not its passive ports (as a Docker container publishing port 21 only), so the data connection to 127.0.0.1 is refused." busybox ftpget -v -u $user -p $pass -P 2309 127.0.0.1 hello.txt hello.txt
  run busybox-wget-inetutils-ftpd-not-found.log "$bb_v wget" not-found "$bb_v wget against $versions_inetutils on 127.0.0.1" \
    "The setup: wget downloads missing.txt, which does not exist on the server." busybox wget "ftp://$user:$pass@127.0.0.1:2351/missing.txt"
}

ncftp_v="NcFTP 3.2.6 (LibNcFTP 3.2.6)"
client_ncftp() {
  run ncftpget-pure-ftpd-wrong-password.log "ncftpget 3.2.6 -d stdout" login-failed "ncftpget 3.2.6 -d stdout against $versions_pure on 127.0.0.1" \
    "The setup: the account's password was given wrong." ncftpget -d stdout -u $user -p Wrong-Password -P 2331 127.0.0.1 . hello.txt
  run ncftpput-vsftpd-permission-denied.log "ncftpput 3.2.6 -d stdout" permission-denied "ncftpput 3.2.6 -d stdout against $versions_vsftpd (write_enable=NO) on 127.0.0.1" \
    "The setup: vsftpd runs with write_enable=NO and ncftpput uploads a file." ncftpput -d stdout -u $user -p $pass -P 2302 127.0.0.1 . "$work/big.bin"
  typed='sleep 1; echo debug; sleep 0.5; echo "open -u ftpreply -p Reply-Test-42 -P 2322 127.0.0.1"; sleep 5; echo ls; sleep 2; echo quit'
  run ncftp-proftpd-idle-timeout.log "ncftp 3.2.6 (debug)" idle-timeout "ncftp 3.2.6 interactive, debug on, against $versions_proftpd (TimeoutIdle 2) on 127.0.0.1" \
    "The setup: ProFTPD closes sessions idle for 2 seconds (TimeoutIdle 2); in ncftp the user types debug, opens the server, waits 4 seconds and types ls." ncftp
  typed=''
  run ncftpget-vsftpd-passive-address.log "ncftpget 3.2.6 -d stdout" passive-address "ncftpget 3.2.6 -d stdout against $versions_vsftpd (pasv_address=127.0.0.3) on 127.0.0.1" \
    "The setup: vsftpd announces pasv_address=127.0.0.3 in its PASV reply, where nothing listens." ncftpget -d stdout -u $user -p $pass -P 2307 127.0.0.1 . hello.txt
  run ncftpget-inetutils-ftpd-not-found.log "ncftpget 3.2.6 -d stdout" not-found "ncftpget 3.2.6 -d stdout against $versions_inetutils on 127.0.0.1" \
    "The setup: ncftpget downloads missing.txt, which does not exist on the server." ncftpget -d stdout -u $user -p $pass -P 2351 127.0.0.1 . missing.txt
  run ncftpget-vsftpd-tls-required.log "ncftpget 3.2.6 -d stdout" tls-required "ncftpget 3.2.6 -d stdout against $versions_vsftpd (force_local_logins_ssl=YES) on 127.0.0.1" \
    "The setup: vsftpd requires TLS for logins (ssl_enable=YES, force_local_logins_ssl=YES) and ncftpget, which has no TLS, logs in without it." ncftpget -d stdout -u $user -p $pass -P 2303 127.0.0.1 . hello.txt
  reset_full
  run ncftpput-pure-ftpd-storage-full.log "ncftpput 3.2.6 -d stdout" storage-full "ncftpput 3.2.6 -d stdout against $versions_pure on 127.0.0.1" \
    "The setup: the folder uploaded to (full, under the user's home) is a 64 KiB tmpfs and ncftpput uploads a 300 KB file." ncftpput -d stdout -u $user -p $pass -P 2331 127.0.0.1 full "$work/big.bin"
  run ncftpget-sftp-not-ftp.log "ncftpget 3.2.6 -d stdout" sftp-not-ftp "ncftpget 3.2.6 -d stdout against an SSH banner on 127.0.0.1" \
    "The setup: the port answers with an SSH server's banner (SSH-2.0-OpenSSH_9.2p1 Debian-2), as port 22 does." ncftpget -d stdout -u $user -p $pass -P 2361 127.0.0.1 . hello.txt
}

wget_v="GNU Wget 1.21.3"
client_wget() {
  run wget-vsftpd-wrong-password.log "$wget_v -d" login-failed "wget -d 1.21.3 against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." wget -d "ftp://$user:Wrong-Password@127.0.0.1:2301/hello.txt"
  run wget-proftpd-not-found.log "$wget_v -d" not-found "wget -d 1.21.3 against $versions_proftpd on 127.0.0.1" \
    "The setup: wget downloads missing.txt, which does not exist on the server." wget -d "ftp://$user:$pass@127.0.0.1:2321/missing.txt"
  run wget-vsftpd-self-signed.log "$wget_v -d" tls-handshake "wget -d 1.21.3 (ftps://, explicit TLS) against $versions_vsftpd (ssl_enable=YES, a self-signed certificate) on 127.0.0.1" \
    "The setup: vsftpd offers TLS with a throwaway self-signed certificate, which wget does not trust." wget -d "ftps://$user:$pass@127.0.0.1:2304/hello.txt"
  run wget-pyftpdlib-tls-unavailable.log "$wget_v -d" tls-unavailable "wget -d 1.21.3 (ftps://, explicit TLS) against $versions_pyftpdlib (no TLS) on 127.0.0.1" \
    "The setup: wget asks for FTP over TLS (ftps://) and the server has no TLS." wget -d "ftps://$user:$pass@127.0.0.1:2341/hello.txt"
  run wget-vsftpd-passive-address.log "$wget_v -d" passive-address "wget -d 1.21.3 against $versions_vsftpd (pasv_address=127.0.0.3) on 127.0.0.1" \
    "The setup: vsftpd announces pasv_address=127.0.0.3 in its PASV reply, where nothing listens." wget -d -t 2 "ftp://$user:$pass@127.0.0.1:2307/hello.txt"
  run wget-pure-ftpd-tls-required.log "$wget_v -d" tls-required "wget -d 1.21.3 against $versions_pure (-Y 2) on 127.0.0.1" \
    "The setup: Pure-FTPd runs with -Y 2 (TLS required) and wget uses ftp://, without TLS; wget runs with -t 2." wget -d -t 2 "ftp://$user:$pass@127.0.0.1:2332/hello.txt"
  # Not kept: wget --no-check-certificate ftps:// against 2304 (require_ssl_reuse=YES): wget
  # resumes the TLS session on the data connection, and the download worked.
  run wget-sftp-not-ftp.log "$wget_v -d" sftp-not-ftp "wget -d 1.21.3 against an SSH banner on 127.0.0.1" \
    "The setup: the port answers with an SSH server's banner (SSH-2.0-OpenSSH_9.2p1 Debian-2), as port 22 does." wget -d -t 2 "ftp://$user:$pass@127.0.0.1:2361/hello.txt"
  hold 2305
  run wget-vsftpd-too-many-connections.log "$wget_v -d" too-many-connections "wget -d 1.21.3 against $versions_vsftpd (max_clients=1) on 127.0.0.1" \
    "The setup: vsftpd allows one client (max_clients=1) and another session is already logged in; wget runs with -t 2." wget -d -t 2 "ftp://$user:$pass@127.0.0.1:2305/hello.txt"
  release
}

node_v="node-ftp 0.3.10 (npm ftp) on Node.js $(node --version)"
client_node() {
  export NODE_PATH="$work/node/node_modules"
  local js="node $programs/node-ftp.js"
  run node-ftp-vsftpd-wrong-password.log "$node_v" login-failed "$node_v, debug: console.log, against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." $js 127.0.0.1 2301 $user Wrong-Password get hello.txt
  run node-ftp-proftpd-not-found.log "$node_v" not-found "$node_v, debug: console.log, against $versions_proftpd on 127.0.0.1" \
    "The setup: the program downloads missing.txt, which does not exist on the server." $js 127.0.0.1 2321 $user $pass get missing.txt
  run node-ftp-vsftpd-self-signed.log "$node_v" tls-handshake "$node_v, debug: console.log, secure: true, against $versions_vsftpd (ssl_enable=YES, a self-signed certificate) on 127.0.0.1" \
    "The setup: vsftpd offers TLS with a throwaway self-signed certificate, which Node does not trust." $js 127.0.0.1 2304 $user $pass get hello.txt secure
  # Not kept: secure with rejectUnauthorized: false (secure-insecure) against 2304
  # (require_ssl_reuse=YES): node-ftp passes the control connection's session, and the
  # download worked.
  run node-ftp-vsftpd-data-connection-blocked.log "$node_v" data-connection-blocked "$node_v, debug: console.log, against $versions_vsftpd on 127.0.0.2 behind a forwarded control port on 127.0.0.1" \
    "The setup: vsftpd listens on 127.0.0.2 and only its control port is forwarded from 127.0.0.1, not its passive ports (as a Docker container publishing port 21 only), so the data connection to 127.0.0.1 is refused." $js 127.0.0.1 2309 $user $pass get hello.txt
  run node-ftp-pure-ftpd-tls-required.log "$node_v" tls-required "$node_v, debug: console.log, against $versions_pure (-Y 2) on 127.0.0.1" \
    "The setup: Pure-FTPd runs with -Y 2 (TLS required) and the program connects without secure." $js 127.0.0.1 2332 $user $pass get hello.txt
  run node-ftp-vsftpd-idle-timeout.log "$node_v" idle-timeout "$node_v, debug: console.log, against $versions_vsftpd (idle_session_timeout=2) on 127.0.0.1" \
    "The setup: vsftpd closes sessions idle for 2 seconds (idle_session_timeout=2) and the program waits 4 seconds before listing." $js 127.0.0.1 2306 $user $pass idle 4
  run node-ftp-pyftpdlib-tls-unavailable.log "$node_v" tls-unavailable "$node_v, debug: console.log, secure: true, against $versions_pyftpdlib (no TLS) on 127.0.0.1" \
    "The setup: the program asks for FTP over TLS (secure: true) and the server has no TLS." $js 127.0.0.1 2341 $user $pass get hello.txt secure
  run node-ftp-connection-refused.log "$node_v" connection-refused "$node_v, debug: console.log, against a closed port on 127.0.0.1" \
    "The setup: nothing listens on the port the program connects to." $js 127.0.0.1 $closed $user $pass get hello.txt
  run node-ftp-inetutils-ftpd-permission-denied.log "$node_v" permission-denied "$node_v, debug: console.log, against $versions_inetutils on 127.0.0.1" \
    "The setup: the program uploads into readonly/, a folder owned by root that the account may not write to." $js 127.0.0.1 2351 $user $pass put "$work/big.bin" readonly/big.bin
}

aioftp_v="aioftp 0.28.3 on Python 3.11.7"
client_aioftp() {
  local py="python3 $programs/aioftp_client.py"
  local src="$aioftp_v, logging at DEBUG,"
  run aioftp-vsftpd-wrong-password.log "$aioftp_v" login-failed "$src against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." $py 127.0.0.1 2301 $user Wrong-Password get hello.txt
  run aioftp-proftpd-not-found.log "$aioftp_v" not-found "$src against $versions_proftpd on 127.0.0.1" \
    "The setup: the program downloads missing.txt, which does not exist on the server." $py 127.0.0.1 2321 $user $pass get missing.txt
  run aioftp-vsftpd-mlsd-unsupported.log "$aioftp_v" command-unsupported "$src against $versions_vsftpd on 127.0.0.1" \
    "The setup: the program lists with raw_command=\\\"MLSD\\\" (it wants the MLSD facts) and vsftpd has no MLSD." $py 127.0.0.1 2301 $user $pass mlsd .
  run aioftp-inetutils-ftpd-mlsd-unsupported.log "$aioftp_v" command-unsupported "$src against $versions_inetutils on 127.0.0.1" \
    "The setup: the program lists with raw_command=\\\"MLSD\\\" (it wants the MLSD facts) and GNU inetutils ftpd has no MLSD." $py 127.0.0.1 2351 $user $pass mlsd .
  reset_full
  run aioftp-pure-ftpd-storage-full.log "$aioftp_v" storage-full "$src against $versions_pure on 127.0.0.1" \
    "The setup: the folder uploaded to (full, under the user's home) is a 64 KiB tmpfs and the program uploads a 300 KB file." $py 127.0.0.1 2331 $user $pass put "$work/big.bin" full/big.bin
  run aioftp-sftp-not-ftp.log "$aioftp_v" sftp-not-ftp "$src against an SSH banner on 127.0.0.1" \
    "The setup: the port answers with an SSH server's banner (SSH-2.0-OpenSSH_9.2p1 Debian-2), as port 22 does." $py 127.0.0.1 2361 $user $pass get hello.txt
  hold 2333
  run aioftp-pure-ftpd-too-many-connections.log "$aioftp_v" too-many-connections "$src against $versions_pure (-c 1) on 127.0.0.1" \
    "The setup: Pure-FTPd allows one client (-c 1) and another session is already logged in." $py 127.0.0.1 2333 $user $pass get hello.txt
  release
  run aioftp-vsftpd-data-connection-blocked.log "$aioftp_v" data-connection-blocked "$src against $versions_vsftpd on 127.0.0.2 behind a forwarded control port on 127.0.0.1" \
    "The setup: vsftpd listens on 127.0.0.2 and only its control port is forwarded from 127.0.0.1, not its passive ports (as a Docker container publishing port 21 only), so the data connection to 127.0.0.1 is refused." $py 127.0.0.1 2309 $user $pass get hello.txt
  run aioftp-proftpd-idle-timeout.log "$aioftp_v" idle-timeout "$src against $versions_proftpd (TimeoutIdle 2) on 127.0.0.1" \
    "The setup: ProFTPD closes sessions idle for 2 seconds (TimeoutIdle 2) and the program waits 4 seconds before listing." $py 127.0.0.1 2322 $user $pass idle 4
}

go_v="github.com/jlaffaye/ftp 0.0~git20220829.b85cf1e (Debian) with Go 1.19.8"
client_go() {
  (cd "$programs/goftp" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$work/gocache" go build -o "$work/goftp" .)
  local go="$work/goftp" src="$go_v, DialWithDebugOutput(os.Stdout),"
  run go-ftp-vsftpd-wrong-password.log "$go_v" login-failed "$src against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." $go 127.0.0.1:2301 $user Wrong-Password get hello.txt
  # Not kept: with -tls -insecure against vsftpd's TLS port, this jlaffaye/ftp does the data
  # connection's TLS handshake right after connecting, before RETR, while vsftpd waits for the
  # command: both wait until the 10 s timeout ("context deadline exceeded"), which is not the
  # session-reuse refusal the setup was for.
  run go-ftp-vsftpd-self-signed.log "$go_v" tls-handshake "$src DialWithExplicitTLS, against $versions_vsftpd (ssl_enable=YES, a self-signed certificate) on 127.0.0.1" \
    "The setup: vsftpd offers TLS with a throwaway self-signed certificate, which Go does not trust." $go -tls 127.0.0.1:2304 $user $pass get hello.txt
  run go-ftp-pure-ftpd-tls-unavailable.log "$go_v" tls-unavailable "$src DialWithExplicitTLS, against $versions_pure (TLS not enabled, no -Y) on 127.0.0.1" \
    "The setup: the program asks for FTP over TLS and Pure-FTPd runs without TLS." $go -tls 127.0.0.1:2331 $user $pass get hello.txt
  run go-ftp-inetutils-ftpd-not-found.log "$go_v" not-found "$src against $versions_inetutils on 127.0.0.1" \
    "The setup: the program downloads missing.txt, which does not exist on the server." $go 127.0.0.1:2351 $user $pass get missing.txt
  run go-ftp-vsftpd-passive-address.log "$go_v" passive-address "$src DialWithDisabledEPSV(true), against $versions_vsftpd (pasv_address=127.0.0.3) on 127.0.0.1" \
    "The setup: vsftpd announces pasv_address=127.0.0.3 in its PASV reply, where nothing listens; the program uses PASV (EPSV disabled)." $go -noepsv 127.0.0.1:2307 $user $pass get hello.txt
  run go-ftp-proftpd-permission-denied.log "$go_v" permission-denied "$src against $versions_proftpd (<Limit WRITE> DenyAll) on 127.0.0.1" \
    "The setup: ProFTPD denies writing (<Limit WRITE STOR STOU APPE MKD> DenyAll) and the program uploads a file." $go 127.0.0.1:2324 $user $pass put "$work/big.bin" big.bin
  run go-ftp-connection-refused.log "$go_v" connection-refused "$go_v against a closed port on 127.0.0.1" \
    "The setup: nothing listens on the port the program connects to." $go 127.0.0.1:$closed $user $pass get hello.txt
  run go-ftp-proftpd-idle-timeout.log "$go_v" idle-timeout "$src against $versions_proftpd (TimeoutIdle 2) on 127.0.0.1" \
    "The setup: ProFTPD closes sessions idle for 2 seconds (TimeoutIdle 2) and the program waits 4 seconds after logging in." $go -idle 4 127.0.0.1:2322 $user $pass get hello.txt
}

java_v="Apache Commons Net 3.9.0 (Debian) on OpenJDK 17.0.15"
client_commons_net() {
  mkdir -p "$work/java" && javac -cp /usr/share/java/commons-net.jar -d "$work/java" "$programs/FtpTransfer.java"
  local java="java -cp /usr/share/java/commons-net.jar:$work/java FtpTransfer" src="$java_v, PrintCommandListener on System.out,"
  run commons-net-vsftpd-wrong-password.log "$java_v" login-failed "$src against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." $java 127.0.0.1 2301 $user Wrong-Password get hello.txt
  run commons-net-vsftpd-tls-session-reuse.log "$java_v" tls-session-reuse "$src FTPSClient (explicit, PROT P), against $versions_vsftpd (ssl_enable=YES, require_ssl_reuse=YES) on 127.0.0.1" \
    "The setup: vsftpd with TLS and require_ssl_reuse=YES (its default); FTPSClient does not resume the control connection's TLS session on the data connection." $java -tls 127.0.0.1 2304 $user $pass get hello.txt
  run commons-net-proftpd-not-found.log "$java_v" not-found "$src against $versions_proftpd on 127.0.0.1" \
    "The setup: the program downloads missing.txt, which does not exist on the server." $java 127.0.0.1 2321 $user $pass get missing.txt
  # Not kept: commons-net-vsftpd-passive-address (pasv_address=127.0.0.3): Commons Net 3.9's
  # default NAT workaround connected to the control connection's address instead, and the
  # download worked.
  run commons-net-vsftpd-idle-timeout.log "$java_v" idle-timeout "$src against $versions_vsftpd (idle_session_timeout=2) on 127.0.0.1" \
    "The setup: vsftpd closes sessions idle for 2 seconds (idle_session_timeout=2) and the program waits 4 seconds before downloading." $java -idle 4 127.0.0.1 2306 $user $pass get hello.txt
  run commons-net-pyftpdlib-active-data-connection-blocked.log "$java_v" data-connection-blocked "$src active mode, against $versions_pyftpdlib (permit_foreign_addresses) on 127.0.0.1" \
    "The setup: active mode, the program reports 127.0.0.3 in PORT (setReportActiveExternalIPAddress, as a client behind NAT reports its outside address) while nothing listens there, so the server's data connection is refused." $java -active 127.0.0.3 127.0.0.1 2344 $user $pass get hello.txt
  run commons-net-pure-ftpd-tls-required.log "$java_v" tls-required "$src FTPClient (no TLS), against $versions_pure (-Y 2) on 127.0.0.1" \
    "The setup: Pure-FTPd runs with -Y 2 (TLS required) and the program uses FTPClient, without TLS." $java 127.0.0.1 2332 $user $pass get hello.txt
  hold 2305
  run commons-net-vsftpd-too-many-connections.log "$java_v" too-many-connections "$src against $versions_vsftpd (max_clients=1) on 127.0.0.1" \
    "The setup: vsftpd allows one client (max_clients=1) and another session is already logged in." $java 127.0.0.1 2305 $user $pass get hello.txt
  release
  reset_full
  run commons-net-proftpd-storage-full.log "$java_v" storage-full "$src against $versions_proftpd on 127.0.0.1" \
    "The setup: ProFTPD's DefaultChdir is a 64 KiB tmpfs and the program uploads a 300 KB file." $java 127.0.0.1 2323 $user $pass put "$work/big.bin" big.bin
  run commons-net-vsftpd-mlsd-unsupported.log "$java_v" command-unsupported "$src against $versions_vsftpd on 127.0.0.1" \
    "The setup: the program lists with mlistDir (MLSD) and vsftpd has no MLSD." $java 127.0.0.1 2301 $user $pass mlsd .
  run commons-net-inetutils-ftpd-mlsd-unsupported.log "$java_v" command-unsupported "$src against $versions_inetutils on 127.0.0.1" \
    "The setup: the program lists with mlistDir (MLSD) and GNU inetutils ftpd has no MLSD." $java 127.0.0.1 2351 $user $pass mlsd .
}

# typing NAME PASSWORD WAIT COMMAND...: what a user types at an interactive client's prompts:
# the name, the password, then each command, a moment apart (WAIT seconds before the first).
typing() {
  local name=$1 password=$2 wait=$3
  shift 3
  typed="sleep 1; echo '$name'; sleep 0.5; echo '$password'; sleep $wait"
  for command in "$@"; do typed+="; echo '$command'; sleep 1.5"; done
}

ftp_v="GNU inetutils ftp 2.4"
client_inetutils() {
  local src="$ftp_v, ftp -d -p (debug, passive), typed at its prompts,"
  typing $user Wrong-Password 4 'bye'  # PAM takes two seconds to refuse
  run inetutils-ftp-vsftpd-wrong-password.log "$ftp_v -d" login-failed "$src against $versions_vsftpd on 127.0.0.1" \
    "The setup: the account's password was given wrong." ftp -d -p 127.0.0.1 2301
  typing $user $pass 1 'get missing.txt' 'bye'
  run inetutils-ftp-proftpd-not-found.log "$ftp_v -d" not-found "$src against $versions_proftpd on 127.0.0.1" \
    "The setup: the user downloads missing.txt, which does not exist on the server." ftp -d -p 127.0.0.1 2321
  typed="sleep 1; echo $user; sleep 2; echo bye; sleep 1"  # no password prompt comes
  run inetutils-ftp-pure-ftpd-tls-required.log "$ftp_v -d" tls-required "$src against $versions_pure (-Y 2) on 127.0.0.1" \
    "The setup: Pure-FTPd runs with -Y 2 (TLS required) and inetutils ftp has no TLS." ftp -d -p 127.0.0.1 2332
  typing $user $pass 1 "put $work/big.bin big.bin" 'bye'
  run inetutils-ftp-vsftpd-permission-denied.log "$ftp_v -d" permission-denied "$src against $versions_vsftpd (write_enable=NO) on 127.0.0.1" \
    "The setup: vsftpd runs with write_enable=NO and the user uploads a file." ftp -d -p 127.0.0.1 2302
  typed='sleep 12; echo bye; sleep 1'  # no name prompt comes; the user waits, then quits
  run inetutils-ftp-sftp-not-ftp.log "$ftp_v -d" sftp-not-ftp "$src against an SSH banner on 127.0.0.1" \
    "The setup: the port answers with an SSH server's banner (SSH-2.0-OpenSSH_9.2p1 Debian-2), as port 22 does." ftp -d -p 127.0.0.1 2361
  typing $user $pass 4 'ls' 'bye'
  run inetutils-ftp-vsftpd-idle-timeout.log "$ftp_v -d" idle-timeout "$src against $versions_vsftpd (idle_session_timeout=2) on 127.0.0.1" \
    "The setup: vsftpd closes sessions idle for 2 seconds (idle_session_timeout=2) and the user types ls after 4 seconds." ftp -d -p 127.0.0.1 2306
  typing $user $pass 1 'get hello.txt' 'bye'
  run inetutils-ftp-vsftpd-passive-address.log "$ftp_v -d" passive-address "$src against $versions_vsftpd (pasv_address=127.0.0.3) on 127.0.0.1" \
    "The setup: vsftpd announces pasv_address=127.0.0.3 in its PASV reply, which differs from the server's address." ftp -d -p 127.0.0.1 2307
  typing $user $pass 1 'ls' 'bye'
  run inetutils-ftp-vsftpd-data-connection-blocked.log "$ftp_v -d" data-connection-blocked "$src against $versions_vsftpd on 127.0.0.2 behind a forwarded control port on 127.0.0.1" \
    "The setup: vsftpd listens on 127.0.0.2 and only its control port is forwarded from 127.0.0.1, not its passive ports (as a Docker container publishing port 21 only), so the data connection to 127.0.0.1 is refused." ftp -d -p 127.0.0.1 2309
  reset_full
  typing $user $pass 1 "put $work/big.bin full/big.bin" 'bye'
  run inetutils-ftp-inetutils-ftpd-storage-full.log "$ftp_v -d" storage-full "$src against $versions_inetutils on 127.0.0.1" \
    "The setup: the folder uploaded to (full, under the user's home) is a 64 KiB tmpfs and the user uploads a 300 KB file." ftp -d -p 127.0.0.1 2351
  typed=''
}

ftplib_v="Python 3.11.7 ftplib"
client_ftplib() {
  local py="python3 $programs/ftplib_script.py" src="$ftplib_v, no debug output (the traceback a script prints),"
  run ftplib-traceback-pure-ftpd-wrong-password.log "$ftplib_v" login-failed "$src against $versions_pure on 127.0.0.1" \
    "The setup: the account's password was given wrong." $py 127.0.0.1 2331 $user Wrong-Password get hello.txt
  run ftplib-traceback-pyftpdlib-not-found.log "$ftplib_v" not-found "$src against $versions_pyftpdlib on 127.0.0.1" \
    "The setup: the script downloads missing.txt, which does not exist on the server." $py 127.0.0.1 2341 $user $pass get missing.txt
  hold 2305
  run ftplib-traceback-vsftpd-too-many-connections.log "$ftplib_v" too-many-connections "$src against $versions_vsftpd (max_clients=1) on 127.0.0.1" \
    "The setup: vsftpd allows one client (max_clients=1) and another session is already logged in." $py 127.0.0.1 2305 $user $pass get hello.txt
  release
  run ftplib-traceback-proftpd-tls-unavailable.log "$ftplib_v" tls-unavailable "$src FTP_TLS, against $versions_proftpd (no mod_tls) on 127.0.0.1" \
    "The setup: the script uses FTP_TLS and ProFTPD has no TLS configured." $py 127.0.0.1 2321 $user $pass get hello.txt tls
  run ftplib-traceback-vsftpd-self-signed.log "$ftplib_v" tls-handshake "$src FTP_TLS with ssl.create_default_context(), against $versions_vsftpd (ssl_enable=YES, a self-signed certificate) on 127.0.0.1" \
    "The setup: vsftpd offers TLS with a throwaway self-signed certificate, which the default SSL context does not trust." $py 127.0.0.1 2304 $user $pass get hello.txt tls
  run ftplib-traceback-sftp-not-ftp.log "$ftplib_v" sftp-not-ftp "$src against an SSH banner on 127.0.0.1" \
    "The setup: the port answers with an SSH server's banner (SSH-2.0-OpenSSH_9.2p1 Debian-2), as port 22 does." $py 127.0.0.1 2361 $user $pass get hello.txt
  run ftplib-traceback-vsftpd-data-connection-blocked.log "$ftplib_v" data-connection-blocked "$src against $versions_vsftpd on 127.0.0.2 behind a forwarded control port on 127.0.0.1" \
    "The setup: vsftpd listens on 127.0.0.2 and only its control port is forwarded from 127.0.0.1, not its passive ports (as a Docker container publishing port 21 only), so the data connection to 127.0.0.1 is refused." $py 127.0.0.1 2309 $user $pass get hello.txt
  run ftplib-traceback-inetutils-ftpd-permission-denied.log "$ftplib_v" permission-denied "$src against $versions_inetutils on 127.0.0.1" \
    "The setup: the script uploads into readonly/, a folder owned by root that the account may not write to." $py 127.0.0.1 2351 $user $pass put "$work/big.bin" readonly/big.bin
  run ftplib-traceback-connection-refused.log "$ftplib_v" connection-refused "$ftplib_v against a closed port on 127.0.0.1" \
    "The setup: nothing listens on the port the script connects to." $py 127.0.0.1 $closed $user $pass get hello.txt
}

case "${1:-}" in
  setup) setup ;;
  servers) servers ;;
  stop) stop ;;
  *) for client in "$@"; do "client_${client//-/_}"; done ;;
esac
