"""Entity recognition on the real pipeline: the hard cases of French defence reporting."""

from __future__ import annotations

from pipelines.mentions import mentions_of
from pipelines.reading import read_bytes

from .conftest import SEED


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def test_demonyms_in_coordination_are_states(nlp):
    found = ents(nlp, "Du 7 au 11 avril 2025, les forces armées russes et tadjikes ont mené des manœuvres conjointes.")
    assert ("russes", "STATE", "RUS") in found
    assert ("tadjikes", "STATE", "TJK") in found


def test_capital_as_metonym_and_demonym_resolve_to_the_state(nlp):
    found = ents(nlp, "Moscou a signé l'accord ; l'armée kazakhe et le ministère kirghiz de la Défense ont suivi.")
    assert ("Moscou", "STATE", "RUS") in found
    assert ("kazakhe", "STATE", "KAZ") in found
    assert ("kirghiz", "STATE", "KGZ") in found


def test_french_and_english_acronyms_are_one_organisation(nlp):
    found = ents(nlp, "L'OTSC, que la presse anglophone appelle CSTO, et l'OCS se sont réunies.")
    assert ("OTSC", "ORGANIZATION", "CSTO") in found
    assert ("CSTO", "ORGANIZATION", "CSTO") in found
    assert ("OCS", "ORGANIZATION", "SCO") in found


def test_named_exercises_in_a_list(nlp):
    doc = nlp(
        "L’Inde participe à des exercices conjoints tels que Kazind (Kazakhstan), Khanjar (Kirghizstan) "
        "et Dustlik (Ouzbékistan)."
    )
    exercises = [e.text for e in doc.ents if e.label_ == "EXERCISE"]
    assert exercises == ["Kazind", "Khanjar", "Dustlik"]
    assert [e.kb_id_ for e in doc.ents if e.label_ == "STATE"] == ["IND", "KAZ", "KGZ", "UZB"]


def test_headings_never_merge_with_the_next_line(nlp):
    doc = nlp("Asie centrale\n\nCoopération sécuritaire avec la Chine\nLa Chine utilise la GSI.")
    assert all("\n" not in e.text for e in doc.ents)
    sentences = [s.text.strip() for s in doc.sents]
    assert "Coopération sécuritaire avec la Chine" in sentences


def test_seed_persons_are_linked_and_author_note_kept_out(nlp):
    result = read_bytes(SEED.read_bytes(), ".txt")
    mentions = mentions_of(nlp(result.text), "D", result.body_end)
    people = {m.text: m.key for m in mentions if m.type == "PERSON"}
    assert people["Munir"] == people["Asim Muir"]
    assert "Maya Néel" not in people and all(m.start < result.body_end for m in mentions)
    muir = next(m for m in mentions if m.text == "Asim Muir")
    assert muir.affiliation == "PAK"
