"""Signs that a question is not the town's matter, which lower the scope
model's bar (scope.py) without deciding on their own.

The scope model refuses only when it is very sure (scope.OUT_OF_SCOPE_FROM),
because an in-scope question it doubts would lose its answer. Some words make
an out-of-scope reading much likelier, yet appear in questions a page answers
too, so they cannot refuse alone:

- a company's name: "Wie kündige ich meinen Vodafone-Vertrag beim Umzug?"
  (but "Ich will als Uber-Fahrer arbeiten, welchen Schein brauche ich?" is the
  town's passenger-transport licence);
- a consulate or embassy (foreign_words.AUTHORITY): "Was brauche ich für ein
  griechisches Militärbuch beim Konsulat?" (but "Die Botschaft verlangt eine
  Verpflichtungserklärung" is the town's);
- asking the bot's view on a choice (scope_signs_words.ADVICE): "Lohnt sich
  ein Lastenrad oder soll ich beim Auto bleiben?" (but "Lohnt sich der
  Reisepass mit 48 Seiten?");
- dealing with a matter from here, while living in Germany or from abroad
  (scope_signs_abroad.ABROAD: "Как получить справку о несудимости из России,
  если я живу в Германии?" — but "Получаю пенсию из-за границы, где заверить
  справку?" is the town's life certificate);
- a being or thing that is no person, the one a procedure is for in nonsense
  built from real procedures: a plant, a toy, a fictional being
  (scope_signs_beings.BEINGS: "Kann meine Monstera als Mitbewohnerin
  angemeldet werden?"), or an animal or household thing beside a procedure for
  people alone (PETS_AND_THINGS with FOR_PEOPLE: "Mein Hamster will BAföG" —
  but "Meine Katze ist entlaufen" and "Wohin mit dem alten Kühlschrank?" are
  the town's). The animals are also found as the glossary's concepts of dogs
  and pets, in every language it knows ("Köpeğime kimlik kartı"), read
  without typing errors there ("peruano" is no mistyped "perra"); never
  beside a tax (a dog's tax is for its owner) and never with a benefit
  (whether one may keep a dog on housing benefit is the town's question).

With such a sign the model's doubt is enough: its probability must reach the
sign's bar instead. The bars were chosen on five-fold out-of-fold
probabilities over every development set (docs/benchmarks.md): with them no
natural in-scope question above the grounding threshold is refused; of the
questions written to look like refusals, one more is (advice: "vaut-il le coup
de prendre une plaque saisonnière ?").
"""

from __future__ import annotations

import functools

from rathaus.answer.foreign_words import AUTHORITY
from rathaus.answer.scope_signs_abroad import ABROAD
from rathaus.answer.scope_signs_beings import BEINGS, PETS_AND_THINGS
from rathaus.answer.scope_signs_words import ADVICE, COMPANIES
from rathaus.answer.wordlists import WordList, normalise
from rathaus.index.crosslingual import glossary, question_words

# sign -> the probability of "not the town's matter" that suffices with it
BARS = {"company": 0.6, "consulate": 0.7, "advice": 0.8, "being": 0.45, "abroad": 0.6}
LOWEST_BAR = min(BARS.values())
_LISTS = {"company": WordList(COMPANIES), "consulate": WordList(AUTHORITY), "advice": WordList(ADVICE),
          "being": WordList(BEINGS), "abroad": WordList(ABROAD)}
_PETS_AND_THINGS = WordList(PETS_AND_THINGS)
_ANIMALS = frozenset({"hund", "haustier"})  # glossary concepts
# Procedures (glossary concepts) only a person can be the subject of. Left out: the passport (a pet
# has one), a business (a cattery is one), a birth, a name, moving home and its certificate (animals
# are born, named and moved, and "do I register the dog too?" is a real question), benefits
# ("Kann ich mit Wohngeld einen Hund halten?").
FOR_PEOPLE = frozenset(
    "personalausweis einbuergerung eheschliessung scheidung ehefaehigkeitszeugnis bafoeg kindergeld "
    "fuehrungszeugnis erweitertes_fuehrungszeugnis fuehrerschein fuehrerschein_umschreiben "
    "internationaler_fuehrerschein wahl studium ausbildung schule einschulung kinderbetreuung arbeitserlaubnis "
    "aufenthaltserlaubnis aufenthaltstitel_karte niederlassungserlaubnis daueraufenthalt_eu fachkraft "
    "anerkennung asyl rente vaterschaft sorgerecht unterschrift_beglaubigung haushaltsbescheinigung "
    "lebensbescheinigung kirchenaustritt".split()
)
_OWNERS_MATTER = frozenset({"steuer"})  # "Hundesteuer" beside a procedure is the owner's question


@functools.lru_cache(maxsize=1024)
def signs(question: str, language: str | None = None) -> frozenset[str]:
    """The signs found in a question (`language`: the asker's, for the glossary)."""
    words = normalise(question)
    found = {sign for sign, words_of in _LISTS.items() if words_of.languages_in(words, question)}
    if "being" not in found:
        # every word as typed: a name the glossary does not know is no animal one letter away
        concepts = set(glossary().concepts(question, language, not_typos=frozenset(question_words(question))))
        if (concepts & FOR_PEOPLE and not concepts & _OWNERS_MATTER
                and (concepts & _ANIMALS or _PETS_AND_THINGS.languages_in(words, question))):
            found.add("being")
    return frozenset(found)


def bar_for(question: str, default: float, language: str | None = None) -> float:
    """The scope model's bar for this question: the lowest of its signs' bars, at most `default`."""
    return min([default, *(BARS[sign] for sign in signs(question, language))])
