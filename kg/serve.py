"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 over one graph file.

Queries come as GET ?query=..., as a POST form, or as a POST body of type
application/sparql-query; `default-graph-uri` and `named-graph-uri` choose the dataset
(by default the union of all graphs, so a TriG file answers like its Turtle: see GraphStore). Results are
negotiated by the Accept header: SPARQL JSON (default), XML, CSV or TSV for SELECT and
ASK; Turtle (default), N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE.
Updates are refused. CORS is allowed so that browser clients such as YASGUI can query.
"""
from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import InputError
from .store import GraphStore
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


class QueryError(Exception):
    """A request that cannot be answered: its HTTP status and a one-line reason."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


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


def answer(store: GraphStore, params: dict[str, list[str]], accept: str) -> tuple[str, bytes]:
    """(media type, body) of the answer to a protocol request's parameters."""
    if "update" in params:
        raise QueryError(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
    queries = params.get("query", [])
    if len(queries) != 1:
        raise QueryError(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
    try:
        result = store.query(queries[0], params.get("default-graph-uri"), params.get("named-graph-uri"))
    except InputError as e:
        raise QueryError(HTTPStatus.BAD_REQUEST, str(e)) from None
    if isinstance(result, ox.QueryTriples):
        media = negotiate(accept, GRAPH_FORMATS)
        prefixes = prefix_iris() if media == "text/turtle" else None
        return media, ox.serialize(list(result), format=GRAPH_FORMATS[media], prefixes=prefixes)
    media = negotiate(accept, RESULT_FORMATS)
    return media, result.serialize(format=RESULT_FORMATS[media])


class _Handler(BaseHTTPRequestHandler):
    server_version = "govkg"
    store: GraphStore  # set on the subclass made by make_server

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        if url.path not in PATHS:
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: the endpoint is /sparql\n")
        params = parse_qs(url.query, keep_blank_values=True)
        if not params and url.path == "/":
            return self._send(HTTPStatus.OK, "text/plain", f"govkg SPARQL endpoint over {self.store.path.name}: "
                                                           f"GET or POST /sparql?query=...\n".encode())
        self._answer(params)

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in PATHS:
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: the endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if kind == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        elif kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/sparql-update":
            params["update"] = [body]
        else:
            return self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain",
                              b"POST a form or an application/sparql-query body\n")
        self._answer(params)

    def do_OPTIONS(self) -> None:  # noqa: N802 - CORS preflight
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def _answer(self, params: dict[str, list[str]]) -> None:
        try:
            media, body = answer(self.store, params, self.headers.get("Accept") or "")
        except QueryError as e:
            return self._send(e.status, "text/plain", f"{e}\n".encode())
        self._send(HTTPStatus.OK, media + ("; charset=utf-8" if media.startswith("text/") else ""), body)

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet unless asked
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)


def make_server(store: GraphStore, port: int = 7878, verbose: bool = False) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL over `store` on 127.0.0.1:`port` (0 picks a free port)."""
    handler = type("Handler", (_Handler,), {"store": store})
    server = ThreadingHTTPServer((HOST, port), handler)
    server.verbose = verbose
    server.daemon_threads = True
    return server


def serve_in_thread(store: GraphStore, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start a server in a background thread; (server, endpoint URL). Stop it with server.shutdown()."""
    server = make_server(store, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{HOST}:{server.server_address[1]}/sparql"
