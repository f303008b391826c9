"""Typing of the statistical model's entities into codebook types, and rules for named exercises.

- PER → PERSON, without the leading title (« général Munir » → « Munir »);
- ORG → ORGANIZATION, LOC → PLACE, when the span holds a proper noun (headings and common nouns
  that the model tags, « Tensions », « État », are dropped);
- MISC → EXERCISE or INITIATIVE when its words or its left context say so, else dropped;
- « exercice(s) / manœuvres [conjoints] [tels que] X », and lists that follow (« X (Pays), Y (Pays)
  et Z »), « X, son plus vaste exercice », « X, exercice naval » and « la 53e édition de X » in a sentence
  about the military give EXERCISE spans, which win over the model's labels.
Gazetteer spans (already codebook types) are kept as they are."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..ids import fold
from .attributes import METHOD, STATE
from .words import folded_in, lowered_in

CODEBOOK_TYPES = {"STATE", "ORGANIZATION", "PERSON", "PLACE", "EXERCISE", "INITIATIVE"}
MODEL_LABELS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "PLACE"}

PERSON_TITLE_LIST = (
    "général",
    "générale",
    "président",
    "présidente",
    "ministre",
    "m.",
    "mme",
    "mr",
    "colonel",
    "amiral",
    "maréchal",
    "lieutenant",
    "lieutenant-colonel",
    "commandant",
    "capitaine",
    "chef",
    "premier",
    "secrétaire",
    "roi",
    "reine",
    "prince",
    "cheikh",
    "émir",
    "sultan",
    "dr",
    "pr",
    "gén.",
    "vice-amiral",
    "contre-amiral",
    "général de division",
    "chancelier",
    "homologue",
    "ambassadeur",
    "ambassadrice",
    "envoyé",
    "envoyée",
    "émissaire",
    "porte-parole",
)
PERSON_TITLES = frozenset(fold(word) for word in PERSON_TITLE_LIST)
TITLE_WORDS = frozenset(word.lower() for word in PERSON_TITLE_LIST)
# Words that make a name an organisation or an agreement whatever the model's label.
COMPANY_WORDS = frozenset(
    fold(word)
    for word in (
        "electric",
        "systems",
        "system",
        "group",
        "groupe",
        "aerospace",
        "industries",
        "industry",
        "corporation",
        "company",
        "limited",
        "ltd",
        "inc",
        "sa",
        "gmbh",
        "technologies",
        "dynamics",
        "aviation",
        "holding",
    )
)
ORGANIZATION_NOUNS = frozenset(
    fold(word)
    for word in (
        "société",
        "entreprise",
        "groupe",
        "constructeur",
        "industriel",
        "firme",
        "compagnie",
        "coentreprise",
        "consortium",
        "fabricant",
        "agence",
        "institut",
        "fondation",
        "organisation",
        "mission",
        "coalition",
        "milice",
        "mouvement",
        "unité",
        "brigade",
        "force",
        "forces",
    )
)
PLACE_CONTEXT_NOUNS = frozenset(
    fold(word)
    for word in (
        "aérodrome",
        "aéroport",
        "cosmodrome",
        "village",
        "localité",
        "district",
        "oblast",
        "province",
        "comté",
        "quartier",
        "ville",
        "région",
        "base",
        "port",
        "site",
        "camp",
        "polygone",
        "île",
        "golfe",
        "détroit",
        "vallée",
        "plateau",
        "désert",
        "col",
        "frontière",
        "corridor",
        "canal",
        "fleuve",
        "lac",
        "mer",
        "baie",
    )
)
EXERCISE_HEADS = frozenset({"exercice", "manœuvre", "manoeuvre", "opération", "operation"})
INITIATIVE_WORDS = frozenset(
    fold(word)
    for word in (
        "initiative",
        "stratégie",
        "programme",
        "plan",
        "loi",
        "traité",
        "pacte",
        "doctrine",
        "projet",
        "accord",
        "partenariat",
        "facilité",
        "fonds",
        "mécanisme",
        "corridor",
        "route",
        "routes",
        "vision",
        "charte",
        "agreement",
        "treaty",
        "program",
        "programme",
        "strategy",
        "pact",
        "partnership",
        "framework",
        "facility",
    )
)
EDITION_WORDS = frozenset({"édition", "éditions"})
# Words of a sentence about armed forces, which make « la 53e édition de BALTOPS » an exercise.
MILITARY_WORDS = frozenset(
    fold(word)
    for word in (
        "militaire",
        "exercice",
        "manœuvre",
        "armée",
        "marine",
        "naval",
        "aérien",
        "troupe",
        "soldat",
        "force",
        "navire",
        "frégate",
        "amphibie",
    )
)
# Words allowed between an exercise noun and the name: « exercices conjoints tels que Kazind ».
_EXERCISE_GAP = frozenset(
    {
        "tel",
        "tels",
        "telle",
        "telles",
        "que",
        "«",
        "»",
        '"',
        "baptisé",
        "baptisée",
        "baptisés",
        "nommé",
        "nommée",
        "dit",
        "appelé",
        "appelée",
        ":",
        "comme",
        "notamment",
        "annuel",
        "annuels",
        "annuelle",
        "annuelles",
    }
)


@Language.factory(
    "veille_entity_types",
    assigns=["doc.ents", "span._.veille_method"],
    requires=["doc.ents", "token.pos", "token.lemma"],
)
def make_entity_types(nlp: Language, name: str):
    return EntityTyper()


def _has_proper_noun(span: Span) -> bool:
    return any(token.pos_ in ("PROPN", "X") or (token.text.isupper() and len(token.text) > 1) for token in span)


def _has_keyword(words: set[str], keywords: frozenset[str]) -> bool:
    """A keyword among the words, allowing a typo in long words (« Belt Road Intiative »)."""
    if words & keywords:
        return True
    return any(
        len(word) >= 7 and fuzz.ratio(word, keyword) >= 88
        for word in words
        for keyword in keywords
        if abs(len(word) - len(keyword)) <= 1
    )


_YEARISH = re.compile(r"\d{4}")


def _names_a_vessel(doc: Doc, span: Span) -> bool:
    """A name right after a kind of ship or a naming participle (« la frégate Yahagi », « le porte-avions
    Cavour », « baptisés Gamal Abdel Nasser et Anwar El Sadat »), or a span the model opened with such
    a participle (« Rebaptisée Tahya Misr, … »)."""
    if fold(span[0].lemma_) in VESSEL_WORDS:
        return True
    i = span.start - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0:
        return False
    before = fold(doc[i].lemma_)
    if before in ("et", "puis") and i > 0 and doc[i - 1].ent_type_ == "PER":
        # « baptisés Gamal Abdel Nasser et Anwar El Sadat »: as the name before
        start = i - 1
        while start > 0 and doc[start].ent_iob_ != "B" and doc[start - 1].ent_type_ == "PER":
            start -= 1
        return _names_a_vessel(doc, doc[start:i])
    return before in VESSEL_WORDS


CLASS_WORDS = frozenset({"classe", "type"})


def _names_a_class(doc: Doc, span: Span) -> bool:
    """A name right after « classe » or « type » (« de classe Guardian », « de type Scorpène »): the design
    of a ship or a weapon."""
    return span.start > 0 and doc[span.start - 1].lower_ in CLASS_WORDS


def _is_noise(span: Span) -> bool:
    """Spans the model tags that are no entity: a date (« Mi-2025 »), a capitalised word opening a
    sentence (« Créé en 2022… »), a lone common noun."""
    if _YEARISH.search(span.text):
        return True
    first = span[0]
    return len(span) == 1 and first.is_sent_start and first.pos_ not in ("PROPN", "X")


# Kinds of ships and the participles that name one: the name after them is a ship's.
VESSEL_WORDS = frozenset(
    {
        "fregate",
        "corvette",
        "sous-marin",
        "navire",
        "batiment",
        "porte-avions",
        "porte-helicopteres",
        "destroyer",
        "patrouilleur",
        "croiseur",
        "baptiser",
        "rebaptiser",
    }
)
# Words after which « à Kiev » names the recipient of something, not a place.
RECIPIENT_HEADS = frozenset(
    fold(word)
    for word in (
        "livrer",
        "livraison",
        "vendre",
        "vente",
        "fournir",
        "fourniture",
        "envoyer",
        "envoi",
        "exporter",
        "céder",
        "cession",
        "don",
        "donner",
        "aide",
        "assistance",
        "soutien",
        "transférer",
        "transfert",
        "offrir",
        "proposer",
        "accorder",
        "octroyer",
        "promettre",
        "allouer",
        "verser",
        "apporter",
    )
)


EVENT_NOUNS = frozenset(
    fold(word)
    for word in (
        "sommet",
        "réunion",
        "visite",
        "conférence",
        "rencontre",
        "cérémonie",
        "salon",
        "forum",
        "entretien",
        "signature",
        "session",
        "marge",  # « en marge du sommet du Conseil de l'Europe à Reykjavik »
        "défilé",
        "exercice",
        "manœuvre",
        "déploiement",
    )
)


# Nouns that name a text when a proper name follows: « la charte du Liptako-Gourma », « l'accord de
# Minsk », « la loi « Sur la défense territoriale » ».
TEXT_NOUNS = frozenset(
    fold(word)
    for word in (
        "traité",
        "charte",
        "pacte",
        "accord",
        "accords",
        "protocole",
        "convention",
        "mémorandum",
        "déclaration",
        "loi",
        "doctrine",
        "stratégie",
        "initiative",
        "programme",
        "format",
        "processus",
        "plan",
    )
)


def _with_named_texts(doc: Doc, spans: list[Span]) -> list[Span]:
    """Named texts as INITIATIVE, over the place they are named after (« charte du Liptako-Gourma »)."""
    by_start = {span.start: span for span in spans}
    found: list[Span] = []
    for i in folded_in(doc, TEXT_NOUNS):
        token = doc[i]
        nxt = token.i + 1
        if nxt + 1 < len(doc) and doc[nxt].lower_ in ("de", "du", "d'", "d’") and doc[nxt + 1].text != "la":
            name = by_start.get(nxt + 1)
            if name is not None and name.label_ == "PLACE":
                found.append(Span(doc, token.i, name.end, label="INITIATIVE"))
        elif nxt < len(doc) and doc[nxt].text == "«":
            close = next((j for j in range(nxt + 1, min(nxt + 12, len(doc))) if doc[j].text == "»"), None)
            if close is not None and close > nxt + 1 and doc[nxt + 1].is_title:
                found.append(Span(doc, nxt + 1, close, label="INITIATIVE"))
    if not found:
        return spans
    for span in found:
        span._.set(METHOD, "rule:named-text")
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [span for span in spans if span.label_ != "PLACE" or not taken.intersection(range(span.start, span.end))]
    blocked = {i for span in kept for i in range(span.start, span.end)}
    return sorted(
        kept + [span for span in found if not blocked.intersection(range(span.start, span.end))],
        key=lambda span: span.start,
    )


PARTICIPLE_ENDINGS = ("é", "és", "ée", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues")


def _opening_participle(token: Token) -> bool:
    """« Réunis à Kuala Lumpur, les ministres… »: a participle opening the sentence, which the model
    sometimes tags as a proper noun."""
    return token.is_sent_start and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.lower_.endswith(PARTICIPLE_ENDINGS)


# Gatherings named by the city that held them (« le sommet de Vilnius », « la conférence de Munich »,
# « le salon de Farnborough »): the capital there is the city.
GATHERING_NOUNS = frozenset(fold(word) for word in ("sommet", "conférence", "salon", "forum", "session"))

# Verbs whose « à » complement is where something is, arrives or stays (« a fait escale à La Havane »,
# « sont arrivés à Niamey »), not to whom something goes.
STAY_VERBS = frozenset(
    fold(word)
    for word in (
        "arriver",
        "débarquer",
        "accoster",
        "atterrir",
        "stationner",
        "baser",
        "déployer",
        "installer",
        "séjourner",
        "mouiller",
        "tenir",
        "réunir",
        "dérouler",
        "rendre",
        "poser",
        "ouvrir",
    )
)


def _stays_at(verb: Token) -> bool:
    """« arriver à », « se rendre à », « faire escale à »."""
    lemma = fold(verb.lemma_)
    if lemma == "faire":
        return any(fold(child.text) in ("escale", "etape", "relache") for child in verb.children)
    return lemma in STAY_VERBS


def _capital_as_place(span: Span) -> Span:
    """« réunis à Niamey », « au Caire »: a capital after « à » is the city, a place; « Moscou a signé »
    and « livrées à Kiev » keep the state."""
    if span._.get(METHOD) != "gazetteer:capital" or span.start == 0:
        return span
    before = span.doc[span.start - 1]
    token = span.root
    if token.dep_ == "conj":  # « à Berlin, puis à Paris »: as its first conjunct
        token = token.head
    head = token.head
    if before.lower_ in ("de", "d'", "d’") and fold(head.lemma_) in GATHERING_NOUNS and head.i < span.start:
        return _as_place(span)  # « à la veille du sommet de Vilnius »: the city it was held in
    if before.lower_ not in ("à", "a", "au") or fold(head.lemma_) in RECIPIENT_HEADS:
        return span
    if token.dep_ == "obl:arg" and not _stays_at(head):
        return span  # « a proposé à Alger », « fait appel à Moscou »: the government; « a fait escale à La Havane »
    # Where something happens (« signé à Bamako », « le sommet de l'OTAN à Vilnius »); « les
    # alternances politiques à Washington » speaks of the government.
    if head.pos_ not in ("VERB", "AUX") and fold(head.lemma_) not in EVENT_NOUNS and not _opening_participle(head):
        return span
    return _as_place(span)


def _as_place(span: Span) -> Span:
    place = Span(span.doc, span.start, span.end, label="PLACE")
    place._.set(METHOD, "gazetteer:capital-as-place")
    place._.set(STATE, span.kb_id_)
    return place


def _extend_name(doc: Doc, span: Span) -> Span:
    """The model sometimes cuts a name: « General [Electric] ». Take in adjacent capitalised proper
    nouns that belong to no other entity."""
    start, end = span.start, span.end
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and not doc[start - 1].is_sent_start
        and doc[start - 1].lower_ not in TITLE_WORDS
    ):
        start -= 1
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].ent_type_
        and not doc[end].is_sent_start
    ):
        end += 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _context_noun(doc: Doc, span: Span) -> str:
    """The common noun a name depends on or stands beside: « la société Edgewing », « l'aérodrome
    voisin de Chabelley » → société, aérodrome."""
    root = span.root
    if (
        root.dep_ in ("nmod", "appos", "flat:name", "flat", "obl:mod", "nummod")
        and root.head.pos_ == "NOUN"
        and not span.start <= root.head.i < span.end
    ):
        return fold(root.head.lemma_)
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].pos_ in ("ADP", "DET", "ADJ", "PUNCT") and doc[i].text != ",":
        i -= 1
    if i >= 0 and span.start - i <= 3 and doc[i].pos_ == "NOUN":
        return fold(doc[i].lemma_)
    return ""


def _acronym_of(doc: Doc, span: Span, nouns: frozenset[str]) -> bool:
    """« l'accord de coopération de défense mutuelle (MDCA) »: a name in brackets right after a phrase
    headed by one of `nouns` is that phrase's acronym."""
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    token = doc[span.start - 2]
    for _ in range(6):
        if token.pos_ == "NOUN" and fold(token.lemma_) in nouns:
            return True
        if token.dep_ not in ("nmod", "amod", "acl", "flat:name", "fixed") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _strip_person(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    # Titles are compared with their accents: « Général » is a title, « General Electric » a name.
    while start < end and (doc[start].lower_ in TITLE_WORDS or doc[start].is_punct or doc[start].pos_ == "DET"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end or not _has_proper_noun(doc[start:end]):
        return None
    return Span(doc, start, end, label="PERSON")


def _is_year(token: Token) -> bool:
    """A year closing a name (« Zapad 2021 »)."""
    return token.like_num and len(token.text) == 4


def _proper_run(doc: Doc, start: int) -> int:
    """End of a name starting at `start`: proper nouns, hyphens and a trailing year."""
    end = start
    while end < len(doc) and (
        doc[end].pos_ == "PROPN" or doc[end].text in ("-", "‐") or (end > start and doc[end].dep_ == "flat:name")
    ):
        end += 1
    if end < len(doc) and end > start and _is_year(doc[end]):
        end += 1
    return end


def _exercise_name_end(doc: Doc, start: int) -> int:
    """End of an exercise's name: the capitalised words after the first, whatever the model tags them
    (« Steadfast Defender 2024 », « Maritime Security Belt 2025 »), not a name the gazetteer knows,
    then a trailing year."""
    end = start + 1
    while end < len(doc) and (
        doc[end].pos_ == "PROPN" or doc[end].text in ("-", "‐") or (doc[end].is_title and doc[end].is_alpha)
    ):
        if doc[end].ent_type_ and doc[end].ent_iob_ == "B":
            break
        end += 1
    if end < len(doc) and _is_year(doc[end]):
        end += 1
    return end


def _named_before(doc: Doc, head: int) -> tuple[int, int] | None:
    """« l'OTAN conduit Steadfast Defender 2024, son plus vaste exercice »: the name the exercise noun
    stands beside, as (start, end), when the noun opens an apposition after it."""
    i = head - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "ADV") and head - i <= 4:
        i -= 1
    if i >= 1 and doc[i].pos_ == "DET" and doc[i - 1].text == ",":
        end = i - 1  # « Steadfast Defender 2024, son plus vaste exercice »
    elif i >= 1 and doc[i].text == ",":
        end = i  # « BALTOPS, exercice naval annuel »
    else:
        return None
    start = end
    if start > 0 and _is_year(doc[start - 1]):
        start -= 1
    year = start
    while start > 0 and _capitalised(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    if start == year or any(doc[k].ent_type_ in ("STATE", "ORGANIZATION", "PERSON") for k in range(start, end)):
        return None
    if start > 0 and doc[start - 1].pos_ == "ADP":
        return None  # « depuis la base navale, à Djeddah, l'exercice Red Wave 7 »: a place
    return start, end


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or (token.is_upper and len(token) > 1))


def _edition_of(doc: Doc, head: int) -> tuple[int, int] | None:
    """« la 53e édition de BALTOPS », « une nouvelle édition d'African Lion »: the name of what has
    editions, in a sentence about the military (a fair or a summit has editions too)."""
    i = head + 1
    if i + 1 >= len(doc) or fold(doc[i].text) not in ("de", "d'", "du"):
        return None
    start = i + 1
    if not _capitalised(doc[start]) or doc[start].ent_type_ in ("STATE", "ORGANIZATION", "PERSON", "PLACE"):
        return None
    sentence = doc[head].sent
    if not any(fold(token.lemma_) in MILITARY_WORDS for token in sentence):
        return None
    end = start + 1
    while end < len(doc) and _capitalised(doc[end]) and doc[end].ent_iob_ != "B":
        end += 1
    if end < len(doc) and _is_year(doc[end]):
        end += 1
    return start, end


def _name_start(token) -> bool:
    return token.pos_ == "PROPN" or (
        token.is_title and not token.is_sent_start and token.pos_ not in ("DET", "ADP", "PRON")
    )


# Words of an office between a title and a name: « le ministre de la Défense turc, Yaşar Güler ».
OFFICE_WORDS = frozenset(
    fold(word)
    for word in (
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l'",
        "d'",
        ",",
        "défense",
        "armée",
        "armées",
        "affaires",
        "étrangères",
        "intérieur",
        "sécurité",
        "nationale",
        "national",
        "état-major",
        "état",
        "major",
        "-",
        "adjoint",
        "adjointe",
        "chef",
        "premier",
        "première",
        "vice",
        "général",
        "générale",
        "forces",
        "force",
        "terre",
        "air",
        "marine",
        "aérospatiales",
        "conseil",
        "conseiller",
        "délégué",
        "déléguée",
        "république",
        "gouvernement",
        "parti",
        "commandement",
        "stratégique",
        "opérations",
        "renseignement",
        "garde",
        "nationale",
        "en",
        "exercice",
    )
)


def _person_after_title(doc: Doc, title: int, occupied: set[int]) -> Span | None:
    """« le président du Kazakhstan Kassym-Jomart Tokaïev » → « Kassym-Jomart Tokaïev »."""
    j = title + 1
    limit = min(len(doc), title + 10)
    while j < limit:
        token = doc[j]
        if token.is_space or "\n" in token.text:
            return None
        if token.ent_type_ in ("STATE", "ORGANIZATION"):
            j += 1
            continue
        if fold(token.text) in OFFICE_WORDS or fold(token.text) in PERSON_TITLES:
            j += 1
            continue
        break
    else:
        return None
    start = j
    while (
        j < len(doc)
        and j - start < 5
        and j not in occupied
        and ((doc[j].is_title and doc[j].is_alpha) or (doc[j].text in ("-", "‐") and j > start))
    ):
        j += 1
    while j > start and doc[j - 1].text in ("-", "‐"):
        j -= 1
    if j == start or any(doc[i].pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT", "X", "VERB") for i in range(start, j)):
        return None
    if j - start == 1 and doc[start].pos_ != "PROPN":
        return None
    span = Span(doc, start, j, label="PERSON")
    span._.set(METHOD, "rule:title")
    return span


class EntityTyper:
    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        rule_spans = self._exercise_spans(doc)
        gazetteer_tokens = {i for ent in doc.ents if ent.label_ in CODEBOOK_TYPES for i in range(ent.start, ent.end)}
        # « Le premier Rafale qatari »: a military system after a title word is no person
        gazetteer_tokens |= {i for span in doc.spans.get("veille_systems", []) for i in range(span.start, span.end)}
        for i in lowered_in(doc, TITLE_WORDS):
            person = _person_after_title(doc, i, gazetteer_tokens)
            if person is not None:
                rule_spans.append(person)
        for ent in doc.ents:
            if ent.label_ in CODEBOOK_TYPES:
                kept.append(ent)
                continue
            typed = self._type_model_span(doc, ent)
            if typed is not None:
                typed._.set(METHOD, "ner")
                kept.append(typed)
        # Rule spans win over the model's spans, never over the gazetteer's.
        gazetteer = [span for span in kept if span._.get(METHOD).startswith("gazetteer")]
        occupied = {i for span in gazetteer for i in range(span.start, span.end)}
        rules = [span for span in rule_spans if not occupied.intersection(range(span.start, span.end))]
        for span in rules:
            # set only now: an extension value is stored by offsets and label, and a rule span over a
            # gazetteer name (« Kazind-2023 ») would overwrite the method of the gazetteer's span
            if span.label_ == "EXERCISE":
                span._.set(METHOD, "rule:exercise")
        rule_tokens = {i for span in rules for i in range(span.start, span.end)}
        # A military system (« TB2 ») is no organisation, whatever the model says.
        rule_tokens |= {i for span in doc.spans.get("veille_systems", []) for i in range(span.start, span.end)}
        from_gazetteer = {id(span) for span in gazetteer}
        model = [
            span
            for span in kept
            if id(span) not in from_gazetteer and not rule_tokens.intersection(range(span.start, span.end))
        ]
        final = [_capital_as_place(span) for span in filter_spans(gazetteer + rules + model)]
        doc.ents = _with_named_texts(doc, final)
        return doc

    def _type_model_span(self, doc: Doc, ent: Span) -> Span | None:
        ent = _extend_name(doc, ent)
        trimmed = _strip_person(ent) if ent.label_ == "PER" else self._trim(doc, ent)
        if trimmed is None or not _has_proper_noun(trimmed) or _is_noise(trimmed):
            return None
        if ent.label_ == "PER" and _names_a_vessel(doc, trimmed):
            return None  # « la frégate Yahagi », « rebaptisée Tahya Misr »: a ship, no person
        if _names_a_class(doc, trimmed):
            return None  # « un patrouilleur de classe Guardian », « de type Soryu »: a design, no entity
        words = {fold(token.text) for token in trimmed}
        label = MODEL_LABELS.get(ent.label_, "")
        # The words of the name and the noun it depends on say more than the model's label:
        # « General Electric », « la société Edgewing », « l'aérodrome de Chabelley », « Defence Cooperation
        # Agreement », « l'exercice Balikatan ».
        context = _context_noun(doc, trimmed)
        left = {fold(token.lemma_) for token in doc[max(0, trimmed.start - 3) : trimmed.start]}
        if (
            _has_keyword(words, INITIATIVE_WORDS)
            or context in INITIATIVE_WORDS
            or _acronym_of(doc, trimmed, INITIATIVE_WORDS)
        ):
            label = "INITIATIVE"
        elif words & COMPANY_WORDS or context in ORGANIZATION_NOUNS:
            label = "ORGANIZATION"
        elif context in PLACE_CONTEXT_NOUNS:
            label = "PLACE"
        elif left & EXERCISE_HEADS and ent.label_ in ("MISC", "LOC", "ORG") and doc[trimmed.start - 1].pos_ != "ADP":
            label = "EXERCISE"  # not « des manœuvres interarmées de Tan-Tan », a place
        if not label:
            return None
        return Span(doc, trimmed.start, trimmed.end, label=label)

    @staticmethod
    def _trim(doc: Doc, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "ADP"):
            end -= 1
        return doc[start:end] if start < end else None

    def _exercise_spans(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        for head in folded_in(doc, EXERCISE_HEADS):
            token = doc[head]
            i = token.i + 1
            # adjectives and list openers between the noun and the name
            while i < len(doc) and i - token.i <= 5 and (doc[i].pos_ == "ADJ" or fold(doc[i].text) in _EXERCISE_GAP):
                i += 1
            if i >= len(doc) or not _name_start(doc[i]) or doc[i].ent_type_ in ("STATE", "ORGANIZATION"):
                continue
            end = _exercise_name_end(doc, i)
            spans.append(self._exercise(doc, i, end))
            spans.extend(self._list_continuation(doc, end))
        for head in folded_in(doc, EXERCISE_HEADS):
            named = _named_before(doc, head)
            if named is not None:
                spans.append(self._exercise(doc, *named))
        for head in lowered_in(doc, EDITION_WORDS):
            named = _edition_of(doc, head)
            if named is not None:
                spans.append(self._exercise(doc, *named))
        return spans

    @staticmethod
    def _exercise(doc: Doc, start: int, end: int) -> Span:
        return Span(doc, start, end, label="EXERCISE")  # its method is set once it is kept

    def _list_continuation(self, doc: Doc, i: int) -> list[Span]:
        """« X (Kazakhstan), Y (Kirghizstan) et Z (Ouzbékistan) »: the names after the first."""
        found = []
        while i < len(doc):
            if doc[i].text == "(":
                close = next((j for j in range(i, min(i + 8, len(doc))) if doc[j].text == ")"), None)
                if close is None:
                    break
                i = close + 1
            if i < len(doc) and doc[i].text in (",", "et", "ou", ";"):
                i += 1
                if i < len(doc) and doc[i].text == "et":
                    i += 1
            else:
                break
            if i >= len(doc) or not _name_start(doc[i]) or doc[i].ent_type_ in ("STATE", "ORGANIZATION"):
                break
            end = _proper_run(doc, i) if doc[i].pos_ == "PROPN" else i + 1
            found.append(self._exercise(doc, i, end))
            i = end
        return found
