"""A local SMTP server for the tests: each message received is written as NNN.eml into the folder given.

Usage: python3 smtp_sink.py PORT FOLDER   (prints "ready" once it listens; stops when stdin closes)
"""
import os
import sys

from aiosmtpd.controller import Controller


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, "%03d.eml" % self.count)
        with open(name + ".part", "wb") as out:
            out.write(envelope.original_content or envelope.content)
        os.replace(name + ".part", name)
        return "250 Message accepted"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    controller = Controller(FolderHandler(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
