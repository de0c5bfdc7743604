"""The test console: what the bot would do with a question, with the evidence
(retrieved passages, their scores, the "good answer?" decision). Nothing is
stored: testing does not create conversations or statistics."""

from __future__ import annotations

from rathaus.answer import smalltalk
from rathaus.answer.extractive import extractive_answer
from rathaus.answer.grounding import ANOTHER_STATE, ANOTHER_TOWN, elsewhere, is_grounded, same_language, threshold_for
from rathaus.answer.other_town import own_names
from rathaus.answer.scope import outside_scope
from rathaus.answer.service import CHUNKS_PER_SOURCE
from rathaus.language import detect_language


def explain(runtime, tenant_id: int, settings: dict, question: str, town: str = "") -> dict:
    language = detect_language(question) or "de"
    talk = smalltalk.recognise(question)
    if talk is not None and not talk.acknowledges_only:  # the console has no conversation to acknowledge
        language = talk.language(language)
        return {"language": language, "grounded": False, "small_talk": True, "threshold": None, "hits": [],
                "answer": talk.reply(language, town), "offers_person": talk.offers_person}
    hits = runtime.index.search(tenant_id, question, 5, CHUNKS_PER_SOURCE, language)
    embedder = runtime.embedder_for_tenant(tenant_id)
    in_its_language = same_language(hits, language)
    threshold = settings.get("grounding_threshold")
    searched = runtime.index.expanded(tenant_id, question, language)
    outside = outside_scope(embedder, searched, hits, question, language)
    matter = elsewhere(question, own_names(town, settings))  # another town's or state's, as the chat's reply says
    grounded = not outside and matter is None and is_grounded(hits, embedder.name, in_its_language, threshold)
    answer = extractive_answer(question, hits, language, searched)[0] if grounded else None
    return {
        "language": language, "grounded": grounded, "answer": answer, "outside_scope": outside,
        # why a page close enough is still not an answer: another town's or another state's matter
        "another_town": matter == ANOTHER_TOWN, "another_state": matter == ANOTHER_STATE,
        "searched": searched,
        "threshold": threshold if threshold is not None else threshold_for(embedder.name, in_its_language),
        "hits": [{"title": h.title, "url": h.url, "external_id": h.external_id, "heading": h.heading,
                  "score": h.score, "dense": h.dense, "lexical": h.lexical, "text": h.text[:600]} for h in hits],
    }
