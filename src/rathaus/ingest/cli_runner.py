"""Console front-end of an ingest run: progress bar and one line per failure."""

from __future__ import annotations

import sys

import click
from tqdm import tqdm

from rathaus.connectors.files import FilesConnector
from rathaus.connectors.url import UrlConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import IngestReport, ingest
from rathaus.ingest.sources import record_result


def _connectors(targets: list[str], max_bytes: int) -> list:
    urls = [t for t in targets if t.startswith(("http://", "https://"))]
    paths = [t for t in targets if t not in urls]
    connectors: list = [FilesConnector(p, max_bytes=max_bytes) for p in paths]
    if urls:
        connectors.append(UrlConnector(urls))
    return connectors


def _expected_items(connector) -> int | None:
    """How many items the progress bar should expect, when that is cheap to know."""
    if isinstance(connector, FilesConnector):
        return len(connector.files()) if connector.path.exists() else None
    if isinstance(connector, UrlConnector):
        return len(connector.urls)
    return None


def run_ingest(runtime, slug: str, name: str | None, targets: list[str]) -> bool:
    """Ingest all targets into tenant `slug`; True when nothing failed."""
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, slug, name, embedder=runtime.settings.embedder)
        tenant_id = tenant.id
    embedder = runtime.embedder_for_tenant(tenant_id)
    all_ok = True
    for connector in _connectors(targets, runtime.settings.max_file_mb * 1024 * 1024):
        with tqdm(total=_expected_items(connector), unit="Dok", desc=connector.source_name[-40:], disable=None, file=sys.stderr) as bar:
            report = ingest(runtime.db, tenant_id, connector, embedder, on_item=lambda _item: bar.update(1))
        record_result(runtime.db, tenant_id, report.source_id, report)  # shown on the sources page too
        _print_report(connector.source_name, report)
        all_ok = all_ok and report.ok
    return all_ok


def _print_report(source: str, report: IngestReport) -> None:
    for external_id, reason in report.failed:
        click.echo(f"FEHLER {external_id}: {reason}", err=True)
    click.echo(f"{source}: {report.summary()}")
