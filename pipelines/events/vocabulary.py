"""Word lists and constants the event rules read: the French words that mark a clause, a setting, a
status or a kind of thing."""

from __future__ import annotations

import re

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


# a sentence opening on these tells when, not who (« Fin juillet, … », « Chaque année, … », « Jeudi 4
# septembre, … »)
OPENING_TIME_WORDS = frozenset(
    {"fin", "debut", "mi", "courant", "chaque", "lendemain", "veille", "jusque", "lors"}
    | {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)


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
# « l'accord de défense qui le liait à la France »: a relative clause on the trigger noun that names its
# parties
BINDING_VERBS = frozenset({"lier", "unir", "relier", "associer"})
# the act that dates an agreement, where a participle tells it (« un accord, signé en janvier 2023, … »)
SIGNING_VERBS = frozenset({"signer", "conclure", "parapher"})
# « l'accord … signé le 6 octobre 2023 », « l'accord … ratifié en mars 2018 »: steps that date the agreement itself
AGREEMENT_DATING_VERBS = SIGNING_VERBS | {"ratifier"}
# « Signé en mars 2018, un accord… », « Né en 2003 comme un exercice bilatéral, Khaan Quest… »: a participle
# opening the sentence that dates what it describes, not an earlier step of it
DATING_PARTICIPLES = SIGNING_VERBS | FOUNDING_VERBS | {"naitre", "lancer"}


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
# those who man equipment (« leurs équipages avaient été formés en Chine »): trained for a deal
CREW_NOUNS = frozenset({"equipage", "servant", "sous-marinier", "mecanicien"})


DELIVERY_BATCH = frozenset({"premier", "dernier", "second", "deuxieme", "nouveau"})


# the words of a trigger that is a named exercise or operation taken part in (« ont pris part à Balikatan »)
NAMED_EVENT = ("exercise-name",)


# the words of a trigger that is the verb two leaders of different states are the subject of
JOINT_LEADERS = ("joint-leaders",)


# the words of a trigger that is a verb of following suit (« Le Qatar a suivi en mai 2015 »): it tells
# again the paragraph's last event, with a new subject
FOLLOWING_SUIT = ("follow-suit",)

# the words after « faire » that make it a verb of following suit (« La Grèce et la Turquie ont fait de même »)
DOING_THE_SAME = (("de", "meme"), ("autant",), ("pareil",), ("la", "meme", "chose"))


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


# « la base lituanienne », « les ports chinois »: a nationality on a place tells whose place it is, not whose
# forces are there
HOST_NOUNS = PLACE_NOUNS | HOME_NOUNS | frozenset({"pays", "archipel", "aeroport", "emprise"})


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
    "rule:meeting-topic": 0.6,  # what a meeting discusses, between the parties of that meeting
    "rule:told-before": 0.5,  # « Ce dispositif repose sur un accord »: the parties of the fact just told
}


TITLE_COUNTERPART_PENALTY = 0.2  # the other party is the document's subject, named in no sentence


# what an actor is to another, in an apposition describing it (« Le Brésil, allié du Royaume-Uni, … »)
ALLY_NOUNS = frozenset({"allie", "partenaire", "voisin", "rival", "adversaire", "ennemi", "client", "fournisseur"})


ASIDE_WORDS = frozenset({"pour", "sa", "son", "part", "de", "côté", "cote", "en", "outre"})


CONTRAST_OPENERS = (("contrairement",), ("a", "l'instar"), ("a", "la", "difference"), ("hormis",))


CONTRAST_HINTS = ("contrairement", "instar", "diff", "hormis")  # in the lowercased text, accents kept

# « Moscou a fourni l'armement, tandis que Cuba déployait des soldats entre 1975 et 1991 »: the first word of
# a subordinate clause that sets another fact against the main one (not « quand », « pendant que »,
# which tell its time)
CONTRASTING_MARKS = frozenset({"tandis", "alors", "bien", "quoique", "meme"})


TITLE_MAX_CHARS = 150


# « n'exclut pas », « ne plus écarter »: a negated ruling out leaves the event possible (hypothetical)
RULING_OUT_VERBS = frozenset({"exclure", "ecarter"})


# Equipment a clause may say was made somewhere or by someone (« des corvettes construites en Chine »)
MADE_EQUIPMENT_NOUNS = EQUIPMENT_KIND_NOUNS | frozenset(
    {
        "drone",
        "fregate",
        "corvette",
        "patrouilleur",
        "sous-marin",
        "submersible",
        "char",
        "blinde",
        "missile",
        "chasseur",
        "radar",
        "obusier",
        "canon",
        "systeme",
        "bateau",
        "vedette",
        "arme",
        "materiel",
        "equipement",
        "arsenal",
        "armement",
    }
)


# Nouns of people received or sent (« le chef d'état-major », « une délégation »)
PERSON_NOUNS = frozenset(
    {
        "chef",
        "ministre",
        "president",
        "presidente",
        "general",
        "generale",
        "amiral",
        "delegation",
        "homologue",
        "dirigeant",
        "secretaire",
        "ambassadeur",
        "premier",
        "prince",
        "roi",
        "emir",
        "sultan",
        "commandant",
    }
)


# « à proximité de », « près de », « non loin de »: near a place, not in it
NEAR_WORDS = frozenset({"proximite", "pres", "loin", "abords"})


# Nouns of what things are about: an actor complementing one is a topic (« la conférence de soutien à
# l'Ukraine », « depuis l'invasion de l'Ukraine »); not « sécurité », « paix » nor « guerre », which name
# forces and ships (« forces de sécurité chinoises », « navires de guerre iraniens »)
TOPIC_NOUNS = frozenset(
    {
        "soutien",
        "invasion",
        "annexion",
        "agression",
        "reconstruction",
        "situation",
        "crise",
        "conflit",
        "question",
        "dossier",
        "avenir",
        "sort",
    }
)


# « des patrouilleurs offerts par la Chine »: participles whose agent gives what they describe
GIVING_PARTICIPLES = frozenset({"offrir", "donner", "ceder", "livrer", "fournir", "vendre", "preter", "transferer"})


# Verbs telling when an event happened (« le déploiement a débuté le 15 décembre », « l'accord a été
# approuvé le 13 avril 2023 »)
HAPPENING_VERBS = frozenset(
    {"debuter", "commencer", "demarrer", "tenir", "derouler", "entrer", "achever", "terminer", "approuver", "ratifier"}
)


# nouns that name an exercise by its kind (« pour l'exercice bilatéral », « lors des manœuvres »), folded
EXERCISE_NOUNS = frozenset({"exercice", "manoeuvre", "entrainement"})

# the words before what a clause is done for or during (« pour Veer Guardian », « lors des manœuvres »)
PURPOSE_OR_TIME_MARKS = frozenset({"pour", "lors"})

# how many tokens a sentence that only sets the time of the story may have (« Tout commence en 2017. »)
SETTING_SENTENCE_MAX_TOKENS = 8
