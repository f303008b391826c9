"""French date expressions."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.dates import document_date, find_dates, first_day

REFERENCE = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 24 avril 2025, le président a rencontré", ("2025-04-24", "", "point")),
        ("Du 7 au 11 avril 2025, les forces", ("2025-04-07", "2025-04-11", "range")),
        ("du 28 février au 3 mars 2024", ("2024-02-28", "2024-03-03", "range")),
        ("Du 15 novembre 2024 au 31 mars 2025, les deux marines", ("2024-11-15", "2025-03-31", "range")),
        ("du 28 décembre au 5 janvier 2025", ("2024-12-28", "2025-01-05", "range")),
        ("De juin à août 2023, les marines", ("2023-06", "2023-08", "range")),
        ("les 30 et 31 mai 2024 à Singapour", ("2024-05-30", "2024-05-31", "range")),
        ("de novembre à février 2024", ("2023-11", "2024-02", "range")),
        ("entre mars 2022 et janvier 2023", ("2022-03", "2023-01", "range")),
        ("le 1er juillet 2024", ("2024-07-01", "", "point")),
        ("En avril 2025, le Parlement", ("2025-04", "", "point")),
        ("Début 2025, la Russie a signé", ("2025", "", "point")),
        ("fin février 2025", ("2025-02", "", "point")),
        ("mi-juin 2025", ("2025-06", "", "point")),
        ("membre de l’OCS depuis 2017", ("2017", "", "since")),
        ("un programme lancé en 2025 par l’OTSC", ("2025", "", "point")),
        ("un accord de défense pour 2026-2030", ("2026", "2030", "coverage")),
        ("Les premiers appareils doivent être livrés vers 2028-2029.", ("2028", "2029", "range")),
        ("de 2028 à 2030", ("2028", "2030", "range")),
        ("de fin juin à fin juillet 2024", ("2024-06", "2024-07", "range")),
        ("de fin novembre à la mi-janvier 2025", ("2024-11", "2025-01", "range")),
        ("un bail prolongé jusqu'en 2042", ("", "2042", "coverage")),
        ("le Togo a reçu un lot de TB2 à l’été 2022", ("2022", "", "point")),
        ("Au printemps 2024, la Bundeswehr", ("2024", "", "point")),
        ("Depuis l'automne 2022, les forces russes emploient", ("2022", "", "since")),
    ],
)
def test_absolute_dates(text, expected):
    values = find_dates(text)
    assert len(values) == 1
    assert (values[0].date_start, values[0].date_end, values[0].kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en janvier dernier", "2025-01"),
        ("en mai dernier", "2024-05"),
        ("a réceptionné le 26 novembre dernier ses premiers Akinci", "2024-11-26"),
        ("le 3 avril prochain", "2025-04-03"),
        # a day earlier in the document's month is this year's
        ("signée le 2 mars dernier", "2025-03-02"),
        ("le mois dernier", "2025-02"),
        ("l’an prochain", "2026"),
        ("le 9 mai", "2025-05-09"),
        ("arrivés à Ouagadougou en janvier de l’an dernier", "2024-01"),
        ("Le 17 juillet de l'an dernier, une délégation", "2024-07-17"),
        ("en octobre de l'année prochaine", "2026-10"),
        ("l'an passé", "2024"),
        ("Cet été, le groupe aéronaval a mené des exercices", "2025"),
    ],
)
def test_relative_dates_use_the_document_date(text, expected):
    assert find_dates(text, REFERENCE)[0].date_start == expected


@pytest.mark.parametrize(
    "text",
    ["en janvier dernier", "le mois dernier", "le 9 mai", "en janvier de l'an dernier", "le 26 novembre dernier"],
)
def test_relative_dates_without_a_document_date_stay_empty(text):
    value = find_dates(text)[0]
    assert value.date_start == "" and value.text


def test_that_year_points_back_and_is_no_date_of_its_own():
    found = find_dates("En janvier 2023, Erevan a refusé les exercices prévus cette année-là.", REFERENCE)
    assert [value.date_start for value in found] == ["2023-01"]
    assert find_dates("les exercices prévus cette année", REFERENCE)[0].date_start == "2025"


def test_the_day_after_or_before_counts_from_the_last_day_given():
    found = find_dates("Le 29 mai 2023, des heurts ont éclaté ; dès le lendemain, l'OTAN a réagi.", REFERENCE)
    assert [value.date_start for value in found] == ["2023-05-29", "2023-05-30"]
    (found,) = find_dates("La veille, Paris avait annoncé l'envoi de renforts.", REFERENCE, told_day=date(2024, 3, 1))
    assert (found.date_start, found.granularity, found.kind) == ("2024-02-29", "day", "point")
    # with no day told before, or the day after another event, no date
    assert find_dates("Le lendemain, les troupes sont arrivées.", REFERENCE)[0].date_start == ""
    assert find_dates("Au lendemain de l'attaque, les troupes sont arrivées.", REFERENCE) == []
    # « ce jour-là », « le même jour »: that day
    found = find_dates("Le 12 janvier 2024, Kiev a signé deux accords le même jour.", REFERENCE)
    assert [value.date_start for value in found] == ["2024-01-12", "2024-01-12"]
    (found,) = find_dates("L'accord est entré en vigueur ce jour-là.", REFERENCE, told_day=date(2025, 9, 11))
    assert found.date_start == "2025-09-11"
    # « le jour même », « l'après-midi même »: that day too, or the date the sentence gave
    (found,) = find_dates("L’après-midi même, il visitait le chantier de Kiel.", REFERENCE, told_day=date(2024, 5, 10))
    assert found.date_start == "2024-05-10"
    found = find_dates("Il l'avait dit fin novembre 2024, le jour même où le Tchad dénonçait l'accord.", REFERENCE)
    assert [(value.date_start, value.granularity) for value in found] == [("2024-11", "month"), ("2024-11", "month")]
    # the day of another event is no date of the story
    text = "Le jour même de la signature, Athènes a annoncé l'achat."
    assert find_dates(text, REFERENCE, told_day=date(2024, 5, 10)) == []


def test_that_year_is_the_last_year_given_a_since_too():
    text = "En octobre de cette année-là, des soldats ont mené un exercice."
    (found,) = find_dates(text, REFERENCE, told=date(2025, 2, 1), told_year=2021)
    assert (found.date_start, found.granularity) == ("2021-10", "month")
    (found,) = find_dates("En novembre de la même année, il a signé.", REFERENCE, told=date(2019, 3, 1))
    assert found.date_start == "2019-11"


def test_years_or_months_later_count_from_the_date_told_before():
    (found,) = find_dates("Un an plus tard, son homologue s'est rendu en Inde.", REFERENCE, told=date(2022, 6, 15))
    assert (found.date_start, found.granularity, found.kind) == ("2023", "year", "point")
    found = find_dates("En mars 2019, ils ont signé ; six mois plus tard, ils ont rompu.", REFERENCE)
    assert [(value.date_start, value.granularity) for value in found] == [("2019-03", "month"), ("2019-09", "month")]
    (found,) = find_dates("Trois ans plus tôt, le texte avait été négocié.", REFERENCE, told=date(2024, 1, 1))
    assert found.date_start == "2021"
    # the date itself given right after it, or no date told before: nothing counted
    text = "Deux ans plus tôt, en juillet 2020, il avait signé."
    assert [value.date_start for value in find_dates(text, REFERENCE, told=date(2022, 6, 1))] == ["2020-07"]
    assert find_dates("Un an plus tard, il est revenu.", REFERENCE)[0].date_start == ""


@pytest.mark.parametrize(
    ("text", "told_value", "expected"),
    [
        # days and weeks count from a day; weeks give the month they end in
        ("Trois jours plus tard, Volodymyr Zelensky se rendait à Eindhoven.", "2023-08-17", ("2023-08-20", "day")),
        ("Deux semaines plus tard, deux frégates iraniennes accostaient à Rio.", "2023-02-20", ("2023-03", "month")),
        ("Quelques jours plus tard, le coordinateur américain était à Honiara.", "2022-04-19", ("2022-04", "month")),
        # the month or year after the one told, not more precise than it was told
        ("Le mois suivant, soldats indiens et maldiviens se sont retrouvés.", "2025-01", ("2025-02", "month")),
        ("Le mois suivant, des lanceurs ont été repérés.", "2022-12-05", ("2023-01", "month")),
        ("Il a signé l'année suivante un protocole.", "2015", ("2016", "year")),
        # about the same time: the month told; right after: the date told
        ("Au même moment, 600 soldats participaient à Southern Fenix.", "2024-09-02", ("2024-09", "month")),
        ("Dans le même temps, Choïgou a reçu Wang Yi.", "2024-09", ("2024-09", "month")),
        ("Le même mois, Noboa a affirmé que son pays céderait ce matériel.", "2024-01-22", ("2024-01", "month")),
        ("Dans la foulée, les deux agences ont signé un protocole.", "2023-01-15", ("2023-01-15", "day")),
    ],
)
def test_times_told_from_the_story_count_from_the_date_told_before(text, told_value, expected):
    (found,) = find_dates(text, REFERENCE, told=first_day(told_value), told_value=told_value)
    assert (found.date_start, found.granularity, found.kind) == (*expected, "point")


def test_parts_of_months_without_a_year_take_the_story_s():
    found = find_dates("De fin juillet à la mi-août, des militaires ont manœuvré", REFERENCE, 0, date(2024, 5, 1))
    assert [(v.date_start, v.date_end, v.kind) for v in found] == [("2024-07", "2024-08", "range")]


def test_a_month_told_as_the_month_of_is_a_month_of_the_story():
    found = find_dates("Ils ont programmé l'exercice Viekaren pour le mois d'août.", REFERENCE, told=date(2025, 5, 1))
    assert [(value.text, value.date_start) for value in found] == [("le mois d'août", "2025-08")]
    (found,) = find_dates("Au mois de mars, il a signé.", REFERENCE, told=date(2024, 1, 1))
    assert found.date_start == "2024-03"


def test_a_story_time_told_more_precisely_than_it_was_known_is_no_date():
    """A month moved by days is no day, a year moved by months no month; « quelques mois » or « quelques
    jours plus tôt » are no count."""
    for text, told_value in [
        ("Trois jours plus tard, il a signé.", "2023-08"),
        ("Six mois plus tard, il a signé.", "2019"),
        ("Quelques mois plus tard, il a signé.", "2019-05"),
        ("Quelques jours plus tôt, le ministre s'était rendu en Turquie.", "2023-11"),
        ("Le mois suivant, il a signé.", "2019"),
        ("Au même moment, ils manœuvraient.", ""),
    ]:
        (found,) = find_dates(text, REFERENCE, told_value=told_value)
        assert (found.date_start, found.kind) == ("", "relative"), text


def test_a_count_back_from_its_own_sentence_s_date_is_the_background_of_what_that_date_tells():
    text = "Le 17 janvier 2025, Emmanuel Macron s'est entretenu avec Joseph Aoun, élu huit jours plus tôt."
    assert [value.date_start for value in find_dates(text, REFERENCE)] == ["2025-01-17"]
    text = "Le 3 mars 2024, l'accord a été signé ; trois jours plus tard, le Parlement l'a ratifié."
    assert [value.date_start for value in find_dates(text, REFERENCE)] == ["2024-03-03", "2024-03-06"]


def test_a_day_without_a_year_takes_the_year_of_a_date_before_it_in_the_sentence():
    text = "L'exercice, conduit du 10 au 20 février 2022, a servi de paravent : les troupes sont entrées le 24 février."
    found = find_dates(text, REFERENCE, told=date(2024, 3, 1))
    assert [value.date_start for value in found] == ["2022-02-10", "2022-02-24"]
    assert text[found[1].start : found[1].end] == "24 février"


def test_a_day_without_a_year_within_half_a_year_of_a_date_of_the_sentence_is_next_to_it():
    text = (
        "Réunis à Nairobi en avril 2022, les chefs d’État de l’EAC, que la RDC avait rejointe le 29 mars, ont décidé."
    )
    assert [value.date_start for value in find_dates(text, REFERENCE)] == ["2022-04", "2022-03-29"]
    # a January after a December is the next year's, a December before a January the year before's
    text = "En décembre 2023, les deux armées ont engagé des manœuvres, conclues le 14 janvier."
    assert [value.date_start for value in find_dates(text, REFERENCE)] == ["2023-12", "2024-01-14"]
    text = "En janvier 2024, Kinshasa a renvoyé la force, déployée depuis le 20 décembre."
    assert [value.date_start for value in find_dates(text, REFERENCE)] == ["2024-01", "2023-12-20"]


def test_numbers_are_not_years():
    assert find_dates("la Chine partage 2800 km de frontières et 1500 soldats") == []


def test_document_date_from_the_first_lines():
    assert document_date("Titre\nPublié le 12 mars 2025\nTexte") == date(2025, 3, 12)
    assert document_date("Titre\nTexte sans date, publié plus tard.") is None


def test_case_does_not_matter_and_the_text_is_kept_as_written():
    (found,) = find_dates("DU 7 AU 11 AVRIL 2025, les forces", REFERENCE)
    assert (found.date_start, found.date_end, found.text) == ("2025-04-07", "2025-04-11", "DU 7 AU 11 AVRIL 2025")


def test_offsets_hold_when_lowering_would_change_the_length():
    # « İ » (dotted capital I) becomes two characters in lower case: the text is matched as it is.
    text = "İZMİR : le 24 Avril 2025, la Turquie a signé"
    (found,) = find_dates(text, REFERENCE, offset=100)
    assert (found.date_start, found.text) == ("2025-04-24", "24 Avril 2025")
    assert text[found.start - 100 : found.end - 100] == "24 Avril 2025"


def test_a_sentence_without_month_or_year_still_gets_its_relative_dates():
    found = find_dates("Les deux ministres se sont rencontrés hier à Ankara.", REFERENCE)
    assert [(value.text, value.date_start) for value in found] == [("hier", "2025-03-11")]


def test_a_day_without_a_year_carries_the_story_on_from_the_last_date_told():
    # « Le 3 décembre 2023, … Le 14 décembre, … »: the same December
    (value,) = find_dates("Le 14 décembre, les présidents se sont réunis.", REFERENCE, told=date(2023, 12, 3))
    assert value.date_start == "2023-12-14"
    (value,) = find_dates("Du 18 au 20 décembre, les marines", REFERENCE, told=date(2023, 12, 1))
    assert (value.date_start, value.date_end) == ("2023-12-18", "2023-12-20")
    # going back in time from the last date told: the document's year (« en septembre 2022 … Le 31 mars »)
    (value,) = find_dates("Le 31 mars, à Khodjent, les présidents", REFERENCE, told=date(2022, 9, 1))
    assert value.date_start == "2025-03-31"
    # a year written out is never changed
    (value,) = find_dates("le 2 février 2021", REFERENCE, told=date(2023, 1, 1))
    assert value.date_start == "2021-02-02"


def test_a_month_without_a_year_and_the_same_year():
    (value,) = find_dates("En octobre, les marines française et indienne", REFERENCE, told=date(2024, 3, 1))
    assert (value.date_start, value.granularity) == ("2024-10", "month")
    # « de la même année »: the year of the date told before it, in the sentence or before
    found = find_dates("En mars 2019, Washington a approuvé la vente ; en novembre de la même année, il a", REFERENCE)
    assert [value.date_start for value in found] == ["2019-03", "2019-11"]
    (value,) = find_dates("Il est entré en vigueur le 3 octobre de la même année.", REFERENCE, told=date(2023, 1, 1))
    assert value.date_start == "2023-10-03"
    (value,) = find_dates("en octobre de la même année", None)
    assert value.date_start == ""


def test_a_first_since_a_year_is_no_date():
    assert find_dates("Washington a accordé 40 millions de dollars, une première depuis 2003.", REFERENCE) == []
    assert find_dates("Les navires russes sont revenus pour la première fois depuis 2019.", REFERENCE) == []
    assert [v.kind for v in find_dates("La France est présente depuis 2019.", REFERENCE)] == ["since"]


def test_today_tells_how_things_stand_not_a_date():
    # « aujourd'hui » in a report is « nowadays »; « hier » and « demain » are days
    assert not find_dates("Quelque 28 500 militaires américains sont aujourd’hui stationnés en Corée.", REFERENCE)
    assert find_dates("Le ministre est arrivé hier à Séoul.", REFERENCE)[0].date_start == "2025-03-11"


def test_the_year_named_as_such():
    # « L'année 2024 a bousculé ce schéma. Les ministres ont signé en janvier un accord »
    (value,) = find_dates("L’année 2024 a bousculé ce schéma.")
    assert (value.text, value.date_start) == ("L’année 2024", "2024")
    (value,) = find_dates("Les ministres ont signé en janvier un accord.", date(2025, 6, 2), told=date(2024, 1, 1))
    assert value.date_start == "2024-01"


def test_the_same_year_alone_is_the_year_told_before():
    (value,) = find_dates("La même année, la Norvège a commandé 24 K9 neufs.", REFERENCE, told_year=2017)
    assert (value.text, value.date_start, value.granularity) == ("La même année", "2017", "year")
    # with no year told, no date
    assert [v.date_start for v in find_dates("La même année, la Norvège a commandé 24 K9.", REFERENCE)] == [""]


def test_a_season_alone_is_of_the_year_told_unless_the_sentence_says_more():
    found = find_dates("À l’automne, Paris a revendu au Caire les deux Mistral.", REFERENCE, told=date(2015, 2, 16))
    assert [(v.text, v.date_start) for v in found] == [("À l’automne", "2015")]
    found = find_dates(
        "Ratifié par les deux parties à l'automne, le traité est entré en vigueur en décembre 2024.",
        REFERENCE,
        told=date(2024, 6, 19),
    )
    assert [v.date_start for v in found] == ["2024-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les ministres ont signé mardi un accord.", ("mardi", "2025-03-11")),  # REFERENCE is a Wednesday
        ("Jeudi dernier, ils ont signé.", ("Jeudi dernier", "2025-03-06")),
        ("En début d'année, ils ont signé.", ("En début d'année", "2025")),
        ("Le mardi 3 juin, ils ont signé.", ("3 juin", "2025-06-03")),
    ],
)
def test_a_day_of_the_week_and_a_part_of_the_year_count_from_the_document_date(text, expected):
    assert [(value.text, value.date_start) for value in find_dates(text, REFERENCE)] == [expected]


def test_a_habit_is_no_date():
    assert find_dates("Chaque mardi, les deux marines patrouillent.", REFERENCE) == []


def test_a_year_naming_a_thing_gives_no_year_to_the_month_after_it():
    # the month after « le 7 mai dernier » is in its year, not in the year of « la victoire de 1945 »
    text = (
        "Le 7 mai dernier, à la veille des commémorations de la victoire de 1945, ils ont signé un traité, "
        "ratifié en octobre."
    )
    found = find_dates(text, date(2025, 11, 20), told=date(2019, 1, 1))
    assert [(value.text, value.date_start) for value in found] == [
        ("7 mai dernier", "2025-05-07"),
        ("de 1945", "1945"),
        ("en octobre", "2025-10"),
    ]
