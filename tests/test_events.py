"""Event extraction on the real pipeline, on the seed article."""

from __future__ import annotations

import pytest

from pipelines.analysis import event_extractor
from pipelines.anaphora import state_kinds
from pipelines.config import default_models_dir
from pipelines.dates import document_date
from pipelines.gazetteer import load_gazetteer
from pipelines.mentions import mentions_of
from pipelines.reading import read_bytes

from .conftest import SEED


@pytest.fixture(scope="module")
def seed_events(nlp):
    result = read_bytes(SEED.read_bytes(), ".txt")
    doc = nlp(result.text)
    models = default_models_dir().resolve()
    mentions = mentions_of(doc, "D", result.body_end, load_gazetteer(models / "gazetteers"))
    events = event_extractor(models).extract(doc, "D", mentions, result.body_end, document_date(result.text))
    return {(e.type, e.participant_keys): e for e in events}


def test_joint_exercise_between_russia_and_tajikistan(seed_events):
    event = seed_events[("JOINT_EXERCISE", ("RUS", "TJK"))]
    assert (event.date_start, event.date_end) == ("2025-04-07", "2025-04-11")
    assert event.place == "Kharb-Maidon"
    assert event.status == "occurred"
    assert event.sentence.startswith("Du 7 au 11 avril 2025")


def test_agreement_date_is_the_signature_not_the_coverage(seed_events):
    event = seed_events[("DEFENSE_AGREEMENT", ("RUS", "UZB"))]
    assert event.date_start == "2025"
    assert event.status == "occurred"


def test_exercise_list_gives_one_event_per_partner(seed_events):
    for partner in ("KAZ", "KGZ", "UZB"):
        assert ("JOINT_EXERCISE", tuple(sorted(("IND", partner)))) in seed_events


def test_meeting_of_a_president_and_a_general_is_between_their_states(seed_events):
    event = seed_events[("HIGH_LEVEL_MEETING", ("KAZ", "PAK"))]
    assert event.date_start == "2025-04-24"


def test_hypothetical_presence(seed_events):
    event = seed_events[("MILITARY_PRESENCE", ("IND",))]
    assert event.status == "hypothetical"
    assert "possibilité" in event.status_cue


def events_of(nlp, text):
    models = default_models_dir().resolve()
    doc = nlp(text)
    mentions = mentions_of(doc, "D", None, load_gazetteer(models / "gazetteers"))
    events = event_extractor(models).extract(doc, "D", mentions, None, None)
    return {(e.type, e.participant_keys): e for e in events}


def parties_in(nlp, text):
    """Every actor taking part in any event of the text."""
    return {key for _, parties in events_of(nlp, text) for key in parties}


def parties_of(found, code):
    """The participant sets of the events of one type among `events_of`'s."""
    return {parties for event_type, parties in found if event_type == code}


def test_a_strong_trigger_needs_no_context_word(nlp):
    found = events_of(nlp, "Le groupe Wagner était déployé au Mali depuis fin 2021.")
    assert ("MILITARY_PRESENCE", ("MLI", "WAGNER")) in found
    # hosting forces, using a base
    found = events_of(nlp, "En 2021, Tachkent a refusé d'accueillir des forces américaines.")
    assert found[("MILITARY_PRESENCE", ("USA", "UZB"))].status == "negated"
    found = events_of(nlp, "Les États-Unis ont utilisé la base de Manas, au Kirghizstan, jusqu'en 2014.")
    assert found[("MILITARY_PRESENCE", ("KGZ", "USA"))].place == "Manas"


def test_a_mission_s_mandate_extended_or_refused_is_its_presence_going_on_or_not(nlp):
    found = events_of(nlp, "Le Conseil de sécurité a prolongé le mandat de la MONUSCO en décembre 2024.")
    assert found[("MILITARY_PRESENCE", ("COD", "UN"))].date_start == "2024-12"
    found = events_of(
        nlp,
        "Le président Félix Tshisekedi a refusé de prolonger le mandat de la force de l'EAC au-delà du 8 décembre "
        "2023.",
    )
    assert found[("MILITARY_PRESENCE", ("COD", "EAC"))].status == "negated"


def test_a_visit_to_a_capital_is_a_meeting_with_its_state(nlp):
    found = events_of(nlp, "En octobre 2021, le président Recep Tayyip Erdoğan a effectué une visite à Lomé.")
    assert found[("HIGH_LEVEL_MEETING", ("TGO", "TUR"))].date_start == "2021-10"


def test_a_contrast_takes_no_part(nlp):
    found = events_of(nlp, "Contrairement à la Russie, la Turquie a livré des drones Bayraktar TB2 au Niger.")
    assert ("ARMS_TRANSFER", ("NER", "TUR")) in found
    assert not any("RUS" in participants for _, participants in found)


def test_an_event_told_inside_a_contrast_is_between_its_actors(nlp):
    found = events_of(
        nlp,
        "Le 17 janvier 2025, au Kremlin, Vladimir Poutine et Massoud Pezechkian ont signé un traité de partenariat "
        "stratégique global. Il ne comporte en revanche aucune clause d'assistance mutuelle, à la différence de "
        "celui que Moscou avait signé en juin 2024 avec Pyongyang.",
    )
    assert found[("DEFENSE_AGREEMENT", ("IRN", "RUS"))].date_start == "2025-01-17"
    assert found[("DEFENSE_AGREEMENT", ("PRK", "RUS"))].date_start == "2024-06"
    assert not any("PRK" in participants and "IRN" in participants for _, participants in found)


def test_companies_are_the_parties_of_industrial_cooperation(nlp):
    found = events_of(nlp, "Le moteur est produit conjointement par Safran et HAL sous licence.")
    assert ("DEFENSE_INDUSTRY", ("HAL", "SAFRAN")) in found
    # companies sign contracts among themselves, not defence agreements
    found = events_of(nlp, "En mars 2024, Safran et HAL ont signé un accord pour coproduire des moteurs en Inde.")
    assert ("DEFENSE_INDUSTRY", ("HAL", "SAFRAN")) in found
    assert not any(event_type == "DEFENSE_AGREEMENT" for event_type, _ in found)


def test_a_company_selling_to_a_state_is_the_other_party(nlp):
    found = events_of(nlp, "En 2021, la marine roumaine a acquis auprès de Rafael des systèmes de défense côtière.")
    assert ("ARMS_TRANSFER", ("RAFAEL", "ROU")) in found
    # beside two states, the company is only their industry
    found = events_of(nlp, "La France a livré à l'Arménie trois radars GM200 fabriqués par le groupe Thales.")
    assert ("ARMS_TRANSFER", ("ARM", "FRA")) in found


def test_a_trigger_noun_naming_its_own_parties_has_those_parties(nlp):
    found = events_of(nlp, "Ankara a longtemps bloqué l’adhésion de la Suède à l’OTAN.")
    assert set(found) == {("MEMBERSHIP", ("NATO", "SWE"))}
    # partners « aux côtés de » the subject are not all the parties
    text = (
        "En 2022, la marine israélienne participait ouvertement à l’exercice IMX 2022, aux côtés de l’Arabie "
        "saoudite et d’Oman."
    )
    assert ("JOINT_EXERCISE", ("ISR", "OMN", "SAU", "USA")) in events_of(nlp, text)


def test_a_verb_the_model_reads_as_the_noun_it_is_spelt_like(nlp):
    # « forme » and « livre » are also nouns: between a name and a determiner, they are the verbs
    found = events_of(nlp, "La France forme des pilotes ukrainiens sur Mirage 2000 à Mont-de-Marsan.")
    assert ("TRAINING", ("FRA", "UKR")) in found
    found = events_of(nlp, "Paris livre des canons Caesar à Kiev depuis 2022.")
    assert ("ARMS_TRANSFER", ("FRA", "UKR")) in found


def test_forces_operating_foreign_equipment_received_it(nlp):
    found = events_of(nlp, "La marine algérienne aligne six sous-marins russes de classe Kilo.")
    assert ("ARMS_TRANSFER", ("DZA", "RUS")) in found
    found = events_of(nlp, "L’armée de l’air nigériane met en œuvre des chasseurs chinois JF-17.")
    assert ("ARMS_TRANSFER", ("CHN", "NGA")) in found
    assert not events_of(nlp, "L'entreprise exploite un gisement de gaz au large du Mozambique.")
    found = events_of(
        nlp, "Faute de crédits, la marine péruvienne pourrait se tourner vers des frégates sud-coréennes."
    )
    assert found["ARMS_TRANSFER", ("KOR", "PER")].status == "hypothetical"
    assert not events_of(nlp, "Après le coup d'État, Niamey s'est tourné vers Moscou pour sa diplomatie.")


def test_words_of_other_senses_are_no_event(nlp):
    # hosting an exercise is the exercise, no meeting
    found = events_of(
        nlp,
        "En novembre 2018, la Norvège a accueilli l’exercice Trident Juncture de l’OTAN, en présence du ministre "
        "de la Défense.",
    )
    assert set(found) == {("JOINT_EXERCISE", ("NATO", "NOR"))}
    # « entretenir » is a meeting only when reflexive
    assert not events_of(
        nlp, "Le ministre français de la Défense entretient d’excellentes relations avec son homologue indien."
    )
    # the exercise of a right or of command is no military exercise
    found = events_of(
        nlp,
        "Londres conservera l’exercice des droits souverains sur l’atoll, avec une base militaire américaine et des "
        "troupes britanniques.",
    )
    assert not [key for key in found if key[0] == "JOINT_EXERCISE"]
    # « appui » names missions and fire support, « exportateur » a seller's trade: no aid, no sale
    found = events_of(
        nlp,
        "Le 2 octobre 2023, le Conseil de sécurité des Nations unies a autorisé une mission multinationale "
        "d'appui à la sécurité en Haïti.",
    )
    assert not parties_of(found, "SECURITY_ASSISTANCE")
    assert not events_of(nlp, "La Corée du Sud s’est aussi imposée comme exportateur d’armement vers les États-Unis.")


def test_a_joint_patrol_is_coded_as_an_exercise(nlp):
    found = events_of(
        nlp, "En juillet 2024, des bombardiers russes et chinois ont patrouillé ensemble au large de l’Alaska."
    )
    assert ("JOINT_EXERCISE", ("CHN", "RUS")) in found
    found = events_of(
        nlp,
        "En 2023, les garde-côtes philippins et japonais ont mené une première patrouille conjointe en mer de Chine "
        "méridionale.",
    )
    assert ("JOINT_EXERCISE", ("JPN", "PHL")) in found
    assert not events_of(nlp, "Une frégate française patrouille chaque année en mer de Chine méridionale.")


def test_troops_landed_and_equipment_brought_somewhere_are_there(nlp):
    found = events_of(nlp, "En décembre 2018, une centaine de militaires russes ont débarqué au Venezuela.")
    assert ("MILITARY_PRESENCE", ("RUS", "VEN")) in found
    found = events_of(
        nlp, "En avril 2024, l’armée de terre américaine a acheminé un système de missiles aux Philippines."
    )
    assert ("MILITARY_PRESENCE", ("PHL", "USA")) in found
    # troops sent, told in the passive
    found = events_of(nlp, "Des soldats français ont été envoyés en Estonie en 2017.")
    assert ("MILITARY_PRESENCE", ("EST", "FRA")) in found
    found = events_of(nlp, "Giorgia Meloni l’a répété : aucun soldat italien ne sera envoyé en Ukraine.")
    assert found[("MILITARY_PRESENCE", ("ITA", "UKR"))].status == "negated"


def test_forces_of_several_states_told_apart_are_one_presence_each(nlp):
    found = events_of(
        nlp, "À la fin de l’année, la base lituanienne accueillait des F-16 belges et des Mirage 2000 français."
    )
    assert parties_of(found, "MILITARY_PRESENCE") == {("BEL", "LTU"), ("FRA", "LTU")}
    found = events_of(nlp, "Cinq ans plus tard, ni les soldats turcs ni les forces russes n’ont quitté la Libye.")
    assert parties_of(found, "MILITARY_PRESENCE") == {("LBY", "TUR"), ("LBY", "RUS")}
    # one noun with several nationalities is one force
    found = events_of(
        nlp, "Au printemps, environ 250 soldats français, italiens et roumains ont été déployés en Bosnie-Herzégovine."
    )
    assert parties_of(found, "MILITARY_PRESENCE") == {("BIH", "FRA", "ITA", "ROU")}


def test_aircraft_landing_for_an_exercise_are_the_exercise_not_a_presence(nlp):
    landed = "En janvier 2023, des Su-30MKI de l'armée de l'air indienne se sont posés sur la base japonaise de Hyakuri"
    found = events_of(nlp, landed + ".")
    assert ("MILITARY_PRESENCE", ("IND", "JPN")) in found
    found = events_of(nlp, landed + " pour Veer Guardian, premier exercice aérien entre les deux pays.")
    assert ("MILITARY_PRESENCE", ("IND", "JPN")) not in found
    assert ("JOINT_EXERCISE", ("IND", "JPN")) in found


def test_the_head_of_state_unnamed_is_the_one_of_the_state_the_title_names(nlp):
    found = events_of(
        nlp,
        "Ghana : Accra cherche des alliés\n\nDu 8 au 10 mars 2025, le chef de l’État s’est rendu successivement "
        "à Bamako, à Niamey et à Ouagadougou.",
    )
    # a visit told one capital at a time: one visit to each state, in its capital
    assert {(parties, found[("HIGH_LEVEL_MEETING", parties)].place) for _, parties in found} == {
        (("GHA", "MLI"), "Bamako"),
        (("GHA", "NER"), "Niamey"),
        (("BFA", "GHA"), "Ouagadougou"),
    }
    # a head of state the text names is not the title's
    found = events_of(nlp, "Ghana : Accra cherche des alliés\n\nLe chef de l’État français s’est rendu à Bamako.")
    assert ("HIGH_LEVEL_MEETING", ("FRA", "MLI")) in found


def test_talks_with_one_and_with_another_are_two_meetings(nlp):
    found = events_of(
        nlp,
        "Le 28 janvier 2025, le président sud-africain s’est entretenu par téléphone avec Paul Kagame et avec le "
        "président angolais, João Lourenço.",
    )
    assert parties_of(found, "HIGH_LEVEL_MEETING") == {
        ("RWA", "ZAF"),
        ("AGO", "ZAF"),
    }


def test_an_initiative_of_one_organisation_stands_for_it_in_a_membership(nlp):
    found = events_of(nlp, "En décembre 2006, la Serbie a rejoint le Partenariat pour la paix.")
    assert ("MEMBERSHIP", ("NATO", "SRB")) in found
    # an organisation's own instrument is no membership of it
    found = events_of(
        nlp, "L'Union européenne finance une partie de ces livraisons par la Facilité européenne pour la paix."
    )
    assert not [key for key in found if key[0] == "MEMBERSHIP"]


def test_a_mission_acts_for_the_organisation_that_leads_it(nlp):
    found = events_of(nlp, "Depuis 2013, la mission EUTM Mali forme les soldats maliens à Koulikoro.")
    assert ("TRAINING", ("EU", "MLI")) in found


def test_a_grouping_noun_with_a_participle_of_its_own_is_a_new_one(nlp):
    found = events_of(
        nlp,
        "L’Union européenne a lancé sa mission. Le Danemark et les Pays-Bas, à la tête de la coalition consacrée "
        "aux F-16, forment des pilotes ukrainiens.",
    )
    assert ("TRAINING", ("DNK", "NLD", "UKR")) in found


def test_a_system_in_a_clause_of_its_own_names_no_supplier(nlp):
    found = events_of(nlp, "En 2022, la Pologne a commandé des chars K2, renonçant au Leopard 2.")
    assert set(found) == {("ARMS_TRANSFER", ("KOR", "POL"))}
    # nor do the systems a purchase replaces
    found = events_of(nlp, "L'achat de 24 avions de combat par le Pérou doit remplacer ses Mirage 2000P et ses MiG-29.")
    assert not [key for key in found if key[0] == "ARMS_TRANSFER" and {"FRA", "RUS"} & set(key[1])]
    assert ("ARMS_TRANSFER", ("FRA", "PER")) in events_of(
        nlp, "Le Pérou a acheté des Rafale pour remplacer ses MiG-29."
    )


def test_an_official_whose_title_names_no_state_is_one_of_the_state_the_paragraph_tells_of(nlp):
    found = events_of(
        nlp,
        "La Norvège modernise ses forces. Le 2 février 2024, le ministre de la Défense Bjørn Arild Gram et "
        "l’ambassadeur américain Marc Nathanson ont signé un accord de défense.",
    )
    assert ("DEFENSE_AGREEMENT", ("NOR", "USA")) in found


def test_trainers_sent_with_no_place_named_train_where_the_paragraph_is(nlp):
    found = events_of(
        nlp,
        "La crise s’est aggravée en Centrafrique en 2017. Début 2018, la Russie a envoyé cinq militaires et 170 "
        "instructeurs.",
    )
    assert ("TRAINING", ("CAF", "RUS")) in found
    assert not events_of(nlp, "La Russie a envoyé 170 instructeurs militaires.")


def test_each_subject_on_its_own_with_chacun(nlp):
    found = events_of(nlp, "En mai 2024, Vilnius puis Riga ont chacun signé avec Berlin un accord de défense.")
    assert set(found) == {("DEFENSE_AGREEMENT", ("DEU", "LTU")), ("DEFENSE_AGREEMENT", ("DEU", "LVA"))}
    assert {event.status for event in found.values()} == {"occurred"}  # « puis » is not « pouvoir »
    found = events_of(nlp, "Le Maroc et la Tunisie ont chacun acheté des drones Bayraktar TB2.")
    assert set(found) == {("ARMS_TRANSFER", ("MAR", "TUR")), ("ARMS_TRANSFER", ("TUN", "TUR"))}


def test_the_setting_of_an_event_takes_no_part(nlp):
    found = events_of(nlp, "En marge du sommet de l'OTAN, la France et l'Ukraine ont signé un accord de défense.")
    assert set(found) == {("DEFENSE_AGREEMENT", ("FRA", "UKR"))}


def test_the_host_of_a_base_named_elsewhere_in_the_sentence(nlp):
    found = events_of(
        nlp,
        "Les États-Unis louent le Camp Lemonnier, qui constitue désormais leur principale base militaire en Afrique.",
    )
    assert set(found) == {("MILITARY_PRESENCE", ("DJI", "USA"))}


def test_a_list_of_exercises_says_who_took_part_in_which(nlp):
    found = events_of(
        nlp,
        "Le Kazakhstan participe régulièrement à des exercices tels que Steppe Eagle (États-Unis) "
        "et Tsentr-2019 (Russie).",
    )
    assert set(found) == {("JOINT_EXERCISE", ("KAZ", "USA")), ("JOINT_EXERCISE", ("KAZ", "RUS"))}
    assert found[("JOINT_EXERCISE", ("KAZ", "RUS"))].date_start == "2019"  # the edition's year


def test_a_presence_told_twice_in_a_sentence_is_one_event(nlp):
    found = events_of(nlp, "L'Italie maintient un contingent à Djibouti, au sein des forces stationnées dans le pays.")
    assert set(found) == {("MILITARY_PRESENCE", ("DJI", "ITA"))}


def test_a_status_cue_may_hold_a_name_between_its_words(nlp):
    found = events_of(nlp, "Le ministre a rappelé l'intérêt du Maroc pour des manœuvres conjointes avec la France.")
    event = found[("JOINT_EXERCISE", ("FRA", "MAR"))]
    assert (event.status, event.status_cue) == ("discussed", "intérêt du Maroc pour")


def event_list(nlp, text):
    models = default_models_dir().resolve()
    doc = nlp(text)
    mentions = mentions_of(doc, "D", None, load_gazetteer(models / "gazetteers"))
    return event_extractor(models).extract(doc, "D", mentions, None, None)


def test_counted_states_named_earlier_in_the_sentence(nlp):
    found = events_of(
        nlp,
        "Au Bélarus, Moscou entretient une station radar, et les deux pays ont signé en 2009 un accord de défense "
        "aérienne commune.",
    )
    assert ("DEFENSE_AGREEMENT", ("BLR", "RUS")) in found
    # states set apart by a contrast are not the group; the contrast tells an agreement of its own
    found = events_of(
        nlp,
        "L'Iran et la Russie ont signé un traité de partenariat. Contrairement à l'accord conclu par Moscou avec "
        "Pyongyang, les deux parties ne s'engagent à aucune assistance militaire mutuelle.",
    )
    assert not any("PRK" in participants and "IRN" in participants for _, participants in found)
    assert ("DEFENSE_AGREEMENT", ("PRK", "RUS")) in found


def test_a_dated_fact_after_a_general_statement_is_an_event_of_its_own(nlp):
    events = event_list(
        nlp,
        "New Delhi est devenu l'un des principaux fournisseurs d'armes de l'Arménie. "
        "En 2022, Erevan a commandé des lance-roquettes multiples Pinaka.",
    )
    transfers = [e for e in events if e.type == "ARMS_TRANSFER" and e.participant_keys == ("ARM", "IND")]
    assert sorted(e.date_start for e in transfers) == ["", "2022"]
    # told again without a date, the fact stays one row
    events = event_list(
        nlp,
        "Le 3 mars 2024, Erevan a commandé des lance-roquettes Pinaka. Ce contrat porte sur la livraison de "
        "quatre batteries de Pinaka par l'Inde à l'Arménie.",
    )
    transfers = [e for e in events if e.type == "ARMS_TRANSFER" and e.participant_keys == ("ARM", "IND")]
    assert [e.date_start for e in transfers] == ["2024-03-03"]


def test_a_title_pairing_two_states_gives_the_partner_of_one_named_alone(nlp):
    body = (
        "Signé à Washington le 19 janvier 1960, le traité de coopération mutuelle et de sécurité engage les "
        "États-Unis à défendre l’archipel."
    )
    found = events_of(nlp, "Japon–États-Unis : une alliance qui change de format\n\n" + body)
    assert found[("DEFENSE_AGREEMENT", ("JPN", "USA"))].date_start == "1960-01-19"
    # whatever the type: a port call of one is in the other's territory
    found = events_of(
        nlp, "Inde-France : une marine à l'escale\n\nLes navires indiens peuvent désormais faire escale à La Réunion."
    )
    assert ("MILITARY_PRESENCE", ("FRA", "IND")) in found
    # two states set side by side are no pair
    found = events_of(nlp, "Japon et États-Unis : deux armées, deux doctrines\n\n" + body)
    assert not any(event_type == "DEFENSE_AGREEMENT" for event_type, _ in found)


def test_a_presence_with_no_host_named_is_in_the_state_of_the_title(nlp):
    body = "En août 2017, la Chine a inauguré sa première base militaire à l'étranger."
    found = events_of(nlp, "Djibouti, carrefour des bases étrangères\n" + body)
    assert ("MILITARY_PRESENCE", ("CHN", "DJI")) in found
    assert ("MILITARY_PRESENCE", ("CHN",)) in events_of(nlp, "Bases à l'étranger\n" + body)
    # a title naming two states says nothing of where
    found = events_of(nlp, "Djibouti et l'Érythrée face aux puissances\n" + body)
    assert ("MILITARY_PRESENCE", ("CHN",)) in found
    # a text that opens with a paragraph has no title
    found = events_of(nlp, "Djibouti accueille plusieurs puissances étrangères sur son sol.\n" + body)
    assert ("MILITARY_PRESENCE", ("CHN",)) in found
    # when the state of the title is the one sending, where is the state the paragraph named as a place
    found = events_of(
        nlp,
        "Kenya : Nairobi entre Londres et Washington\n\nEn juillet 2023, le Kenya a proposé de prendre la tête "
        "d'une force multinationale en Haïti. En janvier 2024, la Haute Cour kényane a toutefois bloqué le "
        "déploiement, jugé inconstitutionnel.",
    )
    assert found[("MILITARY_PRESENCE", ("HTI", "KEN"))].status == "negated"


def test_a_place_the_gazetteer_does_not_know_is_in_the_state_the_paragraph_tells_of(nlp):
    found = events_of(
        nlp,
        "L’Islande ne dispose d’aucune armée. Depuis 2017, l’US Navy déploie régulièrement des avions de "
        "patrouille maritime à Keflavík.",
    )
    assert ("MILITARY_PRESENCE", ("ISL", "USA")) in found
    # « dans l'archipel »: the state named before, not the one the sentence's forces belong to
    found = events_of(
        nlp,
        "Les Maldives ont demandé le départ des soldats indiens. Quelque 80 militaires indiens étaient stationnés "
        "dans l’archipel.",
    )
    assert ("MILITARY_PRESENCE", ("IND", "MDV")) in found
    # « dans le pays » in a new paragraph: the state the last sentences placed things in, not the last one named
    found = events_of(
        nlp,
        "L’Union européenne conduit depuis 2004 une opération en Bosnie-Herzégovine. La Turquie compte parmi les "
        "pays contributeurs.\nAu printemps, 250 soldats français et italiens ont été déployés dans le pays.",
    )
    assert ("MILITARY_PRESENCE", ("BIH", "FRA", "ITA")) in found
    # no place named at all: where the paragraph is
    found = events_of(
        nlp, "La situation reste tendue au Kosovo. La Turquie a déployé un bataillon de commandos en juin 2023."
    )
    assert ("MILITARY_PRESENCE", ("TUR", "XKX")) in found
    # a number between the words of a trigger; a region describing something else is no host
    found = events_of(
        nlp,
        "La situation reste tendue au Liban. Madrid a annoncé l’envoi de 300 soldats supplémentaires prélevés sur "
        "sa force de réaction pour le Moyen-Orient.",
    )
    assert ("MILITARY_PRESENCE", ("ESP", "LBN")) in found
    # a known region that spans states is no one's
    found = events_of(
        nlp,
        "Les manœuvres ont eu lieu au Tadjikistan. Elles rappellent la présence stratégique de Moscou en Asie "
        "centrale.",
    )
    assert not any(kind == "MILITARY_PRESENCE" and "TJK" in parties for kind, parties in found)
    # the unknown place named in another clause of the sentence
    found = events_of(
        nlp,
        "Le Portugal veut peser dans l’Atlantique. La marine américaine a modernisé un hangar à Lajes pour ses "
        "avions de patrouille, qui y opèrent par rotations ; elle a exclu une présence permanente.",
    )
    assert ("MILITARY_PRESENCE", ("PRT", "USA")) in found
    # the state the paragraph placed things in first, not the last state it named
    found = events_of(
        nlp,
        "La situation se dégrade en Moldavie. La Russie soutient les séparatistes de Transnistrie, ce que dénonce "
        "Kiev. En mars, Bucarest a dépêché des soldats près de Bălți.",
    )
    assert ("MILITARY_PRESENCE", ("MDA", "ROU")) in found


def test_a_port_call_or_a_landing_is_a_presence(nlp):
    found = events_of(nlp, "En mai 2023, la frégate indienne INS Tarkash a fait escale à Alger.")
    assert ("MILITARY_PRESENCE", ("DZA", "IND")) in found
    found = events_of(nlp, "Le destroyer chinois Nanning a accosté à Dakar pour une visite de quatre jours.")
    assert ("MILITARY_PRESENCE", ("CHN", "SEN")) in found
    found = events_of(nlp, "En 2019, deux bombardiers russes Tu-160 se sont posés en Afrique du Sud.")
    assert ("MILITARY_PRESENCE", ("RUS", "ZAF")) in found
    # « se poser » only when reflexive, and a question that arises is no landing
    found = events_of(nlp, "La question d'une présence militaire russe se pose désormais à Bamako.")
    assert [event.trigger for event in found.values()] == ["présence"]
    found = events_of(
        nlp, "Le ministre nigérien de la Défense a posé ses conditions à Niamey devant des soldats français."
    )
    assert "MILITARY_PRESENCE" not in {event_type for event_type, _ in found}


def test_trained_crews_and_coastguards_are_military_context(nlp):
    found = events_of(nlp, "Des garde-côtes sénégalais ont été formés en Espagne.")
    assert ("TRAINING", ("ESP", "SEN")) in found


def test_the_agent_of_what_befell_the_parties_is_no_party(nlp):
    found = events_of(
        nlp, "En mars, des soldats du contingent estonien déployé au Mali ont été visés par des drones russes."
    )
    assert list(found) == [("MILITARY_PRESENCE", ("EST", "MLI"))]
    # who conducts the exercise takes part in it
    found = events_of(
        nlp, "En mai 2023, la Pologne accueillait une partie de l’exercice Defender 23 conduit par l’armée américaine."
    )
    assert ("JOINT_EXERCISE", ("POL", "USA")) in found


def test_what_an_event_goes_without_is_no_party_of_it(nlp):
    found = events_of(nlp, "Le contingent rwandais opère au Mozambique sans mandat de l’ONU ni de l’Union africaine.")
    assert list(found) == [("MILITARY_PRESENCE", ("MOZ", "RWA"))]


def test_a_place_set_apart_is_no_host(nlp):
    found = events_of(
        nlp,
        "En mai, des soldats français ont débarqué sur l’île estonienne de Saaremaa, verrou stratégique face à "
        "l’enclave russe de Kaliningrad.",
    )
    assert list(found) == [("MILITARY_PRESENCE", ("EST", "FRA"))]


def test_an_action_against_an_armed_group_is_counter_terrorism(nlp):
    found = events_of(
        nlp, "Aux côtés de l’armée nigérienne, les soldats tchadiens ont mené une offensive contre Boko Haram."
    )
    assert ("COUNTER_TERRORISM", ("NER", "TCD")) in found
    assert events_of(nlp, "La Russie a lancé une opération militaire contre l’Ukraine en 2022.") == {}
    # the place an action is led from is no party to it
    found = events_of(nlp, "Depuis Djibouti, les forces américaines mènent des frappes contre les shebab en Somalie.")
    assert list(found) == [("COUNTER_TERRORISM", ("SOM", "USA"))]


def test_the_men_of_the_actor_told_before_are_its_forces(nlp):
    found = events_of(
        nlp,
        "Wagner s’est déployé au Mali fin 2021. Aux côtés de l’armée malienne, ses hommes ont participé aux "
        "opérations contre l’État islamique au Sahel.",
    )
    assert ("COUNTER_TERRORISM", ("MLI", "WAGNER")) in found


def test_those_in_whose_presence_an_event_takes_place_are_no_party(nlp):
    found = events_of(
        nlp,
        "Les marines grecque et française ont conduit un exercice conjoint en mer Égée, en présence du ministre turc "
        "de la Défense.",
    )
    assert list(found) == [("JOINT_EXERCISE", ("FRA", "GRC"))]


def test_forces_somewhere_with_no_host_nor_place_are_no_row(nlp):
    assert (
        events_of(nlp, "Le texte encadre l’accès des forces britanniques à des installations militaires régionales.")
        == {}
    )
    # a plan or a hypothesis with no host still tells something
    found = events_of(
        nlp, "Les forces britanniques pourraient obtenir un accès à des installations militaires régionales."
    )
    assert found[("MILITARY_PRESENCE", ("GBR",))].status == "hypothetical"


def test_a_state_named_by_a_border_is_no_host(nlp):
    found = events_of(nlp, "En 2022, la Biélorussie a accueilli des troupes russes à la frontière ukrainienne.")
    assert list(found) == [("MILITARY_PRESENCE", ("BLR", "RUS"))]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Pékin finance depuis 2016 la construction de postes-frontières tadjiks le long de la frontière avec "
            "l'Afghanistan.",
            ("BORDER_SECURITY", ("CHN", "TJK")),
        ),
        (
            "La Lettonie et la Lituanie ont signé un accord de défense pour fortifier leurs frontières avec la Russie "
            "et la Biélorussie.",
            ("DEFENSE_AGREEMENT", ("LTU", "LVA")),
        ),
    ],
)
def test_a_state_across_a_border_takes_no_part_in_any_event(nlp, text, key):
    found = events_of(nlp, text)
    assert key in found
    assert not any({"AFG", "RUS", "BLR"} & set(parties) for _, parties in found)


def test_persons_standing_for_no_known_state_are_no_parties(nlp):
    sentence = (
        "Le texte s’inspire de l’accord de sécurité conclu en 1995 par les gouvernements de Paul Keating et de Suharto."
    )
    assert not [key for key in events_of(nlp, sentence) if key[0] == "DEFENSE_AGREEMENT"]
    # a person with the state of their title is that state
    titled = sentence.replace(
        "de Paul Keating et de Suharto",
        "du Premier ministre australien Paul Keating et du président indonésien Suharto",
    )
    assert [key for key in events_of(nlp, titled) if key[0] == "DEFENSE_AGREEMENT"] == [
        ("DEFENSE_AGREEMENT", ("AUS", "IDN"))
    ]


def test_a_person_alone_has_no_presence(nlp):
    # the model reads the place as a person: no state, no presence
    assert (
        events_of(nlp, "Les autres implantations de la guerre froide, comme Søndre Strømfjord, ont été fermées.") == {}
    )


def test_a_headquarters_abroad_is_a_presence(nlp):
    found = events_of(nlp, "L’OTAN maintient à Skopje un quartier général militaire.")
    assert ("MILITARY_PRESENCE", ("MKD", "NATO")) in found


def test_a_navy_present_abroad_is_a_presence(nlp):
    found = events_of(nlp, "La marine américaine est présente à Bahreïn sans interruption depuis 1948.")
    assert found[("MILITARY_PRESENCE", ("BHR", "USA"))].date_start == "1948"


def test_a_state_hosting_a_unit_is_context_enough_for_a_presence(nlp):
    found = events_of(nlp, "En 2026, la Roumanie accueillera une brigade française.")
    assert found[("MILITARY_PRESENCE", ("FRA", "ROU"))].status == "planned"


def test_an_event_named_as_the_time_of_another_takes_no_part_in_it(nlp):
    found = events_of(
        nlp,
        "Pendant l’escale turque de mars, le navire-école algérien faisait lui-même relâche à Tunis.",
    )
    assert list(found) == [("MILITARY_PRESENCE", ("DZA", "TUN"))]
    found = events_of(nlp, "Le Premier ministre tunisien est monté à bord de la frégate pendant l’escale.")
    assert "MILITARY_PRESENCE" not in {event_type for event_type, _ in found}


def test_another_edition_of_an_exercise_has_the_parties_of_the_one_told(nlp):
    told = "En mars 2024, les armées française et indienne ont conduit au Rajasthan l’exercice Shakti."
    found = event_list(nlp, told + " La prochaine édition doit se tenir en 2026.")
    assert [(e.type, e.participant_keys, e.status, e.date_start) for e in found] == [
        ("JOINT_EXERCISE", ("FRA", "IND"), "occurred", "2024-03"),
        ("JOINT_EXERCISE", ("FRA", "IND"), "planned", "2026"),
    ]
    later = (
        "\nPar ailleurs, Paris et New Delhi renforcent leur dialogue stratégique.\n"
        "La prochaine édition de Shakti, prévue en 2026, devrait s’ouvrir aux forces spéciales."
    )
    found = event_list(nlp, told + later)
    assert ("FRA", "IND", "planned") in [(*e.participant_keys, e.status) for e in found if e.type == "JOINT_EXERCISE"]
    # what an edition meant is no new edition; « cette édition » is the one just told
    for sequel in ("L’édition précédente avait marqué un tournant.", "Cette édition s’est tenue en plein désert."):
        found = event_list(nlp, told + " " + sequel)
        assert [e.type for e in found].count("JOINT_EXERCISE") == 1


def test_the_object_pronoun_of_joining_is_the_organisation_just_named(nlp):
    found = events_of(nlp, "En 2002, la Lituanie a été invitée à adhérer à l'OTAN. La Lettonie l'a rejointe en 2004.")
    assert ("MEMBERSHIP", ("LVA", "NATO")) in found
    # any other verb's object pronoun stands for no organisation
    found = events_of(nlp, "En 2002, la Lituanie a été invitée à adhérer à l'OTAN. La Lettonie l'a saluée en 2004.")
    assert not any("LVA" in participants for _, participants in found)


def test_a_subject_pronoun_stands_for_the_subject_of_an_earlier_clause_of_its_sentence(nlp):
    found = events_of(
        nlp,
        "La Corée du Sud a vendu des frégates au Vietnam. Le Japon s'est lui aussi engagé : en mars 2024, il a "
        "livré des radars de défense aérienne aux Philippines.",
    )
    assert found[("ARMS_TRANSFER", ("JPN", "PHL"))].date_start == "2024-03"
    assert ("ARMS_TRANSFER", ("KOR", "PHL")) not in found


def test_the_two_men_are_the_states_of_the_meeting_before(nlp):
    found = events_of(
        nlp,
        "Le 12 juin 2024, le ministre français des Armées a reçu à Paris son homologue arménien. Les deux hommes "
        "ont aussi évoqué la formation d'officiers arméniens dans les écoles militaires françaises.",
    )
    training = found[("TRAINING", ("ARM", "FRA"))]
    assert (training.date_start, training.status) == ("2024-06-12", "discussed")


def test_a_trigger_without_a_date_of_its_own_takes_the_date_of_the_clause_governing_it(nlp):
    found = events_of(
        nlp,
        "En mars 2021, l'armée de l'air égyptienne a mis en service ses premiers chasseurs Rafale livrés par "
        "Paris, engagés lors des frappes en Libye en novembre 2022.",
    )
    assert found[("ARMS_TRANSFER", ("EGY", "FRA"))].date_start == "2021-03"  # not the date of the strikes


def test_the_source_of_a_report_takes_no_part(nlp):
    found = events_of(
        nlp,
        "Selon l'Institut international de recherche sur la paix de Stockholm, la Russie a livré des chars au Mali.",
    )
    assert ("ARMS_TRANSFER", ("MLI", "RUS")) in found
    assert not any("SWE" in participants for _, participants in found)


def test_ministers_gathered_in_a_capital_do_not_meet_its_state(nlp):
    found = events_of(nlp, "Le 3 mai 2024, les ministres indien et américain de la Défense se sont réunis à Bangkok.")
    assert ("HIGH_LEVEL_MEETING", ("IND", "USA")) in found
    assert not any("THA" in participants for _, participants in found)


def test_named_leaders_make_a_meeting_high_level_without_a_title(nlp):
    found = events_of(nlp, "En juin 2024, Vladimir Poutine s'est rendu à Pyongyang et a rencontré Kim Jong-un.")
    assert found[("HIGH_LEVEL_MEETING", ("PRK", "RUS"))].date_start == "2024-06"
    # a meeting word among people who stand for no state is no event
    assert not events_of(nlp, "En juin 2024, Jean Dupont a rencontré Marie Durand à Lyon.")


def test_a_meeting_is_between_the_actors_of_its_own_clause(nlp):
    text = (
        "Mais le sommet que l’Inde devait accueillir cette année n’a toujours pas de date, et rien ne garantit "
        "que Donald Trump fera le déplacement."
    )
    assert not parties_of(events_of(nlp, text), "HIGH_LEVEL_MEETING")


def test_not_being_part_of_an_alliance_is_a_negated_membership(nlp):
    found = events_of(nlp, "Le Japon ne fait pas partie de l'OTAN, dont il est un partenaire.")
    assert found[("MEMBERSHIP", ("JPN", "NATO"))].status == "negated"
    # the parser takes « d'AUKUS » for a complement clause of « fait »: it is the grouping
    found = events_of(nlp, "Le Japon ne fait toujours pas partie d’AUKUS.")
    assert found[("MEMBERSHIP", ("INI-aukus", "JPN"))].status == "negated"


def test_a_lease_and_a_base_opened_need_no_context_word(nlp):
    lease = events_of(nlp, "En 2017, Pékin a signé un bail de dix ans avec Djibouti.")
    assert ("DEFENSE_AGREEMENT", ("CHN", "DJI")) in lease
    opened = events_of(nlp, "La Turquie et le Qatar ont évoqué en 2014 l'ouverture d'une base turque.")
    assert opened[("MILITARY_PRESENCE", ("QAT", "TUR"))].status == "discussed"


def test_a_relative_clause_gathering_actors_names_the_parties_of_the_event(nlp):
    text = (
        "En juin 2024, la Mongolie a accueilli l'exercice Khaan Quest, "
        "qui a rassemblé des militaires de l'Inde et du Japon."
    )
    found = events_of(nlp, text)
    assert ("JOINT_EXERCISE", ("IND", "JPN", "MNG")) in found
    # a relative clause that says something else about the event names no party
    text = "En 2023, le Mali et le Niger ont signé une charte de défense, qui a inquiété la France."
    assert ("DEFENSE_AGREEMENT", ("MLI", "NER")) in events_of(nlp, text)


def test_the_lead_organiser_of_a_named_exercise_takes_part(nlp):
    found = events_of(
        nlp, "En septembre 2023, les forces arméniennes n'ont pas participé à l'exercice Interaction-2023."
    )
    assert found[("JOINT_EXERCISE", ("ARM", "CSTO"))].status == "negated"
    # in a list, each exercise brings its own organiser, not its neighbours'
    found = events_of(
        nlp, "Le Kazakhstan participe à des exercices tels que Steppe Eagle (États-Unis) et Tsentr (Russie)."
    )
    assert set(found) == {("JOINT_EXERCISE", ("KAZ", "USA")), ("JOINT_EXERCISE", ("KAZ", "RUS"))}
    # the exercise noun beside the name, however the parser tied it
    found = events_of(
        nlp, "La marine péruvienne participe depuis 1960 à UNITAS, le plus ancien exercice naval multinational."
    )
    assert ("JOINT_EXERCISE", ("PER", "USA")) in found


def test_celle_ci_is_the_person_the_sentence_before_ended_on(nlp):
    text = (
        "Le président équatorien a accueilli le 31 juillet la secrétaire américaine à la Sécurité intérieure, "
        "Kristi Noem. Celle-ci a conclu à Quito un accord administratif prévoyant l'échange de renseignements."
    )
    assert ("DEFENSE_AGREEMENT", ("ECU", "USA")) in events_of(nlp, text)
    # a sentence ending on a thing: « celui-ci » is that thing, no actor
    text = (
        "Le ministre serbe de la Défense et son homologue hongrois ont signé en présence d’Aleksandar Vučić un "
        "plan de coopération militaire bilatérale pour 2025. Celui-ci prévoit 79 activités communes dans l’année, "
        "dont des exercices de flottille."
    )
    assert ("JOINT_EXERCISE", ("HUN", "SRB")) in events_of(nlp, text)


def test_an_arrangement_is_an_agreement_between_those_it_binds(nlp):
    text = (
        "Un arrangement signé à Dili le 13 août 2021 a ensuite confié aux Australiens la reconstruction du port "
        "militaire de Hera."
    )
    assert events_of(nlp, text)[("DEFENSE_AGREEMENT", ("AUS", "TLS"))].date_start == "2021-08-13"


def test_coordinated_adjectives_of_a_noun_are_all_parties(nlp):
    text = (
        "En 2023, l'Arménie a accueilli l'exercice Eagle Partner, qui a réuni des militaires arméniens et américains."
    )
    found = events_of(nlp, text)
    # the gathering verb tells who took part in the exercise; it is no meeting of its own
    assert set(found) == {("JOINT_EXERCISE", ("ARM", "USA"))}


def test_y_points_to_the_state_named_as_a_place(nlp):
    text = (
        "Djibouti accueille plusieurs armées étrangères\n"
        "En 2017, la Chine a inauguré une base près du port de Doraleh. Le Japon exploite depuis 2011 une "
        "installation de ses forces. L'Italie y entretient également une base de soutien."
    )
    found = events_of(nlp, text)
    assert found[("MILITARY_PRESENCE", ("DJI", "ITA"))].date_start == ""  # « y » brings no date
    assert not any(participants == ("ITA", "JPN") for _, participants in found)
    text = "La France a renforcé son contingent au Tchad. L'Allemagne y stationne aussi des soldats."
    assert ("MILITARY_PRESENCE", ("DEU", "TCD")) in events_of(nlp, text)


def test_a_definite_noun_of_a_grouping_stands_for_the_one_named_before(nlp):
    text = (
        "En 2021, l'Australie, le Royaume-Uni et les États-Unis ont annoncé le pacte AUKUS. "
        "Le Japon n'a pas pour autant adhéré au pacte."
    )
    found = events_of(nlp, text)
    event = found[("MEMBERSHIP", ("INI-aukus", "JPN"))]
    assert (event.status, event.date_start) == ("negated", "")  # the reference brings no date
    text = (
        "L'Arménie a pris ses distances avec l'Organisation du traité de sécurité collective (OTSC). "
        "En janvier 2023, Erevan a refusé d'accueillir les exercices de l'organisation prévus cette année-là."
    )
    event = events_of(nlp, text)[("JOINT_EXERCISE", ("ARM", "CSTO"))]
    assert (event.status, event.date_start) == ("negated", "2023-01")
    # « cet organe » founded by the states before it: each is a member
    text = (
        "Le Mali a quitté le G5 Sahel en mai 2022. Fondé en 2014 par la Mauritanie, le Mali, le Burkina Faso, "
        "le Niger et le Tchad, cet organe n'a jamais obtenu le financement promis."
    )
    founders = {parties for parties in parties_of(events_of(nlp, text), "MEMBERSHIP")}
    assert founders == {tuple(sorted(("G5S", state))) for state in ("BFA", "MLI", "MRT", "NER", "TCD")}
    # a grouping noun with a complement of its own names another one
    text = "L'Inde a rejoint l'OTSC en 2022. Le Japon a rejoint le programme britannique en 2023."
    assert not any("CSTO" in participants and "JPN" in participants for _, participants in events_of(nlp, text))


def test_a_clause_after_a_colon_tells_another_fact(nlp):
    text = (
        "La Russie n'a jamais obtenu de base à Djibouti : Moscou s'est tourné vers le Soudan, où le projet "
        "de point d'appui naval à Port-Soudan, prévu par un accord signé en 2020, pourrait voir le jour."
    )
    event = events_of(nlp, text)[("MILITARY_PRESENCE", ("DJI", "RUS"))]
    assert (event.status, event.place, event.date_start) == ("negated", "", "")  # not Port-Soudan, not 2020
    # a date before the colon sets the scene for what follows it
    text = (
        "Le projet a été annoncé lors de la visite de Narendra Modi aux États-Unis en juin 2023 : General "
        "Electric et HAL ont signé un protocole d'accord pour coproduire le moteur F414."
    )
    assert events_of(nlp, text)[("DEFENSE_INDUSTRY", ("GENERAL_ELECTRIC", "HAL"))].date_start == "2023-06"


def test_y_and_il_after_a_clause_of_the_same_sentence_stand_for_what_it_named(nlp):
    found = events_of(
        nlp,
        "Président élu, Prabowo s’était rendu dès avril 2024 à Pékin, où l’avait reçu Xi Jinping. Le 30 juillet, "
        "il rencontrait Recep Tayyip Erdoğan à Ankara, puis, le lendemain, Vladimir Poutine à Moscou ; il s’y est "
        "aussi entretenu avec le ministre russe de la Défense, Andreï Belooussov.",
    )
    assert {key for key in found if key[0] == "HIGH_LEVEL_MEETING"} == {
        ("HIGH_LEVEL_MEETING", ("CHN", "IDN")),
        ("HIGH_LEVEL_MEETING", ("IDN", "TUR")),
        ("HIGH_LEVEL_MEETING", ("IDN", "RUS")),
    }


def test_y_after_a_verb_taking_a_is_no_place(nlp):
    text = (
        "Le Tchad accueille des forces étrangères. Depuis janvier, l'OTAN conduit Steadfast Defender, son "
        "plus vaste exercice : 90 000 militaires y participent."
    )
    found = events_of(nlp, text)
    assert not any("TCD" in participants for _, participants in found)


def test_il_stands_for_the_person_named_before_it_in_its_sentence(nlp):
    text = (
        "Le Qatar a commandé 24 Rafale en 2015. Lors d'une visite d'Emmanuel Macron à Dubaï, où il a été reçu "
        "par le prince héritier Mohammed ben Zayed, les Émirats ont commandé 80 Rafale."
    )
    found = events_of(nlp, text)
    assert ("HIGH_LEVEL_MEETING", ("ARE", "FRA")) in found
    assert not any(event_type == "HIGH_LEVEL_MEETING" and "QAT" in keys for event_type, keys in found)


def test_a_partner_avec_someone_unnamed_is_with_the_actor_the_paragraph_is_about(nlp):
    text = (
        "Le Japon a signé en janvier 2022 avec l'Australie son premier accord d'accès réciproque. "
        "Un accord similaire avec le Royaume-Uni, signé en janvier 2023, est entré en vigueur en octobre."
    )
    found = events_of(nlp, text)
    assert found[("DEFENSE_AGREEMENT", ("GBR", "JPN"))].date_start == "2023-01"
    # « le Royaume » of « le Royaume-Uni » is a word of a name, no reference to the state named before
    assert not any(keys == ("AUS", "GBR") for _, keys in found)
    # « avec l'appui de Téhéran »: Tehran supports, it is no partner of an unnamed party
    text = (
        "Washington a dénoncé ces livraisons. Une usine au Tatarstan fabrique ces drones sous licence "
        "avec l'appui technique de Téhéran."
    )
    assert "USA" not in parties_in(nlp, text)


def test_a_named_weapon_system_is_context_for_a_transfer(nlp):
    event = events_of(nlp, "Plus au sud, le Togo a reçu un lot de TB2 à l’été 2022.")[("ARMS_TRANSFER", ("TGO", "TUR"))]
    assert (event.date_start, event.status) == ("2022", "occurred")
    # receiving a visitor is no transfer
    assert not events_of(nlp, "Le 3 mai, le président togolais a reçu son homologue turc à Lomé.").get(
        ("ARMS_TRANSFER", ("TGO", "TUR"))
    )


def test_a_capital_named_as_where_is_the_place_when_no_other_is(nlp):
    found = events_of(
        nlp, "Du 12 au 17 juin 2024, un détachement de la flotte du Nord russe a fait escale dans le port de La Havane."
    )
    assert found[("MILITARY_PRESENCE", ("CUB", "RUS"))].place == "La Havane"
    found = events_of(nlp, "Le 12 mars, le ministre indien s'est entretenu à New Delhi avec son homologue français.")
    assert found[("HIGH_LEVEL_MEETING", ("FRA", "IND"))].place == "New Delhi"
    # not the state something is delivered to
    found = events_of(nlp, "Le Royaume-Uni a livré à Kiev des missiles Storm Shadow en mai 2023.")
    assert found[("ARMS_TRANSFER", ("GBR", "UKR"))].place == ""


def test_a_joined_clause_with_its_own_subject_keeps_its_date_and_place(nlp):
    text = (
        "Au Kazakhstan, Moscou loue toujours le polygone d'essais de Sary-Chagan, et les deux pays ont signé "
        "en 2013 un accord sur la création d'un système commun de défense aérienne."
    )
    found = events_of(nlp, text)
    presence = found[("MILITARY_PRESENCE", ("KAZ", "RUS"))]
    assert (presence.place, presence.date_start) == ("Sary-Chagan", "")
    agreement = found[("DEFENSE_AGREEMENT", ("KAZ", "RUS"))]
    assert (agreement.place, agreement.date_start) == ("", "2013")


def test_ruling_out_a_base_is_a_negated_presence(nlp):
    text = "L'accord entre Manille et Washington exclut toutefois l'établissement de bases américaines permanentes."
    assert events_of(nlp, text)[("MILITARY_PRESENCE", ("PHL", "USA"))].status == "negated"


@pytest.mark.parametrize(
    ("text", "key", "status", "cue"),
    [
        # a denial, and an embargo on the sales it bars
        (
            "Les autorités cubaines démentent toute présence de troupes russes à Cuba.",
            ("MILITARY_PRESENCE", ("CUB", "RUS")),
            "negated",
            "démentent",
        ),
        (
            "L'Union européenne maintient son embargo sur les ventes d'armes à la Birmanie.",
            ("ARMS_TRANSFER", ("EU", "MMR")),
            "negated",
            "embargo",
        ),
        (
            "En avril 2024, Berlin et Londres ont annoncé leur intention de développer ensemble un nouvel obusier.",
            ("DEFENSE_INDUSTRY", ("DEU", "GBR")),
            "planned",
            "intention",
        ),
        # asking or pleading for an event only discusses it
        (
            "Privé de F-35, Ankara a demandé en octobre 2021 à acquérir des F-16 américains.",
            ("ARMS_TRANSFER", ("TUR", "USA")),
            "discussed",
            "demandé",
        ),
        (
            "Le président nigérian a plaidé à Ankara pour des transferts de technologie militaire vers son pays.",
            ("DEFENSE_INDUSTRY", ("NGA", "TUR")),
            "discussed",
            "plaidé",
        ),
        # not ruling out leaves it possible
        (
            "Le président sud-coréen a déclaré en novembre 2024 ne plus exclure une aide militaire à l'Ukraine.",
            ("SECURITY_ASSISTANCE", ("KOR", "UKR")),
            "hypothetical",
            "ne plus exclure",
        ),
        (
            "Rome et Paris n'excluent pas de maintenir des militaires auprès de l'armée libanaise.",
            ("MILITARY_PRESENCE", ("FRA", "ITA", "LBN")),
            "hypothetical",
            "n'excluent pas",
        ),
    ],
)
def test_status_cue_words_of_the_codebook_set_the_status(nlp, text, key, status, cue):
    event = events_of(nlp, text)[key]
    assert (event.status, event.status_cue) == (status, cue)


def test_what_describes_an_actor_and_what_the_event_makes_take_no_part(nlp):
    text = (
        "Sur le plan industriel, BAE Systems, Leonardo et la société japonaise JAIEC, constituée autour de "
        "Mitsubishi Heavy Industries, ont créé cette année une coentreprise à parts égales, Edgewing."
    )
    found = events_of(nlp, text)
    assert ("DEFENSE_INDUSTRY", ("BAE_SYSTEMS", "JAIEC", "LEONARDO")) in found
    assert not any("MHI" in keys or "EDGEWING" in keys for _, keys in found)


def test_a_date_told_before_anyone_is_named_dates_the_next_sentence_only(nlp):
    text = (
        "La plus grosse commande de l'année reste celle du 14 mars 2023. "
        "Ce jour-là, le Maroc a acheté à Israël un système de défense aérienne Barak MX. "
        "L'Égypte a commandé des frégates à l'Italie."
    )
    found = events_of(nlp, text)
    assert found[("ARMS_TRANSFER", ("ISR", "MAR"))].date_start == "2023-03-14"
    assert found[("ARMS_TRANSFER", ("EGY", "ITA"))].date_start == ""  # two sentences on: no longer


def test_a_date_in_a_sentence_that_names_actors_is_not_announced_to_the_next(nlp):
    text = "Le 3 mai 2022, la France a livré des canons à l'Ukraine. L'Égypte a commandé des frégates à l'Italie."
    assert events_of(nlp, text)[("ARMS_TRANSFER", ("EGY", "ITA"))].date_start == ""


def test_his_country_is_the_state_of_the_person_named_before(nlp):
    found = events_of(
        nlp,
        "En mars 2024, le président Kassym-Jomart Tokaïev a déclaré que son pays avait « gelé » sa "
        "participation à l'OTSC.",
    )
    membership = found[("MEMBERSHIP", ("CSTO", "KAZ"))]
    assert (membership.status, membership.status_cue) == ("negated", "gelé")


def test_the_capitalised_alliance_is_the_alliance_named_before(nlp):
    text = (
        "La Finlande a rejoint l'OTAN en avril 2023. "
        "La Suède n'a pas pu entrer dans l'Alliance en même temps que son voisin."
    )
    assert events_of(nlp, text)[("MEMBERSHIP", ("NATO", "SWE"))].status == "negated"


def test_who_reveals_a_fact_is_its_source_not_a_party(nlp):
    revealed = events_of(
        nlp,
        "En juin 2025, les services de renseignement ukrainiens ont révélé l'envoi en Biélorussie de soldats "
        "russes supplémentaires.",
    )
    assert set(revealed) == {("MILITARY_PRESENCE", ("BLR", "RUS"))}  # three words between « envoi » and « soldats »
    announced = events_of(nlp, "En juin 2025, la Russie a annoncé l'envoi en Biélorussie de soldats supplémentaires.")
    assert ("MILITARY_PRESENCE", ("BLR", "RUS")) in announced  # who announces its own act takes part
    reported = events_of(
        nlp, "En décembre 2021, la presse américaine a fait état d’un projet de base navale chinoise à Bata."
    )
    assert set(reported) == {("MILITARY_PRESENCE", ("CHN", "GNQ"))}


def test_where_stands_for_the_actor_before_it_and_an_agreement_keeps_its_own_date(nlp):
    found = events_of(
        nlp,
        "La Turquie s'est tournée vers la Somalie, où la construction d'une base navale, prévue par un accord "
        "signé en 2024, pourrait commencer.",
    )
    presence = found[("MILITARY_PRESENCE", ("SOM", "TUR"))]  # who turned to Somalia takes part
    assert presence.date_start == ""  # 2024 is the date the agreement was signed
    assert found[("DEFENSE_AGREEMENT", ("SOM", "TUR"))].date_start == "2024"


def test_a_base_named_as_the_setting_is_no_presence(nlp):
    setting = events_of(nlp, "Créé en 2022 sur la base aérienne de Ramstein, en Allemagne, le groupe réunit des alliés")
    assert not any(event_type == "MILITARY_PRESENCE" for event_type, _ in setting)
    stationed = events_of(nlp, "Des soldats américains sont stationnés sur la base aérienne de Ramstein, en Allemagne.")
    assert stationed[("MILITARY_PRESENCE", ("DEU", "USA"))].place == "base aérienne de Ramstein"
    based = events_of(nlp, "Les États-Unis disposent d'une base militaire à Djibouti.")
    assert ("MILITARY_PRESENCE", ("DJI", "USA")) in based


def test_his_soil_is_the_state_of_the_person_named_last_before_it(nlp):
    found = events_of(
        nlp,
        "En 2023, la junte du capitaine Ibrahim Traoré a dénoncé l'accord qui encadrait la présence militaire "
        "française sur son sol.",
    )
    assert found[("MILITARY_PRESENCE", ("BFA", "FRA"))].status == "negated"  # a state named before: still his


def test_the_denunciation_of_an_agreement_ends_it(nlp):
    text = (
        "Le 16 mars 2024, le porte-parole du gouvernement nigérien annonçait la dénonciation « avec effet "
        "immédiat » de l’accord de 2012 sur le statut des personnels militaires américains."
    )
    ended = events_of(nlp, text)[("DEFENSE_AGREEMENT", ("NER", "USA"))]
    # the year naming the agreement is not when it was ended
    assert (ended.status, ended.date_start) == ("negated", "2024-03-16")


def test_those_who_take_part_in_the_event_a_relative_points_back_to(nlp):
    found = events_of(
        nlp,
        "En mars 2023, le Ghana a accueilli l'exercice Flintlock, organisé par les forces spéciales américaines, "
        "auquel le Tchad et le Niger participaient aux côtés d'une vingtaine de pays.",
    )
    assert ("JOINT_EXERCISE", ("GHA", "NER", "TCD", "USA")) in found


def test_a_presence_with_only_the_place_it_is_in_has_no_party(nlp):
    unsent = events_of(nlp, "Le président a estimé que l'envoi de troupes occidentales en Ukraine restait possible.")
    assert not unsent
    sent = events_of(nlp, "Le Royaume-Uni a envoyé des troupes en Estonie.")
    assert ("MILITARY_PRESENCE", ("EST", "GBR")) in sent


def test_training_together_is_an_exercise_and_training_others_is_training(nlp):
    together = events_of(nlp, "En août, le porte-avions italien Cavour s'est entraîné avec la marine japonaise.")
    assert set(together) == {("JOINT_EXERCISE", ("ITA", "JPN"))}
    others = events_of(nlp, "En 2023, la France a entraîné des soldats ukrainiens.")
    assert set(others) == {("TRAINING", ("FRA", "UKR"))}


def test_a_financial_year_is_no_exercise(nlp):
    found = events_of(nlp, "Le Royaume-Uni a annoncé une aide militaire à l'Ukraine pour l'exercice 2024-2025.")
    assert set(found) == {("SECURITY_ASSISTANCE", ("GBR", "UKR"))}


def test_the_two_parties_are_the_states_of_the_two_leaders_just_named(nlp):
    found = events_of(
        nlp,
        "Le Togo et le Burkina Faso ont signé un accord de défense en mai. Le 17 juillet, une délégation conduite "
        "par le président Recep Tayyip Erdoğan a été reçue par le général Abdourahamane Tiani. Les deux parties "
        "ont évoqué la lutte contre le terrorisme.",
    )
    assert found[("COUNTER_TERRORISM", ("NER", "TUR"))].status == "discussed"
    assert not any(event_type == "COUNTER_TERRORISM" and "TGO" in keys for event_type, keys in found)


def test_the_day_after_a_day_told_in_an_earlier_sentence(nlp):
    found = event_list(
        nlp,
        "Le 13 juin 2024, la frégate russe Amiral Gorchkov a fait escale à La Havane. Le lendemain, le patrouilleur "
        "canadien HMCS Glace Bay accostait à son tour à La Havane.",
    )
    assert [(e.participant_keys, e.date_start) for e in found] == [
        (("CUB", "RUS"), "2024-06-13"),
        (("CAN", "CUB"), "2024-06-14"),
    ]
    # a month given since leaves « le lendemain » without a day to count from
    found = event_list(
        nlp,
        "Le 13 juin 2024, la frégate russe Amiral Gorchkov a fait escale à La Havane. En juillet 2024, un destroyer "
        "chinois y a fait escale. Le lendemain, le patrouilleur canadien HMCS Glace Bay accostait à La Havane.",
    )
    assert found[-1].participant_keys == ("CAN", "CUB") and found[-1].date_start == ""


def test_a_present_the_model_tags_as_future_is_no_plan(nlp):
    # the model gives « accueille » Tense=Fut here; only a future ending makes a plan
    found = events_of(nlp, "Membre de l’OTAN depuis 2004, la Roumanie accueille des troupes alliées.")
    assert found[("MEMBERSHIP", ("NATO", "ROU"))].status == "occurred"
    found = events_of(nlp, "La France signera un accord de défense avec l'Inde.")
    assert found[("DEFENSE_AGREEMENT", ("FRA", "IND"))].status == "planned"


def test_a_trigger_in_a_relative_clause_has_the_status_of_its_own_clause(nlp):
    found = events_of(
        nlp,
        "Vilnius sortait d’une année de vives tensions avec la Biélorussie et cherchait auprès d’un allié "
        "européen une garantie que l’OTAN, dont la Lituanie comme la Pologne sont membres, ne pouvait lui offrir.",
    )
    for member in ("LTU", "POL"):
        membership = found[("MEMBERSHIP", tuple(sorted((member, "NATO"))))]
        assert membership.status == "occurred", membership.status_cue


def test_a_kingdom_named_by_its_kind_is_the_last_kingdom_named(nlp):
    found = events_of(
        nlp,
        "Le roi Abdallah II de Jordanie a reçu le ministre israélien de la Défense en mars 2023. "
        "Le chef d'état-major de Tsahal a effectué à son tour une visite dans le royaume en mai 2023.",
    )
    meeting = found[("HIGH_LEVEL_MEETING", ("ISR", "JOR"))]
    assert meeting.date_start == "2023-05"


def test_the_kinds_of_state_come_from_the_names_in_the_gazetteer():
    gazetteer = load_gazetteer(default_models_dir().resolve() / "gazetteers")
    kinds = state_kinds((e.entity_id, f.text) for e, f in gazetteer.forms() if e.type == "STATE" and f.kind == "name")
    assert {"MAR", "GBR", "SAU", "JOR"} <= kinds["royaume"] and "FRA" not in kinds["royaume"]
    assert kinds["sultanat"] == {"OMN"}
    assert "pays" not in kinds and "emirat" not in kinds  # any state: the Qatar of the press is an « État »


def test_a_trigger_qualifying_a_piece_of_equipment_is_no_event(nlp):
    found = events_of(
        nlp, "L’industriel italien fournit dix avions d’entraînement M-346 à l’armée de l’air israélienne."
    )
    assert ("ARMS_TRANSFER", ("ISR", "ITA")) in found
    assert not [key for key in found if key[0] == "TRAINING"]


def test_a_reflexive_pronoun_the_parse_misreads_still_makes_training_together_an_exercise(nlp):
    found = events_of(
        nlp, "Les forces norvégiennes, danoises et finlandaises s’y sont entraînées à défendre la région en hiver."
    )
    assert ("JOINT_EXERCISE", ("DNK", "FIN", "NOR")) in found


def test_a_king_received_by_name_stands_for_his_kingdom(nlp):
    found = events_of(
        nlp, "Le 3 février 2025, le roi Mohammed VI a reçu à Rabat le président sénégalais Bassirou Diomaye Faye."
    )
    assert found[("HIGH_LEVEL_MEETING", ("MAR", "SEN"))].date_start == "2025-02-03"


def test_actors_gathered_from_the_sentence_stay_within_the_part_a_semicolon_closes(nlp):
    found = events_of(
        nlp,
        "L’exercice Cobra Gold réunit depuis 1982 les forces armées thaïlandaises et américaines ; le Japon et "
        "l’Indonésie ont été associés à l’édition de 2024, organisée en Thaïlande.",
    )
    assert ("JOINT_EXERCISE", ("THA", "USA")) in found
    assert ("JOINT_EXERCISE", ("IDN", "JPN", "THA", "USA")) not in found


def test_taking_part_in_a_named_exercise_needs_no_word_for_exercise(nlp):
    found = events_of(nlp, "En juillet 2023, les marines australienne et japonaise ont pris part à Talisman Sabre.")
    assert ("JOINT_EXERCISE", ("AUS", "JPN")) in found
    # the host joins, with the lead organiser the gazetteer names (African Lion: the United States)
    found = events_of(nlp, "En mai 2023, le Maroc a accueilli African Lion avec le Ghana et le Sénégal.")
    assert ("JOINT_EXERCISE", ("GHA", "MAR", "SEN", "USA")) in found
    assert not events_of(nlp, "Les investisseurs ont participé à Eurosatory en juin.")
    # a named exercise gathering its parties
    found = events_of(nlp, "Malabar réunit chaque année l'Inde, les États-Unis, le Japon et l'Australie.")
    assert ("JOINT_EXERCISE", ("AUS", "IND", "JPN", "USA")) in found


def test_a_long_subject_the_parser_made_the_head_of_the_sentence(nlp):
    found = events_of(
        nlp,
        "En 2023, quelque 9 000 militaires égyptiens et américains, aux côtés de troupes saoudiennes et d’une "
        "frégate de la marine grecque, avaient participé à Bright Star, dont la phase navale s’était déroulée "
        "en mer Rouge.",
    )
    assert ("JOINT_EXERCISE", ("EGY", "GRC", "SAU", "USA")) in found


def test_those_who_take_part_there_join_the_exercise_the_sentence_before_named(nlp):
    found = events_of(
        nlp,
        "Depuis début mars, l’OTAN conduit Steadfast Defender 2024 dans le nord de l’Europe. "
        "Les armées norvégienne et danoise y prennent part.",
    )
    assert ("JOINT_EXERCISE", ("DNK", "NATO", "NOR")) in found


def test_an_exercise_the_paragraph_goes_on_telling_is_one_row(nlp):
    found = events_of(
        nlp,
        "Du 4 au 15 mars 2024, la Norvège et la Finlande ont conduit l’exercice Nordic Response. Des unités "
        "américaines et britanniques se sont entraînées aux côtés des forces nordiques.",
    )
    assert list(found) == [("JOINT_EXERCISE", ("FIN", "GBR", "NOR", "USA"))]
    assert found["JOINT_EXERCISE", ("FIN", "GBR", "NOR", "USA")].method.endswith("+taking-part")
    # « ainsi que » joins names as « et » does; those who « y ont engagé » ships take part
    found = events_of(
        nlp,
        "En août 2023, la marine australienne organisait l’exercice Malabar au large de Sydney. Les marines "
        "indienne et japonaise ainsi que l’US Navy y ont engagé des frégates.",
    )
    assert list(found) == [("JOINT_EXERCISE", ("AUS", "IND", "JPN", "USA"))]
    # another exercise on another date is another row
    found = events_of(
        nlp,
        "En mars 2024, la Norvège et la Suède ont conduit l’exercice Nordic Response. En octobre, les marines "
        "française et indienne ont mené des manœuvres conjointes en mer d'Arabie.",
    )
    assert {("JOINT_EXERCISE", ("NOR", "SWE")), ("JOINT_EXERCISE", ("FRA", "IND"))} <= set(found)


def test_this_exercise_after_an_exercise_named_without_its_parties(nlp):
    found = events_of(
        nlp,
        "La dernière démonstration de force remonte à Zapad 2021. En septembre 2021, les armées russe et "
        "biélorusse ont mené cet exercice stratégique sur plusieurs polygones.",
    )
    assert ("JOINT_EXERCISE", ("BLR", "RUS")) in found


def test_contingents_taking_part_in_an_exercise_are_no_presence_of_their_own(nlp):
    found = events_of(
        nlp,
        "En septembre 2021, la Russie et la Biélorussie ont conduit l’exercice Zapad-2021. Des contingents arméniens "
        "et kazakhs y étaient associés.",
    )
    assert set(found) == {("JOINT_EXERCISE", ("ARM", "BLR", "KAZ", "RUS"))}


def test_a_named_exercise_needs_no_other_word_of_its_field(nlp):
    found = events_of(nlp, "En mars 2024, la Norvège et la Finlande ont conduit l’exercice Nordic Response.")
    assert ("JOINT_EXERCISE", ("FIN", "NOR")) in found


def test_a_party_taking_part_there_is_added_to_the_exercise_told_before_in_one_row(nlp):
    found = events_of(
        nlp,
        "En mai 2025, les forces thaïlandaises et américaines ont mené une nouvelle édition de l’exercice "
        "Cobra Gold. L’armée japonaise y a également participé.",
    )
    exercise = found[("JOINT_EXERCISE", ("JPN", "THA", "USA"))]
    assert ("JOINT_EXERCISE", ("THA", "USA")) not in found
    assert exercise.sentence.endswith("L’armée japonaise y a également participé.")
    assert exercise.date_start == "2025-05"


def test_y_points_to_where_things_are_not_to_where_they_go(nlp):
    found = events_of(
        nlp,
        "Le port d’Alexandroupolis sert depuis 2022 de porte d’entrée aux blindés américains acheminés vers la "
        "Bulgarie. Les forces américaines n’y disposent pas pour autant d’une base permanente.",
    )
    assert found[("MILITARY_PRESENCE", ("GRC", "USA"))].status == "negated"
    assert ("MILITARY_PRESENCE", ("BGR", "USA")) not in found


def test_a_presence_whose_only_party_is_the_place_y_points_to_has_no_party(nlp):
    found = events_of(
        nlp,
        "La baie de Souda sert de point de passage aux navires acheminés vers la Bulgarie. "
        "La présence militaire y reste limitée.",
    )
    assert not found


def test_a_company_setting_up_a_site_is_no_military_presence(nlp):
    assert not events_of(nlp, "Rheinmetall a annoncé l’implantation d’une usine de munitions en Lituanie.")


def test_a_trigger_phrase_holding_a_word_of_its_field_needs_no_other_context(nlp):
    found = events_of(nlp, "La Turquie et le Niger ont évoqué le renforcement de l’industrie de défense.")
    assert found[("DEFENSE_INDUSTRY", ("NER", "TUR"))].status == "discussed"


def test_a_purchase_under_negotiation_is_discussed(nlp):
    found = events_of(nlp, "L’Inde négocie désormais avec la France l’achat de vingt-six Rafale Marine.")
    transfer = found[("ARMS_TRANSFER", ("FRA", "IND"))]
    assert (transfer.status, transfer.status_cue) == ("discussed", "négocie")


def dated_events(nlp, text):
    """The events of a text that gives its publication date (« Publié le … »)."""
    models = default_models_dir().resolve()
    doc = nlp(text)
    mentions = mentions_of(doc, "D", None, load_gazetteer(models / "gazetteers"))
    return event_extractor(models).extract(doc, "D", mentions, None, document_date(text))


def dated_pairs(nlp, text, kind):
    """The participants and start date of each event of one type in a text with its publication date."""
    return {(e.participant_keys, e.date_start) for e in dated_events(nlp, text) if e.type == kind}


def test_a_weekday_opening_the_sentence_is_its_time_not_a_description(nlp):
    text = (
        "Publié le 9 septembre 2025\n"
        "Jeudi 4 septembre, à l’issue d’une réunion tenue à l’Élysée sous la double présidence d’Emmanuel Macron "
        "et de Keir Starmer, vingt-six pays de la coalition des volontaires se sont engagés à contribuer à une "
        "force de réassurance appelée à se déployer en Ukraine."
    )
    assert (("COALITION_OF_THE_WILLING", "FRA", "GBR"), "2025-09-04") in dated_pairs(nlp, text, "HIGH_LEVEL_MEETING")


def test_a_day_without_a_year_is_in_the_year_the_text_is_telling(nlp):
    def meeting_of(text):
        (meeting,) = [e for e in dated_events(nlp, text) if e.type == "HIGH_LEVEL_MEETING"]
        return meeting.participant_keys, meeting.date_start

    text = (
        "Publié le 2 octobre 2024\n"
        "Le 3 décembre 2023, Caracas a organisé un référendum sur l'Essequibo. Le 14 décembre, le président "
        "guyanien Irfaan Ali a rencontré Nicolás Maduro à Argyle."
    )
    assert meeting_of(text) == (("GUY", "VEN"), "2023-12-14")
    # in the next paragraph too
    text = (
        "Publié le 4 novembre 2024\n"
        "En juillet 2023, les armées australienne et américaine ont conduit l’exercice Talisman Sabre.\n"
        "Le 29 juillet, à Brisbane, le président français a rencontré le Premier ministre australien."
    )
    assert meeting_of(text) == (("AUS", "FRA"), "2023-07-29")


def test_a_participle_takes_the_actors_of_what_it_describes(nlp):
    found = events_of(
        nlp,
        "Aux Maldives, la situation a changé. Le président a réclamé le départ des militaires indiens "
        "stationnés dans l’archipel.",
    )
    assert ("MILITARY_PRESENCE", ("IND", "MDV")) in found


def test_a_dative_pronoun_is_the_recipient_named_before_it(nlp):
    found = event_list(
        nlp,
        "Les États-Unis restent le premier fournisseur du Nigeria : Washington lui a livré en 2021 douze "
        "avions d’attaque A-29 Super Tucano.",
    )
    # the buyer and the seller are named: who built the aircraft takes no part
    assert {(e.type, e.participant_keys) for e in found} == {("ARMS_TRANSFER", ("NGA", "USA"))}


def test_a_company_and_its_nationality_are_one_party(nlp):
    found = events_of(nlp, "En 2014, le Brésil a commandé 36 Gripen au constructeur suédois Saab.")
    assert set(found) == {("ARMS_TRANSFER", ("BRA", "SAAB"))}
    # two buyers ordering together from one company
    text = "En juillet 2021, la Norvège et l’Allemagne ont commandé ensemble au chantier allemand TKMS six sous-marins."
    assert set(events_of(nlp, text)) == {("ARMS_TRANSFER", ("DEU", "NOR", "TKMS"))}


def test_a_conditional_auxiliary_makes_an_event_hypothetical(nlp):
    found = events_of(nlp, "Selon la presse, l’Algérie aurait acheté une dizaine de drones Anka-S à la Turquie.")
    transfer = found[("ARMS_TRANSFER", ("DZA", "TUR"))]
    assert (transfer.status, transfer.status_cue) == ("hypothetical", "aurait")


def test_the_kingdom_is_the_kingdom_last_named_not_the_last_place(nlp):
    found = events_of(
        nlp,
        "L’Arabie saoudite a signé un pacte avec le Pakistan. Il intervient après une frappe israélienne à "
        "Doha, au Qatar. Des militaires pakistanais servent depuis des décennies dans le royaume comme "
        "instructeurs.",
    )
    assert ("TRAINING", ("PAK", "SAU")) in found
    assert not any("QAT" in participants for _, participants in found)


def test_a_national_command_acts_for_its_state(nlp):
    found = events_of(nlp, "En 2024, le Commandement Sud a entraîné les soldats du Guyana au combat en jungle.")
    assert ("TRAINING", ("GUY", "USA")) in found


def test_a_leader_and_his_counterpart_acting_together_have_met(nlp):
    found = events_of(
        nlp,
        "Le 3 mars 2024, à Ankara, le ministre kényan de la Défense et son homologue turc ont signé un accord "
        "de coopération militaire.",
    )
    meeting = found[("HIGH_LEVEL_MEETING", ("KEN", "TUR"))]
    assert (meeting.date_start, meeting.place) == ("2024-03-03", "Ankara")
    assert ("DEFENSE_AGREEMENT", ("KEN", "TUR")) in found
    # the counterpart named in apposition to a leader's title
    found = events_of(
        nlp,
        "Le 15 juin 2023, au Kremlin, le président Abdelmadjid Tebboune et son homologue russe ont signé une "
        "déclaration de partenariat stratégique.",
    )
    assert ("HIGH_LEVEL_MEETING", ("DZA", "RUS")) in found
    # a counterpart one has good relations with is no meeting
    assert not events_of(nlp, "Le ministre français entretient d’excellentes relations avec son homologue indien.")


def test_troops_leaving_end_a_presence_a_state_leaving_an_organisation_ends_a_membership(nlp):
    found = events_of(nlp, "Les derniers soldats français ont quitté le Niger fin 2023.")
    presence = found[("MILITARY_PRESENCE", ("FRA", "NER"))]
    assert (presence.status, presence.date_start) == ("negated", "2023")
    found = events_of(nlp, "Le Niger s’est retiré de la Force multinationale mixte en mars 2025.")
    assert set(found) == {("MEMBERSHIP", ("MNJTF", "NER"))}
    assert found[("MEMBERSHIP", ("MNJTF", "NER"))].status == "negated"
    found = events_of(nlp, "Le 30 mars, c'est le Niger qui a annoncé son départ de la FMM.")
    assert found[("MEMBERSHIP", ("MNJTF", "NER"))].status == "negated"
    # a state suspended by an organisation is, for a time, no member
    found = events_of(nlp, "L’Union africaine a suspendu Madagascar dès le 15 octobre.")
    assert found[("MEMBERSHIP", ("AU", "MDG"))].status == "negated"
    # troops leaving are no membership: an ended presence
    found = events_of(nlp, "Le Mali a obtenu en 2023 le départ des Casques bleus de la MINUSMA.")
    assert set(found) == {("MILITARY_PRESENCE", ("MLI", "UN"))}
    assert found[("MILITARY_PRESENCE", ("MLI", "UN"))].status == "negated"


def test_a_time_told_from_the_story_dates_the_event_from_the_date_told_before(nlp):
    text = (
        "Publié le 6 septembre 2024\n"
        "Le 17 août 2023, Washington a donné son feu vert à la cession de F-16 à l'Ukraine. Trois jours plus "
        "tard, Volodymyr Zelensky se rendait aux Pays-Bas pour rencontrer le Premier ministre Mark Rutte."
    )
    assert (("NLD", "UKR"), "2023-08-20") in dated_pairs(nlp, text, "HIGH_LEVEL_MEETING")
    text = (
        "Publié le 4 août 2025\n"
        "En janvier 2025, le ministre maldivien de la Défense s'est rendu à New Delhi. Le mois suivant, soldats "
        "indiens et maldiviens se sont retrouvés à Belagavi pour leur exercice bilatéral Ekuverin."
    )
    assert (("IND", "MDV"), "2025-02") in dated_pairs(nlp, text, "JOINT_EXERCISE")
    text = (
        "Publié le 15 juillet 2025\n"
        "Du 2 au 12 septembre 2024, la marine chilienne a accueilli l'exercice UNITAS. Au même moment, plus de "
        "600 soldats chiliens, argentins et américains participaient à l'exercice Southern Fenix 24."
    )
    assert (("ARG", "CHL", "USA"), "2024-09") in dated_pairs(nlp, text, "JOINT_EXERCISE")


def test_the_date_of_a_fact_set_against_the_event_is_not_the_event_s(nlp):
    found = events_of(
        nlp,
        "Dès l’époque soviétique, Moscou a fourni l’essentiel de l’armement des forces angolaises, tandis que "
        "Cuba déployait des dizaines de milliers de soldats dans le pays entre 1975 et 1991.",
    )
    assert found[("ARMS_TRANSFER", ("AGO", "RUS"))].date_start == ""
    found = events_of(
        nlp,
        "En 2020, la France a livré des Rafale à l'Inde, tandis que la Russie livrait en 2018 des S-400 à la Chine.",
    )
    assert found[("ARMS_TRANSFER", ("FRA", "IND"))].date_start == "2020"
    assert found[("ARMS_TRANSFER", ("CHN", "RUS"))].date_start == "2018"


def test_a_date_naming_a_noun_gives_way_to_one_of_the_sentence(nlp):
    text = (
        "Les relations ont pourtant connu des tensions : en juin 2023, lors d’une rencontre avec le ministre "
        "australien de la Défense, Richard Marles, Manasseh Sogavare a réclamé une révision du traité de 2017."
    )
    assert events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("AUS", "SLB"))].date_start == "2023-06"


def test_a_participle_opening_the_sentence_tells_an_earlier_step_unless_a_signing(nlp):
    text = (
        "Publié le 24 mars 2025\n"
        "Le Kenya et le Royaume-Uni ont signé un accord de coopération de défense en juillet 2021. Renvoyé au "
        "Parlement en novembre 2022, l'accord a finalement été approuvé par l'Assemblée nationale le 13 avril 2023."
    )
    assert (("GBR", "KEN"), "2023-04-13") in dated_pairs(nlp, text, "DEFENSE_AGREEMENT")
    text = "Signé en mars 2018, un accord de défense lie l'Inde et la France depuis le 1er juin 2018."
    assert events_of(nlp, text)[("DEFENSE_AGREEMENT", ("FRA", "IND"))].date_start == "2018-03"
    # the participle describes the trigger, and the clause tells another step: the trigger's own date
    text = (
        "Annoncée au salon de Farnborough en 2022, la commande de six hélicoptères d'attaque T129 ATAK à Turkish "
        "Aerospace Industries a donné lieu à la livraison des deux premiers exemplaires au Nigeria en novembre 2023."
    )
    assert {date for _, date in dated_pairs(nlp, text, "ARMS_TRANSFER")} == {"2022", "2023-11"}


def test_counterparts_told_one_after_the_other_take_the_date_told_before_each(nlp):
    text = (
        "Publié le 18 novembre 2025\n"
        "Prabowo Subianto multiplie les voyages. Le 30 juillet, il rencontrait Recep Tayyip Erdoğan à Ankara, "
        "puis, le lendemain, Vladimir Poutine à Moscou."
    )
    found = {e.participant_keys: e.date_start for e in dated_events(nlp, text) if e.type == "HIGH_LEVEL_MEETING"}
    assert found == {("IDN", "TUR"): "2025-07-30", ("IDN", "RUS"): "2025-07-31"}
    text = (
        "Au titre de la Facilité européenne pour la paix, les Vingt-Sept ont approuvé le 10 juillet 2023 une mesure "
        "d'assistance de 8,25 millions d'euros au profit des forces armées ghanéennes, puis, le 25 septembre, une "
        "enveloppe de 11,75 millions pour l'armée béninoise."
    )
    found = {k: e.date_start for k, e in events_of(nlp, text).items() if k[0] == "SECURITY_ASSISTANCE"}
    assert found == {
        ("SECURITY_ASSISTANCE", ("EU", "GHA")): "2023-07-10",
        ("SECURITY_ASSISTANCE", ("BEN", "EU")): "2023-09-25",
    }


def test_that_year_is_the_year_the_text_gave_last_whatever_its_kind(nlp):
    text = (
        "Publié le 14 octobre 2025\n"
        "En février 2025, Alger a confirmé l’achat de chasseurs russes. La coopération opérationnelle s’est "
        "densifiée depuis 2021. En octobre de cette année-là, des soldats algériens et russes ont mené leur "
        "premier exercice antiterroriste commun."
    )
    (exercise,) = [e for e in dated_events(nlp, text) if e.type == "JOINT_EXERCISE"]
    assert (exercise.participant_keys, exercise.date_start) == (("DZA", "RUS"), "2021-10")


def test_forces_sent_on_their_own_soil_are_no_presence(nlp):
    text = (
        "Au Niger, la junte a rompu avec Paris. Le Bénin, lui, a déployé depuis 2022 des milliers de soldats "
        "dans ses départements du nord."
    )
    assert not [e for e in event_list(nlp, text) if e.type == "MILITARY_PRESENCE"]


def test_a_contingent_taking_part_in_an_exercise_is_there_for_it(nlp):
    found = events_of(nlp, "En septembre 2022, un contingent algérien a participé aux manœuvres russes Vostok 2022.")
    assert set(found) == {("JOINT_EXERCISE", ("DZA", "RUS"))}


def test_an_armed_group_attacking_a_base_has_no_presence_there(nlp):
    text = (
        "Fin octobre 2024, une attaque de Boko Haram contre la base tchadienne de Barkaram a tué une quarantaine "
        "de soldats."
    )
    assert not [e for e in event_list(nlp, text) if e.type == "MILITARY_PRESENCE"]
    # a force deployed for its backers still is
    assert ("MILITARY_PRESENCE", ("MLI", "WAGNER")) in events_of(
        nlp, "Le groupe Wagner était déployé au Mali depuis fin 2021."
    )


def test_equipment_delivered_landing_is_no_presence(nlp):
    text = (
        "Le 5 décembre, les six premiers F-16 achetés au Danemark se sont posés sur la base de Río Cuarto, au "
        "terme d’un long convoyage depuis la base danoise de Skrydstrup."
    )
    assert not [e for e in event_list(nlp, text) if e.type == "MILITARY_PRESENCE"]
    text = "Le 5 décembre, six F-16 danois se sont posés sur la base de Río Cuarto, en Argentine."
    assert [e for e in event_list(nlp, text) if e.type == "MILITARY_PRESENCE"]


def test_states_gathered_within_an_organisation_are_its_members(nlp):
    found = events_of(
        nlp,
        "Le Mali, le Burkina Faso et le Niger, réunis depuis juillet 2024 au sein de l’Alliance des États du "
        "Sahel, ont rappelé leurs ambassadeurs.",
    )
    # one membership per member
    assert parties_of(found, "MEMBERSHIP") == {
        ("AES", "BFA"),
        ("AES", "MLI"),
        ("AES", "NER"),
    }


def test_a_state_member_of_two_groupings_has_one_membership_of_each(nlp):
    found = events_of(nlp, "La Hongrie est membre de l’OTAN et de l’Union européenne.")
    assert parties_of(found, "MEMBERSHIP") == {("HUN", "NATO"), ("EU", "HUN")}


def test_a_state_admitted_or_made_an_observer_is_a_member(nlp):
    found = events_of(nlp, "Admise dans l’OTAN le 4 avril 2023, la Finlande a envoyé des soldats en Estonie.")
    assert found[("MEMBERSHIP", ("FIN", "NATO"))].date_start == "2023-04-04"
    found = events_of(nlp, "En mars 2020, l’Inde est devenue observatrice de la Commission de l’océan Indien (COI).")
    assert ("MEMBERSHIP", ("IND", "IOC")) in found


def test_states_joining_a_maritime_coalition_are_its_members(nlp):
    found = events_of(
        nlp,
        "En 2019, le Royaume-Uni, l'Arabie saoudite et les Émirats arabes unis ont rejoint l'International "
        "Maritime Security Construct (IMSC).",
    )
    assert parties_of(found, "MEMBERSHIP") == {
        ("GBR", "IMSC"),
        ("IMSC", "SAU"),
        ("ARE", "IMSC"),
    }


def test_an_elided_reflexive_pronoun_is_the_reflexive_of_a_trigger(nlp):
    found = events_of(
        nlp, "Un an plus tard, le ministre vietnamien de la Défense, Phan Van Giang, s’est rendu en Inde."
    )
    assert ("HIGH_LEVEL_MEETING", ("IND", "VNM")) in found


def test_the_two_countries_are_those_the_persons_of_the_sentence_stand_for(nlp):
    found = events_of(
        nlp,
        "Alger s’est aussi rapproché d’Ankara. Le 22 janvier 2025, le général Saïd Chanegriha et le général "
        "Michael Langley ont signé un mémorandum d’entente sur la coopération militaire, une première entre "
        "les deux pays.",
    )
    assert ("DEFENSE_AGREEMENT", ("DZA", "USA")) in found
    assert not any("TUR" in participants for kind, participants in found if kind == "DEFENSE_AGREEMENT")


def test_the_state_a_mission_operates_in_takes_part(nlp):
    found = events_of(nlp, "En 2023, EUTM RCA a formé quelque 1 500 soldats.")
    assert ("TRAINING", ("CAF", "EU")) in found
    found = events_of(nlp, "En octobre 2023, la KFOR a déployé un bataillon supplémentaire.")
    assert ("MILITARY_PRESENCE", ("NATO", "XKX")) in found


def test_hosting_an_edition_of_a_named_exercise(nlp):
    found = events_of(nlp, "Le Chili a accueilli la 65e édition d’UNITAS en septembre 2024.")
    assert ("JOINT_EXERCISE", ("CHL", "USA")) in found  # UNITAS is led by the United States
    found = events_of(
        nlp, "Le mois dernier, la marine chilienne a accueilli la 65e édition d’UNITAS, le plus ancien exercice naval."
    )
    assert ("JOINT_EXERCISE", ("CHL", "USA")) in found


def test_cooperation_against_armed_groups_named_by_their_kind_is_counter_terrorism(nlp):
    found = events_of(
        nlp, "Abuja dit vouloir maintenir avec Niamey une coopération bilatérale contre les groupes armés."
    )
    transfer = found[("COUNTER_TERRORISM", ("NER", "NGA"))]
    assert (transfer.status, transfer.status_cue) == ("hypothetical", "vouloir")
    assert not events_of(nlp, "Moscou et Minsk renforcent leur coopération contre l’Ukraine.")


def test_a_hyphenated_trigger_the_tokenizer_splits_still_matches(nlp):
    found = events_of(
        nlp,
        "Le traité prévoit le développement de la coopération militaire et militaro-technique entre la Russie "
        "et l’Iran.",
    )
    assert found[("DEFENSE_INDUSTRY", ("IRN", "RUS"))].status == "planned"


def test_a_later_step_of_a_deal_is_between_the_parties_the_paragraph_told(nlp):
    text = (
        "En mai 2021, la Croatie a signé avec la France un contrat pour douze avions de combat d'occasion. "
        "Les six premiers avions ont été livrés le 25 avril 2024 à l'armée de l'air croate."
    )
    transfers = [
        (e.participant_keys, e.date_start, e.method) for e in event_list(nlp, text) if e.type == "ARMS_TRANSFER"
    ]
    assert (("FRA", "HRV"), "2021-05", "rule:clause") in transfers
    assert (("FRA", "HRV"), "2024-04-25", "rule:same-deal") in transfers
    # in a paragraph of its own, a delivery to one party names no one it came from
    alone = event_list(nlp, text.replace("occasion. ", "occasion.\n\n"))
    assert [e.date_start for e in alone if e.type == "ARMS_TRANSFER"] == ["2021-05"]


def test_contingents_among_those_an_exercise_gathered_take_part_in_it(nlp):
    found = events_of(
        nlp,
        "Chaque été, la Mongolie organise l'exercice multinational Khaan Quest, qui a rassemblé en juin 2024 plus "
        "de 1 000 militaires de 20 pays, dont d'importants contingents indiens et japonais.",
    )
    assert set(found) == {("JOINT_EXERCISE", ("IND", "JPN", "MNG"))}


def test_a_grouping_noun_stands_for_the_grouping_the_text_called_so(nlp):
    found = events_of(
        nlp,
        "Le Royaume-Uni a lancé en 2014 la Force expéditionnaire interarmées. Cette coalition rassemble dix pays "
        "d'Europe du Nord. En janvier, Londres a transmis ses alertes aux alliés de l'OTAN. Les 8 et 9 mai, la "
        "Suède a accueilli le sommet annuel des dirigeants de la coalition.",
    )
    assert ("HIGH_LEVEL_MEETING", ("JEF", "SWE")) in found


def test_a_numbered_unit_names_who_acts(nlp):
    found = events_of(
        nlp,
        "Depuis 2023, des instructeurs de la 2e brigade d'assistance des forces de sécurité de l'armée américaine "
        "forment des unités colombiennes.",
    )
    assert set(found) == {("TRAINING", ("COL", "USA"))}


def test_assistance_to_several_states_is_one_event_for_each(nlp):
    found = events_of(
        nlp, "En 2023, la France a fourni des équipements et des formations aux armées béninoise et togolaise."
    )
    assert {("SECURITY_ASSISTANCE", ("BEN", "FRA")), ("SECURITY_ASSISTANCE", ("FRA", "TGO"))} <= set(found)
    assert {("TRAINING", ("BEN", "FRA")), ("TRAINING", ("FRA", "TGO"))} <= set(found)
    # also when the parser ties the second adjective to the noun
    found = events_of(
        nlp, "Les forces britanniques ont aussi fourni équipements et formations aux armées kényane et ougandaise."
    )
    assert {("TRAINING", ("GBR", "KEN")), ("TRAINING", ("GBR", "UGA"))} <= set(found)
    # several givers to one recipient are one event
    found = events_of(nlp, "En 2023, le Canada et la Suède ont formé des soldats ukrainiens au déminage.")
    assert ("TRAINING", ("CAN", "SWE", "UKR")) in found


def test_another_named_exercise_of_the_same_parties_is_another_event(nlp):
    events = event_list(
        nlp,
        "Le Maroc et les États-Unis entretiennent une coopération ancienne. En mai 2024, les armées des deux pays "
        "ont conduit l'exercice African Lion. Leurs marines s'entraînent par ailleurs lors de l'exercice Lightning "
        "Handshake.",
    )
    exercises = [e for e in events if e.type == "JOINT_EXERCISE"]
    assert [e.participant_keys for e in exercises] == [("MAR", "USA"), ("MAR", "USA")]
    assert "Lightning Handshake" in exercises[1].sentence
    # two exercises named in one sentence, each by its own trigger
    events = event_list(
        nlp,
        "Les armées indienne et bangladaise se retrouvent pour l’exercice Sampriti, tandis que leurs marines "
        "conduisent l’exercice Bongosagar.",
    )
    exercises = [e for e in events if e.type == "JOINT_EXERCISE"]
    assert [e.participant_keys for e in exercises] == [("BGD", "IND"), ("BGD", "IND")]


def test_their_navies_are_the_navies_of_the_states_told_before(nlp):
    events = event_list(
        nlp,
        "L'Inde et les Émirats arabes unis ont signé un partenariat stratégique en 2017. Depuis, leurs marines "
        "s'entraînent chaque année lors de l'exercice Zayed Talwar.",
    )
    (exercise,) = [e for e in events if e.type == "JOINT_EXERCISE"]
    assert (exercise.participant_keys, exercise.method, exercise.date_start) == (("ARE", "IND"), "rule:clause", "")


def test_a_guest_of_honour_meets_the_host(nlp):
    found = events_of(
        nlp, "En janvier 2024, le président français était l'invité d'honneur de la fête de la République à New Delhi."
    )
    assert ("HIGH_LEVEL_MEETING", ("FRA", "IND")) in found


def test_what_is_expected_or_committed_to_is_planned(nlp):
    found = events_of(nlp, "Les premières livraisons de Rafale à la Croatie sont attendues en 2027.")
    assert found[("ARMS_TRANSFER", ("FRA", "HRV"))].status == "planned"
    found = events_of(nlp, "En 2024, la France s'est engagée à former 4 500 soldats ukrainiens.")
    assert found[("TRAINING", ("FRA", "UKR"))].status == "planned"


def test_the_two_governments_are_not_the_adversary_named_before(nlp):
    found = events_of(
        nlp,
        "Depuis 2016, le Japon a fourni à la Malaisie deux patrouilleurs, régulièrement engagés face aux garde-côtes "
        "chinois. En mai 2024, les deux gouvernements ont signé un accord pour financer trois nouveaux patrouilleurs.",
    )
    assert ("DEFENSE_AGREEMENT", ("JPN", "MYS")) in found


def test_another_named_system_of_the_same_parties_is_another_deal(nlp):
    events = event_list(
        nlp,
        "En février 2015, l'Égypte a commandé 24 Rafale à la France. Paris a aussi revendu au Caire deux "
        "porte-hélicoptères Mistral.",
    )
    transfers = [(e.participant_keys, e.trigger) for e in events if e.type == "ARMS_TRANSFER"]
    assert transfers == [(("EGY", "FRA"), "commandé"), (("EGY", "FRA"), "revendu")]


def test_a_part_of_the_country_says_where(nlp):
    found = events_of(
        nlp,
        "Le gouvernement de la Pologne consacre 4 % de son PIB à la défense.\n\nEn janvier 2017, une brigade blindée "
        "américaine a débarqué à Żagań, dans l'ouest du pays.",
    )
    assert ("MILITARY_PRESENCE", ("POL", "USA")) in found


def test_a_company_named_as_seller_needs_no_state_for_its_system(nlp):
    # the maker's state is no second party to a deal whose seller is named: no buyer, no event
    assert not [
        e
        for e in event_list(nlp, "En 2019, Naval Group a fourni quatre corvettes Gowind.")
        if e.type == "ARMS_TRANSFER"
    ]


def test_armies_that_train_together_reflexively_hold_an_exercise(nlp):
    found = events_of(
        nlp, "En mars 2024, les marines grecque et égyptienne se sont exercées ensemble au large de la Crète."
    )
    assert ("JOINT_EXERCISE", ("EGY", "GRC")) in found
    # « exercer » otherwise is no exercise
    assert not events_of(nlp, "En 2024, la Grèce et l'Égypte ont exercé une forte pression sur la Turquie.")


def test_a_participle_fronted_on_the_trigger_brings_its_other_parties(nlp):
    # « Signé … par le ministre estonien …, et le secrétaire américain …, l'accord … »: the parser ties
    # the second signatory to the main verb; the participle and its noun tell one agreement
    found = events_of(
        nlp,
        "Signé le 6 décembre 2022 par le ministre estonien de la Défense, Hanno Pevkur, et le secrétaire d’État "
        "américain Antony Blinken, l’accord de coopération de défense ouvre aux forces américaines trois bases.",
    )
    assert ("DEFENSE_AGREEMENT", ("EST", "USA")) in found


def test_a_text_about_two_countries_calls_them_the_two_countries(nlp):
    text = (
        "Paris et Rome : dix ans de coopération navale\n\n"
        "Le traité du Quirinal a été signé par la France et l'Italie en novembre 2021. Rome dépend aussi "
        "des États-Unis pour ses avions F-35.\n\n"
        "Depuis 2022, les deux pays organisent chaque année un exercice naval commun en Méditerranée."
    )
    found = events_of(nlp, text)
    assert ("JOINT_EXERCISE", ("FRA", "ITA")) in found
    assert ("JOINT_EXERCISE", ("ITA", "USA")) not in found


def test_the_event_a_clause_is_dated_by_is_its_setting(nlp):
    # « après le sommet entre X et Y », « depuis l'invasion russe de l'Ukraine »: their actors take no part
    found = events_of(
        nlp,
        "Le Japon a repris ses exercices aériens avec l'Australie après le sommet entre Xi Jinping et "
        "Vladimir Poutine.",
    )
    assert ("JOINT_EXERCISE", ("AUS", "JPN")) in found
    assert ("HIGH_LEVEL_MEETING", ("CHN", "RUS")) in found
    assert not any(set(parties) >= {"CHN", "JPN"} for _, parties in found)


def test_a_clause_describing_the_subject_names_no_party(nlp):
    text = (
        "La Finlande, qui renforce sa défense depuis l’invasion russe de l’Ukraine, a signé en 2023 un contrat "
        "avec Israël pour le système David’s Sling. Un deuxième contrat a suivi en novembre."
    )
    found = events_of(nlp, text)
    assert ("ARMS_TRANSFER", ("FIN", "ISR")) in found
    assert not any("RUS" in parties or "UKR" in parties for _, parties in found)


def test_leaders_with_their_titles_sign_and_states_develop_together(nlp):
    # the parser leaves « Emmanuel Macron et le chancelier Friedrich Merz » without a verb: the names and
    # titles right before it are its subject; nuclear deterrence is defence
    found = events_of(
        nlp,
        "Le 2 mars, au quartier général interarmées allemand de Potsdam, Emmanuel Macron et le chancelier "
        "Friedrich Merz ont signé une déclaration sur la dissuasion nucléaire. Les deux pays ont aussi développé "
        "ensemble un nouveau char de combat.",
    )
    assert ("DEFENSE_AGREEMENT", ("DEU", "FRA")) in found
    assert ("DEFENSE_INDUSTRY", ("DEU", "FRA")) in found


def test_a_garrison_or_a_force_sent_is_a_presence_but_not_at_home(nlp):
    found = events_of(
        nlp, "En 2025, l'armée allemande a ouvert sa première garnison permanente en Lituanie, à Vilnius."
    )
    assert ("MILITARY_PRESENCE", ("DEU", "LTU")) in found
    found = events_of(nlp, "Les chefs d'État de la CEDEAO ont approuvé l'envoi d'une force régionale en Gambie.")
    assert ("MILITARY_PRESENCE", ("ECOWAS", "GMB")) in found
    # troops sent to one's own border are at home: the neighbour across it hosts nothing
    assert not events_of(nlp, "Varsovie a annoncé l'envoi de deux brigades à sa frontière avec la Biélorussie.")


def test_the_same_parties_on_two_dates_in_one_sentence_are_two_facts(nlp):
    events = event_list(
        nlp,
        "En mars 2019, Washington a approuvé la vente de F-16 au Maroc ; en novembre 2020, les États-Unis ont vendu "
        "des drones MQ-9B au Maroc.",
    )
    dated = [(e.participant_keys, e.date_start) for e in events if e.type == "ARMS_TRANSFER"]
    assert dated == [(("MAR", "USA"), "2019-03"), (("MAR", "USA"), "2020-11")]


def test_a_garrison_named_in_apposition_to_its_camp_is_a_presence(nlp):
    # « le site d'entraînement de Kharb-Maidon » names a place; « sa première garnison » is one
    found = events_of(
        nlp,
        "En mars 2023, l’armée américaine a établi à Poznań le Camp Kościuszko, sa première garnison permanente sur "
        "le sol polonais.",
    )
    assert ("MILITARY_PRESENCE", ("POL", "USA")) in found


def test_a_state_buying_from_several_deals_with_each(nlp):
    found = events_of(nlp, "En 2024, l'Indonésie a acheté des frégates d'occasion au Qatar et à Oman.")
    assert {("ARMS_TRANSFER", ("IDN", "QAT")), ("ARMS_TRANSFER", ("IDN", "OMN"))} <= set(found)
    # states buying together from one seller are one deal
    found = events_of(nlp, "En 2021, la Norvège et l'Allemagne ont commandé ensemble six sous-marins à TKMS.")
    assert ("ARMS_TRANSFER", ("DEU", "NOR", "TKMS")) in found


def test_forces_that_make_up_a_group_are_not_trained(nlp):
    for text in (
        "Les soldats sud-africains forment, avec les Tanzaniens et les Malawiens, la Brigade d’intervention.",
        "La SADC a déployé au Congo une mission formée de soldats sud-africains et tanzaniens.",
    ):
        assert not [e for e in event_list(nlp, text) if e.type == "TRAINING"], text
    found = events_of(nlp, "Les garde-côtes japonais forment en outre des personnels vietnamiens.")
    assert ("TRAINING", ("JPN", "VNM")) in found


def test_who_sanctions_threatens_or_fires_stands_against_the_parties(nlp):
    found = events_of(nlp, "En mai 2024, un cargo russe visé par des sanctions américaines a fait escale à Cuba.")
    assert ("MILITARY_PRESENCE", ("CUB", "RUS")) in found
    found = events_of(
        nlp,
        "Le Japon et la Corée du Sud ont décidé de partager en temps réel les données d’alerte sur les tirs de "
        "missiles chinois.",
    )
    assert ("INTELLIGENCE_SHARING", ("JPN", "KOR")) in found


def test_a_system_name_the_parser_took_for_a_verb_keeps_the_buyer_in_the_sale(nlp):
    found = events_of(nlp, "En août 2019, l’administration Trump a approuvé la vente de 66 chasseurs F-16V à Taïwan.")
    assert ("ARMS_TRANSFER", ("TWN", "USA")) in found


def test_a_sale_with_only_its_seller_named_is_to_the_state_the_title_is_about(nlp):
    sale = "En 2023, Washington a approuvé la vente de quarante chars Abrams pour 1,2 milliard de dollars."
    found = events_of(nlp, f"Maroc : Rabat modernise ses blindés\n\n{sale}")
    event = found[("ARMS_TRANSFER", ("MAR", "USA"))]
    assert event.method.endswith("+title")
    assert event.confidence < 0.8
    # a title naming no state before its colon is about no state; a sale naming its buyer keeps it
    assert not events_of(nlp, f"Blindés : le grand retour des chars\n\n{sale}")
    found = events_of(nlp, f"Maroc : Rabat modernise ses blindés\n\n{sale[:-1]} à l'Égypte.")
    assert set(found) == {("ARMS_TRANSFER", ("EGY", "USA"))}


def test_a_company_s_own_state_is_not_its_buyer(nlp):
    # Boeing makes the Super Hornet in the United States: a sale to Boeing's own state is none
    sentence = "Le contrat notifié à Boeing en 2018 porte sur 28 chasseurs F/A-18 Super Hornet américains."
    assert not events_of(nlp, sentence)
    # the buyer is the state the document is about, when it names one
    found = events_of(nlp, f"Koweït : l'émirat modernise sa flotte\n\n{sentence}")
    assert found[("ARMS_TRANSFER", ("BOEING", "KWT"))].method.endswith("+title")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Joe Biden a rendu la visite du 2 au 4 décembre 2024.", "HIGH_LEVEL_MEETING"),
        (
            "Signé en août 2017, un traité bilatéral de sécurité permet à Washington d'envoyer des troupes.",
            "DEFENSE_AGREEMENT",
        ),
        (
            "Côté américain, une aide militaire de 300 millions de dollars restait bloquée au Congrès.",
            "SECURITY_ASSISTANCE",
        ),
    ],
)
def test_a_meeting_an_agreement_or_aid_with_one_side_named_is_with_the_state_the_title_is_about(nlp, sentence, kind):
    found = events_of(nlp, f"Angola : Luanda diversifie ses partenaires\n\n{sentence}")
    assert found[(kind, ("AGO", "USA"))].method.endswith("+title")
    assert (kind, ("AGO", "USA")) not in events_of(nlp, sentence)


def test_an_envoy_s_visit_is_a_high_level_meeting_with_the_host(nlp):
    found = events_of(nlp, "L’envoyé américain Amos Hochstein s’est rendu au Liban le 21 octobre 2024.")
    assert found[("HIGH_LEVEL_MEETING", ("LBN", "USA"))].date_start == "2024-10-21"


def test_aid_destined_to_a_state_s_forces_is_for_that_state(nlp):
    found = events_of(
        nlp, "En 2023, Tokyo a débloqué une aide de 4 millions de dollars destinée à la marine philippine."
    )
    assert ("SECURITY_ASSISTANCE", ("JPN", "PHL")) in found


def test_equipment_awaited_is_a_planned_transfer(nlp):
    found = events_of(nlp, "L'armée de l'air croate attend encore six Rafale d'occasion.")
    assert found[("ARMS_TRANSFER", ("FRA", "HRV"))].status == "planned"


def test_awaiting_an_actor_is_no_transfer(nlp):
    text = (
        "La France n'avait pas attendu les Américains : en décembre, sa frégate Languedoc avait abattu deux "
        "drones lancés depuis les côtes yéménites."
    )
    assert not any(kind == "ARMS_TRANSFER" for kind, _ in events_of(nlp, text))


def test_aircraft_called_appareils_are_military_equipment(nlp):
    text = (
        "La Croatie a acheté douze Rafale d'occasion à la France en 2021. "
        "Les six derniers appareils ont été livrés en avril 2024."
    )
    found = event_list(nlp, text)
    assert {e.date_start for e in found if e.type == "ARMS_TRANSFER"} == {"2021", "2024-04"}


def test_en_stands_for_the_systems_the_sentence_before_named(nlp):
    text = "Les hélicoptères Apache ont convaincu l'état-major marocain. Rabat en a commandé vingt-quatre en 2020."
    found = events_of(nlp, text)
    assert found[("ARMS_TRANSFER", ("MAR", "USA"))].date_start == "2020"


def test_y_after_a_mission_is_within_that_mission(nlp):
    text = (
        "La FINUL aligne environ 10 000 Casques bleus au Liban. Rome commande le secteur Ouest depuis la base "
        "de Shama. L’Irlande y déploie quelque 350 soldats."
    )
    assert ("MILITARY_PRESENCE", ("IRL", "LBN", "UN")) in events_of(nlp, text)
    # a mission operating elsewhere is not where « y » points
    text = "La MINUSCA compte 14 000 Casques bleus. Le Tchad borde le Soudan. L’Égypte y déploie 300 soldats."
    assert not any("UN" in parties and "EGY" in parties for _, parties in events_of(nlp, text))


def test_a_grouping_gathering_states_has_each_as_a_member(nlp):
    found = events_of(nlp, "La Force multinationale mixte rassemblait les armées du Nigeria, du Niger et du Tchad.")
    assert parties_of(found, "MEMBERSHIP") == {
        ("MNJTF", "NGA"),
        ("MNJTF", "NER"),
        ("MNJTF", "TCD"),
    }
    # a state gathering others is no grouping
    found = events_of(nlp, "En 2023, la France a rassemblé le Nigeria et le Niger autour d'une table.")
    assert not any(event_type == "MEMBERSHIP" for event_type, _ in found)


def test_states_refusing_to_join_one_after_the_other_are_one_membership_each(nlp):
    text = "Paris n'a pas rejoint l'European Sky Shield Initiative, pas plus que Varsovie ni Rome."
    found = events_of(nlp, text)
    memberships = {parties: event.status for (kind, parties), event in found.items() if kind == "MEMBERSHIP"}
    assert memberships == {
        ("FRA", "INI-essi"): "negated",
        ("INI-essi", "POL"): "negated",
        ("INI-essi", "ITA"): "negated",
    }


def test_a_member_told_with_its_own_date_and_the_verb_left_out_has_that_date(nlp):
    found = events_of(nlp, "La Pologne et la Hongrie ont rejoint l'OTAN en 1999, la Slovaquie en 2004.")
    dates = {parties: event.date_start for (kind, parties), event in found.items() if kind == "MEMBERSHIP"}
    assert dates == {("NATO", "POL"): "1999", ("HUN", "NATO"): "1999", ("NATO", "SVK"): "2004"}


def test_members_leaving_a_grouping_take_their_clause_s_date_not_one_told_before_the_grouping(nlp):
    text = (
        "Avec le Mali et le Niger, le Burkina Faso a fondé en septembre 2023 l’Alliance des États du Sahel, et les "
        "trois pays ont quitté la Communauté économique des États de l’Afrique de l’Ouest le 29 janvier 2025."
    )
    found = events_of(nlp, text)
    left = {parties: event.date_start for (kind, parties), event in found.items() if "ECOWAS" in parties}
    assert left and set(left.values()) == {"2025-01-29"}


def test_one_army_training_abroad_alone_is_training_not_an_exercise(nlp):
    found = events_of(nlp, "Depuis 2019, des marines néerlandais s’entraînent chaque hiver dans le nord de la Norvège.")
    assert ("TRAINING", ("NLD", "NOR")) in found
    assert not any(event_type == "JOINT_EXERCISE" for event_type, _ in found)
    found = events_of(nlp, "Les marines française et indienne se sont entraînées en mer d'Arabie en mars 2025.")
    assert ("JOINT_EXERCISE", ("FRA", "IND")) in found
    # the one who trains alone may be the subject of the verb above the infinitive, or whom it is said of
    found = events_of(nlp, "En 2022, un premier groupe de policiers salomonais est parti se former en Chine.")
    assert found[("TRAINING", ("CHN", "SLB"))].date_start == "2022"
    found = events_of(nlp, "Un accord permet aux aviateurs singapouriens de s'entraîner en Inde.")
    assert not any(event_type == "JOINT_EXERCISE" for event_type, _ in found)


def test_a_participle_opening_the_sentence_dates_its_subject_not_the_clause(nlp):
    text = (
        "Signé en mars 2018, un accord de soutien logistique réciproque ouvre aux armées française et indienne "
        "l’accès à leurs installations respectives."
    )
    found = events_of(nlp, text)
    assert found[("DEFENSE_AGREEMENT", ("FRA", "IND"))].date_start == "2018-03"
    assert found[("MILITARY_PRESENCE", ("FRA", "IND"))].date_start == ""
    # a meeting dates what it decides
    text = "Réunis à Tokyo en juillet 2024, les ministres américains et japonais ont signé un accord de défense."
    assert events_of(nlp, text)[("DEFENSE_AGREEMENT", ("JPN", "USA"))].date_start == "2024-07"


def test_the_maker_stands_for_the_company_named_before(nlp):
    text = "Naval Group multiplie les succès à l'export. Le constructeur a vendu en 2019 deux corvettes à la Roumanie."
    assert ("ARMS_TRANSFER", ("NAVAL_GROUP", "ROU")) in events_of(nlp, text)
    # a maker with a name or an adjective of its own is that one (« le groupe aéronaval »: no company)
    text = "Naval Group multiplie les succès. Le groupe aéronaval italien a fait escale à Toulon en 2024."
    assert "NAVAL_GROUP" not in parties_in(nlp, text)


def test_a_maker_named_by_its_nationality_is_the_company_named_before(nlp):
    text = (
        "Rheinmetall pèse plus lourd encore. En août 2020, la Hongrie a signé avec le groupe allemand un contrat "
        "portant sur 218 véhicules de combat d'infanterie Lynx KF41."
    )
    assert parties_of(events_of(nlp, text), "ARMS_TRANSFER") == {("HUN", "RHEINMETALL")}
    # not a company of another state's industry: the nationality is then the seller's
    text = (
        "Naval Group multiplie les succès. En août 2020, la Hongrie a signé avec le groupe allemand un contrat "
        "portant sur 218 véhicules de combat d'infanterie Lynx KF41."
    )
    assert parties_of(events_of(nlp, text), "ARMS_TRANSFER") == {("DEU", "HUN")}


def test_a_heading_naming_one_state_is_whom_its_section_is_about(nlp):
    text = (
        "La Slovaquie, elle, a d’abord acheté des chars suédois.\n\nBudapest parie sur les usines\nEn décembre "
        "2018, le pays avait commandé à l’allemand Krauss-Maffei Wegmann (KMW) 44 chars Leopard 2A7HU.\n"
    )
    assert ("ARMS_TRANSFER", ("HUN", "KNDS")) in events_of(nlp, text)


def test_a_verb_after_an_aside_between_commas_is_still_a_verb(nlp):
    text = "Rome, pour sa part, forme des militaires libanais dans le cadre d’une mission bilatérale."
    assert ("TRAINING", ("ITA", "LBN")) in events_of(nlp, text)


def test_what_the_event_is_told_apart_from_takes_no_part(nlp):
    text = "L'Italie forme des militaires libanais dans le cadre d’une mission bilatérale, distincte de la FINUL."
    found = events_of(nlp, text)
    assert ("TRAINING", ("ITA", "LBN")) in found
    assert not any("UN" in parties for _, parties in found)


def test_the_makers_in_a_description_of_a_machine_take_no_part(nlp):
    text = (
        "Conclu en 2016, le contrat portant sur trois chasseurs JF-17 Thunder, appareil codéveloppé par le "
        "Pakistan et la Chine, s'est concrétisé en 2021."
    )
    assert not any(parties == ("CHN", "PAK") for _, parties in events_of(nlp, text))
    text = "En 2021, le Nigeria a acheté des hélicoptères T129, appareil construit par la Turquie."
    assert ("ARMS_TRANSFER", ("NGA", "TUR")) in events_of(nlp, text)


def test_renewing_an_agreement_is_an_agreement_dated_by_the_renewal(nlp):
    text = (
        "En 2010, les États-Unis et le sultanat d'Oman ont renouvelé le texte de 1980 sur l'accès aux "
        "installations militaires."
    )
    event = events_of(nlp, text)[("DEFENSE_AGREEMENT", ("OMN", "USA"))]
    assert event.date_start == "2010"


def test_a_relative_clause_read_as_a_coordination_still_speaks_of_its_noun(nlp):
    text = "La Norvège, qui n’est pas membre de l’UE, a elle aussi apporté des fonds."
    assert events_of(nlp, text)[("MEMBERSHIP", ("EU", "NOR"))].status == "negated"
    # or as a clause of the verb before
    text = "L’opération est coordonnée depuis Bahreïn, qui accueille le quartier général de la flotte américaine."
    assert ("MILITARY_PRESENCE", ("BHR", "USA")) in events_of(nlp, text)


def test_troops_alongside_in_an_exercise_are_no_presence(nlp):
    text = (
        "Des soldats mongols avaient participé en septembre 2018 aux grandes manœuvres russes Vostok-2018, aux "
        "côtés de troupes chinoises."
    )
    found = events_of(nlp, text)
    assert ("JOINT_EXERCISE", ("CHN", "MNG", "RUS")) in found
    assert not any(kind == "MILITARY_PRESENCE" for kind, _ in found)


def test_heads_of_state_stand_for_their_states(nlp):
    text = "Le 3 mai 2024, Félix Tshisekedi et Yoweri Museveni se sont rencontrés à Kampala."
    assert ("HIGH_LEVEL_MEETING", ("COD", "UGA")) in events_of(nlp, text)


def test_troops_met_at_the_exercise_just_told_are_its_parties(nlp):
    text = (
        "Coorganisé par les forces armées mongoles et les États-Unis, l'exercice Khaan Quest a réuni plus de "
        "1 200 militaires. Cette année, on y croisait des contingents japonais, indiens et français."
    )
    found = events_of(nlp, text)
    assert ("JOINT_EXERCISE", ("FRA", "IND", "JPN", "MNG", "USA")) in found
    assert not any(kind == "MILITARY_PRESENCE" for kind, _ in found)
    # troops stationed there are a presence of their own
    text = (
        "En octobre 2024, le Japon a accueilli à Okinawa l'exercice Keen Sword avec les États-Unis. "
        "Les États-Unis y stationnent des soldats."
    )
    assert ("MILITARY_PRESENCE", ("JPN", "USA")) in events_of(nlp, text)


def test_blue_helmets_are_the_united_nations_force(nlp):
    found = events_of(nlp, "Les Casques bleus ont quitté le Sud-Kivu à la fin juin 2024.")
    assert found[("MILITARY_PRESENCE", ("COD", "UN"))].status == "negated"
    text = "Sur le terrain, les Casques bleus organisent régulièrement des formations au profit des unités libanaises."
    assert ("TRAINING", ("LBN", "UN")) in events_of(nlp, text)


def test_who_sends_blue_helmets_is_there_with_the_united_nations(nlp):
    found = events_of(nlp, "L'Irlande a envoyé des Casques bleus au Liban.")
    assert ("MILITARY_PRESENCE", ("IRL", "LBN", "UN")) in found
    found = events_of(nlp, "Depuis 2000, Pretoria fournit des casques bleus à la mission des Nations unies en RDC.")
    assert ("MILITARY_PRESENCE", ("COD", "UN", "ZAF")) in found
    text = "Quelque 750 Casques bleus marocains servent au sein de la MINUSCA, la mission des Nations unies."
    assert ("MILITARY_PRESENCE", ("CAF", "MAR", "UN")) in events_of(nlp, text)
    found = events_of(nlp, "Dublin devra rapatrier ses Casques bleus du Liban.")
    assert found[("MILITARY_PRESENCE", ("IRL", "LBN", "UN"))].status == "negated"


def test_what_agreement_parties_owe_each_other_is_no_aid(nlp):
    text = (
        "Athènes et Abou Dhabi avaient signé en novembre 2020 un accord de défense comprenant une clause "
        "d’assistance mutuelle."
    )
    found = events_of(nlp, text)
    assert ("DEFENSE_AGREEMENT", ("ARE", "GRC")) in found
    assert not any(kind == "SECURITY_ASSISTANCE" for kind, _ in found)
    text = "Signé en mars 2018, un accord de soutien logistique réciproque lie l'Inde et la France."
    assert not any(kind == "SECURITY_ASSISTANCE" for kind, _ in events_of(nlp, text))
    assert ("SECURITY_ASSISTANCE", ("JPN", "PHL")) in events_of(
        nlp, "Le Japon a accordé une aide militaire aux Philippines."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le lien de défense entre les deux pays est ancien : en mars 2015, Narendra Modi avait lui-même mis en "
        "service à Port-Louis le Barracuda, un patrouilleur construit par le chantier indien GRSE pour les "
        "garde-côtes mauriciens.",
        "En mars 2024, les forces des Maldives ont mis en service leurs premiers drones militaires, des Bayraktar "
        "TB2 de fabrication turque, destinés à surveiller leur zone économique exclusive.",
    ],
)
def test_where_equipment_was_made_is_no_industrial_cooperation(nlp, text):
    assert not any(kind == "DEFENSE_INDUSTRY" for kind, _ in events_of(nlp, text))


def test_making_together_is_industrial_cooperation(nlp):
    found = events_of(nlp, "L'Inde et la Russie fabriquent conjointement des missiles BrahMos.")
    assert ("DEFENSE_INDUSTRY", ("IND", "RUS")) in found


def test_a_system_of_a_joint_venture_is_sold_by_the_state_exporting_it(nlp):
    # BrahMos, made with Russia, is exported by India (systems.tsv)
    found = events_of(nlp, "Les Philippines ont reçu en avril 2024 leurs premières batteries de missiles BrahMos.")
    assert ("ARMS_TRANSFER", ("IND", "PHL")) in found


def test_a_person_received_is_a_visit_not_a_delivery(nlp):
    found = events_of(
        nlp, "Le 18 août 2021, Abiy Ahmed avait été reçu dans la capitale turque par Recep Tayyip Erdoğan."
    )
    assert ("HIGH_LEVEL_MEETING", ("ETH", "TUR")) in found
    assert not any(kind == "ARMS_TRANSFER" for kind, _ in found)
    found = events_of(nlp, "Le Nigeria a reçu douze A-29 Super Tucano des États-Unis.")
    assert ("ARMS_TRANSFER", ("NGA", "USA")) in found


def test_a_name_the_parser_reads_as_a_future_tells_no_plan(nlp):
    text = (
        "En février 2018, lors de la visite du Premier ministre Narendra Modi à Mascate, où il a été reçu par le "
        "sultan Qaboos bin Saïd, les deux pays ont signé une annexe à leur protocole d’accord de coopération "
        "militaire."
    )
    assert events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("IND", "OMN"))].status == "occurred"


def test_what_an_event_is_near_is_no_party_to_it(nlp):
    text = (
        "Début avril, Emmanuel Macron a effectué une nouvelle visite en Égypte, qui l’a conduit jusqu’à El-Arish, "
        "à proximité de la bande de Gaza."
    )
    assert {keys for kind, keys in events_of(nlp, text) if kind == "HIGH_LEVEL_MEETING"} == {("EGY", "FRA")}
    text = (
        "Du 30 juillet au 10 août 2021, quelque 1 500 militaires russes et ouzbeks ont manœuvré ensemble au "
        "polygone de Termez, près de la frontière afghane."
    )
    assert {keys for kind, keys in events_of(nlp, text) if kind == "JOINT_EXERCISE"} == {("RUS", "UZB")}


def test_a_border_crossed_on_leaving_is_no_host_even_with_no_clause_to_go_by(nlp):
    text = (
        "Lorsque le dernier convoi de l’opération Barkhane a quitté la base de Gao pour franchir la frontière "
        "nigérienne, le 15 août 2022, la France a mis fin à neuf ans d’engagement."
    )
    assert "NER" not in parties_in(nlp, text)


def test_a_state_off_whose_coast_something_happened_is_no_party(nlp):
    text = "Le 28 octobre 2023, l’Union européenne a remis au Ghana 105 véhicules blindés saisis au large de la Libye."
    assert "LBY" not in parties_in(nlp, text)
    assert ("ARMS_TRANSFER", ("EU", "GHA")) in events_of(nlp, text)


def test_a_later_step_naming_only_the_deal_s_parties_goes_on_with_the_deal(nlp):
    text = (
        "Le contrat du système antiaérien S-400 a été signé le 5 octobre 2018 entre la Russie et l’Inde. Les "
        "livraisons ont commencé fin 2021 et trois escadrons sont aujourd’hui entre les mains de l’armée de l’air "
        "indienne."
    )
    dates = sorted(e.date_start for e in event_list(nlp, text) if e.type == "ARMS_TRANSFER")
    assert dates == ["2018-10-05", "2021"]


def test_a_date_told_before_dates_no_standing_state_and_no_denial(nlp):
    head = "L’Inde et le Sri Lanka ont signé le 5 avril 2025 un accord de défense. "
    for text in ("Le texte ouvre la voie à des exercices conjoints.", "Aucun exercice conjoint n’a eu lieu depuis."):
        exercises = [e for e in event_list(nlp, head + text) if e.type == "JOINT_EXERCISE"]
        assert exercises and all(e.date_start == "" for e in exercises), text
    # a step of the story told after it still takes it
    text = head + "Les deux armées ont mené un exercice conjoint."
    assert [e.date_start for e in event_list(nlp, text) if e.type == "JOINT_EXERCISE"] == ["2025-04-05"]


def test_a_section_heading_giving_a_month_sets_the_year_of_the_days_below_it(nlp):
    text = (
        "Équateur : Washington et Quito\nPublié le 24 novembre 2025\n\nL'urgence de janvier 2024\nDu 22 au 25 "
        "janvier, une délégation américaine conduite par la générale Laura Richardson a séjourné en Équateur.\n"
    )
    meetings = [e for e in event_list(nlp, text) if e.type == "HIGH_LEVEL_MEETING"]
    assert [(e.date_start, e.date_end) for e in meetings] == [("2024-01-22", "2024-01-25")]


def test_a_signing_describing_the_agreement_concluded_dates_it(nlp):
    text = (
        "Le gouvernement de Guillermo Lasso avait conclu avec Washington un accord sur le statut des forces "
        "(SOFA), signé le 6 octobre 2023 par le chancelier Gustavo Manrique."
    )
    assert events_of(nlp, text)[("DEFENSE_AGREEMENT", ("ECU", "USA"))].date_start == "2023-10-06"
    text = (
        "Washington, de son côté, s’appuie sur l’accord de coopération de défense ratifié par le Parlement ghanéen "
        "en mars 2018, malgré le boycott de l’opposition."
    )
    agreements = [e for e in event_list(nlp, text) if e.type == "DEFENSE_AGREEMENT"]
    assert [(e.participant_keys, e.date_start) for e in agreements] == [(("GHA", "USA"), "2018-03")]


def test_shared_maintenance_is_industrial_cooperation(nlp):
    text = "La Norvège et l’Allemagne ont convenu que la maintenance de leurs sous-marins serait mutualisée."
    event = events_of(nlp, text)[("DEFENSE_INDUSTRY", ("DEU", "NOR"))]
    assert event.status == "planned"


def test_what_a_text_provides_is_not_dated_by_its_signing(nlp):
    text = (
        "Le 15 juin 2023, au Kremlin, Abdelmadjid Tebboune et Vladimir Poutine ont signé une déclaration de "
        "partenariat stratégique approfondi, qui prévoit de multiplier les exercices communs entre l’Algérie et la "
        "Russie."
    )
    exercises = [e for e in event_list(nlp, text) if e.type == "JOINT_EXERCISE"]
    assert exercises and all(e.status == "planned" and e.date_start == "" for e in exercises)
    # a plan dated in its own clause keeps its date
    text = "Dès 2027, des sous-marins américains doivent effectuer des rotations depuis la base de Stirling."
    assert [e.date_start for e in event_list(nlp, text) if e.type == "MILITARY_PRESENCE"] == ["2027"]


def test_near_a_capital_is_in_its_state(nlp):
    for where in ("près de Caracas", "près de la capitale vénézuélienne"):
        text = f"En décembre 2018, deux bombardiers stratégiques russes Tu-160 s’étaient posés {where}."
        assert set(events_of(nlp, text)) == {("MILITARY_PRESENCE", ("RUS", "VEN"))}


def test_where_a_state_agency_is_from_takes_no_part(nlp):
    text = (
        "En janvier 2023, l’agence sud-coréenne des acquisitions de défense (DAPA) et le Tawazun Council émirien "
        "ont signé un protocole d’accord sur la coopération dans l’industrie de défense."
    )
    found = events_of(nlp, text)
    assert ("DEFENSE_AGREEMENT", ("DAPA", "TAWAZUN_COUNCIL")) in found
    assert not any("KOR" in keys or "ARE" in keys for _, keys in found)


def test_what_an_event_is_about_is_no_party_to_it(nlp):
    text = (
        "Le 26 février 2024, lors de la conférence de soutien à l’Ukraine réunie à Paris par le président "
        "français, Emmanuel Macron, Prague a présenté son initiative."
    )
    assert {keys for kind, keys in events_of(nlp, text) if kind == "HIGH_LEVEL_MEETING"} == {("CZE", "FRA")}
    # warships and security forces are no topic
    text = "Le Pakistan n'a pas autorisé le déploiement de forces de sécurité chinoises sur son sol."
    assert ("MILITARY_PRESENCE", ("CHN", "PAK")) in events_of(nlp, text)


def test_who_took_part_in_the_exercise_a_relative_clause_names_takes_part(nlp):
    text = (
        "La Géorgie a accueilli en juillet les manœuvres Noble Partner, auxquelles ont pris part 2 500 militaires "
        "de quatorze pays, dont les États-Unis et la Pologne."
    )
    assert ("JOINT_EXERCISE", ("GEO", "POL", "USA")) in events_of(nlp, text)


def test_who_gives_or_sells_what_the_clause_receives_takes_part(nlp):
    found = events_of(nlp, "En février 2024, le Ghana a réceptionné quatre patrouilleurs offerts par la Chine.")
    assert ("ARMS_TRANSFER", ("CHN", "GHA")) in found
    # « auprès de », which the parser ties to the verb above the trigger
    found = events_of(nlp, "Le Ghana envisage d'acquérir des hélicoptères Mi-17 auprès de la Russie.")
    assert found[("ARMS_TRANSFER", ("GHA", "RUS"))].status == "hypothetical"


def test_a_word_of_an_exercise_s_name_tells_no_event_of_its_own(nlp):
    text = (
        "Le Kenya accueille depuis 2015 l'exercice Justified Accord, qui réunit des militaires de plus de vingt "
        "pays africains et américains."
    )
    found = events_of(nlp, text)
    assert not any(kind == "DEFENSE_AGREEMENT" for kind, _ in found)
    # the exercise named right after the trigger is the one it holds, however the parser tied the name
    assert ("JOINT_EXERCISE", ("KEN", "USA")) in found


def test_trainers_train(nlp):
    found = events_of(nlp, "Depuis 2023, des formateurs chinois encadrent les cadets de l'armée kényane.")
    assert ("TRAINING", ("CHN", "KEN")) in found
    # military personnel are context enough for a course
    found = events_of(nlp, "Des personnels mauriciens ont suivi des stages de parachutisme en France.")
    assert ("TRAINING", ("FRA", "MUS")) in found


def test_military_observers_are_officers_not_an_observer_status(nlp):
    text = (
        "Depuis l’envoi de ses deux premiers observateurs militaires en 2002, la Mongolie a fourni des Casques "
        "bleus à de nombreuses opérations."
    )
    assert not any(kind == "MEMBERSHIP" for kind, _ in events_of(nlp, text))
    text = (
        "La Mongolie se contente, depuis 2004, d’un statut d’observateur à l’Organisation de coopération de Shanghai."
    )
    assert ("MEMBERSHIP", ("MNG", "SCO")) in events_of(nlp, text)


def test_troops_withdrawn_leave_no_grouping(nlp):
    text = "Le retrait programmé des Casques bleus place l’armée libanaise face à un défi considérable."
    found = events_of(nlp, text)
    assert ("MILITARY_PRESENCE", ("LBN", "UN")) in found
    assert not any(kind == "MEMBERSHIP" for kind, _ in found)
    assert ("MEMBERSHIP", ("ECOWAS", "NER")) in events_of(nlp, "Le Niger s'est retiré de la CEDEAO en janvier 2024.")


def test_a_named_operation_taken_part_in_is_a_presence_not_an_exercise(nlp):
    assert (
        events_of(nlp, "Les Vingt-Sept ont lancé l’opération Aspides le 19 février 2024.")[
            ("MILITARY_PRESENCE", ("EU",))
        ].date_start
        == "2024-02-19"
    )
    found = events_of(nlp, "L'Italie a rejoint l'opération Prosperity Guardian en décembre 2023.")
    assert ("MILITARY_PRESENCE", ("ITA", "USA")) in found
    assert not any(kind == "JOINT_EXERCISE" for kind, _ in found)
    # a state's own operation at home is no presence; an exercise stays an exercise
    assert not events_of(nlp, "Le Bénin a lancé en janvier 2022 l'opération Mirador dans son septentrion.")
    found = events_of(nlp, "Les militaires philippins et américains ont pris part à Balikatan en avril 2024.")
    assert ("JOINT_EXERCISE", ("PHL", "USA")) in found


def test_forces_at_a_known_base_abroad_are_hosted_by_its_state(nlp):
    text = "Depuis 2019, des forces américaines sont de nouveau stationnées sur la base aérienne Prince-Sultan."
    assert events_of(nlp, text)[("MILITARY_PRESENCE", ("SAU", "USA"))].place == "base aérienne Prince-Sultan"
    assert ("MILITARY_PRESENCE", ("ITA", "USA")) in events_of(nlp, "L'US Air Force stationne des F-16 à Aviano.")


def test_a_regional_mission_stands_for_its_organisation_in_its_host_state(nlp):
    found = events_of(nlp, "La SAMIDRC a achevé son retrait en mars 2025.")
    assert found[("MILITARY_PRESENCE", ("COD", "SADC"))].status == "negated"


def test_the_first_equipment_arriving_is_a_delivery_to_the_state_it_arrives_in(nlp):
    found = events_of(nlp, "Les premiers K2 et K9 ont débarqué dans le port de Gdynia en décembre 2022.")
    assert found[("ARMS_TRANSFER", ("KOR", "POL"))].date_start == "2022-12"
    # troops arriving, or aircraft on a visit, are no delivery
    text = "Au Burkina Faso, une centaine de militaires de l’Africa Corps sont arrivés à Ouagadougou en janvier."
    assert not any(kind == "ARMS_TRANSFER" for kind, _ in events_of(nlp, text))
    text = "En décembre 2018, deux bombardiers stratégiques russes Tu-160 s’étaient posés à l’aéroport de Caracas."
    assert not any(kind == "ARMS_TRANSFER" for kind, _ in events_of(nlp, text))


def test_a_participating_state_is_a_member(nlp):
    text = "En novembre 2012, la Mongolie est devenue le 57e État participant de l’OSCE."
    assert events_of(nlp, text)[("MEMBERSHIP", ("MNG", "OSCE"))].date_start == "2012-11"
    # a global partner of NATO holds a status in it, as a participating state does
    text = "En mai 2017, la Colombie est devenue le premier partenaire mondial de l'OTAN en Amérique latine."
    assert events_of(nlp, text)[("MEMBERSHIP", ("COL", "NATO"))].date_start == "2017-05"


def test_states_a_place_lies_between_take_no_part(nlp):
    text = (
        "Coincés entre l’Iran, l’Irak et l’Arabie saoudite, deux petits émirats du Golfe ont fait depuis une décennie "
        "le même pari : multiplier les fournisseurs d’avions de combat pour multiplier les alliés."
    )
    assert not events_of(nlp, text)
    assert ("DEFENSE_AGREEMENT", ("FRA", "IND")) in events_of(nlp, "Un accord a été signé entre la France et l'Inde.")


def test_the_summit_an_event_is_in_the_margin_of_takes_no_part(nlp):
    text = (
        "Le 16 mai, en marge du sommet du Conseil de l’Europe à Reykjavik, le Premier ministre britannique Rishi "
        "Sunak et son homologue néerlandais Mark Rutte se sont rencontrés."
    )
    event = events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("GBR", "NLD"))]
    assert event.place == "Reykjavik"


def test_a_company_named_after_its_nationality_as_a_noun_brings_no_state(nlp):
    text = "L’allemand Rheinmetall, qui produit déjà ses blindés Boxer dans le Queensland, n’a pas obtenu le contrat."
    assert "DEU" not in parties_in(nlp, text)


def test_a_company_after_a_capitalised_demonym_is_the_seller(nlp):
    text = "Le 28 mars 2024, l’Italien Fincantieri a vendu deux patrouilleurs hauturiers à l’Indonésie."
    assert set(events_of(nlp, text)) == {("ARMS_TRANSFER", ("FINCANTIERI", "IDN"))}


def test_an_order_and_a_delivery_with_dates_of_their_own_are_two_steps(nlp):
    events = [
        e
        for e in event_list(nlp, "Le Maroc a acheté à la France une frégate, commandée en 2007 et livrée en 2014.")
        if e.type == "ARMS_TRANSFER"
    ]
    assert sorted((e.participant_keys, e.date_start) for e in events) == [
        (("FRA", "MAR"), "2007"),
        (("FRA", "MAR"), "2014"),
    ]
    # one date, one fact
    events = event_list(nlp, "Le Maroc a acheté à la France une frégate, livrée en 2014.")
    assert [(e.type, e.date_start) for e in events] == [("ARMS_TRANSFER", "2014")]


def test_a_bare_year_of_an_earlier_paragraph_does_not_date_a_day(nlp):
    head = "Le Canada et ses alliés\nPublié le 10 juillet 2025\n\n"
    earlier = "Ottawa a engagé en 2024 des discussions avec Washington sur le pacte AUKUS.\n\n"
    told = (
        "Le 23 juin, à Bruxelles, le Canada et l'Union européenne ont signé un partenariat de sécurité et de défense."
    )
    agreement = next(e for e in dated_events(nlp, head + earlier + told) if e.type == "DEFENSE_AGREEMENT")
    assert agreement.date_start == "2025-06-23"
    # in the same paragraph, the year told carries the story on
    agreement = next(e for e in dated_events(nlp, head + earlier.strip() + " " + told) if e.type == "DEFENSE_AGREEMENT")
    assert agreement.date_start == "2024-06-23"


def test_a_status_named_by_what_it_is_not_is_no_event(nlp):
    text = "En 2019, Washington a désigné le Brésil comme allié majeur non membre de l'OTAN."
    assert not any(event_type == "MEMBERSHIP" for event_type, _ in events_of(nlp, text))
    assert ("MEMBERSHIP", ("BRA", "NATO")) in events_of(nlp, "Le Brésil est membre de l'OTAN.")


def test_a_state_acting_on_anothers_accession_makes_one_event(nlp):
    found = events_of(nlp, "La Turquie a fini par ratifier le protocole d'adhésion de la Suède à l'OTAN.")
    assert ("MEMBERSHIP", ("NATO", "SWE", "TUR")) in found
    assert ("MEMBERSHIP", ("NATO", "TUR")) not in found


def test_the_possessive_of_an_accession_is_the_subject_of_the_sentence_before(nlp):
    found = events_of(
        nlp,
        "Ni l’Estonie ni la Lettonie ne disposent d’avions de combat. Depuis leur adhésion à l’OTAN en 2004, "
        "leur ciel est surveillé par des chasseurs alliés.",
    )
    assert found[("MEMBERSHIP", ("EST", "NATO"))].date_start == "2004"
    assert found[("MEMBERSHIP", ("LVA", "NATO"))].date_start == "2004"


def test_a_former_company_name_is_its_successor(nlp):
    found = events_of(nlp, "Début février 2022, l’Égypte a signé avec Hanwha Defense un contrat pour des obusiers K9.")
    assert ("ARMS_TRANSFER", ("EGY", "HANWHA_AEROSPACE")) in found


def test_a_standing_relation_and_a_dated_delivery_are_two_facts(nlp):
    events = event_list(
        nlp,
        "Les États-Unis restent un fournisseur important du Nigeria : Washington lui a livré en 2021 douze "
        "avions d'attaque légère A-29 Super Tucano.",
    )
    assert sorted((e.type, e.participant_keys, e.date_start) for e in events) == [
        ("ARMS_TRANSFER", ("NGA", "USA"), ""),
        ("ARMS_TRANSFER", ("NGA", "USA"), "2021"),
    ]


def test_an_agreement_described_with_its_date_is_one_agreement(nlp):
    events = event_list(nlp, "La Pologne a signé un accord de défense avec la Corée du Sud, un accord conclu en 2022.")
    assert [(e.type, e.participant_keys) for e in events] == [("DEFENSE_AGREEMENT", ("KOR", "POL"))]


def test_a_noun_opening_the_sentence_describes_its_subject(nlp):
    found = events_of(nlp, "Membre fondateur de l’OTAN en 1949, l’Islande est le seul allié dépourvu de forces armées.")
    assert found[("MEMBERSHIP", ("ISL", "NATO"))].date_start == "1949"
    # the description names no party and no date of the event told after it
    found = events_of(nlp, "Allié de Washington depuis 1952, Ankara a acheté des S-400 à la Russie.")
    assert list(found) == [("ARMS_TRANSFER", ("RUS", "TUR"))]
    assert found[("ARMS_TRANSFER", ("RUS", "TUR"))].date_start == ""
    # a sentence opening on a date is no description
    found = events_of(nlp, "Fin juillet, le chef d’état-major algérien s’est rendu à Moscou.")
    assert found[("HIGH_LEVEL_MEETING", ("DZA", "RUS"))]
    # nor does the clause after it lend its parties, date or place to what the description tells
    found = events_of(
        nlp, "Membre de l’OTAN depuis 2004, la Roumanie accueille depuis 2016 une base américaine à Deveselu."
    )
    assert ("MEMBERSHIP", ("NATO", "ROU", "USA")) not in found
    membership = found[("MEMBERSHIP", ("NATO", "ROU"))]
    assert (membership.date_start, membership.place) == ("2004", "")
    assert found[("MILITARY_PRESENCE", ("ROU", "USA"))].date_start == "2016"


def test_the_kingdom_after_au_is_the_kingdom_named_before(nlp):
    found = events_of(
        nlp,
        "L'Arabie saoudite a reçu Donald Trump en mai 2025. La Maison Blanche a annoncé des ventes d’armes au royaume.",
    )
    assert ("ARMS_TRANSFER", ("SAU", "USA")) in found


def test_the_city_of_a_summit_is_no_party_nor_host(nlp):
    found = events_of(
        nlp,
        "Le 10 juillet 2023, à la veille du sommet de Vilnius, Justin Trudeau et son homologue letton, Krišjānis "
        "Kariņš, ont signé une feuille de route pour porter la brigade à 3 500 soldats.",
    )
    assert ("DEFENSE_AGREEMENT", ("CAN", "LVA")) in found
    assert not any("LTU" in participants for _, participants in found)


def test_forme_after_a_first_verb_and_past_an_aside_is_the_verb(nlp):
    found = events_of(nlp, "L’Italie entretient un hôpital militaire à Misrata et forme des garde-côtes libyens.")
    assert ("TRAINING", ("ITA", "LBY")) in found
    found = events_of(nlp, "Rome forme également des militaires libanais.")
    assert ("TRAINING", ("ITA", "LBN")) in found


def test_a_production_line_opened_together_is_industrial_cooperation(nlp):
    found = events_of(
        nlp, "En mai 2023, Saab et Embraer ont inauguré à Gavião Peixoto une ligne de production d'avions de combat."
    )
    assert found[("DEFENSE_INDUSTRY", ("EMBRAER", "SAAB"))].date_start == "2023-05"


def test_a_name_the_parser_made_a_verb_is_still_the_subject_before_its_reflexive_verb(nlp):
    found = events_of(nlp, "En juillet 2024, le Premier ministre Narendra Modi s’est rendu en Russie.")
    assert found[("HIGH_LEVEL_MEETING", ("IND", "RUS"))].date_start == "2024-07"


def test_a_tour_of_a_leader_is_a_visit_to_each_state_toured(nlp):
    found = events_of(
        nlp, "En mars 2025, le président ghanéen John Dramani Mahama a effectué une tournée au Mali et au Niger."
    )
    assert {key for key in found if key[0] == "HIGH_LEVEL_MEETING"} == {
        ("HIGH_LEVEL_MEETING", ("GHA", "MLI")),
        ("HIGH_LEVEL_MEETING", ("GHA", "NER")),
    }
    assert found[("HIGH_LEVEL_MEETING", ("GHA", "NER"))].date_start == "2025-03"


@pytest.mark.parametrize(
    "text, visits",
    [
        (
            "Le ministre indien de la Défense s'est rendu au Kenya puis en Tanzanie en juin 2024.",
            {("IND", "KEN"), ("IND", "TZA")},
        ),
        ("Emmanuel Macron a visité le Kazakhstan et l'Ouzbékistan en novembre 2023.", {("FRA", "KAZ"), ("FRA", "UZB")}),
        # the talks « au cœur des entretiens » are those of the visits, not one more meeting with all of them
        (
            "Le président ghanéen a effectué une tournée au Mali, au Niger et au Burkina Faso, où la lutte contre "
            "le terrorisme a figuré au cœur des entretiens.",
            {("GHA", "MLI"), ("GHA", "NER"), ("BFA", "GHA")},
        ),
        # travellers together to one place make one meeting
        (
            "Le président sénégalais et le Premier ministre espagnol se sont rendus en Mauritanie le 8 février 2024.",
            {("ESP", "MRT", "SEN")},
        ),
    ],
)
def test_a_visit_to_several_states_is_one_visit_to_each(nlp, text, visits):
    found = events_of(nlp, text)
    assert {parties for kind, parties in found if kind == "HIGH_LEVEL_MEETING"} == visits


def test_a_sentence_naming_no_actor_goes_on_with_the_deal_the_paragraph_told(nlp):
    events = event_list(
        nlp, "En 2018, l'Inde a commandé à la Russie cinq systèmes S-400. Les livraisons ont commencé fin 2021."
    )
    assert sorted((e.type, e.participant_keys, e.date_start) for e in events) == [
        ("ARMS_TRANSFER", ("IND", "RUS"), "2018"),
        ("ARMS_TRANSFER", ("IND", "RUS"), "2021"),
    ]


def test_trained_by_a_service_named_force_is_training_not_making_up_a_force(nlp):
    found = events_of(nlp, "Les pilotes nigérians avaient été formés pendant un an par l'US Air Force.")
    assert ("TRAINING", ("NGA", "USA")) in found
    # still: soldiers forming a brigade are not trained
    found = events_of(nlp, "Ses soldats forment, avec les Tanzaniens et les Malawiens, la Brigade d’intervention.")
    assert not any(kind == "TRAINING" for kind, _ in found)


def test_a_base_handed_back_or_a_call_declined_is_a_presence_denied(nlp):
    found = events_of(nlp, "Le 30 janvier, la France a restitué sa dernière base militaire au Tchad.")
    assert found[("MILITARY_PRESENCE", ("FRA", "TCD"))].status == "negated"
    found = events_of(
        nlp,
        "Fin janvier 2023, le gouvernement brésilien avait décliné la demande d’escale de deux navires de guerre "
        "iraniens.",
    )
    assert found[("MILITARY_PRESENCE", ("BRA", "IRN"))].status == "negated"


def test_a_leader_s_trip_is_a_visit_but_moving_troops_is_none(nlp):
    found = events_of(
        nlp,
        "Les patrouilleurs ont été remis en juin 2022 par le ministre indien de la Défense, Rajnath Singh, lors "
        "d'un déplacement au Vietnam.",
    )
    assert found[("HIGH_LEVEL_MEETING", ("IND", "VNM"))].date_start == "2022-06"
    found = events_of(nlp, "Le président russe a ordonné le déplacement de troupes vers la Biélorussie.")
    assert not [key for key in found if key[0] == "HIGH_LEVEL_MEETING"]


def test_an_army_named_by_its_own_name_stands_for_its_state(nlp):
    found = events_of(nlp, "Dans les airs, la Tatmadaw a commandé en 2015 à Moscou des avions d'entraînement Yak-130.")
    assert found[("ARMS_TRANSFER", ("MMR", "RUS"))].date_start == "2015"


def test_a_named_exercise_described_in_apposition_is_the_exercise_taken_part_in(nlp):
    found = events_of(
        nlp,
        "Les forces spéciales nigérianes participent régulièrement à Flintlock, l'exercice annuel organisé par "
        "le commandement américain pour l'Afrique (Africom).",
    )
    assert ("JOINT_EXERCISE", ("NGA", "USA")) in found


def test_the_founding_of_an_exercise_is_not_the_date_of_its_edition(nlp):
    events = event_list(
        nlp,
        "En septembre 2024, la marine chilienne a accueilli la 65e édition d'UNITAS, le plus ancien exercice "
        "maritime multinational au monde, créé en 1959 et organisé chaque année avec les forces navales du "
        "Commandement Sud. Du 2 au 12 septembre, plus de 4 300 militaires ont manœuvré au large de Valparaíso.",
    )
    # the days within the month told before are that edition told more precisely: one row, the finer date
    assert [(e.type, e.participant_keys, e.date_start, e.date_end, e.place) for e in events] == [
        ("JOINT_EXERCISE", ("CHL", "USA"), "2024-09-02", "2024-09-12", "Valparaíso")
    ]


def test_an_object_relative_read_as_a_conjunction_still_refers_to_the_noun_before(nlp):
    found = events_of(
        nlp, "Avec l'OTAN, le lien passe par le Partenariat pour la paix, que l'Irlande a rejoint en 1999."
    )
    assert found[("MEMBERSHIP", ("IRL", "NATO"))].date_start == "1999"


def test_what_a_signed_agreement_provides_for_is_between_its_parties(nlp):
    found = events_of(
        nlp,
        "Le 23 février 2024, le Premier ministre suédois Ulf Kristersson est venu à Budapest signer avec Viktor "
        "Orbán un accord prévoyant l'achat de quatre Gripen supplémentaires.",
    )
    assert found[("DEFENSE_AGREEMENT", ("HUN", "SWE"))].status == "occurred"
    purchase = found[("ARMS_TRANSFER", ("HUN", "SWE"))]
    assert (purchase.status, purchase.date_start) == ("occurred", "2024-02-23")


def test_a_tour_sets_the_scene_and_its_traveller_is_named_by_title_and_name(nlp):
    found = events_of(
        nlp,
        "Début février 2024, lors d'une tournée du ministre de la Défense Shin Won-sik aux Émirats, en Arabie "
        "saoudite et au Qatar, Séoul a levé le secret sur un contrat signé en novembre 2023 : Riyad a commandé à "
        "LIG Nex1 dix batteries de Cheongung II.",
    )
    meetings = {parties for kind, parties in found if kind == "HIGH_LEVEL_MEETING"}
    assert meetings == {("ARE", "KOR"), ("KOR", "SAU"), ("KOR", "QAT")}
    # the states toured take no part in the contract told on the way
    assert {parties for kind, parties in found if kind == "ARMS_TRANSFER"} == {("LIG_NEX1", "SAU")}


def test_counterparts_met_one_after_the_other_are_two_meetings(nlp):
    found = events_of(
        nlp,
        "Prabowo Subianto a multiplié les voyages. Le 30 juillet 2024, il rencontrait Recep Tayyip Erdoğan à "
        "Ankara, puis, le lendemain, Vladimir Poutine à Moscou.",
    )
    assert {parties for kind, parties in found if kind == "HIGH_LEVEL_MEETING"} == {("IDN", "TUR"), ("IDN", "RUS")}
    # Ankara is where the other one was met
    assert found[("HIGH_LEVEL_MEETING", ("IDN", "RUS"))].place != "Ankara"
    # met together, they are one meeting
    found = events_of(nlp, "Le président français a reçu Narendra Modi et Anthony Albanese.")
    assert {parties for kind, parties in found if kind == "HIGH_LEVEL_MEETING"} == {("AUS", "FRA", "IND")}


@pytest.mark.parametrize(
    "text, parties",
    [
        # a visited capital stands for its state
        (
            "En avril 2017, lors d'une visite de Sheikh Hasina à New Delhi, les deux pays ont signé un protocole "
            "d'accord sur la coopération de défense.",
            ("BGD", "IND"),
        ),
        # the state whose leader is named, and the one the text is about
        (
            "L'Indonésie diversifie ses fournisseurs. Jakarta a commandé deux sous-marins à Naval Group ; le même "
            "jour, l'Italien Fincantieri lui vendait deux patrouilleurs. Lors de la visite d'Emmanuel Macron, en "
            "mai dernier, les deux pays ont signé un accord de défense.",
            ("FRA", "IDN"),
        ),
    ],
)
def test_the_two_countries_of_a_visit(nlp, text, parties):
    assert ("DEFENSE_AGREEMENT", parties) in events_of(nlp, text)


def test_with_one_state_named_the_state_of_the_place_the_act_happens_in_is_the_other_side(nlp):
    text = (
        "En janvier 2018, le ministre russe de la Défense, Sergueï Choïgou, avait annoncé à Naypyidaw la vente "
        "de six chasseurs Su-30SME. Les deux premiers appareils sont arrivés en 2022."
    )
    found = event_list(nlp, text)
    sales = [e for e in found if e.type == "ARMS_TRANSFER"]
    assert [e.participant_keys for e in sales] == [("MMR", "RUS"), ("MMR", "RUS")]
    assert sales[0].method.endswith("+place") and sales[0].confidence < 0.8
    # a place of a setting is not where the act happens (« après l'annexion de la Crimée »)
    text = (
        "Paris a revendu au Caire deux porte-hélicoptères Mistral construits pour la Russie, dont la France "
        "avait renoncé à la livraison après l'annexion de la Crimée."
    )
    assert "UKR" not in parties_in(nlp, text)
    # an agreement signed in a capital by one side is signed with that capital's state
    text = (
        "Le 2 octobre 2020, le secrétaire à la Défense Mark Esper avait signé à Rabat une feuille de route de "
        "coopération militaire pour la décennie."
    )
    agreements = [e for e in event_list(nlp, text) if e.type == "DEFENSE_AGREEMENT"]
    assert [e.participant_keys for e in agreements] == [("MAR", "USA")]
    assert agreements[0].method.endswith("+place")


def test_equipment_handed_on_is_an_arms_transfer(nlp):
    text = "En 2023, la Pologne a transmis à l'Ukraine du matériel militaire soviétique."
    assert ("ARMS_TRANSFER", ("POL", "UKR")) in events_of(nlp, text)
    text = "En octobre 2020, New Delhi a transféré à la marine birmane un sous-marin de la classe Kilo."
    assert ("ARMS_TRANSFER", ("IND", "MMR")) in events_of(nlp, text)
    text = "Le Brésil a racheté au Royaume-Uni trois frégates de type 22 en 1995."
    assert ("ARMS_TRANSFER", ("BRA", "GBR")) in events_of(nlp, text)
    # a command centre moved is no transfer of arms
    text = (
        "La base d'Al-Udeid héberge le centre d'opérations aériennes américain, transféré d'Arabie saoudite en "
        "2003, et ses chasseurs."
    )
    assert not parties_of(events_of(nlp, text), "ARMS_TRANSFER")


def test_neither_nor_denies_what_both_did(nlp):
    text = "Ni l'Arabie saoudite ni les Émirats arabes unis n'ont adhéré à l'OTAN."
    for parties in (("ARE", "NATO"), ("NATO", "SAU")):
        event = events_of(nlp, text)[("MEMBERSHIP", parties)]
        assert (event.status, event.status_cue) == ("negated", "Ni … ne")
    # « ne … que » restricts, it does not deny
    assert (
        events_of(nlp, "L'Inde n'a acheté à la Russie que des S-400.")[("ARMS_TRANSFER", ("IND", "RUS"))].status
        == "occurred"
    )


def test_a_reflexive_clitic_after_an_apposed_name_still_has_the_names_before_it_for_subject(nlp):
    text = (
        "Les forces régionales se sont succédé sans réduire l’emprise du M23. Kinshasa mise à présent sur la "
        "voie diplomatique : le 18 mars dernier, Félix Tshisekedi et son homologue rwandais, Paul Kagame, se "
        "sont rencontrés à Doha sous l’égide de l’émir du Qatar."
    )
    assert ("HIGH_LEVEL_MEETING", ("COD", "QAT", "RWA")) in events_of(nlp, text)


def test_ships_manoeuvring_together_hold_a_joint_exercise(nlp):
    text = (
        "En novembre 2021, des bâtiments américains, israéliens, émiratis et bahreïnis avaient déjà manœuvré "
        "ensemble en mer Rouge."
    )
    event = events_of(nlp, text)[("JOINT_EXERCISE", ("ARE", "BHR", "ISR", "USA"))]
    assert event.date_start == "2021-11"


def test_doing_in_turn_what_was_told_is_the_same_deal_with_a_new_subject(nlp):
    text = (
        "L'Estonie a commandé six lanceurs HIMARS aux États-Unis en décembre 2022. La Lettonie a commandé à son "
        "tour six lanceurs le 20 décembre 2023, pour 179,8 millions de dollars."
    )
    event = events_of(nlp, text)[("ARMS_TRANSFER", ("LVA", "USA"))]
    assert (event.method, event.date_start) == ("rule:in-turn", "2023-12-20")
    # a partner named in the clause is the partner
    text = (
        "Riyad a signé avec Séoul un protocole d'accord de coopération de défense. En septembre 2024, l'Irak a "
        "signé à son tour avec LIG Nex1 pour le même système."
    )
    assert not any(parties == ("IRQ", "KOR") for _, parties in events_of(nlp, text))


def test_a_leader_attending_abroad_visits_a_state_attending_does_not(nlp):
    text = (
        "Le 27 mars 2021, le vice-ministre russe de la Défense, Alexandre Fomine, assistait au défilé de la "
        "journée des forces armées à Naypyidaw."
    )
    assert events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("MMR", "RUS"))].date_start == "2021-03-27"
    text = (
        "Malé a accueilli l'exercice Dosti avec les garde-côtes de l'Inde et du Sri Lanka ; le Bangladesh y "
        "assistait pour la première fois en observateur."
    )
    assert not any(kind == "HIGH_LEVEL_MEETING" for kind, _ in events_of(nlp, text))


def test_the_two_navies_are_the_partner_just_named_and_the_state_the_text_is_about(nlp):
    text = (
        "Chili et Pérou : des marines tournées vers le large\n\n"
        "Le Chili a modernisé sa flotte avec des frégates achetées au Royaume-Uni. Le Chili a aussi acheté des "
        "chars au Pérou.\n\n"
        "L'Antarctique reste un terrain de coopération privilégié, surtout avec l'Argentine. Du 15 novembre "
        "2024 au 31 mars 2025, les deux marines ont conduit la 27e Patrouille antarctique navale combinée."
    )
    event = events_of(nlp, text)[("JOINT_EXERCISE", ("ARG", "CHL"))]
    assert (event.date_start, event.date_end) == ("2024-11-15", "2025-03-31")
    # the state named before « les deux marines » in its own sentence
    text = (
        "Singapour : une défense aux partenaires multiples\n\n"
        "Singapour achète ses chasseurs aux États-Unis. Singapour entraîne ses pilotes en France.\n\n"
        "Avec l'Inde, le lien est avant tout naval : les deux marines mènent depuis 1994 des exercices conjoints."
    )
    assert ("JOINT_EXERCISE", ("IND", "SGP")) in events_of(nlp, text)
    # not an adversary named before them, when the paragraph named the pair
    text = (
        "Tokyo et New Delhi ont renforcé leur relation de défense. Inquiets de l'affirmation militaire "
        "chinoise, les deux pays ont signé un accord de coopération militaire."
    )
    assert ("DEFENSE_AGREEMENT", ("IND", "JPN")) in events_of(nlp, text)


def test_helping_a_state_s_forces_is_security_assistance(nlp):
    text = "New Delhi a promis d'aider les forces maldiviennes à renforcer leurs capacités de surveillance."
    assert ("SECURITY_ASSISTANCE", ("IND", "MDV")) in events_of(nlp, text)


def test_forces_at_a_place_in_no_other_state_known_are_no_presence(nlp):
    text = "Les États-Unis stationnent des appareils de leur armée de l’air sur la base aérienne de Kamina."
    assert not events_of(nlp, text)
    # a base the gazetteer places is in its state
    text = "Les États-Unis stationnent des appareils de leur armée de l’air sur la base aérienne d’Al-Dhafra."
    assert ("MILITARY_PRESENCE", ("ARE", "USA")) in events_of(nlp, text)
    text = "Le 13 octobre, les trois premiers F-35A belges basés au pays s’étaient posés à Florennes."
    assert not any(kind == "MILITARY_PRESENCE" for kind, _ in events_of(nlp, text))
    # an organisation's named operation says where it is
    text = "Le 19 février 2024, l’UE a lancé l’opération Aspides, au mandat défensif."
    assert ("MILITARY_PRESENCE", ("EU",)) in events_of(nlp, text)


def test_armies_exchanging_data_share_intelligence(nlp):
    text = "Depuis 2023, les marines française et indienne échangent des informations sur le trafic maritime."
    assert ("INTELLIGENCE_SHARING", ("FRA", "IND")) in events_of(nlp, text)


def test_two_states_joined_by_et_are_both_the_subject_when_the_parser_splits_them(nlp):
    # the parser makes « L'Australie » the head of the sentence and the verb its conjunct
    text = "L'Australie et l'Indonésie ont signé un accord de défense en août 2024."
    assert ("DEFENSE_AGREEMENT", ("AUS", "IDN")) in events_of(nlp, text)


def test_a_recipient_the_parser_tied_to_a_bare_participle_is_the_recipient(nlp):
    # the parser ties « au Qatar » to « armés »
    assert ("ARMS_TRANSFER", ("EGY", "QAT")) in events_of(nlp, "L'Égypte a livré des drones armés au Qatar en 2023.")
    # a participle with a complement of its own keeps it (« achetés au Danemark » is the seller)
    found = events_of(nlp, "La Turquie a vendu au Qatar des drones fabriqués par Baykar.")
    assert ("ARMS_TRANSFER", ("QAT", "TUR")) in found


def test_a_verb_read_as_a_noun_before_a_date(nlp):
    # the model reads « forme » as the noun; « depuis 2020 » stands between it and its object
    text = "L'Égypte forme depuis 2020 des pilotes de l'armée de l'air du Qatar."
    assert ("TRAINING", ("EGY", "QAT")) in events_of(nlp, text)


def test_between_one_and_the_other_when_the_parser_makes_the_other_a_subject(nlp):
    # the parser makes « l'Italie » the subject of « prévoit »
    text = "Signé en mars 2024, l'accord de défense entre les États-Unis et l'Italie prévoit des échanges d'officiers."
    event = events_of(nlp, text)[("DEFENSE_AGREEMENT", ("ITA", "USA"))]
    # what the agreement provides for is planned; the agreement itself was signed
    assert event.status == "occurred"


def test_meeting_an_unnamed_counterpart_in_a_capital_is_meeting_its_state(nlp):
    text = "À Pékin, le ministre japonais de la Défense a rencontré son homologue le 4 mai 2024."
    event = events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("CHN", "JPN"))]
    assert event.method.endswith("+place")


def test_two_subjects_the_parser_gives_one_verb_are_both_parties(nlp):
    # the parser makes both names subjects of « vont »
    text = "La Roumanie et l'Égypte vont produire ensemble des drones militaires."
    assert ("DEFENSE_INDUSTRY", ("EGY", "ROU")) in events_of(nlp, text)


def test_a_future_the_model_tags_as_a_present_is_planned(nlp):
    text = "La France et la Chine organiseront un exercice naval conjoint en 2026."
    assert events_of(nlp, text)[("JOINT_EXERCISE", ("CHN", "FRA"))].status == "planned"


def test_what_an_actor_is_to_another_in_an_apposition_takes_no_part(nlp):
    text = "Le Brésil, allié du Royaume-Uni, a livré des drones à l'Espagne."
    assert set(events_of(nlp, text)) == {("ARMS_TRANSFER", ("BRA", "ESP"))}


def test_who_condemns_an_event_takes_no_part_in_it(nlp):
    text = "Le Royaume-Uni a condamné le déploiement de troupes russes au Mali."
    assert set(events_of(nlp, text)) == {("MILITARY_PRESENCE", ("MLI", "RUS"))}


@pytest.mark.parametrize(("between", "expected"), [(" ", "2022-07-06"), ("\n\n", "2025-07-06")])
def test_a_date_long_before_in_another_paragraph_does_not_set_the_year_of_a_day(nlp, between, expected):
    text = (
        "Publié le 15 septembre 2025\n\n"
        "En juin 2022, la ministre de la Défense, Anita Anand, a présenté un plan de modernisation du NORAD."
        f"{between}Reçu par le président américain le 6 juillet, le Premier ministre canadien a évoqué le bouclier."
    )
    [meeting] = [e for e in dated_events(nlp, text) if e.type == "HIGH_LEVEL_MEETING"]
    assert (meeting.participant_keys, meeting.date_start) == (("CAN", "USA"), expected)


def test_a_sentence_telling_only_a_year_sets_the_time_of_the_story(nlp):
    text = (
        "Publié le 23 septembre 2025\n\n"
        "Tout commence en 2017. Réunis à Bruxelles le 29 juin, les ministres français et belge signent une "
        "déclaration d'intention engageant leurs deux armées de terre dans un partenariat stratégique."
    )
    [agreement] = [e for e in dated_events(nlp, text) if e.type == "DEFENSE_AGREEMENT"]
    assert (agreement.participant_keys, agreement.date_start) == (("BEL", "FRA"), "2017-06-29")


def test_a_sentence_told_on_that_occasion_takes_the_date_of_the_one_before(nlp):
    text = (
        "Publié le 18 novembre 2025\n\n"
        "Le 24 janvier 2025, les rebelles du M23 ont pris Goma. Cyril Ramaphosa s’est alors entretenu par "
        "téléphone avec Paul Kagame. En 2015, l’Égypte a acheté des Rafale à la France. Naval Group, alors appelé "
        "DCNS, a par ailleurs fourni quatre corvettes Gowind à l'Égypte."
    )
    assert (("RWA", "ZAF"), "2025-01-24") in dated_pairs(nlp, text, "HIGH_LEVEL_MEETING")
    # « alors appelé »: what the company was called at the time, no time of the story
    assert (("EGY", "NAVAL_GROUP"), "") in dated_pairs(nlp, text, "ARMS_TRANSFER")


def test_a_plan_takes_no_date_from_the_sentence_before(nlp):
    text = (
        "Publié le 18 novembre 2025\n\n"
        "Le 12 mars 2025, le ministre indien de la Défense a rencontré son homologue japonais à Tokyo. "
        "Les deux pays se sont engagés à coproduire des drones de surveillance."
    )
    events = {e.type: e for e in dated_events(nlp, text)}
    assert events["HIGH_LEVEL_MEETING"].date_start == "2025-03-12"
    plan = events["DEFENSE_INDUSTRY"]
    assert (plan.participant_keys, plan.status, plan.date_start) == (("IND", "JPN"), "planned", "")


def test_a_date_in_a_relative_clause_does_not_set_the_time_of_the_story(nlp):
    text = (
        "Publié le 18 novembre 2025\n\n"
        "En mars 2021, le ministre chinois de la Défense a visité la base de Ream, qui avait été rénovée "
        "par les États-Unis en 2010. Le 6 avril suivant, le Cambodge et la Chine ont signé un accord de défense."
    )
    [agreement] = [e for e in dated_events(nlp, text) if e.type == "DEFENSE_AGREEMENT"]
    assert (agreement.participant_keys, agreement.date_start) == (("CHN", "KHM"), "2021-04-06")


@pytest.mark.parametrize(("published", "expected"), [("2 juin 2025", "2025-04-04"), ("2 juin 2013", "2012-04-04")])
def test_a_bare_year_long_before_the_text_is_background_not_the_year_of_a_day(nlp, published, expected):
    text = (
        f"Publié le {published}\n\n"
        "Le port de Gwadar a été concédé à une entreprise chinoise en 2012. "
        "Le 4 avril, le ministre pakistanais de la Défense a rencontré son homologue chinois à Islamabad."
    )
    events = dated_events(nlp, text)
    [meeting] = [e for e in events if e.type == "HIGH_LEVEL_MEETING"]
    assert meeting.participant_keys == ("CHN", "PAK")
    assert meeting.date_start == expected


@pytest.mark.parametrize(
    ("text", "key", "status", "cue"),
    [
        # the model tags these conditionals as imperfects
        (
            "Le ministre a annoncé que le Chili achèterait des frégates à l'Espagne.",
            ("ARMS_TRANSFER", ("CHL", "ESP")),
            "planned",
            "achèterait",
        ),
        (
            "La Grèce achèterait des frégates à la France.",
            ("ARMS_TRANSFER", ("FRA", "GRC")),
            "hypothetical",
            "achèterait",
        ),
        (
            "La Tunisie a décidé d'acquérir des hélicoptères auprès de l'Italie.",
            ("ARMS_TRANSFER", ("ITA", "TUN")),
            "planned",
            "décidé",
        ),
        (
            "Le Japon et l'Inde ont décidé d'organiser un exercice aérien.",
            ("JOINT_EXERCISE", ("IND", "JPN")),
            "planned",
            "décidé",
        ),
        (
            "La Norvège avait accepté de livrer au Maroc des intercepteurs mobiles.",
            ("ARMS_TRANSFER", ("MAR", "NOR")),
            "planned",
            "accepté",
        ),
        # an imperfect in -rait is no conditional (« déclarer », not « déclarerait »)
        (
            "Le Pérou déclarait alors acheter des avions au Brésil.",
            ("ARMS_TRANSFER", ("BRA", "PER")),
            "occurred",
            "",
        ),
    ],
)
def test_conditionals_and_verbs_of_intent_set_the_status(nlp, text, key, status, cue):
    event = events_of(nlp, text)[key]
    assert (event.status, event.status_cue) == (status, cue)


def test_troops_committed_for_a_purpose_are_no_commitment_to_it(nlp):
    text = "La Roumanie a engagé des troupes en Moldavie pour y former l'armée moldave."
    assert events_of(nlp, text)[("TRAINING", ("MDA", "ROU"))].status == "occurred"


def test_the_near_future_is_planned(nlp):
    event = events_of(nlp, "Le Japon va livrer des hélicoptères au Brésil.")[("ARMS_TRANSFER", ("BRA", "JPN"))]
    assert (event.status, event.status_cue) == ("planned", "va")


@pytest.mark.parametrize(("published", "status"), [("2 juin 2025", "planned"), ("2 juin 2026", "occurred")])
def test_a_fact_dated_after_the_text_is_planned(nlp, published, status):
    text = f"Publié le {published}\n\nLa Tunisie et l'Italie mènent un exercice naval conjoint en mars 2026."
    events = dated_events(nlp, text)
    [exercise] = [e for e in events if e.type == "JOINT_EXERCISE"]
    assert exercise.participant_keys == ("ITA", "TUN")
    assert exercise.status == status


def test_a_verb_joined_to_a_relative_clause_has_the_relative_subject(nlp):
    # « qui » is the subject of « déployé » too, and the relative clause says nothing of « doit »'s modality
    text = (
        "Le Canada doit composer avec l'Inde, qui a signé un accord avec la Grèce et déployé des militaires en Grèce."
    )
    event = events_of(nlp, text)[("MILITARY_PRESENCE", ("GRC", "IND"))]
    assert event.status == "occurred"


def test_a_date_the_parser_tied_to_the_object_after_it_is_no_setting(nlp):
    # the parser reads « depuis 2017 une base » as one phrase, as in « depuis la base de Chabelley »
    assert ("MILITARY_PRESENCE", ("BRA", "JPN")) in events_of(nlp, "Le Japon accueille depuis 2017 une base du Brésil.")


@pytest.mark.parametrize("verb", ["maintient", "entretient", "garde", "conserve"])
def test_troops_kept_abroad_are_a_presence(nlp, verb):
    assert ("MILITARY_PRESENCE", ("PRT", "ROU")) in events_of(nlp, f"Le Portugal {verb} des troupes en Roumanie.")


def test_troops_serving_abroad_are_a_presence(nlp):
    found = events_of(nlp, "Des soldats irlandais servent depuis 1999 au Kosovo.")
    assert ("MILITARY_PRESENCE", ("IRL", "XKX")) in found


def test_aircraft_a_site_may_host_are_a_presence(nlp):
    text = "À Maurice, la piste d'Agaléga pourrait accueillir les avions de patrouille maritime de la marine indienne."
    event = events_of(nlp, text)[("MILITARY_PRESENCE", ("IND", "MUS"))]
    assert event.status == "hypothetical"


def test_a_list_told_before_gives_its_subject_not_all_its_names(nlp):
    text = (
        "Le Kenya a envoyé des soldats en Somalie en 2011, aux côtés de l’Ouganda, du Burundi et de l’Éthiopie. "
        "Ses contingents tiennent toujours le secteur du Jubaland."
    )
    held = [e for e in events_of(nlp, text).values() if e.sentence.startswith("Ses contingents")]
    assert [e.participant_keys for e in held] == [("KEN", "SOM")]
    text = (
        "Les ministres de l’Inde, de Maurice, des Seychelles et des Maldives se sont réunis à Colombo en 2024. "
        "Discuté à plusieurs reprises, le projet de base n’a abouti à aucun accord."
    )
    assert not parties_of(events_of(nlp, text), "DEFENSE_AGREEMENT")


def test_an_offer_is_not_a_sale(nlp):
    event = events_of(nlp, "La Corée du Sud a proposé des frégates à la Pologne.")[("ARMS_TRANSFER", ("KOR", "POL"))]
    assert (event.status, event.status_cue) == ("hypothetical", "proposé")


def test_a_future_verb_the_parser_hangs_on_another_word_is_planned(nlp):
    # the parser makes « ensemble » the verb of the sentence
    text = "Israël et le Japon produiront ensemble des drones."
    assert events_of(nlp, text)[("DEFENSE_INDUSTRY", ("ISR", "JPN"))].status == "planned"


def test_what_the_agreement_just_told_provides_for_is_between_its_parties(nlp):
    text = "La Tunisie a signé un accord de défense avec l'Italie. Il prévoit des exercices conjoints."
    event = events_of(nlp, text)[("JOINT_EXERCISE", ("ITA", "TUN"))]
    assert (event.status, event.status_cue) == ("planned", "prévoit")


@pytest.mark.parametrize(
    "text",
    [
        "Le Japon a sollicité le Brésil, qui lui a livré des hélicoptères.",  # read as a complement clause
        "Les Japonais ont sollicité les Brésiliens, qui leur ont livré des hélicoptères.",
    ],
)
def test_the_dative_of_a_relative_clause_is_not_its_antecedent(nlp, text):
    assert ("ARMS_TRANSFER", ("BRA", "JPN")) in events_of(nlp, text)


def test_talks_between_states_are_a_meeting_and_what_is_procured_a_transfer(nlp):
    assert ("HIGH_LEVEL_MEETING", ("BRA", "JPN")) in events_of(
        nlp, "Le Japon et le Brésil ont tenu des pourparlers sur la défense."
    )
    assert ("ARMS_TRANSFER", ("BRA", "JPN")) in events_of(nlp, "Le Japon s'est procuré des missiles au Brésil.")


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads the names after the opening place as its apposition
        "Le 3 mai 2024, à Rome, Giorgia Meloni et Olaf Scholz ont signé un plan d'action.",
        "Giorgia Meloni et Olaf Scholz ont signé un plan d'action le 3 mai 2024.",
    ],
)
def test_leaders_of_two_states_acting_together_have_met(nlp, text):
    event = events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("DEU", "ITA"))]
    assert (event.method, event.date_start) == ("rule:joint-leaders", "2024-05-03")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Le Qatar a commandé 24 Rafale à la France en 2015. Le Koweït a suivi en mai 2016.",
            ("ARMS_TRANSFER", ("FRA", "KWT")),
        ),
        # who is followed (« lui ») is no party
        (
            "Le Danemark a livré des F-16 à l'Ukraine en août 2023. La Norvège lui a emboîté le pas en septembre.",
            ("ARMS_TRANSFER", ("NOR", "UKR")),
        ),
        # doing the same; a date the parser reads as what is followed
        (
            "En mars 2019, l'Arabie saoudite a rejoint l'IMSC. Le Qatar en a fait autant en mai 2019.",
            ("MEMBERSHIP", ("IMSC", "QAT")),
        ),
        (
            "Le Qatar a commandé 24 Rafale à la France en 2015. Le Koweït a fait de même l'année suivante.",
            ("ARMS_TRANSFER", ("FRA", "KWT")),
        ),
        (
            "Le Danemark et la Suède ont rejoint l'IMSC en février 2023. La Norvège a suivi le 7 juillet de la "
            "même année.",
            ("MEMBERSHIP", ("IMSC", "NOR")),
        ),
    ],
)
def test_following_suit_tells_the_last_event_again_with_a_new_subject(nlp, text, key):
    assert events_of(nlp, text)[key].method == "rule:in-turn"


def test_states_following_suit_in_a_membership_join_one_by_one(nlp):
    found = events_of(
        nlp,
        "En 2019, le Royaume-Uni a rejoint l'IMSC. L'Australie et Bahreïn ont fait de même quelques semaines plus "
        "tard.",
    )
    assert parties_of(found, "MEMBERSHIP") == {
        ("GBR", "IMSC"),
        ("AUS", "IMSC"),
        ("BHR", "IMSC"),
    }


def test_what_a_sentence_tells_is_what_its_main_verb_says(nlp):
    # the summit during which the agreement was signed is not what was followed
    found = events_of(
        nlp,
        "Tokyo a signé le 6 janvier 2022 avec Canberra, lors d'un sommet virtuel entre Fumio Kishida et Scott "
        "Morrison, un accord d'accès réciproque. Londres a suivi le 11 janvier 2023.",
    )
    followed = {event.type for event in found.values() if event.method == "rule:in-turn"}
    assert followed == {"DEFENSE_AGREEMENT"}


def test_following_a_course_or_what_a_colon_says_is_no_following_suit(nlp):
    found = events_of(nlp, "Le Qatar a commandé des Rafale à la France. Le Japon a suivi une formation.")
    assert ("ARMS_TRANSFER", ("FRA", "JPN")) not in found
    found = events_of(nlp, "Le Qatar a commandé des Rafale à la France. Le Koweït a suivi : il a signé un accord.")
    assert ("ARMS_TRANSFER", ("FRA", "KWT")) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Le Portugal accueille depuis 2019 des soldats des États-Unis.",
        "Le Portugal héberge des militaires américains.",
        "Le Portugal abrite une base américaine.",
    ],
)
def test_soldiers_or_a_base_hosted_are_a_presence(nlp, text):
    assert ("MILITARY_PRESENCE", ("PRT", "USA")) in events_of(nlp, text)


def test_soldiers_hosted_in_a_paragraph_telling_an_exercise_are_there_for_it(nlp):
    text = (
        "Le Portugal et l'Espagne organisent chaque année l'exercice Trident. "
        "En 2024, c'est le Portugal qui avait accueilli les soldats espagnols."
    )
    assert ("MILITARY_PRESENCE", ("ESP", "PRT")) not in events_of(nlp, text)


def test_belonging_to_an_organisation_is_membership_and_a_semicolon_ends_its_clause(nlp):
    # the parser makes « Chypre » a conjunct of « appartiennent »
    found = events_of(
        nlp, "La Grèce et la Turquie appartiennent à l’OTAN depuis 1952 ; Chypre, elle, n’en est pas membre."
    )
    assert found[("MEMBERSHIP", ("GRC", "NATO"))].date_start == "1952"
    assert found[("MEMBERSHIP", ("NATO", "TUR"))].date_start == "1952"
    assert not any("CYP" in parties and "GRC" in parties for _, parties in found)


def test_ministers_who_gather_somewhere_have_met(nlp):
    text = "Le 3 avril, les ministres de la Défense de la Pologne et de la Lituanie se sont retrouvés à Vilnius."
    assert events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("LTU", "POL"))].place == "Vilnius"
    assert not events_of(nlp, "La France a retrouvé sa place au sein du commandement intégré de l'OTAN.")


def test_a_finite_verb_the_parser_reads_as_an_infinitive_has_the_name_before_it_for_subject(nlp):
    # the parser makes « Inde » the head of the sentence and « négocie » an infinitive describing it
    event = events_of(nlp, "L'Inde négocie avec la Grèce l'achat de chars.")[("ARMS_TRANSFER", ("GRC", "IND"))]
    assert event.status == "discussed"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Des marins du Japon ont participé à l'exercice organisé par le Brésil.", ("JOINT_EXERCISE", ("BRA", "JPN"))),
        ("Le Japon aide le Brésil à lutter contre le terrorisme.", ("COUNTER_TERRORISM", ("BRA", "JPN"))),
        (
            "Le Japon a envoyé des forces spéciales au Brésil pour combattre les jihadistes.",
            ("COUNTER_TERRORISM", ("BRA", "JPN")),
        ),
        (
            "Le Japon a fourni des renseignements au Brésil sur les groupes jihadistes.",
            ("INTELLIGENCE_SHARING", ("BRA", "JPN")),
        ),
    ],
)
def test_who_organises_the_event_helps_or_is_sent_to_takes_part(nlp, text, key):
    assert key in events_of(nlp, text)


def test_who_denounces_what_others_do_takes_no_part_but_a_treaty_denounced_is_renounced(nlp):
    assert ("ARMS_TRANSFER", ("BRA", "JPN")) not in events_of(
        nlp, "Le Japon a dénoncé l'achat de missiles par le Brésil."
    )
    event = events_of(nlp, "La Russie a dénoncé le traité de défense avec la Géorgie.")[
        ("DEFENSE_AGREEMENT", ("GEO", "RUS"))
    ]
    assert event.status == "negated"


def test_a_day_told_without_its_year_after_the_text_s_date_is_last_year_s_when_it_happened(nlp):
    text = "Publié le 12 juin 2025\n\nLe 3 décembre, la Tunisie a signé un accord de défense avec l'Italie."
    events = dated_events(nlp, text)
    [agreement] = [e for e in events if e.type == "DEFENSE_AGREEMENT"]
    assert (agreement.date_start, agreement.status) == ("2024-12-03", "occurred")


def test_money_granted_to_a_state_is_security_assistance(nlp):
    text = (
        "Le Canada a annoncé une contribution d’environ 40 millions de dollars à l'initiative tchèque. "
        "Le gouvernement indien a ouvert une ligne de crédit de 500 millions de dollars au Bangladesh pour des "
        "achats de défense. L'Arabie saoudite a accordé au Pakistan un paquet de six milliards de dollars."
    )
    found = events_of(nlp, text)
    for pair in (("CAN", "CZE"), ("BGD", "IND"), ("PAK", "SAU")):
        assert ("SECURITY_ASSISTANCE", pair) in found
    # granting with no money or means of defence is no assistance
    text = "Le Pakistan a accordé une grande importance à sa relation avec l'Arabie saoudite."
    assert not any(event_type == "SECURITY_ASSISTANCE" for event_type, _ in events_of(nlp, text))


def test_technicians_and_engineers_trained_is_training(nlp):
    text = "Des ingénieurs et des techniciens brésiliens ont été formés à Cherbourg par la France."
    assert ("TRAINING", ("BRA", "FRA")) in events_of(nlp, text)


def test_shells_produced_together_and_a_border_patrolled_together(nlp):
    found = events_of(nlp, "La Pologne et la Corée du Sud vont produire ensemble des obus.")
    assert found[("DEFENSE_INDUSTRY", ("KOR", "POL"))].status == "planned"
    found = events_of(nlp, "Le Kenya et la Somalie patrouillent ensemble le long de leur frontière commune.")
    assert ("BORDER_SECURITY", ("KEN", "SOM")) in found


def test_a_delivery_provided_for_is_planned(nlp):
    found = events_of(nlp, "La livraison de six hélicoptères français à l'Allemagne est prévue pour 2026.")
    assert found[("ARMS_TRANSFER", ("DEU", "FRA"))].status == "planned"
    # what an agreement provides for is planned, the agreement itself is not
    text = "L'accord de défense signé par le Japon et l'Australie en 2022 prévoit des exercices conjoints."
    assert events_of(nlp, text)[("DEFENSE_AGREEMENT", ("AUS", "JPN"))].status == "occurred"


def test_a_status_of_forces_agreement_and_satellite_images(nlp):
    found = events_of(nlp, "L'Équateur et les États-Unis négocient un accord sur le statut des forces.")
    assert found[("DEFENSE_AGREEMENT", ("ECU", "USA"))].status == "discussed"
    found = events_of(nlp, "Les États-Unis fournissent des images satellitaires à l'Ukraine.")
    assert ("INTELLIGENCE_SHARING", ("UKR", "USA")) in found


def test_a_present_of_intent_the_model_reads_as_a_noun_plans_the_event(nlp):
    # « compte » is lemmatised as the noun « compte »
    found = events_of(nlp, "La Turquie compte ouvrir une base navale au Soudan.")
    assert found[("MILITARY_PRESENCE", ("SDN", "TUR"))].status == "planned"
    # also when the parser then makes the infinitive the head of the sentence
    found = events_of(nlp, "Le Premier ministre australien compte se rendre en Indonésie en janvier pour le signer.")
    assert found[("HIGH_LEVEL_MEETING", ("AUS", "IDN"))].status == "planned"


def test_a_relative_clause_saying_whom_an_agreement_binds_names_its_party(nlp):
    found = events_of(nlp, "Le Mali a dénoncé l'accord de défense qui le liait à la France.")
    assert found[("DEFENSE_AGREEMENT", ("FRA", "MLI"))].status == "negated"
    # a relative clause on the agreement saying something else names no party
    found = events_of(nlp, "Le Mali a signé avec la Russie un accord de défense qui inquiète la France.")
    assert set(found) == {("DEFENSE_AGREEMENT", ("MLI", "RUS"))}


def test_the_year_of_an_edition_is_the_year_of_its_days(nlp):
    text = (
        "Publié le 12 juin 2025\n\n"
        "Le Japon et l'Inde organisent l'exercice Dharma Guardian depuis 2018. "
        "L'édition 2024 s'est tenue du 24 février au 9 mars au Japon."
    )
    dated = [(e.date_start, e.date_end) for e in dated_events(nlp, text) if e.type == "JOINT_EXERCISE"]
    assert ("2024-02-24", "2024-03-09") in dated


def test_a_later_step_told_by_a_participle_does_not_date_the_event(nlp):
    text = (
        "Publié le 20 novembre 2025\n\n"
        "Le 7 mai dernier, à la veille des commémorations de la victoire de 1945, la Russie et le Venezuela ont "
        "signé un traité de partenariat stratégique, ratifié en octobre par le Parlement russe."
    )
    dates = [e.date_start for e in dated_events(nlp, text) if e.type == "DEFENSE_AGREEMENT"]
    assert dates == ["2025-05-07", "2025-10"]  # the signature, then the ratification as a step of its own
    # the signing a participle tells dates the agreement
    text = (
        "Un accord de défense entre le Japon et le Royaume-Uni, signé en janvier 2023, est entré en vigueur "
        "en octobre de la même année."
    )
    assert events_of(nlp, text)[("DEFENSE_AGREEMENT", ("GBR", "JPN"))].date_start == "2023-01"


def test_sitting_in_an_organisation_is_membership(nlp):
    found = events_of(nlp, "L'Ouzbékistan et la Chine siègent à l'Organisation de coopération de Shanghai.")
    assert {("MEMBERSHIP", ("SCO", "UZB")), ("MEMBERSHIP", ("CHN", "SCO"))} <= set(found)
    # the seat of an organisation is no membership
    found = events_of(nlp, "Le siège de l'OTAN se trouve à Bruxelles.")
    assert not any(event_type == "MEMBERSHIP" for event_type, _ in found)


def test_a_national_body_named_with_its_demonym_takes_part_as_its_state(nlp):
    text = (
        "En mai 2019, la Garde nationale ouzbèke et la Police armée populaire chinoise ont mené pendant deux "
        "semaines un exercice antiterroriste."
    )
    assert set(events_of(nlp, text)) == {("JOINT_EXERCISE", ("CHN", "UZB"))}


def test_leaders_who_sign_together_have_met(nlp):
    found = events_of(
        nlp, "Le 7 mai, Vladimir Poutine et Nicolás Maduro ont signé un traité de partenariat stratégique."
    )
    assert found[("HIGH_LEVEL_MEETING", ("RUS", "VEN"))].method == "rule:joint-leaders"
    assert ("DEFENSE_AGREEMENT", ("RUS", "VEN")) in found


def test_leaders_of_two_states_attending_together_have_met(nlp):
    text = (
        "Le 12 mai, la frégate a été inaugurée à Brest en présence d’Emmanuel Macron et du chancelier Friedrich Merz."
    )
    found = events_of(nlp, text)
    assert found[("HIGH_LEVEL_MEETING", ("DEU", "FRA"))].method == "rule:joint-leaders"
    # one attending is no meeting
    text = "Le 3 juin, le chantier a été visité en présence du ministre Boris Pistorius."
    assert not events_of(nlp, text)


def test_leaders_whose_names_the_parser_split_have_met_between_their_states_only(nlp):
    text = "En 2024, Emmanuel Macron et Lula ont présidé ensemble à Itaguaí la mise à l'eau du sous-marin Tonelero."
    assert set(events_of(nlp, text)) == {("HIGH_LEVEL_MEETING", ("BRA", "FRA"))}


def test_a_delegation_sent_to_a_capital_is_a_meeting(nlp):
    found = events_of(nlp, "En mars 2024, Bamako avait dépêché à Nouakchott une délégation de haut niveau.")
    assert found[("HIGH_LEVEL_MEETING", ("MLI", "MRT"))].date_start == "2024-03"


def test_ships_sent_off_a_coast_are_not_hosted_there(nlp):
    text = (
        "Venezuela : Caracas face à Washington\n"
        "En août, Washington a dépêché au large du Venezuela les destroyers USS Gravely et USS Jason Dunham."
    )
    assert not any(participants == ("USA", "VEN") for _, participants in events_of(nlp, text))


def test_the_organiser_of_an_exercise_named_after_a_comma_takes_part(nlp):
    text = (
        "L'Angola et le Brésil coopèrent. Les deux armées se retrouvent également lors des exercices Felino, "
        "organisés par la Communauté des pays de langue portugaise (CPLP)."
    )
    assert ("JOINT_EXERCISE", ("AGO", "BRA", "CPLP")) in events_of(nlp, text)


def test_leaders_of_states_beyond_the_main_powers_stand_for_their_state(nlp):
    found = events_of(nlp, "Le 3 décembre 2024, Joe Biden et João Lourenço ont signé un accord de défense.")
    assert ("DEFENSE_AGREEMENT", ("AGO", "USA")) in found
    found = events_of(nlp, "Le 10 juillet 2023, Manasseh Sogavare a rencontré Xi Jinping.")
    assert ("HIGH_LEVEL_MEETING", ("CHN", "SLB")) in found


def test_a_widely_exported_system_names_its_supplier(nlp):
    found = events_of(nlp, "En 2023, le Kenya a commandé six hélicoptères AW139.")
    assert ("ARMS_TRANSFER", ("ITA", "KEN")) in found


def test_a_national_armed_service_stands_for_its_state(nlp):
    found = events_of(nlp, "La Royal Navy a formé des équipages ukrainiens à Portsmouth.")
    assert ("TRAINING", ("GBR", "UKR")) in found


def test_a_recurring_exercise_brings_its_organiser(nlp):
    found = events_of(nlp, "En octobre 2024, des frégates norvégiennes ont pris part à Joint Warrior.")
    assert ("JOINT_EXERCISE", ("GBR", "NOR")) in found


def test_equipment_leased_is_transferred_land_leased_is_a_presence(nlp):
    found = events_of(nlp, "Depuis 2006, la Hongrie loue à la Suède quatorze chasseurs Gripen.")
    assert set(found) == {("ARMS_TRANSFER", ("HUN", "SWE"))}
    found = events_of(nlp, "Au Kazakhstan, Moscou loue toujours le polygone d'essais de Sary-Chagan.")
    assert set(found) == {("MILITARY_PRESENCE", ("KAZ", "RUS"))}


def test_trainees_named_by_their_nationality_go_to_train_abroad(nlp):
    found = events_of(nlp, "Chaque année, une vingtaine de marins timorais partent se former en Chine.")
    assert ("TRAINING", ("CHN", "TLS")) in found


def test_a_defence_partnership_agreed_is_an_agreement(nlp):
    text = "Le 30 octobre, le Canada et la Corée du Sud se sont entendus sur un nouveau partenariat de défense."
    assert ("DEFENSE_AGREEMENT", ("CAN", "KOR")) in events_of(nlp, text)


def test_the_founders_of_a_grouping_are_its_members(nlp):
    text = (
        "L'OCS a été fondée en 2001 par la Chine, la Russie, le Kazakhstan, le Kirghizstan, le Tadjikistan et "
        "l'Ouzbékistan."
    )
    found = events_of(nlp, text)
    members = {participants for kind, participants in found if kind == "MEMBERSHIP"}
    assert members == {("CHN", "SCO"), ("RUS", "SCO"), ("KAZ", "SCO"), ("KGZ", "SCO"), ("SCO", "TJK"), ("SCO", "UZB")}
    assert found[("MEMBERSHIP", ("CHN", "SCO"))].date_start == "2001"
    # a company created by others has no members
    text = "Créée en 1998 par la DRDO et NPO Mashinostroyenia, BrahMos Aerospace produit le missile."
    assert not any(kind == "MEMBERSHIP" for kind, _ in events_of(nlp, text))


def test_states_joining_a_coalition_are_members(nlp):
    text = (
        "En mars 2015, les Émirats arabes unis, Bahreïn et le Koweït se sont joints à la Coalition militaire "
        "islamique contre le terrorisme."
    )
    members = {participants for kind, participants in events_of(nlp, text) if kind == "MEMBERSHIP"}
    assert members == {("ARE", "IMCTC"), ("BHR", "IMCTC"), ("IMCTC", "KWT")}


def test_a_leader_come_to_a_capital_visits_its_state(nlp):
    text = "Le 17 août, le secrétaire indien aux affaires étrangères, Vikram Misri, est venu à Katmandou."
    assert ("HIGH_LEVEL_MEETING", ("IND", "NPL")) in events_of(nlp, text)
    # so is one arrived there; troops arriving are no visit
    text = "Le 17 juillet 2024, le ministre turc Hakan Fidan est arrivé à Niamey."
    assert ("HIGH_LEVEL_MEETING", ("NER", "TUR")) in events_of(nlp, text)
    # the name the parser did not take for the subject (« Hakan » read as an adjective) is still the one arriving
    text = "Le 17 juillet 2024, Hakan Fidan, chef de la diplomatie turque, est arrivé à Niamey."
    assert ("HIGH_LEVEL_MEETING", ("NER", "TUR")) in events_of(nlp, text)
    text = "Les soldats kényans sont arrivés à Goma en novembre 2022."
    assert not any(kind == "HIGH_LEVEL_MEETING" for kind, _ in events_of(nlp, text))
    # the participle opening the sentence has the subject of the clause it describes
    text = "Venu à Niamey en décembre 2023, le ministre allemand Boris Pistorius a plaidé pour une reprise prudente."
    assert events_of(nlp, text)[("HIGH_LEVEL_MEETING", ("DEU", "NER"))].date_start == "2023-12"
    # troops or delegations come from somewhere are no visit there
    text = "Ce détachement accueille chaque année plusieurs milliers de soldats venus du Royaume-Uni et du Kenya."
    assert not any(kind == "HIGH_LEVEL_MEETING" for kind, _ in events_of(nlp, text))


def test_military_cooperants_are_training(nlp):
    text = "Des coopérants militaires français servent en outre auprès des états-majors malgaches."
    assert ("TRAINING", ("FRA", "MDG")) in events_of(nlp, text)


def test_a_name_with_its_article_is_no_trigger(nlp):
    text = (
        "Depuis La Réunion, ces forces animent des partenariats militaires opérationnels avec les membres de la "
        "Commission de l'océan Indien : les garde-côtes comoriens sont entraînés lors de patrouilles conjointes "
        "et des personnels mauriciens ont suivi des stages de parachutisme à La Réunion."
    )
    assert not any(kind == "HIGH_LEVEL_MEETING" for kind, _ in events_of(nlp, text))
    # the common noun still is one
    text = "La réunion des ministres de la Défense français et comorien s'est tenue à Moroni."
    assert ("HIGH_LEVEL_MEETING", ("COM", "FRA")) in events_of(nlp, text)


def test_officers_at_another_states_military_schools_are_trained(nlp):
    text = "Plusieurs centaines d'officiers ouzbeks étudient dans les écoles militaires russes."
    assert ("TRAINING", ("RUS", "UZB")) in events_of(nlp, text)


def test_what_a_meeting_discusses_is_between_its_parties(nlp):
    text = (
        "Le 3 mars 2025, le ministre turc de la Défense, Yaşar Güler, a été reçu à Bakou pour évoquer la "
        "coopération militaro-technique."
    )
    found = events_of(nlp, text)
    assert ("HIGH_LEVEL_MEETING", ("AZE", "TUR")) in found
    topic = found[("DEFENSE_INDUSTRY", ("AZE", "TUR"))]
    assert (topic.status, topic.method, topic.place, topic.date_start) == (
        "discussed",
        "rule:meeting-topic",
        "Bakou",
        "2025-03-03",
    )


def test_an_agreement_a_demonstrative_subject_rests_on_is_between_the_parties_just_told(nlp):
    text = (
        "Depuis 2011, la France entretient une base navale à Abou Dhabi. Ce dispositif repose sur un accord de "
        "défense renouvelé en 2009, qui engage Paris à contribuer à la sécurité de la fédération."
    )
    agreement = events_of(nlp, text)[("DEFENSE_AGREEMENT", ("ARE", "FRA"))]
    assert (agreement.method, agreement.date_start) == ("rule:told-before", "2009")


def test_a_grouping_named_by_its_common_noun_with_a_date_hung_on_it(nlp):
    text = (
        "Le 7 mars 2024, Ulf Kristersson a remis l’instrument d’adhésion de la Suède, faisant du royaume le "
        "trente-deuxième membre de l’OTAN. Déposée en mai 2022, moins de trois mois après l’invasion russe de "
        "l’Ukraine, en même temps que celle de la Finlande, sa candidature s’était enlisée, tandis qu’Helsinki "
        "entrait seul dans l’Alliance en avril 2023."
    )
    assert events_of(nlp, text)[("MEMBERSHIP", ("FIN", "NATO"))].date_start == "2023-04"


def test_a_treaty_binding_a_state_to_another_is_between_them(nlp):
    text = (
        "Le 2 mai 2022, Bamako a dénoncé le traité de coopération en matière de défense qui le liait à Paris "
        "depuis 2014."
    )
    treaty = events_of(nlp, text)[("DEFENSE_AGREEMENT", ("FRA", "MLI"))]
    # the capital bound by the treaty is a party, not where it was denounced
    assert (treaty.status, treaty.date_start, treaty.place) == ("negated", "2022-05-02", "")


def test_crews_trained_where_the_equipment_comes_from_are_trained_for_the_deal(nlp):
    text = (
        "En 2016, la Chine a livré au Bangladesh deux sous-marins d'occasion. Ils ont été mis en service en mars "
        "2017 ; leurs premiers équipages avaient été formés en Chine."
    )
    training = events_of(nlp, text)[("TRAINING", ("BGD", "CHN"))]
    # trained before the submarines entered service, on no day the text gives
    assert (training.method, training.date_start) == ("rule:same-deal", "")


def test_production_told_with_a_sale_is_industrial_cooperation_between_its_parties(nlp):
    text = "Le contrat porte sur 180 chars K2 et doit inclure une production locale d’une version polonaise, le K2PL."
    found = events_of(nlp, text)
    assert ("ARMS_TRANSFER", ("KOR", "POL")) in found
    industry = found[("DEFENSE_INDUSTRY", ("KOR", "POL"))]
    assert (industry.method, industry.status) == ("rule:same-deal", "planned")
    # the sale the paragraph just told
    text = (
        "En 2022, la Pologne a commandé 180 chars K2 à la Corée du Sud. Les derniers chars seront produits "
        "localement par la Pologne."
    )
    assert ("DEFENSE_INDUSTRY", ("KOR", "POL")) in events_of(nlp, text)


def test_a_verb_the_model_left_unlemmatised_is_still_its_verb(nlp):
    text = "Depuis 1975, Canberra forme une grande partie des cadres de la Force de défense papoue."
    assert ("TRAINING", ("AUS", "PNG")) in events_of(nlp, text)


def test_an_organisation_only_the_model_found_is_no_party(nlp):
    # « la Garde nationale de l'Iowa » is in no gazetteer: the agreement has no second party to name
    text = "Le 9 mars 2024, la Garde nationale de l'Iowa a signé un accord de partenariat avec l'armée kosovare."
    assert not any(key.startswith("ORGANIZATION:") for _, participants in events_of(nlp, text) for key in participants)
    # the state its demonym names still takes part
    text = (
        "Dès juillet 2023, la société américaine Bancroft Global Development a engagé des discussions avec la "
        "présidence centrafricaine pour former les soldats centrafricains."
    )
    assert set(parties_of(events_of(nlp, text), "TRAINING")) == {("CAF", "USA")}


def test_a_visit_opening_the_sentence_is_the_subjects_own_whatever_the_verb_reports(nlp):
    text = (
        "En visite à Oulan-Bator en août 2023, le secrétaire général de l'ONU, António Guterres, avait salué "
        "cette contribution."
    )
    assert ("HIGH_LEVEL_MEETING", ("MNG", "UN")) in events_of(nlp, text)
    # what a reporting verb acts on is reported: its subject is the source, not a party
    text = "Le renseignement sud-coréen a révélé la visite à Moscou du ministre nord-coréen de la Défense."
    assert not any("KOR" in participants for _, participants in events_of(nlp, text))


def test_an_exercise_gathering_its_parties_is_no_meeting(nlp):
    text = (
        "Émirats arabes unis et Chine : un rapprochement militaire\n"
        "L’année suivante, Falcon Shield 2024 a réuni les aviateurs des deux pays de la fin juin à la fin juillet, "
        "toujours au Xinjiang ; lors de la cérémonie d’ouverture, le 10 juillet, les commandants ont épinglé leurs "
        "insignes sur les combinaisons des pilotes du camp d’en face."
    )
    found = events_of(nlp, text)
    assert ("JOINT_EXERCISE", ("ARE", "CHN")) in found
    assert not any(kind == "HIGH_LEVEL_MEETING" for kind, _ in found)


def test_renewing_an_arsenal_is_no_agreement_renewed(nlp):
    text = (
        "Pendant ce temps, la Roumanie, qui consacre désormais plus de 2 % de son PIB à sa défense, renouvelle ses "
        "arsenaux à marche forcée, d’abord auprès des Américains."
    )
    assert not any(kind == "DEFENSE_AGREEMENT" for kind, _ in events_of(nlp, text))
    text = "En 2021, la Norvège et les États-Unis ont renouvelé leur accord de coopération de défense."
    assert ("DEFENSE_AGREEMENT", ("NOR", "USA")) in events_of(nlp, text)
