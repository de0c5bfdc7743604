"""Citation markers in generated answers: only sources that were supplied count.

A marker like [7] when 3 sources were given is removed; "[1, 2]" and "[1][2]"
are both understood. `CitationFilter` does the same on a token stream, holding
back only the few characters of a marker that is still being written, so valid
text reaches the citizen as soon as it is generated.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"\[(\s*\d+\s*(?:[,;]\s*\d+\s*)*)\]")
MAX_MARKER = 16  # longer bracket text is not a marker and is released


def clean(text: str, n_sources: int) -> tuple[str, list[int]]:
    """Text with invalid markers removed, and the valid source numbers used (in
    order of first use)."""
    used: list[int] = []

    def keep(match: re.Match) -> str:
        numbers = [int(x) for x in re.findall(r"\d+", match.group(1))]
        valid = [n for n in numbers if 1 <= n <= n_sources]
        for n in valid:
            if n not in used:
                used.append(n)
        return "".join(f"[{n}]" for n in valid)

    cleaned = MARKER.sub(keep, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned)  # "Text [9]." -> "Text."
    return re.sub(r"[ \t]{2,}", " ", cleaned), used


class CitationFilter:
    """Streaming version of `clean`: feed deltas, get releasable text back."""

    def __init__(self, n_sources: int):
        self.n_sources = n_sources
        self.used: list[int] = []
        self._pending = ""

    def feed(self, delta: str) -> str:
        self._pending += delta
        start = self._pending.rfind("[")
        if start != -1 and "]" not in self._pending[start:] and len(self._pending) - start <= MAX_MARKER:
            ready, self._pending = self._pending[:start], self._pending[start:]
        else:
            ready, self._pending = self._pending, ""
        # Trailing spaces wait for the next text: if an invalid marker follows
        # and is dropped, "zahlen [5]." must become "zahlen." not "zahlen ."
        stripped = ready.rstrip(" \t")
        self._pending = ready[len(stripped):] + self._pending
        return self._release(stripped)

    def flush(self) -> str:
        ready, self._pending = self._pending, ""
        return self._release(ready)

    def _release(self, text: str) -> str:
        cleaned, used = clean(text, self.n_sources)
        for n in used:
            if n not in self.used:
                self.used.append(n)
        return cleaned
