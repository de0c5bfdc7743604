import numpy as np
import pytest
from sqlalchemy import text

from rathaus.db import repository as repo
from rathaus.db.engine import Database
from rathaus.db.tables import Tenant
from rathaus.models import ChunkDraft


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """Every repository test runs on the embedded default and on the scale-out database."""
    url = f"sqlite:///{tmp_path / 'r.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    database = Database(url)
    database.migrate()
    yield database
    database.dispose()


def _meta(external_id="a", digest="h1"):
    return repo.DocumentMeta(external_id, "Titel", None, "de", digest, "fake")


def _chunks(n):
    return [ChunkDraft(i, f"Text {i}", f"Titel Text {i}", "Titel") for i in range(n)], np.eye(n, 4, dtype=np.float32)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()


def test_migrate_is_idempotent_and_reaches_head(db):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from rathaus.db.engine import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    db.migrate()
    with db.engine.connect() as conn:
        assert conn.execute(text("select version_num from alembic_version")).scalar() == head


def test_migrations_create_exactly_the_tables_the_code_declares(db):
    """A table or column added to db/tables.py without a migration (or the other way round) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rathaus.db.tables import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    structural = [d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
    assert structural == []


def test_slug_is_validated(db):
    with db.session() as s, pytest.raises(repo.InvalidSlug):
        repo.ensure_tenant(s, "Not A Slug!")


def test_unknown_tenant(db):
    with db.session() as s, pytest.raises(repo.UnknownTenant, match="nowhere"):
        repo.get_tenant(s, "nowhere")


def test_tenant_info_is_the_enabled_tenants_id_name_and_settings(db):
    with db.session() as s:
        town = repo.ensure_tenant(s, "jena", "Stadt Jena")
        town.settings = {"tone": "du"}
        repo.ensure_tenant(s, "altort").disabled = True
    info = repo.tenant_info(db, "jena")
    assert (info.slug, info.name, info.settings) == ("jena", "Stadt Jena", {"tone": "du"})
    for slug in ("altort", "nowhere"):  # disabled or missing: as get_tenant
        with pytest.raises(repo.UnknownTenant, match=slug):
            repo.tenant_info(db, slug)
    with db.session() as s:  # a change shows in the next read
        repo.get_tenant(s, "jena").settings = {"tone": "sie"}
    assert repo.tenant_info(db, "jena").settings == {"tone": "sie"}


def test_replace_document_swaps_chunks_and_bumps_version(db):
    with db.session() as s:
        t = repo.ensure_tenant(s, "stadt").id
        src = repo.ensure_source(s, t, "src", "files").id
        repo.replace_document(s, t, src, _meta(), *_chunks(3))
    with db.session() as s:
        v1 = repo.index_version(s, t)
        repo.replace_document(s, t, src, _meta(digest="h2"), *_chunks(2))
    with db.session() as s:
        assert repo.index_version(s, t) == v1 + 1
        chunks = repo.load_chunks(s, t)
        assert [c.text for c in chunks] == ["Text 0", "Text 1"]
        assert repo.count_documents(s, t) == 1


def test_failed_transaction_leaves_old_chunks(db):
    with db.session() as s:
        t = repo.ensure_tenant(s, "stadt").id
        src = repo.ensure_source(s, t, "src", "files").id
        repo.replace_document(s, t, src, _meta(), *_chunks(3))
    with pytest.raises(RuntimeError):
        with db.session() as s:
            repo.replace_document(s, t, src, _meta(digest="h2"), *_chunks(1))
            raise RuntimeError("crash mid-way")
    with db.session() as s:
        assert len(repo.load_chunks(s, t)) == 3
        assert repo.find_document(s, t, src, "a").content_hash == "h1"


def test_vector_count_must_match(db):
    chunks, vectors = _chunks(2)
    with db.session() as s, pytest.raises(ValueError):
        t = repo.ensure_tenant(s, "stadt").id
        src = repo.ensure_source(s, t, "src", "files").id
        repo.replace_document(s, t, src, _meta(), chunks, vectors[:1])


def test_tenant_b_cannot_see_or_delete_tenant_a(db):
    with db.session() as s:
        a = repo.ensure_tenant(s, "stadt-a").id
        b = repo.ensure_tenant(s, "stadt-b").id
        src = repo.ensure_source(s, a, "src", "files").id
        doc = repo.replace_document(s, a, src, _meta(), *_chunks(2))
        doc_id = doc.id
    with db.session() as s:
        assert repo.load_chunks(s, b) == []
        assert repo.list_documents(s, b) == []
        assert repo.find_document(s, b, src, "a") is None
        assert repo.count_documents(s, b) == 0
        # guessing A's document id does not let B delete it
        assert repo.delete_document(s, b, doc_id) is False
    with db.session() as s:
        assert repo.count_documents(s, a) == 1


def test_the_search_version_sees_every_commit_at_once(db):
    """Read before every search (Database.quick_read): a commit by this
    thread, by another thread or by another process's connection shows in the
    next read, and it agrees with knowledge_group, sharing included."""
    import threading

    with db.session() as s:
        amt, town = repo.ensure_tenant(s, "amt").id, repo.ensure_tenant(s, "ort").id
    assert repo.search_version(db, town) == ((town, 0),)
    with db.session() as s:
        repo.bump_index_version(s, town)
    assert repo.search_version(db, town) == ((town, 1),)
    other_process = Database(db.url)
    try:
        with other_process.session() as s:
            repo.bump_index_version(s, town)
            s.get(Tenant, town).settings = {"shared_from": ["amt"]}
            s.get(Tenant, amt).settings = {"share_with": ["ort"]}
    finally:
        other_process.dispose()
    seen = []
    reader = threading.Thread(target=lambda: seen.append(repo.search_version(db, town)))
    reader.start()
    reader.join()
    with db.read() as connection:
        full = repo.knowledge_group(connection, town)
    assert full == ((town, 2), (amt, 0))
    assert seen == [full] and repo.search_version(db, town) == full
    assert repo.search_version(db, 999_999) == ()


def test_quick_reads_connections_end_with_the_database(tmp_path):
    import sqlite3

    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    with db.session() as s:
        repo.ensure_tenant(s, "a")
    assert db.quick_read("SELECT count(*) FROM tenants WHERE id > :n", {"n": 0}) == (1,)
    # no read left open: the write-ahead log can still be folded back completely
    assert sqlite3.connect(tmp_path / "r.db").execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    connection = db._quick.connection
    db.dispose()
    with pytest.raises(Exception, match="closed"):
        connection.execute("SELECT 1")


def test_a_quick_read_connection_ends_with_its_thread(tmp_path):
    """The server's thread pool retires idle threads: their connections must
    not pile up (open files) until the process ends."""
    import gc
    import threading

    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    try:
        for _ in range(5):
            reader = threading.Thread(target=lambda: db.quick_read("SELECT 1", {}))
            reader.start()
            reader.join()
        gc.collect()
        assert len(db._quick_connections) == 0
        db.quick_read("SELECT 1", {})
        assert len(db._quick_connections) == 1
    finally:
        db.dispose()
