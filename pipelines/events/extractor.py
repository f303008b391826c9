"""Events of a document, sentence after sentence, with what each passes to the next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..anaphora import ActorHistory, reference_candidates, resolve_references, state_kinds
from ..codebook import Codebook
from ..dates import find_dates, first_day
from ..gazetteer import Gazetteer
from ..ids import fold
from ..records import DateValue, EventRecord, Mention
from .clauses import (
    _described_thing,
    _governing_verbs,
    _in_subtree,
    _is_anaphoric,
    _is_reflexive,
    _one_clause,
    _relative_clause,
    _rests_on_what_was_told,
    clause_root,
    is_heading,
)
from .merging import _joined, _part_of, _refined, _told_more_precisely, _troops_there
from .modality import _intent_governing, _spelt_as_a_conditional
from .parties import (
    _alongside,
    _at_home,
    _attended_by,
    _constitutes,
    _contrast_phrases,
    _delivered,
    _describes_a_name,
    _describes_equipment_made,
    _gathered_by,
    _gathered_by_an_exercise,
    _gathers_for,
    _holds,
    _in_joint_subject,
    _is_set_apart,
    _is_the_setting,
    _leads,
    _military_qualified,
    _mutual,
    _named_by_what_it_is_not,
    _named_with_its_article,
    _names_a_kind_of_equipment,
    _names_a_kind_of_place,
    _names_a_unit,
    _of_them,
    _of_troops,
    _off_the_coast_of,
    _one_visit_of,
    _takes_part_in,
    _title_pair,
    _title_states,
    _title_subject,
)
from .roles import FORCE_NAME_METHOD, ActorRoles, _actor_key, _in_turn, _unique
from .sentence import Carry, Partial, _Sentence
from .timing import (
    _back_to_last_year,
    _background_year,
    _dates_a_founding,
    _dates_a_relative_clause,
    _dates_another_clause,
    _dates_the_clause,
    _edition_year,
    _heading_month,
    _is_a_financial_year,
    _last_day,
    _last_told_value,
    _names_the_trigger,
    _not_yet,
    _on_that_occasion,
    _tells_a_standing_state,
)
from .triggers import Trigger, _has_context, _is_context_entity, _match_words, doc_forms, find_triggers
from .vocabulary import (
    ABROAD_WORDS,
    ACTOR_TYPES,
    ANNOUNCING_VERBS,
    CONFIDENCE,
    CREW_NOUNS,
    DESCRIPTIVE_CLAUSES,
    DOING_THE_SAME,
    EDITION_NOUNS,
    EDITION_YEAR,
    EXERCISE_NOUNS,
    FOLLOWING_SUIT,
    FUTURE_ENDING,
    GATHERING_VERBS,
    GROUPING_TYPES,
    JOINT_LEADERS,
    NAMED_EVENT,
    NEGATION_WORDS,
    PROVIDING_VERBS,
    PURPOSE_OR_TIME_MARKS,
    RULING_OUT_VERBS,
    SETTING_SENTENCE_MAX_TOKENS,
    STATUS_PRIORITY,
    SUBJECT_DEPS,
    TITLE_COUNTERPART_PENALTY,
)


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
        told_value = ""  # `told` as precise as it was told (« 2024-09 »)
        told_is_a_year, told_paragraph = False, -1  # whether `told` was a bare year, and where it was told
        told_as_a_setting = False  # whether the sentence that told it told nothing else (« Tout commence en 2017. »)
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
        document_pair = _title_pair(full_text, mentions)
        # the one state the title names, else the one it is about
        document_host = title_states[0] if len(title_states) == 1 else document_subject
        history = ActorHistory(
            document_host=document_host,
            document_group=title_states,
            kinds=self.state_kinds,
            known_states=self.states,
            mission_hosts=self.mission_hosts,
            company_homes=self.roles.company_homes,
        )
        forms, candidates = doc_forms(doc), reference_candidates(doc)
        suppliers_before: list[str] = []  # the states making the systems the sentence before named
        for sent_id, sent in enumerate(doc.sents if sents is None else sents):
            if body_end is not None and sent.start_char >= body_end:
                break
            text = full_text[sent.start_char : sent.end_char]
            if not text.strip():
                continue
            paragraph = full_text.count("\n", 0, sent.start_char)
            if is_heading(sent, full_text):
                # « L'urgence de janvier 2024 »: a section heading that gives a month sets the time of the
                # story its section tells (« Le 9 janvier, … Du 22 au 25 janvier, … »)
                heading = _heading_month(text, reference)
                if heading is not None:
                    told, told_value, told_is_a_year = first_day(heading.date_start), heading.date_start, False
                    told_paragraph = paragraph + 1
                # « Budapest parie sur les usines »: a heading naming one state says whom its section is about
                # (« En décembre 2018, le pays avait commandé… »)
                heading_states = _unique(m.key for m in by_sentence.get(sent_id, []) if m.type == "STATE")
                if len(heading_states) == 1:
                    history.add(heading_states, heading_states, paragraph=paragraph)
                    carry = Carry(subject=tuple(heading_states))
                continue
            # « En 2024, Ottawa a engagé des discussions… [next paragraph] Enfin, le 23 juin, … »: a bare year
            # told in an earlier paragraph does not set the year of a day or a month, nor does one more than
            # a year before the text was published (« … concédé à Pékin en 2012. Elle figurait au menu de la
            # rencontre du 4 avril… »: the background of a recent story, not its time)
            story = told if told_paragraph == paragraph or not told_is_a_year else None
            if told_is_a_year and _background_year(told, reference) and not told_as_a_setting:
                story = None
            named = by_sentence.get(sent_id, [])
            story = _edition_year(text, named) or story
            # « Trois jours plus tard », « Au même moment »: from the date of the story, as precise as it was told
            counted_from = told_value if story is not None and story == told else ""
            if (
                story is not None
                and story == told
                and told_paragraph != paragraph
                and _background_year(told, reference)
            ):
                # « En juin 2022, la ministre a présenté un plan … [next paragraph] Reçu par le président américain
                # le 6 mai, le Premier ministre Mark Carney… », in a text of 2025: a date told in another
                # paragraph more than a year before the text does not set the year of the days after it (« six
                # mois plus tôt » still counts from it)
                story = None
            dates = find_dates(text, reference, sent.start_char, story, told_day, told_year, counted_from)
            # « UNITAS, créé en 1959 … Du 2 au 12 septembre »: a founding date is no time of the story
            story_dates = [value for value in dates if not _dates_a_founding(doc, value)]
            # « En mai 2022, Edi Rama a proposé la base de Pashaliman, que la Turquie avait aidé à remettre en état
            # à la fin des années 1990. … le 1er juillet suivant »: a relative clause's date describes a thing
            story_dates = [value for value in story_dates if not _dates_a_relative_clause(doc, value)] or story_dates
            last = _last_told_value(story_dates)
            if last is not None:
                told, told_is_a_year, told_paragraph = first_day(last.date_start), last.granularity == "year", paragraph
                told_value = last.date_start
            told_year = next((int(value.date_start[:4]) for value in reversed(dates) if value.date_start), told_year)
            told_day = _last_day(story_dates, told_day)
            contrasts = _contrast_phrases(sent, text)
            contrasted = frozenset(i for phrase in contrasts for i in phrase)
            references = resolve_references(
                sent, sent_id, doc_id, named, history, contrasted, paragraph, candidates, text
            )
            sentence = _Sentence(
                doc,
                sent,
                text,
                sent_id,
                _within_references(named, references),
                dates,
                self.roles,
                contrasts,
                document_host,
                forms,
                self.codebook.force_names,
            )
            sentence.document_subject = document_subject
            sentence.document_pair = document_pair
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
            told_depth = len(doc)  # how deep in the parse the trigger of the sentence's event told last lies
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
                if earlier is not None and earlier.sentence_id == event.sentence_id:
                    # kept apart by the sentence itself (« l'exercice Sampriti, tandis que … l'exercice
                    # Bongosagar »): two events
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
                depth = _trigger_depth(doc, event)
                if depth <= told_depth:
                    # « La Suisse et l'Autriche ont suivi …, où leurs ministres ont signé une déclaration »,
                    # « Tokyo a signé, lors d'un sommet virtuel, son premier accord d'accès réciproque »: what a
                    # sentence tells is what its main verb says, not what describes its place or time
                    last_told_type, told_depth = event.type, depth
                if event.type == "JOINT_EXERCISE":
                    exercise_index = len(events) - 1
                    last_exercise_parties = event.participant_keys
                    for mention, _ in sentence.spans_of("EXERCISE"):
                        exercise_parties.setdefault(mention.key, event.participant_keys)
            carry = sentence.carry(carry)
            for code in told_here:
                told_subjects[code] = carry.subject
            if last is not None:
                # « Tout commence en 2017. Réunis à Bruxelles le 29 juin, … »: a short sentence telling no event
                # sets the time of the story, however long ago
                told_as_a_setting = not told_here and len(sent) <= SETTING_SENTENCE_MAX_TOKENS
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
                last_person=_last_person(sentence),
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
        # « se retrouvent pour l'exercice Sampriti, tandis que leurs marines conduisent l'exercice Bongosagar »:
        # two exercises named, each by its own trigger, are two events, whoever takes part
        exercise_of = {trigger.start: _exercise_named_by(sentence, trigger) for trigger in triggers}
        if len(set(filter(None, exercise_of.values()))) < 2:
            exercise_of = {}
        partial: list[Partial] = []
        visits: list[tuple[str, frozenset[str]]] = []  # (type, states) of visits told one per destination
        for trigger in triggers:
            head = doc[trigger.start]
            if _is_a_financial_year(head) or (_attended_by(head) and trigger.words != JOINT_LEADERS):
                continue  # « 2,5 milliards de livres pour l'exercice 2024-2025 », « en présence du ministre »
            if trigger.words in trigger.event_type.reflexive_only and not _is_reflexive(head):
                continue  # « la France y entretient des forces », not « ils se sont entretenus »
            if trigger.words in trigger.event_type.joint_subject_only and not _in_joint_subject(head):
                continue  # « X et son homologue ont signé », not « de bonnes relations avec son homologue »
            if trigger.words in trigger.event_type.person_subject_only and not sentence.person_subject(head):
                continue  # « le vice-ministre Alexandre Fomine assistait au défilé », not « le Bangladesh y assistait »
            if trigger.words in trigger.event_type.grouping_subject_only and not sentence.grouping_subject(head, carry):
                continue  # « la coalition rassemblait les armées du Nigeria… », not « Paris a rassemblé ses alliés »
            if trigger.words in trigger.event_type.founding_only and not sentence.founds_a_grouping(head):
                continue  # « l'Initiative d'Accra, créée par… », not « une coentreprise créée par… »
            if trigger.words in trigger.event_type.personnel_only and not (
                _of_troops(head) or sentence.mission_as_subject(head)
            ):
                continue  # « les soldats ont quitté le pays », not « le Niger a quitté la CEDEAO »
            if trigger.words in trigger.event_type.equipment_subject_only and not sentence.equipment_subject(
                head, trigger.event_type
            ):
                continue  # « les Marines ont débarqué »: no equipment delivered
            if trigger.words in trigger.event_type.not_describing_equipment and _describes_equipment_made(
                head, sentence.system_tokens
            ):
                continue  # « des corvettes construites en Chine »: where what is bought was made
            if trigger.words in trigger.event_type.not_of_persons and sentence.of_a_person(head):
                continue  # « Abiy Ahmed avait été reçu à Ankara »: a visit, no delivery
            if trigger.words in trigger.event_type.not_mutual and _mutual(head):
                continue  # « une clause d'assistance mutuelle »: what parties owe each other, an agreement's term
            if trigger.words in trigger.event_type.not_as_personnel and _military_qualified(head):
                continue  # « ses premiers observateurs militaires », officers sent abroad, hold no observer status
            if trigger.words in trigger.event_type.not_for_exercise and _for_an_exercise(sentence, head):
                continue  # « se sont posés sur la base de Hyakuri pour Veer Guardian »: the exercise, no presence
            if trigger.words in trigger.event_type.not_of_troops and _of_troops(head):
                continue  # « le retrait programmé des Casques bleus »: troops leave, no one leaves a grouping
            if trigger.words in trigger.event_type.thing_object_only and sentence.actor_as_object(head):
                continue  # « la France n'avait pas attendu les Américains »: no equipment awaited
            if trigger.words in trigger.event_type.not_of_equipment and sentence.acts_on_equipment(head):
                continue  # « ses Gripen sont loués à Stockholm »: equipment leased is no presence
            if trigger.words in trigger.event_type.equipment_only and sentence.acts_on_something_else(head):
                continue  # « son centre d'opérations, transféré d'Arabie saoudite »: moved, not sold
            if _constitutes(head):
                continue  # « Ses soldats forment, avec les Tanzaniens, la Brigade d'intervention »: no training
            if (
                head.pos_ == "VERB"
                and trigger.words != JOINT_LEADERS
                and sentence.governs_another_event(head, trigger, triggers)
            ):
                # « la Norvège a accueilli Trident Juncture », « a reçu une formation »: that event; leaders
                # who signed a treaty together also met
                continue
            if trigger.event_type.reflexive_as and _is_reflexive(head) and not sentence.alone(head, carry):
                # « le Cavour s'est entraîné avec la marine japonaise »: together, an exercise; « les Royal
                # Marines s'entraînent chaque hiver dans le nord du pays »: alone, abroad, training
                trigger = replace(trigger, event_type=self.codebook.event_types[trigger.event_type.reflexive_as])
            if any(
                (m.type in ACTOR_TYPES or m.type == "PERSON") and m.method != FORCE_NAME_METHOD
                for m in sentence.mentions_at.get(head.i, [])
            ):
                continue  # « l'Alliance atlantique » is an actor, not an alliance
            if _named_with_its_article(head, sentence.span.start):
                continue  # « depuis La Réunion »: a place's name, no meeting
            if trigger.words != NAMED_EVENT and any(m.type == "EXERCISE" for m in sentence.mentions_at.get(head.i, [])):
                continue  # « l'exercice Justified Accord »: a word of an exercise's name, no agreement
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
            if trigger.event_type.code != "JOINT_EXERCISE" and _gathered_by_an_exercise(head, triggers):
                continue  # « Falcon Shield 2024 a réuni les aviateurs des deux pays »: the exercise alone
            if _named_by_what_it_is_not(sentence.doc[trigger.start]):
                continue  # « allié majeur non membre de l'OTAN »: a status defined by what it is not
            if (
                (_is_anaphoric(head) and not (carry.exercise and trigger.event_type.organiser_from_exercise))
                or _names_a_kind_of_place(head)
                or _names_a_kind_of_equipment(head)
                or _names_a_unit(head)
                or (_is_the_setting(head) and trigger.words not in trigger.event_type.setting_triggers)
                or _dates_the_clause(head, trigger, triggers)
                or not (
                    # a named exercise, leaders, or the event followed suit in are context
                    trigger.words in (NAMED_EVENT, JOINT_LEADERS, FOLLOWING_SUIT)
                    # « la SAMIM a achevé son retrait »: a mission is military
                    or (trigger.event_type.host_from_mission and sentence.mission_as_subject(head))
                    or _has_context(sentence.span, trigger, triggers, words)
                    # « La Turquie a acheté des S-400 à la Russie. Les livraisons ont commencé en 2019 »: a
                    # sentence naming no actor goes on with the event of its type the paragraph told
                    # (« Les livraisons ont commencé fin 2021 et trois escadrons sont aux mains de l'armée de
                    # l'air indienne »: naming only the parties of that event)
                    or (
                        trigger.event_type.code in sentence.told_events
                        and sentence.names_only(sentence.told_events[trigger.event_type.code].participant_keys)
                    )
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
            if trigger.words == JOINT_LEADERS:
                # the states of the leaders, whatever else the clause names (« à Itaguaí »)
                found = (tuple(sorted(sentence.leader_states.get(head.i, ()))), "rule:joint-leaders", None)
            if found is None and trigger.words in trigger.event_type.equipment_subject_only:
                found = ((), "rule:clause", None)  # « Les premiers K2 ont débarqué à Gdynia »: who, from where and what
            if found is None:
                continue
            participants, method, carried_date = found
            if carried_date is None and (
                any(m.method == "rule:reference-group" for m in sentence.mentions) or _on_that_occasion(sentence.text)
            ):
                carried_date = carry.date  # « Les deux parties ont abordé… », « ont signé à cette occasion »
            carried_date = carried_date or carry.announced
            groups = sentence.distribute(head, participants, carry, trigger)
            if trigger.words == FOLLOWING_SUIT and trigger.event_type.per_member and len(groups) == 1:
                # « La Grèce et la Turquie ont fait de même »: each joins the grouping told on its own
                groups = [(key,) for key in groups[0]]
            if len(groups) > 1 and trigger.words in trigger.event_type.host_triggers:
                visits.append((trigger.event_type.code, frozenset(group[-1] for group in groups)))
            split = {key for group in groups for key in group} if len(groups) > 1 else set()
            for group in groups:
                record = self._record(doc_id, sentence, trigger, group, method, carried_date)
                if record is not None and sentence.state_of_place(record.place_key) in split - set(group):
                    # « Erdoğan à Ankara, puis Poutine à Moscou »: Ankara is where the other one was met; the
                    # place of this group's own state, if the sentence names one (« à Bamako, à Niamey »)
                    own = next(
                        (
                            mention
                            for mention, _ in sentence.spans_of("PLACE")
                            if sentence.state_of_place(mention.key) in group
                        ),
                        None,
                    )
                    record = replace(record, place=own.text if own else "", place_key=own.key if own else "")
                if record is not None and split:
                    # « Le 30 juillet, il rencontrait Erdoğan à Ankara, puis, le lendemain, Poutine à Moscou »;
                    # « que l'Autriche a rejoint en 1995 et la Suisse en 1996 »: a member's own date follows it
                    # (for members, not the date told before the grouping: « il a fondé en septembre 2023
                    # l'AES, et les trois juntes ont quitté la Cédéao le 29 janvier 2025 »)
                    when = (
                        sentence.date_told_after(group[0], split - set(group))
                        if trigger.event_type.per_member
                        else sentence.date_told_before(group[-1])
                    )
                    if when is not None and when.date_start != record.date_start:
                        record = replace(
                            record,
                            date_start=when.date_start,
                            date_end=when.date_end,
                            date_text=when.text,
                            date_granularity=when.granularity,
                        )
                if record is None:
                    if len(set(group)) < trigger.event_type.min_participants:
                        partial.append((trigger, group, method, carried_date))
                    continue
                key = (record.type, record.participant_keys, exercise_of.get(trigger.start, ""))
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
        for record in self._topics_of_a_meeting(doc_id, sentence, partial, events):
            events.setdefault((record.type, record.participant_keys, ""), record)
        for record in self._crews_of_a_deal(doc_id, sentence, partial, events):
            events.setdefault((record.type, record.participant_keys, ""), record)
        for record in self._production_of_a_deal(doc_id, sentence, partial, events):
            events.setdefault((record.type, record.participant_keys, ""), record)
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

    def _topics_of_a_meeting(
        self,
        doc_id: str,
        sentence: _Sentence,
        partial: list[Partial],
        events: dict[tuple[str, tuple[str, ...], str], EventRecord],
    ) -> list[EventRecord]:
        """« Le ministre turc a été reçu à Tachkent pour évoquer la coopération militaro-technique »: what a
        meeting discusses (the object of a verb the codebook gives as a cue of « discussed ») is between the
        parties of that meeting, when the sentence tells one meeting and the topic names fewer parties."""
        meetings = [record for record in events.values() if record.type == "HIGH_LEVEL_MEETING"]
        if len(meetings) != 1:
            return []
        meeting = meetings[0]
        discussing = {words[0] for words in self.codebook.status_cues.get("discussed", ()) if len(words) == 1}
        found = []
        for trigger, group, _, carried in partial:
            head = sentence.doc[trigger.start]
            if not (
                head.dep_ == "obj"
                and discussing & sentence.forms[head.head.i]
                and set(group) <= set(meeting.participant_keys)
            ):
                continue
            record = self._record(doc_id, sentence, trigger, meeting.participant_keys, "rule:meeting-topic", carried)
            if record is not None:
                # discussed where the meeting is held
                found.append(
                    replace(
                        record, place=record.place or meeting.place, place_key=record.place_key or meeting.place_key
                    )
                )
        return found

    def _crews_of_a_deal(
        self,
        doc_id: str,
        sentence: _Sentence,
        partial: list[Partial],
        events: dict[tuple[str, tuple[str, ...], str], EventRecord],
    ) -> list[EventRecord]:
        """« La Chine a livré au Bangladesh deux sous-marins … ; leurs premiers équipages avaient été formés en
        Chine »: crews trained where the equipment comes from are trained for the deal the sentence or the
        paragraph just told, between its parties."""
        deals = [record for record in events.values() if record.type == "ARMS_TRANSFER"]
        told = sentence.told_events.get("ARMS_TRANSFER")
        deals += [told] if told is not None else []
        found = []
        for trigger, group, _, carried in partial:
            if trigger.event_type.code != "TRAINING" or len(set(group)) != 1:
                continue
            head = sentence.doc[trigger.start]
            crews = [
                child
                for child in head.children
                if child.dep_ in ("nsubj:pass", "obj", "nmod") and fold(child.lemma_).rstrip("s") in CREW_NOUNS
            ]
            deal = next((d for d in deals if group[0] in d.participant_keys and len(d.participant_keys) == 2), None)
            if not crews or deal is None:
                continue
            record = self._record(doc_id, sentence, trigger, deal.participant_keys, "rule:same-deal", carried)
            if record is not None:
                # trained before or after the delivery the sentence dates, not on its day
                found.append(replace(record, date_start="", date_end="", date_text="", date_granularity=""))
        return found

    def _production_of_a_deal(
        self,
        doc_id: str,
        sentence: _Sentence,
        partial: list[Partial],
        events: dict[tuple[str, tuple[str, ...], str], EventRecord],
    ) -> list[EventRecord]:
        """« Le contrat porte sur 180 chars K2 et doit inclure une production locale d'une version
        polonaise »: production or assembly told with the one sale of the sentence (or, in a sentence with
        none, the sale the paragraph just told), naming fewer parties, is industrial cooperation between
        the parties of that sale."""
        deals = [
            record for record in events.values() if record.type == "ARMS_TRANSFER" and len(record.participant_keys) == 2
        ]
        told = sentence.told_events.get("ARMS_TRANSFER")
        if not deals and told is not None and len(told.participant_keys) == 2:
            deals = [told]  # « … commandé 180 chars K2 à la Corée du Sud. Les derniers seront produits localement »
        if len(deals) != 1 or any(key[0] == "DEFENSE_INDUSTRY" for key in events):
            return []
        deal = deals[0]
        found = []
        for trigger, group, _, carried in partial:
            if trigger.event_type.code != "DEFENSE_INDUSTRY" or not set(group) <= set(deal.participant_keys):
                continue
            record = self._record(doc_id, sentence, trigger, deal.participant_keys, "rule:same-deal", carried)
            if record is not None:
                found.append(record)
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
        participants = tuple(key for key in participants if self.roles.may_take_part(key, sentence.type_of(key)))
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
            destinations = sentence.destinations(head) if event_type.host_triggers else []
            if len(destinations) >= 2 and not set(destinations).isdisjoint(participants):
                # « s'est rendu successivement à Bamako, à Niamey et à Ouagadougou »: a visit told one destination
                # at a time goes to its own only
                hosts = [key for key in hosts if key not in destinations]
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
            # « Washington a dépêché au large du Venezuela des destroyers »: off a coast, in no one's land
            alone = alone and not any(_off_the_coast_of(span.root) for _, span in sentence.spans_of("STATE"))
            if alone and not hosts and nearby and sentence.has_unknown_place() and not sentence.locations(self.roles):
                # « L'US Navy a rénové un hangar à Keflavík », in a paragraph about Iceland: a place the
                # gazetteer does not know is in the state the paragraph was telling of, the one it placed
                # things in first (« au Guyana … Caracas … au large de Georgetown »)
                participants = (*participants, (located or nearby)[0])
            elif (
                alone
                and not hosts
                and located
                # the state the title names, when it is not the one sending, is where (below)
                and (not sentence.document_host or sentence.document_host in participants)
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
        if len(participants) > 1 and all(key.startswith("PERSON:") for key in participants):
            # « l'accord conclu en 1995 par les gouvernements de Paul Keating et de Suharto »: persons the
            # pipeline cannot place stand for no state it could name
            return None
        if event_type.company_supplier and len(participants) == 2:
            companies = [key for key in participants if self.roles.is_company(key)]
            home = next((key for key in participants if key not in companies), "")
            if len(companies) == 1 and self.roles.is_home_of(home, companies[0]):
                # « vingt-quatre M-346 commandés au groupe italien Leonardo »: Italy is where Leonardo is from,
                # not who buys; the buyer is the state the document is about, when it names one
                subject = sentence.document_subject
                if not subject or subject == home or sentence.type_of(subject) != "STATE":
                    return None
                participants, method = tuple(sorted((companies[0], subject))), f"{method}+title"
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
            (len(participants) == 1 or trigger.words == FOLLOWING_SUIT)
            and told
            and participants
            and set(participants).isdisjoint(told.participant_keys)
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
        last = sentence.told_events.get(sentence.last_told_type)
        if (
            len(set(participants)) < event_type.min_participants
            and last is not None
            and last.type != event_type.code
            and len(last.participant_keys) == 2
            and set(participants) <= set(last.participant_keys)
            and _rests_on_what_was_told(head)
        ):
            # « Les forces françaises stationnent à Abou Dhabi. Ce dispositif repose sur un accord de défense
            # renouvelé en 2009 »: the agreement of the parties of the fact just told
            participants, method = last.participant_keys, "rule:told-before"
        subject = sentence.document_subject
        paired = False
        if not subject and len(participants) == 1 and participants[0] in sentence.document_pair:
            # « Japon–États-Unis : … »: with one of the pair named alone, the other is its partner, whatever
            # the type (« Les navires indiens peuvent faire escale à La Réunion », under « Inde-France : »)
            subject = next(key for key in sentence.document_pair if key != participants[0])
            paired = True
        if (
            (event_type.counterpart_from_title or paired)
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
        if (
            event_type.requires
            # the event told again « à son tour » has what it requires (« Le Qatar en a fait autant »: the IMSC
            # the sentence before named)
            and method != "rule:in-turn"
            and not any(sentence.type_of(key) in event_type.requires or key in owned for key in participants)
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
        chosen = _event_date(sentence, head, root, status, carried_date)
        description = sentence.apposition
        if description is not None and description.start <= head.i < description.end:
            # « Membre de la SADC, l'Angola a fourni en 2021 des soldats à la mission déployée à Cabo
            # Delgado »: the description has its own date and place, not those of the clause after it
            inside = range(description.start_char, description.end_char)
            chosen = chosen if chosen is not None and chosen.start in inside else None
            if place and place not in description.text:
                place_key, place = "", ""
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
            # « ne fait toujours pas partie »: the second word of the negation may stand past the window
            reach = window if relative is not None else doc[window.start : min(sent.end, window.end + 2)]
            negation = next((t for t in reach if fold(t.text) in NEGATION_WORDS), None)
            ruled_out = next((t for t in window if fold(t.lemma_) in RULING_OUT_VERBS), None)
            if negation is not None and ruled_out is not None and abs(ruled_out.i - negation.i) <= 2:
                # « Rome et Paris n'excluent pas de maintenir des militaires »: not ruled out, possible
                return "hypothetical", doc[min(ruled_out.i, negation.i) - 1 : max(ruled_out.i, negation.i) + 1].text
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
        # agreement is not; « la livraison est prévue pour 2026 »: what is provided for is
        provides = head.head.i if head.dep_ == "nsubj" and fold(head.head.lemma_) in PROVIDING_VERBS else -1
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
        # « Narendra », which the parser may read as a verb in the future: a name is no tense
        finite = [word for word in finite if not (word.text[:1].isupper() and word.i != word.sent.start)]
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
        """« Le Qatar a suivi en mai 2015 », « Emmanuel Macron lui a emboîté le pas le 11 juillet », « La Grèce
        et la Turquie ont fait de même le 15 février 2024 »: a subject following suit does what the paragraph
        last told, with the same counterparts (`rule:in-turn`)."""
        told = self.codebook.event_types.get(sentence.last_told_type)
        if told is None:
            return []
        found: list[Trigger] = []
        for token in sentence.span:
            lemma = fold(token.lemma_)
            if token.pos_ != "VERB" or not (lemma in ("suivre", "emboiter") or _does_the_same(token)):
                continue
            # « ont suivi le 7 juillet »: a date the parser made the object is no thing followed
            objects = [child for child in token.children if child.dep_ == "obj" and not _in_a_date(sentence, child)]
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
            conjuncts = [token, *(c for c in token.children if c.dep_ == "conj")]
            before = token.i - 2  # « Emmanuel Macron et Lula ont présidé »: the parser split the two names
            if before >= sentence.span.start and sentence.doc[token.i - 1].lower_ == "et":
                conjuncts.append(sentence.doc[before])
            if verb.pos_ != "VERB" or len(conjuncts) < 2:
                continue
            states = self._leaders_states(sentence, conjuncts)
            clause = {t.i for t in verb.subtree}
            if len(states) < 2 or any(t.event_type.code == meeting.code and t.start in clause for t in triggers):
                continue
            sentence.leader_states[verb.i] = frozenset(states)
            found.append(Trigger(meeting, verb.i, verb.i + 1, JOINT_LEADERS))
        if found or any(t.event_type.code == meeting.code for t in triggers):
            return found
        for token in sentence.span:
            # « inaugurée en présence d'Andrej Plenković et du chancelier Friedrich Merz »: leaders of two
            # states attending together
            states = self._leaders_states(sentence, token.subtree) if _attended_by(token) else set()
            if len(states) >= 2:
                sentence.leader_states[token.i] = frozenset(states)
                found.append(Trigger(meeting, token.i, token.i + 1, JOINT_LEADERS))
        return found

    @staticmethod
    def _leaders_states(sentence: _Sentence, tokens: Iterable[Token]) -> set[str]:
        """The states the persons named at these tokens stand for."""
        return {
            mention.affiliation
            for token in tokens
            for mention in sentence.mentions_at.get(token.i, [])
            if mention.type == "PERSON" and mention.affiliation and sentence.type_of(mention.affiliation) == "STATE"
        }

    def _named_exercise_triggers(self, sentence: _Sentence, triggers: list[Trigger]) -> list[Trigger]:
        """« les militaires philippins et américains ont pris part à Balikatan »: a named exercise that
        actors take part in, host or lead is the trigger when no word of the sentence says exercise."""
        joint = self.codebook.event_types.get("JOINT_EXERCISE")
        presence = self.codebook.event_types.get("MILITARY_PRESENCE")
        if joint is None:
            return []
        names = sentence.spans_of("EXERCISE")
        if any(
            trigger.event_type.code == joint.code
            and not _describes_a_name(sentence.doc[trigger.start], names)
            # « la 27e Patrouille antarctique navale combinée »: a trigger's words inside the name are the name
            and not any(span.start <= trigger.start and trigger.end <= span.end for _, span in names)
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
            # « Malabar réunit l'Inde, les États-Unis, le Japon et l'Australie »: the exercise gathers them
            gathers = named.dep_ in ("nsubj", "nsubj:pass") and fold(verb.lemma_) in GATHERING_VERBS
            if gathers and not operation:
                found.append(Trigger(joint, span.start, span.end, NAMED_EVENT))
            elif named.dep_ in ("obl:arg", "obl:mod", "obj") and (_takes_part_in(verb) or _leads(verb)):
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


def _exercise_named_by(sentence: _Sentence, trigger: Trigger) -> str:
    """The exercise a trigger of an exercise names: itself (« ont pris part à Balikatan ») or the name it
    governs (« l'exercice Sampriti »); "" for none."""
    if trigger.event_type.code != "JOINT_EXERCISE":
        return ""
    for mention, span in sentence.spans_of("EXERCISE"):
        if span.start == trigger.start or span.root.head.i == trigger.start:
            return mention.key
    return ""


def _for_an_exercise(sentence: _Sentence, head: Token) -> bool:
    """Whether the clause of `head` says it is done for an exercise or during one (« pour Veer Guardian »,
    « pour l'exercice bilatéral Bushido Guardian », « lors des manœuvres »)."""
    exercises = {token.i for _, span in sentence.spans_of("EXERCISE") for token in span}
    return any(
        token.dep_ in ("case", "mark")
        and fold(token.text) in PURPOSE_OR_TIME_MARKS
        and any(other.i in exercises or fold(other.lemma_) in EXERCISE_NOUNS for other in token.head.subtree)
        for token in clause_root(head).subtree
    )


def _in_a_date(sentence: _Sentence, token: Token) -> bool:
    return any(value.start <= token.idx < value.end for value in sentence.dates)


def _trigger_depth(doc: Doc, event: EventRecord) -> int:
    """How many words lie between an event's trigger and the root of its sentence in the parse."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return len(doc) if span is None else sum(1 for _ in span.root.ancestors)


def _does_the_same(verb: Token) -> bool:
    """« ont fait de même », « en a fait autant », « a fait la même chose », « a fait pareil »."""
    if fold(verb.lemma_) != "faire":
        return False
    after = tuple(fold(token.text) for token in verb.doc[verb.i + 1 : verb.i + 4])
    return any(after[: len(words)] == words for words in DOING_THE_SAME)


def _last_person(sentence: _Sentence) -> str:
    """The state of the person a sentence ends on (« …, Kristi Noem. »), if it ends on one; not when other
    words follow the name (« en présence d'Aleksandar Vučić un plan de coopération »)."""
    words = [token for token in sentence.span if not token.is_punct and not token.is_space]
    if not words:
        return ""
    last_word = words[-1].idx
    for mention in sentence.mentions:
        if mention.type == "PERSON" and mention.start <= last_word < mention.end:
            return mention.affiliation if sentence.type_of(mention.affiliation) == "STATE" else ""
    return ""


def _within_references(named: list[Mention], references: list[Mention]) -> list[Mention]:
    """The sentence's mentions with its references, a name inside a reference giving way to it (« le groupe
    allemand »: the company it stands for, not Germany)."""
    kept = [m for m in named if not any(r.start <= m.start and m.end <= r.end for r in references)]
    return kept + references


def _event_date(
    sentence: _Sentence, head: Token, root: Token, status: str, carried_date: DateValue | None
) -> DateValue | None:
    """The date of the event `head` triggers: the sentence's nearest one for its clause, else the one carried
    from the sentences before (`carried_date`)."""
    if carried_date is not None and (status in ("negated", "planned") or _tells_a_standing_state(root)):
        # a date told in another sentence dates no denial (« aucun contrat ferme n'a encore été signé »), no plan
        # (« Les deux pays se sont engagés à coproduire des missiles »: the day of the pledge, not of what it
        # pledges) and no standing state or provision (« Le texte ouvre la voie à des entraînements conjoints »)
        carried_date = None
    chosen = sentence.nearest_date(head, root)
    if (
        chosen is not None
        and status == "planned"
        and _tells_a_standing_state(root)
        and _dates_another_clause(chosen, root)
    ):
        # « ont signé le 15 juin 2023 une déclaration …, qui prévoit de multiplier les exercices communs »: what
        # a text provides is not dated by its signing
        chosen = None
    if chosen is not None and status == "negated" and _names_the_trigger(chosen, head):
        # « annonçait le 16 mars la dénonciation de l'accord de 2012 »: the year naming the agreement is not
        # when it was ended; the sentence's other date is
        others = [
            value
            for value in sentence.dates
            if value is not chosen and value.kind in ("point", "range") and value.date_start
        ]
        chosen = min(others, key=lambda value: abs(value.start - head.idx), default=None)
    return chosen or carried_date
