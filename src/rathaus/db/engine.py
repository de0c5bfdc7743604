"""Engine creation and schema migration.

SQLite is the embedded default: one file in RATHAUS_DATA_DIR, WAL mode so that
readers (the web server) never block on a running ingest, foreign keys on.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """An engine plus a session factory; `session()` is one transaction."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite allows one writer at a time. Threads of this process take turns
        # here instead of in SQLite's busy handler, which sleeps in growing steps
        # (up to 100 ms) and made the chat's slowest answers wait for nothing.
        # Transactions are short; other processes still meet the busy timeout.
        self._turns = threading.RLock() if url.startswith("sqlite") else nullcontext()
        # quick_read's own SQLite connections, one per thread (file databases only)
        database = self.engine.url.database if url.startswith("sqlite") else None
        self._quick_path = database if database and database != ":memory:" and not database.startswith("file:") else None
        self._quick = threading.local()
        # Only the thread holds its connection: when it ends (the server's
        # thread pool retires idle threads) the connection is closed with it.
        # This set only lets dispose() close the connections of live threads.
        self._quick_connections: weakref.WeakSet[_QuickConnection] = weakref.WeakSet()

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._turns, self._sessions.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in a transaction (committed at the end), for a few
        prebuilt statements on the chat's hot path: without the ORM session's
        bookkeeping, storing a chat turn costs ~180 instead of ~235 µs."""
        with self._turns, self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads: no writer's turn (SQLite's WAL lets
        readers run beside the writer); whatever it did is rolled back."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for a quick read outside any transaction of ours (no
        writer's turn: SQLite's WAL lets readers run beside the writer)."""
        with self.engine.connect() as connection:
            yield connection

    def quick_read(self, sql: str, params: dict) -> tuple | None:
        """The first row of a small read (`:name` parameters), outside any
        transaction. For a searched question's index version: through
        SQLAlchemy's pool and statement handling such a read took 0.4 ms in the
        50k-chunk bench (caches cold after a scan), on a plain sqlite3
        connection kept by the thread 0.02 ms. Other databases go the usual way."""
        if self._quick_path is None:
            with self.read() as connection:
                row = connection.execute(text(sql), params).first()
            return tuple(row) if row is not None else None
        connection = getattr(self._quick, "connection", None)
        if connection is None:
            # autocommit: each read sees the latest commit of any process (WAL)
            connection = sqlite3.connect(self._quick_path, timeout=30, check_same_thread=False,
                                         isolation_level=None, factory=_QuickConnection)
            self._quick.connection = connection
            with self._turns:  # only to guard the set
                self._quick_connections.add(connection)
        return connection.execute(sql, params).fetchone()

    def dispose(self) -> None:
        with self._turns:
            for connection in list(self._quick_connections):
                connection.close()
            self._quick_connections = weakref.WeakSet()
        self._quick = threading.local()
        self.engine.dispose()


class _QuickConnection(sqlite3.Connection):
    """A plain sqlite3 connection that can be weakly referenced (the base class cannot)."""
