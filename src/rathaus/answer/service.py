"""The question flow as one async generator of events.

    respond(...) yields ("token", text) ... ("citations", [...]) ("done", ChatResult)

and, only when a streamed generative answer is discarded, ("reset", None)
before the fallback's tokens. The JSON endpoint collects the events, the SSE
endpoint forwards them as they come. Extractive tokens are cut from the
finished text; generative tokens are the model's, with citations checked.
The `done` object is always authoritative.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import AsyncIterator, NamedTuple

from rathaus.answer import live
from rathaus.answer import smalltalk
from rathaus.answer.extractive import extractive_answer
from rathaus.answer.followup import borrows_topic, is_follow_up
from rathaus.answer.generative import GenerationOutcome, build_messages, sources_for, stream_answer
from rathaus.answer import grounding
from rathaus.answer.grounding import elsewhere, is_grounded, same_language
from rathaus.answer.other_town import own_names
from rathaus.answer.phrases import ANOTHER_STATE, ANOTHER_TOWN, NOT_FOUND, OFFER_HANDOFF, phrase
from rathaus.answer.scope import outside_scope
from rathaus.conversations import store
from rathaus.handoff import service as handoff_service
from rathaus.handoff import states as handoff_states
from rathaus.handoff import topics as handoff_topics
from rathaus.handoff import webhooks
from rathaus.handoff.intent import asks_for_person
from rathaus.db import repository as repo
from rathaus.db.tables import utcnow
from rathaus.language import detect_language, direction
from rathaus.models import SearchHit
from rathaus.tenants.origins import OriginNotAllowed, origin_allowed

log = logging.getLogger(__name__)
# What a question the town's pages can never answer is told instead of NOT_FOUND (grounding.elsewhere).
SORRY = {grounding.ANOTHER_TOWN: ANOTHER_TOWN, grounding.ANOTHER_STATE: ANOTHER_STATE}


def streamed_pieces(text: str) -> list[str]:
    """A reply that exists whole (extractive, small talk, handoff) goes out line
    by line: the widget shows the first lines while the rest is on its way, and
    each `token` event costs the server a write (per word, a quoted answer took
    a hundred). Joined, the pieces are `text`."""
    return text.splitlines(keepends=True)


# Sentences are picked from a document's best few chunks, so that "Und was
# kostet das?" finds the fee table even when another section ranked first.
CHUNKS_PER_SOURCE = 3
CHUNKS_SEARCHED = 8  # per page for an extractive answer, which quotes 3 (extractive.by_intent)
TOPIC_LOOKBACK = 4  # questions a follow-up looks back for the one that named its topic


class UnknownConversation(LookupError):
    pass


@dataclass(frozen=True)
class PendingQuestion:
    """A question the bot answers, stored in one transaction with its answer
    after the stream (or alone, when the stream breaks off): nothing is written
    before the first token, which in a busy single process comes that much
    sooner (bench/chat_latency.py). The citizen learns a new conversation's id
    only with `done`, so nobody can refer to it before it is stored."""

    tenant_id: int
    conversation_id: str
    new: bool  # the conversation itself is created with it
    message: str
    language: str
    asked_at: datetime


class Found(NamedTuple):
    """What a turn's search found, for the answer."""

    hits: list[SearchHit]
    embedder: str  # the tenant's embedder name (grounding thresholds belong to it)
    searched: str | None  # the message as the index expanded it, for picking the sentences to quote
    outside: bool  # the scope check says: none of the town's business
    crisis: smalltalk.SmallTalk | None = None  # someone in a crisis: the help numbers come first
    question: str | None = None  # then, of a crisis message, what else it asks (all that was searched)


@dataclass
class ChatResult:
    conversation_id: str
    answer: str
    language: str
    grounded: bool
    citations: list[dict] = field(default_factory=list)
    handoff_offered: bool = False
    answer_mode: str = "extractive"  # how this answer was made: generative | extractive | not_found | small_talk
    message_id: int | None = None  # the stored answer, for the citizen's feedback
    state: str = "bot"  # who answers now: bot, or staff (rathaus.handoff.states)
    handoff: dict | None = None  # queue, queue_name, live, options, reference when a person takes over

    @property
    def direction(self) -> str:
        """Writing direction of the answer's language, for the widget's layout."""
        return direction(self.language)

    def as_dict(self) -> dict:
        # shallow: the result is serialised at once (asdict's deep copy of the citations cost ~40 µs per answer)
        return {**vars(self), "direction": self.direction}


def handoff_info(outcome) -> dict:
    return {"queue": outcome.queue, "queue_name": outcome.queue_name, "live": outcome.live,
            "options": outcome.options, "reference": outcome.reference}


def answered_turns(previous: list[store.StoredMessage]) -> list[tuple[str, str]]:
    """History for the model as (role, text) pairs, leaving out a question whose
    answer was never stored (the citizen closed the stream mid-answer), so the
    model never sees two user turns in a row."""
    turns: list[tuple[str, str]] = []
    for message in previous:
        if message.role == "user" and turns and turns[-1][0] == "user":
            turns.pop()
        turns.append((message.role, message.content))
    if turns and turns[-1][0] == "user":
        turns.pop()
    return turns


class AnswerService:
    def __init__(self, runtime):
        self.runtime = runtime

    async def respond(
        self, tenant_slug: str, message: str, conversation_id: str | None = None, plain_language: bool = False,
        origin: str | None = None,
    ) -> AsyncIterator[tuple[str, object]]:
        """`origin`: the website the widget runs on (None: rathaus's own pages, or no browser)."""
        loop = asyncio.get_running_loop()
        if conversation_id and asks_for_person(message, ""):  # rare: the queue, by the model if the town has one
            await handoff_topics.assign_topic(self.runtime, tenant_slug, conversation_id)
        # Database work and the search run in the runtime's chat threads (one
        # hop before the answer, one after): a synchronous commit or search on
        # the event loop would stall every other citizen's stream (bench/chat_latency.py).
        setup, found, handoff, pending = await loop.run_in_executor(
            self.runtime.chat_threads, self._start_turn_and_search, tenant_slug, message, conversation_id, origin
        )
        stored = pending is None
        try:
            async with aclosing(self._answer(setup, found, handoff, pending, message, plain_language)) as events:
                async for event in events:
                    stored = stored or event[0] == "done"  # `done` comes after the turn was stored
                    yield event
        finally:
            if not stored:  # the citizen left mid-answer: the question is kept all the same
                stored_later = loop.run_in_executor(self.runtime.store_thread, self._store_question_alone, pending)
                stored_later.add_done_callback(_log_failure)

    async def _answer(self, setup, found, handoff, pending: PendingQuestion | None, message: str,
                      plain_language: bool) -> AsyncIterator[tuple[str, object]]:
        loop = asyncio.get_running_loop()
        tenant_id, town, tenant_settings, conversation_id, previous, language = setup
        if handoff is not None:  # a person answers (or is asked for): the bot stays out of it …
            await self.runtime.publish(tenant_id, handoff.events)
            # … except for the help numbers, which someone in a crisis gets whoever answers (stored
            # with the question by _start_turn, so the transcript and the inbox show them too)
            text = " ".join(part for part in (_help_numbers(message, language, town), handoff.text) if part)
            for token in streamed_pieces(text):
                yield "token", token
            yield "citations", []
            yield "done", ChatResult(
                conversation_id, text, language, False, [], not handoff.live and bool(handoff.options),
                "handoff" if handoff.text else "staff", None, handoff.state, handoff_info(handoff),
            )
            return
        if isinstance(found, smalltalk.SmallTalk):
            async for event in self._small_talk(setup, pending, found):
                yield event
            return
        hits, embedder_name, searched, crisis = found.hits, found.embedder, found.searched, found.crisis
        message = found.question or message  # of a crisis message, only what else it asks
        # Someone in a crisis gets the help numbers first and, when a message about violence asks
        # what the town's pages answer (smalltalk.beside_crisis: "Mein Mann schlägt mich – wie bekomme
        # ich eine Auskunftssperre?"), that answer too, quoted (no model: its stream could be reset
        # after the numbers were shown).
        answer_mode = "extractive" if crisis else tenant_settings.get("answer_mode", "extractive")
        # A town may calibrate its own threshold (bench/grounding.py on its questions).
        threshold = tenant_settings.get("grounding_threshold")
        matter = elsewhere(message, own_names(town, tenant_settings))  # another town's or state's?
        grounded = not found.outside and matter is None and is_grounded(
            hits, embedder_name, same_language(hits, language), threshold
        )
        if crisis is not None and not grounded:
            async for event in self._small_talk(setup, pending, crisis):
                yield event
            return
        text, citations = None, []
        model = self.runtime.chat_model_for(tenant_settings) if answer_mode == "generative" and grounded else None
        # Current values (free parking spaces …) of a live open-data resource of a quoted dataset.
        live_facts = await live.facts_for(self.runtime, tenant_id, message, hits) if grounded else []
        if model is not None:
            sources = sources_for(hits) + live.as_sources(live_facts)
            turns = answered_turns(previous)
            messages = build_messages(message, sources, language, town, turns, plain_language,
                                      tone=tenant_settings.get("tone"))
            outcome = GenerationOutcome()
            streamed = False
            async with aclosing(stream_answer(model, messages, sources, outcome)) as deltas:
                async for delta in deltas:
                    streamed = True
                    yield "token", delta
            if outcome.ok:
                text, citations, mode = outcome.text.strip(), outcome.citations, "generative"
            else:
                log.warning(
                    "generative answer discarded (%s), falling back to extractive; model wrote: %.200r",
                    outcome.error or "no valid citation", outcome.text,
                )
                if streamed:
                    yield "reset", None
        if text is None:
            if grounded:
                if searched is None:  # a generated answer failed: its sentences are picked after all
                    searched = await loop.run_in_executor(
                        self.runtime.chat_threads, self.runtime.index.expanded, tenant_id, message, language
                    )
                text, citations = extractive_answer(message, hits, language, searched)
                text, citations = live.with_facts(text, citations, live_facts, language)
                if crisis is not None:
                    text = f"{crisis.reply(language, town)}\n\n{text}"
                mode = "extractive"
            else:
                # another town's or state's matter is said as such: the citizen should ask there, not here
                sorry = SORRY.get(matter, NOT_FOUND)
                text = f"{phrase(sorry, language)} {phrase(OFFER_HANDOFF, language)}"
                mode = "not_found"
            for token in streamed_pieces(text):
                yield "token", token
        citation_dicts = [c.as_dict() for c in citations]
        yield "citations", citation_dicts
        message_id = await loop.run_in_executor(
            self.runtime.store_thread, self._store_answer,
            tenant_id, conversation_id, text, language, grounded, citation_dicts, pending,
        )
        yield "done", ChatResult(
            conversation_id, text, language, grounded, citation_dicts, not grounded or crisis is not None, mode,
            message_id,
        )

    async def _small_talk(self, setup, pending: PendingQuestion | None,
                          talk: smalltalk.SmallTalk) -> AsyncIterator[tuple[str, object]]:
        """A friendly reply in the asker's language; not grounded, and a person
        offered only with a declined request."""
        tenant_id, town, _, conversation_id, _, language = setup
        text = talk.reply(language, town)
        for token in streamed_pieces(text):
            yield "token", token
        yield "citations", []
        message_id = await asyncio.get_running_loop().run_in_executor(
            self.runtime.store_thread, self._store_answer, tenant_id, conversation_id, text, language, False, [],
            pending,
        )
        yield "done", ChatResult(conversation_id, text, language, False, [], talk.offers_person, "small_talk", message_id)

    def _start_turn_and_search(self, tenant_slug: str, message: str, conversation_id: str | None,
                               origin: str | None = None):
        setup, handoff, pending = self._start_turn(tenant_slug, message, conversation_id, origin)
        if handoff is not None:
            return setup, None, handoff, None
        tenant_id, _, _, _, previous, language = setup
        talk = smalltalk.recognise(message)
        if talk is not None and "crisis" in talk.intents:
            question = smalltalk.beside_crisis(message)  # what else it asks, if anything
            if not question:
                return setup, talk, None, pending
            found = self._search(tenant_id, question, previous, language, True)
            return setup, found._replace(crisis=talk, question=question), None, pending
        if talk is not None and (not talk.acknowledges_only or _answered(previous)):
            return setup, talk, None, pending  # "Hallo", "Danke!", a declined request: no search
        extractive = setup[2].get("answer_mode", "extractive") != "generative"
        return setup, self._search(tenant_id, message, previous, language, extractive), None, pending

    def _search(self, tenant_id: int, message: str, previous: list[store.StoredMessage], language: str,
                extractive: bool) -> Found:
        """Search, the tenant's embedder name, for an extractive answer the
        message as the index expands it (with the town's own words, for picking
        the sentences to quote; None otherwise) and the scope check's verdict,
        all off the event loop (loading an embedder holds a process-wide lock)."""
        query = self._retrieval_query(tenant_id, message, previous, language)
        per_page = CHUNKS_SEARCHED if extractive else CHUNKS_PER_SOURCE
        hits = self.runtime.index.search(tenant_id, query, 5, per_page, language)
        searched = self.runtime.index.expanded(tenant_id, message, language) if extractive else None
        embedder = self.runtime.embedder_for_tenant(tenant_id)
        outside = outside_scope(embedder, self.runtime.index.expanded(tenant_id, query, language), hits, message,
                                language)
        return Found(hits, embedder.name, searched, outside)

    def _start_turn(self, tenant_slug: str, message: str, conversation_id: str | None, origin: str | None = None):
        """Resolve tenant and conversation and read the history. When the bot
        answers, the question is returned as a PendingQuestion (stored with the
        answer); when a person answers this conversation, the citizen asks for
        one, or a closed handoff reopens, it is stored now and the handoff
        (if any) returned — then the bot does not answer."""
        asked_at = utcnow()
        tenant = repo.tenant_info(self.runtime.db, tenant_slug)
        if not origin_allowed(tenant.settings, origin):
            raise OriginNotAllowed(origin)
        state, new = handoff_states.BOT, conversation_id is None
        if new:
            conversation_id, previous = store.new_conversation_id(), []
        else:
            with self.runtime.db.reading() as session:  # the common case writes nothing here
                try:
                    state, _ = handoff_states.current_state(session, tenant.id, conversation_id)
                except handoff_states.UnknownConversation:
                    raise UnknownConversation(f"unknown conversation {conversation_id!r}") from None
                previous = store.history(session, tenant.id, conversation_id)
        language = self._language(message, previous)
        setup = tenant.id, tenant.name, dict(tenant.settings), conversation_id, previous, language
        reopens = state in (handoff_states.RESOLVED, handoff_states.ANSWERED)  # a new question: the bot again
        to_staff = state in handoff_states.STAFF_STATES
        wants_person = not to_staff and asks_for_person(message, language)
        if not (reopens or to_staff or wants_person):
            return setup, None, PendingQuestion(tenant.id, conversation_id, new, message, language, asked_at)
        with self.runtime.db.session() as session:
            tenant = repo.get_tenant(session, tenant_slug)
            if new:
                store.create_conversation(session, tenant.id, conversation_id=conversation_id)
            message_id = store.add_message(session, tenant.id, conversation_id, "user", message, language, checked=True)
            help_numbers = _help_numbers(message, language, tenant.name) if to_staff or wants_person else ""
            bot_said = (handoff_service.bot_message(session, tenant.id, conversation_id, help_numbers, language)
                        if help_numbers else [])
            handoff = None
            if reopens:
                change = handoff_states.transition(session, tenant.id, conversation_id, handoff_states.BOT,
                                                   "citizen", "new_message")
                webhooks.record_state_change(session, tenant, conversation_id, change)
            if to_staff:
                events = handoff_service.citizen_message(session, tenant, conversation_id, message_id, message)
                handoff = handoff_service.Outcome(state, events=events, live=state != handoff_states.TICKET_OPEN)
            elif wants_person:
                handoff = handoff_service.request_handoff(session, tenant_slug, conversation_id, language,
                                                          reason="asked_for_person",
                                                          mail_enabled=self.runtime.mail_config is not None)
            if handoff is not None:
                handoff.events.extend(bot_said)
            return setup, handoff, None

    def _store_question_alone(self, pending: PendingQuestion) -> None:
        """The question of a turn whose answer never came (the stream broke off)."""
        with self.runtime.db.session() as session:
            if pending.new:
                store.create_conversation(session, pending.tenant_id, pending.language, pending.conversation_id,
                                          created_at=pending.asked_at)
            store.add_message(session, pending.tenant_id, pending.conversation_id, "user", pending.message,
                              pending.language, checked=True, created_at=pending.asked_at)

    def _store_answer(self, tenant_id, conversation_id, text, language, grounded, citations,
                      pending: PendingQuestion | None = None) -> int:
        if pending is not None:
            with self.runtime.db.write() as connection:
                return store.add_turn(connection, tenant_id, conversation_id, pending.new, pending.message,
                                      pending.asked_at, text, language, grounded, citations)
        with self.runtime.db.session() as session:
            return store.add_message(
                session, tenant_id, conversation_id, "assistant", text, language, grounded, citations, checked=True
            )

    async def answer(self, *args, **kwargs) -> ChatResult:
        result = None
        async for kind, payload in self.respond(*args, **kwargs):
            if kind == "done":
                result = payload
        assert result is not None
        return result

    @staticmethod
    def _language(message: str, previous: list[store.StoredMessage]) -> str:
        earlier = next((m.language for m in reversed(previous) if m.role == "user" and m.language), None)
        detected = detect_language(message, default=earlier or "de") or "de"
        if earlier and detected != earlier and asks_for_person(message, detected):
            # the widget's "talk to a person" button speaks the page's language, the citizen their own
            return earlier
        talk = smalltalk.recognise(message)  # one word ("Hello") is too little for the detector
        return talk.language(detected) if talk is not None else detected

    def _retrieval_query(self, tenant_id: int, message: str, previous: list[store.StoredMessage], language: str) -> str:
        """A follow-up is searched together with the question that named its
        topic: after "Personalausweis beantragen" – "Was kostet das?", the
        question "Und wie lange dauert es?" still means the Personalausweis,
        so earlier questions that only borrowed their topic are skipped (up to
        TOPIC_LOOKBACK questions back; the latest question otherwise)."""
        questions = list(islice((m for m in reversed(previous) if m.role == "user" and smalltalk.recognise(m.content) is None),
                                TOPIC_LOOKBACK))
        if not questions:
            return message
        if not is_follow_up(message, language, lambda text: self.runtime.index.unknown_words(tenant_id, text)):
            return message
        topic = next((m.content for m in questions if not borrows_topic(m.content, m.language or language)),
                     questions[0].content)
        return f"{topic} {message}"


def _help_numbers(message: str, language: str, town: str) -> str:
    """The crisis reply (help and emergency numbers) when `message` is from someone in a crisis, else ""."""
    talk = smalltalk.recognise(message)
    return talk.reply(language, town) if talk is not None and "crisis" in talk.intents else ""


def _answered(previous: list[store.StoredMessage]) -> bool:
    """Whether the bot's last word was an answer: only then is "ok" just an
    acknowledgement. After "not found — shall a person take over?" it may mean
    yes, and goes the usual way (which offers the person again)."""
    last = next((m for m in reversed(previous) if m.role == "assistant"), None)
    return last is not None and bool(last.grounded)


def _log_failure(future) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("storing a question failed", exc_info=future.exception())
