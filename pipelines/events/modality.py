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


def _engages(verb: Token) -> bool:
    """« s'engager à », « engager X à »: a commitment, not troops committed (« a engagé un contingent »)."""
    return any(child.dep_ in ("expl:comp", "expl:pv", "obj", "iobj") for child in verb.children)
