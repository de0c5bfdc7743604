"""The document flow end to end with the fast hashing embedder."""

from pathlib import Path

import pytest

from rathaus.connectors.files import FilesConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from rathaus.llm.embedders import EmbedderError

PAGE = "# {title}\n\n## Was ist zu tun?\n\n{body}\n"


def write(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    return path


@pytest.fixture
def tenant(runtime):
    with runtime.db.session() as s:
        return repo.ensure_tenant(s, "musterstadt").id


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    write(folder, "1063423.md", "Gewerbe anmelden", "Ein Gewerbe melden Sie beim Gewerbeamt an. Die Gebühr beträgt 50 Euro.")
    write(folder, "sub/hund.md", "Hundesteuer", "Die Hundesteuer beträgt 96 Euro im Jahr für den ersten Hund.")
    return folder


def run(runtime, tenant, folder):
    return ingest(runtime.db, tenant, FilesConnector(folder), runtime.embedder_for_tenant(tenant))


def stored(runtime, tenant):
    with runtime.db.session() as s:
        return {d.external_id: (d.title, d.content_hash, len(d.chunks)) for d in repo.list_documents(s, tenant)}


def test_external_id_is_relative_path_without_suffix(runtime, tenant, docs):
    report = run(runtime, tenant, docs)
    assert report.ok and sorted(report.added) == ["1063423", "sub/hund"]
    assert stored(runtime, tenant)["1063423"][0] == "Gewerbe anmelden"
    assert runtime.index.search(tenant, "Hundesteuer Hund", 1)[0].external_id == "sub/hund"


def test_reingest_unchanged_is_a_noop(runtime, tenant, docs):
    run(runtime, tenant, docs)
    with runtime.db.session() as s:
        version = repo.index_version(s, tenant)
    report = run(runtime, tenant, docs)
    assert sorted(report.unchanged) == ["1063423", "sub/hund"] and not report.added and not report.updated
    with runtime.db.session() as s:
        assert repo.index_version(s, tenant) == version


def test_changed_content_replaces_chunks(runtime, tenant, docs):
    run(runtime, tenant, docs)
    write(docs, "sub/hund.md", "Hundesteuer", "Die Hundesteuer beträgt jetzt 120 Euro im Jahr.")
    report = run(runtime, tenant, docs)
    assert report.updated == ["sub/hund"]
    hit = runtime.index.search(tenant, "Hundesteuer", 1)[0]
    assert "120 Euro" in hit.text
    with runtime.db.session() as s:
        texts = [c.text for c in repo.load_chunks(s, tenant)]
    assert not any("96 Euro" in t for t in texts)


def test_failed_document_keeps_its_previous_version(runtime, tenant, docs):
    run(runtime, tenant, docs)
    before = stored(runtime, tenant)["sub/hund"]
    (docs / "sub" / "hund.md").write_bytes(b"\x00\x01\x02binary\x00")
    report = run(runtime, tenant, docs)
    assert [f[0] for f in report.failed] == ["sub/hund"]
    assert stored(runtime, tenant)["sub/hund"] == before


class Items:
    """A connector that yields the items it is given (the pipeline's view of any source)."""

    kind, source_name, complete = "test", "items", False

    def __init__(self, *items):
        self.items = items

    def fetch(self, since=None):
        yield from self.items

    def checkpoint(self, failed):
        return {}


def test_an_incomplete_document_is_stored_only_where_no_version_is(runtime, tenant):
    """`incomplete`: part of it failed for now (a timeout): better than nothing
    the first time, never a replacement for a complete stored version."""
    from rathaus.connectors.base import FetchedItem

    def item(body, incomplete=None):
        return FetchedItem("parken", "parken.md", PAGE.format(title="Parken", body=body).encode(),
                           incomplete=incomplete)

    def sync(*items):
        return ingest(runtime.db, tenant, Items(*items), runtime.embedder_for_tenant(tenant))

    assert sync(item("Liste folgt.", "Datei gerade nicht abrufbar")).added == ["parken"]
    assert sync(item("450 Plätze im Parkhaus.")).updated == ["parken"]
    before = stored(runtime, tenant)["parken"]
    report = sync(item("Liste folgt.", "Datei gerade nicht abrufbar"))
    assert report.failed == [("parken", "Datei gerade nicht abrufbar; die bisherige Fassung bleibt im Index")]
    assert stored(runtime, tenant)["parken"] == before
    assert sync(item("450 Plätze im Parkhaus.", "Datei gerade nicht abrufbar")).unchanged == ["parken"]


def test_deleted_file_is_removed_after_complete_run(runtime, tenant, docs):
    run(runtime, tenant, docs)
    (docs / "sub" / "hund.md").unlink()
    report = run(runtime, tenant, docs)
    assert report.removed == ["sub/hund"]
    assert list(stored(runtime, tenant)) == ["1063423"]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("leer.txt", b"", "leer"),
        ("leer.html", b"   \n ", "leer"),
        ("kaputt.pdf", b"%PDF-1.7 this is not a pdf", "PDF"),
        ("binaer.txt", b"\x00\xff\x00\xfe" * 100, ""),
        ("bild.png", b"\x89PNG\r\n\x1a\n....", "nicht unterstützt"),
    ],
)
def test_bad_files_fail_with_a_reason_and_store_nothing(runtime, tenant, tmp_path, name, content, reason):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / name).write_bytes(content)
    report = run(runtime, tenant, folder)
    assert len(report.failed) == 1
    external_id, message = report.failed[0]
    assert reason in message and "\n" not in message
    assert stored(runtime, tenant) == {}


def test_too_large_file_is_refused(runtime, tenant, tmp_path):
    folder = tmp_path / "big"
    write(folder, "gross.md", "Groß", "Text " * 1000)
    report = ingest(runtime.db, tenant, FilesConnector(folder, max_bytes=100), runtime.embedder_for_tenant(tenant))
    assert "zu groß" in report.failed[0][1]


def test_embedder_failure_stores_nothing(runtime, tenant, docs):
    class Broken:
        name, dim = "broken", 4

        def embed(self, texts, kind="passage"):
            raise EmbedderError("server down")

    report = ingest(runtime.db, tenant, FilesConnector(docs), Broken())
    assert len(report.failed) == 2 and "server down" in report.failed[0][1]
    assert stored(runtime, tenant) == {}


def test_missing_folder_is_one_failure(runtime, tenant, tmp_path):
    report = run(runtime, tenant, tmp_path / "nope")
    assert len(report.failed) == 1 and "nicht gefunden" in report.failed[0][1]


def test_unreadable_folder_is_reported_and_nothing_deleted(runtime, tenant, docs, monkeypatch):
    run(runtime, tenant, docs)
    import rathaus.connectors.files as files

    monkeypatch.setattr(files.os, "access", lambda *_args: False)
    report = run(runtime, tenant, docs)
    assert "nicht lesbar" in report.failed[0][1]
    assert not report.removed and len(stored(runtime, tenant)) == 2
