"""Files and folders on the local disk.

In a folder a document's external id is its path relative to the folder
without the suffix (`docs/1063423.html` -> `1063423`), so ids stay stable when
the folder moves and match the ids editors use in question files.
"""

from __future__ import annotations

import mimetypes
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from rathaus.connectors.base import FetchedItem, Stateless
from rathaus.connectors.faq import FAQ_SUFFIXES, faq_items

SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class FilesConnector(Stateless):
    kind = "files"

    def __init__(self, path: str | Path, max_bytes: int = 50 * 1024 * 1024, source_name: str | None = None):
        self.path = Path(path).expanduser().resolve()
        self.max_bytes = max_bytes
        self.source_name = source_name or f"files:{self.path}"
        self.complete = False

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]:
        self.complete = False
        if self.path.is_file():
            yield from self._items(self.path, self.path.stem)
            self.complete = True
            return
        if not self.path.exists():
            yield FetchedItem(str(self.path), self.path.name, error="Pfad nicht gefunden (path not found)")
            return
        if not os.access(self.path, os.R_OK | os.X_OK):
            yield FetchedItem(str(self.path), self.path.name, error="Ordner nicht lesbar (folder not readable)")
            return
        walk_failed = []
        for root, dirs, names in os.walk(self.path, onerror=walk_failed.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith(".") or name in SKIP_NAMES:
                    continue
                file = Path(root) / name
                relative = file.relative_to(self.path).with_suffix("").as_posix()
                yield from self._items(file, relative)
        for error in walk_failed:
            yield FetchedItem(str(error.filename), Path(str(error.filename)).name, error=f"nicht lesbar: {error.strerror}")
        self.complete = not walk_failed

    def files(self) -> list[Path]:
        """The files `fetch` would read (for progress bars)."""
        if self.path.is_file():
            return [self.path]
        try:
            return [p for p in self.path.rglob("*") if p.is_file() and not p.name.startswith(".")]
        except OSError:
            return []

    def _items(self, file: Path, external_id: str) -> Iterator[FetchedItem]:
        """One document per file; a FAQ list (CSV, XLSX, YAML) gives one per entry."""
        item = self._read(file, external_id)
        entries = None
        if item.error is None and file.suffix.lower() in FAQ_SUFFIXES:
            entries = faq_items(item.data, file.name, external_id, item.modified_at)
        yield from entries if entries is not None else [item]

    def _read(self, file: Path, external_id: str) -> FetchedItem:
        try:
            stat = file.stat()
            if stat.st_size > self.max_bytes:
                mb = stat.st_size / 1024 / 1024
                return FetchedItem(external_id, file.name, error=f"Datei zu groß ({mb:.0f} MB, max {self.max_bytes // 1024 // 1024} MB)")
            data = file.read_bytes()
        except OSError as exc:
            return FetchedItem(external_id, file.name, error=f"nicht lesbar: {exc.strerror or exc}")
        return FetchedItem(
            external_id=external_id,
            filename=file.name,
            data=data,
            url=None,
            mime=mimetypes.guess_type(file.name)[0],
            modified_at=datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc),
        )
