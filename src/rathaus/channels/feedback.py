"""POST /api/v1/feedback — the citizen's thumbs up/down on one answer."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from rathaus.conversations import store
from rathaus.db import repository as repo

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


def _save(runtime, body: FeedbackRequest) -> bool:
    with runtime.db.session() as session:
        tenant_id = repo.get_tenant(session, body.tenant).id
        return store.set_feedback(session, tenant_id, body.conversation_id, body.message_id, RATINGS[body.rating])


@router.post("/feedback", response_model=FeedbackResponse, responses={404: {"description": "no such answer"}})
async def feedback(body: FeedbackRequest, request: Request) -> FeedbackResponse:
    """Record whether an answer helped. Rating again replaces the earlier rating."""
    from starlette.concurrency import run_in_threadpool

    try:
        found = await run_in_threadpool(_save, request.app.state.runtime, body)
    except repo.UnknownTenant as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    if not found:
        raise HTTPException(status_code=404, detail="no such answer in this conversation")
    return FeedbackResponse(message_id=body.message_id, rating=body.rating)
