"""A Python program using aioftp, with logging at DEBUG level so that aioftp logs its commands
and the replies. Errors end it with the traceback Python prints.
Usage: python3 aioftp_client.py HOST PORT USER PASSWORD (get REMOTE | put LOCAL REMOTE |
       list DIR | mlsd DIR | idle SECONDS)"""
import asyncio
import logging
import sys

import aioftp

logging.basicConfig(level=logging.DEBUG)


async def main(host, port, user, password, action, *args):
    async with aioftp.Client.context(host, int(port), user, password) as client:
        if action == "get":
            await client.download(args[0], args[0].rsplit("/", 1)[-1], write_into=True)
            print("downloaded", args[0])
        elif action == "put":
            await client.upload(args[0], args[1], write_into=True)
            print("uploaded", args[1])
        elif action == "list":
            for path, info in await client.list(args[0]):
                print(path, info["type"], info.get("size"))
        elif action == "mlsd":
            for path, info in await client.list(args[0], raw_command="MLSD"):
                print(path, info["type"], info.get("size"), info.get("modify"))
        elif action == "idle":
            await asyncio.sleep(float(args[0]))
            for path, info in await client.list():
                print(path, info["type"], info.get("size"))


asyncio.run(main(*sys.argv[1:]))
