"""GET /inbox (the page) and /inbox.js. The page needs a signed-in account
(/login) with the role admin or agent in at least one tenant; the script talks
to the staff API with the session cookie and the session's CSRF token."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import html
import json

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from rathaus.accounts import store
from rathaus.accounts.roles import allowed
from rathaus.accounts.store import Principal
from rathaus.admin.auth import page_user
from rathaus.channels.widget.routes import PAGE_HEADERS

router = APIRouter(include_in_schema=False)

PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Posteingang – rathaus</title><link rel="icon" href="data:,">
<style>
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff} [hidden]{display:none!important}
a{color:#0b4f9c} :focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
header{background:#0b5394;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header h1{font-size:1.2rem;margin:0;flex:1} header button{color:#0b5394;background:#fff} header .meta{color:#fff} header form{margin:0}
main{display:grid;grid-template-columns:minmax(16rem,1fr) 3fr;gap:1rem;padding:1rem}
@media (max-width:800px){main{grid-template-columns:1fr}}
button,input,select,textarea{font:inherit;min-height:44px}
button{background:#0b5394;color:#fff;border:0;border-radius:6px;padding:.4rem .9rem;cursor:pointer}
button.secondary{background:#fff;color:#0b5394;border:1px solid #0b5394}
input,select,textarea{border:1px solid #767676;border-radius:6px;padding:.4rem;background:#fff;color:#1a1a1a}
label{display:block;font-weight:600;margin-top:.5rem}
#queue ol{list-style:none;padding:0;margin:0} #queue li{margin:.3rem 0}
#queue li button{width:100%;text-align:start;background:#eef1f4;color:#1a1a1a;border:1px solid #767676}
#queue li button[aria-current=true]{border:3px solid #0b5394}
.msg{border-radius:8px;padding:.5rem .8rem;margin:.4rem 0;max-width:48rem}
.user{background:#eef1f4} .assistant{background:#f6f6f6;border-inline-start:4px solid #767676}
.staff{background:#e6effa;border-inline-start:4px solid #0b5394} .note{background:#fff4d6;border:1px dashed #7a5a00}
.system{font-style:italic;color:#4d4d4d} .meta{font-size:.875rem;color:#4d4d4d;margin:0}
.row{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end} .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
#suggestions li{margin:.3rem 0}
</style></head>
<body data-staff="{staff}">
<header><h1>Posteingang</h1><p id="who" class="meta"></p>
<label for="tenant-switch" class="meta" id="tenant-label">Kommune</label><select id="tenant-switch"></select>
<a href="/admin" class="meta">Übersicht</a>
<form method="post" action="/logout"><input type="hidden" name="csrf" value="{csrf}"><button type="submit">Abmelden</button></form></header>
<div id="announce" class="sr" role="status" aria-live="polite"></div>
<main id="no-tenant" hidden><p>Sie haben in keiner Kommune die Rolle Posteingang oder Administration.</p></main>
<main id="inbox">
<section id="queue" aria-labelledby="queue-title"><h2 id="queue-title">Warteschlange</h2><ol></ol>
<p id="empty" class="meta">Keine offenen Gespräche.</p></section>
<section id="detail" aria-labelledby="detail-title"><h2 id="detail-title">Gespräch</h2>
<p class="meta" id="detail-state">Wählen Sie links ein Gespräch.</p>
<div id="transcript" role="log" aria-label="Verlauf" tabindex="0"></div>
<div id="actions" class="row" hidden>
<button type="button" data-to="with_staff">Übernehmen</button>
<button type="button" class="secondary" data-to="resolved">Erledigt</button>
<button type="button" class="secondary" data-to="bot">An den Chat-Assistenten zurückgeben</button>
<label for="transfer">Weiterleiten an</label><select id="transfer"></select>
<button type="button" class="secondary" id="transfer-go">Weiterleiten</button></div>
<form id="reply" hidden><label for="reply-text">Antwort an die Bürgerin / den Bürger</label>
<textarea id="reply-text" rows="4" maxlength="8000" required></textarea>
<div class="row"><label><input type="checkbox" id="internal"> Interne Notiz (nicht sichtbar für Bürger)</label>
<button type="submit">Senden</button></div></form>
<section id="suggest" aria-labelledby="suggest-title" hidden><h3 id="suggest-title">Vorschläge aus der Wissensbasis</h3>
<ol id="suggestions"></ol></section>
</section></main>
<script src="/inbox.js" defer></script>
</body></html>"""


@router.get("/inbox")
async def inbox_page(request: Request, user: Principal = Depends(page_user)) -> HTMLResponse:
    def tenants():
        with request.app.state.runtime.db.session() as session:
            return [{"slug": t.slug, "name": t.name} for t in store.visible_tenants(session, user)
                    if allowed(user.role_in(t.id), "inbox") and not t.disabled]

    staff = {"name": user.name, "csrf": user.csrf_token, "tenants": await run_in_threadpool(tenants)}
    page = PAGE.replace("{csrf}", html.escape(user.csrf_token, quote=True)).replace(
        "{staff}", html.escape(json.dumps(staff), quote=True))
    return HTMLResponse(page, headers={**PAGE_HEADERS, "Cache-Control": "no-store"})


@lru_cache(maxsize=1)
def _script() -> bytes:
    return (files("rathaus.channels.inbox") / "inbox.js").read_bytes()


@router.get("/inbox.js")
def inbox_js() -> Response:
    return Response(_script(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})
