"""Named weapon systems the parser took for verbs. « F-16V », « Iskander », « K2 » or « T-90 » look to
the tagger like conjugated verbs, so the parser opens a clause of its own at them: in « la vente de 66
chasseurs F-16V à Taïwan », « à Taïwan » then hangs from a verb « F-16V » instead of from the sale, and
the buyer drops out of the sale's clause. This component, after the gazetteer has found the systems,
tags their words as proper nouns and ties a system that names a noun before it (« chasseurs F-16V »,
« des drones d'attaque Shahed-136 ») to that noun as its modifier, not as a clause."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .gazetteer_matcher import SYSTEMS_KEY

VERBAL_TAGS = frozenset({"VERB", "AUX"})
NOMINAL_TAGS = frozenset({"NOUN", "PROPN"})
# Dependencies that open a clause or describe a noun as a verb would; a name is neither.
CLAUSE_LIKE = frozenset({"acl", "acl:relcl", "advcl", "xcomp", "ccomp", "parataxis", "amod"})


@Language.factory("veille_system_names")
def make_system_names(nlp: Language, name: str):
    return SystemNames()


class SystemNames:
    def __call__(self, doc: Doc) -> Doc:
        for span in doc.spans.get(SYSTEMS_KEY, []):
            repair(span)
        return doc


def repair(span: Span) -> None:
    for token in span:
        if token.pos_ in VERBAL_TAGS:
            token.pos_ = "PROPN"
    root = span.root
    if root.dep_ not in CLAUSE_LIKE:
        return
    noun = _named_noun(span)
    if noun is None:
        return
    if root.head.i != noun.i and not _would_cycle(root, noun):
        root.head = noun
    if root.head.i == noun.i:
        root.dep_ = "nmod"


def _named_noun(span: Span) -> Token | None:
    """The noun the name stands beside: the one right before it (« 66 chasseurs F-16V », « des drones
    d'attaque Shahed-136 »), else its head when that is a noun before it."""
    if span.start > span.sent.start and span.doc[span.start - 1].pos_ in NOMINAL_TAGS:
        return span.doc[span.start - 1]
    root = span.root
    if root.head.pos_ in NOMINAL_TAGS and root.head.i < span.start:
        return root.head
    return None


def _would_cycle(token: Token, new_head: Token) -> bool:
    """Whether `new_head` lies below `token`, so that tying `token` to it would close a loop."""
    current = new_head
    while current.head.i != current.i:
        if current.i == token.i:
            return True
        current = current.head
    return current.i == token.i
