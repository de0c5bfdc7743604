"""Extractive answers: the sentences of the best passages that answer the
question, quoted with numbered citations. Never invents text — every sentence
after the intro is copied from a source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rathaus.answer.phrases import FOUND, MORE_PAGES, phrase
from rathaus.index.analysis import Analyzer, tokenize
from rathaus.index.crosslingual import glossary
from rathaus.index.expansion import asked_aspects, expand_query
from rathaus.ingest.chunking import split_sentences
from rathaus.models import SearchHit

MAX_SOURCES = 3
# A further source is quoted only when its evidence is nearly as strong as the
# best one's; otherwise it would dilute a clear answer.
SOURCE_MARGIN = 0.06
# Pages as close to the best as the quoted ones, beyond MAX_SOURCES, are linked
# by their titles: sibling pages ("Gewerbe-Anmeldung / -Ummeldung / -Abmeldung")
# often score within a few hundredths of each other, and a wrong one quoted
# first should not hide the right one (bench/answers.py counts both).
MAX_LINKED = 2
SNIPPET_CHARS = 300


@dataclass(frozen=True)
class Citation:
    n: int
    title: str
    url: str | None
    external_id: str
    snippet: str
    linked: bool = False  # only named under "Weitere passende Seiten", not quoted
    language: str = "de"  # the source's: its title, snippet and quotes are in it, whatever the asker's

    @classmethod
    def from_hit(cls, n: int, hit: SearchHit, linked: bool = False) -> "Citation":
        return cls(n, hit.title, hit.url, hit.external_id, snippet(hit.text), linked, hit.language or "de")

    def as_dict(self) -> dict:
        return {"n": self.n, "title": self.title, "url": self.url, "external_id": self.external_id,
                "snippet": self.snippet, "linked": self.linked, "language": self.language}


def by_document(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """Hits grouped per document, documents in the order of their best hit.
    Documents with the same URL are one page: the same folder ingested as two
    sources would otherwise be quoted and cited twice (and its sections twice)."""
    groups: dict[int | str, list[SearchHit]] = {}
    for hit in hits:
        group = groups.setdefault(hit.url or hit.document_id, [])
        if all(hit.text != other.text for other in group):
            group.append(hit)
    return list(groups.values())


def close_documents(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """The documents (each as its retrieved chunks) whose evidence is nearly as
    strong as the best one's, the best one first."""
    groups = by_document(hits)
    if not groups:
        return []
    best = groups[0][0].dense
    return [g for i, g in enumerate(groups) if i == 0 or g[0].dense >= best - SOURCE_MARGIN]


def choose_sources(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """The documents to quote: the best one, and others whose evidence is nearly as strong."""
    return close_documents(hits)[:MAX_SOURCES]


LIST_MARKERS = ("- ", "* ", "• ")
# A line ending in ":" is quoted with the list or table after it, and a short
# table as a whole: "Öffnungszeiten:" or "Leistung | Gebühr" alone answers nothing.
MAX_GROUP_LINES = 8


NUMBERED_ITEM = re.compile(r"\d{1,3}\. \S")  # an ordered list's item as the parsers write it ("2. Anzeige …")


def _is_item(unit: str) -> bool:
    return unit.startswith(LIST_MARKERS) or _is_step(unit)


def _is_step(unit: str) -> bool:
    return NUMBERED_ITEM.match(unit) is not None


# A list item that states a time or a weekday: a run of them is a schedule
# (opening hours, collection days) and is quoted whole, like a label's list —
# "Dienstag bis Freitag: 9:00 bis 18:00 Uhr" alone would hide Saturday's hours.
# German words: the picker quotes the town's (German) pages.
SCHEDULE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\bUhr\b|\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Feiertag)",
    re.IGNORECASE,
)


def _is_schedule_item(unit: str) -> bool:
    return unit.startswith(LIST_MARKERS) and SCHEDULE.search(unit) is not None


def _is_row(unit: str) -> bool:
    return " | " in unit  # table rows as the parsers write them (cells joined by " | ")


def _units(text: str) -> list[str]:
    """Sentences of the prose; each list item, table row and short line whole."""
    units = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _own_line(line):  # an item stays whole: its sentences belong together
            units.append(line)
        else:
            units.extend(s.strip() for s in split_sentences(line) if s.strip())
    return units


def _own_line(unit: str) -> bool:
    """A list item or table row: quoted on a line of its own."""
    return _is_item(unit) or _is_row(unit)


def _run_end(units: list[str], start: int, kind) -> int:
    """The index after the run of units of `kind` (_is_item, _is_step or _is_row) from `start`."""
    end = start
    while end < len(units) and kind(units[end]):
        end += 1
    return end


def _add_run(passages: list[list[str]], units: list[str], start: int, kind, header: int) -> int:
    """Adds the run of units of `kind` from `start` to `passages`: a short run
    (up to MAX_GROUP_LINES) as one passage, a long one unit by unit without its
    first `header` units (a table's header row). Returns the index after the run."""
    end = _run_end(units, start, kind)
    run = units[start:end]
    passages.extend([run] if len(run) <= MAX_GROUP_LINES else [[unit] for unit in run[header:]])
    return end


def _passages(units: list[str]) -> list[list[str]]:
    """The units as quotable passages: a sentence alone; a label ("…:") with
    the list or table after it; a short table as a whole. A long list or table
    is quoted item by item, without its label or header row."""
    passages: list[list[str]] = []
    i = 0
    while i < len(units):
        unit = units[i]
        if _is_row(unit):  # a table: its rows up to the first line that is not one
            i = _add_run(passages, units, i, _is_row, header=1)
        elif _is_step(unit):  # numbered steps: step 3 alone would leave out 1 and 2
            i = _add_run(passages, units, i, _is_step, header=0)
        elif _is_schedule_item(unit) and _run_end(units, i, _is_schedule_item) - i > 1:
            i = _add_run(passages, units, i, _is_schedule_item, header=0)
        elif unit.endswith(":") and i + 1 < len(units) and _own_line(units[i + 1]):
            end = _run_end(units, i + 1, _is_item if _is_item(units[i + 1]) else _is_row)
            if end - i - 1 <= MAX_GROUP_LINES:
                passages.append(units[i:end])
                i = end
            else:
                i += 1  # the label alone says nothing; its items follow one by one
        else:
            passages.append([unit])
            i += 1
    return passages


def pick_sentences(
    question: str, text: str, limit: int, language: str | None = None, documents_language: str = "de",
    searched: str | None = None, answering: str = "", aspects: str = "", numbers: bool = False,
) -> list[str]:
    """The sentences (or label with its list, or short table) of the `limit`
    passages that share most (stemmed, synonym-expanded) words with the
    question, in their original order — for a question in another language,
    with the German terms of the concepts it names; the first passages when
    none shares a word. `searched`: the question as the index expanded it
    (with the town's own words, SearchIndex.expanded), else it is expanded
    here with the shipped word lists only. `answering`: the text of the page's
    section that answers what is asked (see section_answers), preferred.
    `numbers`: the question asks for an amount, a time or a number (see
    NUMBER_CUE): a passage that states one counts one shared word more.

    Measured on the demo's German questions (does the quote hold the fact
    asked for?): 31 of 38 with passages, 26 sentence by sentence; weighting
    shared words by how few passages use them gave 28 and was dropped
    (34 with numbered steps whole and by_intent's sections, 38 with the
    aspects' words and compounds split; a question word as any beginning or
    ending of a page's word instead gave 34)."""
    passages = _passages(_units(text))
    asked = searched or expand_query(question, language, documents_language)
    # Compounds split into words the page or the question use elsewhere (index.analysis.Analyzer):
    # "Telefonnummer der Zentrale" then shares "Telefon" and "Zentrale" with "Telefonzentrale: 456-0".
    analyzer = Analyzer.from_corpus([text, asked])
    wanted = set(analyzer.tokenize(asked))
    # A passage of the section that answers what is asked (`answering`: "Was ist zu tun?")
    # counts one shared word more: the steps, not a sentence elsewhere that repeats the question.
    preferred = set(_units(answering))
    # So does one that uses a word of what is asked about (`aspects`: "gültig" for "Wie lange
    # ist der Reisepass gültig?"): the page's name is in most of its sentences, the aspect in few.
    aspect_words = set(analyzer.tokenize(aspects))

    def score(passage: list[str]) -> int:
        shared = wanted & set(analyzer.tokenize(" ".join(passage)))
        bonus = (1 if preferred and preferred.issuperset(passage) else 0) + (1 if shared & aspect_words else 0)
        if numbers and any(NUMBER.search(unit) for unit in passage):
            bonus += 1
        return len(shared) + bonus

    scored = [(score(p), i) for i, p in enumerate(passages)]
    if not any(score for score, _ in scored):
        chosen = range(min(limit, len(passages)))
    else:
        chosen = sorted(i for _, i in sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:limit])
    return [unit for i in chosen for unit in passages[i]]


# What a question asks when its answer is a number: a price, an amount or a limit, a
# time, a deadline or duration, an age, a phone number (not "where?": a place is
# named more often than numbered, "beim Schadstoffmobil"). Read on the German of
# what is asked — a German question, or another language's question with the
# glossary's German terms of what it names ("скільки коштує" → "Gebühren, Kosten") —
# as whole words: "Hundesteuer" is no "teuer", "Daueraufenthalt" no "Dauer".
NUMBER_CUE = re.compile(
    r"\b(kosten|kostet|gebühr|gebühren|teuer|preis|preise|wieviel|wieviele|frist|fristen|spätestens|dauer|dauert"
    r"|werktage|uhr|uhrzeit|telefonnummer|rufnummer|nummer|höchstens|maximal|mindestens|prozent)\b"
    r"|\bwie (viel|viele|lange|oft|alt|weit|groß|hoch|schwer|spät|früh)\b|\b(bis|ab) wann\b|\bwelchem alter\b"
)
# The glossary's aspects whose answer is a number ("how long does it take?",
# "poids maximum ?", "what's the phone number?"), for questions in other languages.
NUMBER_ASPECTS = ("bearbeitungsdauer", "frist", "uhrzeit", "geoeffnet", "telefon", "alter", "menge", "personen",
                  "sanktion", "gueltigkeit")
# A number as pages state it: in digits, or in words ("innerhalb von zwei Wochen",
# "achtzehn Jahre", "einer Woche"); "ein" alone is too common to count.
NUMBER = re.compile(
    r"\d|\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|sechzehn|siebzehn|zwanzig|dreißig|sechzig"
    r"|siebzig|hundert|tausend|(drei|vier|fünf|acht|neun)(zehn|zig))\b"
    r"|\bein(e|er|em|en)? (tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|stunde|stunden)\b",
    re.IGNORECASE,
)


def quote(units: list[str]) -> str:
    """Markdown block quote: consecutive sentences form one line, list items
    and table rows keep their own lines."""
    lines: list[str] = []
    for unit in units:
        if _own_line(unit) or not lines or _own_line(lines[-1]) or lines[-1].endswith(":"):
            lines.append(unit)
        else:
            lines[-1] += " " + unit
    return "\n".join(f"> {line}" for line in lines)


def snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + " …"


# What a question asks for, and the sections of a service description that
# answer it: the modules of the German federal information management (FIM)
# ("Was ist zu tun?", "Welche Unterlagen brauche ich?", "Was kostet das?", …)
# that most towns' service pages follow. (question cue, heading cue, aspect):
# both cues regular expressions on lower-case text; the aspect (a concept of the
# glossary's concepts.tsv) names the words by which a section states such a
# thing without a heading for it ("innerhalb von zwei Wochen" under "Was ist zu
# tun?"). A question in another language is read with the German terms the
# glossary adds to it (fees, papers, and the aspects). On the demo's quote facts
# (bench/quotes.py) with whole numbered steps: 34 of 38 instead of 31, 37 with
# the aspects' words; in other languages (bench/demo_quote_facts_other.tsv) 71
# of 76 instead of 51 with the new concepts and aspects (2026-12-06).
INTENTS = [(re.compile(ask), re.compile(heading), aspect) for ask, heading, aspect in [
    (r"was (muss|soll|kann|sollte) ich (jetzt |da |dann )?(tun|machen)|was (tun|machen)\b"
     r"|wie (gehe ich vor|läuft|funktioniert)|vorgehen|ablauf"
     # "Wie bekomme ich einen Anwohnerparkausweis?", "Wo kann ich Sperrmüll anmelden?"
     r"|(wie|wo) (bekomme|beantrage|erhalte|kriege|krieg) ich\b|wie (bekommt|beantragt|erhält) man\b"
     r"|(wie|wo) (kann|muss) ich\b.*\b(beantragen|bekommen|erhalten|anmelden)\b|wie (melde|meldet) (ich|man)\b"
     # a keyword search ("Personalausweis beantragen") or a wish ("Ich will meine Wohnung abmelden")
     r"|^\W*(\w+\W+){1,3}(beantragen|anmelden|ummelden|abmelden|zulassen|verlängern)\W*$"
     r"|\bich (will|möchte|muss|würde gern)\b.*\b(beantragen|anmelden|ummelden|abmelden|zulassen|verlängern)\b",
     r"was ist zu tun|ablauf|vorgehen|so geht|wie melde|wie beantrage", "vorgehen"),
    (r"unterlagen|dokumente|nachweis|mitbringen|papiere|was brauche ich|welche \w+ brauche ich",
     r"unterlagen|dokumente|nachweise|mitbringen", None),
    (r"kost|gebühr|teuer|preis|bezahl", r"kost|gebühr|bezahl|preis|entgelt|tarif", None),
    (r"wie lange dauert|wie schnell|bearbeitungs(dauer|zeit)", r"dauer|wie lange|bearbeitungszeit", "bearbeitungsdauer"),
    (r"frist|bis wann", r"frist", "frist"),
    (r"zu spät|verpass|versäum|bußgeld|bussgeld|strafe|was passiert,? wenn", r"frist|folgen", "sanktion"),
    (r"wer (bekommt|hat anspruch|darf|kann)|voraussetzung|anspruch",
     r"wer bekommt|wer hat anspruch|voraussetzung|wer darf", "voraussetzungen"),
    (r"wie oft|wie häufig|wann (wird|werden|kommt|kommen)\b.*\b(tonne|sack|säcke|müll|abfuhr)|geleert|abfuhrtag|leerung",
     r"wie oft|abfuhrt|leerung", "leerung"),
    (r"gültig|gueltig|läuft\b.*\bab\b", r"gültig|gültigkeit", "gueltigkeit"),
    (r"wer hilft|hilfe beim|hilft mir|beratung|berät|beraten", r"beratung|hilfe|unterstützung", "beratung"),
    (r"telefon|anrufen|rufnummer|hotline|erreiche ich", r"kontakt|erreichbarkeit|telefon", "telefon"),
    # "Wo kann ich …?", "Wo ist …?"; in another language the glossary's aspect "Wo und wann" ("where", "أين")
    (r"^\W*wo\b|\bwo (kann|muss|bekomme|krieg|kriege|finde|ist|sind|gibt|liegt|befindet)\b|\bwo und wann\b",
     r"wo und wann|^wo\b|adresse|anschrift|standort|so finden sie", "adresse"),
    # "Wann ist die nächste Gemeinderatssitzung?" → "Wann sind die Sitzungen?", the lines with times
    (r"\bwann (ist|sind|findet|finden|tagt|tagen|gibt es)\b", r"\bwann\b", "uhrzeit"),
    # "Wann hat das Bürgerbüro geöffnet?", "… samstags auf?", "Wann macht es zu?"
    (r"öffnungszeit|oeffnungszeit|geöffnet|geoeffnet|\boffen\b|\b(auf|zu)\s*[?!.]*$|schließt|sprechzeit|servicezeit",
     r"öffnungszeit|wo und wann|sprechzeit|sprechstunde|servicezeit", "geoeffnet"),
]]


def by_intent(chunks: list[SearchHit], cues: list[re.Pattern], aspect_words: set[str],
              asks_law: bool = False) -> list[SearchHit]:
    """A page's chunks, those whose own section answers what the question
    asks for first (`cues`, the heading cues of INTENTS it asks for: "was muss
    ich tun" → "Was ist zu tun?"), then those whose text uses one of the
    `aspect_words` (stemmed words of the aspects asked about: a deadline stated
    under "Was ist zu tun?": "innerhalb von zwei Wochen"; "mayor" →
    "Oberbürgermeisterin"), otherwise in search order; QUOTED_CHUNKS of them.
    The list of laws ("Rechtsgrundlage") comes last unless the law is asked
    for (`asks_law`): "- Passgesetz (PassG)" answers no citizen's question."""

    def says(hit: SearchHit) -> bool:
        return bool(aspect_words) and not aspect_words.isdisjoint(tokenize(hit.text))

    def legal_basis(hit: SearchHit) -> bool:
        return not asks_law and section_answers(hit, [LEGAL_BASIS])

    return sorted(chunks, key=lambda hit: (legal_basis(hit), not section_answers(hit, cues), not says(hit)))[:QUOTED_CHUNKS]


LEGAL_BASIS = re.compile(r"rechtsgrundlage|gesetzliche grundlage")
ASKS_LAW = re.compile(r"gesetz|rechtsgrundlage|verordnung|satzung|paragra|§")


def section_answers(hit: SearchHit, cues: list[re.Pattern]) -> bool:
    """Whether the section's own heading is one of `cues` ("Was ist zu tun?")."""
    heading = hit.heading or ""
    own = heading.rsplit("›", 1)[-1].lower() if "›" in heading else ""
    return any(cue.search(own) for cue in cues)


def _asked(question: str) -> list[tuple[re.Pattern, str | None]]:
    """(heading cue, aspect) of each of INTENTS that `question` asks for."""
    lowered = question.lower()
    return [(heading, aspect) for ask, heading, aspect in INTENTS if ask.search(lowered)]


QUOTED_CHUNKS = 3


def extractive_answer(
    question: str, hits: list[SearchHit], language: str | None, searched: str | None = None
) -> tuple[str, list[Citation]]:
    """`searched`: the question as the index expanded it (see pick_sentences)."""
    groups = close_documents(hits)
    asked = question
    documents_language = (groups[0][0].language or "de") if groups else "de"
    searched = searched or expand_query(question, language, documents_language)
    if language and language != documents_language:
        # In another language the cues are found in the German terms the glossary
        # added ("how much is a passport?" → "… (Reisepass, Gebühren, Kosten)"),
        # and in those of the aspects the search left out ("what should I do?").
        aspects = asked_aspects(question, language, documents_language)
        asked = f"{searched} ({', '.join(aspects)})" if aspects else searched
    else:
        aspects = ()
    # What is asked, read once for every page: the INTENTS' heading cues, and the
    # German terms of their aspects (German, or the glossary's terms of another
    # language's question: "reisepass express wie schnell" → "Bearbeitungsdauer, …").
    intents = _asked(asked)
    terms = glossary().terms
    aspects = tuple(dict.fromkeys(aspects + tuple(terms[aspect] for _, aspect in intents if aspect)))
    if aspects:  # the aspects' words pick sentences too: "nach drei Werktagen", "Sprechstunde … Montag"
        searched = f"{searched} ({', '.join(aspects)})"
    cues, aspect_words = [heading for heading, _ in intents], set(tokenize(" ".join(aspects)))
    lowered = asked.lower()
    asks_law = bool(ASKS_LAW.search(lowered))
    numeric_aspects = {terms[concept] for concept in NUMBER_ASPECTS if concept in terms}
    numbers = bool(NUMBER_CUE.search(lowered)) or not numeric_aspects.isdisjoint(aspects)
    close = [by_intent(chunks, cues, aspect_words, asks_law) for chunks in groups]
    parts = [phrase(FOUND, language)]
    citations = []
    for n, chunks in enumerate(close[:MAX_SOURCES], start=1):
        text = "\n".join(hit.text for hit in chunks)
        answering = "\n".join(hit.text for hit in chunks if section_answers(hit, cues))
        sentences = pick_sentences(question, text, 3 if n == 1 else 2, language, chunks[0].language or "de", searched,
                                   answering, ", ".join(aspects), numbers)
        parts.append(f"{quote(sentences)} [{n}]")
        citations.append(Citation.from_hit(n, chunks[0]))
    linked = close[MAX_SOURCES:MAX_SOURCES + MAX_LINKED]
    if linked:
        parts.append(phrase(MORE_PAGES, language))  # a paragraph, then a Markdown list
        lines = []
        for n, chunks in enumerate(linked, start=len(citations) + 1):
            lines.append(f"- {chunks[0].title} [{n}]")
            citations.append(Citation.from_hit(n, chunks[0], linked=True))
        parts.append("\n".join(lines))
    return "\n\n".join(parts), citations
