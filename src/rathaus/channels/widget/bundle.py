"""widget.js is built from the small files in js/ when it is first served:
concatenated in the order below inside one function scope. No build tools,
no minifier: gzip does most of the work (bench/widget_size.py).

To change the widget, edit js/*.js and reload the page (restart the server).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

PARTS = ("base.js", "styles.js", "markdown.js", "element.js", "handoff.js", "mount.js")


def without_comment_lines(source: str) -> str:
    """Drop whole-line `//` comments and `/** … */` blocks and every line's
    indentation (they are for the people reading js/, not for every page view:
    ~4 % of widget.js gzipped); `/*!` licence headers and everything else stay
    byte for byte. No line of the sources starts a comment inside a string, and
    the only string spanning lines is CSS, where indentation means nothing —
    tests/channels/test_widget_routes.py checks by running the bundle in a browser."""
    kept, in_block = [], False
    for line in source.splitlines():
        stripped = line.strip()
        if in_block:
            in_block = not stripped.endswith("*/")
            continue
        if stripped.startswith("/**"):
            in_block = not stripped.endswith("*/")
            continue
        if stripped.startswith("//"):
            continue
        kept.append(line.lstrip(" "))
    return "\n".join(kept) + "\n"


@lru_cache(maxsize=1)
def widget_js() -> str:
    folder = files("rathaus.channels.widget") / "js"
    body = "\n".join(without_comment_lines((folder / name).read_text(encoding="utf-8")) for name in PARTS)
    # One scope: nothing leaks into the host page, and base.js may `return`
    # early when the script was included twice.
    return f"(() => {{\n{body}}})();\n"
