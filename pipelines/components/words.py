"""Word tests over a whole Doc by the tokens' string hashes: reading two integers per token is much
cheaper than creating each Token and decoding its text, and most words pass no test."""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

from ..ids import fold

_FOLDED: dict[int, str] = {}  # string hash → folded string; hashes are the same in every document
_MAX_CACHED = 262144


def folded(strings: StringStore, key: int) -> str:
    """The folded form of the string with hash `key`."""
    found = _FOLDED.get(key)
    if found is None:
        if len(_FOLDED) >= _MAX_CACHED:
            _FOLDED.clear()
        found = _FOLDED[key] = fold(strings[key])
    return found


def folded_in(doc: Doc, words: frozenset[str]) -> list[int]:
    """The tokens whose folded text or folded lemma is one of `words`."""
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, LEMMA])
    hits = [key for key in set(array.ravel().tolist()) if folded(strings, key) in words]
    return numpy.flatnonzero(numpy.isin(array, hits).any(axis=1)).tolist() if hits else []


def lowered_in(doc: Doc, words: frozenset[str]) -> list[int]:
    """The tokens whose lower-case text is one of `words`."""
    strings = doc.vocab.strings
    array = doc.to_array(LOWER)
    hits = [key for key in set(array.tolist()) if strings[key] in words]
    return numpy.flatnonzero(numpy.isin(array, hits)).tolist() if hits else []
