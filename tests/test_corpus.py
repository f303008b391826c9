"""The shipped corpus: every gold file is well formed, its evidence is in the cleaned text, and the
corpus covers what the codebook asks for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines.discover import discover
from pipelines.documents import read_document
from pipelines.evaluation import (
    GoldDocument,
    PredictedEntity,
    PredictedEvent,
    Scores,
    find_gold,
    match_entity,
    norm,
    score_events,
)

from .conftest import CORPUS

GOLD = find_gold(CORPUS)
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_both_splits_are_present():
    splits = {gold.split for gold in GOLD}
    assert splits == {"dev", "test"}
    assert len([g for g in GOLD if g.split == "test"]) >= 6
    assert len(GOLD) >= 20


def test_every_source_has_a_gold_file():
    sources = discover(CORPUS)
    gold_sources = {gold.source for gold in GOLD}
    assert {item.path for item in sources} == gold_sources


@pytest.mark.parametrize("gold", GOLD, ids=lambda gold: gold.name)
def test_gold_file_is_consistent_with_its_text(gold, codebook):
    data = gold.data
    assert data["doc"] == gold.name
    document = read_document(next(i for i in discover(CORPUS) if i.path == gold.source), CORPUS)
    text = " ".join(document.text.replace("’", "'").split())
    ids = {entity["id"] for entity in data["entities"]}
    assert len(ids) == len(data["entities"])
    for entity in data["entities"]:
        assert entity["type"] in codebook.entity_types
    for event in data["events"]:
        assert event["type"] in codebook.event_types, event
        assert event.get("status", "occurred") in codebook.statuses, event
        assert set(event["participants"]) <= ids, event
        for key in ("start", "end"):
            assert not event.get(key) or ISO.match(event[key]), event
        evidence = " ".join(event["evidence"].replace("’", "'").split())
        assert evidence in text, event["evidence"]


def test_every_event_type_and_status_is_covered(codebook):
    types = {event["type"] for gold in GOLD for event in gold.data["events"]}
    statuses = {event.get("status") for gold in GOLD for event in gold.data["events"]}
    assert types == set(codebook.event_types)
    assert statuses == set(codebook.statuses)


def test_alias_normalisation_drops_article_case_and_accents():
    assert norm("L’Ouzbékistan") == norm("ouzbekistan")
    assert norm("la Chine") == "chine"


def test_an_entity_is_scored_against_the_gold_entity_most_of_its_forms_name():
    gold = GoldDocument(
        "d",
        "dev",
        Path("d.txt"),
        {
            "entities": [
                {"type": "INITIATIVE", "id": "FCAS", "aliases": ["FCAS"]},
                {"type": "INITIATIVE", "id": "GCAP", "aliases": ["GCAP", "Global Combat Air Programme"]},
            ]
        },
    )
    # the form naming FCAS sorts first: taking the first form that names a gold entity would pick FCAS
    entity = PredictedEntity("INI-gcap", "INITIATIVE", {"FCAS", "GCAP", "Global Combat Air Programme"})
    assert match_entity(entity, gold, gold.alias_index())[0]["id"] == "GCAP"
    # a tie goes to the first gold id, whatever the order of the forms
    entity = PredictedEntity("INI-x", "INITIATIVE", {"GCAP", "FCAS"})
    assert match_entity(entity, gold, gold.alias_index())[0]["id"] == "FCAS"


def _scored_arms_transfers(gold_events: list[dict], predicted: list[tuple[tuple[str, ...], str, str]]) -> Scores:
    """Scores of predicted arms transfers, each (participants, start, sentence), against these gold events."""
    gold = GoldDocument("d", "dev", Path("d.txt"), {"events": [{"type": "ARMS_TRANSFER", **e} for e in gold_events]})
    events = [
        PredictedEvent("ARMS_TRANSFER", participants, "", start, "", "occurred", sentence)
        for participants, start, sentence in predicted
    ]
    scores = Scores()
    score_events(events, gold, {}, scores, "[pipeline]")
    return scores


def test_an_event_is_scored_against_the_gold_fact_told_in_its_sentence():
    """Two orders by the same buyer from the same supplier and an optional summary: each prediction is
    scored against its own fact, whatever the order of the gold file."""
    gold = [
        {
            "participants": ["CHN", "PAK"],
            "start": "2020",
            "end": "2024",
            "optional": True,
            "evidence": "la Chine a fourni 80 % des armes du Pakistan",
        },
        {"participants": ["CHN", "PAK"], "start": "2022-03", "evidence": "des chasseurs livrés par Pékin"},
        {
            "participants": ["PAK", "CHN"],
            "start": "2015",
            "evidence": "Islamabad a commandé à la Chine huit sous-marins",
        },
    ]
    scores = _scored_arms_transfers(
        gold,
        [
            (("CHN", "PAK"), "2022-03", "En mars 2022, l'armée a reçu des chasseurs livrés par Pékin."),
            (("CHN", "PAK"), "2015", "En 2015, Islamabad a commandé à la Chine huit sous-marins."),
        ],
    )
    counts = scores.events["ARMS_TRANSFER"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)
    assert scores.attributes["date"] == [2, 2]


def test_a_prediction_told_elsewhere_does_not_take_the_gold_fact_of_a_later_one():
    """A first prediction whose sentence tells no gold fact of its type and pair is matched only after the
    one that tells it has taken its own: the dates are compared on the same fact."""
    gold = [
        {
            "participants": ["AGO", "RUS"],
            "start": "2017",
            "evidence": "Les premiers exemplaires ont été livrés en 2017",
        },
        {
            "participants": ["AGO", "RUS"],
            "start": "2019-10",
            "evidence": "les douze chasseurs commandés avaient tous été livrés",
        },
    ]
    scores = _scored_arms_transfers(
        gold,
        [
            (
                ("AGO", "RUS"),
                "2013-10",
                "En octobre 2013, l'Angola a conclu avec Rosoboronexport un ensemble de contrats.",
            ),
            (("AGO", "RUS"), "2017", "Les premiers exemplaires ont été livrés en 2017 par la Russie."),
        ],
    )
    counts = scores.events["ARMS_TRANSFER"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)
    assert scores.attributes["date"] == [1, 2]
    assert any("'2013-10/' instead of '2019-10/'" in miss for miss in scores.misses)
