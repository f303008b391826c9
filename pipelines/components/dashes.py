"""Pairs of names joined by a dash, as press titles write them: « Corée du Sud–États-Unis »,
« Inde-États-Unis ». The French tokenizer keeps a hyphenated name whole (« États-Unis »,
« Saint-Pétersbourg ») by matching the whole dashed string, so a pair either stays one token
(« Sud–États-Unis ») or is cut at every dash (« Inde », « - », « États », « - », « Unis »): both hide
the names from the gazetteer. This component, first in the pipeline, cuts such a run at its en dashes
and at the hyphens between names, and keeps whole each name the tokenizer keeps whole on its own."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

DASHES = frozenset({"-", "–"})
DASH = re.compile("[-–]")


@Language.factory("veille_dashes")
def make_dash_splitter(nlp: Language, name: str):
    return DashedNames(nlp.tokenizer.token_match)


class DashedNames:
    def __init__(self, keeps_whole: Callable[[str], object] | None):
        self.keeps_whole = keeps_whole or (lambda text: None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "-" not in text and "–" not in text:
            return doc
        replaced: dict[int, tuple[int, list[str]]] = {}  # run start → (run end, its new tokens)
        for start, end in _dashed_runs(doc, text):
            run = list(doc[start:end])
            if _joins_names(run):
                pieces = self._pieces(run)
                if len(pieces) != len(run):
                    replaced[start] = (end, pieces)
        if not replaced:
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        i = 0
        while i < len(doc):
            if i in replaced:
                end, pieces = replaced[i]
                words.extend(pieces)
                spaces.extend([False] * (len(pieces) - 1) + [bool(doc[end - 1].whitespace_)])
                i = end
            else:
                words.append(doc[i].text)
                spaces.append(bool(doc[i].whitespace_))
                i += 1
        split = Doc(doc.vocab, words=words, spaces=spaces, user_data=doc.user_data)
        split._context = doc._context  # what nlp.pipe(..., as_tuples=True) hands back with it
        return split

    def _pieces(self, run: list[Token]) -> list[str]:
        """The tokens of a run of dashed words: en dashes apart, and each longest stretch the
        tokenizer keeps whole on its own as one token."""
        parts: list[str] = []
        for token in run:
            parts.extend(part for part in _cut_en_dashes(token.text) if part)
        pieces: list[str] = []
        i = 0
        while i < len(parts):
            end = i + 1
            if parts[i] not in DASHES:
                for j in range(len(parts), i + 1, -1):
                    joined = "".join(parts[i:j])
                    if parts[j - 1] not in DASHES and "–" not in joined and self.keeps_whole(joined):
                        end = j
                        break
            pieces.append("".join(parts[i:end]))
            i = end
        return pieces


def _cut_en_dashes(text: str) -> list[str]:
    """« Sud–États-Unis » → « Sud », « – », « États-Unis »: en dashes between letters apart (« 7–11 avril »,
    « 2024–2025 » stay whole)."""
    parts, start = [], 0
    for i, char in enumerate(text):
        if char == "–" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            parts.extend([text[start:i], char])
            start = i + 1
    parts.append(text[start:])
    return parts


def _joins_names(run: list[Token]) -> bool:
    """An en dash between letters (« Sud–États-Unis »), or a hyphen between two capitalised words
    (« Inde-États »); not « c'est-à-dire », « 1914-1918 »."""
    if any(len(_cut_en_dashes(token.text)) > 1 for token in run):
        return True
    return any(
        token.text in DASHES
        and 0 < i < len(run) - 1
        and run[i - 1].text[:1].isupper()
        and run[i + 1].text[:1].isupper()
        for i, token in enumerate(run)
    )


def _dashed_runs(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The token ranges written together with a dash (« Inde », « - », « États-Unis »; « Inde – États-Unis »
    with spaces is no run), found from the dashes of the text rather than token by token."""
    starts = doc.to_array(IDX).tolist()
    dashed = sorted({bisect_right(starts, match.start()) - 1 for match in DASH.finditer(text)})
    runs: list[tuple[int, int]] = []
    for i in dashed:
        if runs and runs[-1][0] <= i < runs[-1][1]:
            continue
        start = i
        while (
            start > 0
            and not doc[start - 1].whitespace_
            and (doc[start].text in DASHES or doc[start - 1].text in DASHES)
        ):
            start -= 1
        end = i + 1
        while (
            end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text in DASHES or doc[end - 1].text in DASHES)
        ):
            end += 1
        runs.append((start, end))
    return runs
