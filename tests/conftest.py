"""Shared fixtures. Tests never touch ./data or the network beyond loopback."""

from __future__ import annotations

import os

import pytest

from rathaus.settings import Settings
from tests.ci import require


def pytest_configure(config):
    os.environ.setdefault("RATHAUS_DEMO", "false")


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    """Settings on a fresh data dir with the fast hashing embedder."""
    monkeypatch.setenv("RATHAUS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RATHAUS_EMBEDDER", "hashing")
    monkeypatch.setenv("RATHAUS_DEMO", "false")
    return Settings()


# The scale-out database. CI has PostgreSQL on 127.0.0.1:5432 with trust auth and a database
# `test`; every test that asks for `postgres_url` gets a fresh database of its own, dropped after.
POSTGRES_ADMIN_URL = os.environ.get("RATHAUS_TEST_POSTGRES_URL", "postgresql+psycopg://127.0.0.1:5432/test")


def _postgres_problem() -> str | None:
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES_ADMIN_URL)
    try:
        psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, password=url.password,
                        dbname=url.database, connect_timeout=2).close()
    except psycopg.Error as exc:
        return f"PostgreSQL is not reachable at {url.render_as_string()}: {str(exc).strip()[:120]}"
    return None


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test. Skipped locally when
    PostgreSQL is not there; in CI (CI=true) that is a failure, never a skip."""
    problem = _postgres_problem()
    require(problem is None, problem or "")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"rathaus_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def runtime(settings):
    from rathaus.runtime import Runtime

    rt = Runtime(settings)
    yield rt
    rt.close()
