"""Language identification with langdetect, seeded so that a text always gets the same answer."""

from __future__ import annotations

from dataclasses import dataclass

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

TARGET_LANGUAGE = "fr"
# langdetect is unreliable on very short strings; long texts are sampled from their beginning.
MIN_CHARS = 20
SAMPLE_CHARS = 20000


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # ISO 639-1 code, or "" when undetermined
    score: float


def detect_language(text: str) -> LanguageGuess:
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return LanguageGuess("", 0.0)
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return LanguageGuess("", 0.0)
    return LanguageGuess(best.lang, round(best.prob, 4))
