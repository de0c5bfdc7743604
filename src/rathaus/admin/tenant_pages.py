"""Towns in the browser: the platform admin creates, renames and switches
off towns; a town's administrators edit its settings with a live widget
preview and see who changed what.

Saving is all or nothing: every changed field is checked first, and one
invalid field leaves everything as it was. A form based on settings that
someone else changed meanwhile is refused with a conflict message instead of
silently overwriting their change.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from rathaus.accounts import audit
from rathaus.accounts.store import Principal
from rathaus.admin import auth
from rathaus.admin.routes import _Invalid, in_db, public_base, render, tenant_for
from rathaus.admin.settings_form import FIELDS, form_rows, keep_stored_secret, parse, submitted_texts, version
from rathaus.db import repository as repo
from rathaus.db.tables import AuditEntry, Tenant
from rathaus.security.secrets import SecretBox
from rathaus.tenants.branding import InvalidSetting
from rathaus.tenants.settings import public_view, set_setting, validate

router = APIRouter(include_in_schema=False)
HISTORY_ACTIONS = ("settings.changed", "tenant.renamed", "tenant.created", "tenant.disabled", "tenant.enabled")


def _history(session, tenant_id: int) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.tenant_id == tenant_id,
                                                         AuditEntry.action.in_(HISTORY_ACTIONS))
                                .order_by(AuditEntry.id.desc()).limit(30)))


async def _tenant_and_history(request: Request, user: Principal, slug: str):
    return await in_db(request, lambda s: (t := tenant_for(s, user, slug, "settings"), _history(s, t.id)))


def _settings_page(request: Request, user: Principal, tenant, history, status: int = 200, texts=None, errors=None,
                   name=None, **extra) -> Response:
    settings = dict(tenant.settings or {})
    extra["base"] = public_base(request)
    return render("settings.html", status, title=f"Einstellungen – {tenant.name}", user=user, tenant=tenant,
                  rows=form_rows(settings, texts, errors), version=version(settings), history=history,
                  name=tenant.name if name is None else name, **extra)


@router.get("/admin/{slug}/settings")
async def settings_page(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    tenant, history = await _tenant_and_history(request, user, slug)
    return _settings_page(request, user, tenant, history)


@router.post("/admin/{slug}/settings")
async def save_settings(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    texts = submitted_texts(form)
    new_name = " ".join(str(form.get("name", "")).split())
    box = SecretBox.from_settings(request.app.state.runtime.settings)

    def work(session):
        tenant = tenant_for(session, user, slug, "settings")
        stored = dict(tenant.settings or {})
        if form.get("version") != version(stored):
            return tenant, "conflict"
        errors, changes = {}, {}
        if not new_name or len(new_name) > 200:
            errors["name"] = "Bitte einen Namen angeben (höchstens 200 Zeichen)."
        shown = public_view(stored)
        for field in FIELDS:
            try:
                value = parse(field, texts[field.key])
            except ValueError as exc:
                errors[field.key] = str(exc)
                continue
            if value == shown.get(field.key):
                continue
            value = keep_stored_secret(field.key, value, stored.get(field.key))
            try:
                changes[field.key] = validate(field.key, value) if value is not None else None
            except InvalidSetting as exc:
                errors[field.key] = str(exc)
        if errors:
            raise _Invalid(errors)
        try:
            for key, value in changes.items():
                set_setting(session, tenant.slug, key, value, secrets=box)
                audit.record(session, tenant.id, user.email, "settings.changed", key, old=shown.get(key),
                             new=public_view(dict(tenant.settings or {})).get(key))
        except InvalidSetting as exc:  # e.g. a secret without RATHAUS_SECRET_KEY
            raise _Invalid({next(iter(changes)): str(exc)}) from None
        if new_name != tenant.name:
            audit.record(session, tenant.id, user.email, "tenant.renamed", tenant.slug, old=tenant.name, new=new_name)
            tenant.name = new_name
        return tenant, "saved"

    try:
        tenant, outcome = await in_db(request, work)
    except _Invalid as exc:
        tenant, history = await _tenant_and_history(request, user, slug)
        errors = exc.args[0]
        return _settings_page(request, user, tenant, history, 422, texts=texts, errors=errors, name=new_name,
                              error_summary=len(errors))
    tenant, history = await _tenant_and_history(request, user, slug)
    if outcome == "conflict":
        return _settings_page(request, user, tenant, history, 409, notice="Jemand anderes hat die Einstellungen inzwischen "
                              "geändert. Unten stehen die aktuellen Werte; bitte tragen Sie Ihre Änderung erneut ein.")
    return _settings_page(request, user, tenant, history, notice="Gespeichert.")


# -- the platform admin: towns --------------------------------------------------------------------

def _superadmin(user: Principal) -> None:
    if not user.is_superadmin:
        raise HTTPException(status_code=404, detail="Diese Seite gibt es nicht.")


@router.post("/admin/tenants")
async def create_tenant(request: Request, user: Principal = Depends(auth.page_user)) -> Response:
    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    _superadmin(user)
    slug = str(form.get("slug", "")).strip().lower()
    name = " ".join(str(form.get("name", "")).split())
    embedder = request.app.state.runtime.settings.embedder

    def work(session):
        if not name or len(name) > 200:
            return "Bitte einen Namen angeben (höchstens 200 Zeichen)."
        if session.scalar(select(Tenant.id).where(Tenant.slug == slug)) is not None:
            return f"Das Kürzel „{slug}“ ist schon vergeben."
        try:
            tenant = repo.ensure_tenant(session, slug, name, embedder=embedder)
        except repo.InvalidSlug:
            return "Das Kürzel darf nur Kleinbuchstaben, Ziffern und „-“ enthalten (1–64 Zeichen), z. B. „jena“."
        audit.record(session, tenant.id, user.email, "tenant.created", slug, name=name)
        audit.record(session, None, user.email, "tenant.created", slug, name=name)
        return None

    error = await in_db(request, work)
    if error:
        from rathaus.admin.routes import home_page

        return await home_page(request, user, status=422, create_error=error, create_form={"slug": slug, "name": name})
    return RedirectResponse(f"/admin/{slug}/settings", status_code=303)


@router.post("/admin/tenants/{slug}/disabled")
async def switch_tenant(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    form = await request.form()
    auth.check_form_csrf(user, form.get("csrf"))
    _superadmin(user)
    disabled = form.get("disabled") == "true"

    def work(session):
        try:
            tenant = repo.get_tenant(session, slug, include_disabled=True)
        except repo.UnknownTenant:
            raise HTTPException(status_code=404, detail="Diese Kommune gibt es nicht.") from None
        if tenant.disabled != disabled:
            tenant.disabled = disabled
            action = "tenant.disabled" if disabled else "tenant.enabled"
            audit.record(session, tenant.id, user.email, action, slug)
            audit.record(session, None, user.email, action, slug)

    await in_db(request, work)
    return RedirectResponse("/admin", status_code=303)
