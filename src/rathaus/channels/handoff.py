"""The citizen's side of the handoff:

    POST /api/v1/handoff                        ask for a person (live, or an offer to leave a message)
    POST /api/v1/tickets                        leave a message (e-mail) or ask for a call back (phone)
    GET  /api/v1/conversations/{id}/messages    the visible transcript (after=ID for what is new)
    GET  /api/v1/conversations/{id}/events      live: staff messages and state changes (SSE)

The transcript in the database is the truth; the live stream only says "there
is something new". A widget that reconnects reloads `messages?after=<last id>`,
so no message is lost whichever server process it talks to.
"""

from __future__ import annotations

import asyncio
from typing import AsyncIterator, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from rathaus.channels.sse import sse
from rathaus.db import repository as repo
from rathaus.db.tables import Message
from rathaus.handoff import service, states, topics

router = APIRouter(prefix="/api/v1", tags=["handoff"])
VISIBLE_ROLES = ("user", "assistant", "staff", "system")
KEEPALIVE_S = 15.0


class HandoffRequest(BaseModel):
    tenant: str = Field(..., min_length=1, max_length=64)
    conversation_id: str = Field(..., min_length=1, max_length=36)
    language: str = Field("de", max_length=16, description="the citizen's language for the reply text")
    reason: Literal["citizen_request", "not_found", "feedback", "timeout"] = Field(
        "citizen_request", description="'timeout': the widget waited handoff_timeout_s; nobody took over → options")


class HandoffResponse(BaseModel):
    state: str
    text: str
    queue: str | None
    queue_name: str | None
    live: bool = Field(..., description="true: a person answers here in the chat; false: see options")
    options: list[str] = Field(..., description="when nobody is on duty: message, callback, contact")
    reference: str | None = None


class TicketRequest(BaseModel):
    tenant: str = Field(..., min_length=1, max_length=64)
    conversation_id: str = Field(..., min_length=1, max_length=36)
    kind: Literal["message", "callback"]
    message: str = Field("", max_length=service.MAX_TICKET_MESSAGE)
    email: str | None = Field(None, max_length=320)
    phone: str | None = Field(None, max_length=40)
    callback_window: str | None = Field(None, max_length=100, examples=["morgen 9–12 Uhr"])
    language: str = Field("de", max_length=16)


def _out(outcome: service.Outcome) -> HandoffResponse:
    return HandoffResponse(state=outcome.state, text=outcome.text, queue=outcome.queue, queue_name=outcome.queue_name,
                           live=outcome.live, options=outcome.options, reference=outcome.reference)


async def _run(request: Request, operation, *args, **kwargs) -> service.Outcome:
    runtime = request.app.state.runtime

    def work():
        with runtime.db.session() as session:
            outcome = operation(session, *args, **kwargs)
            return outcome, repo.get_tenant(session, args[0]).id

    try:
        outcome, tenant_id = await run_in_threadpool(work)
    except repo.UnknownTenant as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    except states.UnknownConversation as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    except service.InvalidRequest as exc:
        raise HTTPException(status_code=422, detail={"field": exc.field, "message": str(exc)}) from None
    except states.InvalidTransition as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    await runtime.publish(tenant_id, outcome.events)
    return outcome


@router.post("/handoff", response_model=HandoffResponse, responses={404: {}, 409: {}})
async def handoff(body: HandoffRequest, request: Request) -> HandoffResponse:
    """The citizen asks for a person ("Mit einem Menschen sprechen")."""
    await topics.assign_topic(request.app.state.runtime, body.tenant, body.conversation_id)
    return _out(await _run(request, service.request_handoff, body.tenant, body.conversation_id,
                           body.language, body.reason,
                           mail_enabled=request.app.state.runtime.mail_config is not None))


@router.post("/tickets", response_model=HandoffResponse, responses={404: {}, 409: {}, 422: {}})
async def ticket(body: TicketRequest, request: Request) -> HandoffResponse:
    """Leave a message or ask for a call back when nobody is on duty. Sending
    it twice (double click, retry) returns the same ticket."""
    mail_enabled = request.app.state.runtime.mail_config is not None
    await topics.assign_topic(request.app.state.runtime, body.tenant, body.conversation_id)
    return _out(await _run(request, service.leave_ticket, body.tenant, body.conversation_id, body.kind,
                           body.message.strip(), body.language, email=body.email, phone=body.phone,
                           callback_window=body.callback_window, mail_enabled=mail_enabled))


class VisibleMessage(BaseModel):
    id: int
    role: str
    text: str
    author: str | None
    citations: list
    created_at: str


class Transcript(BaseModel):
    conversation_id: str
    state: str
    messages: list[VisibleMessage]


def _transcript(runtime, tenant_slug: str, conversation_id: str, after: int) -> Transcript:
    with runtime.db.session() as session:
        tenant_id = repo.get_tenant(session, tenant_slug).id
        state, _ = states.current_state(session, tenant_id, conversation_id)
        rows = session.scalars(
            select(Message).where(Message.tenant_id == tenant_id, Message.conversation_id == conversation_id,
                                  Message.id > after, Message.role.in_(VISIBLE_ROLES)).order_by(Message.id)
        )
        messages = [VisibleMessage(id=m.id, role=m.role, text=m.content, author=m.author,
                                   citations=list(m.citations or []), created_at=m.created_at.isoformat())
                    for m in rows]
    return Transcript(conversation_id=conversation_id, state=state, messages=messages)


@router.get("/conversations/{conversation_id}/messages", response_model=Transcript, responses={404: {}})
async def transcript(request: Request, conversation_id: str, tenant: str = Query(..., max_length=64),
                     after: int = Query(0, ge=0)) -> Transcript:
    """What the citizen sees of the conversation (no internal notes), from `after` on."""
    try:
        return await run_in_threadpool(_transcript, request.app.state.runtime, tenant, conversation_id, after)
    except (repo.UnknownTenant, states.UnknownConversation) as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None


async def live_stream(runtime, tenant_id: int, topic: str, first: dict) -> AsyncIterator[str]:
    """Broker events as SSE, with a keep-alive comment so proxies keep the line open."""
    async with runtime.broker.subscribe(tenant_id, topic) as events:
        yield sse("state", first)
        iterator = events.__aiter__()
        while True:
            try:
                event = await asyncio.wait_for(iterator.__anext__(), KEEPALIVE_S)
            except asyncio.TimeoutError:
                yield ": keep-alive\n\n"
                continue
            except StopAsyncIteration:
                return
            yield sse(event.get("type", "message"), event)


@router.get("/conversations/{conversation_id}/events", responses={200: {"content": {"text/event-stream": {}}}, 404: {}})
async def events(request: Request, conversation_id: str, tenant: str = Query(..., max_length=64)):
    """Live events for the citizen's widget: `state` first (the current state),
    then `message` (a staff reply) and `state` changes as they happen."""
    runtime = request.app.state.runtime

    def lookup():
        with runtime.db.session() as session:
            tenant_id = repo.get_tenant(session, tenant).id
            return tenant_id, states.current_state(session, tenant_id, conversation_id)[0]

    try:
        tenant_id, state = await run_in_threadpool(lookup)
    except (repo.UnknownTenant, states.UnknownConversation) as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    first = {"type": "state", "conversation_id": conversation_id, "state": state}
    return StreamingResponse(live_stream(runtime, tenant_id, f"conv:{conversation_id}", first),
                             media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
