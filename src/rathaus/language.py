"""Language detection for questions and documents (py3langid: model ships in
the package, fast, 97 languages)."""

from __future__ import annotations

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


def detect_language(text: str, default: str | None = "de") -> str | None:
    """ISO 639-1 code of `text`. Very short Latin-script texts (one or two
    words) are ambiguous, so they fall back to `default` unless detection is
    confident."""
    text = text.strip()
    if not text:
        return default
    language, probability = _identifier().classify(text)
    if len(WORD_RE.findall(text)) <= 2 and probability < 0.9 and text.isascii():
        return default
    return language
