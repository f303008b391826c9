"""Entity resolution across documents: one entity per real-world entity, with a stable id.

Gazetteer entities keep their gazetteer id (ISO3 for states, RUS; the acronym for organisations,
CSTO). Entities found by the model get TYPE-slug ids (PER-asim-munir) from their canonical key, so
the same name in two documents is one entity and ids do not depend on processing order."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .ids import slug
from .records import DocumentAnalysis, Mention

TYPE_PREFIX = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "PLACE": "PLC",
    "EXERCISE": "EXE",
    "INITIATIVE": "INI",
    "STATE": "STA",
}


@dataclass(frozen=True)
class Entity:
    entity_id: str
    type: str
    name: str
    iso3: str
    aliases: tuple[str, ...]
    n_mentions: int
    n_documents: int
    role: str = ""
    affiliation: str = ""


def entity_id_for(key: str, gazetteer: Gazetteer) -> str:
    if gazetteer.get(key) is not None:
        return key
    entity_type, _, name = key.partition(":")
    return f"{TYPE_PREFIX.get(entity_type, 'ENT')}-{slug(name)}"


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(value for value in values if value)
    if not counts:
        return ""
    return sorted(counts.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


def resolve_entities(analyses: Iterable[DocumentAnalysis], gazetteer: Gazetteer) -> tuple[list[Entity], dict[str, str]]:
    """Entities of all mentions, and the map from mention key to entity id; the analysts' merges
    (overrides.tsv) are applied."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for analysis in analyses:
        for mention in analysis.mentions:
            groups[gazetteer.merged(entity_id_for(mention.key, gazetteer))].append(mention)
    key_to_id: dict[str, str] = {}
    entities = []
    for entity_id, mentions in sorted(groups.items()):
        for mention in mentions:
            key_to_id[mention.key] = entity_id
        entry = gazetteer.get(entity_id)
        entity_type = entry.type if entry else _most_common(m.type for m in mentions)
        name = entry.name if entry else _most_common(m.name for m in mentions)
        affiliation = _most_common(m.affiliation for m in mentions)
        entities.append(
            Entity(
                entity_id=entity_id,
                type=entity_type,
                name=name,
                iso3=entity_id if entity_type == "STATE" and entry else "",
                aliases=tuple(sorted({m.text for m in mentions})),
                n_mentions=len(mentions),
                n_documents=len({m.doc_id for m in mentions}),
                role=_most_common(m.role for m in mentions),
                affiliation=gazetteer.merged(entity_id_for(affiliation, gazetteer)) if affiliation else "",
            )
        )
    return entities, key_to_id
