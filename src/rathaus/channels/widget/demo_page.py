"""The demo host page: a mock municipal homepage with the one-line embed
snippet, so an operator sees the widget as citizens will. `/chat` shows the
inline mode (a dedicated chat page)."""

from __future__ import annotations

from html import escape

PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="icon" href="data:,">
<style>
body{{margin:0;font-family:Georgia,serif;line-height:1.5;color:#1a1a1a;background:#fff}}
a{{color:#0b4f9c}} :focus-visible{{outline:3px solid #1a1a1a;outline-offset:2px}}
.top{{background:#0b5394;color:#fff;padding:1rem}} .top a{{color:#fff}} .top p{{margin:0;font-size:1.4rem;font-weight:700}}
nav ul{{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:.5rem 0 0;padding:0}}
main{{max-width:60rem;margin:0 auto;padding:1rem}} .tiles{{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem;padding:0;list-style:none}}
.tiles li{{border:1px solid #767676;border-radius:6px;padding:1rem}} pre{{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f3f3;padding:1rem}}
#chat{{height:70vh;min-height:28rem}} footer{{border-top:1px solid #767676;padding:1rem;text-align:center}}
@media (prefers-color-scheme:dark){{body{{background:#121212;color:#eee}}a{{color:#9fcdff}}pre{{background:#222}}
:focus-visible{{outline-color:#ffd866}}.tiles li{{border-color:#9a9a9a}}}}
</style></head>
<body><header class="top"><p><a href="/">{name}</a></p>
<nav aria-label="Hauptnavigation"><ul><li><a href="/suche">Suche</a></li><li><a href="/chat{query}">Chat-Seite</a></li>
<li><a href="/docs">API</a></li></ul></nav></header>
<main>{main}</main>
<footer><p>Demo-Seite von rathaus · <a href="/">Impressum</a> · <a href="/">Barrierefreiheit</a></p></footer>
{script}
</body></html>"""

HOME = """<h1>Willkommen in {name}</h1>
<p>Das ist eine Beispiel-Startseite einer Kommune. Unten rechts öffnet sich der Chat: Er beantwortet
Fragen zu den Leistungen der Stadt aus ihren eigenen Seiten – mit Quellen, in vielen Sprachen.</p>
<h2>Beliebte Leistungen</h2>
<ul class="tiles"><li><h3>Bürgerservice</h3><p>Ausweise, Meldewesen, Urkunden.</p></li>
<li><h3>Abfall &amp; Umwelt</h3><p>Sperrmüll, Wertstoffhof, Abfuhrkalender.</p></li>
<li><h3>Familie</h3><p>Kita-Platz, Elterngeld, Schule.</p></li></ul>
<h2>So kommt der Chat auf Ihre Seite</h2>
<p>Eine Zeile im HTML Ihrer Website genügt:</p>
<pre><code>{snippet}</code></pre>"""

INLINE = """<h1>Chat mit {name}</h1>
<p>Stellen Sie Ihre Frage – die Antworten stammen aus den Seiten der Stadt und nennen ihre Quellen.</p>
<div id="chat"><rathaus-chat data-tenant="{slug}" inline></rathaus-chat></div>"""

EMPTY = """<h1>rathaus</h1><p>Noch keine Kommune eingerichtet. Legen Sie Inhalte an mit
<code>rathaus ingest --tenant SLUG ORDNER</code>.</p>"""


def snippet(slug: str, server: str = "https://rathaus.example") -> str:
    return f'<script src="{server}/widget.js" data-tenant="{slug}" defer></script>'


def render_demo_page(tenant: tuple[str, str] | None, inline: bool = False) -> str:
    if tenant is None:
        return PAGE.format(title="rathaus", name="rathaus", query="", main=EMPTY, script="")
    slug, name = (escape(part) for part in tenant)
    if inline:
        main = INLINE.format(name=name, slug=slug)
        script = '<script src="/widget.js" defer></script>'
    else:
        main = HOME.format(name=name, snippet=escape(snippet(tenant[0])))
        script = f'<script src="/widget.js" data-tenant="{slug}" defer></script>'
    return PAGE.format(title=name, name=name, query=f"?tenant={slug}", main=main, script=script)
