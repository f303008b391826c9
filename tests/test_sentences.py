"""Sentence boundaries of the veille_sentences rule (on a blank French pipeline, then on the real one)."""

import pytest
import spacy

from pipelines import components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_sentences")
    return nlp


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_final_punctuation_before_a_capital_ends_a_sentence(blank):
    text = "Le sommet s'est ouvert à Douchanbé. Trois accords ont été signés ! « Une étape », a dit le ministre."
    assert sentences(blank, text) == [
        "Le sommet s'est ouvert à Douchanbé.",
        "Trois accords ont été signés !",
        "« Une étape », a dit le ministre.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence(blank):
    text = "M. Lecornu a reçu le gén. Munir. J.-Y. Le Drian était présent. Il est reparti le soir."
    assert sentences(blank, text) == [
        "M. Lecornu a reçu le gén. Munir.",
        "J.-Y. Le Drian était présent.",
        "Il est reparti le soir.",
    ]


def test_a_line_break_always_ends_a_sentence_and_nothing_else_does(blank):
    text = "Coopération militaire\nLes deux armées ont manœuvré. puis elles sont rentrées.\n\n2024 : bilan"
    assert sentences(blank, text) == [
        "Coopération militaire",
        "Les deux armées ont manœuvré. puis elles sont rentrées.",
        "2024 : bilan",
    ]


def test_every_token_gets_a_decision(blank):
    doc = blank("Un. Deux trois.\nQuatre")
    assert all(token.is_sent_start is not None for token in doc)
    assert blank("").text == ""


def test_the_parser_keeps_the_rule_boundaries(nlp):
    doc = nlp("Le président Tokaïev a reçu M. Modi à Astana. Les deux dirigeants ont signé un accord\nBilan")
    assert [s.text.strip() for s in doc.sents] == [
        "Le président Tokaïev a reçu M. Modi à Astana.",
        "Les deux dirigeants ont signé un accord",
        "Bilan",
    ]
