"""The codebook of models/codebook.yaml: entity types, event types with their French triggers and
CAMEO/PLOVER crosswalk, statuses with their cues."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import InvalidModelData
from .ids import fold

# Function words dropped from multi-word cues: they vary with elision and contraction.
FUNCTION_WORDS = frozenset({"de", "d'", "du", "des", "la", "le", "les", "l'", "à", "au", "aux", "un", "une", "en"})


def cue_words(cue: str) -> tuple[str, ...]:
    """A cue as the folded content words to match in order (« échange d' information » → échange, information)."""
    words = tuple(word for word in fold(cue).replace("'", "' ").split() if word not in FUNCTION_WORDS)
    return words or (fold(cue),)


def cue_forms(cue: str) -> tuple[tuple[str, ...], ...]:
    """The cue's words, and when a word has a hyphen the same words with that word split: the tokenizer
    keeps « contre-terrorisme » whole but splits « militaro-technique » in three."""
    words = cue_words(cue)
    split = tuple(part for word in words for part in (word.split("-") if "-" in word else [word]) if part)
    return (words,) if split == words else (words, split)


def _cue_set(cues) -> frozenset[tuple[str, ...]]:
    return frozenset(form for cue in cues or [] for form in cue_forms(str(cue)))


@dataclass(frozen=True)
class EventType:
    code: str
    definition: str
    cameo: str
    plover: str
    plover_context: str
    triggers: tuple[tuple[str, ...], ...]
    context: frozenset[str]
    # entity types whose mention in the sentence is context too (a named leader makes a meeting high-level)
    context_entities: frozenset[str] = frozenset()
    strong_triggers: frozenset[tuple[str, ...]] = frozenset()  # need no context word
    min_participants: int = 2
    participant_types: frozenset[str] = frozenset({"STATE", "ORGANIZATION"})
    requires: frozenset[str] = frozenset()
    host_from_place: bool = False
    # the triggers that bring the host in, when only some do (« visite à Lomé », not « réunis à Lomé »)
    host_triggers: frozenset[tuple[str, ...]] = frozenset()
    supplier_from_system: bool = False
    # with one party named and no place, the state the paragraph names as a place is the other
    # (« Moscou a annoncé l'envoi de 300 instructeurs », in a paragraph about the Central African Republic)
    host_from_paragraph: bool = False
    # a mission's host state (organizations.tsv `host`: MINUSCA → CAF) takes part
    host_from_mission: bool = False
    organiser_from_exercise: bool = False  # the lead organiser of a named exercise takes part
    # an initiative of one organisation stands for it (« le Partenariat pour la paix » → NATO)
    initiative_as_owner: bool = False
    company_parties: bool = False  # companies are the parties when two or more take part
    company_supplier: bool = False  # a company dealing with a single state is its counterpart
    reflexive_as: str = ""  # the type a trigger verb tells when reflexive (« ils se sont entraînés »)
    # trigger verbs that tell this type only when reflexive (« ils se sont entretenus », not « la France
    # entretient une base »)
    reflexive_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only against a named armed group (« des frappes contre les shebab »,
    # not « une opération contre l'Ukraine »)
    against_armed_group: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only of troops, a mission or a base (« les derniers soldats ont quitté
    # le pays », not « le Niger a quitté la CEDEAO »)
    personnel_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only with equipment for subject (« les premiers K2 ont débarqué à Gdynia »,
    # not « les Marines ont débarqué »); the state where it arrives is then the buyer
    equipment_subject_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers naming a place where the event is what happens there, kept as the setting of their clause
    # (« des officiers ouzbeks étudient dans les écoles militaires russes »)
    setting_triggers: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only when not of troops, a mission or a base (« le Niger a quitté la
    # CEDEAO »; « le retrait des Casques bleus » ends a presence, no membership)
    not_of_troops: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only when not done for an exercise (« des Su-30MKI se sont posés sur la
    # base de Hyakuri pour Veer Guardian » is the exercise, no presence)
    not_for_exercise: frozenset[tuple[str, ...]] = frozenset()
    # trigger nouns not qualified as military personnel (« un statut d'observateur », not « des observateurs
    # militaires »)
    not_as_personnel: frozenset[tuple[str, ...]] = frozenset()
    # trigger nouns not mutual (« une clause d'assistance mutuelle » is a term of an agreement, no aid)
    not_mutual: frozenset[tuple[str, ...]] = frozenset()
    # triggers not saying where bought equipment was made (« des corvettes construites en Chine »)
    not_describing_equipment: frozenset[tuple[str, ...]] = frozenset()
    # trigger verbs not acting on a person (« Abiy Ahmed a été reçu à Ankara » is a visit, no delivery)
    not_of_persons: frozenset[tuple[str, ...]] = frozenset()
    # triggers whose object is a thing, never an actor (« la livraison des drones est attendue », not « Paris
    # n'avait pas attendu les Américains »)
    thing_object_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only when what they act on is no equipment (« Moscou loue le polygone de
    # Sary-Chagan »; « la Luftwaffe loue des drones Heron » is a transfer)
    not_of_equipment: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only when what they act on is equipment or a pronoun for it (« le premier
    # appareil a été transféré »; « son centre d'opérations aériennes, transféré d'Arabie saoudite » is no sale)
    equipment_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only as one of a joint subject (« le président Tebboune et son
    # homologue russe ont signé », not « entretient de bonnes relations avec son homologue »)
    joint_subject_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only with a named person for subject (« le vice-ministre russe, Alexandre
    # Fomine, assistait au défilé à Naypyidaw », not « le Bangladesh y assistait en observateur »)
    person_subject_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only with a grouping for subject (« la coalition rassemblait les armées
    # du Nigeria et du Niger », not « Paris a rassemblé ses alliés »)
    grouping_subject_only: frozenset[tuple[str, ...]] = frozenset()
    # triggers that tell this type only of a grouping created, its founders taking part (« Créée en 2017 par le
    # Bénin, le Ghana et le Togo, l'Initiative d'Accra… »), not of a company or an army created
    founding_only: frozenset[tuple[str, ...]] = frozenset()
    # one event per counterpart state when one subject deals with several (« ont fourni des équipements
    # aux armées camerounaise et tchadienne », « l'achat d'Eurofighter auprès du Qatar et d'Oman »);
    # several subjects dealing with one counterpart stay one event
    per_counterpart: bool = False
    # one event per state member of a grouping when several join, leave or sit in it together (« Les trois
    # pays sont membres de l'OTAN »: three memberships); not when one state acts on another's
    # membership (« la Turquie a ratifié l'adhésion de la Suède »)
    per_member: bool = False
    # one event per state when the forces of several are told apart, each noun with its own nationality
    # (« des F-16 belges et des Mirage 2000 français », « ni les soldats turcs ni les forces russes »), the
    # other parties (the host) with each; not forces of several nations in one noun (« 250 soldats
    # français, italiens et roumains »)
    per_force: bool = False
    # with one party named and no other state in the sentence, the state the document is about (its
    # title's) is the other (« l'administration Trump a approuvé la vente de 66 F-16V », under « Taïwan : »)
    counterpart_from_title: bool = False
    # the parties are named in the trigger's clause, never gathered from the rest of the sentence or from the
    # sentence before (« le sommet que l'Inde devait accueillir… rien ne garantit que Donald Trump fera le
    # déplacement » is no meeting of India and the United States)
    clause_only: bool = False
    # with one state named, the state of the place the clause is in is the other side (« à Naypyidaw »)
    counterpart_from_place: bool = False


@dataclass(frozen=True)
class Codebook:
    entity_types: tuple[str, ...]
    event_types: dict[str, EventType]
    status_cues: dict[str, tuple[tuple[str, ...], ...]]
    # common nouns that name the force of one actor, by their folded words (« casques bleus » → UN)
    force_names: dict[tuple[str, ...], str] = field(default_factory=dict)

    @property
    def statuses(self) -> tuple[str, ...]:
        return tuple(self.status_cues)


def _require(mapping: dict, key: str, where: str):
    if key not in mapping:
        raise InvalidModelData(f"{where}: missing key '{key}'")
    return mapping[key]


@lru_cache(maxsize=4)
def load_codebook(path: Path) -> Codebook:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise InvalidModelData(f"{path}: codebook file missing") from error
    except yaml.YAMLError as error:
        raise InvalidModelData(f"{path}: {error}") from error
    if not isinstance(data, dict):
        raise InvalidModelData(f"{path}: expected a mapping at the top level")
    entity_types = tuple(_require(data, "entity_types", str(path)))
    event_types: dict[str, EventType] = {}
    defaults = data.get("event_defaults") or {}
    for code, spec in _require(data, "event_types", str(path)).items():
        where = f"{path}: event type {code}"
        if not isinstance(spec, dict):
            raise InvalidModelData(f"{where}: expected a mapping")
        strong = [str(trigger) for trigger in spec.get("strong_triggers") or []]
        against = [str(trigger) for trigger in spec.get("against_armed_group") or []]
        triggers = tuple(
            form
            for trigger in [*_require(spec, "triggers", where), *strong, *against]
            for form in cue_forms(str(trigger))
        )
        if not triggers:
            raise InvalidModelData(f"{where}: at least one trigger is required")
        host = spec.get("host_from_place", False)
        host_triggers = _cue_set(host) if isinstance(host, list) else frozenset()
        if not host_triggers <= set(triggers):
            raise InvalidModelData(f"{where}: host_from_place names words that are not triggers of the type")
        context_entities = frozenset(str(name) for name in spec.get("context_entities") or [])
        if not context_entities <= set(entity_types):
            raise InvalidModelData(f"{where}: context_entities names types that are not entity types")
        event_types[code] = EventType(
            code=code,
            definition=str(_require(spec, "definition", where)),
            cameo=str(_require(spec, "cameo", where)),
            plover=str(_require(spec, "plover", where)),
            plover_context=str(spec.get("plover_context", "")),
            triggers=triggers,
            context=frozenset(fold(word) for word in spec.get("context") or []),
            context_entities=context_entities,
            strong_triggers=_cue_set(spec.get("strong_triggers")),
            min_participants=int(spec.get("min_participants", defaults.get("min_participants", 2))),
            participant_types=frozenset(
                spec.get("participant_types") or defaults.get("participant_types") or ("STATE", "ORGANIZATION")
            ),
            requires=frozenset(spec.get("requires") or []),
            host_from_place=bool(host),
            host_triggers=host_triggers,
            supplier_from_system=bool(spec.get("supplier_from_system", False)),
            host_from_paragraph=bool(spec.get("host_from_paragraph", False)),
            host_from_mission=bool(spec.get("host_from_mission", False)),
            organiser_from_exercise=bool(spec.get("organiser_from_exercise", False)),
            initiative_as_owner=bool(spec.get("initiative_as_owner", False)),
            company_parties=bool(spec.get("company_parties", False)),
            company_supplier=bool(spec.get("company_supplier", False)),
            reflexive_as=str(spec.get("reflexive_as", "")),
            reflexive_only=_cue_set(spec.get("reflexive_only")),
            against_armed_group=_cue_set(against),
            personnel_only=_cue_set(spec.get("personnel_only")),
            thing_object_only=_cue_set(spec.get("thing_object_only")),
            not_of_equipment=_cue_set(spec.get("not_of_equipment")),
            equipment_only=_cue_set(spec.get("equipment_only")),
            not_of_troops=_cue_set(spec.get("not_of_troops")),
            not_for_exercise=_cue_set(spec.get("not_for_exercise")),
            not_as_personnel=_cue_set(spec.get("not_as_personnel")),
            not_mutual=_cue_set(spec.get("not_mutual")),
            not_describing_equipment=_cue_set(spec.get("not_describing_equipment")),
            not_of_persons=_cue_set(spec.get("not_of_persons")),
            equipment_subject_only=_cue_set(spec.get("equipment_subject_only")),
            setting_triggers=_cue_set(spec.get("setting_triggers")),
            joint_subject_only=_cue_set(spec.get("joint_subject_only")),
            person_subject_only=_cue_set(spec.get("person_subject_only")),
            grouping_subject_only=_cue_set(spec.get("grouping_subject_only")),
            founding_only=_cue_set(spec.get("founding_only")),
            per_counterpart=bool(spec.get("per_counterpart", False)),
            per_member=bool(spec.get("per_member", False)),
            per_force=bool(spec.get("per_force", False)),
            counterpart_from_title=bool(spec.get("counterpart_from_title", False)),
            clause_only=bool(spec.get("clause_only", False)),
            counterpart_from_place=bool(spec.get("counterpart_from_place", False)),
        )
    for code, event_type in event_types.items():
        if event_type.reflexive_as and event_type.reflexive_as not in event_types:
            raise InvalidModelData(f"{path}: event type {code}: reflexive_as names no event type")
    status_cues: dict[str, tuple[tuple[str, ...], ...]] = {}
    for status, spec in _require(data, "statuses", str(path)).items():
        cues = (spec or {}).get("cues") or []
        status_cues[status] = tuple(cue_words(str(cue)) for cue in cues)
    force_names = {
        tuple(fold(word) for word in str(name).split()): str(actor)
        for name, actor in (data.get("force_names") or {}).items()
    }
    return Codebook(entity_types, event_types, status_cues, force_names)
