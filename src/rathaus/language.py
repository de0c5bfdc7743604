"""Language detection for questions and documents (py3langid: model ships in
the package, fast, 97 languages)."""

from __future__ import annotations

import re
from functools import cache

from rathaus.index.analysis import WORD_RE

# Languages rathaus' UI speaks; detection is restricted to a broad set so that
# short German questions are not mistaken for Luxembourgish or Danish.
LANGUAGES = [
    "de", "en", "uk", "ru", "ar", "tr", "fa", "pl", "ro", "fr", "es", "it", "nl", "hr", "sr",
    "bg", "el", "sq", "ku", "vi", "zh", "ps", "cs", "hu", "pt", "sv", "da",
]


@cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


# Up to this many words a text is "short": its detection is trusted only when
# confident, otherwise the default (the conversation's or the town's language)
# wins — "Perso weg" or "Sperrmüll" are German however Dutch they look.
# Languages written right to left: the widget lays their answers out mirrored.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi"})


def direction(language: str | None) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


SHORT_WORDS = 3
SHORT_MIN_PROBABILITY = 0.6


# Markup, web and mail addresses say nothing about the asker's language: pasted
# into a question, they are left out ("<script>…</script> Reisepass" read as Spanish).
NOT_LANGUAGE = re.compile(r"</?[a-zA-Z][^<>]{0,200}>|\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+")


# Serbian and Bosnian (in Latin script) read the Croatian texts and the Croatian glossary file:
# detection tells the three apart by a few words only. Every per-language table asks here
# (answer/phrases.phrase_language, index/crosslingual.py, notify/templates.py).
SHARED_TEXTS = {"sr": "hr", "bs": "hr"}


# Close relatives the identifier confuses on short or mixed texts: a German "Biotonne wie oft
# geleert" reads as Dutch, a Ukrainian question without і/ї/є as Bulgarian. When the less common
# one (among a German town's citizens) wins only narrowly, the commoner one is meant. On our
# question sets, misread texts gave the commoner relative 0.48–0.90 of the winner's probability,
# correctly read Dutch and Bulgarian ones at most 0.12.
COMMONER_RELATIVES = {"nl": ("de",), "bg": ("uk", "ru")}
NARROW = 1 / 3  # a relative with at least this share of the winner's probability is meant


# Vietnamese typed without its marks, as many do on phones, is beyond the identifier ("toi bi mat
# ho chieu, lam lai o dau?" reads as Italian, "lam sao dang ky ket hon" as Croatian). Its most
# frequent syllables tell it: on our question sets, three or more of these made up a quarter of
# every Vietnamese question, and no question in another language had more than two.
VIETNAMESE_SYLLABLES = frozenset(
    "toi khong duoc nhu nao lam sao dau gi cho hoi giay ky dang xin minh muon phai voi nay roi chua thi mot "
    "nhung cac cua nguoi chieu bao nhieu thoi gian tien truong hoc nhan vien thanh pho xe bi sinh duc viet "
    "ban lai mat can".split()
)


def _hits(text: str, vocabulary: frozenset[str]) -> tuple[int, int]:
    """How many of the text's words are in `vocabulary`, and how many words it has."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    return sum(w in vocabulary for w in words), len(words)


def _unmarked_vietnamese(text: str) -> bool:
    hits, words = _hits(text, VIETNAMESE_SYLLABLES)
    return hits >= 3 and hits * 4 >= words


# Sorani (Central Kurdish, "ckb") is written in Arabic script, which the identifier knows only as
# Persian or Arabic (its "ku" is Kurmanji, in Latin letters). Five letters of Sorani's alphabet are
# in neither (ە ێ ۆ ڵ ڕ; Pashto's look-alikes are other letters), and nearly every Sorani sentence
# has one: a text mostly in Arabic script with one of them is Sorani. Typed on a Persian keyboard
# without them (ه for ە, ی for ێ, ...), its words still tell it: Sorani writes a vowel at a word's
# start with ئ (ئەو, ئایا, ئێستا), which no Persian or Arabic word does, and its most common small
# words and verb forms are none of theirs. Two of these in a text read as Persian or Arabic make
# it Sorani (none of the 260 Persian and Arabic questions of our sets has even one). In a text read
# as Pashto, "له" and "بو" are Pashto words and do not count, and one of Pashto's own letters
# (ړ ږ ښ ډ ټ ځ څ ګ ڼ ې ۍ) keeps it Pashto.
SORANI_LETTERS = re.compile("[\u06d5\u06ce\u06c6\u06b5\u0695]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_WORD = re.compile("[\u0600-\u06ff]+")
SORANI_WORDS = frozenset(  # as a Persian keyboard types them ("له" for "لە", "ههیه" for "هەیە")
    "له بو لهگهل بهلام ههیه نییه نیه بکهم دهکهم دهکریت دهکری دهبیت دهبی دهمهویت دهمهوی دهتوانم "
    "دهتوانین پیویسته پیویستم چییه چونه کوی وهربگرم بکریت دهچم دهمانهویت".split()
)
_KEYBOARD_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "\u200c": ""})
PASHTO_LETTERS = re.compile("[\u0693\u0696\u069a\u0689\u067c\u0681\u0685\u06ab\u06bc\u06d0\u06cd]")
PASHTO_WORDS_TOO = frozenset({"له", "بو"})


def _mostly_in(script: re.Pattern, text: str) -> bool:
    """Whether more than half of the text's letters are of `script`."""
    return len(script.findall(text)) * 2 > sum(c.isalpha() for c in text)


def _sorani(text: str) -> bool:
    return bool(SORANI_LETTERS.search(text)) and _mostly_in(ARABIC_SCRIPT, text)


def _sorani_on_a_persian_keyboard(text: str, read_as: str) -> bool:
    if read_as == "ps" and PASHTO_LETTERS.search(text):
        return False
    shared = PASHTO_WORDS_TOO if read_as == "ps" else frozenset()
    words = ARABIC_WORD.findall(text.translate(_KEYBOARD_FOLD))
    return sum(w.startswith("ئ") or (w in SORANI_WORDS and w not in shared) for w in words) >= 2


# Tigrinya, Amharic and Somali, languages of many refugees from Eritrea, Ethiopia and Somalia, are
# unknown to the identifier (it read Tigrinya as Kurdish or Serbian, Somali as Turkish or Romanian).
# Tigrinya and Amharic share the Ge'ez script: a text mostly in that script is Amharic ("am") when
# Amharic's own small words, its verbs in "-ለሁ" (I …: "እችላለሁ"; Tigrinya has "-ለኹ") and its አ
# (Tigrinya writes ኣ for a word's first "a") outnumber Tigrinya's words and ኣ, else Tigrinya; a text
# with neither ("ሰላም") keeps an Amharic conversation Amharic. Both are written left to right.
ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")
ETHIOPIC_WORD = re.compile("[\u1200-\u135a\u1380-\u138f\u2d80-\u2ddf\uab00-\uab2f]+")
TIGRINYA_WORDS = frozenset(
    "እዩ እየ ኢዩ እዮም ኣብ ናይ ብኸመይ ከመይ እንታይ ክንደይ ኣሎ ኣለዉ ኣለኒ ኣለዎ ዶ ድዩ ድየ ዲዩ ምስ ካብ መዓስ ኣበይ ይኽእል እኽእል "
    "ትኽእል ክገብር የድሊ የድልዩ ንምንታይ ይግባእ እደሊ ይደሊ ዘሎ ዘለዉ ብዛዕባ ኣይ ኣነ ንዓይ".split()
)
AMHARIC_WORDS = frozenset(
    "ነው ናቸው ነኝ እንዴት ምን ምንድን ምንድነው የት መቼ ስንት እፈልጋለሁ ይችላል እችላለሁ ይቻላል አለብኝ አለኝ "
    "ውስጥ ይህ ይሄ እና ያስፈልገኛል ያስፈልጋል ጋር እኔ ለምን አለ ማን ማንን ለማን ከማን የትኛው የትኛውን ወደ ላይ በጣም "
    "ወይም እባክዎ እባካችሁ እባክህ ደግሞ የለም".split()
)
AMHARIC_ENDING = "ለሁ"
TIGRINYA_A, AMHARIC_A = "\u12a3", "\u12a0"  # ኣ, አ


def _amharic_lead(text: str) -> int:
    """How far Amharic's cues outnumber Tigrinya's in a text in Ge'ez script (0: a tie, below: Tigrinya)."""
    words = ETHIOPIC_WORD.findall(text)
    tigrinya = sum(w in TIGRINYA_WORDS for w in words) + text.count(TIGRINYA_A)
    amharic = sum(w in AMHARIC_WORDS or w.endswith(AMHARIC_ENDING) for w in words) + text.count(AMHARIC_A)
    return amharic - tigrinya


# Somali, in Latin letters, is told by its most frequent small words, verb forms and common
# nouns of a citizen's question. Left out: those that are words of a language rathaus speaks
# (Dutch "aan", "baan"; Croatian "u"; "ma", "la", "ka", "ku", "in", "so" …). On our question sets
# every Somali question had three of these or two among at most 16 words; no question in
# another language had two.
SOMALI_WORDS = frozenset(
    "waa iyo sidee sideen sida maxaa maxay maxaad xagee xaggee halkee goorma immisa meeqa waxaan waxaad "
    "waxay wuxuu waxa ayaa ayay ayaan ayuu miyaa miyuu miyay haddii hadii loo lagu laga lala kala iska isku "
    "aniga anigoo adiga kuma kama baa yahay tahay ahay ahayn doonayaa rabaa karaa karo kartaa karnaa "
    "sameeyaa sameeyo helaa helo heli baahanahay baahan jiro jira jirto iga ii ugu uga oo ee mise inaan "
    "waan wuu waad ayaad kuu kee intee kaarka dalka magaalada dowladda qofka lacagta ruqsadda deganaanshaha "
    "baasaboor baasaboorka shahaado fadlan mahadsanid fiisaha qoyska xaaskayga carruurtayda hooyaday aabahay "
    "walaashay walaalkay gaariga gaari shaqo shaqada jarmalka jarmal".split()
)


def _somali(text: str) -> bool:
    hits, words = _hits(text, SOMALI_WORDS)
    return hits >= 3 or (hits == 2 and words <= 16)


def detect_language(text: str, default: str | None = "de") -> str | None:
    """ISO 639 code of `text` (639-1 where there is one; Sorani "ckb"), or `default` for empty or
    unclear short texts."""
    text = NOT_LANGUAGE.sub(" ", text).strip()
    if not text:
        return default
    if _sorani(text):
        return "ckb"
    if _mostly_in(ETHIOPIC, text):
        lead = _amharic_lead(text)
        return "am" if lead > 0 or (lead == 0 and default == "am") else "ti"
    language, probability = _identifier().classify(text)
    if language in ("fa", "ar", "ps") and _sorani_on_a_persian_keyboard(text, language):
        return "ckb"
    if language in COMMONER_RELATIVES:
        ranked = dict(_identifier().rank(text))
        relative = max(COMMONER_RELATIVES[language], key=lambda r: ranked.get(r, 0.0))
        if ranked.get(relative, 0.0) >= NARROW * probability:
            language, probability = relative, ranked[relative]
    latin = all(ord(c) < 0x250 for c in text if c.isalpha())  # the script itself says a lot otherwise
    if latin and language != "vi" and _unmarked_vietnamese(text):
        return "vi"
    if latin and _somali(text):
        return "so"
    if latin and len(WORD_RE.findall(text)) <= SHORT_WORDS and probability < SHORT_MIN_PROBABILITY:
        return default
    return language
