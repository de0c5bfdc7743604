"""Is a short message a follow-up ("Und was kostet das?") to be searched
together with the previous question, or a question of its own?

A wrong "yes" is the dangerous mistake: "Wie hoch ist der Eiffelturm?" after a
question about ID cards would be searched as "Personalausweis … Eiffelturm"
and answered, with citations, from the ID-card page. So a short message only
counts as a follow-up when it

- refers back (a word like "das", "dafür", "it", "це", "ça"), or
- is German (the language of the town's pages) and every content word in it
  occurs in the town's documents ("Welche Unterlagen brauche ich?"), or
- is in another language and so short that it cannot carry a topic of its
  own ("E quando?"), or names only what is asked about a service, not the
  service ("Randevu almam gerekiyor mu?": an appointment).

The word lists are small on purpose: a municipal developer can extend them.
"""

from __future__ import annotations

import re
from typing import Callable

from rathaus.answer.phrases import phrase_language
from rathaus.index.crosslingual import CJK_RE, glossary

MAX_WORDS = 6  # longer messages stand on their own, unless they refer back ("Und …", "… dafür …")
MAX_WORDS_REFERRING = 10
VERY_SHORT = 3
# a word; Persian joins a word's parts with a zero-width non-joiner ("می‌کند" is one word)
WORD_RE = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*", re.UNICODE)

# Words that point back to something said before (pronouns, "there", "and"/"also").
REFERRING = {
    "de": "das dies diese dieser dieses dafür dazu davon damit darauf dabei dort da dahin es er sie ihn ihm ihr "
          "und auch noch hierfür hierzu deren dessen",
    "en": "it its this that these those there they them their and also too",
    "uk": "це цього цьому цим там туди вони їх його її і й а також теж ще",
    "ru": "это этого этому этим там туда они их его её и а также тоже ещё",
    "pl": "to tego temu tym tam oni ich go jej a i też także jeszcze",
    "tr": "bu bunu bunun buna bunlar orada oraya onlar onu onun ve peki",
    "ar": "هذا هذه ذلك تلك هناك هم هو هي أيضا ايضا",
    "fa": "این آن اینجا آنجا آنها او و هم همچنین",
    "fr": "ça cela ce cet cette ces il elle ils elles y en là et aussi",
    "es": "eso esto esa ese ello allí ahí lo la los las y también",
    "it": "questo questa quello quella ciò lì là lo la e anche",
    "ro": "asta acesta aceasta acolo ei ele el ea și şi de asemenea",
    # Croatian, also for Serbian and Bosnian ("takođe"); not "je" ("is" as often as "her").
    "hr": "to toga tome tim ovo ovoga ovome ovaj ova taj ta tu tamo oni one njih ga ih njega nje njoj i a "
          "također takođe isto još",
    # Greek, with and without accents; not the articles το/τα/τον/την ("the" as often as "it").
    "el": "αυτό αυτά αυτή αυτός αυτού αυτής αυτών αυτόν αυτο αυτα αυτη αυτος αυτου αυτης αυτων αυτον "
          "εκεί εκει και επίσης επισης ακόμα ακομα ακόμη ακομη",
    "bg": "това този тази тези онова онзи онази онези там натам те тях него нея му им и а също още",
    # Czech; not "je" ("is" as often as "them").
    "cs": "to toho tomu tím tom tohle tento tato toto ten ta tu tam tamto oni ony ho jej ji jí něj ní nich "
          "a i také taky též ještě",
    # Dutch; not "het" and "de" ("the" as often as "it").
    "nl": "dat dit die deze daar daarvoor daarbij daarmee daarvan daarover ervoor erbij ervan hij zij ze hem "
          "haar hun en ook nog",
    # Hungarian; not the article "az" ("the" as often as "that").
    "hu": "ez ezt ennek ebben erre ezzel ehhez azt annak abban arra azzal ahhoz ott oda ők őket őt hozzá "
          "és még szintén",
    # Chinese: parts of a run of characters, see refers_back ("它多少钱？", "那个需要预约吗？").
    "zh": "这个 那个 这些 那些 这样 那样 这里 那里 那儿 那边 它 它们 它的 他们 还有 另外 也 并且 同样",
    # Portuguese; not the articles "o a os as" ("the" as often as "it").
    "pt": "isso isto aquilo esse essa esses essas este esta estes estas aquele aquela disso disto daquilo nisso "
          "nisto desse dessa lá ali aí ele ela eles elas dele dela deles e também ainda",
    # Albanian; not "e" and "të" (particles of nearly every phrase).
    "sq": "kjo ky këto këta këtë kësaj këtij ajo ai ato ata atë asaj atij atyre atje aty andej dhe edhe gjithashtu",
    # Vietnamese: syllables; not "thế" ("làm thế nào": how); "cũng", "nữa" also typed without diacritics.
    "vi": "nó đó đấy này ấy kia vậy họ và cũng còn nữa cung nua",
    # Kurmanji: "jê", "pê" are "from it", "with it".
    "ku": "ev ew evana ewana van wan vê wê vî wî wir jê pê û jî herwiha hê hêj hîn",
    # Pashto: "یې" is "it", "its" (a clitic: "څنګه یې ترلاسه کړم؟"); not "د" ("of") and "دی" ("is").
    "ps": "دا دغه دې دغې دغو هغه هغې هغو دوی هغوی دلته هلته ورته یې او هم همدارنګه",
    # Sorani: "بۆی", "پێی", "لێی", "تێیدا" are "for it", "with it", "from it", "in it"; its "its" ("ی") is
    # written onto the noun ("نرخەکەی"), no word to look for.
    "ckb": "ئەمە ئەوە ئەم ئەو ئەمانە ئەوانە ئەوان ئەمەش ئەوەش ئەویش ئەوێ لەوێ ئێرە لێرە بۆی پێی لێی تێیدا "
           "و وە هەروەها هەم",
    # Tigrinya: "ነዚ", "ናብኡ", "ኣብኡ" are "for this", "to there", "there"; "ውን" is "also" (written onto a word
    # with an apostrophe: "ንሱ'ውን"). Not the articles "እቲ", "እታ" ("the" as often as "that"), nor "ኣብዚ",
    # "ካብዚ" ("in/from this": "ኣብዚ ከተማ", in this town); its "its" ("ዋግኡ") is written onto the noun.
    "ti": "እዚ እዚኣ እዚኦም እዚአን ነዚ ብዚ ከምዚ ንሱ ንሳ ንሳቶም ንሳተን ንዕኡ ንዓኣ ንዕኦም ኣብኡ ኣብኣ ናብኡ ካብኡ ብኡ ምስኡ "
          "ከምኡ ከኣ ድማ እውን ውን",
    # Somali: "kaas", "taas", "halkaas" are "that", "that" (feminine), "there"; not "kan" ("can" in Swedish and
    # Danish, read with every list when a language has none), "halkan" ("here": "halkan ma ka heli karaa …?"),
    # "oo" (also "who", "which": "baasaboor cusub oo …"), nor the suffixes ("baasaboorkaas") and "ayay"/"ayuu"
    # ("it" as often as a named subject).
    "so": "kaas taas tan kuwan kuwaas kuwa kii tii halkaas halkii isaga iyada iyaga iyo sidoo weliba",
    # Amharic: "ለዚህ", "ወደዚያ", "እዚያ" are "for this", "to there", "there"; "ደግሞ", "እንዲሁም" "also"; "እና" "and"
    # ("እና ስንት ያስከፍላል?"). Not "እዚህ", "በዚህ", "ከዚህ" ("here", "in/from this": "እዚህ ከተማ", in this town),
    # nor the suffixes: "its" and "the" are one ("ዋጋው"), "also" is written onto a word ("እሱም").
    "am": "ይህ ይሄ ይህን ይህንን ይሄን ይህም ይቺ ይህች ይህቺ ይችን ይህችን እነዚህ እነዚህን ያ ያን ያንን ያም ያቺ እነዚያ እነዚያን ለዚህ "
          "ለዚያ ለዛ ስለዚህ ስለዚያ ስለሱ ከዚያ ከዛ እዚያ እዛ ወደዚያ ወደዛ እንደዚህ እንደዚያ እንደዛ እሱ እሷ እነሱ እርሱ እርሷ እሱን "
          "እሷን እነሱን ለእሱ ለሱ ለእሷ ለእነሱ ስለእሱ እሱም ደግሞ እንዲሁም እና",
}
_REFERRING = {lang: frozenset(words.split()) for lang, words in REFERRING.items()}
_ALL_REFERRING = frozenset().union(*_REFERRING.values())
# Chinese writes no spaces: a run of its characters is one "word" of WORD_RE,
# of about two characters a word, and its referring cues are parts of the run.
_CJK_CHARS_PER_WORD = 2
_NOT_REFERRING_CJK = ("其它",)  # "other": not "it"


def _word_count(message: str) -> int:
    count = 0
    for token in WORD_RE.findall(message):
        cjk = len(CJK_RE.findall(token))
        count += -(-cjk // _CJK_CHARS_PER_WORD) + (len(token) > cjk)
    return count


def refers_back(message: str, language: str) -> bool:
    tokens = WORD_RE.findall(message.lower())
    if not tokens:
        return False
    vocabulary = _REFERRING.get(phrase_language(language), _ALL_REFERRING)
    if any(token in vocabulary for token in tokens):
        return True
    runs = "".join(token for token in tokens if CJK_RE.search(token))
    if runs:
        for word in _NOT_REFERRING_CJK:
            runs = runs.replace(word, " ")
        if any(cue in runs for cue in vocabulary if CJK_RE.match(cue)):
            return True
    # Arabic writes "and" as a prefix: "وكم يستغرق؟" ("and how long …?")
    return language == "ar" and tokens[0].startswith("و") and len(tokens[0]) > 2


def is_follow_up(
    message: str, language: str, unknown_words: Callable[[str], list[str]], corpus_language: str = "de"
) -> bool:
    """`unknown_words(text)`: the content words of text that the town's
    documents never use (SearchIndex.unknown_words); asked only when needed."""
    count = _word_count(message)
    if count == 0 or count > MAX_WORDS_REFERRING:
        return False
    if count > MAX_WORDS:
        # Longer, but referring back ("and" is a referring word), naming no service, and — in
        # German — using only the town's words, elsewhere asking about a service's fees, papers …:
        # "Und was kostet es an einem Samstag?" ("Und wer hat gestern das Spiel gewonnen?" is new).
        if not refers_back(message, language):
            return False
        named = glossary().named(message, language)
        if not named <= glossary().generic:  # names a service: a question of its own
            return False
        if language == corpus_language:
            return not unknown_words(message)
        return bool(named)  # only what is asked about a service (Glossary.names_generic_only)
    if refers_back(message, language):
        return True
    if language == corpus_language:
        return not unknown_words(message)
    # "Randevu almam gerekiyor mu?": an appointment, fees, papers … of which service? The one before.
    return count <= VERY_SHORT or glossary().names_generic_only(message, language)


def borrows_topic(message: str, language: str) -> bool:
    """Whether a follow-up takes its whole topic from before ("Was kostet
    das?", "Brauche ich dafür einen Termin?"): it refers back and names no
    service of the glossary ("Und die Biotonne?" names one). A later
    follow-up then looks past it for the question that named the topic."""
    return refers_back(message, language) and not glossary().concepts(message, language)
