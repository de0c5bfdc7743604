"""Which websites may embed a town's widget (tenant setting `allowed_origins`).

Browsers send the `Origin` of the page that calls the API. A town that lists
its websites gets its widget refused anywhere else (403), so nobody can put
"Stadt Jena" on an unrelated site. This is a browser-level guard: scripts can
send any Origin, which is fine — the API is public for citizens anyway.
Requests without an Origin (same-site navigation, curl) and rathaus's own
pages (the demo and preview pages) are always allowed.
"""

from __future__ import annotations

from fastapi import HTTPException, Request


def foreign_origin(request: Request) -> str | None:
    """The calling page's origin, or None when there is none or it is rathaus itself."""
    origin = (request.headers.get("origin") or "").lower().rstrip("/")
    if not origin or origin == f"{request.url.scheme}://{request.url.netloc}".lower():
        return None
    configured = request.app.state.runtime.settings.public_url
    if configured and origin == configured.lower().rstrip("/"):
        return None
    return origin


def origin_allowed(settings: dict, origin: str | None) -> bool:
    allowed = settings.get("allowed_origins")
    return not allowed or origin is None or origin in allowed


class OriginNotAllowed(Exception):
    """The town did not enable its chat for the calling website."""


NOT_ALLOWED = "this town's chat is not enabled for this website"


def check_origin(request: Request, settings: dict) -> None:
    if not origin_allowed(settings, foreign_origin(request)):
        raise HTTPException(status_code=403, detail=NOT_ALLOWED)
