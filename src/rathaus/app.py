"""`create_app(settings)`: the ASGI application. No work happens at import time."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from rathaus import __version__
from rathaus.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from rathaus.runtime import Runtime

        runtime = Runtime(settings)
        if settings.demo:
            from rathaus.demo import ensure_demo

            ensure_demo(runtime)
        app.state.runtime = runtime
        outbox_task = None
        if runtime.mail_config is not None:
            from rathaus.handoff.outbox import run_outbox

            outbox_task = asyncio.create_task(run_outbox(runtime.db, runtime.mail_config))
        from rathaus.handoff.webhooks import run_webhooks

        webhook_task = asyncio.create_task(run_webhooks(runtime.db, settings))
        try:
            yield
        finally:
            webhook_task.cancel()
            if outbox_task is not None:
                outbox_task.cancel()
            await runtime.aclose()

    app = FastAPI(
        title="rathaus",
        version=__version__,
        description="Bürger-Chat für Kommunen: Antworten aus den Dokumenten der Stadt, mit Quellen.",
        lifespan=lifespan,
    )
    from rathaus.channels.api import router as api_router
    from rathaus.channels.chat import router as chat_router
    from rathaus.channels.feedback import router as feedback_router
    from rathaus.channels.handoff import router as handoff_router
    from rathaus.channels.inbox.routes import router as inbox_router
    from rathaus.channels.staff import router as staff_router
    from rathaus.channels.pages import router as pages_router
    from rathaus.channels.widget.routes import router as widget_router

    # The widget runs on the town's own website, another origin: the public API
    # answers any origin (no cookies are used), or the operator's list.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Accept"],  # not Authorization: the staff API is same-origin
        max_age=600,
    )
    app.include_router(api_router)
    app.include_router(chat_router)
    app.include_router(feedback_router)
    app.include_router(handoff_router)
    app.include_router(staff_router)
    app.include_router(inbox_router)
    app.include_router(widget_router)
    app.include_router(pages_router)
    return app
