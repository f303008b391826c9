"""Dates of events: which date expression belongs to the event, and corrections against the text's date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from ..dates import find_dates, first_day
from ..ids import fold
from ..records import DateValue, EventRecord, Mention
from .clauses import _cases, _in_subtree, _is_a_bare_participle, clause_root
from .triggers import Trigger
from .vocabulary import (
    EDITION_YEAR,
    EVENT_SETTING_PREPOSITIONS,
    EXERCISED_THINGS,
    FOUNDING_VERBS,
    TIME_SETTING_PREPOSITIONS,
    TIME_UNITS,
    YEAR_OR_RANGE,
)


def _word_before_a_date_of(value: DateValue, doc: Doc) -> Token | None:
    """The word right before a date told with « de » (« l'accord de 2012 »: « accord »), if there is one."""
    if not fold(value.text).startswith(("de ", "d'")):
        return None
    span = doc.char_span(value.start, value.end, alignment_mode="expand")
    return doc[span.start - 1] if span is not None and span.start > 0 else None


def _names_a_noun_by_date(value: DateValue, doc: Doc, trigger: Token) -> bool:
    """« le texte de 1980 », « l'accord de 2015 »: a date « de » right after a noun other than the trigger
    tells which one, not when the clause happened (however the parser tied it)."""
    before = _word_before_a_date_of(value, doc)
    if before is None:
        return False
    if before.pos_ == "ADJ" and before.head.pos_ == "NOUN" and before.head.i < before.i:
        before = before.head  # « le traité de défense mutuelle de 1954 »
    return before.pos_ == "NOUN" and before.i != trigger.i


def _names_the_trigger(value: DateValue, trigger: Token) -> bool:
    """« l'accord de 2012 »: a date « de » right after the trigger noun, which tells which one it is."""
    before = _word_before_a_date_of(value, trigger.doc)
    return before is not None and before.i == trigger.i and trigger.pos_ == "NOUN"


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


EDITION_OF_A_YEAR = re.compile(r"\b(?:[ée]dition|version|session|cuv[ée]e)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _edition_year(text: str, named: list[Mention]) -> date | None:
    """« L'édition 2025 s'est tenue du 24 février au 9 mars », « Balikatan 2025 a réuni… le 21 avril »: the
    year of the edition a sentence names is the year of its days told without one."""
    found = EDITION_OF_A_YEAR.search(text)
    if found is None:
        exercise = next((m for m in named if m.type == "EXERCISE" and EDITION_YEAR.search(m.text)), None)
        found = EDITION_YEAR.search(exercise.text) if exercise is not None else None
    return date(int(found.group(1)), 1, 1) if found is not None else None


PUBLICATION_LINE = re.compile(r"\b(?:publiée?|publication|mise? à jour)\b", re.IGNORECASE)


def _heading_month(text: str, reference: date | None) -> DateValue | None:
    """The one month of a year a section heading gives (« L'urgence de janvier 2024 »), if it gives one;
    not the publication line's date."""
    if PUBLICATION_LINE.search(text):
        return None
    values = [value for value in find_dates(text, reference) if value.kind == "point" and value.date_start]
    if len(values) != 1 or values[0].granularity != "month" or not YEAR_OR_RANGE.search(values[0].text):
        return None
    return values[0]


# « Les ministres ont signé à cette occasion un accord-cadre », « Le chef de l'État s'est alors entretenu… »:
# the sentence goes on with the time of the one before (not « alors que », « jusqu'alors », « d'alors », nor
# « Naval Group, alors appelé DCNS », which tells what was so at the time)
ON_THAT_OCCASION = re.compile(
    r"\b(?:à\s+cette\s+occasion|ce\s+jour-là|(?<![’',])(?<!,\s)alors(?!\s+que\b|\s+qu[’'])"
    r"|lors\s+de\s+(?:cette|ce)\s+(?:visite|rencontre|sommet|réunion|entretien|déplacement|voyage|séjour))\b",
    re.IGNORECASE,
)


def _on_that_occasion(text: str) -> bool:
    """Whether a sentence tells what happened at the time the sentence before told."""
    return ON_THAT_OCCASION.search(text) is not None


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


def _dates_a_relative_clause(doc: Doc, value: DateValue) -> bool:
    """Whether a date lies in a relative clause (« la base de Pashaliman, que la Turquie avait aidé à remettre
    en état à la fin des années 1990 »): what it tells describes a thing named, not the time of the story."""
    span = doc.char_span(value.start, value.end, alignment_mode="expand")
    return span is not None and any(token.dep_ == "acl:relcl" for token in (span.root, *span.root.ancestors))


def _founded(clause: Token, trigger: Token) -> bool:
    """A founding participle that is not the trigger's own clause dates the founding of what it describes
    (« UNITAS, le plus ancien exercice naval, créé en 1959 »), not the event told."""
    return _founding_participle(clause) and clause.i != trigger.i and not _in_subtree(trigger, clause)


def _finite_verb(root: Token) -> Token:
    """The verb an infinitive clause depends on (« le texte doit structurer les exercices conjoints »:
    « doit »), or the clause's own."""
    verb = root
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _dates_another_clause(value: DateValue, root: Token) -> bool:
    """Whether a date of the sentence lies outside the clause `root` heads, with the verb it depends on
    (« Dès 2027, des sous-marins doivent effectuer des rotations » is the rotations' own date)."""
    span = root.doc.char_span(value.start, value.end, alignment_mode="expand")
    return span is not None and not _in_subtree(span.root, _finite_verb(root))


def _tells_a_standing_state(root: Token) -> bool:
    """« Les deux armées se retrouvent régulièrement pour l'exercice Sampriti », « L'accord facilite l'entrée
    des forces »: a clause in the present tense tells how things stand or what a text provides, not a
    step of the story a date told before it was about."""
    verb = _finite_verb(root)
    finite = [verb, *(child for child in verb.children if child.dep_ == "cop")]
    return any(
        token.morph.get("VerbForm") == ["Fin"]
        and token.morph.get("Tense") == ["Pres"]
        and "Ind" in token.morph.get("Mood")
        for token in finite
    )


def _same_time(one: str, other: str) -> bool:
    """Whether two dates may be the same time: one unknown, or one within the other (« 2025 », « 2025-06-14 »)."""
    return not one or not other or one.startswith(other) or other.startswith(one)
