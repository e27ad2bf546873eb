"""Where articles are read: in this process, in a pool of local processes, or on Dask workers.

Each executor runs `fn(batch)` somewhere and hands back a handle whose `get()` waits for
the answer; the build keeps a bounded number of batches in flight and takes the answers
in input order, so memory is bounded and the output does not depend on the executor.
"""
from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from .errors import KgError


class ExecutorError(KgError):
    """An executor cannot be started or reached."""


class Handle(Protocol):
    def get(self) -> Any: ...


class _Done:
    """The answer of work already done in this process."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value


class Serial:
    """Reads articles in this process, one batch at a time."""
    window = 1

    def submit(self, fn: Callable, arg: Any) -> Handle:
        return _Done(fn(arg))


class Processes:
    """Reads articles in `jobs` local processes."""

    def __init__(self, pool) -> None:
        self.pool = pool
        self.window = 4 * pool._processes

    def submit(self, fn: Callable, arg: Any) -> Handle:
        return self.pool.apply_async(fn, (arg,))


class _DaskHandle:
    def __init__(self, future) -> None:
        self.future = future

    def get(self) -> Any:
        return self.future.result()


class Dask:
    """Reads articles on the workers of a Dask cluster; the client merges and writes."""

    def __init__(self, client) -> None:
        self.client = client
        workers = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values())
        self.window = 4 * max(workers, 1)

    def submit(self, fn: Callable, arg: Any) -> Handle:
        return _DaskHandle(self.client.submit(fn, arg, pure=False))


def parse(spec: str) -> tuple[str, str | None]:
    """'local' -> ('local', None); 'dask' -> ('dask', None); 'dask=tcp://h:8786' -> ('dask', 'tcp://h:8786')."""
    name, _, address = spec.partition("=")
    name = name.strip().lower()
    if name not in ("local", "dask") or (name == "local" and address) or (_ and not address.strip()):
        raise ExecutorError(f"unknown executor {spec!r} (use local, dask or dask=tcp://HOST:PORT)")
    return name, address.strip() or None


@contextmanager
def executor(spec: str = "local", jobs: int = 1) -> Iterator[Serial | Processes | Dask]:
    """The executor `spec` names, open for the duration of the block.

    'local' reads in this process (`jobs` 1) or in `jobs` processes; 'dask' starts a
    local Dask cluster of `jobs` workers; 'dask=ADDRESS' uses the cluster whose scheduler
    listens there (its workers need govkg installed, the same version).
    """
    name, address = parse(spec)
    if name == "local":
        if jobs <= 1:
            yield Serial()
            return
        from multiprocessing import Pool

        from .workers import quiet_worker

        # Workers leave Ctrl-C to this process and die with it, so a killed build prints nothing.
        # They are started with SIGINT ignored, which they inherit, so a Ctrl-C between their
        # start and quiet_worker() interrupts none of them halfway through an import.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            pool = Pool(jobs, initializer=quiet_worker)
        finally:
            signal.signal(signal.SIGINT, previous)
        with pool:
            yield Processes(pool)
        return
    with _dask_client(address, jobs) as client:
        yield Dask(client)


@contextmanager
def _dask_client(address: str | None, jobs: int):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ExecutorError("--executor dask needs Dask: pip install 'govkg[distributed]'") from None
    if address is None:
        with LocalCluster(n_workers=jobs, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                          processes=True) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as e:
        raise ExecutorError(f"cannot reach the Dask scheduler at {address} ({type(e).__name__}: {e})") from None
    with client:
        yield client
