#!/usr/bin/env python3
"""pty-run.py OUT COMMAND...: runs COMMAND on a pseudo-terminal, as in a terminal window, and
writes everything it printed (stdout and stderr, in order) to OUT. Lines on our own stdin, if
any, are typed into the terminal as they come. Ends the command after 120 seconds."""
import os, pty, select, signal, sys, time

out, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
deadline = time.time() + 120
data = b""
inputs = [fd, 0]
while time.time() < deadline:
    ready, _, _ = select.select(inputs, [], [], 0.5)
    if fd in ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    if 0 in ready:
        line = os.read(0, 4096)
        if line:
            os.write(fd, line)
        else:
            inputs.remove(0)
else:
    os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
open(out, "wb").write(data)
