"""The demo municipality "Musterstadt": fictional citizen-service pages that
ship with rathaus so that a fresh install is useful to look at at once."""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from rathaus.connectors.files import FilesConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import IngestReport, ingest
from rathaus.ingest.sources import record_result

DEMO_SLUG = "musterstadt"
DEMO_NAME = "Stadt Musterstadt"
# What the demo's widget shows; a real town sets these with `rathaus tenants set`.
DEMO_SETTINGS = {
    "primary_color": "#0b5394",
    "logo_url": "/static/logo.svg",
    "suggested_questions": {
        "de": ["Wie beantrage ich einen Personalausweis?", "Wann ist der Wertstoffhof geöffnet?",
               "Wie melde ich meinen Wohnsitz an?"],
        "en": ["How do I apply for an ID card?", "How do I register my address?"],
    },
    "contact": {"phone": "01234 567-0", "email": "buergerbuero@musterstadt.example",
                "url": "https://www.musterstadt.example/kontakt", "hours": "Mo–Fr 8–18 Uhr"},
}
log = logging.getLogger(__name__)


def demo_pages():
    return files("rathaus.demo") / "musterstadt" / "pages"


def ensure_demo(runtime) -> IngestReport:
    """Create the demo tenant and (re-)ingest its pages; cheap when unchanged."""
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, DEMO_SLUG, DEMO_NAME, embedder=runtime.settings.embedder)
        if not tenant.settings:
            tenant.settings = dict(DEMO_SETTINGS)
        tenant_id = tenant.id
    log.info("Demo-Kommune %s wird geprüft (beim ersten Start je nach Rechner 20–40 s) …", DEMO_SLUG)
    with as_file(demo_pages()) as folder:
        connector = FilesConnector(folder)
        connector.source_name = "demo:musterstadt"  # stable wherever the package is installed
        report = ingest(runtime.db, tenant_id, connector, runtime.embedder_for_tenant(tenant_id))
    record_result(runtime.db, tenant_id, report.source_id, report)
    log.info("Demo-Kommune %s: %s", DEMO_SLUG, report.summary())
    return report
