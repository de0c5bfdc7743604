"""The search Index seam."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from rathaus.models import SearchHit


@runtime_checkable
class SearchIndex(Protocol):
    """Finds the chunks of one tenant that answer a question.

    Contract:
    - `search(tenant_id, query, k)` returns at most `k` hits, best first, each
      from a different document, only from `tenant_id`; scores are comparable
      within one result list; an empty or unanswerable query returns [] or
      low scores, never an exception.
    - Changes stored through `rathaus.db.repository` are visible to the next
      `search` call in every process (the tenant's `index_version` tells).
    - `invalidate(tenant_id)` drops any cache for that tenant.
    """

    def search(self, tenant_id: int, query: str, k: int = 5) -> list[SearchHit]: ...

    def invalidate(self, tenant_id: int) -> None: ...
