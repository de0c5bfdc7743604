"""POST /api/v1/feedback — the citizen's thumbs up/down on one answer."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from sqlalchemy import select

from rathaus.answer.phrases import OFFER_HANDOFF, phrase
from rathaus.conversations import store
from rathaus.db import repository as repo
from rathaus.db.tables import Message
from rathaus.handoff import states
from rathaus.language import direction

router = APIRouter(prefix="/api/v1", tags=["chat"])

RATINGS = {"up": 1, "down": -1, "none": None}


class FeedbackRequest(BaseModel):
    tenant: str = Field(..., min_length=1, max_length=64)
    conversation_id: str = Field(..., min_length=1, max_length=36)
    message_id: int = Field(..., ge=1, description="`message_id` from the chat response")
    rating: Literal["up", "down", "none"] = Field(..., description="'none' takes a rating back")


class FeedbackResponse(BaseModel):
    message_id: int
    rating: Literal["up", "down", "none"]
    handoff_offered: bool = Field(False, description="answers keep not helping: offer a person (show `text`)")
    text: str = Field("", description="the offer, in the language of the rated answer")
    language: str | None = None
    direction: str = "ltr"


REPEATED_DOWN = 2  # from the second unhelpful answer on, the widget offers a person


def _save(runtime, body: FeedbackRequest) -> FeedbackResponse | None:
    with runtime.db.session() as session:
        tenant_id = repo.get_tenant(session, body.tenant).id
        if not store.set_feedback(session, tenant_id, body.conversation_id, body.message_id, RATINGS[body.rating]):
            return None
        response = FeedbackResponse(message_id=body.message_id, rating=body.rating)
        if body.rating != "down" or states.current_state(session, tenant_id, body.conversation_id)[0] != states.BOT:
            return response
        rated = session.execute(
            select(Message.language, Message.feedback).where(
                Message.tenant_id == tenant_id, Message.conversation_id == body.conversation_id,
                Message.role == "assistant").order_by(Message.id)).all()
        if sum(1 for row in rated if row.feedback == -1) >= REPEATED_DOWN:
            language = rated[-1].language or "de"
            response.handoff_offered, response.language = True, language
            response.text = phrase(OFFER_HANDOFF, language)
            response.direction = direction(language)
        return response


@router.post("/feedback", response_model=FeedbackResponse, responses={404: {"description": "no such answer"}})
async def feedback(body: FeedbackRequest, request: Request) -> FeedbackResponse:
    """Record whether an answer helped. Rating again replaces the earlier rating.
    After repeated unhelpful answers the response offers a person."""
    from starlette.concurrency import run_in_threadpool

    try:
        saved = await run_in_threadpool(_save, request.app.state.runtime, body)
    except repo.UnknownTenant as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    if saved is None:
        raise HTTPException(status_code=404, detail="no such answer in this conversation")
    return saved
