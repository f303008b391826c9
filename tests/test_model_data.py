"""Every data file in models/ loads, and a malformed line is refused with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pycountry
import pytest

from pipelines.codebook import cue_forms, load_codebook
from pipelines.config import default_models_dir
from pipelines.errors import InvalidModelData
from pipelines.events.roles import ActorRoles
from pipelines.gazetteer import GAZETTEER_FILES, load_gazetteer

MODELS = default_models_dir()
CODEBOOK_EVENT_TYPES = {
    "JOINT_EXERCISE",
    "DEFENSE_AGREEMENT",
    "ARMS_TRANSFER",
    "MILITARY_PRESENCE",
    "TRAINING",
    "HIGH_LEVEL_MEETING",
    "DEFENSE_INDUSTRY",
    "INTELLIGENCE_SHARING",
    "BORDER_SECURITY",
    "COUNTER_TERRORISM",
    "MEMBERSHIP",
    "SECURITY_ASSISTANCE",
}


def test_gazetteers_load_with_every_un_member_state():
    gazetteer = load_gazetteer(MODELS / "gazetteers")
    states = {e.entity_id for e in gazetteer.entries.values() if e.type == "STATE"}
    un_members = {c.alpha_3 for c in pycountry.countries} & states
    assert len(states) >= 193
    assert {"RUS", "TJK", "KAZ", "KGZ", "UZB", "IND", "PAK", "CHN", "FRA", "USA", "MLI", "NER"} <= un_members
    forms = {form.text for form in gazetteer.get("TJK").forms}
    assert {"Tadjikistan", "tadjikes", "Douchanbé"} <= forms
    assert {"OTSC", "CSTO"} <= {form.text for form in gazetteer.get("CSTO").forms}


def test_codebook_has_every_event_type_with_crosswalk():
    codebook = load_codebook(MODELS / "codebook.yaml")
    assert set(codebook.event_types) == CODEBOOK_EVENT_TYPES
    assert set(codebook.statuses) == {"occurred", "planned", "discussed", "hypothetical", "negated"}
    assert codebook.event_types["JOINT_EXERCISE"].cameo == "062"
    assert all(event_type.triggers for event_type in codebook.event_types.values())
    # force names by their folded words, whatever the case written in the file
    assert codebook.force_names[("casques", "bleus")] == "UN"


def _copy_gazetteers(tmp_path: Path) -> Path:
    folder = tmp_path / "gazetteers"
    shutil.copytree(MODELS / "gazetteers", folder)
    return folder


def test_a_line_with_a_missing_field_names_file_and_line(tmp_path):
    folder = _copy_gazetteers(tmp_path)
    path = folder / "organizations.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("BROKEN\tOrganisation cassée\tOC")  # three fields instead of six
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InvalidModelData, match=rf"organizations.tsv:{len(lines)}: expected 6 tab-separated fields"):
        load_gazetteer(folder)


def test_a_mission_whose_parent_is_no_organisation_is_refused(tmp_path):
    folder = _copy_gazetteers(tmp_path)
    path = folder / "organizations.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("EUTM_X\tMission de formation X\tEUTM X\tmission\tUE\t")  # the alias, not the id
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    refused = rf"organizations.tsv:{len(lines)}: parent UE is not the id of an organisation or a state"
    with pytest.raises(InvalidModelData, match=refused):
        load_gazetteer(folder)


def test_an_id_defined_twice_is_refused(tmp_path):
    folder = _copy_gazetteers(tmp_path)
    path = folder / "states.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "RUS\tRussie bis\t\t\t\n", encoding="utf-8")
    with pytest.raises(InvalidModelData, match=r"states.tsv:\d+: id RUS already defined in states.tsv:\d+"):
        load_gazetteer(folder)


def test_adding_an_alias_is_a_one_line_change(tmp_path, nlp):
    from pipelines.nlp import load_pipeline

    folder = _copy_gazetteers(tmp_path)
    path = folder / "places.tsv"
    path.write_text(
        path.read_text(encoding="utf-8") + "polygone-test\tpolygone de Tchirtchik-Test\t\ttraining_ground\tUZB\n",
        encoding="utf-8",
    )
    shutil.copy(MODELS / "codebook.yaml", tmp_path / "codebook.yaml")
    custom = load_pipeline(str(tmp_path))
    doc = custom("Les unités ont manœuvré sur le polygone de Tchirtchik-Test en mai.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("polygone de Tchirtchik-Test", "PLACE", "PLC-polygone-test")
    ]


def test_codebook_errors_name_the_file(tmp_path):
    path = tmp_path / "codebook.yaml"
    path.write_text("event_types:\n  JOINT_EXERCISE: [unclosed\n", encoding="utf-8")
    with pytest.raises(InvalidModelData, match=r"codebook\.yaml"):
        load_codebook(path)


def _codebook_with_one_type(tmp_path, event_type: str) -> Path:
    """A minimal codebook whose only event type is `event_type` (a YAML flow mapping)."""
    path = tmp_path / "codebook.yaml"
    path.write_text(
        "entity_types: {STATE: a state}\nstatuses: {occurred: {cues: []}}\nevent_types:\n" + f"  {event_type}\n",
        encoding="utf-8",
    )
    return path


def test_the_triggers_that_bring_the_host_are_triggers_of_the_type(tmp_path):
    shipped = load_codebook(MODELS / "codebook.yaml").event_types["HIGH_LEVEL_MEETING"]
    assert ("visite",) in shipped.host_triggers and ("reunir",) not in shipped.host_triggers
    path = _codebook_with_one_type(
        tmp_path,
        "HIGH_LEVEL_MEETING: {definition: d, cameo: '043', plover: CONSULT, triggers: [visite], "
        "host_from_place: [escale]}",
    )
    with pytest.raises(InvalidModelData, match="HIGH_LEVEL_MEETING: host_from_place names words that are not"):
        load_codebook(path)


def test_context_entities_are_entity_types_of_the_codebook(tmp_path):
    shipped = load_codebook(MODELS / "codebook.yaml").event_types["HIGH_LEVEL_MEETING"]
    assert shipped.context_entities == frozenset({"PERSON"})
    path = _codebook_with_one_type(
        tmp_path,
        "HIGH_LEVEL_MEETING: {definition: d, cameo: '043', plover: CONSULT, triggers: [visite], "
        "context_entities: [LEADER]}",
    )
    with pytest.raises(InvalidModelData, match="HIGH_LEVEL_MEETING: context_entities names types that are not"):
        load_codebook(path)


def test_a_reflexive_type_is_an_event_type_of_the_codebook(tmp_path):
    assert load_codebook(MODELS / "codebook.yaml").event_types["TRAINING"].reflexive_as == "JOINT_EXERCISE"
    path = _codebook_with_one_type(
        tmp_path,
        "TRAINING: {definition: d, cameo: '062', plover: COOPERATE, triggers: [entraîner], reflexive_as: MANOEUVRES}",
    )
    with pytest.raises(InvalidModelData, match="TRAINING: reflexive_as names no event type"):
        load_codebook(path)


@pytest.mark.parametrize("spec", GAZETTEER_FILES, ids=lambda spec: spec.filename)
def test_every_gazetteer_has_a_provenance_note(spec):
    head = (MODELS / "gazetteers" / spec.filename).read_text(encoding="utf-8")[:3000].lower()
    assert "provenance" in head


def test_a_hyphenated_cue_also_matches_its_parts():
    assert cue_forms("coopération militaro-technique") == (
        ("cooperation", "militaro-technique"),
        ("cooperation", "militaro", "technique"),
    )
    assert cue_forms("échange d' information") == (("echange", "information"),)


def test_a_company_s_home_is_where_the_systems_it_alone_makes_come_from():
    roles = ActorRoles(load_gazetteer(default_models_dir() / "gazetteers"))
    assert roles.is_home_of("ITA", "LEONARDO")  # makers written as organisation ids
    assert roles.is_home_of("FIN", "PATRIA")  # or as the company's name (« Patria »)
    assert not roles.is_home_of("FRA", "LEONARDO")
