"""What a clause's verbs say of an event's status: the conditional, verbs of intent and commitment."""

from __future__ import annotations

from spacy.tokens import Token

from ..ids import fold
from .clauses import _verb_lemmas
from .vocabulary import CLAUSE_DEPS, CONDITIONAL_ENDINGS, INTENT_VERBS, IRREGULAR_CONDITIONAL_STEMS, NEAR_FUTURE_VERBS


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
                and not _verb_lemmas(governor).isdisjoint(INTENT_VERBS)
                and marks <= {"de", "d'", "a"}
                and (fold(governor.lemma_) != "engager" or _engages(governor))
            ):
                return governor
            if token.dep_ == "ROOT" and (misread := _intent_read_as_a_noun(token)) is not None:
                return misread
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


def _intent_read_as_a_noun(infinitive: Token) -> Token | None:
    """« Le Premier ministre australien compte se rendre en Indonésie »: the parser took the verb of intent
    for a noun and made the infinitive the head of the sentence; the word before it (and its clitics) is
    that verb when, spelt as a present in -e, it is one of intent."""
    i = infinitive.i - 1
    while i >= infinitive.sent.start and fold(infinitive.doc[i].text) in ("se", "s'", "y", "en", "le", "la", "les"):
        i -= 1
    if i < infinitive.sent.start:
        return None
    word = infinitive.doc[i]
    text = fold(word.text)
    return word if word.pos_ != "VERB" and text.endswith("e") and text + "r" in INTENT_VERBS else None


def _engages(verb: Token) -> bool:
    """« s'engager à », « engager X à »: a commitment, not troops committed (« a engagé un contingent »)."""
    return any(child.dep_ in ("expl:comp", "expl:pv", "obj", "iobj") for child in verb.children)
