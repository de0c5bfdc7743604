"""The server-sent-events wire format, shared by every stream rathaus serves."""

from __future__ import annotations

import json


def sse(kind: str, payload) -> str:
    """One event: `event: <kind>` and its JSON payload, ended by a blank line."""
    return f"event: {kind}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n"
