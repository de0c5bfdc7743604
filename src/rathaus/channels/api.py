"""JSON API, version 1."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from rathaus.db import repository as repo

router = APIRouter(prefix="/api/v1")


class Hit(BaseModel):
    external_id: str
    title: str
    url: str | None
    heading: str
    text: str
    page: int | None
    score: float


class SearchResponse(BaseModel):
    tenant: str
    query: str
    hits: list[Hit]


@router.get("/health")
def health() -> dict:
    return {"status": "ok"}


@router.get("/tenants/{slug}/search", response_model=SearchResponse)
def search(
    request: Request,
    slug: str,
    q: str = Query(..., min_length=1, max_length=2000, description="Die Frage"),
    k: int = Query(5, ge=1, le=50),
) -> SearchResponse:
    runtime = request.app.state.runtime
    with runtime.db.session() as session:
        try:
            tenant_id = repo.get_tenant(session, slug).id
        except repo.UnknownTenant:
            raise HTTPException(status_code=404, detail=f"unknown tenant {slug!r}") from None
    hits = runtime.index.search(tenant_id, q, k)
    return SearchResponse(
        tenant=slug,
        query=q,
        hits=[Hit(external_id=h.external_id, title=h.title, url=h.url, heading=h.heading,
                  text=h.text, page=h.page, score=round(h.score, 4)) for h in hits],
    )
