"""The veille_system_names component on the real pipeline: the parser's verbs that are weapon names."""

from pipelines.components.gazetteer_matcher import SYSTEMS_KEY

SALE = "En août 2019, l’administration Trump a approuvé la vente de 66 chasseurs F-16V à Taïwan."


def test_a_system_name_tagged_as_a_verb_becomes_a_modifier_of_its_noun(nlp):
    doc = nlp(SALE)
    (span,) = [span for span in doc.spans[SYSTEMS_KEY] if span.text == "F-16V"]
    assert span.root.pos_ == "PROPN"
    assert span.root.dep_ == "nmod"
    assert span.root.head.text == "chasseurs"


def test_the_repair_keeps_one_tree_per_sentence(nlp):
    doc = nlp(SALE + " La Russie a par ailleurs livré à Minsk des systèmes Iskander capables de les emporter.")
    for sentence in doc.sents:
        roots = [token for token in sentence if token.head.i == token.i]
        assert len(roots) == 1
        for token in sentence:  # every word reaches the root without a loop
            seen = set()
            while token.head.i != token.i:
                assert token.i not in seen
                seen.add(token.i)
                token = token.head


def test_a_system_after_a_title_word_is_no_person(nlp):
    doc = nlp("Le premier Rafale qatari a été remis en février 2019 à Mérignac.")
    assert [(ent.text, ent.label_) for ent in doc.ents if ent.label_ == "PERSON"] == []
    assert [span.text for span in doc.spans[SYSTEMS_KEY]] == ["Rafale"]
    # a person after a title is still one
    doc = nlp("Le Premier ministre Mark Carney a été reçu à Washington.")
    assert ("Mark Carney", "PERSON") in [(ent.text, ent.label_) for ent in doc.ents]


def test_a_variant_written_as_one_word_is_its_system(nlp):
    doc = nlp("L'Algérie a acheté des T-72B1 et des Su-30SME, puis des K-8W en 2013.")
    assert [(span.text, span.kb_id_) for span in doc.spans[SYSTEMS_KEY]] == [
        ("T-72B1", "RUS"),
        ("Su-30SME", "RUS"),
        ("K-8W", "CHN+PAK"),
    ]
