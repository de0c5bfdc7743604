"""A live rathaus server and a real browser (Debian's chromium driven by
Playwright, never a downloaded browser) for the widget's tests.

Locally the browser tests skip when chromium or axe-core are missing; in CI
(CI=true) that is a failure: `.ci/run` installs both.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.ci import require  # noqa: F401 - the browser tests import it from here

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("RATHAUS_CHROMIUM", "/usr/bin/chromium")
AXE_JS = Path(os.environ.get("RATHAUS_AXE_JS", ROOT / "node_modules" / "axe-core" / "axe.min.js"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """`rathaus serve` in a thread: the demo municipality with the default
    embedder, and generative answers from a fake OpenAI-compatible server."""

    def __init__(self, data_dir: Path, llm_url: str, **overrides):
        import uvicorn

        from rathaus.app import create_app
        from rathaus.settings import Settings

        settings = Settings(**{
            "data_dir": data_dir, "embedder": "e5-use", "demo": True,
            "llm_backend": "openai", "llm_url": llm_url, "llm_model": "fake", "llm_timeout": 10, "staff_token": "geheim",
            **overrides,
        })
        self.app = create_app(settings)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 180  # the first start embeds the demo pages
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("rathaus did not start")
            time.sleep(0.1)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)

    @property
    def runtime(self):
        return self.app.state.runtime

    def add_staff(self, email: str, name: str, password: str, role: str = "agent", tenant: str = "musterstadt") -> None:
        from rathaus.accounts import store
        from rathaus.db import repository as repo

        with self.runtime.db.session() as session:
            user = store.find_user(session, email) or store.create_user(session, email, name, password)
            store.grant(session, user.id, repo.get_tenant(session, tenant).id, role)

    def set_tenant_setting(self, key: str, value) -> None:
        from rathaus.tenants.settings import set_setting

        with self.runtime.db.session() as session:
            set_setting(session, "musterstadt", key, value)


class TownWebsite:
    """The town's own website on another origin (`localhost` vs `127.0.0.1`),
    serving the pages a test puts there. A real server, not Playwright's
    router: Chromium treats a routed page as public and blocks it from calling
    a loopback server (Local Network Access)."""

    def __init__(self):
        pages = self.pages = {}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                body = pages.get(self.path.split("?")[0])
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write((body or "not found").encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://localhost:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def publish(self, html: str) -> str:
        path = f"/{uuid.uuid4().hex}.html"
        self.pages[path] = html
        return self.origin + path


@pytest.fixture(scope="session")
def town_website():
    site = TownWebsite()
    yield site
    site.server.shutdown()


@pytest.fixture(scope="session")
def fake_llm():
    from rathaus.testing.fake_openai import FakeOpenAIServer

    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, fake_llm):
    with LiveServer(tmp_path_factory.mktemp("live"), fake_llm.url) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: Playwright's sync API keeps an event loop running in this
    thread, which would break later tests that call asyncio.run()."""
    require(Path(CHROMIUM).exists(), f"no chromium at {CHROMIUM} (apt-get install chromium)")
    require(shutil.which("node") is not None or AXE_JS.exists(), "node is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    require(AXE_JS.exists(), f"axe-core is missing at {AXE_JS} (npm ci)")
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture
def context(browser, live_server, town_website):
    """A fresh browser profile (empty sessionStorage); `context.town` is the
    town's website for `open_host`."""
    context = new_context(browser, town_website)
    yield context
    context.close()


def new_context(browser, town_website, **options):
    options.setdefault("viewport", {"width": 1280, "height": 800})
    options.setdefault("locale", "de-DE")
    context = browser.new_context(**options)
    context.set_default_timeout(20000)
    context.town = town_website
    return context


def host_page(server_url: str, *, lang: str = "de", tenant: str = "musterstadt", extra_head: str = "",
              script_attrs: str = "", scripts: int = 1, body: str = "") -> str:
    """A town's page with the one-line embed snippet."""
    tag = f'<script src="{server_url}/widget.js" data-tenant="{tenant}" {script_attrs} defer></script>'
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Stadt</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{extra_head}</head>'
        f"<body><main><h1>Willkommen</h1><p>Inhalt der Stadt.</p>{body}</main>{tag * scripts}</body></html>"
    )


def open_host(context, html: str):
    """Put `html` on the town's website and open it; console lines are kept in page.messages."""
    page = context.new_page()
    page.messages = []
    page.on("console", lambda m: page.messages.append(f"{m.type}: {m.text}"))
    page.goto(context.town.publish(html))
    return page


def axe_violations(page, axe_source: str) -> list[dict]:
    """axe-core's violations for the whole page (shadow DOM included), all rules."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary)}))"""
    )


def assert_accessible(page, axe_source: str, state: str) -> None:
    violations = axe_violations(page, axe_source)
    assert violations == [], f"axe violations in state '{state}':\n" + json.dumps(violations, ensure_ascii=False, indent=1)
