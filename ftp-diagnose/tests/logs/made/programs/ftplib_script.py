"""A Python script using ftplib as programs do: no debug output, so what the user sees is the
traceback of the exception that ended it.
Usage: python3 ftplib_script.py HOST PORT USER PASSWORD (get REMOTE | put LOCAL REMOTE) [tls]"""
import os
import ssl
import sys
from ftplib import FTP, FTP_TLS


def main(host, port, user, password, action, *args):
    if args and args[-1] == "tls":
        args = args[:-1]
        ftp = FTP_TLS(context=ssl.create_default_context())
    else:
        ftp = FTP()
    with ftp:
        ftp.connect(host, int(port), timeout=10)
        ftp.login(user, password)
        if isinstance(ftp, FTP_TLS):
            ftp.prot_p()
        if action == "get":
            with open(os.path.basename(args[0]), "wb") as f:
                ftp.retrbinary("RETR " + args[0], f.write)
            print("downloaded", args[0])
        elif action == "put":
            with open(args[0], "rb") as f:
                ftp.storbinary("STOR " + args[1], f)
            print("uploaded", args[1])


if __name__ == "__main__":
    main(*sys.argv[1:])
