"""A town's knowledge in the browser: sources (web addresses, uploaded files)
with their sync status and per-document errors, sync now, delete; and the test
console ("ask as a citizen") that shows what retrieval found and how it scored.
Editors and administrators may use these pages."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from rathaus.accounts import audit
from rathaus.accounts.store import Principal
from rathaus.admin import auth, plugin_forms
from rathaus.admin.routes import in_db, render, tenant_for
from rathaus.ingest import sources as src

router = APIRouter(include_in_schema=False)
STATUS = {"never": "noch nie", "running": "läuft …", "ok": "in Ordnung", "errors": "mit Fehlern", "failed": "fehlgeschlagen"}
KIND = {"urls": "Web-Adressen", "upload": "Hochgeladene Dateien", "files": "Ordner (Kommandozeile)",
        "url": "Einzelne Adressen (Kommandozeile)"}  # connector plugins bring their own `label`


def _start_sync(request: Request, tenant_id: int, source_id: int) -> None:
    """Sync in a worker thread; the page shows the status (reload to follow it)."""
    runtime = request.app.state.runtime
    asyncio.get_running_loop().run_in_executor(None, src.sync_source, runtime, tenant_id, source_id)


def _rows(session, tenant_id: int) -> list[dict]:
    labels = {kind: getattr(cls, "label", kind) for kind, cls in src.connector_kinds().items()}
    return [{"id": s.id, "name": s.name, "kind": KIND.get(s.kind) or labels.get(s.kind, s.kind), "raw_kind": s.kind,
             "documents": count, "status": STATUS.get(s.sync_status, s.sync_status), "raw_status": s.sync_status,
             "last": s.last_synced_at, "counts": s.sync_counts or {}, "errors": s.sync_errors or [],
             "urls": "\n".join(s.config.get("urls", [])) if s.kind == "urls" else "",
             "interval": "" if s.sync_interval_minutes is None else str(s.sync_interval_minutes)}
            for s, count in src.list_sources(session, tenant_id)]


async def _page(request: Request, user: Principal, slug: str, status: int = 200, **extra) -> Response:
    tenant, rows = await in_db(request, lambda s: (t := tenant_for(s, user, slug, "sources"), _rows(s, t.id)))
    extra.setdefault("form", {"name": "", "urls": ""})
    extra.setdefault("plugin_form", {})
    plugins = src.connector_kinds()
    connectors = {kind: plugin_forms.fields_of(cls.config_model) for kind, cls in plugins.items()}
    extra["labels"] = {kind: getattr(cls, "label", kind) for kind, cls in plugins.items()}
    return render("sources.html", status, title=f"Wissensquellen – {tenant.name}", user=user, tenant=tenant,
                  connectors=connectors,
                  sources=rows, max_mb=request.app.state.runtime.settings.max_file_mb,
                  suffixes=", ".join(src.UPLOAD_SUFFIXES), **extra)


@router.get("/admin/{slug}/sources")
async def sources_page(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    return await _page(request, user, slug)


@router.post("/admin/{slug}/sources")
async def add_urls(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    name, text = str(form.get("name", "")), str(form.get("urls", ""))

    def work(session):
        tenant = tenant_for(session, user, slug, "sources")
        source = src.create_source(session, tenant.id, name, "urls", {"urls": src.parse_urls(text)})
        audit.record(session, tenant.id, user.email, "source.created", source.name, kind="urls",
                     count=len(source.config["urls"]))
        return tenant.id, source.id

    try:
        tenant_id, source_id = await in_db(request, work)
    except src.SourceError as exc:
        return await _page(request, user, slug, 422, url_error=str(exc), form={"name": name, "urls": text})
    _start_sync(request, tenant_id, source_id)
    return RedirectResponse(f"/admin/{slug}/sources", status_code=303)


@router.post("/admin/{slug}/sources/new/{kind}")
async def add_connector_source(request: Request, slug: str, kind: str, user: Principal = Depends(auth.page_user)) -> Response:
    """A source of a connector plugin, configured in the form generated from its config model."""
    from pydantic import ValidationError

    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    plugin = src.connector_kinds().get(kind)
    if plugin is None:
        raise HTTPException(status_code=404, detail="Diese Art von Quelle gibt es nicht.")
    name = str(form.get("name", ""))
    values = {}
    for field in plugin_forms.fields_of(plugin.config_model):
        raw = form.get(f"cfg.{field.name}")
        if field.kind == "checkbox":
            values[field.name] = raw is not None
        elif raw not in (None, ""):
            values[field.name] = str(raw)
    shown = {"kind": kind, "name": name, "values": values}
    try:
        config = plugin.config_model.model_validate(values)
    except ValidationError as exc:
        errors = {str(e["loc"][0]) if e["loc"] else "": e["msg"] for e in exc.errors(include_url=False)}
        return await _page(request, user, slug, 422, plugin_form={**shown, "errors": errors})

    def work(session):
        tenant = tenant_for(session, user, slug, "sources")
        source = src.create_source(session, tenant.id, name, kind, config.model_dump(mode="json"))
        audit.record(session, tenant.id, user.email, "source.created", source.name, kind=kind)
        return tenant.id, source.id

    try:
        tenant_id, source_id = await in_db(request, work)
    except src.SourceError as exc:
        return await _page(request, user, slug, 422, plugin_form={**shown, "errors": {"name": str(exc)}})
    _start_sync(request, tenant_id, source_id)
    return RedirectResponse(f"/admin/{slug}/sources", status_code=303)


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    data = bytearray()
    while chunk := await upload.read(1024 * 1024):
        data.extend(chunk)
        if len(data) > limit:
            raise src.SourceError(f"{upload.filename}: größer als {limit // (1024 * 1024)} MB")
    return bytes(data)


@router.post("/admin/{slug}/sources/upload")
async def upload(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    settings = request.app.state.runtime.settings
    form = await request.form(max_files=200)
    auth.check_form_csrf(user, form.get("csrf"))
    name = str(form.get("name", "")) or "Hochgeladene Dateien"
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    try:
        if not files:
            raise src.SourceError("Bitte mindestens eine Datei auswählen.")
        contents = [(src.safe_filename(f.filename), await _read_limited(f, settings.max_file_mb * 1024 * 1024))
                    for f in files]
    except src.SourceError as exc:
        return await _page(request, user, slug, 422, upload_error=str(exc))

    def work(session):
        tenant = tenant_for(session, user, slug, "sources")
        existing = [s for s, _ in src.list_sources(session, tenant.id) if s.name == " ".join(name.split())]
        source = existing[0] if existing and existing[0].kind == "upload" else \
            src.create_source(session, tenant.id, name, "upload", {})
        folder = src.upload_folder(settings.data_dir, tenant.id, source.id)
        folder.mkdir(parents=True, exist_ok=True)
        for filename, data in contents:
            (folder / filename).write_bytes(data)
        audit.record(session, tenant.id, user.email, "source.uploaded", source.name,
                     files=", ".join(f for f, _ in contents)[:300])
        return tenant.id, source.id

    try:
        tenant_id, source_id = await in_db(request, work)
    except src.SourceError as exc:
        return await _page(request, user, slug, 422, upload_error=str(exc))
    _start_sync(request, tenant_id, source_id)
    return RedirectResponse(f"/admin/{slug}/sources", status_code=303)


async def _source_action(request: Request, slug: str, source_id: int, user: Principal, action: str) -> Response:
    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    data_dir = request.app.state.runtime.settings.data_dir

    def work(session):
        tenant = tenant_for(session, user, slug, "sources")
        try:
            source = src.get_source(session, tenant.id, source_id)
        except LookupError:
            raise HTTPException(status_code=404, detail="Diese Quelle gibt es nicht.") from None
        if action == "delete":
            audit.record(session, tenant.id, user.email, "source.deleted", src.delete_source(session, data_dir, tenant.id, source.id))
        elif action == "urls":
            source.config = {**source.config, "urls": src.parse_urls(str(form.get("urls", "")))}
            audit.record(session, tenant.id, user.email, "source.changed", source.name, count=len(source.config["urls"]))
        else:
            audit.record(session, tenant.id, user.email, "source.sync_requested", source.name)
        return tenant.id

    try:
        tenant_id = await in_db(request, work)
    except src.SourceError as exc:
        return await _page(request, user, slug, 422, notice=str(exc))
    if action != "delete":
        _start_sync(request, tenant_id, source_id)
    return RedirectResponse(f"/admin/{slug}/sources", status_code=303)


@router.post("/admin/{slug}/sources/{source_id}/sync")
async def sync_now(request: Request, slug: str, source_id: int, user: Principal = Depends(auth.page_user)) -> Response:
    return await _source_action(request, slug, source_id, user, "sync")


@router.post("/admin/{slug}/sources/{source_id}/urls")
async def change_urls(request: Request, slug: str, source_id: int, user: Principal = Depends(auth.page_user)) -> Response:
    return await _source_action(request, slug, source_id, user, "urls")


@router.post("/admin/{slug}/sources/{source_id}/schedule")
async def schedule(request: Request, slug: str, source_id: int, user: Principal = Depends(auth.page_user)) -> Response:
    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    minutes = src.INTERVALS.get(str(form.get("interval", "")), -1)

    def work(session):
        tenant = tenant_for(session, user, slug, "sources")
        try:
            src.set_interval(session, tenant.id, source_id, minutes)
        except LookupError:
            raise HTTPException(status_code=404, detail="Diese Quelle gibt es nicht.") from None
        audit.record(session, tenant.id, user.email, "source.scheduled", str(source_id), minutes=minutes)

    try:
        await in_db(request, work)
    except src.SourceError as exc:
        return await _page(request, user, slug, 422, notice=str(exc))
    return RedirectResponse(f"/admin/{slug}/sources", status_code=303)


@router.post("/admin/{slug}/sources/{source_id}/delete")
async def remove(request: Request, slug: str, source_id: int, user: Principal = Depends(auth.page_user)) -> Response:
    return await _source_action(request, slug, source_id, user, "delete")


# -- test console -------------------------------------------------------------------------------

@router.get("/admin/{slug}/console")
async def console(request: Request, slug: str, q: str = "", user: Principal = Depends(auth.page_user)) -> Response:
    from rathaus.admin.console import explain

    runtime = request.app.state.runtime
    tenant = await in_db(request, lambda s: tenant_for(s, user, slug, "sources"))
    result = None
    if q.strip():
        result = await asyncio.get_running_loop().run_in_executor(None, explain, runtime, tenant.id,
                                                                   dict(tenant.settings or {}), q.strip()[:4000],
                                                                   tenant.name)
    return render("console.html", title=f"Testkonsole – {tenant.name}", user=user, tenant=tenant, q=q, result=result)
