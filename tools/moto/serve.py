"""moto's server (same arguments as `python -m moto.server`) that exits when its standard input closes, so a test run
that is killed never leaves a moto process behind: the parent holds the pipe, and the pipe closes when the parent dies."""
import os
import sys
import threading

from moto.server import main


def exit_when_parent_goes():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_when_parent_goes, daemon=True).start()
main(sys.argv[1:])
