"""The staff side of the handoff, as a JSON API (the inbox UI builds on it).

Two ways in: a signed-in staff account with the role admin or agent in that
tenant (session cookie from /login; changes need the `X-CSRF-Token` header of
the session) — then the author of replies is the account's name — or, for
scripts and other systems, the shared secret `RATHAUS_STAFF_TOKEN` sent as
`Authorization: Bearer …` (then `author` must be given). A tenant the account
has no role in answers 404, like one that does not exist.

    POST /api/v1/staff/{tenant}/presence                     heartbeat: I am here (every ~20 s)
    GET  /api/v1/staff/{tenant}/conversations?state=…        the queue list with waiting times
    GET  /api/v1/staff/{tenant}/conversations/{id}           transcript incl. notes, transitions, tickets
    POST /api/v1/staff/{tenant}/conversations/{id}/messages  reply (or internal note)
    POST /api/v1/staff/{tenant}/conversations/{id}/state     accept, resolve, hand back, transfer
    GET  /api/v1/staff/{tenant}/events                       live inbox events (SSE)
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from rathaus.accounts import audit
from rathaus.accounts.roles import allowed
from rathaus.admin.auth import check_header_csrf, principal
from rathaus.channels.handoff import live_stream
from rathaus.db import repository as repo
from rathaus.db.tables import Conversation, Message, OutgoingMail, Ticket, Transition, WebhookDelivery, as_utc, utcnow
from rathaus.handoff import routing, service, states

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])


@dataclass(frozen=True)
class StaffActor:
    name: str | None  # the account's name; None with the API token (the request names the author)
    audit_name: str  # the account's e-mail, or "api-token"


async def staff_only(tenant: str, request: Request, authorization: str | None = Header(None)) -> StaffActor:
    if authorization:
        token = request.app.state.runtime.settings.staff_token
        if not token:
            raise HTTPException(status_code=403, detail="the staff API token is off: set RATHAUS_STAFF_TOKEN")
        given = authorization.removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(status_code=401, detail="wrong staff token")
        return StaffActor(None, "api-token")
    user = await principal(request)
    if user is None:
        raise HTTPException(status_code=401, detail="sign in at /login (or send the staff API token)")
    tenant_id = await _in_session(request, lambda s: repo.get_tenant(s, tenant).id)
    if not allowed(user.role_in(tenant_id), "inbox"):
        raise HTTPException(status_code=404, detail=f"unknown tenant {tenant!r}")
    check_header_csrf(request, user)
    return StaffActor(user.name, user.email)


def _author(actor: StaffActor, given: str | None) -> str:
    author = actor.name or given
    if not author:
        raise HTTPException(status_code=422, detail="author is required when the API token is used")
    return author


class Presence(BaseModel):
    staff: str | None = Field(None, min_length=1, max_length=200, description="required with the API token")
    queues: list[str] = Field(default_factory=list, description="empty: every queue")


class StaffMessage(BaseModel):
    author: str | None = Field(None, min_length=1, max_length=200, description="required with the API token")
    text: str = Field(..., min_length=1, max_length=8000)
    internal: bool = Field(False, description="an internal note, never shown to the citizen")


class StateChange(BaseModel):
    author: str | None = Field(None, min_length=1, max_length=200, description="required with the API token")
    to: str = Field(..., description="with_staff | resolved | bot | waiting_for_staff (transfer, with queue)")
    reason: str = Field("", max_length=200)
    queue: str | None = Field(None, max_length=64)


async def _in_session(request: Request, work):
    runtime = request.app.state.runtime

    def run():
        with runtime.db.session() as session:
            return work(session)

    try:
        return await run_in_threadpool(run)
    except (repo.UnknownTenant, states.UnknownConversation) as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    except states.InvalidTransition as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    except service.InvalidRequest as exc:
        raise HTTPException(status_code=422, detail={"field": exc.field, "message": str(exc)}) from None


async def _tenant_id(request: Request, tenant: str) -> int:
    return await _in_session(request, lambda s: repo.get_tenant(s, tenant).id)


async def _publish(request: Request, tenant: str, events) -> None:
    await request.app.state.runtime.publish(await _tenant_id(request, tenant), events)


@router.post("/{tenant}/presence")
async def presence(tenant: str, body: Presence, request: Request, actor: StaffActor = Depends(staff_only)) -> dict:
    staff = _author(actor, body.staff)
    await _in_session(request, lambda s: routing.heartbeat(s, repo.get_tenant(s, tenant).id, staff, body.queues))
    return {"ok": True}


@router.get("/{tenant}/queues", dependencies=[Depends(staff_only)])
async def queue_list(tenant: str, request: Request) -> list[dict]:
    """The town's queues, for transferring a conversation."""
    def work(session):
        settings = dict(repo.get_tenant(session, tenant).settings or {})
        return [{"id": q.id, "name": q.name} for q in routing.queues(settings)]

    return await _in_session(request, work)


@router.get("/{tenant}/conversations", dependencies=[Depends(staff_only)])
async def conversations(tenant: str, request: Request,
                        state: list[str] = Query([states.WAITING, states.WITH_STAFF, states.TICKET_OPEN])) -> list[dict]:
    """Conversations in the given states, longest waiting first."""
    def work(session):
        tenant_id = repo.get_tenant(session, tenant).id
        last = (select(Message.conversation_id, func.max(Message.id).label("last_id"))
                .where(Message.tenant_id == tenant_id).group_by(Message.conversation_id).subquery())
        rows = session.execute(
            select(Conversation, Message.content)
            .join(last, last.c.conversation_id == Conversation.id, isouter=True)
            .join(Message, Message.id == last.c.last_id, isouter=True)
            .where(Conversation.tenant_id == tenant_id, Conversation.state.in_(state))
            .order_by(Conversation.updated_at)
        ).all()
        now = utcnow()
        return [{"id": c.id, "state": c.state, "queue": c.queue, "language": c.language,
                 "updated_at": as_utc(c.updated_at).isoformat(),
                 "waiting_s": int((now - as_utc(c.updated_at)).total_seconds()),
                 "last_message": text} for c, text in rows]

    return await _in_session(request, work)


@router.get("/{tenant}/conversations/{conversation_id}", dependencies=[Depends(staff_only)])
async def conversation(tenant: str, conversation_id: str, request: Request) -> dict:
    """The whole transcript (bot answers with their sources, notes), transitions and tickets."""
    def work(session):
        tenant_id = repo.get_tenant(session, tenant).id
        state, queue = states.current_state(session, tenant_id, conversation_id)
        messages = session.scalars(select(Message).where(Message.tenant_id == tenant_id,
                                                         Message.conversation_id == conversation_id).order_by(Message.id))
        tickets = session.scalars(select(Ticket).where(Ticket.tenant_id == tenant_id,
                                                       Ticket.conversation_id == conversation_id))
        mails = session.scalars(select(OutgoingMail).where(OutgoingMail.tenant_id == tenant_id,
                                                           OutgoingMail.conversation_id == conversation_id)
                                .order_by(OutgoingMail.id))
        deliveries = session.scalars(select(WebhookDelivery).where(WebhookDelivery.tenant_id == tenant_id,
                                                                   WebhookDelivery.conversation_id == conversation_id)
                                     .order_by(WebhookDelivery.id))
        transitions = session.scalars(select(Transition).where(Transition.tenant_id == tenant_id,
                                                               Transition.conversation_id == conversation_id)
                                      .order_by(Transition.id))
        return {
            "id": conversation_id, "state": state, "queue": queue,
            "messages": [{"id": m.id, "role": m.role, "text": m.content, "author": m.author, "language": m.language,
                          "grounded": m.grounded, "citations": m.citations, "feedback": m.feedback,
                          "created_at": m.created_at.isoformat()} for m in messages],
            "transitions": [{"from": t.from_state, "to": t.to_state, "actor": t.actor, "reason": t.reason,
                             "queue": t.queue, "at": t.created_at.isoformat()} for t in transitions],
            "tickets": [{"reference": service.reference(tenant, t.id), "kind": t.kind, "email": t.email,
                         "phone": t.phone, "callback_window": t.callback_window, "message": t.message,
                         "status": t.status} for t in tickets],
            # "Mail pending" for staff: what was sent to the citizen, and what still waits
            "mails": [{"kind": m.kind, "to": m.recipient, "status": m.status, "attempts": m.attempts,
                       "last_error": m.last_error} for m in mails],
            "webhooks": [{"event": d.event, "status": d.status, "attempts": d.attempts, "last_error": d.last_error}
                         for d in deliveries],
        }

    return await _in_session(request, work)


@router.post("/{tenant}/conversations/{conversation_id}/messages")
async def reply(tenant: str, conversation_id: str, body: StaffMessage, request: Request,
                actor: StaffActor = Depends(staff_only)) -> dict:
    author = _author(actor, body.author)

    def work(session):
        done = service.staff_message(session, tenant, conversation_id, author, body.text, body.internal,
                                     mail_enabled=request.app.state.runtime.mail_config is not None)
        audit.record(session, repo.get_tenant(session, tenant).id, actor.audit_name,
                     "conversation.note" if body.internal else "conversation.reply", conversation_id)
        return done

    message_id, events = await _in_session(request, work)
    await _publish(request, tenant, events)
    return {"id": message_id}


@router.post("/{tenant}/conversations/{conversation_id}/typing", dependencies=[Depends(staff_only)])
async def typing(tenant: str, conversation_id: str, request: Request) -> dict:
    """The citizen sees "Bürgerbüro schreibt …" (live only, nothing stored)."""
    def work(session):
        tenant_row = repo.get_tenant(session, tenant)
        _, queue = states.current_state(session, tenant_row.id, conversation_id)
        return tenant_row.id, routing.find_queue(dict(tenant_row.settings or {}), queue).name

    tenant_id, queue_name = await _in_session(request, work)
    await request.app.state.runtime.publish(tenant_id, [service.Event(
        f"conv:{conversation_id}", {"type": "typing", "conversation_id": conversation_id, "queue_name": queue_name})])
    return {"ok": True}


@router.post("/{tenant}/conversations/{conversation_id}/state")
async def change_state(tenant: str, conversation_id: str, body: StateChange, request: Request,
                       actor: StaffActor = Depends(staff_only)) -> dict:
    author = _author(actor, body.author)

    def work(session):
        done = service.change_state(session, tenant, conversation_id, body.to, author, body.reason, body.queue)
        audit.record(session, repo.get_tenant(session, tenant).id, actor.audit_name, "conversation.state",
                     conversation_id, to=body.to, queue=body.queue)
        return done

    events = await _in_session(request, work)
    await _publish(request, tenant, events)
    return {"state": body.to}


@router.get("/{tenant}/events", dependencies=[Depends(staff_only)])
async def inbox_events(tenant: str, request: Request):
    """Live inbox events: new messages, state changes, tickets (SSE)."""
    runtime = request.app.state.runtime
    tid = await _tenant_id(request, tenant)
    return StreamingResponse(live_stream(runtime, tid, "inbox", {"type": "state", "tenant": tenant}),
                             media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
