"""widget.js is built from the small files in js/ when it is first served:
concatenated in the order below inside one function scope. No build tools,
no minifier: gzip does most of the work (bench/widget_size.py).

To change the widget, edit js/*.js and reload the page (restart the server).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

PARTS = ("base.js", "styles.js", "markdown.js", "element.js", "handoff.js", "mount.js")


@lru_cache(maxsize=1)
def widget_js() -> str:
    folder = files("rathaus.channels.widget") / "js"
    body = "\n".join((folder / name).read_text(encoding="utf-8") for name in PARTS)
    # One scope: nothing leaks into the host page, and base.js may `return`
    # early when the script was included twice.
    return f"(() => {{\n{body}}})();\n"
