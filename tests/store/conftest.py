"""A real PostgreSQL server for the store tests, started on loopback for the test session.

The server binaries are found on PATH or under /usr/lib/postgresql/*/bin (Debian). The data
directory lives in a temporary directory; the server listens on 127.0.0.1 only, on a free
port, with its unix socket in the temporary directory too. PostgreSQL refuses to run as
root: as root, initdb and pg_ctl run as the ``postgres`` user (``runuser``). Tests are skipped
only when the binaries are missing; any other failure to start is an error.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def find_pg_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl (newest version first), or None."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent

    def version(path: str) -> tuple[int, ...]:
        m = re.search(r"/postgresql/([\d.]+)/bin", path)
        return tuple(int(x) for x in m.group(1).split(".")) if m else (0,)

    for initdb in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True):
        bindir = Path(initdb).parent
        if (bindir / "pg_ctl").exists():
            return bindir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    host: str
    port: int
    user: str

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str) -> str:
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: apt install postgresql")
    prefix: list[str] = []
    owner: str | None = None
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            raise RuntimeError("running as root and `runuser` is missing: cannot start PostgreSQL")
        owner = "postgres"  # created by the Debian package; PostgreSQL will not run as root
        prefix = [runuser, "-u", owner, "--"]
    base = Path(tempfile.mkdtemp(prefix="newsift-pg-"))
    base.chmod(0o755)  # the postgres user must reach data/ and run/
    data, run = base / "data", base / "run"
    data.mkdir(mode=0o700)
    run.mkdir(mode=0o700)
    if owner:
        for path in (data, run):
            shutil.chown(path, owner, owner)
    port = _free_port()
    log = run / "postgres.log"

    def pg(*args: str) -> None:
        proc = subprocess.run(
            [*prefix, *args], cwd=base, capture_output=True, text=True, timeout=120
        )
        if proc.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed:\n{proc.stdout}\n{proc.stderr}\n{tail}")

    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={run} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    pg(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
       "--no-sync")  # fmt: skip
    pg(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60",
       "start")  # fmt: skip
    try:
        yield PgServer("127.0.0.1", port, "postgres")
    finally:
        try:
            pg(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgresql_url(pg_server: PgServer) -> Iterator[str]:
    """A database on the session's server (shared by the tests that ask for it)."""
    yield pg_server.create_database("newsift_test")
    pg_server.drop_database("newsift_test")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database per test, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store' / 'newsift.db'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    yield url
    server.drop_database(name)
