"""Word tests by string hashes give the same tokens as reading every token."""

from __future__ import annotations

import spacy

from pipelines.components.words import folded_in, lowered_in
from pipelines.ids import fold


def test_word_tests_by_hash_find_what_reading_each_token_finds():
    nlp = spacy.blank("fr")
    doc = nlp("Le Traité de Moscou, la CHARTE du Liptako-Gourma et l'Exercice Zapad : trois textes, un exercice.")
    for token in doc:
        token.lemma_ = token.text.lower().rstrip("s")  # a lemma differing from the text
    words = frozenset({"traite", "charte", "exercice", "texte"})
    expected = [t.i for t in doc if fold(t.text) in words or fold(t.lemma_) in words]
    assert folded_in(doc, words) == expected == [1, 6, 13, 17, 20]  # Traité, CHARTE, Exercice, textes, exercice
    assert lowered_in(doc, frozenset({"charte", "le"})) == [t.i for t in doc if t.lower_ in ("charte", "le")]
    assert folded_in(doc, frozenset({"absent"})) == []
