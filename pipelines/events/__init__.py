"""Cooperation events from an analysed Doc: codebook triggers, arguments from the dependency parse,
place, date and status from the trigger's clause.

For each trigger of the codebook found in a sentence (headings excepted):
- participants are the actors (states, organisations, persons standing for the state they represent)
  of the trigger's own clause, plus the subject of the governing clause when the trigger's clause has
  none (« L'Inde intensifie…, participant à des exercices… »); a pronoun subject (« Elle entretient… »)
  stands for the actor subject of an earlier clause of its sentence, else of the sentence before, and
  one that provides (« Il prévoit des exercices ») for the agreement the paragraph told, and one after
  the same pronoun for what that one stands for (« il rencontrait Erdoğan… ; il s'y est entretenu… »);
  « où » for the actor before it; « lui » for the recipient named before it; a participle's subject is
  the noun it describes (« des militaires indiens stationnés dans l'archipel »); references (« les
  trois pays », « le pays », « y », « son armée ») for the actors they refer to (anaphora.py), « y »
  first for a state the sentence named as a place before it (« … Poutine à Moscou ; il s'y est… »);
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
  the subject; what the event is near (« à proximité de la bande de Gaza ») or about (« la conférence de
  soutien à l'Ukraine »), the state a demonym says an agency is from (« le Tawazun Council émirien »);
- a trigger is no event when it says where bought equipment was made (« des corvettes construites en
  Chine »), when it is received as a person (« Abiy Ahmed a été reçu à Ankara »), when it is what the
  parties of an agreement owe each other (« une clause d'assistance mutuelle »), when it names military
  personnel rather than a status (« observateurs militaires ») and when it is a word of an exercise's
  name (« Justified Accord »); codebook `not_describing_equipment`, `not_of_persons`, `not_mutual`,
  `not_as_personnel`;
- who sends blue helmets is there with the United Nations; who gives what the clause receives
  (« des patrouilleurs offerts par la Chine ») and « auprès de » after the trigger take part; so do who
  took part in an exercise as a relative clause on it says (« auxquelles ont pris part … dont les
  États-Unis »);
- some parser errors on names are undone: two names joined by « et » that the parser split into the
  head of the sentence (or a word hanging on the verb) and the subject of its verb, or made two
  subjects; the second party of « entre X et Y » made the subject of the next verb; a recipient « à/au »
  tied to a bare participle describing the object (« a livré des drones armés au Qatar »); a verb in -e
  read as a noun (« forme depuis 2020 »), a verb in -tenir left unlemmatised (« maintient »); a date
  tied to the object after it (« accueille depuis 2017 une base »); a verb joined to a relative clause
  has its relative subject (« avec Ankara, qui a signé un accord … et déployé des militaires »);
- a bare noun opening the sentence up to a comma describes the subject after it: a trigger there has
  that subject as a party, with what the description names and its own date and place only (« Membre
  fondateur de l'OTAN en 1949, l'Islande… »), and for the other
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
  are one event per state (codebook `per_counterpart`); so are several states that join, leave or sit in
  one grouping together (« Les trois pays sont membres de l'OTAN », codebook `per_member`), unless one of
  them acts on another's membership (« la Turquie a ratifié l'adhésion de la Suède »); the states founding
  a grouping are its members (« L'OCS a été fondée en 2001 par la Chine, la Russie… », codebook
  `founding_only`), not those of a company created; the forces of several states told apart, each noun
  with its own nationality, are one presence each with the host (« la base lituanienne accueillait des
  F-16 belges et des Mirage 2000 français », codebook `per_force`), unlike one noun with several
  nationalities (« 250 soldats français, italiens et roumains »);
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
  named system (« Rafale » → FRA) to an arms transfer, unless the purchase replaces it (« doit remplacer
  les MiG-29 »); a sale, a meeting, an agreement or aid with only one side named, in a sentence naming no
  other state, is with the state the title names before its colon (« Taïwan : … »; codebook
  `counterpart_from_title`, method suffix « +title », lower confidence), an event of any type whose one side
  named is one of two states the title pairs with a dash (« Japon–États-Unis : … ») is with the other, and so
  is a sale whose only other party is the seller's own state (« commandés au groupe italien Leonardo »:
  systems.tsv makers); with one state named, the state of the place where the act happens is the other side
  (« a annoncé à Naypyidaw la vente »; codebook `counterpart_from_place`, method suffix « +place »); « en » as
  the object of a sale (« Taipei en a commandé 29 ») stands for the systems the sentence before named;
- a named exercise followed by a state in brackets (« Kazind (Kazakhstan) ») gives an exercise event
  with that state and the clause's subject; a named exercise taken part in, hosted or led is a trigger
  of its own (« ont pris part à Balikatan »); what the rest of the paragraph tells of the exercise
  (« y participent », an unnamed exercise on no other date) joins its row; « la prochaine édition »
  is another edition with the parties of the one told; leaders of two states who are together the
  subject of a verb have met (« Shigeru Ishiba et Ferdinand Marcos Jr sont convenus… », method
  « rule:joint-leaders »), when no word of the clause says a meeting, also when they sign something
  together (« Vladimir Poutine et Nicolás Maduro ont signé un traité ») or attend together (« en présence
  d'Emmanuel Macron et du chancelier Friedrich Merz »), between their states only; a body the model names
  followed by a demonym (« la Garde nationale ouzbèke ») takes part as its state; a state off whose coast
  ships are sent (« au large du Venezuela ») does not host them;
- the place is a PLACE introduced by a locative preposition or a place noun, else a capital the clause names
  as where (« dans le port de La Havane »; not a recipient, « livrés à Kiev »); the date is the date
  expression of the clause nearest the trigger, else of the clause governing it, never the coverage of an
  agreement, nor the date of a participle opening the sentence for another event than its subject (« Signé
  en mars 2018, un accord … ouvre l'accès… »: the agreement's date, not the access's), nor that of a later
  step a participle tells (« un traité …, ratifié en octobre »), unless it is the signing; a day or a month
  without a year takes the year of the edition its sentence names (« L'édition 2024 »), else the year of the
  last date told, unless that was a bare year told in an earlier paragraph or more than a year before the
  text's date, and one that falls after the text's date goes back a year when the event has happened; a date
  in a clause setting another fact against the event (« tandis que ») is not its own, a date that only names
  a noun (« le traité de 2017 ») gives way to the clause above or the sentence, a participle opening the
  sentence tells an earlier step unless it signs or founds, or the trigger is its subject and the clause
  does not tell when it happened, and counterparts met one after the other take the date told before each
  (« puis, le lendemain, … »); the status comes from cue words, negation, governing verbs and the verb's mood
  and tense: a conditional (known by its spelling, which the model reads as an imperfect) is hypothetical,
  or planned when it tells what was announced (« a annoncé que le Canada achèterait »), and a verb of intent
  or commitment governing the infinitive that tells the event makes it planned (« a décidé d'acquérir »,
  « se sont engagés à organiser », also read as a noun before an infinitive the parser made the head: « compte
  se rendre »), so does the near future (« va livrer ») and a date, written with its year in the sentence,
  after the text's date;
- a participle with a date of its own describing what an event is about is another step of it between
  the same parties (« a acheté à la France des frégates, commandées en 2007 et livrées en 2014 »: the
  order and the delivery); production, assembly or a transfer of technology told with the one sale of
  the sentence, or of the paragraph when the sentence tells none, naming fewer parties, is industrial
  cooperation between the sale's parties (« Le contrat … doit inclure une production locale », method
  « rule:same-deal »).
A trigger with a demonstrative (« ces manœuvres ») refers back and adds nothing, unless the exercise it
refers to was named without its parties; a verb whose object is another event (« a accueilli
l'exercice ») tells that event; a numbered unit (« la 1re brigade d'assistance ») names who acts; the
same type, participants and status again in one paragraph is one event, unless it has another date
or names another exercise or weapon system (« …24 Rafale. Paris a aussi revendu au Caire deux
Mistral »), and two exercises named in one sentence by two triggers are two events; a presence of one
actor with no host, no place and nothing planned, denied or supposed makes no row (when the title's
state is the one sending, the state the paragraph named as a place is the host), nor do forces on their
own soil or at their own border, a contingent there for an exercise, equipment delivered, or an armed
group; forces making up a group are not trained
(« forment la Brigade d'intervention »); troops, a mission or a base leaving end a presence (negated), and a
state's departure from a grouping or its suspension ends its membership (« son départ de la FMM »).
One who trains alone abroad is trained, not in an exercise, also when it is the subject of the verb
above the infinitive (« des policiers salomonais sont partis se former en Chine »); persons standing for
no state the pipeline can name make no event between themselves.
The codebook sets how many participants each type needs and which entity types may take part.
"""

from .extractor import EventExtractor
from .triggers import doc_forms, find_triggers

__all__ = ["EventExtractor", "doc_forms", "find_triggers"]
