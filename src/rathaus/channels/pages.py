"""Server-rendered start page: a plain, accessible knowledge search per tenant.

It needs no JavaScript: a fallback for citizens and a quick check for editors.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from rathaus.db import repository as repo

router = APIRouter()

PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a;background:#fff}}
a{{color:#0b4f9c}} input,select,button{{font:inherit;padding:.4rem}} button{{background:#0b4f9c;color:#fff;border:0;border-radius:4px}}
:focus-visible{{outline:3px solid #b35c00;outline-offset:2px}} .hit{{border-top:1px solid #ccc;padding:.5rem 0}}
.meta{{color:#4a4a4a;font-size:.9rem}}
@media (prefers-color-scheme:dark){{body{{background:#121212;color:#eee}}a{{color:#8cc4ff}}.meta{{color:#c8c8c8}}}}
</style></head>
<body><header><p><strong>rathaus</strong> – Bürgerservice-Wissen mit Quellenangaben</p></header>
<main><h1>{title}</h1>{body}</main></body></html>"""


@router.get("/suche", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, tenant: str | None = None, q: str = Query("", max_length=2000)) -> HTMLResponse:
    runtime = request.app.state.runtime
    with runtime.db.session() as session:
        tenants = [(t.slug, t.name, t.id) for t in repo.list_tenants(session)]
    if not tenants:
        body = "<p>Noch keine Kommune eingerichtet. Legen Sie Inhalte an mit <code>rathaus ingest --tenant SLUG ORDNER</code>.</p>"
        return HTMLResponse(PAGE.format(title="rathaus", body=body))
    current = next((t for t in tenants if t[0] == tenant), tenants[0])
    options = "".join(
        f'<option value="{escape(slug)}"{" selected" if slug == current[0] else ""}>{escape(name)}</option>'
        for slug, name, _ in tenants
    )
    body = (
        '<form method="get" action="/suche" role="search">'
        f'<label for="tenant">Kommune</label> <select id="tenant" name="tenant">{options}</select> '
        f'<label for="q">Ihre Frage</label> <input id="q" name="q" type="search" value="{escape(q)}" '
        'autocomplete="off" size="40"> <button type="submit">Suchen</button></form>'
    )
    if q.strip():
        hits = runtime.index.search(current[2], q, 5)
        if hits:
            items = "".join(
                f'<li class="hit"><a href="{escape(h.url or "#")}">{escape(h.title)}</a>'
                f'<p class="meta">{escape(h.heading)}</p><p>{escape(h.text[:400])}</p></li>'
                for h in hits
            )
            body += f'<h2>Gefundene Stellen</h2><ol>{items}</ol>'
        else:
            body += "<p>Dazu wurde nichts gefunden.</p>"
    return HTMLResponse(PAGE.format(title=escape(current[1]), body=body))
