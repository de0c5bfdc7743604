"""The search Index seam."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from rathaus.models import SearchHit


@runtime_checkable
class SearchIndex(Protocol):
    """Finds the chunks of one tenant that answer a question.

    Contract:
    - `search(tenant_id, query, k, per_document=1, language=None)` returns the best chunks of
      at most `k` documents, at most `per_document` chunks each, best first,
      only from `tenant_id`; `score` is comparable within one result list,
      `dense`/`lexical` are absolute evidence; an empty or unanswerable query
      returns [] or low scores, never an exception. `language` is the
      question's language if the caller already knows it.
    - Changes stored through `rathaus.db.repository` are visible to the next
      `search` call in every process (the tenant's `index_version` tells).
    - `invalidate(tenant_id)` drops any cache for that tenant.
    - `expanded(tenant_id, query, language=None)` is the query as it is searched:
      the query itself, or the query with the terms the index adds for it
      (synonyms, the tenant's own words, the glossary) — shown to staff in the
      test console, so they see why a page was found, and used to pick the
      sentences an answer quotes. Callers ask right after `search`, so it may
      answer from the index as that tenant's last `search` left it.
    - `unknown_words(tenant_id, text)` lists the content words of `text` that
      the tenant's documents never use, in any inflection or compound: a short
      message with such a word brings a new topic rather than following up.
    """

    def search(
        self, tenant_id: int, query: str, k: int = 5, per_document: int = 1, language: str | None = None
    ) -> list[SearchHit]: ...

    def invalidate(self, tenant_id: int) -> None: ...

    def expanded(self, tenant_id: int, query: str, language: str | None = None) -> str: ...

    def unknown_words(self, tenant_id: int, text: str) -> list[str]: ...
