"""Load the gazetteers of models/gazetteers/: tab-separated files, one entity per line, lists
separated by « | ». A malformed line stops loading with an error naming the file and the line."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .errors import InvalidModelData
from .ids import fold, slug

LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class GazetteerFile:
    """How one gazetteer file is read: its entity type and which columns hold surface forms."""

    filename: str
    entity_type: str
    columns: tuple[str, ...]
    form_columns: tuple[tuple[str, str], ...]  # (column, method suffix)
    id_prefix: str = ""  # entity ids of these files are prefixed; states and organisations keep theirs


GAZETTEER_FILES = (
    GazetteerFile(
        "states.tsv",
        "STATE",
        ("id", "name", "variants", "demonyms", "capitals"),
        (("name", "name"), ("variants", "name"), ("demonyms", "demonym"), ("capitals", "capital")),
    ),
    GazetteerFile(
        "organizations.tsv",
        "ORGANIZATION",
        ("id", "name", "aliases", "kind", "parent", "host"),
        (("name", "name"), ("aliases", "name")),
    ),
    GazetteerFile(
        "places.tsv",
        "PLACE",
        ("id", "name", "aliases", "kind", "state"),
        (("name", "name"), ("aliases", "name")),
        id_prefix="PLC",
    ),
    GazetteerFile(
        "exercises.tsv",
        "EXERCISE",
        ("id", "name", "aliases", "organisers"),
        (("name", "name"), ("aliases", "name")),
        id_prefix="EXE",
    ),
    GazetteerFile(
        "persons.tsv",
        "PERSON",
        ("id", "name", "aliases", "role", "affiliation"),
        (("name", "name"), ("aliases", "name")),
        id_prefix="PER",
    ),
    GazetteerFile(
        "initiatives.tsv",
        "INITIATIVE",
        ("id", "name", "aliases", "owner"),
        (("name", "name"), ("aliases", "name")),
        id_prefix="INI",
    ),
)


@dataclass(frozen=True)
class Form:
    text: str
    kind: str  # name | demonym | capital


@dataclass(frozen=True)
class Entry:
    entity_id: str
    type: str
    name: str
    forms: tuple[Form, ...]
    attributes: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def state(self) -> str:
        """The state a place belongs to, or the owner of an initiative, when the file gives one."""
        return self.attributes.get("state", "") or self.attributes.get("owner", "")


@dataclass
class Gazetteer:
    entries: dict[str, Entry]
    combining_forms: dict[str, str] = field(default_factory=dict)  # « franco » → FRA
    systems: dict[str, System] = field(default_factory=dict)  # weapon systems and their origin
    merges: dict[str, str] = field(default_factory=dict)  # analysts' corrections: entity id → the one it is

    def merged(self, entity_id: str) -> str:
        """The entity an id stands for once the analysts' merges are applied."""
        seen = {entity_id}
        while entity_id in self.merges and self.merges[entity_id] not in seen:
            entity_id = self.merges[entity_id]
            seen.add(entity_id)
        return entity_id

    def get(self, entity_id: str) -> Entry | None:
        return self.entries.get(entity_id)

    def forms(self) -> Iterator[tuple[Entry, Form]]:
        for entry in self.entries.values():
            for form in entry.forms:
                yield entry, form

    def by_folded_form(self) -> dict[str, list[Entry]]:
        index: dict[str, list[Entry]] = {}
        for entry, form in self.forms():
            bucket = index.setdefault(fold(form.text), [])
            if entry not in bucket:
                bucket.append(entry)
        return index


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def read_rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...] = ("id", "name")
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV gazetteer with their line numbers; comments (#) and blank lines skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise InvalidModelData(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from error
    header_seen = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if not header_seen:
            if tuple(field.strip() for field in fields) != columns:
                raise InvalidModelData(
                    f"{path}:{lineno}: header must be {' / '.join(columns)}, found {' / '.join(fields)}"
                )
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise InvalidModelData(
                f"{path}:{lineno}: expected {len(columns)} tab-separated fields "
                f"({', '.join(columns)}), found {len(fields)}"
            )
        row = dict(zip(columns, (field.strip() for field in fields), strict=True))
        missing = [column for column in required if not row[column]]
        if missing:
            raise InvalidModelData(f"{path}:{lineno}: {' and '.join(missing)} required")
        yield lineno, row
    if not header_seen:
        raise InvalidModelData(f"{path}: no header line ({' / '.join(columns)})")


def load_file(path: Path, spec: GazetteerFile) -> list[tuple[int, Entry]]:
    entries = []
    for lineno, row in read_rows(path, spec.columns):
        entity_id = f"{spec.id_prefix}-{slug(row['id'])}" if spec.id_prefix else row["id"]
        forms: list[Form] = []
        for column, kind in spec.form_columns:
            for text in _split(row[column]):
                if all(form.text != text for form in forms):
                    forms.append(Form(text, kind))
        attributes = {
            key: value for key, value in row.items() if key not in ("id", "name") and key not in dict(spec.form_columns)
        }
        entries.append((lineno, Entry(entity_id, spec.entity_type, row["name"], tuple(forms), attributes)))
    return entries


@lru_cache(maxsize=4)
def load_gazetteer(folder: Path) -> Gazetteer:
    """All gazetteer files of `folder`; a missing file is an error, so is an id defined twice."""
    entries: dict[str, Entry] = {}
    where: dict[str, str] = {}
    for spec in GAZETTEER_FILES:
        path = folder / spec.filename
        if not path.is_file():
            raise InvalidModelData(f"{path}: gazetteer file missing")
        for lineno, entry in load_file(path, spec):
            if entry.entity_id in entries:
                raise InvalidModelData(
                    f"{path}:{lineno}: id {entry.entity_id} already defined in {where[entry.entity_id]}"
                )
            entries[entry.entity_id] = entry
            where[entry.entity_id] = f"{spec.filename}:{lineno}"
    for entity_id, entry in entries.items():
        parent = entry.attributes.get("parent", "") if entry.type == "ORGANIZATION" else ""
        if parent and (parent not in entries or entries[parent].type not in ("ORGANIZATION", "STATE")):
            raise InvalidModelData(
                f"{folder / where[entity_id]}: parent {parent} is not the id of an organisation or a state"
            )
        host = entry.attributes.get("host", "") if entry.type == "ORGANIZATION" else ""
        if host and (host not in entries or entries[host].type != "STATE"):
            raise InvalidModelData(f"{folder / where[entity_id]}: host {host} is not a state id")
    systems = load_systems(folder / SYSTEMS, entries) if (folder / SYSTEMS).is_file() else {}
    merges = load_overrides(folder / OVERRIDES, entries) if (folder / OVERRIDES).is_file() else {}
    return Gazetteer(entries, load_combining_forms(folder / COMBINING_FORMS, entries), systems, merges)


OVERRIDES = "overrides.tsv"
OVERRIDE_COLUMNS = ("action", "entity_id", "value", "type", "note")
ENTITY_TYPES = ("STATE", "ORGANIZATION", "PERSON", "PLACE", "EXERCISE", "INITIATIVE")


def load_overrides(path: Path, entries: dict[str, Entry]) -> dict[str, str]:
    """The analysts' corrections (overrides.tsv): `alias` adds a name to an entity (a new entity
    when the id is not in the gazetteer, with its type), applied by the matcher in every document;
    `merge` makes an entity the same as another everywhere. Aliases go into `entries`; the merges
    are returned."""
    merges: dict[str, str] = {}
    for lineno, row in read_rows(path, OVERRIDE_COLUMNS, required=("action", "entity_id", "value")):
        action, entity_id, value = row["action"].lower(), row["entity_id"], row["value"]
        if action == "merge":
            if value == entity_id:
                raise InvalidModelData(f"{path}:{lineno}: an entity cannot be merged into itself")
            merges[entity_id] = value
        elif action == "alias":
            entry = entries.get(entity_id)
            if entry is None:
                if row["type"] not in ENTITY_TYPES:
                    raise InvalidModelData(
                        f"{path}:{lineno}: {entity_id} is not in the gazetteer: its type is required "
                        f"({', '.join(ENTITY_TYPES)})"
                    )
                entry = Entry(entity_id, row["type"], value, (), {})
            if all(form.text != value for form in entry.forms):
                entry = replace(entry, forms=(*entry.forms, Form(value, "name")))
            entries[entity_id] = entry
        else:
            raise InvalidModelData(f"{path}:{lineno}: unknown action '{row['action']}' (alias or merge)")
    return merges


COMBINING_FORMS = "combining_forms.tsv"
SYSTEMS = "systems.tsv"
SYSTEM_COLUMNS = ("id", "name", "aliases", "category", "origin", "manufacturer")


@dataclass(frozen=True)
class System:
    """A military system whose name tells who supplies it (« Rafale » → FRA)."""

    system_id: str
    name: str
    forms: tuple[str, ...]
    category: str
    origin: tuple[str, ...]
    makers: tuple[str, ...] = ()  # organizations.tsv ids or company names


def load_systems(path: Path, entries: dict[str, Entry]) -> dict[str, System]:
    systems: dict[str, System] = {}
    for lineno, row in read_rows(path, SYSTEM_COLUMNS):
        origin = tuple(_split(row["origin"]))
        unknown = [code for code in origin if code not in entries]
        if unknown:
            raise InvalidModelData(f"{path}:{lineno}: unknown origin {', '.join(unknown)} (not in states.tsv)")
        forms = tuple(dict.fromkeys([row["name"], *_split(row["aliases"])]))
        makers = tuple(_split(row["manufacturer"]))
        systems[row["id"]] = System(row["id"], row["name"], forms, row["category"], origin, makers)
    return systems


def load_combining_forms(path: Path, entries: dict[str, Entry]) -> dict[str, str]:
    """First elements of compound adjectives naming states (« franco- » in « franco-ukrainien »)."""
    if not path.is_file():
        raise InvalidModelData(f"{path}: gazetteer file missing")
    forms: dict[str, str] = {}
    for lineno, row in read_rows(path, ("form", "id"), required=("form", "id")):
        entry = entries.get(row["id"])
        if entry is None or entry.type != "STATE":
            raise InvalidModelData(f"{path}:{lineno}: {row['id']} is not a state of states.tsv")
        forms[row["form"].lower()] = row["id"]
    return forms
