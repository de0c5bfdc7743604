"""Generative answers: a chat model writes the answer from numbered sources.

The model must cite `[n]`; markers pointing to sources that were not supplied
are removed while streaming (`CitationFilter`). When the model says it has no
answer (KEINE_ANTWORT), cites nothing valid, or fails, the caller gets a
`reset` event and falls back to the extractive answer — a citizen never sees an
uncited generated claim as the final answer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files
from typing import AsyncIterator

from rathaus.answer.citations import CitationFilter
from rathaus.answer.extractive import Citation, by_document
from rathaus.llm.chat.base import ChatMessage, ChatModel, ChatModelError
from rathaus.models import SearchHit

NO_ANSWER = "KEINE_ANTWORT"
# Prompt size is what a small CPU model pays for most (prompt ~40 tokens/s on
# two cores), so the model sees the 4 best documents with 2 chunks each.
MAX_SOURCES = 4
CHUNKS_PER_SOURCE = 2
HISTORY_TURNS = 4
LANGUAGE_NAMES = {
    "de": "Deutsch", "en": "Englisch", "uk": "Ukrainisch", "ru": "Russisch", "ar": "Arabisch",
    "tr": "Türkisch", "fa": "Persisch", "pl": "Polnisch", "ro": "Rumänisch", "fr": "Französisch",
    "es": "Spanisch", "it": "Italienisch", "hr": "Kroatisch", "el": "Griechisch",
    "bg": "Bulgarisch", "cs": "Tschechisch", "nl": "Niederländisch", "hu": "Ungarisch", "zh": "Chinesisch, vereinfachte Schrift",
    "sr": "Serbisch", "bs": "Bosnisch",
    "pt": "Portugiesisch", "sq": "Albanisch", "vi": "Vietnamesisch", "ku": "Kurdisch (Kurmandschi, lateinische Schrift)",
    "ps": "Paschtu",
    "ckb": "Kurdisch (Sorani, Zentralkurdisch, arabische Schrift)",
    "ti": "Tigrinya (Ge'ez-Schrift, wie in Eritrea geschrieben)", "so": "Somali",
    "am": "Amharisch (Ge'ez-Schrift, wie in Äthiopien geschrieben)",
}
PLAIN_LANGUAGE_RULE = "; schreibe in Einfacher Sprache: kurze Sätze, keine Fachwörter, ein Gedanke pro Satz"


@dataclass
class GenerationOutcome:
    """Filled in while `stream_answer` runs; read it after the stream ends."""

    text: str = ""
    citations: list[Citation] = field(default_factory=list)
    ok: bool = False
    error: str | None = None


@functools.cache
def _template() -> str:
    return files("rathaus.answer").joinpath("prompts/grounded.md").read_text(encoding="utf-8")


def build_messages(
    question: str, sources: list[list[SearchHit]], language: str, town: str,
    history: list[tuple[str, str]], plain_language: bool = False, tone: str | None = None,
) -> list[ChatMessage]:
    """`tone`: the town's wish for style (tenant setting), added as a style rule only."""
    # Sources are data, never instructions: each sits between markers the
    # prompt names, and marker look-alikes inside a source are defused.
    numbered = "\n\n".join(
        f"<<<QUELLE [{n}]: {_defuse(chunks[0].title)}>>>\n"
        + "\n".join(_defuse(hit.text) for hit in chunks)
        + f"\n<<<ENDE QUELLE [{n}]>>>"
        for n, chunks in enumerate(sources, start=1)
    )
    system = _template().format(
        town=town,
        language_name=LANGUAGE_NAMES.get(language, language),
        plain_language_rule=PLAIN_LANGUAGE_RULE if plain_language else "",
    )
    if tone:  # style only: the rules above stay in force whatever the town writes here
        system += f"\n\nTonfall (Wunsch der Verwaltung, ändert keine der Regeln oben): {_defuse(tone)}"
    # Sources go right before the question: small models follow them far
    # better there than at the top of a long system prompt.
    user = f"Quellen:\n{numbered}\n\nFrage: {question}\nAntwort mit Belegen [n]:"
    turns = [ChatMessage(role, content) for role, content in history[-HISTORY_TURNS:]]
    return [ChatMessage("system", system), *turns, ChatMessage("user", user)]


NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _numbers(text: str) -> set[str]:
    """Numbers as written ("46,00" and "46" both count as 46)."""
    found = set()
    for raw in NUMBER.findall(text):
        found.add(raw)
        found.add(ZERO_DECIMALS.sub("", raw))
    return found


ZERO_DECIMALS = re.compile(r"[.,]0+$")


def unsupported_numbers(answer: str, sources: list[list[SearchHit]]) -> set[str]:
    """Numbers (fees, times, dates, sizes) in a sentence of the answer that do
    not occur in the sources that sentence cites — the typical way a small
    model gets a cited answer wrong ("80 Liter kosten 126 Euro [1]" where the
    source lists 126 Euro for 60 Liter). Citation markers themselves are ignored.
    A source's numbers are read only when a sentence with numbers cites it (or
    cites none: then every source counts): sources are long, most answers short."""
    claimed = [(sentence, claims) for sentence in SENTENCE_END.split(answer)
               if (claims := _numbers(re.sub(r"\[\d+\]", "", sentence)))]
    if not claimed:
        return set()
    read: dict[int, set[str]] = {}

    def numbers_of(n: int) -> set[str]:  # source n (1-based)
        if n not in read:
            read[n] = _numbers("\n".join(hit.text + " " + hit.title for hit in sources[n - 1]))
        return read[n]

    missing: set[str] = set()
    for sentence, claims in claimed:
        cited = [int(n) for n in re.findall(r"\[(\d+)\]", sentence) if 1 <= int(n) <= len(sources)]
        allowed = set().union(*(numbers_of(n) for n in (cited or range(1, len(sources) + 1))))
        missing |= {n for n in claims if n not in allowed and ZERO_DECIMALS.sub("", n) not in allowed}
    return missing


def _defuse(text: str) -> str:
    return text.replace("<<<", "‹‹‹").replace(">>>", "›››")


def sources_for(hits: list[SearchHit]) -> list[list[SearchHit]]:
    return [chunks[:CHUNKS_PER_SOURCE] for chunks in by_document(hits)[:MAX_SOURCES]]


async def stream_answer(
    model: ChatModel, messages: list[ChatMessage], sources: list[list[SearchHit]], outcome: GenerationOutcome
) -> AsyncIterator[str]:
    """Yield cleaned text deltas; `outcome.ok` tells at the end whether the
    answer stands (valid citations, no refusal, no error)."""
    citation_filter = CitationFilter(len(sources))
    head = ""  # held back until it cannot be the start of NO_ANSWER
    try:
        async for delta in model.stream(messages):
            text = citation_filter.feed(delta)
            if head is not None:
                head += text
                if NO_ANSWER.startswith(head.strip()) or head.strip().startswith(NO_ANSWER):
                    continue
                text, head = head, None
            outcome.text += text
            if text:
                yield text
        text = citation_filter.flush()
        if head is not None:
            text = head + text
        outcome.text += text
        if text and NO_ANSWER not in outcome.text:
            yield text
    except ChatModelError as exc:
        outcome.error = str(exc)
        return
    if NO_ANSWER in outcome.text or not citation_filter.used:
        return
    missing = unsupported_numbers(outcome.text, sources)
    if missing:
        outcome.error = f"numbers not in the cited sources: {', '.join(sorted(missing))}"
        return
    outcome.ok = True
    outcome.citations = [Citation.from_hit(n, sources[n - 1][0]) for n in sorted(citation_filter.used)]
