"""One ingest run: connector -> parser -> chunks -> embeddings -> stored chunks.

Each document is its own transaction: it is either stored completely (old
chunks replaced) or not touched at all. Failures are collected per item with a
one-line reason and never stop the run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable

from rathaus.connectors.base import Connector, FetchedItem
from rathaus.db import repository as repo
from rathaus.db.engine import Database
from rathaus.ingest.chunking import chunk_document
from rathaus.ingest.parsers import ParseError, parser_for
from rathaus.language import detect_language
from rathaus.llm.embedders import Embedder, EmbedderError

# Bump when parsing or chunking changes in a way that should re-process
# unchanged files on the next run.
PIPELINE_VERSION = "4"  # 4: ordered lists keep their numbers ("1. " lines)


@dataclass
class IngestReport:
    source_id: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"{len(self.added)} neu, {len(self.updated)} aktualisiert, "
            f"{len(self.unchanged)} unverändert, {len(self.removed)} entfernt, "
            f"{len(self.failed)} fehlgeschlagen, {self.chunks} Abschnitte"
        )


class DocumentFailed(Exception):
    pass


def content_hash(item: FetchedItem, embedder: Embedder) -> str:
    digest = hashlib.sha256(item.data)
    digest.update(f"|{PIPELINE_VERSION}|{embedder.name}|{item.url or ''}".encode())
    return digest.hexdigest()


def ingest(
    db: Database,
    tenant_id: int,
    connector: Connector,
    embedder: Embedder,
    on_item: Callable[[FetchedItem], None] | None = None,
    since: dict | None = None,
) -> IngestReport:
    """Store what `connector.fetch(since)` yields; the caller asks the connector
    for its checkpoint afterwards (ingest/sources.py)."""
    report = IngestReport()
    with db.session() as session:
        source = repo.ensure_source(session, tenant_id, connector.source_name, connector.kind)
        source_id = report.source_id = source.id
    seen: set[str] = set()
    for item in connector.fetch(since):
        seen.add(item.external_id)
        try:
            _ingest_one(db, tenant_id, source_id, item, embedder, report)
        except DocumentFailed as exc:
            report.failed.append((item.external_id, str(exc)))
        if on_item:
            on_item(item)
    if connector.complete:
        report.removed = _remove_missing(db, tenant_id, source_id, seen)
    with db.session() as session:
        repo.mark_source_synced(session, tenant_id, source_id)
    return report


def _ingest_one(
    db: Database, tenant_id: int, source_id: int, item: FetchedItem, embedder: Embedder, report: IngestReport
) -> None:
    if item.error:
        raise DocumentFailed(item.error)
    if item.deleted:
        with db.session() as session:
            existing = repo.find_document(session, tenant_id, source_id, item.external_id)
            if existing is not None:
                repo.delete_document(session, tenant_id, existing.id)
                report.removed.append(item.external_id)
        return
    if item.unchanged:
        with db.session() as session:
            if repo.find_document(session, tenant_id, source_id, item.external_id) is not None:
                report.unchanged.append(item.external_id)
                return
        raise DocumentFailed("nicht geändert laut Server, aber nicht im Index: beim nächsten Abgleich neu abrufen")
    if not item.data.strip():
        raise DocumentFailed("Datei ist leer (empty file)")
    digest = content_hash(item, embedder)
    with db.session() as session:
        existing = repo.find_document(session, tenant_id, source_id, item.external_id)
        if existing is not None and existing.content_hash == digest:
            report.unchanged.append(item.external_id)
            return
    if item.incomplete and existing is not None:  # a passing fault must not replace a complete version
        raise DocumentFailed(f"{item.incomplete}; die bisherige Fassung bleibt im Index")
    parser = parser_for(item.filename, item.mime)
    if parser is None:
        raise DocumentFailed(f"Dateityp wird nicht unterstützt (unsupported file type): {item.filename}")
    try:
        parsed = parser.parse(item.data, item.filename)
    except ParseError as exc:
        raise DocumentFailed(str(exc)) from None
    except Exception as exc:  # a parser bug must not stop the whole run
        raise DocumentFailed(f"Parser {parser.name} fehlgeschlagen: {type(exc).__name__}: {exc}") from None
    chunks = chunk_document(parsed)
    if not chunks:
        raise DocumentFailed("kein Text gefunden (no text found)")
    title = parsed.title or item.filename
    try:
        vectors = embedder.embed([c.search_text for c in chunks], kind="passage")
        title_vector = embedder.embed([title], kind="query")[0]
    except EmbedderError as exc:
        raise DocumentFailed(f"Einbettung fehlgeschlagen: {exc}") from None
    meta = repo.DocumentMeta(
        external_id=item.external_id,
        title=title,
        url=parsed.url or item.url or parsed.metadata.get("url"),
        language=parsed.language or detect_language(parsed.text[:2000]),
        content_hash=digest,
        embedder=embedder.name,
        modified_at=item.modified_at,
        title_vector=title_vector,
    )
    with db.session() as session:
        repo.replace_document(session, tenant_id, source_id, meta, chunks, vectors)
    (report.updated if existing is not None else report.added).append(item.external_id)
    report.chunks += len(chunks)


def _remove_missing(db: Database, tenant_id: int, source_id: int, seen: Iterable[str]) -> list[str]:
    seen = set(seen)
    removed = []
    with db.session() as session:
        for doc in repo.list_documents(session, tenant_id, source_id):
            if doc.external_id not in seen:
                repo.delete_document(session, tenant_id, doc.id)
                removed.append(doc.external_id)
    return removed
