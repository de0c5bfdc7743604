"""GET /inbox (the page) and /inbox.js. Sign-in is the staff token until staff
accounts exist; it stays in the tab's sessionStorage (no cookies)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

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
header h1{font-size:1.2rem;margin:0;flex:1} header button{color:#0b5394;background:#fff} header .meta{color:#fff}
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
<body>
<header><h1>Posteingang</h1><p id="who" class="meta"></p>
<button id="logout" type="button" hidden>Abmelden</button></header>
<div id="announce" class="sr" role="status" aria-live="polite"></div>
<main id="signin-area"><form id="signin" aria-labelledby="signin-title">
<h2 id="signin-title">Anmelden</h2>
<label for="tenant">Kommune (Kürzel)</label><input id="tenant" name="tenant" required autocomplete="organization">
<label for="name">Ihr Name</label><input id="name" name="name" required autocomplete="name">
<label for="token">Zugangsschlüssel</label><input id="token" name="token" type="password" required autocomplete="current-password">
<p id="signin-error" role="alert" class="meta"></p>
<button type="submit">Anmelden</button></form></main>
<main id="inbox" hidden>
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
def inbox_page() -> HTMLResponse:
    return HTMLResponse(PAGE, headers=PAGE_HEADERS)


@lru_cache(maxsize=1)
def _script() -> bytes:
    return (files("rathaus.channels.inbox") / "inbox.js").read_bytes()


@router.get("/inbox.js")
def inbox_js() -> Response:
    return Response(_script(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})
