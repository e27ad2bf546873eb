"""Worker processes that die quietly with their parent.

A worker of `kg build --jobs N` or of `kg serve` must neither outlive its parent (a killed
build would leave workers writing tracebacks about broken pipes) nor print a traceback
when Ctrl-C reaches the whole process group: the parent decides what an interrupt means
and stops its workers itself.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1  # prctl option (Linux): the signal this process gets when its parent dies


def quiet_worker() -> None:
    """Set up the calling process as a worker: Ctrl-C is left to the parent, and the worker
    is killed (SIGKILL, so nothing is printed) the moment its parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    if not _die_with_parent_linux():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the watch was set
        os._exit(0)


def _die_with_parent_linux() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    """Elsewhere: exit without a word once the parent is gone (the worker is re-parented)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)
