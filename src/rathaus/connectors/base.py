"""The Connector seam: one source of a town's knowledge (a folder, a website,
an open-data portal, a council information system).

A sync is `fetch(since)` over the source, then `checkpoint(failed)`: what the
connector wants to be given as `since` next time (ETags, a "modified since"
time, ...). ingest/sources.py keeps that checkpoint on the source row and
stores it only after the run, so a sync that dies half-way simply starts
again from the last good checkpoint; documents it had already stored are
recognised by their content hash and cost neither parsing nor embedding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Collection, Iterator, Protocol, runtime_checkable


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
    unchanged: bool = False  # the source said "not modified" (ETag): keep the indexed version as it is
    deleted: bool = False  # the source said this document is gone (an incremental run): remove it
    # Part of the document could not be read this time, but may be next time
    # (the reason, in German): it is stored only where no version is stored
    # yet; otherwise the stored version stays and the item counts as failed.
    incomplete: str | None = None


@runtime_checkable
class Connector(Protocol):
    """Yields the documents of one source.

    Contract:
    - `source_name` is stable for the same configuration (it keys the source row).
    - `fetch(since)` yields one `FetchedItem` per document; an item that cannot
      be read is yielded with `error` set instead of raising, so one bad item
      never stops a run. `external_id` is unique and stable within the source.
      `since` is the checkpoint of the last sync (None or {} the first time);
      a connector that can ask for changes only may then skip unchanged
      documents, yield them with `unchanged=True`, and yield documents the
      source reports as removed with `deleted=True`. An item of which a part
      failed only for now (a timeout fetching an attachment) carries the
      reason in `incomplete`: the pipeline stores it only where no version
      of it is stored yet, and otherwise keeps that version and counts the
      item as failed (so `checkpoint` asks for it again).
    - `complete` is True after `fetch()` walked the *whole* source; only then
      may documents that were not yielded be deleted as gone. A run that only
      asked for changes is not complete.
    - `checkpoint(failed)` is called after the walk with the external ids that
      failed (the connector's own error items and those the pipeline could not
      store). It returns a JSON-serialisable dict to pass as `since` next
      time, such that the failed documents are fetched again. Connectors
      without incremental syncs return {}.
    """

    kind: str
    source_name: str
    complete: bool

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]: ...

    def checkpoint(self, failed: Collection[str]) -> dict: ...


class Stateless:
    """For connectors that read the whole source every time: nothing to remember."""

    def checkpoint(self, failed: Collection[str]) -> dict:
        return {}
