"""POST /api/v1/chat — the citizens' chat API (JSON, or SSE when asked).

This contract is relied on by the widget and outside checks: keep it stable,
extend it freely.
"""

from __future__ import annotations

from typing import AsyncIterator

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from rathaus.answer.service import AnswerService, UnknownConversation
from rathaus.channels.sse import sse
from rathaus.db.repository import UnknownTenant
from rathaus.tenants.origins import NOT_ALLOWED, OriginNotAllowed, foreign_origin

router = APIRouter(prefix="/api/v1", tags=["chat"])


class ChatRequest(BaseModel):
    tenant: str = Field(..., min_length=1, max_length=64, examples=["musterstadt"])
    message: str = Field(..., min_length=1, max_length=4000, examples=["Wie beantrage ich einen Personalausweis?"])
    conversation_id: str | None = Field(None, max_length=36, description="null starts a new conversation")
    plain_language: bool = Field(False, description="ask for an answer in Einfache Sprache")


class CitationOut(BaseModel):
    n: int
    title: str
    url: str | None
    external_id: str
    snippet: str
    linked: bool = Field(False, description="true: a further page named under 'Weitere passende Seiten', not quoted")
    language: str | None = Field(None, description="the source's language (e.g. 'de'): its title, snippet and the "
                                 "passages quoted from it (Markdown '>' blocks ending in its [n]) are in this "
                                 "language, not the answer's; mark them so (WCAG 3.1.2, language of parts)")


class ChatResponse(BaseModel):
    conversation_id: str
    answer: str
    language: str
    grounded: bool
    citations: list[CitationOut]
    handoff_offered: bool
    direction: str = Field("ltr", description="'rtl' for Arabic, Persian, …: lay the answer out right to left")
    answer_mode: str = Field("extractive", description="how the answer was made: generative, extractive, not_found, or small_talk "
                             "(a greeting, thanks or \"who are you?\" answered without a search)")
    message_id: int | None = Field(None, description="the stored answer; send it with POST /api/v1/feedback")
    state: str = Field("bot", description="who answers: bot, waiting_for_staff, with_staff, ticket_open, …")
    handoff: dict | None = Field(None, description="when a person takes over or is offered: queue, queue_name, "
                                 "live, options (message, callback, contact), reference")


def _service(request: Request) -> AnswerService:
    return AnswerService(request.app.state.runtime)


def _check(body: ChatRequest) -> None:
    if not body.message.strip():
        raise HTTPException(status_code=422, detail="message must not be empty")


@router.post(
    "/chat",
    response_model=ChatResponse,
    responses={
        200: {"content": {"text/event-stream": {"description": "events: token*, [reset, token*], citations, done (same object)"}}},
        403: {"description": "the town did not enable its chat for the calling website (allowed_origins)"},
        404: {"description": "unknown tenant or conversation"},
    },
)
async def chat(body: ChatRequest, request: Request):
    """Answer a citizen's question from the tenant's documents, with citations.

    With `Accept: text/event-stream` the answer streams as server-sent events:
    `token` ({"text"}), then `citations` (list), then `done` (the JSON object
    of the plain response). A generated answer that fails the citation check
    is followed by `reset` (discard the tokens shown so far) and the fallback
    answer's tokens; `done` is always authoritative."""
    _check(body)
    service = _service(request)
    args = (body.tenant, body.message.strip(), body.conversation_id, body.plain_language, foreign_origin(request))
    if "text/event-stream" in request.headers.get("accept", ""):
        events = service.respond(*args)
        try:
            first = await anext(events)
        except (UnknownTenant, UnknownConversation) as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from None
        except OriginNotAllowed:
            raise HTTPException(status_code=403, detail=NOT_ALLOWED) from None
        return StreamingResponse(
            _sse(first, events),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    try:
        result = await service.answer(*args)
    except (UnknownTenant, UnknownConversation) as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    except OriginNotAllowed:
        raise HTTPException(status_code=403, detail=NOT_ALLOWED) from None
    return result.as_dict()


def _event(kind: str, payload) -> str:
    if kind == "token":
        payload = {"text": payload}
    elif kind == "done":
        payload = payload.as_dict()
    return sse(kind, payload)


async def _sse(first: tuple[str, object], events: AsyncIterator[tuple[str, object]]) -> AsyncIterator[str]:
    yield _event(*first)
    try:
        async for kind, payload in events:
            yield _event(kind, payload)
    except Exception as exc:  # the stream has started: report in-band, never hang
        yield sse("error", {"detail": type(exc).__name__})
        raise
