"""When two rows of one paragraph tell the same event, and how they combine."""

from __future__ import annotations

from dataclasses import replace

from ..ids import fold
from ..records import EventRecord
from .sentence import _Sentence
from .timing import _same_time
from .triggers import _forms
from .vocabulary import PERSONNEL_NOUNS


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
