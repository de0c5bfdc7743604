"""Knowledge sources kept in the admin UI: a list of web addresses, or files
uploaded in the browser. Each sync records its status, counts and the reason
for every document that failed, for staff to see; a failed document keeps its
previously indexed version.

(The connectors issue adds crawlers, open data and council systems with their
own configuration; they will record their syncs the same way.)
"""

from __future__ import annotations

import logging
import re
import shutil
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from rathaus.connectors.files import FilesConnector
from rathaus.connectors.url import UrlConnector
from rathaus.db import repository as repo
from rathaus.db.tables import Document, Source, as_utc, utcnow
from rathaus.ingest.pipeline import IngestReport, ingest
from rathaus.security.http import GuardedClient, is_http_url

log = logging.getLogger(__name__)
KINDS = ("urls", "upload")
MAX_URLS = 500
UPLOAD_SUFFIXES = (".html", ".htm", ".pdf", ".docx", ".md", ".markdown", ".txt",
                   ".csv", ".xlsx", ".yaml", ".yml")  # the last four: FAQ lists (connectors/faq.py)
STALE_AFTER = timedelta(hours=2)  # a "running" sync older than this died with its process


class SourceError(ValueError):
    """Bad input for a source; the message is German and shown in the form."""


def parse_urls(text: str) -> list[str]:
    urls = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not urls:
        raise SourceError("Bitte mindestens eine Adresse angeben (eine pro Zeile).")
    if len(urls) > MAX_URLS:
        raise SourceError(f"Höchstens {MAX_URLS} Adressen pro Quelle.")
    for url in urls:
        if not is_http_url(url) or len(url) > 2000:
            raise SourceError(f"Keine Web-Adresse: {url[:100]} (sie muss mit https:// oder http:// beginnen)")
    return list(dict.fromkeys(urls))


def _check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > 200:
        raise SourceError("Bitte der Quelle einen Namen geben (höchstens 200 Zeichen).")
    return name


def connector_kinds() -> dict:
    """Connector plugins that staff can configure in the admin UI: kind -> class (with `config_model`)."""
    from rathaus import plugins

    return {kind: cls for kind, cls in plugins.load_all("connector").items()
            if getattr(cls, "config_model", None) is not None}


def create_source(session: Session, tenant_id: int, name: str, kind: str, config: dict) -> Source:
    name = _check_name(name)
    if kind not in KINDS and kind not in connector_kinds():
        raise SourceError(f"Unbekannte Art von Quelle: {kind}")
    if session.scalar(select(Source.id).where(Source.tenant_id == tenant_id, Source.name == name)) is not None:
        raise SourceError(f"Eine Quelle „{name}“ gibt es schon.")
    source = Source(tenant_id=tenant_id, name=name, kind=kind, config=config, sync_status="never",
                    sync_counts={}, sync_errors=[], checkpoint={})
    session.add(source)
    session.flush()
    return source


def get_source(session: Session, tenant_id: int, source_id: int) -> Source:
    source = session.scalar(select(Source).where(Source.tenant_id == tenant_id, Source.id == source_id))
    if source is None:
        raise LookupError("no such source in this tenant")
    return source


def list_sources(session: Session, tenant_id: int) -> list[tuple[Source, int]]:
    from sqlalchemy import func

    counts = dict(session.execute(select(Document.source_id, func.count()).where(Document.tenant_id == tenant_id)
                                  .group_by(Document.source_id)).all())
    sources = session.scalars(select(Source).where(Source.tenant_id == tenant_id).order_by(Source.name))
    return [(s, counts.get(s.id, 0)) for s in sources]


def upload_folder(data_dir: Path, tenant_id: int, source_id: int) -> Path:
    return (data_dir / "uploads" / str(tenant_id) / str(source_id)).resolve()


def safe_filename(name: str) -> str:
    """A file name from a browser, reduced to something harmless in our folder."""
    base = Path((name or "").replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    clean = re.sub(r"[^\w\-. ]+", "_", stem if dot else base).strip(" .")[:120] or "datei"
    suffix = ("." + suffix.lower()) if dot else ""
    if suffix not in UPLOAD_SUFFIXES:
        raise SourceError(f"{base[:100]}: diese Dateiart wird nicht unterstützt "
                          f"(möglich: {', '.join(UPLOAD_SUFFIXES)})")
    return clean + suffix


def claim_sync(session: Session, tenant_id: int, source_id: int) -> bool:
    """Mark the source as syncing; False if a sync of it is already running."""
    stale = utcnow() - STALE_AFTER
    return session.execute(
        update(Source).where(Source.tenant_id == tenant_id, Source.id == source_id,
                             or_(Source.sync_status != "running", Source.sync_started_at < stale))
        .values(sync_status="running", sync_started_at=utcnow())
    ).rowcount == 1


def _connector(source: Source, settings, session: Session):
    """The connector for one sync; a web client it gets is closed by sync_source afterwards."""
    max_bytes = settings.max_file_mb * 1024 * 1024
    web = lambda: GuardedClient(allow_hosts=set(settings.outbound_allow_hosts), max_bytes=max_bytes)  # noqa: E731
    plugin = connector_kinds().get(source.kind)
    if plugin is not None:  # e.g. ckan: configured by its own pydantic model
        return plugin.from_config(plugin.config_model.model_validate(source.config), web(), source.name)
    if source.kind == "urls":
        return UrlConnector(list(source.config.get("urls", [])), web(), source.name, whole_list=True)
    if source.kind == "url":  # single URLs given to `rathaus ingest`: fetch them again
        urls = [d.external_id for d in repo.list_documents(session, source.tenant_id, source.id)]
        return UrlConnector(urls, web(), source.name)
    if source.name.startswith("demo:"):  # the demo town's pages inside the package
        from rathaus.demo import demo_pages

        return FilesConnector(str(demo_pages()), max_bytes=max_bytes, source_name=source.name)
    if source.kind == "files" and source.name.startswith("files:"):  # a folder given to `rathaus ingest`
        return FilesConnector(source.name.removeprefix("files:"), max_bytes=max_bytes, source_name=source.name)
    return FilesConnector(upload_folder(settings.data_dir, source.tenant_id, source.id), max_bytes=max_bytes,
                          source_name=source.name)


def sync_source(runtime, tenant_id: int, source_id: int) -> IngestReport | None:
    """Run one sync (blocking: call it in a worker thread). None when another
    sync of this source is already running."""
    with runtime.db.session() as session:
        if not claim_sync(session, tenant_id, source_id):
            return None
        source = get_source(session, tenant_id, source_id)
        connector = _connector(source, runtime.settings, session)
        since = dict(source.checkpoint or {})  # e.g. the crawler's ETags from the last sync
    try:
        report = ingest(runtime.db, tenant_id, connector, runtime.embedder_for_tenant(tenant_id), since=since)
        checkpoint = connector.checkpoint({external_id for external_id, _ in report.failed})
        with runtime.db.session() as session:
            get_source(session, tenant_id, source_id).checkpoint = checkpoint
    except Exception as exc:  # the run itself broke (not one document): say so, keep what is indexed
        log.exception("sync of source %s failed", source_id)
        _finish(runtime.db, tenant_id, source_id, "failed", {}, [["-", f"{type(exc).__name__}: {exc}"[:300]]])
        return None
    finally:
        client = getattr(connector, "client", None)
        if client is not None:
            client.close()
    record_result(runtime.db, tenant_id, source_id, report)
    return report


def record_result(db, tenant_id: int, source_id: int, report: IngestReport) -> None:
    """What staff see of a sync (also for runs of `rathaus ingest`)."""
    counts = {"added": len(report.added), "updated": len(report.updated), "unchanged": len(report.unchanged),
              "removed": len(report.removed), "failed": len(report.failed), "chunks": report.chunks}
    errors = [[external_id, reason[:300]] for external_id, reason in report.failed[:200]]
    _finish(db, tenant_id, source_id, "errors" if report.failed else "ok", counts, errors)


def _finish(db, tenant_id: int, source_id: int, status: str, counts: dict, errors: list) -> None:
    with db.session() as session:
        session.execute(update(Source).where(Source.tenant_id == tenant_id, Source.id == source_id)
                        .values(sync_status=status, sync_counts=counts, sync_errors=errors, last_synced_at=utcnow()))


INTERVALS = {"": None, "60": 60, "1440": 1440, "10080": 10080}  # never, hourly, daily, weekly (minutes)


def set_interval(session: Session, tenant_id: int, source_id: int, minutes: int | None) -> None:
    if minutes not in INTERVALS.values():
        raise SourceError("Bitte ein Intervall aus der Liste wählen.")
    get_source(session, tenant_id, source_id).sync_interval_minutes = minutes


def due_sources(session: Session, now=None) -> list[tuple[int, int]]:
    """(tenant id, source id) of every source whose automatic sync is due."""
    now = now or utcnow()
    due = []
    for source in session.scalars(select(Source).where(Source.sync_interval_minutes.is_not(None),
                                                       Source.sync_status != "running")):
        last = source.last_synced_at
        if last is None or as_utc(last) + timedelta(minutes=source.sync_interval_minutes) <= now:
            due.append((source.tenant_id, source.id))
    return due


def run_due(runtime) -> int:
    """Sync every due source, one after the other (blocking: call it in a worker thread)."""
    with runtime.db.session() as session:
        due = due_sources(session)
    return sum(sync_source(runtime, tenant_id, source_id) is not None for tenant_id, source_id in due)


async def run_schedule(runtime, every: float = 60.0) -> None:
    """The background loop of one server process; claim_sync keeps processes from syncing a source twice."""
    import asyncio

    while True:
        try:
            await asyncio.to_thread(run_due, runtime)
        except Exception:  # the loop must survive anything
            log.exception("scheduled sync round failed")
        await asyncio.sleep(every)


def delete_source(session: Session, data_dir: Path, tenant_id: int, source_id: int) -> str:
    """Remove the source, its documents (from the index too) and its uploaded files."""
    source = get_source(session, tenant_id, source_id)
    name = source.name
    if session.execute(delete(Document).where(Document.tenant_id == tenant_id, Document.source_id == source_id)).rowcount:
        repo.bump_index_version(session, tenant_id)
    session.delete(source)
    shutil.rmtree(upload_folder(data_dir, tenant_id, source_id), ignore_errors=True)
    return name
