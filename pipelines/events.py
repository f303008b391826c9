"""Cooperation events from an analysed Doc: codebook triggers, arguments from the dependency parse,
place, date and status from the trigger's clause.

For each trigger of the codebook found in a sentence (headings excepted):
- participants are the actors (states, organisations, persons standing for the state they represent)
  of the trigger's own clause, plus the subject of the governing clause when the trigger's clause has
  none (« L'Inde intensifie…, participant à des exercices… »); a pronoun subject (« Elle entretient… »)
  stands for the actor subject of an earlier clause of its sentence, else of the sentence before, and
  one that provides (« Il prévoit des exercices ») for the agreement the paragraph told;
  « où » for the actor before it; « lui » for the recipient named before it; a participle's subject is
  the noun it describes (« des militaires indiens stationnés dans l'archipel »); references (« les
  trois pays », « le pays », « y », « son armée ») for the actors they refer to (anaphora.py);
- left out: actors in a clause that describes another actor (« l'OTSC, dirigée par Moscou »), in a
  contrast (« Contrairement à la Russie, … »), adversaries (« contre l'État islamique »), sources
  (« selon l'Institut de Stockholm »), the setting (« en marge de », « en présence de », « pendant
  l'escale russe »), what the event goes without (« sans mandat de l'ONU »), the agent of what befell
  the parties (« blessés par des manifestants »), companies and armed groups unless they are the
  subject, companies when a state takes part (except a company selling to its buyers), a state that
  only says where a company is from (« le constructeur turc Baykar »), the event a clause is dated by
  (« après le sommet entre… », « depuis l'invasion russe de l'Ukraine »), who sanctions, threatens or
  fires (« des sanctions américaines »), who reports, condemns, denounces or welcomes the event (« Londres
  a condamné le déploiement… »; a treaty « dénoncé » is renounced by its party), what an actor is to
  another in an apposition (« Le Brésil, allié du Royaume-Uni, ») and the actors of a clause describing
  the subject;
- some parser errors on names are undone: two names joined by « et » that the parser split into the
  head of the sentence (or a word hanging on the verb) and the subject of its verb, or made two
  subjects; the second party of « entre X et Y » made the subject of the next verb; a recipient « à/au »
  tied to a bare participle describing the object (« a livré des drones armés au Qatar »); a verb in -e
  read as a noun (« forme depuis 2020 »), a verb in -tenir left unlemmatised (« maintient »); a date
  tied to the object after it (« accueille depuis 2017 une base »); a verb joined to a relative clause
  has its relative subject (« avec Ankara, qui a signé un accord … et déployé des militaires »);
- a bare noun opening the sentence up to a comma describes the subject after it: a trigger there has
  that subject as a party (« Membre fondateur de l'OTAN en 1949, l'Islande… »), and for the other
  triggers its actors and dates are none of theirs (« Allié de Washington depuis 1952, Ankara a acheté
  des S-400 à la Russie »);
- « les deux pays » with no pair named in its paragraph are the states the title names; the names and
  titles right before a verb the parser left alone are its subject; a participle opening the sentence
  and its trigger noun pool their parties (« Signé … par le ministre danois …, l'accord … »);
- the agent of a participle on the trigger noun does the event (« l'exercice organisé par le Brésil »);
  whom a verb of help or sending is for takes part in the event its infinitive tells (« aide le Brésil à
  lutter contre le terrorisme », « a envoyé des forces spéciales au Brésil pour combattre… »);
- a mission stands for the organisation that leads it (organizations.tsv parent: EUTM Mali → EU), a
  national command for its state (AFRICOM → USA); the state a mission operates in (host column)
  takes part in its presence and training;
- assistance and training given by a subject to several states, arms one state buys from or sells to
  several, the states a grouping gathers (« la coalition rassemblait les armées du Nigeria, du Niger… »),
  are one event per state (codebook `per_counterpart`);
- a trigger noun that names its own parties (« l'adhésion de la Suède à l'OTAN ») has those parties, and
  so does a participle on it saying whom it is for (« une enveloppe … destinée à la solde des militaires
  libanais »);
- when the sentence names no actor at all, the actors and the date of the sentence before carry over,
  and a trigger of a type the paragraph has told needs no context word of its own (« … S-400. Les
  livraisons ont commencé fin 2021 »);
  one party of the paragraph's last bilateral event of the type is a later step of that event, between
  the same parties (« Les premiers avions ont été livrés le 25 avril 2024 à l'armée de l'air croate »);
  a new subject doing « à son tour » what the paragraph told, naming no partner of its own, deals with
  the told event's counterparts (« La Lettonie a commandé à son tour six lanceurs »), and so does one
  following suit (« Le Qatar a suivi en mai 2015 », « Emmanuel Macron lui a emboîté le pas »);
- the codebook adds the host of a base (the state of a known place; for a place the gazetteer does not
  know, or none named, the state the paragraph was telling of) to a presence, and the supplier of a
  named system (« Rafale » → FRA) to an arms transfer; a sale with only its seller named, in a
  sentence naming no other state, is to the state the title names before its colon (« Taïwan : … »;
  codebook `counterpart_from_title`, method suffix « +title », lower confidence); with one state named,
  the state of the place where the act happens is the other side (« a annoncé à Naypyidaw la vente »;
  codebook `counterpart_from_place`, method suffix « +place »); « en » as the object
  of a sale (« Taipei en a commandé 29 ») stands for the systems the sentence before named;
- a named exercise followed by a state in brackets (« Kazind (Kazakhstan) ») gives an exercise event
  with that state and the clause's subject; a named exercise taken part in, hosted or led is a trigger
  of its own (« ont pris part à Balikatan »); what the rest of the paragraph tells of the exercise
  (« y participent », an unnamed exercise on no other date) joins its row; « la prochaine édition »
  is another edition with the parties of the one told; leaders of two states who are together the
  subject of a verb have met (« Shigeru Ishiba et Ferdinand Marcos Jr sont convenus… », method
  « rule:joint-leaders »), when no word of the clause says a meeting;
- the place is a PLACE introduced by a locative preposition or a place noun; the date is the date
  expression of the clause nearest the trigger, else of the clause governing it, never the coverage of
  an agreement, nor the date of a participle opening the sentence for another event than its subject
  (« Signé en mars 2018, un accord … ouvre l'accès… »: the agreement's date, not the access's); a day
  or a month without a year takes the year of the last date told, unless that was a bare year told in
  an earlier paragraph or more than a year before the text's date, and one that falls after the text's
  date goes back a year when the event has happened; the status comes from cue words,
  negation, governing verbs and the verb's mood and tense: a conditional (known by its spelling, which
  the model reads as an imperfect) is hypothetical, or planned when it tells what was announced (« a
  annoncé que le Canada achèterait »), and a verb of intent or commitment governing the infinitive
  that tells the event makes it planned (« a décidé d'acquérir », « se sont engagés à organiser »), so
  does the near future (« va livrer ») and a date, written with its year in the sentence, after the
  text's date;
- a participle with a date of its own describing what an event is about is another step of it between
  the same parties (« a acheté à la France des frégates, commandées en 2007 et livrées en 2014 »: the
  order and the delivery).
A trigger with a demonstrative (« ces manœuvres ») refers back and adds nothing, unless the exercise it
refers to was named without its parties; a verb whose object is another event (« a accueilli
l'exercice ») tells that event; a numbered unit (« la 1re brigade d'assistance ») names who acts; the
same type, participants and status again in one paragraph is one event, unless it has another date
or names another exercise or weapon system (« …24 Rafale. Paris a aussi revendu au Caire deux
Mistral »); a presence of one actor with no host, no place and nothing planned, denied or supposed
makes no row, nor do forces on their own soil or at their own border, a contingent there for an
exercise, equipment delivered, or an armed group; forces making up a group are not trained
(« forment la Brigade d'intervention »); troops, a mission or a base leaving end a presence (negated).
The codebook sets how many participants each type needs and which entity types may take part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span, Token

from .anaphora import ActorHistory, reference_candidates, resolve_references, state_kinds
from .codebook import Codebook, EventType
from .components.entity_types import GATHERING_NOUNS, PERSON_TITLES
from .components.gazetteer_matcher import COMPOUND_SEPARATOR, SYSTEMS_KEY
from .dates import MONTHS, find_dates, first_day
from .gazetteer import Gazetteer
from .ids import fold
from .records import DateValue, EventRecord, Mention

CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "acl:relcl", "parataxis", "csubj", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl:subj"})
DESCRIPTIVE_CLAUSES = frozenset({"acl", "acl:relcl"})
EDITION_YEAR = re.compile(r"[\s-]((?:19|20)\d\d)$")
YEAR_OR_RANGE = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")
JOINERS = frozenset({"et", "puis", ",", "(", ")"})
DISTRIBUTIVE_WORDS = frozenset({"chacun", "chacune"})
SETTING_NOUNS = frozenset({"marge", "presence"})  # « en marge de », « en présence de »
TOUR_NOUNS = frozenset({"tournee"})  # the states toured set the scene for what happens on the way
# « Pendant l'escale russe de juin, le navire-école vénézuélien faisait relâche à Santiago de Cuba »: the
# event these prepositions date the clause by is told elsewhere; its actors take no part in this one.
TIME_SETTING_PREPOSITIONS = frozenset({"pendant", "durant"})
# « depuis l'invasion russe de l'Ukraine », « après le sommet entre Donald Trump et Kim Jong-un »: an
# event these date the clause by, when a common noun names it
EVENT_SETTING_PREPOSITIONS = frozenset({"apres", "avant", "depuis"})
# a sentence opening on these tells when, not who (« Fin juillet, … », « Chaque année, … »)
OPENING_TIME_WORDS = frozenset({"fin", "debut", "mi", "courant", "chaque", "lendemain", "veille", "jusque", "lors"})
TIME_UNITS = frozenset({"jour", "semaine", "mois", "an", "annee", "heure", "decennie", "siecle"})
# Prepositions that set an actor apart from the event: an adversary (« contre »), a contrast or an
# exception (« contrairement à », « à l'instar de », « sauf »), a source (« selon le SIPRI »).
HOSTILE_NOUNS = frozenset({"sanction", "menace", "invasion", "agression", "incursion", "embargo", "tir"})
SET_APART_MARKERS = frozenset({"contre", "face", "contrairement", "instar", "sauf", "excepte", "selon"})
PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
DATIVE_PRONOUNS = frozenset({"lui", "leur"})
COLON_FORMS = frozenset({":", ";"})
GROUPING_TYPES = frozenset({"ORGANIZATION", "INITIATIVE"})  # what an actor joins or leaves
LOCATIVE_MARKERS = frozenset({"a", "au", "aux", "en", "dans", "sur", "pres", "sous", "vers", "large", "chez"})
# A destination (« acheminés vers la Roumanie ») is where something goes, not where « y » points to.
DIRECTION_MARKERS = frozenset({"vers"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# « un accord prévoyant l'achat de… », « un contrat portant sur la livraison de… »
PROVIDING_VERBS = frozenset({"prevoir", "porter", "concerner", "couvrir", "inclure", "comprendre", "encadrer"})
FOUNDING_VERBS = frozenset({"creer", "fonder", "instituer"})
TRAVEL_VERBS = frozenset({"effectuer", "faire", "entamer", "achever", "poursuivre", "commencer", "mener", "boucler"})
DESTINATION_MARKERS = frozenset({"a", "au", "aux", "en"})  # « une tournée au Mali, en Arabie saoudite »
PLACE_NOUNS = frozenset(
    {
        "site",
        "base",
        "polygone",
        "region",
        "camp",
        "terrain",
        "port",
        "zone",
        "frontiere",
        "ile",
        "mer",
        "large",
        "province",
        "ville",
        "capitale",
        "detroit",
        "golfe",
        "ocean",
        "cote",
        "champ",
        "centre",
        "installation",
    }
)
# « site d'entraînement », « camp de formation »: a trigger that only names a kind of place.
PLACE_KIND_NOUNS = frozenset({"site", "camp", "terrain", "polygone", "champ", "centre", "base", "ecole"})
EQUIPMENT_KIND_NOUNS = frozenset(
    {"avion", "appareil", "aeronef", "jet", "helicoptere", "simulateur", "munition", "navire", "batiment", "vehicule"}
)
SETTING_PREPOSITIONS = frozenset({"sur", "depuis", "dans", "a", "au", "aux"})
STATUS_PRIORITY = ("negated", "hypothetical", "planned", "discussed")
NEGATION_WORDS = frozenset({"pas", "plus", "jamais", "aucun", "aucune", "guere", "nullement"})
GAP_POS = frozenset({"DET", "ADP", "PUNCT", "ADJ", "ADV", "PROPN", "NUM", "AUX"})  # and names, whatever their tag
ACTOR_TYPES = frozenset({"STATE", "ORGANIZATION"})
# « l'exercice Khaan Quest, qui a rassemblé des militaires de l'Inde et du Japon »: a relative clause
# with one of these verbs says who took part in the event its noun names.
GATHERING_VERBS = frozenset({"reunir", "rassembler", "associer", "regrouper", "mobiliser", "impliquer"})
DISTINCT_ADJECTIVES = frozenset({"distinct", "independant", "different", "separe"})
MEETING_PARTICIPLES = frozenset({"recevoir", "rencontrer", "accueillir"})
# « une enveloppe de 60 millions de dollars destinée à la solde des militaires libanais »: a participle
# on the trigger noun that names whom the aid or the arms are for
DESTINED_PARTICIPLES = frozenset({"destiner", "reserver", "allouer", "consacrer", "dedier"})
# « l'exercice Flintlock, …, auquel le Burkina Faso et le Niger participaient »: those who take part in the
# event a relative pronoun points back to
PARTICIPATION_VERBS = frozenset({"participer", "contribuer", "assister", "associer", "engager", "joindre"})
# What is exercised without being a military exercise (« l'exercice des droits souverains »).
EXERCISED_THINGS = frozenset(
    {
        "droit",
        "souverainete",
        "pouvoir",
        "fonction",
        "mandat",
        "competence",
        "autorite",
        "responsabilite",
        "presidence",
        "commandement",
    }
)
# Who hosts, leads or joins a named exercise takes part in it (« le Maroc a accueilli African Lion »).
# participles and adjectives that say where something lies (« coincé entre l'Iran et l'Irak »)
POSITION_WORDS = frozenset({"coincer", "coince", "situer", "situe", "enclaver", "enclave", "niche", "nicher", "place"})
# units equipment is counted in (« les six premiers exemplaires », « un premier lot »)
EQUIPMENT_UNITS = frozenset({"exemplaire", "lot", "cargaison", "livraison"})
DELIVERY_BATCH = frozenset({"premier", "dernier", "second", "deuxieme", "nouveau"})
# the words of a trigger that is a named exercise or operation taken part in (« ont pris part à Balikatan »)
NAMED_EVENT = ("exercise-name",)
# the words of a trigger that is the verb two leaders of different states are the subject of
JOINT_LEADERS = ("joint-leaders",)
# the words of a trigger that is a verb of following suit (« Le Qatar a suivi en mai 2015 »): it tells
# again the paragraph's last event, with a new subject
FOLLOWING_SUIT = ("follow-suit",)
LEADING_VERBS = frozenset(
    {"accueillir", "organiser", "conduire", "mener", "diriger", "rejoindre", "coorganiser", "lancer"}
)
# « la 65e édition d'UNITAS »: the exercise itself
EDITION_NOUNS = frozenset({"edition", "version", "session"})
RELATIVE_TO = frozenset({"auquel", "auxquels", "auxquelles", "laquelle", "lesquels", "lesquelles"})
# « Le renseignement sud-coréen a révélé l'envoi de soldats… »: who reveals or reports a fact is its source,
# not a party to it (those who announce or confirm their own acts are parties: not listed).
REPORTING_VERBS = frozenset(
    {
        "reveler",
        "rapporter",
        "affirmer",
        "indiquer",
        "signaler",
        "estimer",
        "soupconner",
        "accuser",
        "relever",
        # those who judge what others do (« Londres a condamné le déploiement de troupes russes au Mali »)
        "condamner",
        "critiquer",
        "deplorer",
        "fustiger",
        "saluer",
    }
)
# what one renounces rather than criticises when one « dénonce » it
RENOUNCED_TYPES = frozenset({"DEFENSE_AGREEMENT", "MEMBERSHIP"})
# the endings of the French simple future (« signera », « accueilleront »)
FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
# the endings of the conditional, the future's stem with those of the imperfect (« achèterait »); the
# model tags most conditionals as imperfects
CONDITIONAL_ENDINGS = ("ais", "ait", "aient", "ions", "iez")
# conditionals whose stem is no form of their infinitive
IRREGULAR_CONDITIONAL_STEMS = frozenset(
    {"ser", "aur", "pourr", "devr", "fer", "ir", "verr", "enverr", "voudr", "faudr", "saur", "tiendr", "viendr"}
)
# « a annoncé que le Canada achèterait des radars »: a conditional told as what someone said would happen
# is the future seen from then (planned), not a supposition
ANNOUNCING_VERBS = frozenset(
    {
        "annoncer",
        "affirmer",
        "declarer",
        "indiquer",
        "reveler",
        "assurer",
        "confirmer",
        "savoir",  # « a fait savoir que Washington soutiendrait… »
        "informer",
        "decider",
        "promettre",
        "preciser",
        "expliquer",
        "garantir",
        "convenir",
    }
)
# « Le Japon aide le Brésil à lutter contre le terrorisme », « a envoyé des instructeurs au Niger pour
# former… »: verbs whose object or destination an infinitive of purpose or aim is for
HELPING_VERBS = frozenset(
    {"aider", "soutenir", "appuyer", "assister", "accompagner", "envoyer", "deployer", "depecher", "inviter"}
)
DESTINATION_CASES = frozenset({"a", "au", "aux", "en", "vers"})
# « a décidé d'acquérir », « promettant d'aider », « compte se rendre », « se sont engagés à organiser »,
# « engage les trois pays à rechercher… », « avait accepté de livrer »: a verb of intent or commitment
# whose infinitive tells the event makes it planned
INTENT_VERBS = frozenset(
    {"decider", "promettre", "compter", "convenir", "engager", "accepter", "appreter", "resoudre", "determiner"}
)
# « La France va livrer des hélicoptères », « allait signer »: the near future (not « est allé signer »)
NEAR_FUTURE_VERBS = frozenset({"aller"})
ABROAD_WORDS = frozenset({"etranger", "outre-mer"})
# « ses hommes », « leurs soldats »: the forces of an actor named before
PERSONNEL_NOUNS = frozenset(
    {"homme", "soldat", "militaire", "troupe", "force", "instructeur", "conseiller", "combattant", "mercenaire"}
)
# « contre les groupes armés », « contre les jihadistes »: armed groups named by their kind
ARMED_GROUP_NOUNS = frozenset({"groupe", "jihadiste", "djihadiste", "terroriste", "insurge", "rebelle", "milice"})
HOME_NOUNS = frozenset(
    {"territoire", "sol", "departement", "region", "province", "frontiere", "littoral", "cote", "nord", "sud"}
)
# groups a state's forces or companies make up (« forment la Brigade d'intervention », « une coentreprise
# formée par »), no trainees
FORMED_NOUNS = frozenset(
    {
        "brigade",
        "force",
        "coalition",
        "alliance",
        "bloc",
        "groupe",
        "coentreprise",
        "consortium",
        "axe",
        "front",
        "union",
        "mission",
        "confederation",
        "organisation",
        "triangle",
        "trio",
        "tandem",
        "noyau",
    }
)
BORDER_NOUNS = frozenset({"frontiere", "limite", "direction"})  # « la frontière ukrainienne », « en direction de Kiev »
TROOP_NOUNS = PERSONNEL_NOUNS | {
    "contingent",
    "mission",
    "base",
    "garnison",
    "detachement",
    "bataillon",
    "brigade",
    "casque",  # « Casques bleus »
}
# numbered units (« la 1re brigade », « la 6e flotte », « le 2e régiment étranger de parachutistes »)
UNIT_NOUNS = frozenset(
    {"brigade", "division", "regiment", "bataillon", "flotte", "escadron", "escadrille", "compagnie", "groupement"}
)
ORDINAL = re.compile(r"\d+(?:e|er|re|ère|ème|eme)", re.IGNORECASE)
# « La prochaine édition doit se tenir au printemps », « prévue en 2025 »
HOLDING_VERBS = frozenset({"tenir", "derouler", "prevoir", "programmer", "organiser", "planifier"})
CONFIDENCE = {
    "rule:clause": 0.8,
    "rule:exercise-list": 0.8,
    "rule:taking-part": 0.7,
    "rule:edition": 0.6,  # the parties of an earlier edition, not named again
    "rule:sentence": 0.6,
    "rule:previous-sentence": 0.5,
    "rule:same-deal": 0.5,  # the parties of the paragraph's last event of the type
    "rule:in-turn": 0.5,  # « à son tour »: the counterparts of the paragraph's last event of the type
    "rule:joint-leaders": 0.6,  # leaders of two states acting together, no word saying they met
}
TITLE_COUNTERPART_PENALTY = 0.2  # the other party is the document's subject, named in no sentence


@dataclass(frozen=True)
class Trigger:
    event_type: EventType
    start: int  # token indices
    end: int
    words: tuple[str, ...] = ()


# a trigger that found too few parties on its own: the trigger, its parties, the method, the date carried
Partial = tuple[Trigger, tuple[str, ...], str, DateValue | None]


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


# Forms by the token's word and lemma hashes: reading a token's strings costs more than hashing two ints.
_FORMS_BY_IDS: dict[tuple[int, int], frozenset[str]] = {}
_MAX_FORMS_BY_IDS = 65536


def doc_forms(doc: Doc) -> list[frozenset[str]]:
    """The forms of every token of `doc`, by token index, read from the document's arrays: one pass
    instead of building a Token object each time a word is compared."""
    strings = doc.vocab.strings
    found = []
    rows = doc.to_array([ORTH, LEMMA]).tolist()
    for orth, lemma in rows:
        forms = _FORMS_BY_IDS.get((orth, lemma))
        if forms is None:
            if len(_FORMS_BY_IDS) >= _MAX_FORMS_BY_IDS:
                _FORMS_BY_IDS.clear()
            forms = _FORMS_BY_IDS[(orth, lemma)] = _forms(strings[orth], strings[lemma])
        found.append(forms)
    # only words in -e can be a verb read as a noun: looked at as tokens, the others never are
    in_e = {orth for orth, _ in rows if strings[orth][-1:].lower() == "e"}
    for i in range(1, len(doc) - 1):
        if rows[i][0] in in_e and _verb_read_as_noun(doc, i):
            found[i] = found[i] | {fold(doc[i].text) + "r"}
    return found


def _names_a_noun_by_date(value: DateValue, doc: Doc, trigger: Token) -> bool:
    """« le texte de 1980 », « l'accord de 2015 »: a date « de » right after a noun other than the trigger
    tells which one, not when the clause happened (however the parser tied it)."""
    if not fold(value.text).startswith(("de ", "d'")):
        return False
    span = doc.char_span(value.start, value.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.pos_ == "NOUN" and before.i != trigger.i


def _governing_verbs(head: Token, before: int) -> list[Token]:
    """The verbs above the trigger, before index `before`, up to the relative clause it belongs to (« avec
    Ankara, qui a signé un accord … et déployé des militaires »: not the verbs of the clause above)."""
    verbs = []
    for token in head.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.i < before:
            verbs.append(token)
        if token.dep_ == "acl:relcl":
            break
    return verbs


def _agent_of_the_trigger(token: Token, clause: Token, trigger: Token) -> bool:
    """« l'exercice organisé par le Brésil », « les manœuvres conduites par les forces américaines »: the
    agent of a participle on the trigger noun does the event."""
    if clause.dep_ != "acl" or clause.head.i != trigger.i or "Part" not in clause.morph.get("VerbForm"):
        return False
    return any(child.dep_ == "obl:agent" and _in_subtree(token, child) for child in clause.children)


def _verb_lemmas(verb: Token) -> frozenset[str]:
    """A verb's lemma, and the infinitive of a present in -e the model lemmatised as a noun (« aide »)."""
    lemma, text = fold(verb.lemma_), fold(verb.text)
    return frozenset({lemma, text + "r"} if verb.pos_ == "VERB" and text.endswith("e") else {lemma})


def _misread_infinitive(verb: Token) -> bool:
    """« négocie » tagged as an infinitive: no French infinitive ends so (« négocier », « vendre »,
    « fournir »); the parser took a finite verb for one."""
    return "Inf" in verb.morph.get("VerbForm") and not fold(verb.text).endswith(("er", "ir", "re", "oir"))


def _spelt_as_a_conditional(word: Token) -> bool:
    """« achèterait », « fourniraient », « serait »: a verb whose ending is the conditional's, on the stem of
    its future (its infinitive, less the « e » of one in « -re »), which no imperfect has (« déclarait »)."""
    if word.pos_ not in ("VERB", "AUX"):
        return False
    text = fold(word.text)
    ending = next((e for e in CONDITIONAL_ENDINGS if text.endswith(e)), None)
    if ending is None:
        return False
    stem, lemma = text[: -len(ending)], fold(word.lemma_)
    if stem in IRREGULAR_CONDITIONAL_STEMS:
        return True
    return stem.endswith("r") and stem in (lemma, lemma[:-1] if lemma.endswith("re") else lemma)


def _intent_governing(head: Token) -> Token | None:
    """The verb of intent or commitment whose infinitive the trigger is, or governs (« a décidé
    d'acquérir onze F-35 », « se sont engagés à organiser des exercices »), if any."""
    for token in (head, *head.ancestors):
        if token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm"):
            governor = token.head
            # « de », « à » or nothing before the infinitive; not « pour », « afin de », « sans »
            marks = {fold(child.text) for child in token.children if child.dep_ in ("mark", "case")}
            if (
                token.dep_ in ("xcomp", "ccomp", "advcl", "obl", "acl")
                and fold(governor.lemma_) in INTENT_VERBS
                and marks <= {"de", "d'", "a"}
                and (fold(governor.lemma_) != "engager" or _engages(governor))
            ):
                return governor
            if (
                token.dep_ == "xcomp"
                and fold(governor.lemma_) in NEAR_FUTURE_VERBS
                and not marks
                and not any(child.dep_ == "aux:tense" for child in governor.children)
            ):
                return governor
        if token.dep_ in CLAUSE_DEPS - {"xcomp"} and "Inf" not in token.morph.get("VerbForm"):
            return None  # a clause of its own: what governs it says nothing of the trigger's modality
    return None


def _engages(verb: Token) -> bool:
    """« s'engager à », « engager X à »: a commitment, not troops committed (« a engagé un contingent »)."""
    return any(child.dep_ in ("expl:comp", "expl:pv", "obj", "iobj") for child in verb.children)


def _back_to_last_year(event: EventRecord, reference: date | None) -> EventRecord:
    """« Le 3 décembre, la France a signé… » in a text published in June: a day or a month told without
    its year, placed in the text's year but after its date, is last year's when the event has happened."""
    if event.status != "occurred" or reference is None or not event.date_start:
        return event
    if YEAR_OR_RANGE.search(event.date_text) or not event.date_start.startswith(str(reference.year)):
        return event
    if first_day(event.date_start) <= reference:
        return event

    def back(iso: str) -> str:
        rest = "-02-28" if iso[4:] == "-02-29" else iso[4:]  # no 29 February the year before a leap year
        return f"{int(iso[:4]) - 1}{rest}" if iso else iso

    return replace(event, date_start=back(event.date_start), date_end=back(event.date_end))


def _not_yet(event: EventRecord, reference: date | None) -> EventRecord:
    """An event told as a fact but dated after the text's date (« Le premier exercice a lieu en mars
    2026 », in a text published in 2025) has not happened yet: it is planned. Only a date its sentence
    gives with its year: a day or a month without one was placed in a year by guess (« Le 4 décembre,
    … »), and one carried from another sentence may be that sentence's own."""
    if event.status != "occurred" or reference is None or not YEAR_OR_RANGE.search(event.date_text):
        return event
    if event.date_text not in event.sentence:
        return event
    if first_day(event.date_start) <= reference:
        return event
    return replace(event, status="planned", status_cue=event.date_text)


def _background_year(told: date | None, reference: date | None) -> bool:
    """Whether a bare year told (`told`, its first day) is more than a year before the text's date."""
    return told is not None and reference is not None and told.year < reference.year - 1


def _last_told_value(dates: list[DateValue]) -> DateValue | None:
    """The last date a sentence gives for something that happened or will (« en décembre 2023 », « le
    3 décembre de l'an dernier »; not « depuis 2017 » nor « pour 2026-2030 »)."""
    for value in reversed(dates):
        if value.kind in ("point", "range") and value.date_start:
            return value
    return None


def _last_day(dates: list[DateValue], previous: date | None) -> date | None:
    """The day « le lendemain » counts from: the last date the sentence gives when it is a day; none when
    it gives a month or a year (the story has moved on); else the one before."""
    for value in reversed(dates):
        if value.kind in ("point", "range") and value.date_start:
            return date.fromisoformat(value.date_start) if value.granularity == "day" else None
    return previous


def _verb_read_as_noun(doc: Doc, i: int) -> bool:
    """« La France forme des pilotes », « Paris livre des canons »: a verb in -e the model reads as the noun
    it is spelt like (« forme », « livre »), or leaves unlemmatised, between a name and a determiner."""
    token = doc[i]
    if token.pos_ != "NOUN" and not (token.pos_ == "VERB" and token.lemma_ == token.text):
        return False
    # « forme pour sa part les FACA », « livre également des munitions », « forme depuis 2020 des pilotes »:
    # past an aside or a date, the object
    j = i + 1
    while (
        j < len(doc) - 1
        and j <= i + 3
        and (
            doc[j].lower_ in ASIDE_WORDS
            or doc[j].pos_ == "ADV"
            or doc[j].lower_ in ("depuis", "dès")
            or doc[j].like_num
        )
    ):
        j += 1
    following = doc[j] if j < len(doc) else doc[i]
    if not token.lower_.endswith("e") or not (following.pos_ == "DET" or following.lower_ in ("des", "du", "aux")):
        return False
    before = doc[i - 1]
    if before.lower_ == "et" and i > 1:
        # « L'Italie entretient un hôpital à Misrata et forme des garde-côtes libyens »: the second verb
        return any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in doc[max(i - 12, 0) : i - 1])
    if before.text == ",":
        # « Rome, pour sa part, forme des militaires libanais »: the name before an aside between commas
        opening = next((j for j in range(i - 2, max(i - 8, 0), -1) if doc[j].text == ","), None)
        if opening is None or opening == 0:
            return False
        before = doc[opening - 1]
    return before.pos_ == "PROPN" or before.ent_type_ != "" or before.lower_ in ("il", "elle", "qui")


# what an actor is to another, in an apposition describing it (« Le Brésil, allié du Royaume-Uni, … »)
ALLY_NOUNS = frozenset({"allie", "partenaire", "voisin", "rival", "adversaire", "ennemi", "client", "fournisseur"})
ASIDE_WORDS = frozenset({"pour", "sa", "son", "part", "de", "côté", "cote", "en", "outre"})


@lru_cache(maxsize=65536)
def _forms(text: str, lemma: str) -> frozenset[str]:
    """The word folded, its lemma, and its singular: what triggers and cues are compared with."""
    text = fold(text)
    forms = {text, fold(lemma), text.rstrip("s"), text.rstrip("x")}
    if text == "s'":
        forms.add("se")  # « s'est rendu » is « se rendre »
    if text.endswith("es"):
        forms.update((text[:-2], text[:-1]))
    if fold(lemma) == text:
        # « maintient », « obtiennent »: the present of a verb in -tenir or -venir the model could not
        # lemmatise (it may take it for a noun)
        for ending, infinitive in (
            ("tient", "tenir"),
            ("tiennent", "tenir"),
            ("vient", "venir"),
            ("viennent", "venir"),
        ):
            if text.endswith(ending) and len(text) > len(ending):
                forms.add(text[: -len(ending)] + infinitive)
    return frozenset(forms)


_TRIGGER_INDEXES: dict[int, dict[str, list[tuple[int, EventType, tuple[str, ...]]]]] = {}


def _trigger_index(codebook: Codebook) -> dict[str, list[tuple[int, EventType, tuple[str, ...]]]]:
    """Triggers by their first word, with the rank of their event type, in codebook order."""
    index = _TRIGGER_INDEXES.get(id(codebook))
    if index is None:
        index = {}
        for rank, event_type in enumerate(codebook.event_types.values()):
            for words in event_type.triggers:
                index.setdefault(words[0], []).append((rank, event_type, words))
        _TRIGGER_INDEXES[id(codebook)] = index
    return index


def _match_words(span: Span, i: int, words: tuple[str, ...], forms: list[frozenset[str]] | None = None) -> int | None:
    """End index when `words` match from token i, allowing up to three function words, names or dates
    between them (« l'intérêt du Kazakhstan pour », « réunies depuis juillet 2024 au sein de »). `forms`:
    the document's `doc_forms`, when known."""
    doc = span.doc
    if forms is None:
        forms = doc_forms(doc)
    if words[0] not in forms[i]:
        return None
    j = i + 1
    for word in words[1:]:
        skipped = 0
        while j < span.end and word not in forms[j]:
            month = not forms[j].isdisjoint(MONTHS)
            if (doc[j].pos_ not in GAP_POS and not doc[j].is_title and not month) or skipped >= 3:
                return None
            # « depuis juillet 2024 »: a year after its month is one gap with it
            skipped += 0 if doc[j].like_num and not forms[j - 1].isdisjoint(MONTHS) else 1
            j += 1
        if j >= span.end:
            return None
        j += 1
    return j


def find_triggers(sent: Span, codebook: Codebook, forms: list[frozenset[str]] | None = None) -> list[Trigger]:
    """Every codebook trigger of the sentence: at each token, the first trigger of each event type.
    `forms`: the document's `doc_forms`, when the caller has them."""
    index = _trigger_index(codebook)
    found: list[tuple[int, int, Trigger]] = []
    if forms is None:
        forms = doc_forms(sent.doc)
    for i in range(sent.start, sent.end):
        hits = [item for form in forms[i] for item in index.get(form, ())]
        if not hits:
            continue  # most words start no trigger
        candidates = {id(item[2]): item for item in hits}
        matched: set[int] = set()
        ordered = sorted(candidates.values(), key=lambda item: (item[0], item[1].triggers.index(item[2])))
        for rank, event_type, words in ordered:
            if rank in matched:
                continue
            end = _match_words(sent, i, words, forms)
            if end is not None:
                found.append((rank, i, Trigger(event_type, i, end, words)))
                matched.add(rank)
    return [trigger for _, _, trigger in sorted(found, key=lambda item: item[:2])]


def _has_context(
    sent: Span, trigger: Trigger, triggers: list[Trigger], words: list[tuple[int, frozenset[str]]]
) -> bool:
    """A context word of the type elsewhere in the sentence than the trigger itself, or another
    trigger of the same type (« a signé … un accord »). `words`: the forms of each token of the
    sentence, computed once for all its triggers."""
    context = trigger.event_type.context
    if not context or trigger.words in trigger.event_type.strong_triggers:
        return True
    if len(trigger.words) > 1 and not context.isdisjoint(trigger.words):
        return True  # a phrase with a word of its field in it (« industrie de défense », « conseiller militaire »)
    if any(other.event_type.code == trigger.event_type.code and other.start != trigger.start for other in triggers):
        return True
    outside = [forms for i, forms in words if not trigger.start <= i < trigger.end]
    if any(not forms.isdisjoint(context) for forms in outside):
        return True
    text = " ".join(fold(token.text) for token in sent if not trigger.start <= token.i < trigger.end)
    return any(" " in cue and cue in text for cue in context)


def _is_context_entity(mention: Mention, event_type: EventType) -> bool:
    """A mention of a type that is context for the event type; a person only when known to stand for
    a state or an organisation (« Kim Jong-un », not any name)."""
    return mention.type in event_type.context_entities and (mention.type != "PERSON" or bool(mention.affiliation))


def clause_root(token: Token) -> Token:
    """The verb or predicate heading the clause that contains `token`."""
    current = token
    while (current.dep_ not in CLAUSE_DEPS or _nominal_conjunct(current)) and current.head.i != current.i:
        current = current.head
    return current


def _one_clause(first: Token, second: Token, sentence_start: int) -> bool:
    """Two triggers tell one event: in the same clause, or one in a participle with no subject of its own
    that describes the clause of the other (« Signé le 21 décembre 2023 par le ministre danois, …, et le
    secrétaire d'État américain, l'accord de coopération de défense ouvre… »), however the parser tied
    the participle: below the main verb, or above it when it opens the sentence."""
    roots = []
    for token in (first, second):
        root = clause_root(token)
        while _is_a_bare_participle(root) and root.dep_ in ("advcl", "acl") and root.head.i != root.i:
            root = clause_root(root.head)
        roots.append(root)
    if roots[0].i == roots[1].i:
        return True
    return any(
        _is_a_bare_participle(root) and root.left_edge.i == sentence_start and _in_subtree(other, root)
        for root, other in ((roots[0], roots[1]), (roots[1], roots[0]))
    )


def _is_a_bare_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and not any(child.dep_ in SUBJECT_DEPS for child in token.children)


def _opening_apposition(sent: Span, dates: list[DateValue]) -> Span | None:
    """« Membre fondateur de l'OTAN en 1949, l'Islande… », « Allié de Washington depuis 1952, Ankara… »: a
    bare noun or adjective opening the sentence, up to the comma before its subject, describes that
    subject; None for any other opening (« Fin juillet, … », « Chaque année, … »)."""
    first = sent[0]
    if (
        first.pos_ not in ("NOUN", "ADJ")
        or fold(first.text) in OPENING_TIME_WORDS
        or any(value.start <= first.idx < value.end for value in dates)
    ):
        return None
    comma = next((token for token in sent if token.text == ","), None)
    if comma is None or any(
        token.dep_ in SUBJECT_DEPS or token.pos_ == "AUX" or "Fin" in token.morph.get("VerbForm")
        for token in sent[: comma.i - sent.start]
    ):
        return None
    if not any(token.dep_ in SUBJECT_DEPS for token in sent[comma.i - sent.start + 1 :]):
        return None
    return sent[: comma.i - sent.start]


def _described_thing(token: Token) -> Token | None:
    """What a participle with no subject of its own tells more of: the noun it describes (« des frégates,
    commandées en 2007 et livrées en 2014 »: « frégates » for both), or the verb it hangs on when the
    parser tied it there; else None."""
    while token.dep_ == "conj" and _is_a_bare_participle(token) and token.head.i != token.i:
        token = token.head
    if not _is_a_bare_participle(token) or token.head.i == token.i:
        return None
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return token.head if token.dep_ == "advcl" and token.i > token.head.i else None


def _misread_relative(root: Token) -> Token | None:
    """« La Norvège, qui n'est pas membre de l'UE, a… », « coordonnée depuis Bahreïn, qui accueille le
    quartier général de la Ve flotte »: a relative clause the parser has tied elsewhere, as a coordinated
    or adverbial clause; its relative subject still stands for the noun just before it."""
    if root.dep_ not in ("conj", "advcl", "ccomp"):
        return None
    relative = next(
        (c for c in root.children if c.dep_ in SUBJECT_DEPS and "Rel" in c.morph.get("PronType") and c.i < root.i),
        None,
    )
    if relative is None:
        # « le Partenariat pour la paix, que l'Irlande a rejoint en 1999 »: an object « que » after a comma,
        # read as a conjunction, and a verb left with no object
        relative = next(
            (
                c
                for c in root.children
                if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and c.i > 0 and c.doc[c.i - 1].text == ","
            ),
            None,
        )
        if relative is None or any(c.dep_ == "obj" for c in root.children):
            return None
    noun = _noun_before(relative)
    if noun is not None and relative.dep_ == "mark":
        while noun.dep_ in ("nmod", "flat:name") and noun.head.i < noun.i:
            noun = noun.head  # « le Partenariat pour la paix »: the noun the name opens with
    return noun if noun is not None and noun.pos_ in ("PROPN", "NOUN") else None


def _noun_before(relative: Token) -> Token | None:
    """The word just before a relative pronoun, commas aside: the noun it stands for, when it is one."""
    before = relative.i - 1
    while before >= 0 and relative.doc[before].is_punct:
        before -= 1
    return relative.doc[before] if before >= 0 else None


def _relative_antecedent(root: Token) -> Token | None:
    """The noun a relative clause with a relative subject describes (« avec Ankara, qui a signé… »): the
    one the clause hangs on, else, when the parser tied it to a verb, the noun just before the pronoun;
    also for a relative clause the parser read as another kind of clause (`_misread_relative`)."""
    if root.dep_ != "acl:relcl":
        return _misread_relative(root)
    relative = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and "Rel" in c.morph.get("PronType")), None)
    if relative is None:
        return None
    if root.head.pos_ in NOMINAL_POS:
        return root.head
    noun = _noun_before(relative)
    return noun if noun is not None and noun.pos_ in NOMINAL_POS else None


def _relative_clause(head: Token) -> Span | None:
    """The relative clause a trigger heads (« l'OTAN, dont la Grèce comme la Turquie sont membres, ne
    pouvait… »): its words from the relative pronoun to the end of the trigger's phrase."""
    if head.dep_ == "ROOT":
        return None
    doc = head.doc
    pronoun = next((t for t in doc[head.left_edge.i : head.i] if "Rel" in t.morph.get("PronType")), None)
    if pronoun is None:
        return None
    return doc[pronoun.i : head.right_edge.i + 1]


def _nominal_conjunct(token: Token) -> bool:
    """« par Safran et HAL »: a conjunct that is a name or a noun without a verb of its own joins a
    phrase, not a clause."""
    if token.dep_ != "conj":
        return False
    own_clause = any(child.dep_ in SUBJECT_DEPS or child.dep_ == "cop" for child in token.children)
    if token.pos_ == "ADJ":
        # « des militaires arméniens et américains »: an adjective of a noun, also when the parser ties
        # it to the noun itself (« aux armées camerounaise et tchadienne »)
        return token.head.dep_ == "amod" or (token.head.pos_ == "NOUN" and not own_clause)
    return token.pos_ in ("PROPN", "NOUN", "PRON", "NUM", "X") and not own_clause


def _in_subtree(token: Token, root: Token) -> bool:
    return token.i == root.i or root in token.ancestors


def _in_clause_of_its_own(token: Token, root: Token, trigger: Token) -> bool:
    """Below `root`, in a coordinated clause with a subject of its own that does not hold the trigger:
    « Moscou loue le polygone…, et les deux pays ont signé en 2013 un accord »: 2013 is the date of the
    signature. (A subordinate clause often sets the scene, and the parser misplaces many.)"""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if (
            node.dep_ in ("conj", "parataxis")
            and not _nominal_conjunct(node)
            and any(child.dep_ in SUBJECT_DEPS for child in node.children)
            and not _in_subtree(trigger, node)
        ):
            return True
        node = node.head
    return False


def _in_subordinate_clause(token: Token, root: Token) -> bool:
    """Below `root`, in an adverbial or completive clause of its own (« …, renonçant au Rafale »)."""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "ccomp"):
            return True
        node = node.head
    return False


def _is_set_apart(token: Token) -> bool:
    """In a phrase that sets the actor apart (« contre les shebab », « selon l'Institut de Stockholm »), or
    that says what the event goes without (« sans mandat de l'ONU »; « sans la Russie » leaves Russia out
    of an event it is a party to)."""
    for depth, ancestor in enumerate([token, *token.ancestors][:4]):
        markers = SET_APART_MARKERS if depth == 0 else SET_APART_MARKERS | {"sans"}
        if any(fold(c.text) in markers for c in ancestor.children if c.dep_ in ("case", "mark", "fixed")):
            return True
    # « une mission bilatérale, distincte de la FINUL »: what the event is told apart from
    if token.head.pos_ == "ADJ" and fold(token.head.lemma_) in DISTINCT_ADJECTIVES:
        return True
    # « Coincés entre l'Iran, l'Irak et l'Arabie saoudite, deux émirats… »: where something lies, not who acts
    first = token.head if token.dep_ == "conj" and token.head.pos_ in ("PROPN", "NOUN") else token
    position = first.head
    # the first of the names, whichever of them the parser tied to the participle
    between = [first, *(c for c in position.children if c.dep_ in ("nmod", "obl:mod", "obl:arg"))]
    if fold(position.lemma_) in POSITION_WORDS and any(
        fold(c.text) == "entre" for word in between for c in word.children if c.dep_ == "case"
    ):
        return True
    # « un cargo russe visé par des sanctions américaines », « les tirs de missiles nord-coréens »: who
    # sanctions, threatens or invades stands against the event's parties
    current = token
    for _ in range(3):
        if current.dep_ not in ("amod", "nmod") or current.head.i == current.i:
            break
        current = current.head
        if fold(current.lemma_) in HOSTILE_NOUNS:
            return True
    return False


def _in_setting(token: Token, trigger: Token) -> bool:
    """« en marge d'une réunion de l'ASEAN », « pendant l'escale russe »: the actors of the setting of an
    event take no part in it, unless the trigger is in that setting too."""
    for ancestor in [token, *token.ancestors][:8]:
        cases = {fold(c.text) for c in ancestor.children if c.dep_ == "case"}
        if fold(ancestor.lemma_) in SETTING_NOUNS and "en" in cases:
            return True
        if (
            fold(ancestor.lemma_) in TOUR_NOUNS
            and fold(ancestor.head.text) == "lors"
            and ancestor.i != trigger.i
            and not _in_subtree(trigger, ancestor)
        ):
            return True  # « lors d'une tournée aux Émirats, en Arabie saoudite et au Qatar, Séoul a… »
        if (
            (not cases.isdisjoint(TIME_SETTING_PREPOSITIONS) and fold(ancestor.lemma_) not in TIME_UNITS)
            or _dates_by_an_event(ancestor)
        ) and not _in_subtree(trigger, ancestor):
            return True
    return False


def _in_margin_of(token: Token, top: Token) -> bool:
    """« en marge du sommet du Conseil de l'Europe », below `top`: the setting of what the subject does."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == top.i:
            return False
        if fold(ancestor.lemma_) in SETTING_NOUNS and any(fold(c.text) == "en" for c in ancestor.children):
            return True
    return False


def _dates_by_an_event(token: Token) -> bool:
    """« après le sommet », « depuis l'invasion russe »: a noun naming the event a clause is dated by;
    not the object the parser tied to a date before it (« accueille depuis 2017 une base de la Chine »:
    « depuis 2017 », then the object)."""
    cases = {fold(child.text) for child in _cases(token)}
    return (
        token.pos_ == "NOUN"
        and not cases.isdisjoint(TIME_SETTING_PREPOSITIONS | EVENT_SETTING_PREPOSITIONS)
        and fold(token.lemma_) not in TIME_UNITS
    )


def _dative_tied_to_a_modifier(token: Token, trigger: Token) -> bool:
    """« L'Égypte a livré des drones armés au Qatar »: the parser tied « au Qatar » to the bare participle
    describing the object (« armés »), when it says to whom the trigger verb gives; not a participle with
    complements of its own (« des F-16 achetés au Danemark », « des drones fabriqués par Baykar »)."""
    modifier = token.head
    if (
        trigger.pos_ != "VERB"
        or token.dep_ not in ("obl:mod", "obl:arg", "obl")
        or not any(child.dep_ == "case" and fold(child.text) in ("a", "au", "aux") for child in token.children)
        or modifier.dep_ not in ("acl", "amod")
        or modifier.head.dep_ != "obj"
        or modifier.head.head.i != trigger.i
    ):
        return False
    own = [child for child in modifier.children if child.i != token.i]
    return not any(
        child.dep_ in ("obj", "nsubj", "nsubj:pass", "obl:agent", "obl:arg", "iobj", "xcomp", "ccomp") for child in own
    ) and not any(fold(child.lemma_) == "par" for child in modifier.subtree)


def _in_descriptive_clause(token: Token, root: Token, trigger: Token, actor_tokens: set[int]) -> bool:
    """« l'OTSC, dirigée par Moscou »: Moscou is in a clause that describes another actor and takes
    no part in the event (« l'exercice Flintlock, organisé par les États-Unis » keeps its organiser); so
    are the makers in a clause describing a machine (« trois JF-17, appareil codéveloppé par le Pakistan
    et la Chine »)."""
    clause = _description_of_an_actor(token, root, actor_tokens) or _description_of_equipment(token, root)
    return clause is not None and not _in_subtree(trigger, clause)


def _equipment_in_apposition(token: Token) -> bool:
    """« , appareil codéveloppé par… »: a bare noun of equipment right after a comma, however the parser
    tied it, describes the machine named before it."""
    return (
        fold(token.lemma_) in EQUIPMENT_KIND_NOUNS
        and token.left_edge.i == token.i
        and token.i > 0
        and token.doc[token.i - 1].text == ","
    )


def _description_of_equipment(token: Token, root: Token) -> Token | None:
    """The participial or relative clause holding `token` that describes a kind of equipment (« un
    appareil codéveloppé par… », « des navires construits par… »)."""
    current = token
    while current.i != root.i and current.head.i != current.i:
        if current.dep_ in DESCRIPTIVE_CLAUSES and fold(current.head.lemma_) in EQUIPMENT_KIND_NOUNS:
            return current
        if current.i != token.i and _equipment_in_apposition(current):
            return current  # « …JF-17 Thunder, appareil codéveloppé par le Pakistan et la Chine, … »
        current = current.head
    return None


def _description_of_an_actor(token: Token, root: Token, actor_tokens: set[int]) -> Token | None:
    """The participial or relative clause holding `token` that describes an actor: on the actor, or
    right after one whatever the parse attached it to (« la société japonaise JAIEC, constituée autour
    de Mitsubishi Heavy Industries, »)."""
    current = token
    while current.i != root.i and current.head.i != current.i:
        if current.dep_ in DESCRIPTIVE_CLAUSES:
            before = current.left_edge.i - 1
            while before >= 0 and current.doc[before].is_punct:
                before -= 1
            if current.head.i in actor_tokens or (before >= 0 and before in actor_tokens):
                return current
        if (
            current.dep_ == "appos"
            and current.head.i in actor_tokens
            and not {fold(current.lemma_), fold(current.text).rstrip("s")}.isdisjoint(ALLY_NOUNS)
        ):
            return current  # « Le Brésil, allié du Royaume-Uni, a livré… »: what the actor is to another
        current = current.head
    return None


def _names_the_event(token: Token, trigger: Token) -> bool:
    """« une coentreprise à parts égales, Edgewing »: the name the trigger noun is given is what the
    event makes, no party to it."""
    if trigger.pos_ != "NOUN":
        return False
    comma = token.left_edge.i - 1
    if (
        token.pos_ == "PROPN"
        and comma > trigger.i
        and token.doc[comma].text == ","
        and trigger.right_edge.i == comma - 1
        and not any(child.dep_ == "case" for child in token.children)
    ):
        return True  # the name after a comma that closes the trigger's phrase, however it is parsed
    if token.head.i != trigger.i:
        return False
    if token.dep_ in ("appos", "flat:name"):
        return True
    if token.dep_ == "conj" and token.pos_ == "PROPN":
        return token.i > 0 and token.doc[token.i - 1].text == ","
    return token.dep_ == "nmod" and not any(child.dep_ == "case" for child in token.children)


def is_heading(sent: Span, full_text: str) -> bool:
    """A title or section heading: a line of its own without final punctuation. Headings announce
    what follows; the facts are in the paragraphs."""
    text = full_text[sent.start_char : sent.end_char].strip()  # Span.text is rebuilt token by token
    line_start = full_text.rfind("\n", 0, sent.start_char) + 1
    line_end = full_text.find("\n", sent.end_char - 1)
    own_line = full_text[line_start : line_end if line_end >= 0 else None].strip() == text
    return own_line and not text.endswith((".", "!", "?", "…", "»", '"', ")", ":")) and len(text.split()) <= 25


CONTRAST_OPENERS = (("contrairement",), ("a", "l'instar"), ("a", "la", "difference"), ("hormis",))
CONTRAST_HINTS = ("contrairement", "instar", "diff", "hormis")  # in the lowercased text, accents kept


def _contrasted_tokens(sent: Span, text: str) -> set[int]:
    """« Contrairement à la Russie, Ankara… »: what stands in the contrast takes no part in the event.
    `text`: the sentence's text."""
    lowered = text.lower()
    if not any(hint in lowered for hint in CONTRAST_HINTS):
        return set()  # most sentences: no need to look word by word
    words = [fold(token.text) for token in sent]
    excluded: set[int] = set()
    for offset in range(len(words)):
        for opener in CONTRAST_OPENERS:
            if tuple(words[offset : offset + len(opener)]) == opener:
                end = offset
                while end < len(words) and words[end] != ",":
                    end += 1
                excluded.update(range(sent.start + offset, sent.start + end))
    return excluded


TITLE_MAX_CHARS = 150


def _title_states(text: str, mentions: list[Mention]) -> tuple[str, ...]:
    """The states the document's title names, in order. The title is a short first line that does not
    end like a sentence; a text that opens with a paragraph has none."""
    title_end = text.find("\n")
    title = text[:title_end].strip()
    if title_end < 0 or len(title) > TITLE_MAX_CHARS or title.endswith((".", "!", "?", "…")):
        return ()
    return tuple(
        dict.fromkeys(m.key for m in mentions if m.start < title_end and m.type == "STATE" and "+" not in m.key)
    )


def _of_them(head: Token) -> bool:
    """« Taipei en a commandé 29 »: the trigger verb has « en » for its object, things named before."""
    return head.pos_ == "VERB" and any(
        child.pos_ == "PRON" and child.lower_ == "en" and child.i < head.i for child in head.children
    )


def _title_subject(text: str, mentions: list[Mention]) -> str:
    """The state the document is about, when its title names one state before a colon (« Taïwan : les
    armes américaines arrivent au compte-gouttes, Pékin resserre l'étau »)."""
    colon = text.find(" : ", 0, max(text.find("\n"), 0))
    if colon < 0:
        return ""
    before = {m.key for m in mentions if m.start < colon and m.type == "STATE" and "+" not in m.key}
    return next(iter(before)) if len(before) == 1 else ""


def _is_anaphoric(token: Token) -> bool:
    """A trigger noun with a demonstrative determiner (« ces exercices », « cet accord »)."""
    return token.pos_ == "NOUN" and any(
        child.dep_ == "det"
        and ("Dem" in child.morph.get("PronType") or fold(child.text) in ("ce", "cet", "cette", "ces"))
        for child in token.children
    )


def _gathers_for(token: Token, trigger_heads: frozenset[int]) -> bool:
    """« l'exercice Eagle Partner 2023, qui a réuni des militaires… »: a gathering verb in a relative
    clause on another trigger's noun tells who took part in that event, it is no event of its own."""
    return (
        token.dep_ == "acl:relcl"
        and token.head.i in trigger_heads
        and token.head.pos_ == "NOUN"
        and fold(token.lemma_) in GATHERING_VERBS
    )


def _destined(clause: Token, trigger: Token) -> bool:
    """« une enveloppe … destinée à la solde des militaires libanais »: the participle on the trigger noun
    that says whom it is for."""
    if clause.dep_ != "acl" or trigger.pos_ != "NOUN" or fold(clause.lemma_) not in DESTINED_PARTICIPLES:
        return False
    noun = clause.head  # the trigger, or a noun of its phrase (« une enveloppe de 60 millions … destinée »)
    while noun.i != trigger.i and noun.dep_ == "nmod" and noun.head.i != noun.i:
        noun = noun.head
    return noun.i == trigger.i


def _gathered_by(clause: Token, trigger: Token, root: Token) -> Token | None:
    """The gathering clause on the trigger noun (« l'exercice Khaan Quest, qui a rassemblé des militaires
    de l'Inde et du Japon ») that `clause` is, or lies in (« …, qui avait rassemblé 30 000 militaires de
    27 pays, dont d'importants contingents américains »)."""
    if trigger.pos_ != "NOUN":
        return None
    while clause.i != root.i:
        if clause.dep_ == "acl:relcl" and clause.head.i == trigger.i and fold(clause.lemma_) in GATHERING_VERBS:
            return clause
        if clause.head.i == clause.i:
            return None
        clause = clause_root(clause.head)
    return None


def _source_tokens(root: Token, trigger: Token, event_type: EventType) -> set[int]:
    """The subject of a reporting verb whose object tells the fact (« le Service national de renseignement
    sud-coréen a révélé l'envoi en Russie de soldats nord-coréens »): the source, not a party. « dénoncer »
    is to criticise what others do (« a dénoncé l'achat de missiles par la Grèce »), but one's own treaty
    or membership is renounced (« Moscou a dénoncé le traité »)."""
    verb = fold(root.lemma_)
    criticises = verb == "denoncer" and event_type.code not in RENOUNCED_TYPES
    if trigger.i == root.i or (verb not in REPORTING_VERBS and not criticises):
        return set()
    return {t.i for child in root.children if child.dep_ in SUBJECT_DEPS for t in child.subtree}


def _is_the_setting(token: Token) -> bool:
    """« Créé en avril 2022 sur la base aérienne de Ramstein », « depuis la base de Chabelley »: a place
    noun introduced by a preposition of place is where something else happens (and « sur la base
    de » is also « on the grounds of »), no presence of its own."""
    return fold(token.lemma_) in PLACE_KIND_NOUNS and any(
        fold(case.text) in SETTING_PREPOSITIONS for case in _cases(token)
    )


def _cases(token: Token) -> list[Token]:
    """The prepositions of a noun, less one that introduces a date the parser tied to the noun after it
    (« accueille depuis 2017 une base de la Chine »: « depuis 2017 », then the object « une base »)."""
    dates = {child.i for child in token.children if child.text[:1].isdigit() and child.i < token.i}
    return [child for child in token.children if child.dep_ == "case" and child.i + 1 not in dates]


def _dates_the_clause(token: Token, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """« Pendant l'escale russe de juin, le navire-école vénézuélien faisait relâche à Santiago de Cuba »:
    an event noun that dates a clause telling another event of its type, or that only points back to one
    (« Le président s'est rendu à bord pendant l'escale »), is told elsewhere."""
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "case" and fold(c.text) in TIME_SETTING_PREPOSITIONS for c in token.children
    ):
        return False
    bare = all(c.dep_ in ("case", "det") for c in token.children) and any(
        c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in token.children
    )
    return bare or any(
        other.event_type.code == trigger.event_type.code and not other.start <= token.i < other.end
        for other in triggers
    )


def _at_the_border_of(token: Token) -> bool:
    """« la frontière ukrainienne », « en direction de Kiev »: a border names a state on either side of
    it, and a direction one a force is not in yet, not the one whose ground it is on."""
    if token.dep_ in ("amod", "nmod") and fold(token.head.lemma_) in BORDER_NOUNS:
        return True
    # « à sa frontière avec la Biélorussie », whatever the parser tied « avec la Biélorussie » to
    case = next((child for child in token.children if child.dep_ == "case"), None)
    return case is not None and case.i > 0 and fold(token.doc[case.i - 1].lemma_) in BORDER_NOUNS


def _from_where(token: Token) -> bool:
    """« depuis Djibouti »: the place an action is led from, not a party to it (but the host of a
    presence, whose types take their host from places)."""
    return any(c.dep_ == "case" and fold(c.text) == "depuis" for c in token.children)


def _acting_on_the_parties(token: Token, trigger: Token) -> bool:
    """« trente militaires des contingents italien et hongrois y ont été blessés par des manifestants
    serbes »: the agent of what befell the event's parties is no party of it."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ == "obl:agent":
            verb = ancestor.head
            if verb.i == trigger.i or fold(verb.lemma_) in LEADING_VERBS:
                return False  # « une partie de l'exercice Defender 23, conduit par l'armée américaine »
            # the trigger in the verb's subject phrase, with no clause between them
            node = trigger
            while node.head.i != node.i and node.head.i != verb.i and node.head.pos_ not in ("VERB", "AUX"):
                node = node.head
            return node.head.i == verb.i and node.dep_ in SUBJECT_DEPS
    return False


def _attended_by(token: Token) -> bool:
    """« en présence du ministre »: attended by someone, no military presence."""
    doc = token.doc
    return (
        fold(token.lemma_) == "presence"
        and token.i > 0
        and fold(doc[token.i - 1].text) == "en"
        and token.i + 1 < len(doc)
        and fold(doc[token.i + 1].text) in ("de", "du", "des", "d'")
    )


def _is_a_financial_year(token: Token) -> bool:
    """« l'exercice 2024-2025 », « l'exercice budgétaire »: a financial year, no exercise; nor is the
    exercise of a right or a power (« l'exercice des droits souverains »)."""
    if fold(token.lemma_) != "exercice" or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    if bool(YEAR_OR_RANGE.fullmatch(following.text)) or fold(following.lemma_) in ("budgetaire", "fiscal"):
        return True
    return any(
        child.dep_ == "nmod" and fold(child.lemma_) in EXERCISED_THINGS and child.i > token.i
        for child in token.children
    )


def _is_reflexive(token: Token) -> bool:
    """A verb with its reflexive pronoun (« s'est entraîné », « se sont entraînées »), whatever
    relation the parse gives the pronoun (« s'y sont entraînées » leaves it a `mark`)."""
    return token.pos_ == "VERB" and any(
        child.i < token.i and fold(child.text) in ("se", "s'") for child in token.children
    )


def _delivered(head: Token, triggers: list[Trigger]) -> bool:
    """What arrives or lands is equipment an arms transfer moves: its subject holds the transfer's
    trigger (« les six premiers F-16 achetés au Danemark se sont posés »)."""
    clause = clause_root(head)
    subjects = [child for child in clause.children if child.dep_ in SUBJECT_DEPS]
    transfers = {trigger.start for trigger in triggers if trigger.event_type.code == "ARMS_TRANSFER"}
    return any(token.i in transfers for subject in subjects for token in subject.subtree)


def _at_home(root: Token, head: Token) -> bool:
    """Forces sent « dans ses départements du nord », « sur son territoire », « à ses frontières »: on the
    actor's own soil."""
    path = [head]  # the trigger and the nouns above it in its clause (« l'envoi de deux brigades à sa frontière »)
    while path[-1].i != root.i and path[-1].dep_ == "nmod":
        path.append(path[-1].head)
    return any(
        (child.dep_.startswith("obl") or (child.dep_ == "nmod" and child.head in path))
        and fold(child.lemma_) in HOME_NOUNS
        and any(det.dep_ == "det" and "Yes" in det.morph.get("Poss") for det in child.children)
        for child in [*root.children, *(child for token in path for child in token.children)]
    )


def _in_joint_subject(token: Token) -> bool:
    """One of the conjuncts of a subject (« le président Tebboune et son homologue russe ont signé »)."""
    if token.dep_ in SUBJECT_DEPS:
        return any(child.dep_ == "conj" for child in token.children)
    if token.dep_ != "conj":
        return False
    head = token.head  # « le président Abdelmadjid Tebboune et son homologue »: the name, in apposition
    while head.dep_ in ("appos", "flat:name", "nmod") and head.head.i != head.i:
        head = head.head
    return head.dep_ in SUBJECT_DEPS


def _constitutes(head: Token) -> bool:
    """« former » in the sense of making up a group: « ses soldats forment la Brigade d'intervention »,
    « une coentreprise formée par Naval Group et Odebrecht », « une mission formée de soldats
    sud-africains », « l'AES, qu'il forme avec le Mali »."""
    if head.pos_ != "VERB" or fold(head.lemma_) != "former":
        return False
    made = [
        child
        for child in head.children
        # a bare noun phrase the parser took for a complement is the object too
        if child.dep_ in ("obj", "nsubj:pass")
        or (child.dep_.startswith("obl") and not any(c.dep_ == "case" for c in child.children))
    ]
    if head.dep_ in DESCRIPTIVE_CLAUSES:
        made.append(head.head)  # the noun the participle or the relative clause describes
    if any(
        child.dep_ == "obl:arg" and any(c.dep_ == "case" and fold(c.text) == "de" for c in child.children)
        for child in head.children
    ):
        return True  # « formée de soldats »: made of
    # and a group named right after the verb whatever the parser tied it to (« forment, avec les
    # Tanzaniens, la Brigade d'intervention »)
    for token in head.doc[head.i + 1 : head.sent.end]:
        if token.pos_ in ("VERB", "AUX"):
            break
        if (
            fold(token.lemma_) in FORMED_NOUNS
            and token.dep_ not in ("nmod", "appos", "flat:name")
            and not any(child.dep_ == "case" for child in token.children)
            # « formés par l'US Air Force »: a state's forces by their name train, they are not formed
            and token.ent_type_ != "STATE"
        ):
            return True
    return any(
        (fold(token.lemma_) in FORMED_NOUNS and token.ent_type_ != "STATE")
        or token.ent_type_ in ("ORGANIZATION", "INITIATIVE")
        for token in made
    )


def _of_troops(head: Token) -> bool:
    """A trigger whose subject, object or complement is troops, a mission or a base (« les derniers
    soldats ont quitté le pays », « retirer ses soldats », « le retrait des troupes », « la mission a
    achevé son retrait »)."""
    words = [*head.children]
    # « le retrait programmé des Casques bleus »: the troops may hang from a participle describing the trigger
    words += [word for child in head.children if child.dep_ == "acl" for word in child.children]
    clause = clause_root(head)
    if clause.i != head.i:
        words += [child for child in clause.children if child.dep_ in SUBJECT_DEPS]
    return any(
        word.dep_ in (*SUBJECT_DEPS, "obj", "nmod", "obl:arg", "obl:agent")
        and fold(word.lemma_) in TROOP_NOUNS
        and not word.ent_type_  # « se retirer de la Force multinationale mixte »: an organisation
        for word in words
    )


def _names_a_kind_of_place(token: Token) -> bool:
    """« le site d'entraînement de Kharb-Maidon »: the trigger, with no determiner of its own, qualifies a
    place, it is no event; « le Camp Kościuszko, sa première garnison permanente » is one."""
    return (
        token.dep_ == "nmod"
        and fold(token.head.lemma_) in PLACE_KIND_NOUNS
        and not any(child.dep_ == "det" for child in token.children)
    )


def _names_a_kind_of_equipment(token: Token) -> bool:
    """« dix avions d'entraînement M-346 »: the trigger, with no determiner of its own, qualifies a
    piece of equipment; « les avions de l'exercice » speak of the event."""
    return (
        token.dep_ == "nmod"
        and fold(token.head.lemma_) in EQUIPMENT_KIND_NOUNS
        and not any(child.dep_ == "det" for child in token.children)
    )


def _names_a_unit(token: Token) -> bool:
    """« la 1re brigade d'assistance des forces de sécurité », « la 6e flotte américaine »: a numbered
    unit, or a word of its name, names who acts, it is no event of its own."""
    unit = token
    for _ in range(3):
        if fold(unit.lemma_) in UNIT_NOUNS and any(
            child.i < unit.i and ORDINAL.fullmatch(child.text) for child in unit.children
        ):
            return True
        if unit.dep_ != "nmod" or unit.head.i == unit.i:
            return False
        unit = unit.head
    return False


class EventExtractor:
    def __init__(self, codebook: Codebook, gazetteer: Gazetteer | None = None):
        self.codebook = codebook
        self.roles = ActorRoles(gazetteer)
        states = [] if gazetteer is None else [e for e in gazetteer.entries.values() if e.type == "STATE"]
        self.state_kinds = state_kinds((e.entity_id, f.text) for e in states for f in e.forms if f.kind == "name")
        self.states = frozenset(e.entity_id for e in states)
        self.mission_hosts = {
            e.entity_id: e.attributes["host"]
            for e in ([] if gazetteer is None else gazetteer.entries.values())
            if e.type == "ORGANIZATION" and e.attributes.get("kind") == "mission" and e.attributes.get("host")
        }

    def extract(
        self,
        doc: Doc,
        doc_id: str,
        mentions: list[Mention],
        body_end: int | None,
        reference: date | None,
        sents: list[Span] | None = None,
        text: str | None = None,
    ) -> list[EventRecord]:
        """The events of `doc`; `sents` and `text` are `list(doc.sents)` and `doc.text` when the caller
        already has them."""
        by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence_id, []).append(mention)
        events: list[EventRecord] = []
        first_in_paragraph: dict[tuple[int, str, tuple[str, ...], str], int] = {}
        carry, current_paragraph = Carry(), 0
        told: date | None = None  # the last date the text gave (« En décembre 2023… le 14 décembre »)
        told_day: date | None = None  # and that date, when it was a day (« Le 13 juin… Le lendemain… »)
        told_year: int | None = None  # the last year given, « depuis 2021 » too (« … cette année-là »)
        told_is_a_year, told_paragraph = False, -1  # whether `told` was a bare year, and where it was told
        exercise_index: int | None = None  # the exercise the paragraph is telling, among `events`
        told_events: dict[str, EventRecord] = {}  # the paragraph's last event of each type
        told_subjects: dict[str, tuple[str, ...]] = {}  # the subject of the sentence that told it
        last_told_type = ""  # the type of the paragraph's last event
        exercise_told = False  # whether the paragraph has named an exercise
        named_things: dict[
            int, frozenset[str]
        ] = {}  # by index in `events`: the exercises and systems its sentence names
        exercise_parties: dict[str, tuple[str, ...]] = {}  # the parties of each exercise named, as last told
        last_exercise_parties: tuple[str, ...] = ()
        full_text = doc.text if text is None else text  # doc.text is built anew on each access
        title_states = _title_states(full_text, mentions)
        document_subject = _title_subject(full_text, mentions)
        # the one state the title names, else the one it is about
        document_host = title_states[0] if len(title_states) == 1 else document_subject
        history = ActorHistory(
            document_host=document_host,
            document_group=title_states,
            kinds=self.state_kinds,
            known_states=self.states,
            mission_hosts=self.mission_hosts,
        )
        forms, candidates = doc_forms(doc), reference_candidates(doc)
        suppliers_before: list[str] = []  # the states making the systems the sentence before named
        for sent_id, sent in enumerate(doc.sents if sents is None else sents):
            if body_end is not None and sent.start_char >= body_end:
                break
            text = full_text[sent.start_char : sent.end_char]
            if not text.strip() or is_heading(sent, full_text):
                continue
            paragraph = full_text.count("\n", 0, sent.start_char)
            # « En 2024, Ottawa a engagé des discussions… [next paragraph] Enfin, le 23 juin, … »: a bare year
            # told in an earlier paragraph does not set the year of a day or a month, nor does one more than
            # a year before the text was published (« … concédé à Pékin en 2012. Elle figurait au menu de la
            # rencontre du 4 avril… »: the background of a recent story, not its time)
            story = told if told_paragraph == paragraph or not told_is_a_year else None
            if told_is_a_year and _background_year(told, reference):
                story = None
            dates = find_dates(text, reference, sent.start_char, story, told_day, told_year)
            # « UNITAS, créé en 1959 … Du 2 au 12 septembre »: a founding date is no time of the story
            story_dates = [value for value in dates if not _dates_a_founding(doc, value)]
            last = _last_told_value(story_dates)
            if last is not None:
                told, told_is_a_year, told_paragraph = first_day(last.date_start), last.granularity == "year", paragraph
            told_year = next((int(value.date_start[:4]) for value in reversed(dates) if value.date_start), told_year)
            told_day = _last_day(story_dates, told_day)
            named = by_sentence.get(sent_id, [])
            contrasted = frozenset(_contrasted_tokens(sent, text))
            references = resolve_references(
                sent, sent_id, doc_id, named, history, contrasted, paragraph, candidates, text
            )
            sentence = _Sentence(
                doc,
                sent,
                text,
                sent_id,
                named + references,
                dates,
                self.roles,
                contrasted,
                document_host,
                forms,
                self.codebook.force_names,
            )
            sentence.document_subject = document_subject
            sentence.suppliers_before = suppliers_before if paragraph == current_paragraph else []
            sentence.paragraph_states = history.states_of_paragraph(paragraph)
            sentence.paragraph_locations = history.locations_of_paragraph(paragraph)
            sentence.exercise_parties, sentence.last_exercise_parties = exercise_parties, last_exercise_parties
            if paragraph != current_paragraph:
                # A new paragraph: the actors and date of the last one stop carrying over; its subject
                # may still be the antecedent of a pronoun.
                carry, current_paragraph, exercise_index = Carry(subject=carry.subject), paragraph, None
                told_events, told_subjects, exercise_told, last_told_type = {}, {}, False, ""
            sentence.told_events, sentence.told_subjects = told_events, told_subjects
            sentence.last_told_type = last_told_type
            sentence.exercise_told = exercise_told
            told_here: list[str] = []
            previous_exercise = exercise_index
            names_an_exercise = bool(sentence.spans_of("EXERCISE"))
            exercise_told = exercise_told or names_an_exercise
            for event in self._sentence_events(doc_id, sentence, carry):
                event = _not_yet(_back_to_last_year(event, reference), reference)
                if previous_exercise is not None and (
                    _part_of(event, events[previous_exercise], names_an_exercise)
                    or _troops_there(event, events[previous_exercise], sentence)
                ):
                    # « L'armée australienne y a également participé », « Des unités américaines se sont
                    # entraînées aux côtés des forces nordiques »: more parties to the exercise the
                    # paragraph is telling, whose row now quotes both sentences
                    events[previous_exercise] = _joined(events[previous_exercise], event)
                    last_exercise_parties = events[previous_exercise].participant_keys
                    for mention, _ in sentence.spans_of("EXERCISE"):
                        exercise_parties[mention.key] = last_exercise_parties
                    continue
                # One fact, one row: the same type and participants again in the same paragraph
                # (« Le général Munir a également rencontré… ») is the same event told twice.
                key = (paragraph, event.type, event.participant_keys, event.status)
                earlier = events[first_in_paragraph[key]] if key in first_in_paragraph else None
                if (
                    earlier is not None
                    and event.date_start
                    and earlier.date_start != event.date_start
                    and not _told_more_precisely(earlier, event)
                ):
                    # Two meetings on two dates are two events; and a dated fact after an undated
                    # statement (« New Delhi est l'un des fournisseurs de l'Arménie. En 2022, Erevan a
                    # commandé des Pinaka ») is a fact of its own.
                    earlier = None
                named_here = sentence.named_things()
                told_there = named_things.get(first_in_paragraph.get(key, -1), named_here)
                if earlier is not None and named_here and not named_here <= told_there:
                    # « …l'exercice Desert Cyclone. Leurs marines s'entraînent dans le cadre de l'exercice
                    # Zayed Talwar », « …24 Rafale. À l'automne, Paris a revendu au Caire deux Mistral »:
                    # another named exercise or system is another event
                    earlier = None
                if earlier is not None:
                    events[first_in_paragraph[key]] = _refined(earlier, event)
                    continue
                first_in_paragraph[key] = len(events)
                named_things[len(events)] = named_here
                events.append(event)
                told_events[event.type] = event
                told_here.append(event.type)
                last_told_type = event.type
                if event.type == "JOINT_EXERCISE":
                    exercise_index = len(events) - 1
                    last_exercise_parties = event.participant_keys
                    for mention, _ in sentence.spans_of("EXERCISE"):
                        exercise_parties.setdefault(mention.key, event.participant_keys)
            carry = sentence.carry(carry)
            for code in told_here:
                told_subjects[code] = carry.subject
            suppliers_before = sentence.suppliers(sent.root, whole=True)
            history.add(
                # the states named, and those the persons named stand for (« Les deux parties… » after a
                # meeting of two leaders); not an adversary or a source (« face aux garde-côtes chinois »)
                _unique(
                    m.key if m.type == "STATE" else m.affiliation
                    for m, span in sorted(sentence.spans, key=lambda item: item[0].start)
                    if (m.type == "STATE" or (m.type == "PERSON" and sentence.type_of(m.affiliation) == "STATE"))
                    and not _is_set_apart(span.root)
                ),
                list(sentence.subject_actors(sent.root, carry)),
                list(
                    dict.fromkeys(
                        (m.key, m.type)
                        for m in sentence.mentions
                        if m.type in GROUPING_TYPES and not self.roles.is_company(m.key)
                    )
                ),
                sentence.locations(self.roles),
                paragraph,
                _unique(m.key for m in sentence.mentions if self.roles.is_company(m.key)),
            )
        return events

    def _sentence_events(self, doc_id: str, sentence: _Sentence, carry: Carry) -> list[EventRecord]:
        doc = sentence.doc
        events: dict[tuple[str, tuple[str, ...], str], EventRecord] = {}  # by type, parties and another date
        forms = sentence.forms
        triggers = [
            trigger
            for trigger in find_triggers(sentence.span, self.codebook, forms)
            # « des frappes contre les shebab », not « une opération contre l'Ukraine »
            if trigger.words not in trigger.event_type.against_armed_group
            or sentence.against_armed_group(doc[trigger.start])
        ]
        triggers += self._named_exercise_triggers(sentence, triggers)
        triggers += self._joint_leaders_triggers(sentence, triggers)
        triggers += self._following_suit_triggers(sentence, triggers)
        sentence.trigger_starts = frozenset(trigger.start for trigger in triggers)
        words = [(i, forms[i]) for i in range(sentence.span.start, sentence.span.end)] if triggers else []
        partial: list[Partial] = []
        visits: list[tuple[str, frozenset[str]]] = []  # (type, states) of visits told one per destination
        for trigger in triggers:
            head = doc[trigger.start]
            if _is_a_financial_year(head) or _attended_by(head):
                continue  # « 2,5 milliards de livres pour l'exercice 2024-2025 », « en présence du ministre »
            if trigger.words in trigger.event_type.reflexive_only and not _is_reflexive(head):
                continue  # « la France y entretient des forces », not « ils se sont entretenus »
            if trigger.words in trigger.event_type.joint_subject_only and not _in_joint_subject(head):
                continue  # « X et son homologue ont signé », not « de bonnes relations avec son homologue »
            if trigger.words in trigger.event_type.person_subject_only and not sentence.person_subject(head):
                continue  # « le vice-ministre Alexandre Fomine assistait au défilé », not « le Bangladesh y assistait »
            if trigger.words in trigger.event_type.grouping_subject_only and not sentence.grouping_subject(head, carry):
                continue  # « la coalition rassemblait les armées du Nigeria… », not « Paris a rassemblé ses alliés »
            if trigger.words in trigger.event_type.personnel_only and not (
                _of_troops(head) or sentence.mission_as_subject(head)
            ):
                continue  # « les soldats ont quitté le pays », not « le Niger a quitté la CEDEAO »
            if trigger.words in trigger.event_type.equipment_subject_only and not sentence.equipment_subject(
                head, trigger.event_type
            ):
                continue  # « les Marines ont débarqué »: no equipment delivered
            if trigger.words in trigger.event_type.not_of_troops and _of_troops(head):
                continue  # « le retrait programmé des Casques bleus »: troops leave, no one leaves a grouping
            if trigger.words in trigger.event_type.thing_object_only and sentence.actor_as_object(head):
                continue  # « la France n'avait pas attendu les Américains »: no equipment awaited
            if _constitutes(head):
                continue  # « Ses soldats forment, avec les Tanzaniens, la Brigade d'intervention »: no training
            if head.pos_ == "VERB" and sentence.governs_another_event(head, trigger, triggers):
                continue  # « la Norvège a accueilli Trident Juncture », « a reçu une formation »: that event
            if trigger.event_type.reflexive_as and _is_reflexive(head) and not sentence.alone(head, carry):
                # « le Cavour s'est entraîné avec la marine japonaise »: together, an exercise; « les Royal
                # Marines s'entraînent chaque hiver dans le nord du pays »: alone, abroad, training
                trigger = replace(trigger, event_type=self.codebook.event_types[trigger.event_type.reflexive_as])
            if any(
                (m.type in ACTOR_TYPES or m.type == "PERSON") and m.method != FORCE_NAME_METHOD
                for m in sentence.mentions_at.get(head.i, [])
            ):
                continue  # « l'Alliance atlantique » is an actor, not an alliance
            if (
                trigger.event_type.code == "MILITARY_PRESENCE"
                and ((head.dep_ in SUBJECT_DEPS and _takes_part_in(head.head)) or _alongside(head))
                and any(other.event_type.code == "JOINT_EXERCISE" for other in triggers)
            ):
                # « un contingent algérien a pris part aux manœuvres Vostok », « …aux manœuvres russes
                # Vostok-2018, aux côtés de troupes chinoises »: there for the exercise
                continue
            if trigger.event_type.code == "MILITARY_PRESENCE" and any(
                other.event_type.code == "JOINT_EXERCISE"
                and _gathered_by(clause_root(head), doc[other.start], clause_root(doc[other.start])) is not None
                for other in triggers
            ):
                continue  # « l'exercice Cold Response, qui avait rassemblé … des contingents américains »: the same
            if (
                trigger.event_type.code == "MILITARY_PRESENCE"
                and trigger.words[0] == "accueillir"
                and (sentence.last_told_type == "JOINT_EXERCISE" or sentence.exercise_told)
            ):
                continue  # « En 2024, c'est le Rajasthan qui avait accueilli les soldats japonais »: for the exercise
            if trigger.event_type.code == "MILITARY_PRESENCE" and _delivered(head, triggers):
                continue  # « les premiers F-16 achetés au Danemark se sont posés à Río Cuarto »: a delivery
            if _gathers_for(head, sentence.trigger_starts):
                continue  # « l'exercice Eagle Partner, qui a réuni… »: the gathering is the exercise
            if (
                (_is_anaphoric(head) and not (carry.exercise and trigger.event_type.organiser_from_exercise))
                or _names_a_kind_of_place(head)
                or _names_a_kind_of_equipment(head)
                or _names_a_unit(head)
                or _is_the_setting(head)
                or _dates_the_clause(head, trigger, triggers)
                or not (
                    # a named exercise, leaders, or the event followed suit in are context
                    trigger.words in (NAMED_EVENT, JOINT_LEADERS, FOLLOWING_SUIT)
                    # « la SAMIM a achevé son retrait »: a mission is military
                    or (trigger.event_type.host_from_mission and sentence.mission_as_subject(head))
                    or _has_context(sentence.span, trigger, triggers, words)
                    # « La Turquie a acheté des S-400 à la Russie. Les livraisons ont commencé en 2019 »: a
                    # sentence naming no actor goes on with the event of its type the paragraph told
                    or (trigger.event_type.code in sentence.told_events and not sentence.actor_tokens)
                    # « La Lettonie a commandé à son tour six lanceurs »: what the paragraph told, once more
                    or (trigger.event_type.code in sentence.told_events and _in_turn(clause_root(head)))
                    or any(_is_context_entity(m, trigger.event_type) for m in sentence.mentions)
                    # a named weapon system (« un lot de TB2 ») is what an arms transfer moves
                    or (trigger.event_type.supplier_from_system and sentence.has_system())
                    # « Les lance-roquettes HIMARS font figure d'exception. Taipei en a commandé 29 »
                    or (trigger.event_type.supplier_from_system and _of_them(head) and sentence.suppliers_before)
                )
            ):
                continue
            found = sentence.participants(head, trigger.event_type, carry, doc[trigger.end - 1])
            if found is None and trigger.words in trigger.event_type.equipment_subject_only:
                found = ((), "rule:clause", None)  # « Les premiers K2 ont débarqué à Gdynia »: who, from where and what
            if found is None:
                continue
            participants, method, carried_date = found
            if trigger.words == JOINT_LEADERS and method == "rule:clause":
                method = "rule:joint-leaders"
            if carried_date is None and any(m.method == "rule:reference-group" for m in sentence.mentions):
                carried_date = carry.date  # « Les deux parties ont abordé… »: the meeting's date
            carried_date = carried_date or carry.announced
            groups = sentence.distribute(head, participants, carry, trigger)
            if len(groups) > 1 and trigger.words in trigger.event_type.host_triggers:
                visits.append((trigger.event_type.code, frozenset(group[-1] for group in groups)))
            split = {key for group in groups for key in group} if len(groups) > 1 else set()
            for group in groups:
                record = self._record(doc_id, sentence, trigger, group, method, carried_date)
                if record is not None and sentence.state_of_place(record.place_key) in split - set(group):
                    # « Erdoğan à Ankara, puis Poutine à Moscou »: Ankara is where the other one was met
                    record = replace(record, place="", place_key="")
                if record is None:
                    if len(set(group)) < trigger.event_type.min_participants:
                        partial.append((trigger, group, method, carried_date))
                    continue
                key = (record.type, record.participant_keys, "")
                told = events.get(key)
                if (
                    told is not None
                    and record.date_start != told.date_start
                    and ((record.date_start and told.date_start) or not self._same_clause_as(sentence, trigger, told))
                ):
                    # « Washington a approuvé en mars 2019 la vente de F-16 ; en novembre, la vente
                    # d'hélicoptères »: two dates, two facts; « Les États-Unis restent un fournisseur
                    # important du Nigeria : Washington lui a livré en 2021 douze A-29 »: a standing
                    # relation and a dated delivery, in clauses of their own
                    key = (*key[:2], record.date_start)
                    told = events.get(key)
                if told is None or told.confidence < record.confidence:
                    events[key] = record
        for record in self._joined_partial_events(doc_id, sentence, partial, events):
            events.setdefault((record.type, record.participant_keys, ""), record)
        for record in self._provided_for(doc_id, sentence, partial, events, triggers):
            events.setdefault((record.type, record.participant_keys, ""), record)
        for record in self._dated_steps(doc_id, sentence, partial, events):
            events.setdefault((record.type, record.participant_keys, f"{record.date_start}/{record.date_end}"), record)
        # « La France y maintient un contingent, au sein des forces stationnées à Djibouti »: one
        # presence, told with all its parties and once more with fewer.
        # « une tournée au Mali, au Niger et au Burkina Faso, où la lutte contre le terrorisme a figuré au
        # cœur des entretiens »: a visit told one destination at a time; the talks with all of them are
        # those visits, not one more meeting.
        found = [
            record
            for record in events.values()
            if not any(
                other.type == record.type
                and other.status == record.status
                and set(record.participant_keys) < set(other.participant_keys)
                and not _one_visit_of(record, visits)
                for other in events.values()
            )
            and not any(
                record.type == code and len(destinations & set(record.participant_keys)) >= 2
                for code, destinations in visits
            )
        ]
        listed = self._exercise_list_events(doc_id, sentence, carry) + self._taking_part_there(doc_id, sentence, carry)
        # « des exercices tels que Kazind (Inde), Steppe Eagle (États-Unis) »: the list says who took
        # part in which; the exercise with everyone named is none of them.
        found = [
            record
            for record in found
            if not any(
                item.type == record.type and set(item.participant_keys) <= set(record.participant_keys)
                for item in listed
            )
        ]
        # « Des contingents arméniens et kazakhs y étaient associés »: contingents taking part in the
        # exercise are there for it, no presence of their own
        found = [
            record
            for record in found
            if not (
                record.type == "MILITARY_PRESENCE"
                and any(
                    item.method == "rule:taking-part" and set(record.participant_keys) <= set(item.participant_keys)
                    for item in listed
                )
            )
        ]
        if not any(record.type == "JOINT_EXERCISE" for record in [*found, *listed]):
            listed += self._edition_events(doc_id, sentence)
        return found + listed

    def _joined_partial_events(
        self,
        doc_id: str,
        sentence: _Sentence,
        partial: list[Partial],
        events: dict[tuple[str, tuple[str, ...], str], EventRecord],
    ) -> list[EventRecord]:
        """Triggers of one type that found too few parties each, and tell one event between them (« Signé …
        par le ministre danois …, et le secrétaire d'État américain …, l'accord … »): one event with the
        parties of both, when the sentence has no event of that type yet."""
        joined = []
        for i, (trigger, group, method, carried) in enumerate(partial):
            code = trigger.event_type.code
            if any(key[0] == code for key in events):
                continue
            for other, other_group, _, other_carried in partial[i + 1 :]:
                if other.event_type.code != code or not _one_clause(
                    sentence.doc[trigger.start], sentence.doc[other.start], sentence.span.start
                ):
                    continue
                union = tuple(dict.fromkeys((*group, *other_group)))
                if len(union) < trigger.event_type.min_participants:
                    continue
                record = self._record(doc_id, sentence, trigger, union, method, carried or other_carried)
                if record is not None:
                    joined.append(record)
                    break
        return joined

    def _provided_for(
        self,
        doc_id: str,
        sentence: _Sentence,
        partial: list[Partial],
        events: dict[tuple[str, tuple[str, ...], str], EventRecord],
        triggers: list[Trigger],
    ) -> list[EventRecord]:
        """« signer avec Viktor Orbán un accord prévoyant l'achat de quatre Gripen »: what an agreement or
        a contract provides for is between its parties, with those the trigger names itself."""
        found = []
        for trigger, group, method, carried in partial:
            head = sentence.doc[trigger.start]
            verb = head.head
            if not (
                head.dep_ in ("obj", "obl:arg", "nsubj:pass")
                and verb.dep_ in DESCRIPTIVE_CLAUSES
                and fold(verb.lemma_) in PROVIDING_VERBS
            ):
                continue
            deal = verb.head
            kinds = {t.event_type.code for t in triggers if t.start <= deal.i < t.end} - {trigger.event_type.code}
            told = [record for record in events.values() if record.type in kinds]
            for record in told:
                union = tuple(dict.fromkeys((*record.participant_keys, *group)))
                made = self._record(doc_id, sentence, trigger, union, method, carried)
                if made is not None:
                    # agreed as the deal is (« prévoyant » is what the deal says, not a plan of its own)
                    found.append(
                        replace(
                            made,
                            status=record.status,
                            status_cue=record.status_cue,
                            place=made.place or record.place,
                            place_key=made.place_key or record.place_key,
                        )
                    )
                    break
        return found

    @staticmethod
    def _same_clause_as(sentence: _Sentence, trigger: Trigger, told: EventRecord) -> bool:
        """Whether a trigger is in the clause of the event already told (or in a participle describing it)."""
        doc = sentence.doc
        span = doc.char_span(told.start, told.end, alignment_mode="expand")
        return span is None or _one_clause(doc[trigger.start], span.root, sentence.span.start)

    def _dated_steps(
        self,
        doc_id: str,
        sentence: _Sentence,
        partial: list[Partial],
        events: dict[tuple[str, tuple[str, ...], str], EventRecord],
    ) -> list[EventRecord]:
        """« Le Maroc a acheté à la France des frégates, commandées en 2007 et livrées en 2014 »: a
        participle describing what an event of its type is about, with a date of its own, is another step
        of that event (the order, the delivery), between the same parties."""
        doc, steps = sentence.doc, []
        for trigger, group, method, _ in partial:
            noun = _described_thing(doc[trigger.start])
            if noun is None or (noun.pos_ != "VERB" and noun.i in sentence.trigger_starts):
                continue  # « un accord conclu en 2022 »: the agreement itself, told twice
            for record in list(events.values()):
                told = doc.char_span(record.start, record.end, alignment_mode="expand")
                if (
                    record.type != trigger.event_type.code
                    or told is None
                    or not _in_subtree(noun, told.root)
                    or not set(group) <= set(record.participant_keys)
                ):
                    continue
                step = self._record(doc_id, sentence, trigger, record.participant_keys, method, None)
                if step is not None and step.date_start and step.date_start != record.date_start:
                    steps.append(step)
                break
        return steps

    def _edition_events(self, doc_id: str, sentence: _Sentence) -> list[EventRecord]:
        """« La prochaine édition doit se tenir au printemps », « La prochaine édition de Talisman Sabre,
        prévue en 2025 »: another edition of an exercise the text told, with the parties it gave it,
        when the sentence names no one else. « Cette édition » is the one just told."""
        joint = self.codebook.event_types.get("JOINT_EXERCISE")
        if joint is None or any(_actor_key(m) for m in sentence.mentions if not sentence.named_only_as_a_place(m.key)):
            return []
        for i in range(sentence.span.start, sentence.span.end):
            token = sentence.doc[i]
            # the sentence's precomputed forms: no string is read from tokens that are not « édition »
            if "edition" not in sentence.forms[i] or token.dep_ not in SUBJECT_DEPS or _is_anaphoric(token):
                continue
            held = [
                token.head,
                *(child for child in token.head.children if child.dep_ == "xcomp"),  # « doit se tenir »
                *(child for child in token.children if child.dep_ == "acl"),  # « prévue en 2025 »
            ]
            if not any(_holds(verb) for verb in held):
                continue  # « L'édition précédente avait déjà marqué un tournant »: what it meant, not that it is held
            named = [
                mention.key
                for mention, span in sentence.spans_of("EXERCISE")
                if _in_subtree(span.root, token) and span.root.i != token.i
            ]
            parties = sentence.exercise_parties.get(named[0], ()) if named else sentence.last_exercise_parties
            if len(parties) < joint.min_participants:
                continue
            trigger = Trigger(joint, token.i, token.i + 1)
            record = self._record(doc_id, sentence, trigger, parties, "rule:edition", None)
            return [record] if record is not None else []
        return []

    def _record(
        self,
        doc_id: str,
        sentence: _Sentence,
        trigger: Trigger,
        participants: tuple[str, ...],
        method: str,
        carried_date: DateValue | None,
    ) -> EventRecord | None:
        event_type = trigger.event_type
        doc = sentence.doc
        head = doc[trigger.start]
        root = clause_root(head)
        place_key, place = sentence.place(root, head)
        if event_type.host_from_mission:
            # « Kigali, l'un des principaux contributeurs de troupes de la Minusca »: in the Central African Republic
            participants = (*participants, *filter(None, (self.roles.mission_host(key) for key in participants)))
        if event_type.code == "MILITARY_PRESENCE":
            # « une attaque de Boko Haram contre la base de Barkaram »: an armed group is hosted by no one,
            # and what it attacks is no presence of the others
            kept = tuple(key for key in participants if not self.roles.is_armed_group(key))
            if len(kept) < len(participants) and len(set(kept)) < 2:
                return None
            participants = kept
        if event_type.host_from_place and (not event_type.host_triggers or trigger.words in event_type.host_triggers):
            hosts = sentence.hosts(root, self.roles, head)
            participants = (*participants, *hosts)
            alone = len(set(participants)) == 1 and event_type.min_participants == 1
            if all(key in hosts or sentence.named_only_as_a_place(key) for key in participants):
                # « l'envoi de troupes occidentales au sol en Ukraine », « la baie de Souda sert de point de
                # passage aux navires acheminés vers la Bulgarie »: where, but sent by no one named
                return None
            if any(self.roles.is_company(key) for key in participants) and all(
                self.roles.is_company(key) or sentence.named_only_as_a_place(key) for key in participants
            ):
                # « Elbit Systems envisagerait d'implanter deux sites de production dans le royaume »: a
                # company's site is industry, no military presence
                return None
            if alone and not hosts and _at_home(root, head):
                # « Cotonou, qui a déployé l'opération Mirador dans ses départements septentrionaux »: at home
                return None
            nearby = [state for state in sentence.paragraph_states if state not in participants]
            located = [state for state in sentence.paragraph_locations if state not in participants]
            if alone and not hosts and nearby and sentence.has_unknown_place() and not sentence.locations(self.roles):
                # « L'US Navy a rénové un hangar à Keflavík », in a paragraph about Iceland: a place the
                # gazetteer does not know is in the state the paragraph was telling of, the one it placed
                # things in first (« au Guyana … Caracas … au large de Georgetown »)
                participants = (*participants, (located or nearby)[0])
            elif (
                alone
                and not hosts
                and located
                and not sentence.document_host
                and not sentence.locations(self.roles)
                and not sentence.has_unknown_place()
                and not sentence.places_on(head, root)
            ):
                # « La situation reste tendue au Kosovo. La Turquie a déployé un bataillon »: sent where
                # the paragraph is; a region that spans states is no host, but says where when it is the
                # event's own (« la présence de Moscou en Asie centrale »), not when it describes something
                # else (« 700 soldats prélevés sur sa force de réserve pour les Balkans occidentaux »)
                participants = (*participants, located[0])
            elif alone and not hosts and sentence.document_host and sentence.document_host not in participants:
                # « Djibouti, garnison des puissances » / « la Chine a inauguré sa première base à
                # l'étranger »: a presence with no host named is in the one state the title names.
                participants = (*participants, sentence.document_host)
            if all(key.startswith("PERSON:") for key in participants):
                return None  # a person named alone, standing for no state, has no forces abroad
        if event_type.host_from_paragraph and len(set(participants)) == 1:
            located = [state for state in sentence.paragraph_locations if state not in participants]
            if located and not sentence.locations(self.roles) and not sentence.spans_of("PLACE"):
                participants = (*participants, located[0])  # trained where the paragraph is
        if trigger.words in event_type.equipment_subject_only and len(set(participants)) < 2:
            # « Les premiers K2 ont débarqué dans le port de Gdynia »: delivered to the state they arrive in
            participants = (*participants, *sentence.locations(self.roles))
        if (
            event_type.supplier_from_system
            and len(set(participants)) < 2
            and not any(self.roles.is_company(key) for key in participants)
        ):
            # « la Pologne a acheté des K2 » from Korea; « Washington lui a livré des Super Tucano »
            # names its buyer and its seller, whoever built them
            # « Les lance-roquettes HIMARS font figure d'exception. Taipei en a commandé 29 »: « en » stands
            # for the systems the sentence before named
            participants = (
                *participants,
                *(sentence.suppliers(root) or (sentence.suppliers_before if _of_them(head) else [])),
            )
        if (
            event_type.counterpart_from_place
            and len(set(participants)) == 1
            and sentence.type_of(participants[0]) == "STATE"
        ):
            # « Choïgou avait annoncé à Naypyidaw la vente de six Su-30 », « des techniciens brésiliens ont
            # été formés à Cherbourg »: the one other state the clause is in is the other side
            elsewhere = [key for key in sentence.places_of_the_act(head, root, self.roles) if key not in participants]
            if len(elsewhere) == 1:
                participants, method = (*participants, elsewhere[0]), f"{method}+place"
        if event_type.organiser_from_exercise:
            participants = (*participants, *sentence.organisers(head, trigger, self.roles))
        owned: set[str] = set()
        if event_type.initiative_as_owner:
            # « la Bosnie a rejoint le Partenariat pour la paix »: NATO's; « l'UE finance … par la Facilité
            # européenne pour la paix »: its own, no membership
            owners = {key: self.roles.owning_organisation(key) for key in participants}
            participants = tuple(
                owners[key] or key for key in participants if not (owners[key] and owners[key] in participants)
            )
            owned = {owner for owner in owners.values() if owner}
        participants = sentence.officials_at_home(participants)
        # « la mission de formation EUTM Mozambique a instruit… »: the EU trains
        participants = tuple(self.roles.acting_for(key) for key in participants)
        actors = [key for key in participants if not key.startswith("PERSON:")]
        states = [key for key in actors if not self.roles.is_company(key)]
        organisations = [key for key in actors if sentence.type_of(key) != "STATE"]
        if (
            event_type.company_parties
            and len(set(organisations)) >= 2
            and any(self.roles.is_company(key) for key in organisations)
        ):
            states = organisations  # « General Electric et HAL ont signé… »: the companies are the parties
        elif (
            event_type.company_supplier
            and len(actors) > len(states)
            and (len(set(states)) == 1 or set(states) <= set(sentence.subject_actors(root, Carry())))
        ):
            # « les FAR ont acquis auprès d'Israel Aerospace Industries », « la Norvège et l'Allemagne ont
            # commandé ensemble à TKMS »: the company sells to the buyers
            states = actors
        elif not states and actors:
            return None  # companies among themselves sign contracts, not defence agreements
        participants = tuple(sorted(set(states or actors or participants)))
        told = sentence.told_events.get(event_type.code)
        followed: tuple[str, ...] = ()
        if trigger.words == FOLLOWING_SUIT and told:
            # « La Norvège lui a emboîté le pas »: who is followed is the subject told before, no party
            followed = sentence.told_subjects.get(told.type, ())
            participants = tuple(key for key in participants if key not in followed) or participants
        if (
            participants
            and len(participants) < event_type.min_participants
            and told
            and len(told.participant_keys) == 2
            and set(participants) <= set(told.participant_keys)
            and trigger.words != FOLLOWING_SUIT
        ):
            # « Les Philippines ont signé avec l'Inde un contrat pour des BrahMos. Les premiers éléments ont
            # été livrés le 19 avril 2024 par l'armée de l'air indienne »: a later step of the deal the
            # paragraph told, between its parties
            participants, method = told.participant_keys, "rule:same-deal"
        elif (
            len(participants) == 1
            and told
            and participants[0] not in told.participant_keys
            and (_in_turn(root) or trigger.words == FOLLOWING_SUIT)
            # « l'Irak a signé à son tour avec LIG Nex1 »: a partner of its own
            # (following suit takes no partner: « … le pas, en marge du sommet de l'OTAN »)
            and (
                trigger.words == FOLLOWING_SUIT
                or all(
                    set(sentence.keys_at(i, ACTOR_TYPES, subject=True)) <= set(participants)
                    for i in sentence.actor_tokens
                )
            )
        ):
            # « L'Estonie a commandé des HIMARS aux États-Unis. La Lettonie a commandé à son tour six lanceurs »:
            # the same deal as the one told, with a new subject in place of its subject
            counterparts = [
                key for key in told.participant_keys if key not in sentence.told_subjects.get(told.type, ())
            ]
            if 0 < len(counterparts) < len(told.participant_keys):
                participants, method = tuple(sorted({*participants, *counterparts})), "rule:in-turn"
        subject = sentence.document_subject
        if (
            event_type.counterpart_from_title
            and len(participants) == 1
            and subject
            and participants[0] != subject
            and not sentence.names_other_states(participants)
        ):
            # « En août 2019, l'administration Trump a approuvé la vente de 66 chasseurs F-16V », in an
            # article titled « Taïwan : … »: the sale is to the state the document is about
            participants, method = tuple(sorted((participants[0], subject))), f"{method}+title"
        if len(participants) < event_type.min_participants:
            return None
        if event_type.requires and not any(
            sentence.type_of(key) in event_type.requires or key in owned for key in participants
        ):
            return None
        status, cue = self._status(sentence, head, root)
        if (
            event_type.host_from_place
            and len(participants) == 1
            and status == "occurred"
            and not any(fold(token.text) in ABROAD_WORDS for token in sentence.span)
            # « l'UE a lancé l'opération Aspides »: an organisation's operation tells where it is
            and not (trigger.words == NAMED_EVENT and sentence.type_of(participants[0]) == "ORGANIZATION")
        ):
            # « Ces textes encadrent l'accès des forces américaines à des installations nordiques »: forces
            # somewhere, with no host, tell an analyst nothing they can check; nor do forces at a place in
            # no other state known (« les trois premiers F-35A belges se sont posés à Florennes », « les
            # États-Unis stationnent des appareils sur la base d'Al-Dhafra »): at home, or abroad with the
            # host unnamed. A plan, a hypothesis or a denial still tells something (« La Russie pourrait
            # multiplier les escales »), and so does a first base « à l'étranger »
            return None
        chosen = sentence.nearest_date(head, root) or carried_date
        confidence = CONFIDENCE[method.split("+")[0]] - (0.1 if len(participants) == 1 else 0.0)
        if method.endswith(("+title", "+place")):
            confidence -= TITLE_COUNTERPART_PENALTY
        trigger_span = doc[trigger.start : trigger.end]
        return EventRecord(
            doc_id=doc_id,
            type=event_type.code,
            participant_keys=participants,
            place_key=place_key,
            place=place,
            date_start=chosen.date_start if chosen else "",
            date_end=chosen.date_end if chosen else "",
            date_text=chosen.text if chosen else "",
            date_granularity=chosen.granularity if chosen and chosen.date_start else "",
            status=status,
            status_cue=cue,
            trigger=trigger_span.text,
            sentence_id=sentence.sent_id,
            sentence=sentence.text.strip(),
            start=trigger_span.start_char,
            end=trigger_span.end_char,
            confidence=round(confidence, 2),
            method=method,
        )

    def _status(self, sentence: _Sentence, head: Token, root: Token) -> tuple[str, str]:
        sent, doc, forms = sentence.span, sentence.doc, sentence.forms
        relative = _relative_clause(head)
        if relative is not None:  # its own modality, not that of the clause it hangs on
            window, root = relative, head
        else:
            window = doc[max(sent.start, min(head.i, root.i) - 6) : min(sent.end, max(head.i, root.i) + 2)]
        folded = [fold(t.text) for t in window]
        if any(word in ("ne", "n'") for word in folded):
            negation = next((t for t in window if fold(t.text) in NEGATION_WORDS), None)
            if negation is not None:
                return "negated", f"ne … {negation.text}"
            # « Ni l'Arabie saoudite ni les Émirats n'y ont adhéré »
            neither = next((t for t in root.subtree if fold(t.text) == "ni"), None)
            if neither is not None:
                return "negated", f"{neither.text} … ne"
        # The verbs governing the trigger carry its modality even when they stand far from it (« Les
        # deux parties ont abordé des sujets clés en matière de coopération (…, l'entraînement) »); not
        # those of the clause a relative clause hangs on.
        governors = [] if relative is not None else _governing_verbs(head, window.start)
        # « l'accord … prévoit des échanges d'officiers »: what an agreement provides for is planned, the
        # agreement is not
        provides = head.head.i if head.dep_.startswith("nsubj") and fold(head.head.lemma_) in PROVIDING_VERBS else -1
        starts: dict[str, list[int]] = {}  # where each word form starts in the window
        for token in window:
            if token.i == provides:
                continue
            if token.pos_ not in ("CCONJ", "ADP", "PUNCT"):  # « puis » is no form of « pouvoir »
                for form in forms[token.i]:
                    starts.setdefault(form, []).append(token.i)
        for status in STATUS_PRIORITY:
            for words in self.codebook.status_cues.get(status, ()):
                if words[0] in ("ne", "n'"):
                    continue
                for i in sorted(starts.get(words[0], ())):
                    end = _match_words(window, i, words, forms)
                    if end is not None:
                        return status, doc[i:end].text
                for governor in governors[:2]:
                    if len(words) == 1 and words[0] in forms[governor.i]:
                        return status, governor.text
        intent = _intent_governing(head)
        if intent is not None:
            return "planned", intent.text
        verb = root if root.pos_ in ("VERB", "AUX") else head.head
        # « sera livré », « aurait conclu »: the tense and mood of a compound form are its auxiliary's
        finite = [verb, *(child for child in verb.children if child.dep_ in ("aux:tense", "aux:pass"))]
        if head.pos_ == "VERB" and head.i != verb.i and head.dep_ == "dep":
            # « La France et les États-Unis produiront ensemble des drones »: the parser made « ensemble »
            # the verb and left the trigger verb hanging on it
            finite.append(head)
        for word in finite:
            if ("Fut" in word.morph.get("Tense") and FUTURE_ENDING.search(word.lower_)) or (
                # « organiseront », which the model may tag as a present: no present ends so
                word.pos_ in ("VERB", "AUX") and len(word.text) > 6 and word.lower_.endswith("ront")
            ):
                return "planned", word.text  # the model's future tense is not to be trusted on « accueille »
        for word in finite:
            if "Cnd" in word.morph.get("Mood") or _spelt_as_a_conditional(word):
                if verb.dep_ == "ccomp" and fold(verb.head.lemma_) in ANNOUNCING_VERBS:
                    return "planned", word.text
                return "hypothetical", word.text
        return "occurred", ""

    def _following_suit_triggers(self, sentence: _Sentence, triggers: list[Trigger]) -> list[Trigger]:
        """« Le Qatar a suivi en mai 2015 », « Emmanuel Macron lui a emboîté le pas le 11 juillet »: a subject
        following suit does what the paragraph last told, with the same counterparts (`rule:in-turn`)."""
        told = self.codebook.event_types.get(sentence.last_told_type)
        if told is None:
            return []
        found: list[Trigger] = []
        for token in sentence.span:
            lemma = fold(token.lemma_)
            if token.pos_ != "VERB" or lemma not in ("suivre", "emboiter"):
                continue
            objects = [child for child in token.children if child.dep_ == "obj"]
            if lemma == "suivre" and objects:
                continue  # « a suivi une formation », « suivre l'exemple »: what is followed is named
            if lemma == "emboiter" and not any(fold(t.text) == "pas" for t in token.doc[token.i + 1 : token.i + 4]):
                continue
            if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":":
                continue  # « La Belgique a suivi : l'accord de sécurité signé… »: what follows says what
            subjects = [child for child in token.children if child.dep_ in SUBJECT_DEPS]
            # an actor, or another edition of the exercise told (« Une deuxième édition a suivi en
            # novembre »); not what befell someone (« d'autres frappes ont suivi »)
            if not any(child.i in sentence.actor_tokens or fold(child.lemma_) in EDITION_NOUNS for child in subjects):
                continue
            found.append(Trigger(told, token.i, token.i + 1, FOLLOWING_SUIT))
        return found

    def _joint_leaders_triggers(self, sentence: _Sentence, triggers: list[Trigger]) -> list[Trigger]:
        """« Le 29 avril, à Manille, Shigeru Ishiba et Ferdinand Marcos Jr sont convenus d'ouvrir des
        négociations »: leaders of two states who do something together have met; their verb is the
        trigger of a meeting when no word of its clause says one."""
        meeting = self.codebook.event_types.get("HIGH_LEVEL_MEETING")
        if meeting is None:
            return []
        found: list[Trigger] = []
        for token in sentence.span:
            verb = token.head
            if token.dep_ == "appos" and verb.dep_.startswith("obl") and verb.head.pos_ == "VERB":
                # « Le 29 avril, à Manille, Shigeru Ishiba et Ferdinand Marcos Jr sont convenus… »: the parser
                # reads the subject after an opening place as that place's apposition
                verb = verb.head
                if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                    continue
            elif token.dep_ not in SUBJECT_DEPS:
                continue
            if verb.pos_ != "VERB" or not any(c.dep_ == "conj" for c in token.children):
                continue
            states = {
                mention.affiliation
                for conjunct in (token, *(c for c in token.children if c.dep_ == "conj"))
                for mention in sentence.mentions_at.get(conjunct.i, [])
                if mention.type == "PERSON" and mention.affiliation and sentence.type_of(mention.affiliation) == "STATE"
            }
            clause = {t.i for t in verb.subtree}
            if len(states) < 2 or any(t.event_type.code == meeting.code and t.start in clause for t in triggers):
                continue
            found.append(Trigger(meeting, verb.i, verb.i + 1, JOINT_LEADERS))
        return found

    def _named_exercise_triggers(self, sentence: _Sentence, triggers: list[Trigger]) -> list[Trigger]:
        """« les militaires philippins et américains ont pris part à Balikatan »: a named exercise that
        actors take part in, host or lead is the trigger when no word of the sentence says exercise."""
        joint = self.codebook.event_types.get("JOINT_EXERCISE")
        presence = self.codebook.event_types.get("MILITARY_PRESENCE")
        if joint is None:
            return []
        names = sentence.spans_of("EXERCISE")
        if any(
            trigger.event_type.code == joint.code and not _describes_a_name(sentence.doc[trigger.start], names)
            for trigger in triggers
        ):
            return []
        found = []
        for mention, span in names:
            named = span.root
            operation = (
                self.roles.is_operation(mention.key)
                or fold(span[0].text) == "operation"
                or (named.dep_ == "nmod" and fold(named.head.lemma_) == "operation")
            )
            if named.dep_ == "nmod" and fold(named.head.lemma_) in (*EDITION_NOUNS, "operation"):
                # « le Chili a accueilli la 65e édition d'UNITAS », « ont lancé l'opération EUNAVFOR Aspides »
                named = named.head
            verb = named.head
            if named.dep_ in ("obl:arg", "obl:mod", "obj") and (_takes_part_in(verb) or _leads(verb)):
                # « l'UE a lancé l'opération Aspides »: an operation is forces deployed, not an exercise, unless
                # the sentence says what it does
                if operation and (presence is None or any(t.start != verb.i for t in triggers)):
                    continue  # « l'opération Interflex dispense une formation »: the operation is that event
                found.append(Trigger(presence if operation else joint, span.start, span.end, NAMED_EVENT))
        return found

    def _exercise_list_events(self, doc_id: str, sentence: _Sentence, carry: Carry) -> list[EventRecord]:
        """« Kazind (Kazakhstan), Khanjar (Kirghizstan) et Dustlik (Ouzbékistan) »: one event per
        exercise, with the state in brackets and the subject of the clause."""
        joint = self.codebook.event_types.get("JOINT_EXERCISE")
        if joint is None:
            return []
        doc, records = sentence.doc, []
        for mention, span in sentence.spans_of("EXERCISE"):
            if span.end + 2 >= sentence.span.end or doc[span.end].text != "(":
                continue
            close = next(
                (i for i in range(span.end + 1, min(span.end + 8, sentence.span.end)) if doc[i].text == ")"), span.end
            )
            inside = _unique(
                key for i in range(span.end + 1, close) for key in sentence.keys_at(i, ACTOR_TYPES, subject=True)
            )
            if not inside:
                continue
            subject = sentence.governing_subject(span.root, carry)
            participants = tuple(_unique([*subject[:1], *inside[:2]]))
            trigger = Trigger(joint, span.start, span.end)
            record = self._record(doc_id, sentence, trigger, participants, "rule:exercise-list", None)
            if record is None:
                continue
            year = EDITION_YEAR.search(mention.text)
            if year and not record.date_start:  # « Tsentr-2019 »: the edition's year
                record = replace(record, date_start=year.group(1), date_text=mention.text, date_granularity="year")
            records.append(record)
        return records

    def _taking_part_there(self, doc_id: str, sentence: _Sentence, carry: Carry) -> list[EventRecord]:
        """« L'OTAN conduit Steadfast Defender 2024. Les armées finlandaise et suédoise y prennent part. »:
        those who take part « y » join the holders of the exercise the sentence before named."""
        joint = self.codebook.event_types.get("JOINT_EXERCISE")
        if joint is None or not carry.exercise:
            return []
        records = []
        for token in sentence.span:
            verb = token.head
            if token.lower_ != "y" or token.pos_ != "PRON" or not _takes_part_in(verb):
                continue
            subject = sentence.subject_actors(verb, carry)
            participants = tuple(_unique([*carry.exercise, *subject]))
            if not subject or len(participants) < joint.min_participants:
                continue
            trigger = Trigger(joint, verb.i, verb.i + 1)
            record = self._record(doc_id, sentence, trigger, participants, "rule:taking-part", carry.date)
            if record is not None:
                records.append(record)
        return records


def _one_visit_of(record: EventRecord, visits: list[tuple[str, frozenset[str]]]) -> bool:
    return any(
        record.type == code and len(destinations & set(record.participant_keys)) == 1 for code, destinations in visits
    )


def _founding_participle(clause: Token) -> bool:
    """« l'exercice, créé en 1959 et organisé chaque année »: a participle of founding after a name; one
    opening the sentence dates its subject instead (« Créée le 12 juillet 2021, la mission EUTM Mozambique a
    instruit… »)."""
    return (
        fold(clause.lemma_) in FOUNDING_VERBS
        and _is_a_bare_participle(clause)
        and clause.left_edge.i != clause.sent.start
    )


def _dates_a_founding(doc: Doc, value: DateValue) -> bool:
    span = doc.char_span(value.start, value.end, alignment_mode="expand")
    return span is not None and _founding_participle(clause_root(span.root))


def _founded(clause: Token, trigger: Token) -> bool:
    """A founding participle that is not the trigger's own clause dates the founding of what it describes
    (« UNITAS, le plus ancien exercice naval, créé en 1959 »), not the event told."""
    return _founding_participle(clause) and clause.i != trigger.i and not _in_subtree(trigger, clause)


def _describes_a_name(token: Token, names: list[tuple[Mention, Span]]) -> bool:
    """« Flintlock, l'exercice annuel organisé par l'Africom »: the trigger word only describes the named
    exercise it follows, in apposition (the parser may tie it to the verb instead)."""
    i = token.i
    while i > 0 and token.doc[i - 1].pos_ in ("DET", "ADJ", "ADV"):
        i -= 1
    if i < 2 or token.doc[i - 1].text != ",":
        return False
    return any(span.end == i - 1 for _, span in names)


def _as_well_as(token: Token) -> bool:
    """A word of « ainsi que », which joins names as « et » does."""
    doc, text = token.doc, fold(token.text)
    if text == "ainsi":
        return token.i + 1 < len(doc) and fold(doc[token.i + 1].text) == "que"
    return text == "que" and token.i > 0 and fold(doc[token.i - 1].text) == "ainsi"


def _part_of(event: EventRecord, exercise: EventRecord, names_an_exercise: bool) -> bool:
    """Whether `event` tells more of the exercise told before in the paragraph: those who take part
    « y », or an exercise the sentence does not name, held on no other date and with the same status."""
    if event.method == "rule:taking-part":
        return True
    return (
        event.type == exercise.type
        and not names_an_exercise
        and event.status == exercise.status
        and event.date_start in ("", exercise.date_start)
    )


def _troops_there(event: EventRecord, exercise: EventRecord, sentence: _Sentence) -> bool:
    """« …l'exercice Khaan Quest a réuni 1 200 militaires. Aux côtés des Américains, on y croisait des
    contingents japonais et indiens »: troops « y », at the exercise just told, on no other date and in no
    place of their own, are more of its parties, not a presence."""
    return (
        event.type == "MILITARY_PRESENCE"
        # troops met there, not troops stationed there (« Les États-Unis y stationnent 54 000 soldats »)
        and not _forms(event.trigger.split()[0], "").isdisjoint(PERSONNEL_NOUNS | {"contingent", "unite"})
        and event.status == exercise.status
        and _same_time(event.date_start, exercise.date_start)
        and not sentence.spans_of("PLACE")
        and any(fold(token.text) == "y" and token.pos_ == "PRON" for token in sentence.span)
    )


def _same_time(one: str, other: str) -> bool:
    """Whether two dates may be the same time: one unknown, or one within the other (« 2025 », « 2025-06-14 »)."""
    return not one or not other or one.startswith(other) or other.startswith(one)


def _joined(exercise: EventRecord, taking_part: EventRecord) -> EventRecord:
    """An exercise with the parties a later sentence adds to it."""
    return replace(
        _refined(exercise, taking_part),
        participant_keys=tuple(sorted({*exercise.participant_keys, *taking_part.participant_keys})),
        sentence=f"{exercise.sentence} {taking_part.sentence}",
        method=f"{exercise.method}+taking-part",
    )


def _told_more_precisely(earlier: EventRecord, later: EventRecord) -> bool:
    """« a accueilli le mois dernier la 65e édition d'UNITAS. Du 2 au 12 septembre, … ont manœuvré »: a
    day or days within the month told before are that event told more precisely."""
    return (
        earlier.date_granularity == "month"
        and later.date_granularity in ("day", "range")
        and later.date_start.startswith(earlier.date_start)
    )


def _refined(earlier: EventRecord, later: EventRecord) -> EventRecord:
    """An event with the place and the finer date a later sentence telling it again gives."""
    finer = {}
    if _told_more_precisely(earlier, later):
        finer = {name: getattr(later, name) for name in ("date_start", "date_end", "date_text", "date_granularity")}
    if later.place and not earlier.place:
        finer |= {"place": later.place, "place_key": later.place_key}
    return replace(earlier, **finer) if finer else earlier


def _holds(verb: Token) -> bool:
    """« se tenir », « se dérouler », « avoir lieu », « prévue en 2025 »: a verb that says an event is held."""
    lemma = fold(verb.lemma_)
    if lemma == "avoir":
        return any(fold(child.lemma_) == "lieu" for child in verb.children)
    return lemma in HOLDING_VERBS


def _takes_part_in(verb: Token) -> bool:
    """« participer », « contribuer », « prendre part »."""
    lemma = fold(verb.lemma_)
    return lemma in PARTICIPATION_VERBS or (lemma == "prendre" and any(fold(c.text) == "part" for c in verb.children))


def _alongside(token: Token) -> bool:
    """« aux côtés de troupes chinoises »: the troops someone acts with."""
    side = token.head
    return (
        token.dep_ == "nmod"
        and fold(side.lemma_) == "cote"
        and any(fold(child.text) in ("aux", "a") for child in side.children if child.dep_ == "case")
    )


def _leads(verb: Token) -> bool:
    """« accueillir », « organiser », « conduire », « mener », « diriger », « rejoindre »."""
    return fold(verb.lemma_) in LEADING_VERBS


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
        contrasted: frozenset[int],
        document_host: str,
        forms: list[frozenset[str]] | None = None,
        force_names: dict[tuple[str, ...], str] | None = None,
    ):
        self.forms = doc_forms(doc) if forms is None else forms  # every token's forms, by index
        self.trigger_starts: frozenset[int] = frozenset()  # where the sentence's triggers start, once found
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
        self.contrasted = contrasted  # tokens of a contrast phrase (« Contrairement à … »)
        self.document_host = document_host  # the one state the document's title names, if any
        self.document_subject = ""  # the one state the title names before a colon, if any
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
            # « le groupe turc Baykar »; « l'allemand Rheinmetall », a demonym the parser makes a noun
            and (doc[i].pos_ == "ADJ" or doc[i].text.islower())
        )

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
        if len(set(self.subject_actors(verb, carry))) != 1:
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
        """Whether the subject of the trigger's clause names a person."""
        return any(
            mention.type == "PERSON"
            for child in clause_root(head).children
            if child.dep_ in SUBJECT_DEPS
            for token in child.subtree
            for mention in self.mentions_at.get(token.i, [])
        )

    def grouping_subject(self, head: Token, carry: Carry) -> bool:
        """Whether the subject of the trigger's clause is a grouping (an organisation that is no company,
        or an initiative)."""
        return any(
            self.type_of(key) in ("ORGANIZATION", "INITIATIVE") and not self.roles.is_company(key)
            for key in self.subject_actors(clause_root(head), carry, ACTOR_TYPES | {"INITIATIVE"})
        )

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
        if i in self.contrasted or i in self.company_origins:
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
                    return self._earlier_subject(child, types) or self._earlier_person(child) or list(carry.subject)
                found = self._actors_in(child, types)
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
        complements are the event's when the parser tied them elsewhere (« réunis au sein de l'AES »)."""
        types = event_type.participant_types
        own = self._own_arguments(head, types)
        if len(own) >= max(2, event_type.min_participants):
            return tuple(own), "rule:clause", None  # « l'adhésion de la Finlande à l'OTAN »
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
            if event_type.host_from_place and _at_the_border_of(self.doc[i]):
                continue  # « des troupes russes ont franchi la frontière ukrainienne, en direction de Kiev »
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
        keys = _unique([*keys, *where, *self._joining_the_event(head, types), *self._dative(root, types, carry)])
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
            for key in found
        )
        part_keys = {key for i, found in found_at if start <= i < end for key in found}
        if part_keys:
            sentence_keys = [key for key in sentence_keys if key in part_keys]
        if sentence_keys:
            return tuple(sentence_keys), "rule:sentence", None
        if carry.actors:
            return carry.actors, "rule:previous-sentence", carry.date
        return None

    def _apposed_subject(self, head: Token, types: frozenset[str]) -> list[str]:
        """« Membre fondateur de l'OTAN en 1949, l'Islande est le seul allié sans armée »: a bare noun
        opening the sentence describes the subject of the clause after its comma, however the parser
        tied the two."""
        if self.apposition is None or head.i != self.span.start:
            return []
        subject = next(
            (token for token in self.span if token.i > self.apposition.end and token.dep_ in SUBJECT_DEPS), None
        )
        if subject is None:
            return []
        return _unique(key for token in subject.subtree for key in self.keys_at(token.i, types, subject=True))

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
            stack = [child]
            while stack:
                token = stack.pop()
                if _description_of_equipment(token, head) is not None:
                    continue  # « le contrat portant sur trois JF-17, appareil codéveloppé par le Pakistan… »
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
        `per_counterpart`), a subject dealing with several states makes one event per state; a visit
        to several states (« une tournée au Mali, au Niger et au Burkina Faso ») is one visit to each, and
        counterparts told one after the other (« A à Ankara, puis B à Moscou ») one event each."""
        event_type = trigger.event_type
        root = clause_root(head)
        if event_type.host_from_place and trigger.words in event_type.host_triggers:
            destinations = [key for key in self.destinations(head) if key in participants]
            if len(destinations) >= 2:
                travellers = [key for key in participants if key not in destinations]
                return [(*travellers, key) for key in destinations] if travellers else [participants]
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

    def state_of_place(self, key: str) -> str:
        """The state a place of the sentence is in (« Ankara » → TUR), if known."""
        affiliation = next((m.affiliation for m in self.mentions if m.key == key and m.affiliation), "")
        return affiliation or self.roles.host_of(key)

    def _one_after_the_other(self, keys: list[str]) -> bool:
        """Whether these actors are told one after the other (« A à Ankara, puis B à Moscou »): each with
        its own event, not one event with all of them."""
        return any(
            _actor_key(mention) in keys
            and span.root.dep_ not in SUBJECT_DEPS
            and any(child.dep_ == "cc" and child.lower_ == "puis" for child in span.root.children)
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
        for mention, span in self.spans_of("STATE"):
            token = span.root
            if not _in_subtree(token, top) or token.dep_ in SUBJECT_DEPS:
                continue
            while token.dep_ == "conj" and not any(child.dep_ == "case" for child in token.children):
                token = token.head
            visited = token.head.i == head.i and token.dep_ == "obj"
            if visited or any(
                child.dep_ == "case" and fold(child.text) in DESTINATION_MARKERS for child in token.children
            ):
                found.append(_actor_key(mention))
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
        )

    @staticmethod
    def _same_clause(token: Token, root: Token, trigger: Token) -> bool:
        """In the trigger's clause, not in a clause of its own below it (« …, obligeant le Pakistan à
        reconsidérer sa posture »), unless the trigger is in that clause too, or that clause gathers the
        parties of the event the trigger names (« l'exercice Khaan Quest, qui a rassemblé des militaires
        de l'Inde et du Japon »)."""
        if not _in_subtree(token, root):
            return False
        own = clause_root(token)
        return (
            own.i == root.i
            or _in_subtree(trigger, own)
            or (own.dep_ == "xcomp" and own.head.i == root.i)
            or _gathered_by(own, trigger, root) is not None
            or _destined(own, trigger)
            or _agent_of_the_trigger(token, own, trigger)
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

    def place(self, root: Token, head: Token) -> tuple[str, str]:
        candidates = []
        for mention, span in self.spans_of("PLACE"):
            token = span.root
            if self.beyond_colon(token, head):
                continue
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
            elif span.root.head.i == head.i or (
                head.dep_ == "appos"
                and (
                    head.head.i == span.root.i
                    # « la 65e édition d'UNITAS, le plus ancien exercice maritime »
                    or (span.root.head.i == head.head.i and fold(head.head.lemma_) in EDITION_NOUNS)
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
        )

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
        if in_clause:
            # « ont renouvelé en 2010 le texte de 1980 »: a date naming another noun (« de 1980 ») gives way
            # to one that dates the clause
            dating = [value for value in in_clause if not _names_a_noun_by_date(value, self.doc, head)]
            return nearest(dating or in_clause)
        clause = root
        for _ in range(6):
            if clause.head.i == clause.i:
                break
            clause = clause_root(clause.head)
            governing = [value for value, token in roots.items() if clause_root(token).i == clause.i]
            if governing:
                return nearest(governing)
        top = self.span.root
        elsewhere = [
            value for value in usable if value not in roots or not _in_clause_of_its_own(roots[value], top, head)
        ]
        return nearest(elsewhere) if elsewhere else None

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


class ActorRoles:
    """What the gazetteer says about who can take part in an event: organisations of some kinds
    (companies, armed groups, military forces) and entities the gazetteer does not know take part only as
    the subject of the clause; a place's state hosts a presence there."""

    SUBJECT_ONLY_KINDS = frozenset({"company", "armed_group", "military_force"})

    def __init__(self, gazetteer: Gazetteer | None):
        self.gazetteer = gazetteer

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

    def is_company(self, key: str) -> bool:
        entry = self.gazetteer.get(key) if self.gazetteer else None
        return entry is not None and entry.attributes.get("kind") == "company"

    def is_armed_group(self, key: str) -> bool:
        entry = self.gazetteer.get(key) if self.gazetteer else None
        return entry is not None and entry.attributes.get("kind") == "armed_group"

    def knows(self, key: str) -> bool:
        return self.gazetteer is not None and self.gazetteer.get(key) is not None

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
