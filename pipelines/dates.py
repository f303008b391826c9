"""French date expressions normalised to ISO dates, with the text kept and a granularity.

Handles « le 24 avril 2025 », « du 7 au 11 avril 2025 », « les 8 et 9 janvier », « du 28 février au 3 mars
2025 », « d'avril à mai 2024 », « en avril 2025 », « début 2025 », « mi-juin 2025 », « fin février 2025 »,
« depuis 2017 » (not « une première depuis 2003 », a yardstick), « en 2022 », « pour 2026-2030 » and
« jusqu'en 2042 » (coverage, not the date something happened), and relative expressions (« le mois
dernier », « en janvier dernier », « en janvier de l'an dernier », « l'an prochain », « cet été », « en
début d'année », « mardi » for the last Tuesday up to that date) when the document's date is known,
and « un an plus tard », « six mois plus tôt », « trois jours plus tard », « le mois suivant », « au même
moment », « dans la foulée », « le lendemain », « ce jour-là » from the date told before, never more
precise than it was told. A day, a month or a season without a year (« le 14 décembre », « en octobre »,
« à l'automne ») carries the story on from the last date the text gave before it (« Le 3 décembre 2023, …
Le 14 décembre, … »), and so does « la même année » in a sentence with no other date; a season gives way
to any other date of its sentence.
Without a document date, a day without a year or a relative expression keeps its text and gets no ISO
value rather than a guess."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .records import DateValue

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_M = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_D = r"(1er|[12]\d|3[01]|0?[1-9])"
_Y = r"((?:19|20)\d\d)"
_F = re.IGNORECASE
# « cet été »: the season of the document's year.
_THIS_SEASON = r"cet été|cet automne|cet hiver|ce printemps"
# « en début d'année », « en fin d'année »: the document's year
_THIS_YEAR_PART = r"(?:en|au)\s+(?:début|fin|milieu)\s+d[’']année|au\s+début\s+de\s+l[’']année"
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY = "|".join(_WEEKDAYS)
# « l'an dernier », « cette année »: a year told relative to the document's date; « cette année-là »
# points back to a year of the text, not to the document's, and is no date of its own.
_RELATIVE_YEAR = (
    r"l[’']an dernier|l[’']année dernière|l[’']an passé|l[’']année passée|"
    r"l[’']an prochain|l[’']année prochaine|cette année(?!\s*-\s*là)"
)

_COUNTS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "dix-huit": 18,
    "vingt": 20,
}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|\d{1,2}"

# Ordered: the first pattern to claim a stretch of text wins. Written in lower case and matched against
# the lowered text: Python's case-insensitive matching is several times slower.
_PATTERN_TEXTS: list[tuple[str, str]] = [
    (
        "day_range_months",  # « du 15 novembre 2024 au 31 mars 2025 », « du 28 décembre au 5 janvier 2025 »
        rf"\b(?:du|entre le)\s+{_D}\s+{_M}(?:\s+{_Y})?\s+(?:au|et le)\s+{_D}\s+{_M}(?:\s+{_Y})?",
    ),
    ("day_range", rf"\b(?:du|entre le|les)\s+{_D}(?:\s+{_M})?\s+(?:au|et le|et)\s+{_D}\s+{_M}(?:\s+{_Y})?"),
    # « de fin juin à fin juillet 2024 », « De fin juillet à la mi-août »: parts of months, the year of the last
    # one given or read from the story
    (
        "part_month_range",
        rf"\b(?:de\s+|entre\s+)(?:la\s+)?(?:fin|début|mi-)\s*{_M}(?:\s+{_Y})?\s+(?:à|et)\s+(?:la\s+)?"
        rf"(?:(?:fin|début|mi-)\s*)?{_M}(?:\s+{_Y})?",
    ),
    ("month_range", rf"\b(?:de\s+|d'|d’|entre\s+){_M}(?:\s+{_Y})?\s+(?:à|au|et)\s+{_M}\s+{_Y}"),
    ("coverage", rf"\b(?:pour|sur|couvrant)\s+(?:la\s+période\s+)?(?:de\s+)?{_Y}\s*(?:[-–/]|à)\s*{_Y}"),
    ("year_range", rf"\b(?:de|entre)\s+{_Y}\s+(?:à|et)\s+{_Y}"),
    # « livrés vers 2028-2029 », « en 2027-2028 »: a span of years a step falls in
    ("year_span", rf"\b(?:en|vers)\s+{_Y}\s*[-–]\s*{_Y}"),
    (
        "month_of_relative_year",
        rf"\b(?:{_D}\s+)?{_M}\s+(?:de\s+|d')?({_RELATIVE_YEAR})",
    ),
    # « en novembre de la même année », « en octobre de cette année-là »: the year of the date told before
    ("same_year", rf"\b(?:{_D}\s+)?{_M}\s+de\s+(?:la\s+même\s+année|cette\s+année\s*-\s*là)"),
    ("relative_day", rf"\b{_D}\s+{_M}\s+(dernier|prochain)"),  # « le 26 novembre dernier »
    ("day", rf"\b{_D}\s+{_M}(?:\s+{_Y})?"),
    (
        "part_month",
        rf"\b(début|mi-|mi|fin|courant|à la fin|au début|à la mi-|à la mi)\s*(?:de\s+|d')?{_M}\s+{_Y}",
    ),
    ("month", rf"\b{_M}\s+{_Y}"),
    ("relative_month", rf"\b(?:en\s+)?{_M}\s+(dernier|prochain)"),
    # « en octobre, … », « pour le mois d'août »: the year told
    ("month_alone", rf"\b(?:en|début|fin|mi-|courant|(?:le|au|du)\s+mois\s+d(?:e\s+|'|’))\s*{_M}\b"),
    (
        "part_year",
        rf"\b(début|mi-|mi|fin|courant|à la fin de|au début de|au cours de)\s*(?:l'année\s+|l’année\s+)?{_Y}",
    ),
    (
        "since",
        rf"\b(?:depuis|dès)\s+(?:l'année\s+|l’année\s+|(?:l'|l’|le\s+)(?:été|automne|hiver|printemps)\s+)?{_Y}",
    ),
    # « à l'été 2022 », « au printemps 2024 »: the year (a season straddles years only in winter)
    (
        "season",
        rf"(?:\b(?:à l'|à l’|l'|l’|en |au |cet |ce |de l'|de l’|du )\s*)?\b(été|automne|hiver|printemps)\s+{_Y}",
    ),
    ("until", rf"\b(?:jusqu'en|jusqu’en|jusqu'à|jusqu’à|d'ici|d’ici|à l'horizon|à l’horizon)\s*{_Y}\b"),
    # « l'année 2024 a bousculé ce schéma »
    ("year", rf"\b(?:en|de|d'|d’|au|pour|avant|après|vers|l'année|l’année|année)\s*{_Y}\b"),
    # « La même année, la Norvège a commandé 24 K9 »: the year told before, when the sentence gives none
    ("year_again", r"\b(?:la\s+même\s+année|cette\s+année\s*-\s*là)\b"),
    # « À l'automne, Paris a revendu au Caire les deux Mistral »: a season of the year told
    ("season_alone", r"\b(?:à\s+l'|à\s+l’|au|en)\s*(été|automne|hiver|printemps)\b(?!\s+(?:19|20)\d\d)"),
    # « Le 13 juin, … Le lendemain, … »: the day after (or before) the day told just before; not « au
    # lendemain de l'attaque », which dates by another event
    ("next_day", r"\b(?:le|dès le)\s+lendemain\b(?!\s+(?:de|du|des|d'|d’))"),
    ("day_before", r"\bla veille\b(?!\s+(?:de|du|des|d'|d’|au|à))"),
    # « … signé deux textes le même jour », « Le jour même, à La Paz, il recevait… », « L'après-midi même »
    (
        "same_day",
        r"\b(?:ce jour-là|(?:le|ce) même jour|(?:le|l'|l’)\s*(?:jour|soir|matin|après-midi) même)\b"
        r"(?!\s+(?:de|du|des|d'|d’))",
    ),
    # « Un an plus tard », « six mois plus tôt », « trois jours plus tard »: counted from the date the
    # text told before
    ("later", rf"\b({_COUNT}|quelques)\s+(ans?|années?|mois|semaines?|jours?)\s+plus\s+(tard|tôt)\b"),
    # « Au même moment », « Dans la foulée », « Le même mois »: the time the text told before
    ("same_time", r"\b(?:au même moment|dans le même temps|dans la foulée|le même mois|ce mois-là)\b"),
    # « Le mois suivant », « l'année suivante »: the month or year after the one told before
    ("next_period", r"\b(?:le mois (?:suivant|d'après|d’après)|l[’']année suivante|l[’']an suivant)\b"),
    (
        "relative",
        r"\b(la semaine dernière|la semaine prochaine|le mois dernier|le mois prochain|"
        rf"{_RELATIVE_YEAR}|ce mois-ci|hier|avant-hier|demain|{_THIS_SEASON}|{_THIS_YEAR_PART})\b",
    ),
    # « ont signé mardi »: the last such day of the week, up to the document's date; not « le mardi 3
    # juin » (a day told in full) nor « chaque mardi »
    ("weekday", rf"(?<!chaque )\b({_WEEKDAY})(?:\s+(dernier))?\b(?!\s+(?:1er|\d))"),
    # « aujourd'hui » is not the day of publication: « 28 500 militaires américains sont aujourd'hui
    # stationnés », « le contrat est aujourd'hui caduc » tell how things stand, undated
]

_PATTERNS = [(name, re.compile(pattern)) for name, pattern in _PATTERN_TEXTS]
# For the rare text whose lowered form has another length (offsets would shift): the same, ignoring case.
_PATTERNS_IGNORING_CASE = [(name, re.compile(pattern, _F)) for name, pattern in _PATTERN_TEXTS]
# What a pattern cannot match without: a month name, a year. Most sentences have neither, and a
# pattern that finds nothing still scans the whole sentence.
_NEEDS_MONTH = {
    "month_alone",
    "part_month_range",
    "same_year",
    "day_range_months",
    "month_range",
    "day_range",
    "month_of_relative_year",
    "relative_day",
    "day",
    "part_month",
    "month",
    "relative_month",
}
_NEEDS_YEAR = {
    "month_range",
    "coverage",
    "year_range",
    "year_span",
    "part_month",
    "month",
    "part_year",
    "season",
    "since",
    "until",
    "year",
}
_MONTH_NAME = re.compile(_M)
_YEAR = re.compile(_Y)


def _can_match(name: str, has_month: bool, has_year: bool) -> bool:
    return (has_month or name not in _NEEDS_MONTH) and (has_year or name not in _NEEDS_YEAR)


def _day(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    if year is None:
        return ""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _month(name: str) -> int:
    return MONTHS[name.lower()]


def _relative(phrase: str, reference: date | None) -> tuple[str, str, str]:
    if reference is None:
        return "", "", "relative"
    phrase = phrase.lower().replace("’", "'")
    if phrase in ("hier", "avant-hier", "demain"):
        offset = {"hier": -1, "avant-hier": -2, "demain": 1}[phrase]
        return (reference + timedelta(days=offset)).isoformat(), "", "day"
    if "semaine" in phrase:
        sign = -1 if "dernière" in phrase else 1
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=sign)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "range"
    if "mois" in phrase:
        shift = -1 if "dernier" in phrase else 1 if "prochain" in phrase else 0
        month_index = reference.year * 12 + reference.month - 1 + shift
        return _iso(month_index // 12, month_index % 12 + 1), "", "month"
    return _iso(reference.year + _year_shift(phrase)), "", "year"


def _relative_year(month: int, word: str, reference: date, day: int | None = None) -> int:
    """The year of « novembre dernier » or « mai prochain » told on `reference`: the last or the next
    such month; with a day, the last or the next such day (« le 10 juillet dernier », told on 21 July,
    is eleven days before)."""
    year = reference.year
    told, now = (month, day or 0), (reference.month, reference.day if day else 0)
    if word.lower() == "dernier" and told >= now:
        year -= 1
    if word.lower() == "prochain" and told <= now:
        year += 1
    return year


def _year_shift(phrase: str) -> int:
    phrase = phrase.lower()
    if "dernier" in phrase or "dernière" in phrase or "passé" in phrase:
        return -1
    return 1 if "prochain" in phrase else 0


def find_dates(
    text: str,
    reference: date | None = None,
    offset: int = 0,
    told: date | None = None,
    told_day: date | None = None,
    told_year: int | None = None,
    told_value: str = "",
) -> list[DateValue]:
    """All date expressions of `text`, in order; `offset` is added to their positions. A day without a
    year (« le 14 décembre ») carries the story on from `told`, the last date the text gave before it:
    it falls in that date's year when it comes after it, else in the reference's year. « Le lendemain »
    and « la veille » are the day after and before the last day given, in the sentence or `told_day`,
    « ce jour-là », « le même jour » and « le jour même » that day (the date of the sentence, if it gave one);
    « de la même année », « de cette année-là » the last year given, in the sentence or `told_year` (any
    year, « depuis 2021 » too), else `told`'s. « Trois jours plus tard », « le mois suivant », « au même
    moment » count from the last date given, in the sentence or `told_value` (its ISO form, as precise as
    it was told), else `told`."""
    taken: list[tuple[int, int]] = []
    found: list[DateValue] = []
    lowered = text.lower()
    patterns, searched = (_PATTERNS, lowered) if len(lowered) == len(text) else (_PATTERNS_IGNORING_CASE, text)
    has_month, has_year = _MONTH_NAME.search(lowered) is not None, _YEAR.search(text) is not None
    for name, pattern in patterns:
        if not _can_match(name, has_month, has_year):
            continue
        for match in pattern.finditer(searched):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            value = _normalise(name, match, reference, told)
            if value is None:
                continue
            taken.append((start, end))
            date_start, date_end, granularity, kind = value
            found.append(
                DateValue(text[start:end], offset + start, offset + end, date_start, date_end, granularity, kind)
            )
    found.sort(key=lambda value: value.start)
    _carry_the_year_within(found, reference)
    for index, value in enumerate(found):
        if value.kind == "since" and _FIRST_SINCE.search(text, 0, value.start - offset):
            # « une première depuis 2003 »: a yardstick, not when anything happened
            found[index] = replace(value, kind="superseded")
        elif value.kind == "season_alone":
            # « Ratifié à l'automne, le traité est entré en vigueur en décembre 2024 »: a date of the
            # sentence says more than a season does
            others = any(other.date_start and other.kind != "season_alone" for other in found if other is not value)
            found[index] = replace(value, kind="superseded" if others else "point")
        elif value.kind == "year_again":
            if any(other.date_start for other in found[:index]):
                # « En janvier 2023, Erevan a refusé les exercices prévus cette année-là »: told already
                found[index] = replace(value, kind="superseded")
            else:
                year = told_year or (told.year if told else None)
                kind = "point" if year else "relative"
                found[index] = replace(value, date_start=str(year) if year else "", kind=kind)
        elif value.kind == "same_year":
            before = [other.date_start for other in found[:index] if other.date_start]
            year = int(before[-1][:4]) if before else told_year or (told.year if told else None)
            found[index] = replace(value, date_start=_same_year(value.text, year), kind="point")
        elif value.kind in _FROM_THE_STORY:
            if any(other.date_start for other in found[index + 1 :]):
                found[index] = replace(value, kind="superseded")  # « Deux ans plus tôt, en juillet 2020 »
            else:
                before = [other.date_start for other in found[:index] if other.date_start]
                if before and value.kind == "later" and value.text.lower().endswith("tôt"):
                    # « Le 17 janvier 2025, il s'est entretenu avec Joseph Aoun, élu huit jours plus tôt »:
                    # counted back from its own sentence's date, the background of what that date tells
                    found[index] = replace(value, kind="superseded")
                    continue
                start = before[-1] if before else told_value or (told.isoformat() if told else "")
                found[index] = _FROM_THE_STORY[value.kind](value, start)
        elif value.kind == "same_day" and (before := [other for other in found[:index] if other.date_start]):
            # « fin novembre, …, le jour même où le Tchad dénonçait son accord »: the date the sentence gave
            found[index] = replace(
                value, date_start=before[-1].date_start, granularity=before[-1].granularity, kind="point"
            )
        elif value.kind in _NEXT_DAY:
            days = [other.date_start for other in found[:index] if other.granularity == "day" and other.date_start]
            day = date.fromisoformat(days[-1]) if days else told_day
            shifted = (day + timedelta(days=_NEXT_DAY[value.kind])).isoformat() if day else ""
            found[index] = replace(value, date_start=shifted, kind="point" if day else "relative")
    return [value for value in found if value.kind != "superseded"]


_FIRST_SINCE = re.compile(r"premi(?:er|ère)s?(?:\s+fois)?\s*$", re.IGNORECASE)
_NEXT_DAY = {"next_day": 1, "day_before": -1, "same_day": 0}


def _counted_from(value: DateValue, start: str) -> DateValue:
    """« Un an plus tard », « six mois plus tôt », « trois jours plus tard »: the date told before (`start`,
    ISO), moved on (or back), never more precise than it was told: a year moved by months is no month, a
    month moved by days no day. Weeks give the month they end in (« deux semaines plus tard » counts no
    days), « quelques jours plus tard » the month told, « quelques mois » nothing."""
    match = re.match(
        rf"({_COUNT}|quelques)\s+(ans?|années?|mois|semaines?|jours?)\s+plus\s+(tard|tôt)", value.text.lower()
    )
    if match is None or not start:
        return replace(value, kind="relative")
    unit, sign, vague = match.group(2), 1 if match.group(3) == "tard" else -1, match.group(1) == "quelques"
    if vague:
        # « quelques jours plus tard »: the month told, most often; « quelques jours plus tôt » may be the
        # month before
        if unit.startswith("jour") and sign > 0 and len(start) >= 7:
            return replace(value, date_start=start[:7], granularity="month", kind="point")
        return replace(value, kind="relative")
    count = _COUNTS.get(match.group(1)) or int(match.group(1))
    if unit.startswith("jour"):
        if len(start) < 10:
            return replace(value, kind="relative")  # a month moved by days is no day
        moved = date.fromisoformat(start) + timedelta(days=sign * count)
        return replace(value, date_start=moved.isoformat(), granularity="day", kind="point")
    if unit.startswith("semaine"):
        if len(start) < 7:
            return replace(value, kind="relative")
        day = date.fromisoformat(start if len(start) == 10 else f"{start}-15")
        moved = day + timedelta(weeks=sign * count)
        return replace(value, date_start=moved.isoformat()[:7], granularity="month", kind="point")
    year = int(start[:4])
    if unit == "mois":
        if len(start) < 7:
            return replace(value, kind="relative")  # a year moved by months is no month
        months = year * 12 + int(start[5:7]) - 1 + sign * count
        return replace(value, date_start=_iso(months // 12, months % 12 + 1), granularity="month", kind="point")
    return replace(value, date_start=_iso(year + sign * count), granularity="year", kind="point")


def _same_time(value: DateValue, start: str) -> DateValue:
    """« Dans la foulée »: the date told before, as precise as it was told; « au même moment », « dans le
    même temps », « le même mois », « ce mois-là »: its month (about the same time, not the same day)."""
    if not value.text.lower().startswith("dans la foul"):
        if len(start) < 7:
            return replace(value, kind="relative")
        return replace(value, date_start=start[:7], granularity="month", kind="point")
    if not start:
        return replace(value, kind="relative")
    granularity = {4: "year", 7: "month"}.get(len(start), "day")
    return replace(value, date_start=start, granularity=granularity, kind="point")


def _next_period(value: DateValue, start: str) -> DateValue:
    """« Le mois suivant », « l'année suivante »: the month or the year after the one told before."""
    if "mois" in value.text.lower():
        if len(start) < 7:
            return replace(value, kind="relative")
        months = int(start[:4]) * 12 + int(start[5:7])  # the month after: its index counted from 0, plus one
        return replace(value, date_start=_iso(months // 12, months % 12 + 1), granularity="month", kind="point")
    if not start:
        return replace(value, kind="relative")
    return replace(value, date_start=str(int(start[:4]) + 1), granularity="year", kind="point")


_FROM_THE_STORY = {"later": _counted_from, "same_time": _same_time, "next_period": _next_period}


def first_day(iso: str) -> date:
    """The first day of an ISO date at any precision (« 2024 » → 2024-01-01, « 2024-06 » → 2024-06-01)."""
    parts = [int(part) for part in iso.split("-")]
    return date(parts[0], *[*parts[1:], 1, 1][:2])


# a date whose year is known from its own words: written, or « le 7 mai dernier », « en mars prochain »
_YEAR_SET = re.compile(r"(?:19|20)\d\d|\bdernier\b|\bprochain\b", re.IGNORECASE)


def _carry_the_year_within(found: list[DateValue], reference: date | None) -> None:
    """« l'exercice, conduit du 10 au 20 février 2022, … a franchi la frontière le 24 février »: a day
    without a year after a date of the same sentence that gives one carries that date's story on, in the
    year that puts it within half a year of that date when one does (`_year_near`); a
    year naming a thing (« la victoire de 1945 », « l'accord de 2015 ») tells no time of the story."""
    told: date | None = None
    for index, value in enumerate(found):
        if value.granularity == "year" and value.text.lower().startswith(("de ", "d'", "d’")):
            continue
        if value.kind in ("point", "range") and value.date_start and _YEAR_SET.search(value.text):
            told = first_day(value.date_start)
        elif told is not None and value.kind in ("point", "range") and not _YEAR.search(value.text):
            again = find_dates(value.text, reference, 0, told)
            year = _year_near(again, told)
            if year is not None:
                again = find_dates(value.text, reference, 0, date(year, 1, 1))
            if len(again) == 1 and again[0].text == value.text:
                found[index] = replace(again[0], start=value.start, end=value.end)


HALF_A_YEAR_DAYS = 183


def _year_near(found: list[DateValue], told: date) -> int | None:
    """The year of a day told without one (`found`), next to a date of the sentence (`told`): the year
    that puts it within half a year of it, when that is not the year it was given. « Réunis à Nairobi en
    avril 2022, les chefs d'État de l'EAC, que la RDC avait rejointe le 29 mars » (2022), « En décembre
    2023, les deux armées ont engagé des manœuvres, conclues le 14 janvier » (2024)."""
    if len(found) != 1 or found[0].granularity != "day" or not found[0].date_start:
        return None
    day = first_day(found[0].date_start)
    near = [
        year
        for year in (told.year - 1, told.year, told.year + 1)
        if _valid(year, day.month, day.day) and abs((date(year, day.month, day.day) - told).days) <= HALF_A_YEAR_DAYS
    ]
    return near[0] if near and near[0] != day.year else None


def _same_year(text: str, year: int | None) -> str:
    match = re.search(rf"(?:{_D}\s+)?{_M}", text.lower())
    if year is None or match is None:
        return ""
    day, month = match.groups()
    return _iso(year, _month(month), _day(day) if day else None)


def _normalise(
    name: str, match: re.Match, reference: date | None, told: date | None = None
) -> tuple[str, str, str, str] | None:
    groups = match.groups()
    ref_year = reference.year if reference else None
    if told is not None and name == "month_alone":
        if date(told.year, _month(groups[0]), 1) >= told.replace(day=1):
            ref_year = told.year  # « En mars 2024, … En octobre, … »
    elif told is not None and name in ("day_range_months", "day_range", "day"):
        month = _month(groups[1] or groups[3]) if name == "day_range" else _month(groups[1])
        if _valid(told.year, month, _day(groups[0])) and date(told.year, month, _day(groups[0])) >= told:
            ref_year = told.year  # « En décembre 2023, … Le 14 décembre, … »
    if name == "day_range_months":
        d1, m1, y1, d2, m2, y2 = groups
        end_year = int(y2) if y2 else ref_year
        if y1:
            start_year = int(y1)
        elif end_year is not None and _month(m1) > _month(m2):
            start_year = end_year - 1  # « du 28 décembre au 5 janvier 2025 »
        else:
            start_year = end_year
        return _iso(start_year, _month(m1), _day(d1)), _iso(end_year, _month(m2), _day(d2)), "range", "range"
    if name == "day_range":
        d1, m1, d2, m2, year = groups
        y = int(year) if year else ref_year
        return _iso(y, _month(m1 or m2), _day(d1)), _iso(y, _month(m2), _day(d2)), "range", "range"
    if name == "part_month_range":
        m1, y1, m2, y2 = groups
        first, last = _month(m1), _month(m2)
        if y2:
            end_year = int(y2)
        elif told is not None and date(told.year, first, 1) >= told.replace(day=1):
            end_year = told.year + (1 if first > last else 0)  # « En mai 2024, … De fin juillet à la mi-août »
        elif ref_year is not None:
            end_year = ref_year
        else:
            return "", "", "month", "relative"
        start_year = int(y1) if y1 else end_year - (1 if first > last else 0)
        return _iso(start_year, first), _iso(end_year, last), "range", "range"
    if name == "month_range":  # « d'avril à mai 2024 », « de novembre 2023 à février 2024 »
        m1, y1, m2, y2 = groups
        first, last = _month(m1), _month(m2)
        start_year = int(y1) if y1 else int(y2) - (1 if first > last else 0)
        return _iso(start_year, first), _iso(int(y2), last), "range", "range"
    if name == "coverage":
        return groups[0], groups[1], "range", "coverage"
    if name in ("year_range", "year_span"):
        return groups[0], groups[1], "range", "range"
    if name == "month_of_relative_year":  # « en janvier de l'an dernier », « le 17 juillet de l'an dernier »
        d, m, phrase = groups
        if reference is None:
            return "", "", "day" if d else "month", "relative"
        return (
            _iso(reference.year + _year_shift(phrase), _month(m), _day(d) if d else None),
            "",
            "day" if d else "month",
            "point",
        )
    if name == "day":
        d, m, year = groups
        y = int(year) if year else ref_year
        return _iso(y, _month(m), _day(d)), "", "day", "point"
    if name == "part_month":
        return _iso(int(groups[2]), _month(groups[1])), "", "month", "point"
    if name == "month":
        return _iso(int(groups[1]), _month(groups[0])), "", "month", "point"
    if name == "same_year":  # its year is read once the dates before it are known
        return "", "", "day" if groups[0] else "month", "same_year"
    if name == "month_alone":
        if ref_year is None:
            return "", "", "month", "relative"
        return _iso(ref_year, _month(groups[0])), "", "month", "point"
    if name == "relative_month":
        if reference is None:
            return "", "", "month", "relative"
        month = _month(groups[0])
        return _iso(_relative_year(month, groups[1], reference), month), "", "month", "point"
    if name == "relative_day":
        if reference is None:
            return "", "", "day", "relative"
        month, day = _month(groups[1]), _day(groups[0])
        return _iso(_relative_year(month, groups[2], reference, day), month, day), "", "day", "point"
    if name == "part_year":
        return groups[1], "", "year", "point"
    if name == "season":
        return groups[1], "", "year", "point"
    if name == "season_alone":  # read once the other dates of the sentence are known
        year = told.year if told is not None else ref_year
        return (str(year), "", "year", "season_alone") if year else ("", "", "year", "relative")
    if name == "year_again":  # its year is read once the dates before it are known
        return "", "", "year", "year_again"
    if name == "since":
        return groups[0], "", "year", "since"
    if name == "year":
        return groups[0], "", "year", "point"
    if name == "until":  # how long something lasts or when it is due, not when it happened
        return "", groups[0], "year", "coverage"
    if name in _NEXT_DAY:  # read once the days before it are known
        return "", "", "day", name
    if name == "relative":
        date_start, date_end, granularity = _relative(groups[0], reference)
        return date_start, date_end, granularity, "relative"
    if name == "weekday":
        if reference is None:
            return "", "", "day", "relative"
        back = (reference.weekday() - _WEEKDAYS.index(groups[0].lower())) % 7
        if groups[1] and back == 0:
            back = 7  # « mardi dernier », told on a Tuesday: the week before
        return (reference - timedelta(days=back)).isoformat(), "", "day", "relative"
    if name in _FROM_THE_STORY:
        return "", "", "", name  # counted from the date told before, once all are found
    return None


_PUBLISHED = re.compile(
    rf"(?:publié|publiée|mis à jour|mise à jour|date de publication|daté du)\s*(?:le|:)?\s*:?\s*{_D}\s+{_M}\s+{_Y}", _F
)
_NUMERIC = re.compile(r"(?:publié|publiée|mis à jour)\s*(?:le|:)?\s*:?\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", _F)


def document_date(text: str, head_chars: int = 600) -> date | None:
    """The document's date when its first lines give one (« Publié le 12 mars 2025 »)."""
    head = text[:head_chars]
    match = _PUBLISHED.search(head)
    try:
        if match:
            return date(int(match.group(3)), _month(match.group(2)), _day(match.group(1)))
        match = _NUMERIC.search(head)
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None
    return None
