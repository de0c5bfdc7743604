"""The Connector seam (first slice: files and single URLs; the full seam with
config models and checkpoints grows with the connectors issue)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator, Protocol, runtime_checkable


@dataclass(frozen=True)
class FetchedItem:
    """One raw document, or the reason it could not be fetched (`error`)."""

    external_id: str
    filename: str
    data: bytes = b""
    url: str | None = None
    mime: str | None = None
    modified_at: datetime | None = None
    error: str | None = None
    unchanged: bool = False  # the server said "not modified" (ETag): keep the indexed version as it is


@runtime_checkable
class Connector(Protocol):
    """Yields the documents of one source.

    Contract:
    - `source_name` is stable for the same configuration (it keys the source row).
    - `fetch()` yields one `FetchedItem` per document; an item that cannot be
      read is yielded with `error` set instead of raising, so one bad file never
      stops a run. `external_id` is unique and stable within the source.
    - `complete` is True after `fetch()` walked the whole source; only then may
      documents that were not yielded be deleted as gone.
    """

    kind: str
    source_name: str
    complete: bool

    def fetch(self) -> Iterator[FetchedItem]: ...
