"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 over one graph file.

Queries come as GET ?query=..., as a POST form, or as a POST body of type
application/sparql-query; `default-graph-uri` and `named-graph-uri` choose the dataset
(by default the union of all graphs, so a TriG file answers like its Turtle: see GraphStore). Results are
negotiated by the Accept header: SPARQL JSON (default), XML, CSV or TSV for SELECT and
ASK; Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE.
Updates are refused.

Nothing a request holds may stop the server. A query is checked before it runs (size,
nesting, SERVICE: see sparql_check), then answered by one of a few worker processes that
each hold the graph: Oxigraph cannot be interrupted from Python, so a query that runs
past the timeout, or that crashes the engine, costs only its worker, which is killed and
replaced. Connections, request bodies and waiting clients are bounded too; every bad
request is an HTTP 4xx or 5xx with a one-line reason, logged as one line.
Cross-origin (CORS) headers are sent only when asked for (--cors): without them no web
page the user visits can query the endpoint.
"""
from __future__ import annotations

import multiprocessing
import queue
import socket
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import InputError, shown
from .sparql_check import QueryLimits, ServiceRefused, check_query
from .store import GraphStore, first_line, graph_iri
from .vocab import prefix_iris

HOST = "127.0.0.1"
PATHS = ("/sparql", "/query", "/")
RESULT_FORMATS = {  # media type: format, for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {  # media type: format, for CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
DEFAULT_TIMEOUT = 5.0      # seconds a query may run
DEFAULT_WORKERS = 2        # queries answered at once
MAX_CONNECTIONS = 32       # connections handled at once; more are answered 503 at once
MAX_FIELDS = 64            # parameters in a query string or form
SOCKET_TIMEOUT = 10.0      # seconds a client may take to send its request


class QueryError(Exception):
    """A request that cannot be answered: its HTTP status and a one-line reason."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ServeOptions:
    """How `kg serve` guards itself: query limits, time, concurrency, and CORS."""
    limits: QueryLimits = QueryLimits()
    timeout: float = DEFAULT_TIMEOUT
    workers: int = DEFAULT_WORKERS
    cors: bool = False
    verbose: bool = False

    @property
    def max_body(self) -> int:
        """The largest request body read: the largest query, percent-encoded, and room for the rest."""
        return self.limits.max_chars * 3 + 65_536


@dataclass(frozen=True)
class Request:
    """A checked protocol request: the query and the dataset it names."""
    query: str
    default_graph: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def negotiate(accept: str, offered: dict) -> str:
    """The offered media type the Accept header prefers; the first offered if none fits."""
    ranges = []
    for order, part in enumerate(accept.lower().split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((_quality(p[2:]) for p in params if p.startswith("q=")), 1.0)
        if media and q > 0:
            ranges.append((-q, media.count("*"), order, media))  # best: high q, specific, early
    for *_, media in sorted(ranges):
        for candidate in offered:
            if media in (candidate, "*/*") or (media.endswith("/*") and candidate.startswith(media[:-1])):
                return candidate
    return next(iter(offered))


def _quality(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def check_request(params: dict[str, list[str]], limits: QueryLimits) -> Request:
    """The request a protocol request's parameters make, checked; QueryError if it is refused."""
    if "update" in params:
        raise QueryError(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
    queries = params.get("query", [])
    if len(queries) != 1:
        raise QueryError(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
    graphs = params.get("default-graph-uri", []), params.get("named-graph-uri", [])
    try:
        check_query(queries[0], limits)
        for iri in graphs[0] + graphs[1]:
            graph_iri(iri)
    except ServiceRefused as e:
        raise QueryError(HTTPStatus.FORBIDDEN, f"{e} (start kg serve with --allow-service)") from None
    except InputError as e:
        raise QueryError(HTTPStatus.BAD_REQUEST, str(e)) from None
    return Request(queries[0], *graphs)


def evaluate(store: GraphStore, request: Request, accept: str, limits: QueryLimits) -> tuple[str, bytes]:
    """(media type, body) of the answer to a checked request."""
    try:
        result = store.query(request.query, request.default_graph, request.named_graphs, limits)
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, GRAPH_FORMATS)
            prefixes = prefix_iris() if media == "text/turtle" else None
            return media, ox.serialize(list(result), format=GRAPH_FORMATS[media], prefixes=prefixes)
        media = negotiate(accept, RESULT_FORMATS)
        return media, result.serialize(format=RESULT_FORMATS[media])
    except InputError as e:
        failed = str(e).startswith("query failed")
        raise QueryError(HTTPStatus.BAD_GATEWAY if failed else HTTPStatus.BAD_REQUEST, str(e)) from None
    except (OSError, RuntimeError, ValueError) as e:  # raised while the results are read (SERVICE)
        raise QueryError(HTTPStatus.BAD_GATEWAY, f"query failed: {first_line(e)}") from None


def answer(store: GraphStore, params: dict[str, list[str]], accept: str,
           limits: QueryLimits = QueryLimits()) -> tuple[str, bytes]:
    """(media type, body) of the answer to a protocol request's parameters, in this process."""
    return evaluate(store, check_request(params, limits), accept, limits)


# --- worker processes ------------------------------------------------------------------------

def _worker_main(path: str, conn, limits: QueryLimits) -> None:
    """A query worker: loads the graph, then answers (request, accept) jobs until the pipe closes."""
    from .workers import quiet_worker

    quiet_worker()
    try:
        store = GraphStore(path)
    except InputError as e:
        conn.send(("failed", str(e)))
        return
    conn.send(("ready",))
    while True:
        try:
            request, accept = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", *evaluate(store, request, accept, limits)))
        except QueryError as e:
            conn.send(("error", int(e.status), str(e)))
        except Exception as e:  # noqa: BLE001 - a bug is a 500 for this request, not a dead worker
            conn.send(("error", 500, f"unexpected {type(e).__name__}: {first_line(e)}"))


class _Worker:
    def __init__(self, path: Path, limits: QueryLimits) -> None:
        ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no server threads or sockets inherited
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(str(path), child, limits), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float | None = None) -> None:
        try:
            if not self.conn.poll(timeout):
                raise InputError("a query worker did not start in time")
            message = self.conn.recv()
        except (EOFError, OSError):
            message = ("failed", "a query worker died as it started")
        except InputError:
            self.stop()
            raise
        if message[0] != "ready":
            self.stop()
            raise InputError(message[1])

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """A few worker processes that each hold the graph and answer one query at a time.

    A query waits for a free worker at most `timeout` seconds (then 503), and runs at most
    `timeout` seconds (then its worker is killed and replaced, and the answer is 503); a
    worker that dies on a query (the engine crashed) is replaced and the answer is 500.
    Workers are started by one thread that lives as long as the pool: a worker dies with
    the thread that started it (see workers.quiet_worker)."""

    def __init__(self, path: Path, options: ServeOptions) -> None:
        self.path, self.options = path, options
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._spawns: queue.Queue = queue.Queue()
        threading.Thread(target=self._spawner, daemon=True).start()
        for _ in range(max(1, options.workers)):
            started: queue.Queue = queue.Queue()
            self._spawns.put(started.put)
            worker = started.get()
            if isinstance(worker, Exception):
                self.close()
                raise InputError(f"cannot start a query worker: {worker}")
            self._idle.put(worker)

    def _spawner(self) -> None:
        """Start a worker for each request on the spawn queue and hand it (or the error) back."""
        while (deliver := self._spawns.get()) is not None:
            try:
                worker = _Worker(self.path, self.options.limits)
                with self._lock:
                    self._all.add(worker)
                worker.wait_ready(120)
            except (InputError, OSError) as e:
                deliver(e)
            else:
                deliver(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` and have a fresh one put in its place (in the background: the client is not kept waiting)."""
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        if not self._closed:
            self._spawns.put(self._deliver)

    def _deliver(self, worker: _Worker | Exception) -> None:
        if isinstance(worker, Exception):
            print(f"kg serve: could not start a query worker: {first_line(worker)}", file=sys.stderr)
        elif self._closed:
            worker.stop()
        else:
            self._idle.put(worker)

    def ask(self, request: Request, accept: str) -> tuple[str, bytes]:
        """(media type, body) of a worker's answer; QueryError if it is busy, slow or fails."""
        timeout = self.options.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryError(HTTPStatus.SERVICE_UNAVAILABLE,
                             f"too many queries at once: none free within {timeout:g} s, try again") from None
        try:
            worker.conn.send((request, accept))
            if not worker.conn.poll(timeout):
                raise QueryError(HTTPStatus.SERVICE_UNAVAILABLE, f"query stopped after {timeout:g} s (the limit)")
            reply = worker.conn.recv()
        except QueryError:
            self._replace(worker)
            raise
        except (EOFError, OSError):
            self._replace(worker)
            raise QueryError(HTTPStatus.INTERNAL_SERVER_ERROR, "the query engine failed on this query") from None
        self._idle.put(worker)
        if reply[0] == "ok":
            return reply[1], reply[2]
        raise QueryError(HTTPStatus(reply[1]), reply[2])

    def close(self) -> None:
        self._closed = True
        self._spawns.put(None)
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()


# --- HTTP ---------------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    server_version = "govkg"
    default_request_version = "HTTP/1.0"  # even a garbled request line gets a status line back
    timeout = SOCKET_TIMEOUT  # a client that stops sending is dropped
    server: "SparqlServer"
    _reason = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        if url.path not in PATHS:
            return self._fail(QueryError(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql"))
        try:
            params = _parse_qs(url.query)
        except QueryError as e:
            return self._fail(e)
        if not params and url.path == "/":
            return self._send(HTTPStatus.OK, "text/plain", f"govkg SPARQL endpoint over {shown(self.server.name)}: "
                                                           f"GET or POST /sparql?query=...\n".encode())
        self._answer(params)

    def do_POST(self) -> None:  # noqa: N802
        try:
            url = urlsplit(self.path)
            if url.path not in PATHS:
                raise QueryError(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            body = self._read_body()
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = _parse_qs(url.query)
            if kind == "application/x-www-form-urlencoded":
                params.update(_parse_qs(body))
            elif kind == "application/sparql-query":
                params["query"] = [body]
            elif kind == "application/sparql-update":
                params["update"] = [body]
            else:
                raise QueryError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "POST a form or an application/sparql-query body")
        except QueryError as e:
            return self._fail(e)
        self._answer(params)

    def do_OPTIONS(self) -> None:  # noqa: N802 - CORS preflight
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def _read_body(self) -> str:
        """The POST body as text; QueryError for a missing, malformed or oversized Content-Length."""
        given = self.headers.get("Content-Length")
        if given is None:
            raise QueryError(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        if not given.strip().isdigit():
            raise QueryError(HTTPStatus.BAD_REQUEST, f"bad Content-Length: {shown(given[:40])}")
        length = int(given)
        if length > self.server.options.max_body:
            raise QueryError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                             f"body of {length:,} bytes; at most {self.server.options.max_body:,} are read")
        try:
            raw = self.rfile.read(length)
        except (TimeoutError, socket.timeout):
            raise QueryError(HTTPStatus.REQUEST_TIMEOUT, f"the body did not arrive within {self.timeout:g} s") from None
        if len(raw) < length:
            raise QueryError(HTTPStatus.BAD_REQUEST, "the body is shorter than its Content-Length")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise QueryError(HTTPStatus.BAD_REQUEST, f"the body is not UTF-8 (byte {e.start})") from None

    def _answer(self, params: dict[str, list[str]]) -> None:
        try:
            request = check_request(params, self.server.options.limits)
            media, body = self.server.pool.ask(request, self.headers.get("Accept") or "")
        except QueryError as e:
            return self._fail(e)
        self._send(HTTPStatus.OK, media + ("; charset=utf-8" if media.startswith("text/") else ""), body)

    def parse_request(self) -> bool:
        if not self.raw_requestline.strip():  # http.server would close without a word
            self.command, self.requestline, self.request_version = "", "", self.default_request_version
            self.send_error(HTTPStatus.BAD_REQUEST, "empty request line")
            return False
        return super().parse_request()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (a garbled request line, an unknown method, headers too
        long) answered like the others: a status and a one-line plain-text reason."""
        self.close_connection = True
        self._fail(QueryError(HTTPStatus(code), message or HTTPStatus(code).phrase))

    def _fail(self, e: QueryError) -> None:
        self._reason = str(e)
        self._send(e.status, "text/plain; charset=utf-8", f"{shown(str(e), quote=False)}\n".encode())

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self.server.options.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()
        self.wfile.write(body)

    def handle(self) -> None:
        self._logged = False
        try:
            super().handle()
        except (ConnectionError, TimeoutError, socket.timeout) as e:  # the client went away or stalled
            self._reason = f"connection dropped ({type(e).__name__})"
        if self._reason and not self._logged:  # e.g. a client that timed out before its request line
            self._log_line(self._reason)

    # One line per request: http.server logs an error and then the response; keep the
    # reason from the first and write it with the second.
    def log_error(self, format: str, *args) -> None:  # noqa: A002
        self._reason = format % args

    def log_request(self, code="-", size="-") -> None:
        status = int(code) if str(code).isdigit() else 0
        self._logged = True
        if status >= 400 or self.server.options.verbose:
            self._log_line(f"{code} {self._reason}".rstrip())

    def _log_line(self, what: str) -> None:
        request = shown(getattr(self, "requestline", "")[:300], quote=False)
        reason = shown(what[:300], quote=False)
        sys.stderr.write(f"{self.log_date_time_string()} {self.client_address[0]} \"{request}\" {reason}\n")


def _parse_qs(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise QueryError(HTTPStatus.BAD_REQUEST, f"more than {MAX_FIELDS} parameters") from None


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server for _Handler with its worker pool, that handles a bounded number of
    connections at once (more are answered 503 and closed) and logs, never raises, a
    request's failure."""
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], store: GraphStore, options: ServeOptions) -> None:
        self.options, self.name = options, store.path.name
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.pool = QueryPool(store.path, options)
        try:
            super().__init__(address, _Handler)
        except OSError:
            self.pool.close()
            raise

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"Content-Length: 29\r\nConnection: close\r\n\r\ntoo many connections at once\n")
            except OSError:
                pass
            sys.stderr.write(f"{client_address[0]} 503 too many connections at once\n")
            return self.shutdown_request(request)
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        sys.stderr.write(f"{client_address[0]} request failed: {type(error).__name__}: "
                         f"{first_line(error) if error else ''}\n")

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(store: GraphStore, port: int = 7878, verbose: bool = False,
                options: ServeOptions | None = None) -> SparqlServer:
    """An HTTP server answering SPARQL over `store` on 127.0.0.1:`port` (0 picks a free port)."""
    options = options or ServeOptions(verbose=verbose)
    return SparqlServer((HOST, port), store, options)


def serve_in_thread(store: GraphStore, port: int = 0, options: ServeOptions | None = None) -> tuple[SparqlServer, str]:
    """Start a server in a background thread; (server, endpoint URL). Stop it with
    server.shutdown() and server.server_close()."""
    server = make_server(store, port, options=options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{HOST}:{server.server_address[1]}/sparql"
