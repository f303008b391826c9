"""The roles actors play in a sentence: subjects, partners, forces named after a state."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..ids import fold
from ..records import Mention
from .vocabulary import ACTOR_TYPES


class ActorRoles:
    """What the gazetteer says about who can take part in an event: organisations of some kinds
    (companies, armed groups, military forces) take part only as the subject of the clause, and
    organisations the gazetteer does not know not at all; a place's state hosts a presence there."""

    SUBJECT_ONLY_KINDS = frozenset({"company", "armed_group", "military_force"})

    def __init__(self, gazetteer: Gazetteer | None):
        self.gazetteer = gazetteer
        # the states whose industry a company is part of: the origin of the systems it alone makes in one
        # state (systems.tsv: « M-346 », Leonardo, ITA)
        self.company_homes: dict[str, set[str]] = {}
        # a maker is written as its organisation id or as a company name (« Patria »): either way, its id
        index = gazetteer.by_folded_form() if gazetteer is not None else {}
        for system in gazetteer.systems.values() if gazetteer is not None else ():
            if len(system.origin) == 1 and len(system.makers) == 1:
                maker = system.makers[0]
                if gazetteer.get(maker) is None:
                    found = [entry.entity_id for entry in index.get(fold(maker), []) if entry.type == "ORGANIZATION"]
                    maker = found[0] if len(found) == 1 else maker
                self.company_homes.setdefault(maker, set()).add(system.origin[0])

    def is_home_of(self, state: str, company: str) -> bool:
        """Whether `state` is the one whose industry `company` belongs to (Leonardo: Italy)."""
        return state in self.company_homes.get(company, ())

    def can_be_object(self, mention: Mention, companies: bool = False) -> bool:
        if mention.type == "PERSON":
            return True
        if self.gazetteer is None:
            return True
        entry = self.gazetteer.get(mention.key)
        if entry is None:
            return mention.type != "ORGANIZATION"
        kind = entry.attributes.get("kind", "")
        return (companies and kind == "company") or kind not in self.SUBJECT_ONLY_KINDS

    def _kind(self, key: str) -> str | None:
        """The kind of organisation the gazetteer says `key` is (company, agency, armed_group…), if any."""
        entry = self.gazetteer.get(key) if self.gazetteer else None
        return entry.attributes.get("kind") if entry is not None else None

    def is_company(self, key: str) -> bool:
        return self._kind(key) == "company"

    def is_agency(self, key: str) -> bool:
        return self._kind(key) == "agency"

    def is_armed_group(self, key: str) -> bool:
        return self._kind(key) == "armed_group"

    def is_grouping(self, key: str) -> bool:
        """Whether the gazetteer knows an organisation as one states belong to (an alliance, an
        intergovernmental or regional organisation, a forum)."""
        return self._kind(key) in ("alliance", "intergovernmental", "regional_organisation", "forum")

    def knows(self, key: str) -> bool:
        return self.gazetteer is not None and self.gazetteer.get(key) is not None

    def may_take_part(self, key: str, entity_type: str) -> bool:
        """Whether an actor may be a party to an event: a state, a person, or an organisation the
        gazetteer knows (or an analyst added in overrides.tsv). One the statistical model alone found is
        too often no actor at all (« les députés du Bundestag », « la Garde nationale de l'Iowa », a
        ship's name read as an organisation). `entity_type` may be empty for an actor carried from another
        sentence: a key the model made says its type (« ORGANIZATION:bundestag »)."""
        organisation = (entity_type or key.partition(":")[0]) == "ORGANIZATION"
        return not organisation or self.gazetteer is None or self.knows(key)

    def owning_organisation(self, key: str) -> str:
        """The one organisation an initiative belongs to (initiatives.tsv: PFP → NATO), if any."""
        entry = self.gazetteer.get(key) if self.gazetteer and key else None
        if entry is None or entry.type != "INITIATIVE":
            return ""
        owner = entry.attributes.get("owner", "").strip()
        found = self.gazetteer.get(owner) if owner and "|" not in owner else None
        return owner if found is not None and found.type == "ORGANIZATION" else ""

    def acting_for(self, key: str) -> str:
        """The organisation a mission acts for (organizations.tsv `parent`: EUTM Mali → EU, KFOR → NATO),
        else the actor itself."""
        entry = self.gazetteer.get(key) if self.gazetteer and key else None
        return (entry.attributes.get("parent", "") if entry is not None else "") or key  # checked on loading

    def mission_host(self, key: str) -> str:
        """The state a mission operates in (organizations.tsv `host`: MINUSCA → CAF), else nothing."""
        entry = self.gazetteer.get(key) if self.gazetteer and key else None
        return entry.attributes.get("host", "") if entry is not None else ""

    def lead_organiser(self, exercise_key: str) -> str:
        entry = self.gazetteer.get(exercise_key) if self.gazetteer and exercise_key else None
        organisers = entry.attributes.get("organisers", "") if entry else ""
        return organisers.split("|")[0].strip()

    def is_operation(self, exercise_key: str) -> bool:
        """Whether a named exercise is a military operation (« opération Atalante »)."""
        entry = self.gazetteer.get(exercise_key) if self.gazetteer and exercise_key else None
        return entry is not None and fold(entry.name).startswith("operation ")

    def host_of(self, place_key: str) -> str:
        entry = self.gazetteer.get(place_key) if self.gazetteer and place_key else None
        return entry.attributes.get("state", "") if entry else ""


FORCE_NAME_METHOD = "rule:force-name"


def _force_names(doc: Doc, span: Span, names: dict[tuple[str, ...], str]) -> list[tuple[int, int, str]]:
    """The codebook's force names (« les Casques bleus ») in a sentence, where no entity lies: (start, end,
    the actor they stand for)."""
    found = []
    for words, key in names.items():
        for i in range(span.start, span.end - len(words) + 1):
            tokens = doc[i : i + len(words)]
            if tuple(fold(token.text) for token in tokens) == words and not any(t.ent_type_ for t in tokens):
                found.append((i, i + len(words), key))
    return sorted(found)


def _actor_key(mention: Mention, types: frozenset[str] = ACTOR_TYPES) -> str:
    if mention.type in types:
        return mention.key
    if mention.type == "PERSON":
        return mention.affiliation or mention.key
    return ""


def _with_partner(token: Token, top: Token, anchors: frozenset[int] | None = None) -> bool:
    """In a phrase « avec … » below `top` (« un accord avec le Royaume-Uni »); with `anchors`, only
    the name introduced by « avec » (or a conjunct of it) on one of those tokens: « signé avec la France
    et l'Inde », not « avec l'appui de Téhéran »."""
    if anchors is not None:
        node = token
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        has_with = any(child.dep_ == "case" and fold(child.text) == "avec" for child in node.children)
        return has_with and node.head.i in anchors
    for node in [token, *token.ancestors]:
        if any(child.dep_ == "case" and fold(child.text) == "avec" for child in node.children):
            return True
        if node.i == top.i:
            break
    return False


def _in_turn(root: Token) -> bool:
    """Whether a clause says its subject does « à son tour » (« à leur tour ») what another did before."""
    for token in root.subtree:
        if fold(token.text) == "tour" and token.i >= 2:
            before = token.doc[token.i - 2 : token.i]
            if fold(before[0].text) == "a" and fold(before[1].text) in ("son", "sa", "leur"):
                return True
    return False


def _unique(keys) -> list[str]:
    out: list[str] = []
    for key in keys:
        if key and key not in out:
            out.append(key)
    return out
