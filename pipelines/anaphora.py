"""Actors named by reference rather than by name, resolved against the sentences before:
- a counted group: « les trois pays », « les deux parties », « les dirigeants des quatre pays » → that
  many states named before it in the same sentence, else the last sentence that named exactly that many;
- a definite or possessive reference: « le pays », « ce pays » → the state named last; « y » → the
  state last named as a place (« à Djibouti », « près du port de Doraleh »), else the state the
  document's title names, else the state named last, and the mission operating there that the last
  sentences named (« La FINUL … L'Irlande y entretient 350 soldats »);
  « son pays », « ses forces », « sa doctrine » at the start of a sentence → the subject of the sentence
  before; so does the possessive of an event noun (« Depuis leur adhésion à l'OTAN »), which stays
  the event's trigger;
- the object pronoun of joining or leaving (« la Suède l'a rejointe ») → the organisation or initiative
  named in the last two sentences; so does a definite noun of a grouping without a complement of its own
  (« l'organisation », « cette organisation », « cet organe » → an organisation; « le pacte », « le
  programme » → an initiative, else an organisation);
- a definite noun of a maker with no name of its own (« le constructeur », « l'industriel », « le
  groupe ») → the company named in the last two sentences;
- « Celle-ci », « celui-ci » opening a sentence → the state of the person the sentence before ended on
  (« … la secrétaire américaine à la Sécurité intérieure, Kristi Noem. Celle-ci a conclu… »).
The resolved actors are extra mentions for the event extractor; they are not written to mentions.csv."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from .components.words import folded
from .dates import MONTHS
from .ids import fold
from .mentions import POSSESSIVES
from .records import Mention

NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
GROUP_NOUNS = frozenset(
    {
        "pays",
        "parties",
        "partenaires",
        "etats",
        "juntes",
        "capitales",
        "gouvernements",
        "allies",
        "signataires",
        "armees",
        "voisins",
        "membres",
        "dirigeants",
        "nations",
        "hommes",
        "ministres",
        "presidents",
        "delegations",
        "marines",
    }
)
# the parts of a country that say where (« dans l'ouest du pays », « la capitale du pays »)
PART_NOUNS = frozenset({"nord", "sud", "est", "ouest", "centre", "capitale", "cote", "littoral", "interieur"})
VISIT_WORDS = frozenset({"visite", "tournee", "deplacement", "rendre", "visiter", "voyage"})
COUNTRY_NOUNS = frozenset({"pays", "etat", "royaume", "emirat", "sultanat", "archipel"})
# Any state; the others say which kind. « émirat » too: the emirates of the press (Qatar, Koweït)
# are « État » by their official names.
GENERIC_COUNTRY_NOUNS = frozenset({"pays", "etat", "emirat"})
POSSESSED_NOUNS = frozenset(
    {
        "pays",
        "armee",
        "armees",
        "forces",
        "territoire",
        "sol",
        "gouvernement",
        "doctrine",
        "diplomatie",
        "marine",
        "marines",
        "militaires",
        "aviation",
        "industrie",
        "president",
        "ministre",
        "capitale",
        "frontiere",
        "frontieres",
        "soldats",
        "troupes",
    }
)
# « Depuis leur adhésion à l'OTAN en 2004 »: an event whose possessive names its party
EVENT_NOUNS = frozenset({"adhesion"})
POSSESSED_NOUNS |= EVENT_NOUNS
# « l'organisation », « le pacte » alone: the grouping named just before (an organisation for the
# first set, an initiative or else an organisation for the second).
ORGANIZATION_NOUNS = frozenset({"organisation", "alliance", "confederation", "bloc", "coalition", "organe", "forum"})
INITIATIVE_NOUNS = frozenset({"pacte", "programme", "partenariat", "initiative"})
# « Fincantieri multiplie les contrats. Le constructeur a vendu… »: a definite noun of a maker, with no
# name or complement of its own, stands for the company named just before.
COMPANY_NOUNS = frozenset(
    {"constructeur", "industriel", "avionneur", "motoriste", "missilier", "chantier", "fabricant", "groupe"}
)
DEFINITE_WORDS = frozenset({"le", "la", "l'", "ce", "cet", "cette", "au", "du"})
# « y participer », « s'y associer »: « y » is the object of a verb taking « à » (the exercise, the
# project), not a place.
Y_OBJECT_VERBS = frozenset(
    {"participer", "associer", "adherer", "contribuer", "prendre", "repondre", "renoncer", "opposer", "joindre"}
)
LOOKBACK = 6
# « l'a rejointe », « la quitter »: the object of joining or leaving is an organisation.
CLITIC_OBJECTS = frozenset({"l'", "la", "le", "les"})
JOINING_VERBS = frozenset({"rejoindre", "integrer", "reintegrer", "quitter"})
# « Celle-ci », « celui-ci » opening a sentence: the person the sentence before ended on
DEMONSTRATIVE_PRONOUNS = frozenset({"celle", "celui"})
# Every word a reference starts with: the other words of a sentence need no closer look.
REFERENCE_WORDS = (
    frozenset(NUMBERS)
    | {"y"}
    | DEMONSTRATIVE_PRONOUNS
    | COUNTRY_NOUNS
    | POSSESSED_NOUNS
    | CLITIC_OBJECTS
    | ORGANIZATION_NOUNS
    | INITIATIVE_NOUNS
    | COMPANY_NOUNS
)


def state_kinds(names: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """For each noun of a kind of state (« royaume », « sultanat »), the states whose name says they
    are one (« Royaume du Maroc », « Royaume-Uni »), from (state id, name) pairs."""
    kinds: dict[str, set[str]] = {}
    for state, name in names:
        first = fold(name).replace("-", " ").split(" ")[0]
        if first in COUNTRY_NOUNS - GENERIC_COUNTRY_NOUNS:
            kinds.setdefault(first, set()).add(state)
    return {noun: frozenset(states) for noun, states in kinds.items()}


@dataclass
class ActorHistory:
    """States named in the sentences read so far, most recent last."""

    sentences: list[list[str]] = field(default_factory=list)
    subjects: list[list[str]] = field(default_factory=list)
    organizations: list[list[tuple[str, str]]] = field(default_factory=list)  # (key, type)
    companies: list[list[str]] = field(default_factory=list)  # the companies each sentence named
    locations: list[tuple[int, list[str]]] = field(default_factory=list)  # (paragraph, states named as places)
    document_host: str = ""  # the one state the document's title names, if any
    document_group: tuple[str, ...] = ()  # the states the document's title names
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # « royaume » → the kingdoms (state_kinds)
    known_states: frozenset[str] = frozenset()  # the gazetteer's state ids, to tell a person's state
    mission_hosts: dict[str, str] = field(default_factory=dict)  # mission id → the state it operates in
    company_homes: dict[str, set[str]] = field(default_factory=dict)  # company id → its industry's state
    # the grouping each noun last stood for (« cette coalition » → JEF), with the sentence it was read in
    called: dict[str, tuple[tuple[str, str], int]] = field(default_factory=dict)
    # the state of the person the last sentence ended on (« … Kristi Noem. Celle-ci… »), if it ended on one
    last_person: str = ""

    def add(
        self,
        states: list[str],
        subject: list[str],
        organizations: Iterable[tuple[str, str]] = (),
        locations: Iterable[str] = (),
        paragraph: int = 0,
        companies: Iterable[str] = (),
        last_person: str = "",
    ) -> None:
        self.last_person = last_person
        self.companies.append(list(companies))
        self.sentences.append(states)
        self.subjects.append(subject)
        self.organizations.append(list(organizations))
        self.locations.append((paragraph, list(locations)))

    def states_of_paragraph(self, paragraph: int) -> list[str]:
        """The states named in the paragraph's earlier sentences, the latest first."""
        in_paragraph = takewhile(
            lambda item: item[1][0] == paragraph, zip(reversed(self.sentences), reversed(self.locations), strict=True)
        )
        return _latest_first(states for states, _ in in_paragraph)

    def locations_of_paragraph(self, paragraph: int) -> list[str]:
        """The states the paragraph's earlier sentences named as places (« au Kosovo »), the latest first."""
        in_paragraph = takewhile(lambda item: item[0] == paragraph, reversed(self.locations))
        return _latest_first(states for _, states in in_paragraph)

    def recent_locations(self) -> list[str]:
        """The states the last sentences named as places, whatever their paragraph, the latest first."""
        return _latest_first(states for _, states in reversed(self.locations[-LOOKBACK:]))

    def last_location(self, paragraph: int = 0) -> list[str]:
        """What « y » stands for: the state last named as a place in the paragraph, else the title's
        state, else the state named last."""
        for found_in, states in reversed(self.locations[-LOOKBACK:]):
            if found_in == paragraph and states:
                return states[-1:]
        return [self.document_host] if self.document_host else self.last_state()

    def last_organization(
        self, types: tuple[str, ...] = ("ORGANIZATION", "INITIATIVE"), lookback: int = 2
    ) -> list[tuple[str, str]]:
        """The grouping of one of `types` named last in the last `lookback` sentences."""
        for found in reversed(self.organizations[-lookback:]):
            kept = [item for item in found if item[1] in types]
            if kept:
                return kept[-1:]
        return []

    def last_company(self, lookback: int = 2) -> list[str]:
        """The company named last in the last `lookback` sentences."""
        for found in reversed(self.companies[-lookback:]):
            if found:
                return found[-1:]
        return []

    def last_company_of(self, state: str, lookback: int = 2) -> list[str]:
        """The company named last in the last `lookback` sentences, when it is one of `state`'s industry
        or the gazetteer does not tell whose it is."""
        company = self.last_company(lookback)
        homes = self.company_homes.get(company[0], set()) if company else set()
        return company if company and (not homes or state in homes) else []

    def mission_in(self, states: list[str]) -> list[tuple[str, str]]:
        """The mission named last in the last sentences, when it operates in one of `states` (« La FINUL
        aligne 10 000 Casques bleus … L'Irlande y entretient 350 soldats »: in Lebanon, within the force)."""
        for found in reversed(self.organizations[-LOOKBACK:]):
            missions = [item for item in found if item[0] in self.mission_hosts]
            if missions:
                return missions[-1:] if self.mission_hosts[missions[-1][0]] in states else []
        return []

    def group_of(self, size: int, paragraph: int = 0, before: Sequence[str] = ()) -> list[str]:
        """What « les deux pays » stands for: the last group of that many states the paragraph named
        in one sentence; else fewer states named just before it (`before`, in its own sentence) or in the
        paragraph, with the states the text names most (« Avec l'Inde, le lien est avant tout naval : les
        deux marines… », « Le Chili coopère surtout avec l'Argentine. […] les deux marines »); else the
        states the title names, when they are that many (« Paris et Londres, de Lancaster House à
        Northwood »: a text about two countries calls them so throughout); else the last such group of
        the sentences before."""
        recent = list(zip(self.sentences[-LOOKBACK:], self.locations[-LOOKBACK:], strict=True))
        for states, (found_in, _) in reversed(recent):
            if found_in == paragraph and len(states) == size:
                return states
        told = list(before) or self.states_of_paragraph(paragraph)
        if 0 < len(told) < size:
            others = self.most_named(excluding=frozenset(told))
            if len(told) + len(others) >= size:
                return [*told, *others][:size]
        if len(self.document_group) == size:
            return list(self.document_group)
        for states, _ in reversed(recent):
            if len(states) == size:
                return states
        return []

    def last_state(self, noun: str = "", excluding: frozenset[str] = frozenset()) -> list[str]:
        """The state named last; for a noun of a kind of state (« le royaume »), the last one of that
        kind when `kinds` knows it; not one of `excluding`."""
        allowed = self.kinds.get(noun)
        for states in reversed(self.sentences[-LOOKBACK:]):
            kept = [state for state in states if (allowed is None or state in allowed) and state not in excluding]
            if kept:
                return kept[-1:]
        return []

    def most_named(self, excluding: frozenset[str] = frozenset()) -> list[str]:
        """The states named so far, the one named in most sentences first."""
        counts = Counter(state for states in self.sentences for state in dict.fromkeys(states))
        return [state for state, _ in counts.most_common() if state not in excluding]

    def last_subject(self) -> list[str]:
        for subject in reversed(self.subjects[-2:]):
            if subject:
                return subject
        return []


def _latest_first(groups: Iterable[list[str]]) -> list[str]:
    """The states of sentences given from the latest back, each once, the latest first."""
    found: list[str] = []
    for states in groups:
        found.extend(state for state in reversed(states) if state not in found)
    return found


def reference_candidates(doc: Doc) -> list[int]:
    """The tokens of `doc` that may be references, in order: a word of REFERENCE_WORDS, found by its
    hash over the document's distinct words rather than token by token."""
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()
    words = {orth for orth in set(orths) if folded(strings, orth) in REFERENCE_WORDS}
    return [i for i, orth in enumerate(orths) if orth in words]


# « à Moscou », « au Mali », « en Inde », « dans le pays »: a state named as where something is
_AT = frozenset({"a", "au", "aux", "en", "dans"})


def _located_before(sent: Span, token: Token, named: list[Mention]) -> list[str]:
    """« …puis Vladimir Poutine à Moscou ; il s'y est aussi entretenu avec… »: « y » stands for the state
    the sentence named as a place last before it; nothing when that place is no state (the caller then
    looks further back)."""
    doc = sent.doc
    for mention in sorted(named, key=lambda m: m.start, reverse=True):
        if mention.start >= token.idx or mention.type not in ("STATE", "PLACE"):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start == sent.start:
            continue
        before = doc[span.start - 1]
        if before.pos_ == "DET" and span.start - 1 > sent.start:
            before = doc[span.start - 2]  # « à la », « dans le »
        if fold(before.text) not in _AT:
            continue
        return [mention.key] if mention.type == "STATE" and "+" not in mention.key else []
    return []


def resolve_references(
    sent: Span,
    sent_id: int,
    doc_id: str,
    named: list[Mention],
    history: ActorHistory,
    set_apart: frozenset[int] = frozenset(),
    paragraph: int = 0,
    candidates: list[int] | None = None,
    text: str | None = None,
) -> list[Mention]:
    """Extra mentions for the references of a sentence, one per actor they stand for. `set_apart`:
    tokens that cannot be antecedents (« Contrairement au traité signé par Moscou avec Pyongyang, … »);
    `paragraph`: where the sentence stands, for « y », which points to a place of its own paragraph;
    `candidates`: the document's `reference_candidates` and `text` the sentence's, when the caller has
    them."""
    found: list[Mention] = []
    set_apart_chars = [(sent.doc[i].idx, sent.doc[i].idx + len(sent.doc[i])) for i in set_apart]
    # Span.text is rebuilt from the tokens on every access: the caller's copy when it has one
    sentence_text, offset = sent.text if text is None else text, sent.start_char
    first_named = min((m.start for m in named if m.type in ("STATE", "ORGANIZATION")), default=sent.end_char)
    strings = sent.doc.vocab.strings
    if candidates is None:
        candidates = reference_candidates(sent.doc)
    for i in candidates[bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)]:
        token = sent.doc[i]
        word = folded(strings, token.orth)
        if any(m.start <= token.idx < m.end for m in named):
            continue  # a word of a name (« le Royaume-Uni », « l'Alliance des États du Sahel »)
        keys: list[str] = []
        within: list[tuple[str, str]] = []
        start, end = token.idx, token.idx + len(token.text)
        if word in NUMBERS and token.i + 1 < sent.end and fold(sent.doc[token.i + 1].text) in GROUP_NOUNS:
            noun = sent.doc[token.i + 1]
            determiner = sent.doc[token.i - 1] if token.i > sent.start else None
            if determiner is not None and fold(determiner.text) in ("les", "ces", "des"):
                # « Au Kazakhstan, Moscou loue le polygone de Sary-Chagan, et les deux pays ont signé… »:
                # the states named before it in the same sentence come first.
                # (« le général Chanegriha et le général Langley ont signé…, une première entre les deux
                # pays »: the states the persons stand for)
                before = list(
                    dict.fromkeys(
                        m.key if m.type == "STATE" else m.affiliation
                        for m in named
                        if (
                            m.type == "STATE"
                            or (m.type == "PERSON" and m.affiliation in history.known_states)
                            # the capital visited stands for its state (« lors d'une visite de Sheikh Hasina à
                            # New Delhi, les deux pays… »), not a capital hosting others (« à Pékin, les deux… »)
                            or (m.type == "PLACE" and m.affiliation in history.known_states and _visited(sent, m))
                        )
                        and m.end <= determiner.idx
                        and not any(start <= m.start < end for start, end in set_apart_chars)
                    )
                )
                if len(before) == NUMBERS[word]:
                    keys = before
                else:
                    named_states = [key for key in before if key in {m.key for m in named if m.type == "STATE"}]
                    keys = history.group_of(NUMBERS[word], paragraph, named_states)
                persons = {m.affiliation for m in named if m.type == "PERSON" and m.end <= determiner.idx}
                if 0 < len(before) < NUMBERS[word] and set(before) <= persons and not set(before) <= set(keys):
                    # « Lors de la visite d'Emmanuel Macron, les deux pays ont signé… »: the one whose leader
                    # is named here and the one the story is about, the state the text has named most so far
                    others = history.most_named(excluding=frozenset(before))
                    if len(before) + len(others) >= NUMBERS[word]:
                        keys = [*before, *others][: NUMBERS[word]]
                start, end = determiner.idx, noun.idx + len(noun.text)
        elif word in DEMONSTRATIVE_PRONOUNS and token.i == sent.start and _followed_by_ci(token):
            # « … la secrétaire américaine à la Sécurité intérieure, Kristi Noem. Celle-ci a conclu à Quito un
            # accord »: the person the sentence before ended on (not « … un plan d'action. Celui-ci prévoit… »)
            keys = [history.last_person] if history.last_person else []
            end = sent.doc[token.i + 2].idx + len(sent.doc[token.i + 2].text)
        elif word == "y" and token.pos_ == "PRON" and fold(token.head.lemma_) not in Y_OBJECT_VERBS:
            # « L'Italie y entretient une base »: there; and within the mission operating there that the
            # last sentences named (« La FINUL … L'Irlande y entretient quelque 350 soldats »)
            keys = _located_before(sent, token, named) or history.last_location(paragraph)
            within = history.mission_in(keys)
        elif word in COUNTRY_NOUNS and token.i > sent.start and fold(sent.doc[token.i - 1].text) not in POSSESSIVES:
            determiner = sent.doc[token.i - 1]
            following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
            names_another = following is not None and fold(following.text) in ("de", "du", "d'", "des")
            where = token.i > sent.start + 1 and fold(sent.doc[token.i - 2].text) in ("dans", "sur", "en")
            # « à Żagań, dans l'ouest du pays »: a part of the country says where too
            part_of = (
                fold(determiner.text) == "du"
                and token.i > sent.start + 1
                and fold(sent.doc[token.i - 2].lemma_) in PART_NOUNS
            )
            where = where or part_of
            # « des ventes d'armes au royaume », « la marine du royaume »: « au » and « du » are definite too
            definite = (
                fold(determiner.text) in ("le", "ce", "cet", "au", "du")
                or (fold(determiner.text) == "l'" and where)
                or part_of
            )
            if definite and not names_another:
                # « des militaires indiens stationnés dans l'archipel »: where they are is not whose they are
                before = {m.key for m in named if m.type == "STATE" and m.end <= token.idx}
                # « déployés dans le pays »: the one state the title names, else the state the last sentences
                # placed things in; « dans le royaume » only in a kingdom
                allowed = history.kinds.get(word)
                located = [
                    state
                    for state in [history.document_host, *history.recent_locations()]
                    if state and state not in before and (allowed is None or state in allowed)
                ]
                keys = (
                    located[:1]
                    if where and located
                    else history.last_state(word, frozenset(before) if where else frozenset())
                )
                start = determiner.idx
        elif word in POSSESSED_NOUNS and token.i > sent.start and fold(sent.doc[token.i - 1].text) in POSSESSIVES:
            # « le Premier ministre Nikol Pachinian a annoncé que son pays… », « la junte du général Tiani a
            # dénoncé l'accord qui encadrait la présence américaine sur son sol »: the state of the person
            # named last before it; with no one named, the subject of the sentences before, when no state
            # or organisation of the sentence comes first
            determiner = sent.doc[token.i - 1]
            speakers = [m for m in named if m.type == "PERSON" and m.affiliation and m.end <= determiner.idx]
            if speakers:
                keys = [speakers[-1].affiliation]
            elif token.idx < first_named:
                keys = history.last_subject()
            start = determiner.idx
            if word in EVENT_NOUNS:
                end = determiner.idx + len(determiner.text)  # the noun stays the event's trigger
        typed = [(key, "STATE") for key in keys] + within
        # « les deux parties » may stand for the parties of the meeting just told, and takes its date;
        # « y », « le pays », « le pacte » name a place, a state, a grouping, and bring no date
        method = "rule:reference-group" if word in NUMBERS else "rule:reference"
        if word in COMPANY_NOUNS and _bare_definite(token):
            # « Le constructeur a vendu en 2020 à l'Égypte deux frégates FREMM »
            typed = [(key, "ORGANIZATION") for key in history.last_company()]
            start = sent.doc[token.i - 1].idx if typed else start
        elif word in COMPANY_NOUNS and (nationality := _nationality_of(token, named)) is not None:
            # « Rheinmetall pèse plus lourd encore. En août 2020, la Hongrie a signé avec le groupe allemand un
            # contrat »: the company just named, when it is of that state's industry; the nationality is then
            # the company's, no party of its own
            typed = [(key, "ORGANIZATION") for key in history.last_company_of(nationality.key)]
            if typed:
                start, end = sent.doc[token.i - 1].idx, nationality.end
        if word in ORGANIZATION_NOUNS or word in INITIATIVE_NOUNS:
            typed = _grouping(token, history)
            start = sent.doc[token.i - 1].idx if typed and fold(sent.doc[token.i - 1].text) != "au" else start
        if (
            not keys
            and token.pos_ == "PRON"
            and token.dep_ == "obj"
            and word in CLITIC_OBJECTS
            and fold(token.head.lemma_) in JOINING_VERBS
        ):
            typed = history.last_organization()  # « la Suède l'a rejointe »: the Alliance just named
        for key, entity_type in typed:
            found.append(
                Mention(
                    doc_id=doc_id,
                    index=-1,
                    text=sentence_text[start - offset : end - offset],
                    type=entity_type,
                    key=key,
                    name=key,
                    start=start,
                    end=end,
                    sentence_id=sent_id,
                    method=method,
                )
            )
    return found


def _followed_by_ci(token: Token) -> bool:
    """« Celle-ci », split by the tokenizer into « Celle », « - », « ci »."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and fold(doc[token.i + 2].text) == "ci"


def _visited(sent: Span, mention: Mention) -> bool:
    """Whether a place is where a visit goes (« une visite à New Delhi »)."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and fold(span.root.head.lemma_) in VISIT_WORDS


def _agrees(word, noun) -> bool:
    """Whether a participle agrees in gender and number with a noun, as far as both say."""
    for feature in ("Gender", "Number"):
        mine, its = word.morph.get(feature), noun.morph.get(feature)
        if mine and its and mine != its:
            return False
    return True


def _bare_definite(token) -> bool:
    """« le constructeur », « l'industriel » alone: a definite noun with no name, adjective or complement
    of its own (not « le constructeur turc Baykar », « le groupe de Ramstein », « le groupe aéronaval »)."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "PROPN") or token.i == 0 or fold(doc[token.i - 1].text) not in DEFINITE_WORDS:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("PROPN", "ADJ"):
        return False
    return not any(
        child.dep_ in ("amod", "nmod", "appos", "flat:name", "nummod", "acl", "acl:relcl") for child in token.children
    )


def _nationality_of(token: Token, named: list[Mention]) -> Mention | None:
    """The state a definite noun is said to be of by the one adjective after it, with no name of its own
    (« le groupe allemand », « l'industriel sud-coréen »; not « le groupe allemand Rheinmetall »)."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i == 0 or fold(doc[token.i - 1].text) not in DEFINITE_WORDS:
        return None
    if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "ADJ":
        return None
    adjective = doc[token.i + 1]
    if token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "PROPN":
        return None
    return next((m for m in named if m.type == "STATE" and m.start == adjective.idx), None)


def _tells_when(token: Token) -> bool:
    """« entrer dans l'Alliance en avril 2023 »: a date the parser hung on the noun says when, and is no
    complement of the noun's own."""
    return token.like_num or fold(token.text) in MONTHS


def _grouping(token, history: ActorHistory) -> list[tuple[str, str]]:
    """« Le Japon n'a pas adhéré au pacte », « entrer dans l'Alliance »: a definite noun of a grouping,
    capitalised or not, with no complement of its own (not « le programme japonais », « la coalition
    consacrée aux F-16 », « l'organisation d'exercices », « le pacte AUKUS ») stands for the grouping
    the text already called so (remembered in `history.called`), else the grouping named last."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "PROPN") or token.i == 0 or fold(doc[token.i - 1].text) not in DEFINITE_WORDS:
        return []
    if any(
        child.dep_ in ("amod", "nmod", "appos", "flat:name", "nummod") and not _tells_when(child)
        for child in token.children
    ):
        return []
    if any(child.dep_ == "acl" and _agrees(child, token) for child in token.children):
        return []  # « la coalition consacrée aux F-16 », not « les exercices de l'organisation prévus »
    word = fold(token.text)
    now = len(history.sentences)
    called, when = history.called.get(word, (None, -1))
    if called is not None and now - when <= LOOKBACK:
        # « cette coalition réunit neuf pays … les alliés de l'OTAN … le sommet de la coalition »: the
        # grouping the text already called so, not the one named last
        found = [called]
    elif word in ORGANIZATION_NOUNS:
        found = history.last_organization(("ORGANIZATION",), LOOKBACK)
    else:
        found = history.last_organization(("INITIATIVE",), LOOKBACK) or history.last_organization(
            ("ORGANIZATION",), LOOKBACK
        )
    if found:
        history.called[word] = (found[-1], now)
    return found
