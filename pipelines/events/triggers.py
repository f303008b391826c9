"""Codebook triggers found in a sentence: the forms words are compared with, and the context a trigger needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span

from ..codebook import Codebook, EventType
from ..dates import MONTHS
from ..ids import fold
from ..records import Mention
from .clauses import _verb_read_as_noun
from .vocabulary import GAP_POS


@dataclass(frozen=True)
class Trigger:
    event_type: EventType
    start: int  # token indices
    end: int
    words: tuple[str, ...] = ()


# Forms by the token's word and lemma hashes: reading a token's strings costs more than hashing two ints.
_FORMS_BY_IDS: dict[tuple[int, int], frozenset[str]] = {}


_MAX_FORMS_BY_IDS = 65536


def doc_forms(doc: Doc) -> list[frozenset[str]]:
    """The forms of every token of `doc`, by token index, read from the document's arrays: one pass
    instead of building a Token object each time a word is compared."""
    strings = doc.vocab.strings
    found = []
    rows = doc.to_array([ORTH, LEMMA]).tolist()
    for orth, lemma in rows:
        forms = _FORMS_BY_IDS.get((orth, lemma))
        if forms is None:
            if len(_FORMS_BY_IDS) >= _MAX_FORMS_BY_IDS:
                _FORMS_BY_IDS.clear()
            forms = _FORMS_BY_IDS[(orth, lemma)] = _forms(strings[orth], strings[lemma])
        found.append(forms)
    # only words in -e can be a verb read as a noun, or a verb left unlemmatised (« Canberra forme une
    # grande partie des cadres », lemma « forme »): looked at as tokens, the others never are
    in_e = {orth for orth, _ in rows if strings[orth][-1:].lower() == "e"}
    for i in range(1, len(doc) - 1):
        if rows[i][0] not in in_e:
            continue
        if _verb_read_as_noun(doc, i) or (doc[i].pos_ == "VERB" and rows[i][1] == rows[i][0]):
            found[i] = found[i] | {fold(doc[i].text) + "r"}
    return found


@lru_cache(maxsize=65536)
def _forms(text: str, lemma: str) -> frozenset[str]:
    """The word folded, its lemma, and its singular: what triggers and cues are compared with."""
    text = fold(text)
    forms = {text, fold(lemma), text.rstrip("s"), text.rstrip("x")}
    if text == "s'":
        forms.add("se")  # « s'est rendu » is « se rendre »
    if text.endswith("es"):
        forms.update((text[:-2], text[:-1]))
    if fold(lemma) == text:
        # « maintient », « obtiennent »: the present of a verb in -tenir or -venir the model could not
        # lemmatise (it may take it for a noun)
        for ending, infinitive in (
            ("tient", "tenir"),
            ("tiennent", "tenir"),
            ("vient", "venir"),
            ("viennent", "venir"),
        ):
            if text.endswith(ending) and len(text) > len(ending):
                forms.add(text[: -len(ending)] + infinitive)
    return frozenset(forms)


_TRIGGER_INDEXES: dict[int, dict[str, list[tuple[int, EventType, tuple[str, ...]]]]] = {}


def _trigger_index(codebook: Codebook) -> dict[str, list[tuple[int, EventType, tuple[str, ...]]]]:
    """Triggers by their first word, with the rank of their event type, in codebook order."""
    index = _TRIGGER_INDEXES.get(id(codebook))
    if index is None:
        index = {}
        for rank, event_type in enumerate(codebook.event_types.values()):
            for words in event_type.triggers:
                index.setdefault(words[0], []).append((rank, event_type, words))
        _TRIGGER_INDEXES[id(codebook)] = index
    return index


def _match_words(span: Span, i: int, words: tuple[str, ...], forms: list[frozenset[str]] | None = None) -> int | None:
    """End index when `words` match from token i, allowing up to three function words, names or dates
    between them (« l'intérêt du Kazakhstan pour », « réunies depuis juillet 2024 au sein de »). `forms`:
    the document's `doc_forms`, when known."""
    doc = span.doc
    if forms is None:
        forms = doc_forms(doc)
    if words[0] not in forms[i]:
        return None
    j = i + 1
    for word in words[1:]:
        skipped = 0
        while j < span.end and word not in forms[j]:
            month = not forms[j].isdisjoint(MONTHS)
            if (doc[j].pos_ not in GAP_POS and not doc[j].is_title and not month) or skipped >= 3:
                return None
            # « depuis juillet 2024 »: a year after its month is one gap with it
            skipped += 0 if doc[j].like_num and not forms[j - 1].isdisjoint(MONTHS) else 1
            j += 1
        if j >= span.end:
            return None
        j += 1
    return j


def find_triggers(sent: Span, codebook: Codebook, forms: list[frozenset[str]] | None = None) -> list[Trigger]:
    """Every codebook trigger of the sentence: at each token, the first trigger of each event type.
    `forms`: the document's `doc_forms`, when the caller has them."""
    index = _trigger_index(codebook)
    found: list[tuple[int, int, Trigger]] = []
    if forms is None:
        forms = doc_forms(sent.doc)
    for i in range(sent.start, sent.end):
        hits = [item for form in forms[i] for item in index.get(form, ())]
        if not hits:
            continue  # most words start no trigger
        candidates = {id(item[2]): item for item in hits}
        matched: set[int] = set()
        ordered = sorted(candidates.values(), key=lambda item: (item[0], item[1].triggers.index(item[2])))
        for rank, event_type, words in ordered:
            if rank in matched:
                continue
            end = _match_words(sent, i, words, forms)
            if end is not None:
                found.append((rank, i, Trigger(event_type, i, end, words)))
                matched.add(rank)
    return [trigger for _, _, trigger in sorted(found, key=lambda item: item[:2])]


def _has_context(
    sent: Span, trigger: Trigger, triggers: list[Trigger], words: list[tuple[int, frozenset[str]]]
) -> bool:
    """A context word of the type elsewhere in the sentence than the trigger itself, or another
    trigger of the same type (« a signé … un accord »). `words`: the forms of each token of the
    sentence, computed once for all its triggers."""
    context = trigger.event_type.context
    if not context or trigger.words in trigger.event_type.strong_triggers:
        return True
    if len(trigger.words) > 1 and not context.isdisjoint(trigger.words):
        return True  # a phrase with a word of its field in it (« industrie de défense », « conseiller militaire »)
    if any(other.event_type.code == trigger.event_type.code and other.start != trigger.start for other in triggers):
        return True
    outside = [forms for i, forms in words if not trigger.start <= i < trigger.end]
    if any(not forms.isdisjoint(context) for forms in outside):
        return True
    text = " ".join(fold(token.text) for token in sent if not trigger.start <= token.i < trigger.end)
    return any(" " in cue and cue in text for cue in context)


def _is_context_entity(mention: Mention, event_type: EventType) -> bool:
    """A mention of a type that is context for the event type; a person only when known to stand for
    a state or an organisation (« Kim Jong-un », not any name)."""
    return mention.type in event_type.context_entities and (mention.type != "PERSON" or bool(mention.affiliation))
