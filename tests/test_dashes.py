"""The veille_dashes component on a blank French pipeline (the real pipeline's test is in test_entities)."""

import pytest
import spacy

from pipelines.components.dashes import DashedNames


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_dashes")
    return nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corée du Sud–États-Unis :", ["Corée", "du", "Sud", "–", "États-Unis", ":"]),
        ("Inde-États-Unis", ["Inde", "-", "États-Unis"]),
        ("Inde–Russie", ["Inde", "–", "Russie"]),
        # a hyphenated name, a range, a fixed phrase and a spaced dash keep their tokens
        ("Saint-Pétersbourg", ["Saint-Pétersbourg"]),
        ("du 7–11 avril", ["du", "7–11", "avril"]),
        ("c'est-à-dire", ["c'", "est", "-", "à", "-", "dire"]),
        ("Paris – Londres", ["Paris", "–", "Londres"]),
    ],
)
def test_dashed_names_are_cut_between_names(blank, text, expected):
    doc = blank(text)
    assert [token.text for token in doc] == expected
    assert doc.text == text  # offsets stay those of the text


def test_a_text_without_dashes_is_the_same_document(blank):
    doc = blank.make_doc("La France et l'Inde.")
    assert DashedNames(blank.tokenizer.token_match)(doc) is doc
