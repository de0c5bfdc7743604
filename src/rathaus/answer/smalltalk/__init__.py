"""Greetings, thanks, goodbyes, "ok", "how are you?", "who are you?" and
requests for jokes or poems: answered kindly in the asker's language instead of
searched. Searched, "Hallo" or "Danke!" found nothing and got "no reliable
answer — shall a person take over?".

Only a message made entirely of such phrases (and a few joining words) counts:
"Danke, und was kostet das?" is a question and goes the usual way. Requests
declined are the exception: the set ones of heard.py start a message, those
of declined.py (a poem about the residence permit, the bot's opinion, the
Moon's registration office) may stand anywhere in it. Before all of them: a
message saying that someone wants to die or is being hurt gets the help
numbers (112/110, TelefonSeelsorge, the women's helpline), however long it is.

The lists are plain data, a municipal developer can extend them: heard.py,
creative_words.py, out_of_scope_words.py and crisis_words.py (what citizens write), replies.py
(what rathaus answers).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rathaus.answer.phrases import phrase_language
from rathaus.answer.smalltalk.crisis_words import CRISIS, SELF_HARM
from rathaus.answer.smalltalk.declined import Declined
from rathaus.answer.smalltalk.heard import JOINING, PHRASES, REQUESTS
from rathaus.answer.smalltalk.crisis_reply import CRISIS_REPLY
from rathaus.answer.smalltalk.replies import DECLINE, GOODBYE, GREETING, HOW_ARE_YOU, IDENTITY, THANKS
from rathaus.answer.wordlists import WordList, normalise
from rathaus.index.crosslingual import CJK_RE

__all__ = ["DECLINE", "GOODBYE", "GREETING", "HOW_ARE_YOU", "IDENTITY", "JOINING", "PHRASES", "REQUESTS",
           "THANKS", "SmallTalk", "recognise"]

MAX_WORDS = 8  # a longer message is more than small talk
MAX_REQUEST_WORDS = 25  # a request declined starts a message of at most this many words
# A request declined anywhere in a message (declined.py): in a longer one, a
# chance word ("Lied", "Drache") says little about what is asked.
MAX_DECLINED_WORDS = 60


@dataclass(frozen=True)
class SmallTalk:
    intents: frozenset[str]
    languages: tuple[str, ...]  # the languages its phrases belong to, first match first; () for "ok"

    def language(self, detected: str) -> str:
        """The detected language where the phrases fit it ("hi" in a German
        chat), else theirs: "Hello" is English even where detection, on one
        word, fell back to German."""
        return detected if detected in self.languages or not self.languages else self.languages[0]

    @property
    def acknowledges_only(self) -> bool:
        """Just "ok", "super": small talk only right after an answer (after a
        handoff offer it may mean yes); the caller knows the conversation."""
        return self.intents == {"ack"}

    @property
    def offers_person(self) -> bool:
        """A declined request is out of scope like any unanswerable question:
        the citizen is offered a person too (the "no good answer" path); so is
        someone in a crisis, besides the help numbers."""
        return bool(self.intents & {"request", "crisis"})

    def reply(self, language: str, town: str) -> str:
        lang = phrase_language(language)
        lang = lang if lang in GREETING else "de"
        thanks, anything_else = THANKS[lang]
        if "crisis" in self.intents:
            return CRISIS_REPLY[lang]
        if "request" in self.intents:
            return DECLINE[lang]
        if "identity" in self.intents:
            return IDENTITY[lang].format(town=town)
        if "how_are_you" in self.intents:
            return HOW_ARE_YOU[lang]
        if "goodbye" in self.intents:
            return f"{thanks} {GOODBYE[lang]}" if "thanks" in self.intents else GOODBYE[lang]
        if "thanks" in self.intents:
            return f"{thanks} {anything_else}"
        if self.intents & {"greeting", "opener"}:
            return GREETING[lang].format(town=town)
        return anything_else


def _phrase_table() -> dict[tuple[str, ...], tuple[str, set[str]]]:
    table: dict[tuple[str, ...], tuple[str, set[str]]] = {}
    for intent, by_language in PHRASES.items():
        for language, phrases in by_language.items():
            for phrase in phrases.split("|"):
                key = tuple(normalise(phrase))
                if key not in table:
                    table[key] = (intent, set())
                table[key][1].add(language)
    return table


_TABLE = _phrase_table()
_JOINING = frozenset(w for word in JOINING for w in normalise(word))  # "și", "és" as messages are compared
_LONGEST = max(len(key) for key in _TABLE)
_AMBIGUOUS_ACK = {key for key, (intent, langs) in _TABLE.items() if intent == "ack" and len(langs) > 1}


_REQUESTS = [(tuple(normalise(phrase)), language)
             for language, phrases in REQUESTS.items() for phrase in phrases.split("|")]


def _by_first_word(requests: list[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The requests by their first word: only those can start a message (8 instead of 45 µs)."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, language in requests:
        found.setdefault(phrase[0], []).append((phrase, language))
    return found


_REQUESTS_BY_FIRST_WORD = _by_first_word(_REQUESTS)
_DECLINED = Declined()
_CRISIS = WordList(CRISIS)
# Chinese writes no spaces: its request is the start of the message's first run
# of characters ("给我讲个笑话吧" starts with "给我讲个笑话"), not a word sequence.
_CJK_REQUESTS = [(phrase[0], language) for phrase, language in _REQUESTS if len(phrase) == 1 and CJK_RE.match(phrase[0])]


# A message about violence may ask something the town's pages answer as well ("Mein Mann schlägt mich.
# Ich habe eine Wohnung gefunden – wie melde ich mich dort an?", "Wie beantrage ich eine Auskunftssperre
# wegen häuslicher Gewalt?"): when it asks (a question mark), its parts without crisis words are searched,
# or all of it when they are too short to be a question of their own. Someone who writes of harming
# themselves gets the help numbers only: searched, "I want to kill myself" found the gun-licence page,
# "покончить с собой" the death certificate, and a page found for the rest of such a message could be
# about weapons or medicines.
CRISIS_QUESTION_WORDS = 3
_QUESTION_MARK = re.compile("[?\uff1f\u061f\u1367]")
_SELF_HARM = WordList(SELF_HARM)
_CLAUSES = re.compile("[.!?;,:\n\u2013\u2014\u3002\uff01\uff1f\uff0c\u061f\u060c\u061b\u1361-\u1367]+")


def beside_crisis(message: str) -> str:
    """What a crisis message asks besides, to be answered after the help numbers ("" for none): a
    message with a question and no self-harm words asks its sentences and clauses without crisis
    words, or, when those are shorter than CRISIS_QUESTION_WORDS words, all of it."""
    if not _QUESTION_MARK.search(message) or _SELF_HARM.languages_in(normalise(message), message):
        return ""
    rest = " ".join(part.strip() for part in _CLAUSES.split(message)
                    if part.strip() and not _CRISIS.languages_in(normalise(part), part))
    return rest if len(normalise(rest)) >= CRISIS_QUESTION_WORDS else message


@functools.lru_cache(maxsize=1024)  # asked for the same message by the language and the turn
def recognise(message: str) -> SmallTalk | None:
    """The message as small talk, or None when any part of it is something else."""
    words = normalise(message)
    if not words:
        return None
    crisis = _CRISIS.languages_in(words, message)
    if crisis:  # first and at any length: someone who wants to die gets the help numbers, never a page quote
        return SmallTalk(frozenset({"crisis"}), tuple(crisis))
    if len(words) <= MAX_REQUEST_WORDS:
        for phrase, language in _REQUESTS_BY_FIRST_WORD.get(words[0], ()):
            if tuple(words[:len(phrase)]) == phrase:
                return SmallTalk(frozenset({"request"}), (language,))
        for start, language in _CJK_REQUESTS:
            if words[0].startswith(start):
                return SmallTalk(frozenset({"request"}), (language,))
    if len(words) <= MAX_DECLINED_WORDS:
        languages = _DECLINED.languages(words, message)
        if languages:
            return SmallTalk(frozenset({"request"}), tuple(languages))
    if len(words) > MAX_WORDS:
        return None
    intents, languages, i = set(), [], 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            key = tuple(words[i:i + size])
            if key in _TABLE:
                intent, langs = _TABLE[key]
                intents.add(intent)
                if key not in _AMBIGUOUS_ACK:  # "ok" says nothing about the language
                    languages += [lang for lang in GREETING if lang in langs and lang not in languages]
                i += size
                break
        else:
            if words[i] not in _JOINING:
                return None
            i += 1
    return SmallTalk(frozenset(intents), tuple(languages)) if intents else None
