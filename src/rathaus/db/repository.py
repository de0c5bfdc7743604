"""Tenant-scoped data access. Every function takes the tenant explicitly; no
query here can return another tenant's rows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Sequence

import numpy as np
from sqlalchemy import Connection, delete, select, text, update
from sqlalchemy.orm import Session

from rathaus.db.tables import Chunk, Document, Source, Tenant, utcnow

__all__ = ["Tenant", "Source", "Document", "Chunk"]
from rathaus.models import ChunkDraft

if TYPE_CHECKING:
    from rathaus.db.engine import Database

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


class UnknownTenant(LookupError):
    def __init__(self, slug: str):
        super().__init__(f"unknown tenant {slug!r}")


class InvalidSlug(ValueError):
    def __init__(self, slug: str):
        super().__init__(
            f"invalid tenant slug {slug!r}: use 1-64 lowercase letters, digits and '-'"
        )


# --- tenants -----------------------------------------------------------------


def get_tenant(session: Session, slug: str, include_disabled: bool = False) -> Tenant:
    """The tenant; a disabled one counts as unknown unless `include_disabled`
    (the platform admin's pages, the CLI)."""
    tenant = session.scalar(select(Tenant).where(Tenant.slug == slug))
    if tenant is None or (tenant.disabled and not include_disabled):
        raise UnknownTenant(slug)
    return tenant


@dataclass(frozen=True)
class TenantInfo:
    """What a chat turn needs of its tenant, read without loading the ORM object."""

    id: int
    slug: str
    name: str
    settings: dict


def tenant_info(db: Database, slug: str) -> TenantInfo:
    """The enabled tenant's id, name and settings; UnknownTenant as get_tenant.
    Read on every chat question, hence one plain row (Database.quick_read:
    6 instead of 78 µs through a session)."""
    row = db.quick_read("SELECT id, slug, name, settings, disabled FROM tenants WHERE slug = :slug", {"slug": slug})
    if row is None or row[4]:
        raise UnknownTenant(slug)
    return TenantInfo(row[0], row[1], row[2], _json(row[3]))


def ensure_tenant(session: Session, slug: str, name: str | None = None, embedder: str = "e5-use") -> Tenant:
    if not SLUG_RE.match(slug):
        raise InvalidSlug(slug)
    tenant = session.scalar(select(Tenant).where(Tenant.slug == slug))
    if tenant is None:
        tenant = Tenant(slug=slug, name=name or slug.replace("-", " ").title(), embedder=embedder, settings={})
        session.add(tenant)
        session.flush()
    return tenant


def list_tenants(session: Session) -> list[Tenant]:
    return list(session.scalars(select(Tenant).order_by(Tenant.slug)))


def tenant_settings(session: Session, tenant_id: int) -> dict:
    """The tenant's settings ({} for none or an unknown id)."""
    return session.scalar(select(Tenant.settings).where(Tenant.id == tenant_id)) or {}


def index_version(session: Session, tenant_id: int) -> int:
    return session.scalar(select(Tenant.index_version).where(Tenant.id == tenant_id)) or 0


def knowledge_group(session: Session | Connection, tenant_id: int) -> tuple[tuple[int, int], ...]:
    """(tenant id, index version) of every tenant whose documents this tenant
    answers from: itself first, then each tenant named in its `shared_from`
    that names it in `share_with` (an Amt sharing with its member towns: both
    sides must agree). The tuple is also the cache key of the search index,
    read before every search: hence plain SQL and settings parsed only when
    they mention sharing (a third of the time of a typed query)."""
    row = session.execute(_GROUP_SQL, {"tenant": tenant_id}).first()
    if row is None:
        return ()
    group = ((tenant_id, row.index_version or 0),)
    wanted = (_json(row.settings).get("shared_from") or []) if _mentions(row.settings, "shared_from") else []
    if not wanted:
        return group
    for parent in session.execute(select(Tenant.id, Tenant.index_version, Tenant.settings, Tenant.disabled)
                                  .where(Tenant.slug.in_(wanted)).order_by(Tenant.id)):
        if not parent.disabled and row.slug in ((parent.settings or {}).get("share_with") or []):
            group += ((parent.id, parent.index_version or 0),)
    return group


_GROUP_SQL_TEXT = "SELECT slug, index_version, settings FROM tenants WHERE id = :tenant"
_GROUP_SQL = text(_GROUP_SQL_TEXT)


def search_version(db: Database, tenant_id: int) -> tuple[tuple[int, int], ...]:
    """knowledge_group, read before every search the quickest way: one plain
    row (Database.quick_read) for a tenant that shares nothing, the full
    reading otherwise."""
    row = db.quick_read(_GROUP_SQL_TEXT, {"tenant": tenant_id})
    if row is None:
        return ()
    if _mentions(row[2], "shared_from"):
        with db.read() as connection:
            return knowledge_group(connection, tenant_id)
    return ((tenant_id, row[1] or 0),)


def _mentions(settings, key: str) -> bool:
    return settings is not None and (key in settings if isinstance(settings, (str, dict)) else False)


def _json(settings) -> dict:
    """A JSON column read with plain SQL: text (SQLite) or already parsed (PostgreSQL)."""
    return json.loads(settings) if isinstance(settings, str) else (settings or {})


def bump_index_version(session: Session, tenant_id: int) -> None:
    session.execute(
        update(Tenant).where(Tenant.id == tenant_id).values(index_version=Tenant.index_version + 1)
    )


# --- sources -----------------------------------------------------------------


def ensure_source(session: Session, tenant_id: int, name: str, kind: str, config: dict | None = None) -> Source:
    source = session.scalar(select(Source).where(Source.tenant_id == tenant_id, Source.name == name))
    if source is None:
        source = Source(tenant_id=tenant_id, name=name, kind=kind, config=config or {})
        session.add(source)
        session.flush()
    return source


def mark_source_synced(session: Session, tenant_id: int, source_id: int) -> None:
    session.execute(
        update(Source)
        .where(Source.tenant_id == tenant_id, Source.id == source_id)
        .values(last_synced_at=utcnow())
    )


# --- documents and chunks ----------------------------------------------------


@dataclass(frozen=True)
class DocumentMeta:
    external_id: str
    title: str
    url: str | None
    language: str | None
    content_hash: str
    embedder: str
    modified_at: datetime | None = None
    title_vector: np.ndarray | None = None


def find_document(session: Session, tenant_id: int, source_id: int, external_id: str) -> Document | None:
    return session.scalar(
        select(Document).where(
            Document.tenant_id == tenant_id,
            Document.source_id == source_id,
            Document.external_id == external_id,
        )
    )


def replace_document(
    session: Session,
    tenant_id: int,
    source_id: int,
    meta: DocumentMeta,
    chunks: Sequence[ChunkDraft],
    vectors: np.ndarray,
) -> Document:
    """Insert or replace one document with all its chunks.

    Runs inside the caller's transaction: either the new chunks are all there
    or the old ones still are. Bumps the tenant's index version.
    """
    if len(chunks) != len(vectors):
        raise ValueError("one vector per chunk required")
    doc = find_document(session, tenant_id, source_id, meta.external_id)
    if doc is None:
        doc = Document(tenant_id=tenant_id, source_id=source_id, external_id=meta.external_id)
        session.add(doc)
    else:
        session.execute(delete(Chunk).where(Chunk.tenant_id == tenant_id, Chunk.document_id == doc.id))
    doc.title = meta.title
    doc.url = meta.url
    doc.language = meta.language
    doc.content_hash = meta.content_hash
    doc.embedder = meta.embedder
    doc.modified_at = meta.modified_at
    doc.title_embedding = (
        None if meta.title_vector is None else np.asarray(meta.title_vector, dtype="<f4").tobytes()
    )
    doc.fetched_at = utcnow()
    session.flush()
    vectors = np.ascontiguousarray(vectors, dtype="<f4")
    session.add_all(
        Chunk(
            tenant_id=tenant_id,
            document_id=doc.id,
            ordinal=c.ordinal,
            heading=c.heading,
            text=c.text,
            search_text=c.search_text,
            page=c.page,
            embedding=vectors[i].tobytes(),
        )
        for i, c in enumerate(chunks)
    )
    bump_index_version(session, tenant_id)
    return doc


def delete_document(session: Session, tenant_id: int, document_id: int) -> bool:
    result = session.execute(
        delete(Document).where(Document.tenant_id == tenant_id, Document.id == document_id)
    )
    if result.rowcount:
        bump_index_version(session, tenant_id)
    return bool(result.rowcount)


def count_documents(session: Session, tenant_id: int) -> int:
    from sqlalchemy import func

    return session.scalar(select(func.count(Document.id)).where(Document.tenant_id == tenant_id)) or 0


@dataclass(frozen=True)
class StoredChunk:
    """A chunk row joined with its document, as the search index loads it."""

    chunk_id: int
    document_id: int
    external_id: str
    title: str
    url: str | None
    language: str | None
    heading: str
    text: str
    search_text: str
    page: int | None
    embedder: str
    embedding: bytes


def load_title_vectors(session: Session, tenant_id: int, shared: tuple[int, ...] = ()) -> dict[int, tuple[str, bytes]]:
    """document id -> (embedder name, title embedding) for documents that have one
    (of the tenant and of the tenants in `shared`, see knowledge_group)."""
    rows = session.execute(
        select(Document.id, Document.embedder, Document.title_embedding).where(
            Document.tenant_id.in_((tenant_id, *shared)), Document.title_embedding.is_not(None)
        )
    )
    return {doc_id: (embedder, blob) for doc_id, embedder, blob in rows}


def load_chunks(session: Session, tenant_id: int, shared: tuple[int, ...] = ()) -> list[StoredChunk]:
    """The tenant's chunks, plus those of the tenants in `shared` (an Amt's
    documents) except where the tenant has its own document with the same
    external id: a member town's local page overrides the shared one."""
    columns = (Chunk.id, Chunk.document_id, Document.external_id, Document.title, Document.url,
               Document.language, Chunk.heading, Chunk.text, Chunk.search_text, Chunk.page,
               Document.embedder, Chunk.embedding)
    own = [StoredChunk(*row) for row in session.execute(
        select(*columns).join(Document, Document.id == Chunk.document_id)
        .where(Chunk.tenant_id == tenant_id, Document.tenant_id == tenant_id).order_by(Chunk.id))]
    if not shared:
        return own
    local_ids = select(Document.external_id).where(Document.tenant_id == tenant_id)
    borrowed = [StoredChunk(*row) for row in session.execute(
        select(*columns).join(Document, Document.id == Chunk.document_id)
        .where(Chunk.tenant_id.in_(shared), Document.tenant_id == Chunk.tenant_id,
               Document.external_id.not_in(local_ids)).order_by(Chunk.id))]
    return own + borrowed


def list_documents(session: Session, tenant_id: int, source_id: int | None = None) -> list[Document]:
    query = select(Document).where(Document.tenant_id == tenant_id)
    if source_id is not None:
        query = query.where(Document.source_id == source_id)
    return list(session.scalars(query.order_by(Document.external_id)))
