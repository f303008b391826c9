"""Events of one sentence: its triggers, their parties, place, dates and status."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..codebook import EventType
from ..components.entity_types import GATHERING_NOUNS, PERSON_TITLES, RECIPIENT_HEADS
from ..components.gazetteer_matcher import COMPOUND_SEPARATOR, SYSTEMS_KEY
from ..ids import fold
from ..records import DateValue, EventRecord, Mention
from .clauses import (
    _cases,
    _in_clause_of_its_own,
    _in_subordinate_clause,
    _in_subtree,
    _is_a_bare_participle,
    _misread_infinitive,
    _misread_relative,
    _nominal_conjunct,
    _opening_apposition,
    _relative_antecedent,
    _verb_lemmas,
    clause_root,
)
from .parties import (
    _acting_on_the_parties,
    _agent_of_the_trigger,
    _as_well_as,
    _at_the_border_of,
    _binds,
    _dative_tied_to_a_modifier,
    _description_of_an_actor,
    _description_of_equipment,
    _destined,
    _from_where,
    _from_whom_after,
    _gathered_by,
    _given_by,
    _in_descriptive_clause,
    _in_margin_of,
    _in_setting,
    _is_binding,
    _is_set_apart,
    _names_the_event,
    _near,
    _off_the_coast_of,
    _source_tokens,
    _topic_of,
)
from .roles import FORCE_NAME_METHOD, ActorRoles, _actor_key, _force_names, _unique, _with_partner
from .timing import _dates_by_an_event, _founded, _names_a_noun_by_date
from .triggers import Trigger, doc_forms
from .vocabulary import (
    ACTOR_TYPES,
    AGREEMENT_DATING_VERBS,
    ARMED_GROUP_NOUNS,
    CLAUSE_DEPS,
    COLON_FORMS,
    DATING_PARTICIPLES,
    DATIVE_PRONOUNS,
    DELIVERY_BATCH,
    DESCRIPTIVE_CLAUSES,
    DESTINATION_CASES,
    DESTINATION_MARKERS,
    DIRECTION_MARKERS,
    DISTRIBUTIVE_WORDS,
    EDITION_NOUNS,
    EQUIPMENT_UNITS,
    GATHERING_VERBS,
    HAPPENING_VERBS,
    HELPING_VERBS,
    HOST_NOUNS,
    JOINERS,
    LOCATIVE_MARKERS,
    MADE_EQUIPMENT_NOUNS,
    MEETING_PARTICIPLES,
    NOMINAL_POS,
    PARTICIPATION_VERBS,
    PERSON_NOUNS,
    PERSONNEL_NOUNS,
    PLACE_NOUNS,
    PRONOUNS,
    PROVIDING_VERBS,
    RELATIVE_TO,
    SIGNING_VERBS,
    SUBJECT_DEPS,
    TRAVEL_VERBS,
)

# a trigger that found too few parties on its own: the trigger, its parties, the method, the date carried
Partial = tuple[Trigger, tuple[str, ...], str, DateValue | None]


def _with_its_names(noun: Token) -> list[Token]:
    """A noun and the names its complements give it (« des drones Heron TP », « l'Initiative d'Accra »)."""
    return [noun, *(child for child in noun.children if child.dep_ in ("nmod", "appos", "flat:name"))]


# the most actors of the sentence before an event with none of its own takes as its parties; more are a
# list, of which the event is seldom about all (on dev, four rows in five with three or more were wrong)
CARRIED_PARTIES_MAX = 2


@dataclass(frozen=True)
class Carry:
    """What a sentence passes to the next: its actors, its subject and its date; `announced`, the date
    of a sentence that names no actor (« Le contrat le plus spectaculaire reste celui du 3 décembre
    2021. »), for the undated facts of the sentence right after it."""

    actors: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    date: DateValue | None = None
    announced: DateValue | None = None
    exercise: tuple[str, ...] = ()  # who holds the exercise the sentence names, for « y participent » next


def _acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its object, its subject in the passive, or the noun its participle describes."""
    acted_on = [child for child in verb.children if child.dep_ in ("obj", "nsubj:pass")]
    if verb.dep_ == "acl" or (verb.dep_ == "amod" and verb.pos_ == "VERB"):
        acted_on.append(verb.head)
    return acted_on


class _Sentence:
    """A sentence with its mentions indexed by token, and the argument-finding logic over its parse."""

    def __init__(
        self,
        doc: Doc,
        span: Span,
        text: str,
        sent_id: int,
        mentions: list[Mention],
        dates: list[DateValue],
        roles: ActorRoles,
        contrasts: list[range],
        document_host: str,
        forms: list[frozenset[str]] | None = None,
        force_names: dict[tuple[str, ...], str] | None = None,
    ):
        self.forms = doc_forms(doc) if forms is None else forms  # every token's forms, by index
        self.trigger_starts: frozenset[int] = frozenset()  # where the sentence's triggers start, once found
        self.leader_states: dict[int, frozenset[str]] = {}  # the states of leaders acting together, by verb
        self.doc, self.span, self.sent_id, self.mentions, self.dates = doc, span, sent_id, mentions, dates
        self.text = text  # the span's text, read once from the document's (Span.text is rebuilt on each access)
        self.roles = roles
        self.mentions_at: dict[int, list[Mention]] = {}
        self.spans: list[tuple[Mention, Span]] = []  # each mention with its tokens, found once
        for mention in mentions:
            char_span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if char_span is not None:
                self.spans.append((mention, char_span))
                for token in char_span:
                    self.mentions_at.setdefault(token.i, []).append(mention)
        forces = _force_names(doc, span, force_names or {})
        for i, j, key in forces:
            # « les Casques bleus ont quitté cette province »: the force of the organisation that sends it
            end = doc[j - 1].idx + len(doc[j - 1])
            force = Mention(
                "", -1, doc[i:j].text, "ORGANIZATION", key, key, doc[i].idx, end, sent_id, FORCE_NAME_METHOD
            )
            for k in range(i, j):
                self.mentions_at.setdefault(k, []).append(force)
        self.actor_tokens = {i for i, found in self.mentions_at.items() if any(_actor_key(m) for m in found)}
        self.contrasts = contrasts  # the phrases of a contrast (« Contrairement à … »), as token ranges
        # their tokens: what stands in a contrast takes no part in the sentence's events
        self.contrasted = frozenset(i for phrase in contrasts for i in phrase)
        self.document_host = document_host  # the one state the document's title names, if any
        self.document_subject = ""  # the one state the title names before a colon, if any
        self.document_pair: tuple[str, ...] = ()  # the two states a title pairs with a dash (« Inde-France : »)
        self.suppliers_before: list[str] = []  # the states making the systems the sentence before named
        self.paragraph_states: list[str] = []  # the states the paragraph named before, the latest first
        self.paragraph_locations: list[str] = []  # those it named as places (« au Kosovo »)
        # the parties of the exercises the text told before: of each one named, and of the last one
        self.exercise_parties: dict[str, tuple[str, ...]] = {}
        self.last_exercise_parties: tuple[str, ...] = ()
        self.told_events: dict[str, EventRecord] = {}  # the paragraph's last event of each type
        self.told_subjects: dict[str, tuple[str, ...]] = {}  # the subject of the sentence that told it
        self.last_told_type = ""  # the type of the paragraph's last event
        self.exercise_told = False  # whether an earlier sentence of the paragraph named an exercise
        self._types = {m.key: m.type for m in mentions} | {m.affiliation: "STATE" for m in mentions if m.affiliation}
        self._types.update((key, "ORGANIZATION") for *_, key in forces if key not in self._types)
        self.colons = [i for i in range(span.start, span.end) if not self.forms[i].isdisjoint(COLON_FORMS)]
        self.apposition = _opening_apposition(span, dates)
        # « le constructeur turc Baykar », « le groupe norvégien Kongsberg »: the state says where the
        # company is from and takes no part of its own
        self.company_origins = frozenset(
            i
            for i, found in self.mentions_at.items()
            if any(m.type == "STATE" for m in found)
            and any(roles.is_company(m.key) for m in self.mentions_at.get(i + 1, []))
            # « le groupe turc Baykar »; « l'allemand Rheinmetall », « l'Italien Fincantieri », a demonym the
            # parser makes a noun
            and (
                doc[i].pos_ == "ADJ"
                or doc[i].text.islower()
                or any(m.method == "gazetteer:demonym" for m in found if m.type == "STATE")
            )
        ) | frozenset(self._organisation_origins(doc))

        # « la Garde nationale ouzbèke », « la Police armée populaire chinoise »: a body the model named
        # followed by a demonym is a force of that state, which takes part for it
        self.national_bodies = frozenset(
            token.i
            for mention, span in self.spans
            if mention.type == "ORGANIZATION"
            and mention.method == "ner"
            and any(other.method == "gazetteer:demonym" for other in self.mentions_at.get(span.end, []))
            for token in span
        )

    def _organisation_origins(self, doc: Doc) -> list[int]:
        """« le Tawazun Council émirien », « l'agence sud-coréenne des acquisitions de défense (DAPA) »: a
        demonym qualifying a state agency says where it is from; the agency takes part, not the state."""
        found = []
        for i, mentions in self.mentions_at.items():
            token = doc[i]
            if token.pos_ != "ADJ" or token.dep_ != "amod" or not any(m.type == "STATE" for m in mentions):
                continue
            noun = token.head
            named = [noun, *(child for child in noun.children if child.dep_ in ("appos", "flat:name"))]
            if any(
                m.type == "ORGANIZATION" and self.roles.is_agency(m.key)
                for word in named
                for m in self.mentions_at.get(word.i, [])
            ):
                found.append(i)
        return found

    def beyond_colon(self, token: Token, trigger: Token) -> bool:
        """« La Russie n'a jamais obtenu d'implantation dans le pays : Moscou s'est tourné vers le
        Soudan »: past a colon or a semicolon, a clause with a subject of its own tells another fact,
        whatever the parse attached it to. (A list after a colon has no subject and stays.)"""
        low, high = sorted((token.i, trigger.i))
        colons = [i for i in self.colons if low < i < high]
        if not colons:
            return False
        colon = colons[0] if token.i > trigger.i else colons[-1]
        # the token's side of the colon: it and its ancestors up to the first one across
        side = [token]
        for ancestor in token.ancestors:
            if (ancestor.i > colon) != (token.i > colon):
                break
            side.append(ancestor)
        # a verb with its subject, or a predicate with its copula and its subject (« Chypre, elle, n'en est
        # pas membre »: « elle » is a subject the parser left as « dep », and « membre » a conjunct of the name)
        side += [c for t in side for c in t.children if c.dep_ == "conj" and (c.i > colon) == (token.i > colon)]
        return any(
            (t.pos_ in ("VERB", "AUX") or any(child.dep_ == "cop" for child in t.children))
            and any(
                child.dep_ in SUBJECT_DEPS or (child.dep_ == "dep" and child.pos_ == "PRON") for child in t.children
            )
            for t in side
        )

    def alone(self, verb: Token, carry: Carry) -> bool:
        """Whether a verb's subject names a single actor and nothing in its clause says with whom
        (« avec », « aux côtés de », « ensemble », « conjointement »)."""
        actors = self.subject_actors(verb, carry)
        if not actors and verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            # « des policiers salomonais sont partis se former en Chine », « permet aux aviateurs
            # singapouriens de s'entraîner en Inde »: the subject of an infinitive is the one it is said of
            actors = [
                key
                for child in verb.head.children
                if child.dep_ in ("iobj", "obl:arg") and child.i < verb.i
                for key in self._actors_in(child, ACTOR_TYPES)
            ] or self.governing_subject(verb.head, carry)
        elif not actors and verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
            # « aux aviateurs singapouriens de s'entraîner », read as describing the noun
            actors = _unique(
                key
                for token in verb.head.subtree
                if not _in_subtree(token, verb)
                for key in self.keys_at(token.i, ACTOR_TYPES, subject=True)
            )
        if len(set(actors)) != 1:
            return False
        for token in verb.subtree:
            word = fold(token.text)
            if word in ("ensemble", "conjointement", "mutuellement"):
                return False
            if word == "avec" or (word == "cotes" and token.i > 0 and fold(token.doc[token.i - 1].text) == "aux"):
                return False
        return True

    def equipment_subject(self, head: Token, event_type: EventType) -> bool:
        """Whether the subject of the trigger's clause is equipment: a named system or a word of the type's
        context (« les premiers K2 », « les six premiers appareils », « un lot de drones »)."""
        systems = {
            i
            for span in self.doc.spans.get(SYSTEMS_KEY, [])
            if self.span.start <= span.start < self.span.end
            for i in range(span.start, span.end)
        }
        equipment = (event_type.context - {"militaire", "equipement militaire"}) | EQUIPMENT_UNITS
        for child in clause_root(head).children:
            if child.dep_ not in SUBJECT_DEPS:
                continue
            heads = [child, *(token for token in child.children if token.dep_ == "conj")]
            what = any(token.i in systems or not self.forms[token.i].isdisjoint(equipment) for token in heads)
            # a batch of a delivery (« les premiers », « un premier lot », « les derniers exemplaires »), not
            # aircraft on a visit (« deux bombardiers Tu-160 se sont posés à Caracas »)
            batch = any(
                fold(token.lemma_) in DELIVERY_BATCH or not self.forms[token.i].isdisjoint(EQUIPMENT_UNITS)
                for token in child.subtree
            )
            if what and batch:
                return True
        return False

    def acts_on_equipment(self, verb: Token) -> bool:
        """Whether what a verb acts on is equipment, a named system or a word for one: its object, its
        subject in the passive, or the noun its participle describes (« loue des drones Heron TP », « les
        appareils loués »)."""
        return any(self._is_equipment(noun) for noun in _acted_on(verb))

    def acts_on_something_else(self, verb: Token) -> bool:
        """Whether a verb acts on a noun that is neither equipment nor a pronoun standing for it (« son centre
        d'opérations aériennes, transféré d'Arabie saoudite »); an actor the parser took for what is acted on
        (« Canberra les a transférées ») is no such noun."""
        acted_on = [
            noun for noun in _acted_on(verb) if noun.pos_ in ("NOUN", "PROPN") and noun.i not in self.actor_tokens
        ]
        return bool(acted_on) and not any(self._is_equipment(noun) for noun in acted_on)

    def _is_equipment(self, noun: Token) -> bool:
        systems = self.doc.spans.get(SYSTEMS_KEY, [])
        return any(
            fold(token.lemma_) in MADE_EQUIPMENT_NOUNS or any(span.start <= token.i < span.end for span in systems)
            for token in _with_its_names(noun)
        )

    def mission_as_subject(self, head: Token) -> bool:
        """Whether the subject of the trigger's clause names a mission (« la SAMIDRC a achevé son retrait »)."""
        return any(
            self.roles.mission_host(mention.key)
            for child in clause_root(head).children
            if child.dep_ in SUBJECT_DEPS
            for mention in self.mentions_at.get(child.i, [])
        )

    def actor_as_object(self, verb: Token) -> bool:
        """Whether the verb's direct object names an actor."""
        return any(
            mention.type in ACTOR_TYPES or mention.type == "PERSON"
            for child in verb.children
            if child.dep_ == "obj"
            for mention in self.mentions_at.get(child.i, [])
        )

    def person_subject(self, head: Token) -> bool:
        """Whether the subject of the trigger's clause names a person; for a participle with no subject of
        its own, the subject of the clause it describes (« Venu à Bamako en février 2023, Sergueï Lavrov a
        promis… »)."""
        root = clause_root(head)
        subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
        if not subjects and root.dep_ in ("advcl", "acl") and _is_a_bare_participle(root):
            subjects = [child for child in root.head.children if child.dep_ in SUBJECT_DEPS]
        if not subjects:
            # « Le 17 juillet, Hakan Fidan, chef de la diplomatie turque, est arrivé à Niamey »: a name the parser
            # did not take for the subject, before the verb and with no preposition of its own
            subjects = [
                child
                for child in root.children
                if child.i < root.i and not any(grand.dep_ == "case" for grand in child.children)
            ]
        return any(
            mention.type == "PERSON"
            for child in subjects
            for token in child.subtree
            for mention in self.mentions_at.get(token.i, [])
        )

    def of_a_person(self, head: Token) -> bool:
        """Whether what the trigger verb acts on is a person: its object, or its subject in the passive
        (« il a reçu à son bord le chef d'état-major », « Abiy Ahmed avait été reçu par Erdoğan »)."""
        for child in head.children:
            if child.dep_ not in ("obj", "nsubj:pass"):
                continue
            if child.dep_ == "nsubj:pass" and child.pos_ == "PRON":
                return True  # « où il a été reçu par le sultan »
            if fold(child.lemma_) in PERSON_NOUNS or any(
                mention.type == "PERSON" for token in child.subtree for mention in self.mentions_at.get(token.i, [])
            ):
                return True
        return False

    def grouping_subject(self, head: Token, carry: Carry) -> bool:
        """Whether the subject of the trigger's clause is a grouping (an organisation that is no company,
        or an initiative)."""
        return any(
            self.type_of(key) in ("ORGANIZATION", "INITIATIVE") and not self.roles.is_company(key)
            for key in self.subject_actors(clause_root(head), carry, ACTOR_TYPES | {"INITIATIVE"})
        )

    def founds_a_grouping(self, verb: Token) -> bool:
        """Whether what a verb creates is a grouping: an initiative, or an organisation the gazetteer knows
        as one states belong to (« Créée en 2017 par le Bénin… , l'Initiative d'Accra », « ont fondé l'OCS »;
        not a company, an agency or an army)."""
        created = [child for child in verb.children if child.dep_ in ("obj", "nsubj:pass")]
        if verb.dep_ in ("acl", "amod"):
            created.append(verb.head)  # « l'OCS, fondée en 2001 »
        elif verb.dep_ == "advcl":
            created += [child for child in verb.head.children if child.dep_ in SUBJECT_DEPS]  # « Créée…, l'Initiative »
        return any(
            mention.type == "INITIATIVE"
            or (mention.type == "ORGANIZATION" and self.roles.is_grouping(_actor_key(mention)))
            for noun in created
            for token in _with_its_names(noun)
            for mention in self.mentions_at.get(token.i, [])
        )

    def names_only(self, keys: tuple[str, ...]) -> bool:
        """Whether every actor the sentence names is one of `keys` (true when it names none)."""
        return all(key in keys for i in self.actor_tokens for key in self.keys_at(i, ACTOR_TYPES, subject=True))

    def names_other_states(self, keys: tuple[str, ...]) -> bool:
        """Whether the sentence names a state other than `keys` and the document's own, as an actor or
        as a place's state (« des F-16 livrés à Kano » is in Nigeria)."""
        known = {*keys, self.document_subject}
        for mention, _ in self.spans_of("STATE", "PLACE"):
            state = mention.key if mention.type == "STATE" else mention.affiliation or self.roles.host_of(mention.key)
            if state and state not in known:
                return True
        return False

    def named_only_as_a_place(self, key: str) -> bool:
        """Every mention of `key` in the sentence follows a preposition of place (« en Ukraine ») or is
        the « y » that points to it."""
        spans = [span for mention, span in self.spans if _actor_key(mention) == key]
        return bool(spans) and all(
            span.text == "y"
            or any(child.dep_ == "case" and fold(child.text) in LOCATIVE_MARKERS for child in span.root.children)
            for span in spans
        )

    def spans_of(self, *types: str) -> list[tuple[Mention, Span]]:
        """The mentions of these entity types with their tokens."""
        return [(mention, span) for mention, span in self.spans if mention.type in types]

    def type_of(self, key: str) -> str:
        return self._types.get(key, "STATE" if len(key) == 3 and key.isupper() else "")

    def keys_at(self, i: int, types: frozenset[str], subject: bool = False, companies: bool = False) -> list[str]:
        if i in self.contrasted or i in self.company_origins or i in self.national_bodies:
            return []
        keys = []
        for mention in self.mentions_at.get(i, []):
            key = _actor_key(mention, types)
            if key and (subject or self.roles.can_be_object(mention, companies)):
                keys.append(key)
        return keys

    def subject_actors(self, root: Token, carry: Carry, types=ACTOR_TYPES) -> list[str]:
        for child in root.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.pos_ == "PRON" and fold(child.text) in PRONOUNS:
                    agreement = self.told_events.get("DEFENSE_AGREEMENT")
                    if fold(root.lemma_) in PROVIDING_VERBS and agreement is not None:
                        # « X a signé un accord avec Y. Il prévoit des exercices conjoints »: the agreement
                        # the paragraph told provides, between its parties
                        return list(agreement.participant_keys)
                    pronoun = self._same_pronoun_before(child)
                    return self._earlier_subject(pronoun, types) or self._earlier_person(pronoun) or list(carry.subject)
                found = self._actors_in(child, types)
                if not found and self.document_host and _is_the_head_of_state(child):
                    # « Du 8 au 10 mars, le chef de l'État s'est rendu à Bamako », in an article titled « Ghana :
                    # … »: the head of state of the state the document is about
                    return [self.document_host]
                if found:
                    # « La Roumanie et l'Égypte vont produire… »: the parser may give the verb two subjects
                    others = [
                        key
                        for other in root.children
                        if other.i > child.i and other.dep_ in SUBJECT_DEPS and other.pos_ in NOMINAL_POS
                        for key in self._actors_in(other, types)
                    ]
                    return _unique([*self._subject_split_off(root, child, types), *found, *others])
                if fold(child.lemma_) in PERSONNEL_NOUNS and any(
                    det.dep_ == "det" and "Yes" in det.morph.get("Poss") for det in child.children
                ):
                    # « Wagner s'est installé au Mali en 2021. Ses hommes ont participé aux opérations »:
                    # the forces of the actor the sentence before was about
                    return list(carry.subject)
        if not any(child.dep_ in SUBJECT_DEPS for child in root.children):
            return self._subject_as_head(root, types) or self._subject_by_position(root, types)
        return []

    def _subject_split_off(self, root: Token, subject: Token, types: frozenset[str]) -> list[str]:
        """« L'Australie et l'Indonésie ont signé un accord »: the parser made the first name the head of the
        sentence and the verb its conjunct, with the second name alone for subject; the first is a subject
        too when nothing but « et » (and determiners) stands between it and the second. So is a first name
        the parser left hanging on the verb (« Le Japon et l'Inde ont décidé… »: « Japon », dep of the verb)."""
        noun = root.head
        if root.dep_ != "conj" or noun.dep_ != "ROOT":
            noun = next((t for t in root.children if t.dep_ == "dep" and t.i < subject.i), root)
        if noun.i == root.i or noun.pos_ not in NOMINAL_POS or noun.i > subject.i:
            return []
        hanging = noun.head.i == root.i
        own = [t for t in noun.subtree if t.i < subject.left_edge.i and (hanging or not _in_subtree(t, root))]
        if not own:
            return []
        between = self.doc[max(t.i for t in own) + 1 : subject.left_edge.i]
        if not any(t.dep_ == "cc" for t in between) or not all(
            t.dep_ == "cc" or t.pos_ in ("DET", "PUNCT") for t in between
        ):
            return []
        return _unique(key for t in own for key in self.keys_at(t.i, types, subject=True))

    def _subject_as_head(self, root: Token, types: frozenset[str]) -> list[str]:
        """« plus de 16 000 militaires philippins et américains, […], avaient pris part à Balikatan »: a long
        subject the parser made the head of the sentence, with the verb as its conjunct."""
        noun = root.head
        if root.dep_ == "acl" and _misread_infinitive(root) and noun.dep_ == "ROOT" and noun.pos_ in NOMINAL_POS:
            # « L'Inde négocie avec la Grèce l'achat de chars »: the verb read as an infinitive describing
            # the name before it
            return _unique(key for t in noun.subtree if t.i < root.i for key in self.keys_at(t.i, types, subject=True))
        if root.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > root.i or noun.dep_ != "ROOT":
            return []
        if any(child.dep_ == "cc" and child.i < root.i for child in root.children):
            return []  # « les militaires …, et ils ont pris part »: a second clause of its own
        clause = {t.i for t in root.subtree}
        return _unique(key for t in noun.subtree if t.i not in clause for key in self.keys_at(t.i, types, subject=True))

    def _same_pronoun_before(self, pronoun: Token) -> Token:
        """« Le 30 juillet, il rencontrait Erdoğan à Ankara, puis Poutine à Moscou ; il s'y est aussi
        entretenu avec… »: a subject pronoun whose nearest subject before it in the sentence is the same
        pronoun stands for what that one does (the first, when several follow)."""
        for i in range(pronoun.i - 1, self.span.start - 1, -1):
            token = self.doc[i]
            if token.dep_ in SUBJECT_DEPS:
                if token.pos_ == "PRON" and fold(token.text) == fold(pronoun.text):
                    return self._same_pronoun_before(token)
                return pronoun
        return pronoun

    def _earlier_subject(self, pronoun: Token, types: frozenset[str]) -> list[str]:
        """« L'Union européenne s'est engagée : en juillet 2024, elle a adopté… »: a subject pronoun
        stands for the actor subject of an earlier clause of the same sentence, the nearest one."""
        for i in range(pronoun.i - 1, self.span.start - 1, -1):
            token = self.doc[i]
            if token.dep_ in SUBJECT_DEPS and token.pos_ != "PRON":
                found = self._actors_in(token, types)
                if found:
                    return found
        return []

    def _earlier_person(self, pronoun: Token) -> list[str]:
        """« Lors d'une visite d'Emmanuel Macron à Dubaï, où il a été reçu… »: with no subject before it,
        « il » stands for the nearest person named before it in the sentence, when known to stand for a
        state or an organisation. (« elle » is far more often a state or an organisation, feminine nouns in
        French: « l'OTSC… elle a déployé ».)"""
        if fold(pronoun.text) != "il":
            return []
        for i in range(pronoun.i - 1, self.span.start - 1, -1):
            people = [m for m in self.mentions_at.get(i, []) if m.type == "PERSON"]
            if people:
                return [people[0].affiliation] if people[0].affiliation else []
        return []

    def _actors_in(self, subject: Token, types: frozenset[str]) -> list[str]:
        """The actors named in a subject phrase (« les forces armées russes et tadjikes »), not those of a
        clause describing one of them (« La Pologne, qui réarme depuis l'invasion russe de l'Ukraine, ») or
        describing a machine (« les JF-17, appareil codéveloppé par le Pakistan et la Chine, »)."""
        return _unique(
            key
            for t in subject.subtree
            if t.i not in self.mentions_at
            or (
                _description_of_an_actor(t, subject, self.actor_tokens) is None
                and _description_of_equipment(t, subject) is None
                # « Le 16 mai, en marge du sommet du Conseil de l'Europe, le Premier ministre britannique… »
                and not _in_margin_of(t, subject)
            )
            for key in self.keys_at(t.i, types, subject=True)
        )

    def _subject_by_position(self, root: Token, types: frozenset[str]) -> list[str]:
        """A finite verb the parser left without a subject (« : General Electric et Hindustan
        Aeronautics Limited (HAL) ont signé… »): the actors named right before it, joined only by
        « et », commas, brackets and determiners, are its subject."""
        auxiliaries = [c for c in root.children if c.dep_.startswith("aux") and c.i < root.i]
        verb = min(auxiliaries, key=lambda t: t.i) if auxiliaries else root
        if root.pos_ not in ("VERB", "AUX") or "Fin" not in verb.morph.get("VerbForm"):
            return []
        found: list[str] = []
        behind_a_comma = False  # the names end before a comma (« …, Paul Kagame, se sont rencontrés »)
        i = verb.i - 1
        while i >= self.span.start:
            token = self.doc[i]
            described = _description_of_an_actor(token, root, self.actor_tokens)
            if described is not None:  # « JAIEC, constituée autour de Mitsubishi Heavy Industries, ont créé »
                i = described.left_edge.i - 1
                continue
            if i in self.actor_tokens:
                found[:0] = [key for key in self.keys_at(i, types, subject=True) if key not in found]
            elif (
                i in self.mentions_at
                or token.pos_ == "DET"
                or fold(token.text) in JOINERS
                or fold(token.text) in PERSON_TITLES  # « Emmanuel Macron et le Premier ministre Keir Starmer »
                or _as_well_as(token)
                # « le Premier ministre Narendra Modi s'est rendu »: the clitics between a name and its verb
                or (
                    i > verb.i - 4
                    and (fold(token.text) in ("ne", "n'") or (token.pos_ == "PRON" and token.dep_.startswith("expl")))
                    # « Félix Tshisekedi et son homologue rwandais, Paul Kagame, se sont rencontrés »
                    and (i - 1 in self.actor_tokens or (self.doc[i - 1].text == "," and i - 2 in self.actor_tokens))
                )
            ):
                behind_a_comma = behind_a_comma or (
                    i > verb.i - 4 and self.doc[i - 1].text == "," and i - 1 not in self.mentions_at
                )
            else:
                if token.pos_ == "ADP" and behind_a_comma:
                    return []  # « un appareil codéveloppé par le Pakistan et la Chine, s'est concrétisé »
                break
            i -= 1
        return _unique(found)

    def _helped(self, verb: Token, types: frozenset[str]) -> list[str]:
        """The actors a verb of help or sending names as its object or destination (« des forces spéciales
        au Brésil », which the parser may tie to the object)."""
        found: list[Token] = []
        for child in verb.children:
            if child.dep_ not in ("obj", "iobj", "obl:arg", "obl:mod", "obl") or _is_set_apart(child):
                continue
            found += [child, *(c for c in child.children if c.dep_ == "conj")]
            found += [
                c
                for c in child.children
                if c.dep_ == "nmod"
                and any(case.dep_ == "case" and fold(case.text) in DESTINATION_CASES for case in c.children)
            ]
        return _unique(key for token in found for key in self.keys_at(token.i, types))

    def governing_subject(self, token: Token, carry: Carry) -> list[str]:
        """The subject of the nearest clause above `token` that has one; a relative pronoun's is the actor
        its clause describes (« avec Ankara, qui a signé un accord … et déployé des militaires »), if it
        describes one."""
        root = clause_root(token)
        for _ in range(6):
            subject = self.subject_actors(root, carry)
            if subject or root.head.i == root.i:
                return subject
            antecedent = _relative_antecedent(root)
            described = [] if antecedent is None else self.keys_at(antecedent.i, ACTOR_TYPES, subject=True)
            if described:
                return described
            root = clause_root(root.head)
        return []

    def participants(self, head: Token, event_type: EventType, carry: Carry, last: Token | None = None):
        """The actors taking part in the event `head` triggers; `last` is the trigger's last word, whose
        complements are the event's when the parser tied them elsewhere (« réunis au sein de l'AES »). An
        event told inside a contrast is between the actors of that contrast and no others (« à la différence
        de celui que Moscou avait signé en juin 2024 avec Pyongyang »)."""
        phrase = next((phrase for phrase in self.contrasts if head.i in phrase), None)
        if phrase is None:
            return self._participants(head, event_type, carry, last)
        whole = self.contrasted
        self.contrasted = frozenset(token.i for token in self.span if token.i not in phrase)
        try:
            return self._participants(head, event_type, carry, last)
        finally:
            self.contrasted = whole

    def _participants(self, head: Token, event_type: EventType, carry: Carry, last: Token | None):
        types = event_type.participant_types
        own = self._own_arguments(head, types)
        forces = [m.key for m in self.mentions_at.get(head.i, []) if m.method == FORCE_NAME_METHOD]
        if forces:
            # « L'Irlande a envoyé des Casques bleus au Liban »: who sends the force takes part, also as the
            # subject of the verb above (« Dublin devra rapatrier ses Casques bleus du Liban »), with where
            # the force's complements say; with none, the clause says where (« Casques bleus marocains …
            # au sein de la MINUSCA »)
            where = [
                key
                for child in head.children
                if child.dep_ == "nmod"
                for token in child.subtree
                for key in self.keys_at(token.i, types)
            ]
            verb = clause_root(head)
            senders = self.subject_actors(verb, carry, types)
            if not senders and verb.dep_ == "xcomp":
                senders = self.subject_actors(verb.head, carry, types)
            own = _unique([*senders, *own]) if where else []
        if len(own) >= max(2, event_type.min_participants):
            return tuple(own), "rule:clause", None  # « l'adhésion de la Finlande à l'OTAN »
        described = self._parties_of_the_description(head, types)
        if described:
            return described, "rule:clause", None
        if _dates_by_an_event(head):
            # « après le sommet entre Xi Jinping et Vladimir Poutine »: the setting of the clause has the
            # parties it names, not those of the clause
            inside = _unique(key for token in head.subtree for key in self.keys_at(token.i, types))
            return (tuple(inside), "rule:clause", None) if inside else None
        root = clause_root(head)
        keys: list[str] = []
        partners = True  # every actor found is a partner « avec » someone unnamed
        sources = _source_tokens(root, head, event_type)
        for i in sorted(self.mentions_at):
            companies = event_type.company_parties or event_type.company_supplier
            found = self.keys_at(i, types, companies=companies)  # cheap: tested first
            # a name of several words needs one of them to take part
            new = [key for key in _unique(found) if key not in keys]
            if not event_type.host_from_place and _from_where(self.doc[i]):
                continue  # « Depuis Djibouti, les forces américaines mènent des frappes en Somalie »
            if self._only_beside(i):
                continue
            if (
                new
                and i not in sources
                and not self.in_apposition(self.doc[i], head)
                and self._takes_part(self.doc[i], root, head)
            ):
                keys.extend(new)
                partners = partners and _with_partner(self.doc[i], root, frozenset((root.i, head.i)))
        if not sources:
            keys = _unique([*self.subject_actors(root, carry, types), *keys])
        if keys and partners and len(keys) < event_type.min_participants and carry.actors and carry.subject:
            # « Le Japon a signé un accord avec l'Australie. Un accord similaire avec le Royaume-Uni… »: the
            # other party of a partner « avec » is the actor the paragraph is about, the subject before,
            # when the clause's own subject is the event itself or names no one (« un troisième »)
            subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
            if all(child.i == head.i or child.pos_ in ("ADJ", "NUM", "PRON") for child in subjects):
                keys = _unique([*carry.subject, *keys])
        where = self._where_antecedent(root, types, carry)
        if not where and root.dep_ == "acl:relcl":  # « le Tadjikistan, qui accueille une base »
            keys = _unique([*keys, *self.keys_at(root.head.i, types)])
        elif not where and (antecedent := _misread_relative(root)) is not None:
            keys = _unique([*keys, *self.keys_at(antecedent.i, types)])
        keys = _unique(
            [
                *keys,
                *where,
                *self._joining_the_event(head, types),
                *self._dative(root, types, carry),
                *self._capitals_bound(head),
            ]
        )
        if len(keys) < max(2, event_type.min_participants):
            keys = _unique([*keys, *self._apposed_subject(head, types)])
        if last is not None and last.i != head.i and not _in_subtree(last, root):
            keys = _unique([*keys, *(key for token in last.subtree for key in self.keys_at(token.i, types))])
        has_subject = any(child.dep_ in SUBJECT_DEPS for child in root.children)
        if root.dep_ != "ROOT" and not has_subject:
            # « le départ des militaires indiens stationnés dans l'archipel »: what a participle describes
            # takes part as well as the subject above it
            described = self._described_by_participle(root, types)
            keys = _unique([*self.governing_subject(root.head, carry), *described, *keys])
            if "Inf" in root.morph.get("VerbForm") and not _verb_lemmas(root.head).isdisjoint(HELPING_VERBS):
                # « Le Japon aide le Brésil à lutter contre le terrorisme », « a envoyé des forces spéciales
                # au Brésil pour combattre les jihadistes »: whom the help is for, or where it is sent
                keys = _unique([*keys, *self._helped(root.head, types)])
        if keys:
            return tuple(keys), "rule:clause", None
        if event_type.clause_only:
            return None
        # With no clause to go by, the actors of the sentence: those of the part the semicolons around
        # the trigger close when it names any (« …les forces grecques, égyptiennes et chypriotes ; la
        # France… »), else all of them (« Le Japon exploite une installation… ; c'est sa seule base »)
        start, end = self._semicolon_part(head)
        found_at = [(i, self.keys_at(i, types)) for i in sorted(self.mentions_at)]
        sentence_keys = _unique(
            key
            for i, found in found_at
            if not _is_set_apart(self.doc[i])
            and not _in_setting(self.doc[i], head)
            and _description_of_equipment(self.doc[i], self.span.root) is None
            and not self._only_beside(i)
            for key in found
        )
        part_keys = {key for i, found in found_at if start <= i < end for key in found}
        if part_keys:
            sentence_keys = [key for key in sentence_keys if key in part_keys]
        if sentence_keys:
            return tuple(sentence_keys), "rule:sentence", None
        if carry.actors and len(carry.actors) <= CARRIED_PARTIES_MAX:
            return carry.actors, "rule:previous-sentence", carry.date
        if carry.actors and carry.subject and len(carry.subject) <= CARRIED_PARTIES_MAX:
            # the sentence before named a list (« Les forces de Kinshasa, de Kigali, de Kampala et de Nairobi
            # … »): the parties are who it was about, its subject, not all it named
            return carry.subject, "rule:previous-sentence", carry.date
        return None

    def _capitals_bound(self, head: Token) -> list[str]:
        """« le traité de défense qui le liait à Paris »: a capital a binding clause on the trigger names
        stands for its state, a party (the clause's other actors take part as any in it do)."""
        return _unique(
            self.state_of_place(mention.key)
            for clause in head.subtree
            if _binds(clause, head)
            for token in clause.subtree
            for mention in self.mentions_at.get(token.i, [])
            if mention.type == "PLACE"
        )

    def _apposed_subject(self, head: Token, types: frozenset[str]) -> list[str]:
        """« Membre fondateur de l'OTAN en 1949, l'Islande est le seul allié sans armée »: a bare noun
        opening the sentence describes the subject of the clause after its comma, however the parser
        tied the two."""
        if self.apposition is None or head.i != self.span.start:
            return []
        return self._described_subject(types)

    def _described_subject(self, types: frozenset[str]) -> list[str]:
        """The actors of the subject the opening description tells of."""
        subject = next(
            (token for token in self.span if token.i > self.apposition.end and token.dep_ in SUBJECT_DEPS), None
        )
        if subject is None:
            return []
        return _unique(key for token in subject.subtree for key in self.keys_at(token.i, types, subject=True))

    def _parties_of_the_description(self, head: Token, types: frozenset[str]) -> tuple[str, ...]:
        """« Membre de la SADC, l'Angola a fourni des soldats au Mozambique »: a trigger in the opening
        description of the subject is between what the description names and that subject, not the
        parties of the clause after it; empty when that makes fewer than two."""
        if self.apposition is None or not self.apposition.start <= head.i < self.apposition.end:
            return ()
        inside = [key for i in range(self.apposition.start, self.apposition.end) for key in self.keys_at(i, types)]
        keys = _unique([*inside, *self._described_subject(types)])
        return tuple(keys) if inside and len(keys) >= 2 else ()

    def in_apposition(self, token: Token, head: Token) -> bool:
        """« Allié de Washington depuis 1952, Ankara a acheté des S-400 à la Russie »: the opening
        description of the subject, when the trigger is not in it, names no party and no date."""
        apposition = self.apposition
        return (
            apposition is not None
            and apposition.start <= token.i < apposition.end
            and not (apposition.start <= head.i < apposition.end)
        )

    def _dative(self, root: Token, types: frozenset[str], carry: Carry) -> list[str]:
        """« Les États-Unis restent un fournisseur du Nigeria : Washington lui a livré douze avions »: « lui »,
        « leur » stand for the actor named last before them that is not the clause's subject, else for
        the subject of the sentence before."""
        pronoun = next(
            (
                child
                for child in root.children
                if child.pos_ == "PRON" and fold(child.text) in DATIVE_PRONOUNS and child.i < root.i
            ),
            None,
        )
        if pronoun is None:
            return []
        subject = set(self.subject_actors(root, carry, types))
        antecedent = _relative_antecedent(root)
        if antecedent is not None:  # « la Russie, qui lui a livré des hélicoptères »: « qui » is the subject
            subject.update(self.keys_at(antecedent.i, types, subject=True))
        if pronoun.i - 1 in self.actor_tokens:  # « Washington lui a livré »: the subject stands right before
            subject.update(self.keys_at(pronoun.i - 1, types, subject=True))
        for i in range(pronoun.i - 1, self.span.start - 1, -1):
            found = [key for key in self.keys_at(i, types) if key not in subject]
            if found and not _is_set_apart(self.doc[i]):
                return found[:1]
        return [key for key in carry.subject if key not in subject][:1]

    def _described_by_participle(self, root: Token, types: frozenset[str]) -> list[str]:
        """The actors of the noun phrase a participle describes (« des soldats français stationnés au
        Mali », « les instructeurs russes envoyés par Moscou »): the noun and its complements, not the
        participle's own words nor other clauses."""
        if root.dep_ != "acl" or "Part" not in root.morph.get("VerbForm") or root.head.pos_ not in ("NOUN", "PROPN"):
            return []
        found: list[str] = []
        stack = [root.head]
        while stack:
            token = stack.pop()
            if _is_set_apart(token):
                continue
            found.extend(key for key in self.keys_at(token.i, types) if key not in found)
            stack.extend(
                child
                for child in token.children
                if child.i != root.i
                and (child.dep_ not in CLAUSE_DEPS or _nominal_conjunct(child))
                and child.dep_ != "appos"
            )
        return found

    def _own_arguments(self, head: Token, types: frozenset[str]) -> list[str]:
        """The actors a trigger noun names as its own complements (« l'adhésion de la Finlande à l'OTAN »,
        « la visite du président turc au Niger »), not in clauses below it."""
        if head.pos_ != "NOUN":
            return []
        found: list[str] = []
        for child in head.children:
            if child.dep_ not in ("nmod", "amod") or child.i in self.trigger_starts:
                continue
            if fold(child.lemma_) == "cote" and child.dep_ == "nmod":
                # « participait à l'exercice IMX, aux côtés de l'Arabie saoudite »: partners of the subject,
                # not all the parties
                continue
            stack = [child]
            while stack:
                token = stack.pop()
                if _description_of_equipment(token, head) is not None:
                    continue  # « le contrat portant sur trois JF-17, appareil codéveloppé par le Pakistan… »
                if _topic_of(token, head):
                    continue  # « la conférence de soutien à l'Ukraine »: what it is about
                found.extend(key for key in self.keys_at(token.i, types) if key not in found)
                # « la tournée du ministre de la Défense Shin Won-sik »: the name of the one titled
                stack.extend(
                    c
                    for c in token.children
                    if (c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in NOMINAL_POS))
                    and (c.dep_ != "appos" or self._names_a_person(c))
                )
            if any(grand.dep_ == "case" and fold(grand.text) == "entre" for grand in child.children):
                found.extend(key for key in self._second_of_between(child, types) if key not in found)
        return found

    def _second_of_between(self, first: Token, types: frozenset[str]) -> list[str]:
        """« l'accord entre les États-Unis et l'Italie prévoit… »: the name after « et » is the second party,
        however the parser tied it (it may make it the subject of the verb that follows)."""
        i = first.i + 1
        while i < self.span.end and i in self.mentions_at:
            i += 1  # the rest of the first name
        if i >= self.span.end or fold(self.doc[i].text) != "et":
            return []
        i += 1
        while i < self.span.end and self.doc[i].pos_ == "DET":
            i += 1
        return self.keys_at(i, types) if i < self.span.end else []

    def _names_a_person(self, token: Token) -> bool:
        return any(mention.type == "PERSON" for mention in self.mentions_at.get(token.i, []))

    def _semicolon_part(self, head: Token) -> tuple[int, int]:
        """The tokens of the sentence between the semicolons around `head`."""
        start, end = self.span.start, self.span.end
        for i in range(head.i - 1, start - 1, -1):
            if self.doc[i].text == ";":
                start = i + 1
                break
        for i in range(head.i + 1, end):
            if self.doc[i].text == ";":
                end = i
                break
        return start, end

    def distribute(
        self, head: Token, participants: tuple[str, ...], carry: Carry, trigger: Trigger
    ) -> list[tuple[str, ...]]:
        """« Stockholm puis Helsinki ont chacun signé avec Washington »: « chacun » makes one event per
        subject, each with the other participants; for the types dealt between two sides (codebook
        `per_counterpart`), a subject dealing with several states makes one event per state; several
        states joining or sitting in one grouping are one membership each (`per_member`); a visit
        to several states (« une tournée au Mali, au Niger et au Burkina Faso ») is one visit to each, and
        counterparts told one after the other (« A à Ankara, puis B à Moscou ») one event each."""
        event_type = trigger.event_type
        root = clause_root(head)
        if event_type.host_from_place and trigger.words in event_type.host_triggers:
            # the states of capitals visited are destinations too (« à Bamako, à Niamey et à Ouagadougou »)
            places = {self.state_of_place(mention.key) for mention, _ in self.spans_of("PLACE")}
            destinations = [key for key in self.destinations(head) if key in participants or key in places]
            if len(destinations) >= 2:
                travellers = [key for key in participants if key not in destinations]
                return [(*travellers, key) for key in destinations] if travellers else [participants]
        if event_type.per_force and len(participants) >= 3:
            forces = self._forces_told_apart(participants)
            if forces:
                others = tuple(key for key in participants if key not in forces)
                return [(key, *others) for key in forces]
        if event_type.per_member and len(participants) >= 3:
            members = [key for key in participants if self.type_of(key) == "STATE"]
            groupings = [key for key in participants if self.type_of(key) != "STATE"]
            # « l'adhésion de la Suède »: the noun names whose membership it is
            owned = any(span.root.head.i == head.i and span.root.dep_ == "nmod" for _, span in self.spans_of("STATE"))
            # « Les trois pays sont membres de l'OTAN », « Paris n'a pas rejoint l'initiative, pas plus que
            # Varsovie ni Rome », « que l'Autriche a rejoint en 1995 et la Suisse en 1996 »: one each; not
            # « la Turquie a ratifié l'adhésion de la Suède »
            if len(groupings) == 1 and len(members) >= 2 and not owned:
                return [(key, *groupings) for key in members]
            if len(members) == 1 and len(groupings) >= 2 and not owned:
                # « La Hongrie est membre de l'OTAN et de l'Union européenne »: one membership of each
                return [(*members, key) for key in groupings]
        if len(participants) >= 3:  # a subject and at least two counterparts
            subject = [key for key in self.subject_actors(root, carry) if key in participants]
            counterparts = [key for key in participants if key not in subject]
            if (
                subject
                and len(counterparts) >= 2
                and (
                    # « il rencontrait Erdoğan à Ankara, puis, le lendemain, Vladimir Poutine à Moscou »
                    self._one_after_the_other(counterparts)
                    or (event_type.per_counterpart and all(self.type_of(key) == "STATE" for key in counterparts))
                )
            ):
                return [(*subject, key) for key in counterparts]
        if not any(fold(child.text) in DISTRIBUTIVE_WORDS for child in root.children):
            return [participants]
        subject = [key for key in self.subject_actors(root, carry) if key in participants]
        if len(subject) < 2:  # « chacun » itself often takes the subject's place in the parse
            subject = [key for key in self._subject_by_position(root, ACTOR_TYPES) if key in participants]
        others = tuple(key for key in participants if key not in subject)
        if len(subject) < 2:
            return [participants]
        return [(key, *others) for key in subject]

    def _forces_told_apart(self, participants: tuple[str, ...]) -> list[str]:
        """« des F-16 belges et des Mirage 2000 français », « ni les soldats turcs ni les forces russes »: the
        states of the participants told only by a nationality, each on a noun of its own; none unless there
        are two such and a party besides them (the host). Adjectives coordinated on one noun (« soldats
        français, italiens et roumains ») tell one force."""
        nouns: dict[str, set[int]] = {}
        for mention, span in self.spans:
            key = _actor_key(mention)
            if key not in participants:
                continue
            word = span.root
            while word.dep_ == "conj" and word.head.pos_ == "ADJ":
                word = word.head  # « français, italiens et roumains »: the first adjective's noun
            if word.dep_ == "amod" and fold(word.head.lemma_) in HOST_NOUNS:
                continue  # « la base lituanienne »: the host
            if word.dep_ != "amod" or word.pos_ != "ADJ" or word.head.pos_ not in ("NOUN", "PROPN"):
                nouns[key] = set()  # named otherwise too (« la France », « Paris »)
                continue
            nouns.setdefault(key, set()).add(word.head.i)
        apart = [key for key, heads in nouns.items() if len(heads) == 1]
        if len(apart) < 2 or len({next(iter(nouns[key])) for key in apart}) < len(apart):
            return []
        return apart if any(key not in apart for key in participants) else []

    def state_of_place(self, key: str) -> str:
        """The state a place of the sentence is in (« Ankara » → TUR), if known."""
        affiliation = next((m.affiliation for m in self.mentions if m.key == key and m.affiliation), "")
        return affiliation or self.roles.host_of(key)

    def _several_points(self) -> list[DateValue]:
        """The sentence's dated points and ranges, when it gives more than one date; else none."""
        points = [d for d in self.dates if d.kind in ("point", "range") and d.date_start]
        return points if len({d.date_start for d in points}) >= 2 else []

    def date_told_before(self, key: str) -> DateValue | None:
        """« Le 30 juillet, il rencontrait Erdoğan à Ankara, puis, le lendemain, Vladimir Poutine à Moscou »:
        the date told last before a counterpart met or visited in turn, when the sentence gives several."""
        points = self._several_points()
        if not points:
            return None
        starts = [span.start_char for mention, span in self.spans if _actor_key(mention) == key]
        if not starts:
            return None
        before = [d for d in points if d.end <= starts[0]]
        return before[-1] if before else None

    def date_told_after(self, key: str, others: set[str]) -> DateValue | None:
        """« que l'Autriche a rejoint en 1995 et la Suisse en 1996 »: the date told right after an actor
        coordinated with others (nothing but a preposition between them) and before the next of `others`,
        when the sentence gives several."""
        points = self._several_points()
        if not points:
            return None
        ends = [span.end_char for mention, span in self.spans if _actor_key(mention) == key and self._opens_a_gap(span)]
        if not ends:
            return None
        following = [
            span.start_char
            for mention, span in self.spans
            if _actor_key(mention) in others and span.start_char > ends[0]
        ]
        boundary = min(following, default=self.span.end_char)
        text, offset = self.text, self.span.start_char
        return next(
            (
                d
                for d in points
                if ends[0] <= d.start < boundary
                and fold(text[ends[0] - offset : d.start - offset].strip()) in ("", "en", "des", "depuis", "le")
            ),
            None,
        )

    def _opens_a_gap(self, span: Span) -> bool:
        """Whether a name opens a clause of its own with the verb left out (« et la Suisse en 1996 »): it
        comes, its article aside, right after « et », « puis » or a comma."""
        before = span.start - 1
        if before > self.span.start and self.doc[before].pos_ == "DET":
            before -= 1
        return before >= self.span.start and fold(self.doc[before].text) in ("et", ",", "puis")

    def _one_after_the_other(self, keys: list[str]) -> bool:
        """Whether these actors are told one after the other (« A à Ankara, puis B à Moscou »): each with
        its own event, not one event with all of them."""
        return any(
            _actor_key(mention) in keys
            and span.root.dep_ not in SUBJECT_DEPS
            and (
                any(child.dep_ == "cc" and child.lower_ == "puis" for child in span.root.children)
                or _with_each(span.root)
            )
            for mention, span in self.spans
        )

    def destinations(self, head: Token) -> list[str]:
        """The states a visit goes to, in the order told: named as places of the trigger (« au Mali »,
        « en Arabie saoudite »), or visited (« a visité le Kazakhstan et l'Ouzbékistan »)."""
        found = []
        top = head
        if head.pos_ not in NOMINAL_POS:  # « se rendre », « visiter »
            top = clause_root(head)
        elif head.head.pos_ == "VERB" and fold(head.head.lemma_) in TRAVEL_VERBS:
            top = head.head  # « a effectué une tournée au Mali »: the places hang from the verb
        # « s'est rendu successivement à Bamako, à Niamey et à Ouagadougou »: a capital stands for its state
        capitals = [(mention, span) for mention, span in self.spans_of("PLACE") if self.state_of_place(mention.key)]
        for mention, span in [*self.spans_of("STATE"), *capitals]:
            token = span.root
            if not _in_subtree(token, top) or token.dep_ in SUBJECT_DEPS:
                continue
            while token.dep_ == "conj" and not any(child.dep_ == "case" for child in token.children):
                token = token.head
            visited = token.head.i == head.i and token.dep_ == "obj"
            if visited or any(
                child.dep_ == "case" and fold(child.text) in DESTINATION_MARKERS for child in token.children
            ):
                found.append(_actor_key(mention) if mention.type == "STATE" else self.state_of_place(mention.key))
        return _unique(found)

    def _takes_part(self, token: Token, root: Token, trigger: Token) -> bool:
        """An actor of the trigger's clause that is not set apart (an adversary, a contrast, a source),
        nor in the setting, nor in a clause describing another actor."""
        dative = _dative_tied_to_a_modifier(token, trigger)
        return (
            (dative or self._same_clause(token, root, trigger))
            and not self.beyond_colon(token, trigger)
            and not _is_set_apart(token)
            and not _in_setting(token, trigger)
            and (dative or not _in_descriptive_clause(token, root, trigger, self.actor_tokens))
            and not _names_the_event(token, trigger)
            and not self._agent_of_description(token)
            and not _acting_on_the_parties(token, trigger)
            and not _topic_of(token, trigger)
        )

    @staticmethod
    def _same_clause(token: Token, root: Token, trigger: Token) -> bool:
        """In the trigger's clause, not in a clause of its own below it (« …, obligeant le Pakistan à
        reconsidérer sa posture »), unless the trigger is in that clause too, or that clause gathers the
        parties of the event the trigger names (« l'exercice Khaan Quest, qui a rassemblé des militaires
        de l'Inde et du Japon »)."""
        own = clause_root(token)
        if not _in_subtree(token, root):
            # « se retrouvent lors des exercices Felino, organisés par la CPLP »: the participle the parser
            # tied to the verb above
            return _agent_of_the_trigger(token, own, trigger) or _from_whom_after(token, root)
        return (
            own.i == root.i
            or _in_subtree(trigger, own)
            or (own.dep_ == "xcomp" and own.head.i == root.i)
            or _gathered_by(own, trigger, root) is not None
            or _destined(own, trigger)
            or _binds(own, trigger)
            or _agent_of_the_trigger(token, own, trigger)
            or _given_by(token, own, root)
        )

    def _agent_of_description(self, token: Token) -> bool:
        """« l'Organisation du traité de sécurité collective (OTSC) dirigée par Moscou »: the agent of a
        participle that follows an actor describes that actor."""
        if token.dep_ != "obl:agent" or "Part" not in token.head.morph.get("VerbForm"):
            return False
        i = token.head.i - 1
        while i >= self.span.start and self.doc[i].is_punct:
            i -= 1
        return i in self.actor_tokens

    def _joining_the_event(self, head: Token, types: frozenset[str]) -> list[str]:
        """« l'exercice Flintlock, organisé par les forces américaines, auquel le Burkina Faso et le Niger
        participaient »: the subject of a verb of taking part whose relative pronoun (« auquel », « à
        laquelle ») follows the event noun: the actors between the pronoun and the verb."""
        if head.pos_ != "NOUN":
            return []
        for i in range(head.i + 1, min(self.span.end, head.i + 12)):
            token = self.doc[i]
            if fold(token.text) not in RELATIVE_TO:
                continue
            if token.lower_.startswith("l") and fold(self.doc[i - 1].text) != "a":
                continue  # « laquelle » alone is no « to which »
            # the words up to the clause's verb are its subject, however the parse tied them
            verb = next((j for j in range(i + 1, min(self.span.end, i + 10)) if self.doc[j].pos_ == "VERB"), None)
            if verb is None or fold(self.doc[verb].lemma_) not in PARTICIPATION_VERBS:
                return []
            return _unique(key for j in range(i + 1, verb) for key in self.keys_at(j, types, subject=True))
        return []

    def _where_antecedent(self, root: Token, types: frozenset[str], carry: Carry) -> list[str]:
        """« avec le Tadjikistan, où elle dispose d'une base »: « où » stands for the actor before it,
        whatever noun the parse attached the clause to. When the clause names no actor as its subject
        (« Moscou s'est tourné vers le Soudan, où le projet de point d'appui… »), the subject of the clause
        naming that actor takes part too."""
        where = next((t for t in root.children if t.lower_ == "où"), None)
        if where is None:
            return []
        for i in range(where.i - 1, max(self.span.start, where.i - 6) - 1, -1):
            if self.doc[i].pos_ in ("VERB", "AUX"):
                break
            keys = self.keys_at(i, types, subject=True)
            if keys:
                if not self.subject_actors(root, carry, types):
                    keys = _unique([*self.governing_subject(self.doc[i], carry), *keys])
                return keys
        return []

    def _only_beside(self, i: int) -> bool:
        """Whether the actor at `i` is only where the event is near, off the coast of or at the border of:
        « une visite en Égypte, jusqu'à El-Arish, à proximité de la bande de Gaza »; « 105 véhicules blindés
        saisis en mer au large de la Libye » were given by no Libyan; « le dernier convoi a quitté Gao pour
        franchir la frontière nigérienne »; « des postes-frontières tadjiks le long de la frontière avec
        l'Afghanistan ». Near a capital is in its state (« des bombardiers russes se sont posés près de
        Caracas »)."""
        token = self.doc[i]
        return (_near(token) and not self._a_capital(i)) or _off_the_coast_of(token) or _at_the_border_of(token)

    def _a_capital(self, i: int) -> bool:
        """Whether the actor at `i` is named by its capital (« Caracas ») or is the demonym of one (« la
        capitale vénézuélienne »)."""
        token = self.doc[i]
        return any(m.method == "gazetteer:capital" for m in self.mentions_at.get(i, [])) or (
            token.dep_ == "amod" and fold(token.head.lemma_) == "capitale"
        )

    def place(self, root: Token, head: Token) -> tuple[str, str]:
        candidates = []
        for mention, span in self.spans_of("PLACE"):
            token = span.root
            if self.beyond_colon(token, head) or _is_binding(clause_root(token)):
                continue  # (« le traité qui le liait à Paris »: a party bound by a treaty, not where)
            locative = any(fold(c.text) in LOCATIVE_MARKERS for c in token.children if c.dep_ in ("case", "fixed"))
            # « le polygone d'essais de Sary-Chagan »: the place noun may govern the name through another noun
            of_place = token.dep_ in ("nmod", "appos") and (
                fold(token.head.lemma_) in PLACE_NOUNS
                or (token.head.dep_ == "nmod" and fold(token.head.head.lemma_) in PLACE_NOUNS)
            )
            if locative or of_place or fold(span.text).startswith(tuple(PLACE_NOUNS)):
                candidates.append((not _in_subtree(token, root), mention.start, mention))
        if root.dep_ == "conj" and any(child.dep_ in SUBJECT_DEPS for child in root.children):
            # « Moscou loue le polygone de Sary-Chagan, et les deux pays ont signé un accord »: a clause
            # joined with a subject of its own tells its own fact, in its own place
            candidates = [item for item in candidates if not item[0]]
        if not candidates:
            # « ont été livrés à Niamey », « a fait escale dans le port de La Havane »: with no other place,
            # a capital the clause names as where, which also stands for its state
            for mention, span in self.spans_of("STATE"):
                token = span.root
                if mention.method != "gazetteer:capital" or not _in_subtree(token, root):
                    continue
                if self.beyond_colon(token, head) or _in_clause_of_its_own(token, root, head):
                    continue
                # not whom something is given to (« livrés à Kiev »: Ukraine)
                at = fold(token.head.lemma_) not in RECIPIENT_HEADS and any(
                    fold(c.text) in ("a", "au") for c in token.children if c.dep_ in ("case", "fixed")
                )
                of_place = token.dep_ in ("nmod", "appos") and fold(token.head.lemma_) in PLACE_NOUNS
                if at or of_place:
                    return mention.key, mention.text
            return "", ""
        chosen = min(candidates, key=lambda item: item[:2])[2]
        return chosen.key, chosen.text

    def locations(self, roles: ActorRoles) -> list[str]:
        """The states the sentence names as places, in order: a state after a locative preposition
        (« à Djibouti », « au Tadjikistan ») and the state of a known place (« le port de Doraleh »);
        not a destination (« vers la Roumanie »)."""
        found = []
        for mention, span in self.spans_of("STATE", "PLACE"):
            if mention.method.startswith("rule:reference"):
                continue
            if mention.type == "PLACE":
                found.append(mention.affiliation or roles.host_of(mention.key))
            elif "+" not in mention.key and any(
                fold(c.text) in LOCATIVE_MARKERS - DIRECTION_MARKERS
                for c in span.root.children
                if c.dep_ in ("case", "fixed")
            ):
                found.append(mention.key)
        return _unique(found)

    def officials_at_home(self, participants: tuple[str, ...]) -> tuple[str, ...]:
        """« le ministre de la Défense Bjørn Arild Gram et l'ambassadeur américain… », in a paragraph about
        Norway: an official whose title names no state is one of the state the paragraph was telling of."""
        titled = {m.key for m in self.mentions if m.type == "PERSON" and m.role and not m.affiliation}
        if not titled & set(participants):
            return participants
        home = [state for state in self.paragraph_states if state not in participants]
        return tuple(home[0] if key in titled and home else key for key in participants)

    def governs_another_event(self, head: Token, trigger: Trigger, triggers: list[Trigger]) -> bool:
        """Whether the verb's object is an event of another type: a named exercise or another type's
        trigger (« a accueilli l'exercice », « a reçu une formation »)."""
        others = {t.start for t in triggers if t.event_type.code != trigger.event_type.code}
        for child in head.children:
            if child.dep_ != "obj":
                continue
            if child.i in others or any(m.type == "EXERCISE" for m in self.mentions_at.get(child.i, [])):
                return True
        return False

    def against_armed_group(self, head: Token) -> bool:
        """Whether the trigger acts « contre » an armed group the gazetteer knows or names one by its kind
        (« les groupes armés », « les jihadistes »), or the verb it is the object of does (« ont mené des
        frappes … contre les shebab »)."""
        phrases = [
            span.root for mention, span in self.spans_of("ORGANIZATION") if self.roles.is_armed_group(mention.key)
        ]
        phrases += [
            self.doc[i]
            for i in range(self.span.start, self.span.end)
            if not self.forms[i].isdisjoint(ARMED_GROUP_NOUNS) and self.doc[i].pos_ == "NOUN"
        ]
        for phrase in phrases:
            against = any(c.dep_ == "case" and fold(c.text) == "contre" for c in phrase.children)
            if against and (phrase.head.i == head.i or (head.dep_ == "obj" and phrase.head.i == head.head.i)):
                return True
        return False

    def places_on(self, head: Token, root: Token) -> bool:
        """Whether a place is a complement of the trigger or of its clause's verb."""
        return any(span.root.head.i in (head.i, root.i) for _, span in self.spans_of("PLACE"))

    def has_unknown_place(self) -> bool:
        """Whether the sentence names a place the gazetteer does not know (a known region that spans
        states, « l'Asie centrale », is no one's): « L'US Navy a rénové un hangar à Keflavík pour ses
        avions, qui y opèrent par rotations »."""
        return any(
            not mention.affiliation and not self.roles.knows(mention.key) for mention, _ in self.spans_of("PLACE")
        )

    def hosts(self, root: Token, roles: ActorRoles, head: Token) -> list[str]:
        """The states the known places of the clause belong to (« le Camp Lemonnier » → DJI, « à Lomé »
        → TGO)."""
        found = []
        for mention, span in self.spans_of("PLACE"):
            if (
                not self.beyond_colon(span.root, head)
                and not _is_set_apart(span.root)
                and not _near(span.root)  # « à proximité de la bande de Gaza »
                # « à la veille du sommet de Vilnius »: where a gathering was, not where the event is
                and not (fold(span.root.head.lemma_) in GATHERING_NOUNS and span.root.head.i != head.i)
            ):
                # (« verrou stratégique face à l'enclave russe de Kaliningrad »: no host)
                found.append((_in_subtree(span.root, root), mention.affiliation or roles.host_of(mention.key)))
        # the clause's own places first; else the known places of the sentence (« Les États-Unis
        # occupent le Camp Lemonnier, …, qui constitue leur seule base permanente »)
        return _unique(host for in_clause, host in found if in_clause) or _unique(host for _, host in found)

    def places_of_the_act(self, head: Token, root: Token, roles: ActorRoles) -> list[str]:
        """The states of the known places said to be where the trigger or its verb acts, with a locative
        preposition (« a annoncé à Naypyidaw la vente », « formés à Cherbourg »); not a place of another
        clause or of a setting (« après l'annexion de la Crimée »)."""
        found = []
        for mention, span in self.spans_of("PLACE", "STATE"):
            place = span.root
            if place.head.i not in (head.i, root.i) or place.dep_ not in ("obl:mod", "obl:arg", "obl", "nmod"):
                continue
            if any(child.dep_ == "case" and fold(child.text) in LOCATIVE_MARKERS for child in place.children):
                # a capital standing for its state (« À Pékin, le ministre japonais a rencontré son homologue »)
                found.append(
                    mention.key if mention.type == "STATE" else mention.affiliation or roles.host_of(mention.key)
                )
        return _unique(found)

    def named_things(self) -> frozenset[str]:
        """The exercises and weapon systems the sentence names."""
        exercises = {mention.key for mention, _ in self.spans_of("EXERCISE")}
        systems = {
            fold(span.text)
            for span in self.doc.spans.get(SYSTEMS_KEY, [])
            if self.span.start <= span.start < self.span.end
        }
        return frozenset(exercises | systems)

    @property
    def system_tokens(self) -> set[int]:
        """The tokens of the weapon systems the sentence names."""
        return {
            i
            for span in self.doc.spans.get(SYSTEMS_KEY, [])
            if self.span.start <= span.start < self.span.end
            for i in range(span.start, span.end)
        }

    def has_system(self) -> bool:
        return any(self.span.start <= span.start < self.span.end for span in self.doc.spans.get(SYSTEMS_KEY, []))

    def suppliers(self, root: Token, whole: bool = False) -> list[str]:
        """States whose industry makes the systems named in the clause (one origin each), not in a clause
        of its own below it (« a choisi le F-16 américain, renonçant au Rafale français »); with `whole`,
        in the whole sentence."""
        found = []
        for span in self.doc.spans.get(SYSTEMS_KEY, []):
            if self.span.start <= span.start < self.span.end and (
                whole or (_in_subtree(span.root, root) and not _in_subordinate_clause(span.root, root))
            ):
                if _replaced(span.root):
                    continue  # « l'achat de 24 avions doit remplacer les Mirage 2000P et les MiG-29 »: the old ones
                origins = span.kb_id_.split(COMPOUND_SEPARATOR)
                if len(origins) == 1 and origins[0]:
                    found.append(origins[0])
        return _unique(found)

    def organisers(self, head: Token, trigger: Trigger, roles: ActorRoles) -> list[str]:
        """The lead organiser of the named exercise the trigger names: the trigger itself (« Kazind
        (Kazakhstan) »), the name it governs (« l'exercice Interaction-2023 » → the CSTO) or the name it
        stands beside (« Steadfast Defender 2024, son plus vaste exercice » → NATO)."""
        itself, governed = [], []
        for mention, span in self.spans_of("EXERCISE"):
            if trigger.start <= span.start < trigger.end:
                itself.append(roles.lead_organiser(mention.key))
            elif (
                span.root.head.i == head.i
                or span.start == head.i + 1
                # « UNITAS, le plus ancien exercice naval », however the parser tied the apposition
                or (span.end == head.left_edge.i - 1 and self.doc[span.end].text == ",")
                or (
                    head.dep_ == "appos"
                    and (
                        head.head.i == span.root.i
                        # « la 65e édition d'UNITAS, le plus ancien exercice maritime »
                        or (span.root.head.i == head.head.i and fold(head.head.lemma_) in EDITION_NOUNS)
                    )
                )
            ):
                governed.append(roles.lead_organiser(mention.key))
        return _unique(itself or governed)

    def _dates_the_subject(self, clause: Token, trigger: Token) -> bool:
        """A participle opening the sentence describes the subject of the clause after it (« Signé en mars
        2018, un accord de soutien logistique ouvre aux armées l'accès à leurs installations »): its date
        is that of the subject, not of another event the clause tells."""
        if not (
            clause.dep_ in ("advcl", "acl")
            and _is_a_bare_participle(clause)
            and clause.left_edge.i == self.span.start
            and not _in_subtree(trigger, clause)
            # « Réunis à Tokyo en juillet 2024, les ministres sont convenus de… »: a meeting dates what it
            # decides
            and fold(clause.lemma_) not in GATHERING_VERBS | MEETING_PARTICIPLES
        ):
            return False
        main = clause_root(clause.head)
        subjects = [child for child in main.children if child.dep_ in SUBJECT_DEPS]
        return bool(subjects) and not any(_in_subtree(trigger, subject) for subject in subjects)

    def _dates_another_event(self, clause: Token, trigger: Token) -> bool:
        """A participial or relative clause on another noun whose verb is a trigger of its own (« le
        projet de point d'appui, prévu par un accord signé en 2020 »): its date is that event's. (A clause
        that is no event, « sa mission EUMAM, lancée en novembre 2022 », dates what it describes.)"""
        return (
            clause.i in self.trigger_starts
            and clause.dep_ in DESCRIPTIVE_CLAUSES
            and clause.head.pos_ in ("NOUN", "PROPN")
            and clause.head.i != trigger.i
            and not _in_subtree(trigger, clause)
            and not _signs_the_same(clause, trigger)
        )

    def _in_an_opening_step(self, token: Token, trigger: Token) -> bool:
        """In a participle opening the sentence that does not hold the trigger and tells no signing
        (« Approuvé lors d'un sommet le 8 mai 2023, le déploiement a débuté le 15 décembre 2023 »): the date
        of an earlier step; a signing dates the agreement it opens on (« Signé en mars 2018, un accord… »)."""
        clause = clause_root(token)
        return (
            clause.dep_ in ("advcl", "acl")
            and _is_a_bare_participle(clause)
            and clause.left_edge.i == self.span.start
            and not _in_subtree(trigger, clause)
            and fold(clause.lemma_) not in DATING_PARTICIPLES
        )

    @staticmethod
    def _in_a_described_step(token: Token, root: Token, trigger: Token) -> bool:
        """In a participle below the clause describing a noun, the trigger not in it (« un traité …,
        ratifié en octobre »); not one of signing, which dates an agreement (« Un accord similaire, signé
        en janvier 2023, est entré en vigueur en octobre »)."""
        node = token
        while node.i != root.i and node.head.i != node.i:
            if (
                node.dep_ in ("acl", "advcl")
                and _is_a_bare_participle(node)
                and node.i > trigger.i
                and not _in_subtree(trigger, node)
                and fold(node.lemma_) not in SIGNING_VERBS
            ):
                return True
            node = node.head
        return False

    def nearest_date(self, head: Token, root: Token) -> DateValue | None:
        """The date expression of the trigger's clause nearest to it; else the date of the nearest
        clause governing it (« En mars 2022, l'armée a mis en service des chasseurs livrés par Pékin,
        engagés en mai dernier »: March, not May); else the nearest in the sentence. Never the coverage
        of an agreement (« pour 2026-2030 »)."""
        usable = [d for d in self.dates if d.kind != "coverage"]
        if not usable:
            return None
        roots = {}
        founding: list[DateValue] = []
        for value in list(usable):
            span = self.doc.char_span(value.start, value.end, alignment_mode="expand")
            if span is not None and span.start > head.i and self.beyond_colon(span.root, head):
                # the date of a fact told after a colon; a date before one sets the scene for what the
                # colon brings (« annoncé lors de la visite … en juin 2023 : GE et HAL ont signé… »)
                usable.remove(value)
            elif span is not None and self._dates_another_event(clause_root(span.root), head):
                usable.remove(value)  # « prévu par un accord signé en 2020 »: the agreement's date
            elif span is not None and self.in_apposition(span.root, head):
                usable.remove(value)  # « Allié de Washington depuis 1952, Ankara a acheté… »: not the purchase's
            elif span is not None and self._dates_the_subject(clause_root(span.root), head):
                usable.remove(value)  # « Lancée en 2014, cette coalition réunit neuf pays »: its creation
            elif span is not None and _founded(clause_root(span.root), head):
                # « UNITAS, le plus ancien exercice naval, créé en 1959 »: not this edition
                founding.append(value)
                roots[value] = span.root
            elif span is not None:
                roots[value] = span.root
        if founding and len(founding) < len(roots):
            # the founding of what the event is an edition of, when the sentence tells another time
            roots = {value: token for value, token in roots.items() if value not in founding}
            usable = [value for value in usable if value not in founding]
        if not usable:
            return None

        def nearest(found: list[DateValue]) -> DateValue:
            return min(found, key=lambda value: abs(value.start - head.idx))

        in_clause = [
            value
            for value, token in roots.items()
            if _in_subtree(token, root) and not _in_clause_of_its_own(token, root, head)
        ]
        naming = [value for value in in_clause if _names_a_noun_by_date(value, self.doc, head)]
        if in_clause and len(naming) < len(in_clause):
            # « ont renouvelé en 2010 le texte de 1980 »: a date naming another noun (« de 1980 ») gives way
            # to one that dates the clause
            dating = [value for value in in_clause if value not in naming]
            # « Le 7 mai, ils ont signé un traité, ratifié en octobre »: a participle's date is another step;
            # so is an opening one's (« Approuvé le 8 mai 2023, le déploiement a débuté le 15 décembre »)
            own = [value for value in dating if not self._in_a_described_step(roots[value], root, head)]
            # (when the trigger is the subject the participle describes, only if the clause tells when it
            # happened: « Annoncée en 2022, la commande … a donné lieu à la livraison des premiers exemplaires
            # en novembre 2023 » is an order of 2022)
            subject = any(child.dep_ in SUBJECT_DEPS and _in_subtree(head, child) for child in root.children)
            if not subject or fold(root.lemma_) in HAPPENING_VERBS:
                own = [value for value in own if not self._in_an_opening_step(roots[value], head)]
            return nearest(own or dating)
        # « en juin 2023, lors d'une rencontre…, Sogavare a réclamé une révision du traité de 2017 », the first
        # date tied by the parser to the clause before: a clause whose only dates name nouns is dated by
        # the clause above it, else by its sentence, else by those names
        clause = root
        for _ in range(6):
            if clause.head.i == clause.i:
                break
            clause = clause_root(clause.head)
            governing = [
                value for value, token in roots.items() if clause_root(token).i == clause.i and value not in naming
            ]
            if governing:
                return nearest(governing)
        top = self.span.root
        elsewhere = [
            value
            for value in usable
            if (value not in roots or not _in_clause_of_its_own(roots[value], top, head)) and value not in naming
        ]
        if elsewhere:
            return nearest(elsewhere)
        return nearest(naming) if naming else None

    def carry(self, previous: Carry) -> Carry:
        root = self.span.root
        # not an adversary, a source or the setting (« La Pologne, qui réarme depuis l'invasion russe de
        # l'Ukraine, a signé… Un premier lot de contrats a suivi »)
        aside = {
            id(mention) for mention, span in self.spans if _is_set_apart(span.root) or _in_setting(span.root, root)
        }
        actors = tuple(_unique(_actor_key(m) for m in self.mentions if id(m) not in aside))
        points = [d for d in self.dates if d.kind != "coverage" and d.date_start]
        # the holders of a named exercise: the gazetteer's lead organiser, else the sentence's subject
        exercises = [mention.key for mention, _ in self.spans_of("EXERCISE")]
        organisers = _unique(self.roles.lead_organiser(key) for key in exercises)
        organisers = [key for key in organisers if key]
        if not actors:
            # a precise date with no one named sets the date of what the next sentence tells
            announced = next((d for d in points if d.granularity == "day"), None)
            return replace(previous, announced=announced, exercise=tuple(organisers) or previous.exercise)
        subject = tuple(self.subject_actors(self.span.root, previous))
        if subject and all(
            _with_partner(self.doc[i], self.span.root)
            for i in self.actor_tokens
            if set(self.keys_at(i, ACTOR_TYPES, True)) & set(subject)
        ):
            subject = previous.subject  # « Un accord similaire avec le Royaume-Uni… »: the topic stays
        if exercises and not organisers:
            organisers = list(subject)
        # the exercise stays the paragraph's until another is named
        return Carry(actors, subject, points[0] if points else None, exercise=tuple(organisers) or previous.exercise)


def _replaced(token: Token) -> bool:
    """Whether `token` is in what a verb of replacing replaces (« remplacer les MiG-29 », « succéder aux
    Mirage »)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("obj", "obl:arg") and fold(node.head.lemma_) in ("remplacer", "succeder", "relever"):
            return True
        node = node.head
    return False


def _signs_the_same(clause: Token, trigger: Token) -> bool:
    """« a conclu avec Washington un accord sur le statut des forces (SOFA), signé le 6 octobre 2023 »,
    « l'accord de coopération de défense ratifié en mars 2018 »: a signing or a ratification that describes a
    complement of the agreement the trigger names or concludes is that agreement's."""
    if fold(clause.lemma_) not in AGREEMENT_DATING_VERBS:
        return False
    nouns = [trigger, *(child for child in trigger.children if child.dep_ == "obj")]
    return any(_in_subtree(clause.head, noun) for noun in nouns)


def _with_each(token: Token) -> bool:
    """« s'est entretenu avec Paul Kagame et avec le président congolais »: the preposition told again
    before a conjunct makes two events, one with each."""
    phrase = token
    while phrase.dep_ in ("amod", "flat:name", "appos", "nmod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ == "conj" and all(
        any(fold(case.text) == "avec" for case in _cases(word)) for word in (phrase, phrase.head)
    )


def _is_the_head_of_state(token: Token) -> bool:
    """« le chef de l'État », with no state of its own (« le chef de l'État français » names one)."""
    return (
        fold(token.lemma_) == "chef"
        and any(fold(child.text) == "le" and child.dep_ == "det" for child in token.children)
        and any(
            child.dep_ == "nmod" and fold(child.text) == "etat" and not any(c.dep_ == "amod" for c in child.children)
            for child in token.children
        )
        and not any(child.dep_ == "amod" for child in token.children)
    )
