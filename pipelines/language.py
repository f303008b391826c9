"""Language identification with langdetect, seeded so that a text always gets the same answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

TARGET_LANGUAGE = "fr"
# langdetect is unreliable on very short strings; long texts are sampled from their beginning.
MIN_CHARS = 20
SAMPLE_CHARS = 800
# Paragraphs shorter than this are too short to judge and follow the document.
MIN_PARAGRAPH_CHARS = 80
PARAGRAPH = re.compile(r"[^\n]+")
WORD = re.compile(r"[^\W\d_]+")
# French function words: a paragraph full of them needs no langdetect call.
_FRENCH_WORDS = """le la les l de des du d un une et est sont à au aux en dans par pour sur avec que qui ne pas
se sa son ses leur leurs ce cette ces il elle ils elles a ont été"""
FRENCH_WORDS = frozenset(_FRENCH_WORDS.split())


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


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str


def _looks_french(paragraph: str) -> bool:
    """Cheap first look: French function words at least as frequent as all the others."""
    words = WORD.findall(paragraph.lower())
    french = sum(word in FRENCH_WORDS for word in words)
    return french > 0 and french >= len(words) * 0.15


def paragraph_languages(text: str) -> list[Paragraph]:
    """The language of every paragraph (line) long enough to judge. Paragraphs full of French
    function words are French; the others are asked of langdetect."""
    found = []
    for match in PARAGRAPH.finditer(text):
        paragraph = match.group()
        if len(paragraph.strip()) < MIN_PARAGRAPH_CHARS:
            continue
        language = TARGET_LANGUAGE if _looks_french(paragraph) else detect_language(paragraph).language
        found.append(Paragraph(match.start(), match.end(), language))
    return found
