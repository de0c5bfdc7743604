"""The `rathaus` command line.

    rathaus serve [--workers N]        web server (demo municipality on first start)
    rathaus ingest --tenant SLUG PATH_OR_URL...
    rathaus eval retrieval --tenant SLUG --questions FILE [--k 5] [--json]
    rathaus search --tenant SLUG QUESTION
    rathaus tenants [show SLUG | set SLUG KEY VALUE]
    rathaus sources [--tenant SLUG] | sources sync --tenant SLUG ID
    rathaus purge
    rathaus migrate
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from rathaus.settings import Settings


def _runtime():
    from rathaus.runtime import Runtime

    return Runtime(Settings())


def _fail(message: str) -> None:
    click.echo(f"Fehler: {message}", err=True)
    sys.exit(2)


def friendly_errors(command):
    """Operator mistakes (unknown tenant, bad slug, missing embedder settings,
    bad question file) end with one clear line and exit code 2, no traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from rathaus.db.repository import InvalidSlug, UnknownTenant
        from rathaus.eval.retrieval import QuestionFileError
        from rathaus.llm.embedders import EmbedderError
        from rathaus.plugins import PluginNotFound
        from rathaus.security.secrets import SecretError
        from rathaus.tenants.branding import InvalidSetting

        try:
            return command(*args, **kwargs)
        except (InvalidSlug, UnknownTenant, QuestionFileError, EmbedderError, PluginNotFound, InvalidSetting,
                SecretError) as exc:
            _fail(str(exc))

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rathaus")
def main() -> None:
    """rathaus — Bürger-Chat für Kommunen, mit Quellenangaben."""


@main.command()
@click.option("--host", default=None, help="Interface to bind (default RATHAUS_HOST or 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default RATHAUS_PORT or 8000).")
@click.option("--no-demo", is_flag=True, help="Do not create the demo municipality.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes; more than one needs RATHAUS_REDIS_URL (live messages between them).")
def serve(host: str | None, port: int | None, no_demo: bool, workers: int) -> None:
    """Start the web server."""
    import logging

    import uvicorn

    from rathaus.app import create_app, prepare

    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin list says nothing to an operator
    import bm25s  # noqa: F401 - it sets its own logger to DEBUG when imported: quieted after that
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    settings = Settings()
    settings = settings.model_copy(update={"demo": settings.demo and not no_demo, "host": host or settings.host,
                                           "port": port or settings.port})  # the setup link names the real port
    if workers == 1:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
        return
    if settings.broker_name == "memory":
        raise click.UsageError(
            f"--workers {workers} needs RATHAUS_REDIS_URL (e.g. redis://127.0.0.1:6379/0): a staff reply "
            "must reach the citizen's live chat in whichever process it is connected to."
        )
    prepare(settings)
    # The workers build their own app from the environment (uvicorn starts
    # them fresh): what was given on the command line goes there, and the
    # start-up work done above is not repeated.
    os.environ.update(RATHAUS_HOST=settings.host, RATHAUS_PORT=str(settings.port), RATHAUS_DEMO="false",
                      RATHAUS_ANNOUNCE_SETUP_LINK="false")
    uvicorn.run("rathaus.app:create_app", factory=True, host=settings.host, port=settings.port, workers=workers)


@main.command()
@click.option("--tenant", "slug", required=True, help="Tenant slug, created if missing.")
@click.option("--name", default=None, help="Display name when the tenant is created.")
@click.argument("targets", nargs=-1, required=True)
@friendly_errors
def ingest(slug: str, name: str | None, targets: tuple[str, ...]) -> None:
    """Ingest files, folders and URLs into a tenant's knowledge base."""
    from rathaus.ingest.cli_runner import run_ingest

    runtime = _runtime()
    try:
        ok = run_ingest(runtime, slug, name, list(targets))
    finally:
        runtime.close()
    sys.exit(0 if ok else 1)


@main.command()
@click.option("--tenant", "slug", required=True)
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 100))
@click.argument("question")
@friendly_errors
def search(slug: str, k: int, question: str) -> None:
    """Show the passages the index finds for a question."""
    from rathaus.db import repository as repo

    runtime = _runtime()
    with runtime.db.session() as session:
        tenant_id = repo.get_tenant(session, slug).id
    hits = runtime.index.search(tenant_id, question, k)
    searched = runtime.index.expanded(tenant_id, question)
    if searched != question.strip():  # what synonyms, the town's words and the glossary added
        click.echo(f"Gesucht: {searched}")
    for n, hit in enumerate(hits, start=1):
        click.echo(f"{n}. [{hit.score:.3f}] {hit.title} ({hit.external_id})")
        click.echo(f"   {hit.heading}: {hit.text[:200]}")


@main.group("eval")
def eval_group() -> None:
    """Measure how well rathaus answers your town's questions."""


@eval_group.command("retrieval")
@click.option("--tenant", "slug", required=True)
@click.option("--questions", "questions_file", required=True, type=click.Path(path_type=Path))
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print the machine-readable report.")
@friendly_errors
def eval_retrieval(slug: str, questions_file: Path, k: int, as_json: bool) -> None:
    """hit@k and MRR of retrieval on a question file (TSV)."""
    from rathaus.db import repository as repo
    from rathaus.eval.retrieval import evaluate, format_report, read_questions

    questions = read_questions(questions_file)
    runtime = _runtime()
    with runtime.db.session() as session:
        tenant_id = repo.get_tenant(session, slug).id
    report = evaluate(questions, lambda q, n: runtime.index.search(tenant_id, q, n), k)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report))


@main.group(invoke_without_command=True)
@click.pass_context
def tenants(ctx: click.Context) -> None:
    """List tenants with their document counts (or: show / set a tenant's settings)."""
    if ctx.invoked_subcommand is not None:
        return
    from rathaus.db import repository as repo

    runtime = _runtime()
    with runtime.db.session() as session:
        for tenant in repo.list_tenants(session):
            count = repo.count_documents(session, tenant.id)
            click.echo(f"{tenant.slug}\t{tenant.name}\t{count} Dokumente\t{tenant.embedder}")


@tenants.command("show")
@click.argument("slug")
@friendly_errors
def tenants_show(slug: str) -> None:
    """Print a tenant's settings as JSON."""
    from rathaus.db import repository as repo

    from rathaus.tenants.settings import public_view

    with _runtime().db.session() as session:
        tenant = repo.get_tenant(session, slug)
        click.echo(json.dumps({"slug": tenant.slug, "name": tenant.name, "settings": public_view(tenant.settings or {})},
                              ensure_ascii=False, indent=2))


@tenants.command("set")
@click.argument("slug")
@click.argument("key")
@click.argument("value")
@friendly_errors
def tenants_set(slug: str, key: str, value: str) -> None:
    """Change one setting, checked before it is saved. VALUE is JSON or plain text;
    'null' removes the setting.

    \b
    rathaus tenants set jena primary_color '#0b5394'
    rathaus tenants set jena suggested_questions '["Wie melde ich mich um?"]'
    rathaus tenants set jena contact '{"phone": "03641 49-0", "url": "https://www.jena.de/kontakt"}'
    rathaus tenants set jena webhook '{"url": "https://tickets.jena.de/hook", "secret": "…"}'
    """
    from rathaus.security.secrets import SecretBox
    from rathaus.tenants.settings import set_setting

    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = value  # plain text, e.g. a greeting
    runtime = _runtime()
    with runtime.db.session() as session:
        stored = set_setting(session, slug, key, parsed, secrets=SecretBox.from_settings(runtime.settings))
    click.echo(f"{slug}: {key} = {json.dumps(stored, ensure_ascii=False)}")


@main.group(invoke_without_command=True)
@click.option("--tenant", "slug", default=None, help="Only this tenant.")
@click.pass_context
@friendly_errors
def sources(ctx: click.Context, slug: str | None) -> None:
    """Knowledge sources with the status of their last sync (or: sources sync)."""
    if ctx.invoked_subcommand is not None:
        return
    from rathaus.db import repository as repo
    from rathaus.ingest.sources import list_sources

    runtime = _runtime()
    with runtime.db.session() as session:
        tenants = [repo.get_tenant(session, slug, include_disabled=True)] if slug else repo.list_tenants(session)
        for tenant in tenants:
            for source, count in list_sources(session, tenant.id):
                last = source.last_synced_at.strftime("%Y-%m-%d %H:%M") if source.last_synced_at else "nie"
                every = f"alle {source.sync_interval_minutes} min" if source.sync_interval_minutes else "manuell"
                counts = source.sync_counts or {}
                click.echo(f"{tenant.slug}\t{source.id}\t{source.name}\t{source.kind}\t{count} Dok.\t"
                           f"{source.sync_status}\t{last}\t{every}\t"
                           f"{counts.get('added', 0)} neu/{counts.get('updated', 0)} geändert/"
                           f"{counts.get('removed', 0)} entfernt/{counts.get('failed', 0)} Fehler")
                for external_id, reason in (source.sync_errors or [])[:20]:
                    click.echo(f"  FEHLER {external_id}: {reason}")
    runtime.close()


@sources.command("sync")
@click.option("--tenant", "slug", required=True)
@click.argument("source_id", type=int)
@friendly_errors
def sources_sync(slug: str, source_id: int) -> None:
    """Sync one source now and print what changed."""
    from rathaus.db import repository as repo
    from rathaus.ingest.sources import get_source, sync_source

    runtime = _runtime()
    try:
        with runtime.db.session() as session:
            tenant_id = repo.get_tenant(session, slug, include_disabled=True).id
            try:
                get_source(session, tenant_id, source_id)
            except LookupError:
                _fail(f"{slug} has no source {source_id} (see: rathaus sources --tenant {slug})")
        report = sync_source(runtime, tenant_id, source_id)
    finally:
        runtime.close()
    if report is None:
        _fail("this source is being synced already (or the sync failed: see rathaus sources)")
    for external_id, reason in report.failed:
        click.echo(f"FEHLER {external_id}: {reason}", err=True)
    click.echo(report.summary())
    sys.exit(0 if report.ok else 1)


@main.command()
def purge() -> None:
    """Delete conversations older than each town's retention period (also done hourly by the server)."""
    from rathaus.conversations.retention import purge_expired

    runtime = _runtime()
    try:
        for slug, count in purge_expired(runtime.db).items():
            click.echo(f"{slug}: {count} Gespräche gelöscht")
    finally:
        runtime.close()


@main.command()
def migrate() -> None:
    """Apply database migrations (also done automatically on start)."""
    _runtime().close()
    click.echo("Datenbank ist auf dem neuesten Stand.")
