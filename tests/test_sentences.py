"""Sentence boundaries of the veille_sentences rule (on a blank French pipeline, then on the real one)."""

import pytest
import spacy

from pipelines import components  # noqa: F401  (registers the factories)
from pipelines.components.gazetteer_matcher import SYSTEMS_KEY


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_sentences")
    return nlp


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Le sommet s'est ouvert à Douchanbé. Trois accords ont été signés ! « Une étape », a dit le ministre.",
            [
                "Le sommet s'est ouvert à Douchanbé.",
                "Trois accords ont été signés !",
                "« Une étape », a dit le ministre.",
            ],
            id="final punctuation before a capital ends a sentence",
        ),
        pytest.param(
            "M. Lecornu a reçu le gén. Munir. J.-Y. Le Drian était présent. Il est reparti le soir.",
            ["M. Lecornu a reçu le gén. Munir.", "J.-Y. Le Drian était présent.", "Il est reparti le soir."],
            id="abbreviations and initials do not end a sentence",
        ),
        pytest.param(
            "Le pacte lie la Barbade et Saint-Vincent-et-les-Grenadines. Saint-Christophe-et-Niévès l'a rejoint.",
            ["Le pacte lie la Barbade et Saint-Vincent-et-les-Grenadines.", "Saint-Christophe-et-Niévès l'a rejoint."],
            id="a name of several words with small ones inside starts a sentence",
        ),
        pytest.param(
            "Coopération militaire\nLes deux armées ont manœuvré. puis elles sont rentrées.\n\n2024 : bilan",
            ["Coopération militaire", "Les deux armées ont manœuvré. puis elles sont rentrées.", "2024 : bilan"],
            id="a line break always ends a sentence and nothing else does",
        ),
    ],
)
def test_sentence_boundaries(blank, text, expected):
    assert sentences(blank, text) == expected


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


def test_a_designation_ending_a_sentence_ends_it(nlp):
    text = (
        "En août 2019, Washington a approuvé la vente de 66 F-16V. Pékin a aussitôt protesté. "
        "Le Japon attend des F-35A."
    )
    assert sentences(nlp, text) == [
        "En août 2019, Washington a approuvé la vente de 66 F-16V.",
        "Pékin a aussitôt protesté.",
        "Le Japon attend des F-35A.",
    ]
    doc = nlp(text)
    assert [span.text for span in doc.spans[SYSTEMS_KEY]] == ["F-16V", "F-35A"]
    # an abbreviation keeps its stop
    assert "U.S.A." in [token.text for token in nlp("Il a parlé aux U.S.A. hier.")]
