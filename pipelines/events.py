"""Cooperation events from an analysed Doc: codebook triggers, arguments from the dependency parse,
place, date and status from the trigger's clause.

For each trigger of the codebook found in a sentence:
- participants are the actors (states, organisations, persons standing for them) of the trigger's
  clause, with the subject of a governing clause when the clause has none of its own; when the
  sentence names no actor, the actors are carried from the previous sentence (« Elle entretient… »,
  « Les deux parties ont abordé… ») with its date;
- a named exercise followed by a state in brackets (« Kazind (Kazakhstan) ») gives an exercise event
  with that state and the clause's subject;
- the place is a PLACE of the clause; the date the nearest date expression that is not the coverage
  of an agreement; the status comes from cue words and the verb's mood and tense.
One event per type and participant set per sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from .codebook import Codebook, EventType
from .dates import find_dates
from .ids import fold
from .records import DateValue, EventRecord, Mention

ACTOR_TYPES = ("STATE", "ORGANIZATION")
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "acl:relcl", "parataxis", "csubj", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl:subj"})
# Adversaries are not partners: « la lutte contre l'État islamique ».
ADVERSARY_MARKERS = frozenset({"contre", "face"})
STATUS_PRIORITY = ("negated", "hypothetical", "planned", "discussed")
NEGATION_WORDS = frozenset({"pas", "plus", "jamais", "aucun", "aucune", "guère"})
GAP_POS = frozenset({"DET", "ADP", "PUNCT", "ADJ", "ADV"})


@dataclass(frozen=True)
class Trigger:
    event_type: EventType
    start: int  # token indices
    end: int

    @property
    def head(self) -> int:
        return self.start


def _token_forms(token: Token) -> set[str]:
    text = fold(token.text)
    lemma = fold(token.lemma_)
    forms = {text, lemma, text.rstrip("s"), text.rstrip("x")}
    if text.endswith("es"):
        forms.add(text[:-2])
        forms.add(text[:-1])
    return forms


def _match_words(sent: Span, i: int, words: tuple[str, ...]) -> int | None:
    """End index when `words` match from token i, allowing up to two function words between them."""
    doc = sent.doc
    if words[0] not in _token_forms(doc[i]):
        return None
    j = i + 1
    for word in words[1:]:
        skipped = 0
        while j < sent.end and word not in _token_forms(doc[j]):
            if doc[j].pos_ not in GAP_POS or skipped >= 2:
                return None
            j += 1
            skipped += 1
        if j >= sent.end:
            return None
        j += 1
    return j


def find_triggers(sent: Span, codebook: Codebook) -> list[Trigger]:
    found: list[Trigger] = []
    for event_type in codebook.event_types.values():
        for i in range(sent.start, sent.end):
            for words in event_type.triggers:
                end = _match_words(sent, i, words)
                if end is not None:
                    found.append(Trigger(event_type, i, end))
                    break
    return found


def _has_context(sent: Span, event_type: EventType) -> bool:
    if not event_type.context:
        return True
    forms: set[str] = set()
    for token in sent:
        forms |= _token_forms(token)
    text = fold(sent.text)
    return bool(forms & event_type.context) or any(" " in cue and cue in text for cue in event_type.context)


def clause_root(token: Token) -> Token:
    """The verb or predicate heading the clause that contains `token`."""
    current = token
    while current.dep_ not in CLAUSE_DEPS and current.head.i != current.i:
        current = current.head
    return current


def _subject_actors(root: Token, mention_at: dict[int, Mention]) -> list[Mention]:
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS:
            found = [mention_at[t.i] for t in child.subtree if t.i in mention_at]
            if found:
                return found
    return []


def _in_subtree(token: Token, root: Token) -> bool:
    return token.i == root.i or root in token.ancestors


def _is_adversary(token: Token) -> bool:
    for ancestor in [token, *token.ancestors][:4]:
        if any(fold(child.text) in ADVERSARY_MARKERS for child in ancestor.children if child.dep_ in ("case", "mark")):
            return True
    return False


class EventExtractor:
    def __init__(self, codebook: Codebook):
        self.codebook = codebook

    def extract(
        self, doc: Doc, doc_id: str, mentions: list[Mention], body_end: int | None, reference: date | None
    ) -> list[EventRecord]:
        by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence_id, []).append(mention)
        events: list[EventRecord] = []
        seen_in_paragraph: dict[tuple[int, str, tuple[str, ...]], int] = {}
        previous: tuple[tuple[str, ...], DateValue | None] | None = None
        for sent_id, sent in enumerate(doc.sents):
            if body_end is not None and sent.start_char >= body_end:
                break
            if not sent.text.strip():
                continue
            sent_mentions = by_sentence.get(sent_id, [])
            dates = find_dates(sent.text, reference, offset=sent.start_char)
            sent_events = self._sentence_events(doc, doc_id, sent, sent_id, sent_mentions, dates, previous)
            paragraph = doc.text.count("\n", 0, sent.start_char)
            for event in sent_events:
                # One fact, one row: the same type and participants again in the same paragraph
                # (« Le général Munir a également rencontré… ») is the same event told twice.
                key = (paragraph, event.type, event.participant_keys)
                if key in seen_in_paragraph:
                    first = events[seen_in_paragraph[key]]
                    if not first.date_start and event.date_start:
                        events[seen_in_paragraph[key]] = replace(
                            first, date_start=event.date_start, date_end=event.date_end, date_text=event.date_text
                        )
                    continue
                seen_in_paragraph[key] = len(events)
                events.append(event)
            actors = self._actor_keys(sent_mentions)
            if actors:
                point_dates = [d for d in dates if d.kind != "coverage" and d.date_start]
                previous = (tuple(actors), point_dates[0] if point_dates else None)
            if "\n" in doc.text[sent.end_char : sent.end_char + 2] and not sent_events and not actors:
                previous = None  # a paragraph without actors breaks the chain
        return events

    @staticmethod
    def _actor_keys(mentions: list[Mention]) -> list[str]:
        keys: list[str] = []
        for mention in mentions:
            key = _actor_key(mention)
            if key and key not in keys:
                keys.append(key)
        return keys

    def _sentence_events(
        self, doc: Doc, doc_id: str, sent: Span, sent_id: int, mentions: list[Mention], dates: list[DateValue], previous
    ) -> list[EventRecord]:
        mention_at: dict[int, Mention] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    mention_at[token.i] = mention
        actor_at = {i: m for i, m in mention_at.items() if _actor_key(m)}
        events: dict[tuple[str, tuple[str, ...]], EventRecord] = {}
        for trigger in find_triggers(sent, self.codebook):
            if not _has_context(sent, trigger.event_type):
                continue
            head = doc[trigger.head]
            if head.i in mention_at and mention_at[head.i].type in ACTOR_TYPES:
                continue  # « l'Alliance atlantique » is an actor, not an alliance event
            if _is_anaphoric(head):
                continue  # « Ces manœuvres… » refers back to an event already extracted
            for participants, method, carried_date in self._participants(doc, head, sent, actor_at, previous):
                record = self._record(
                    doc, doc_id, sent, sent_id, trigger, participants, method, mentions, dates, carried_date
                )
                key = (record.type, record.participant_keys)
                if key not in events or events[key].confidence < record.confidence:
                    events[key] = record
        for record in self._exercise_list_events(doc, doc_id, sent, sent_id, mentions, actor_at, dates, previous):
            events.setdefault((record.type, record.participant_keys), record)
        return list(events.values())

    def _participants(self, doc: Doc, head: Token, sent: Span, actor_at: dict[int, Mention], previous):
        root = clause_root(head)
        clause = [m for i, m in actor_at.items() if _in_subtree(doc[i], root) and not _is_adversary(doc[i])]
        keys = _unique(_actor_key(m) for m in clause)
        if root.dep_ in ("xcomp", "advcl", "conj", "acl", "acl:relcl") and not any(
            child.dep_ in SUBJECT_DEPS for child in root.children
        ):
            governor = clause_root(root.head)
            keys = _unique([*[_actor_key(m) for m in _subject_actors(governor, actor_at)], *keys])
        if keys:
            yield tuple(keys), "rule:clause", None
            return
        sentence_keys = _unique(_actor_key(m) for i, m in actor_at.items() if not _is_adversary(doc[i]))
        if sentence_keys:
            yield tuple(sentence_keys), "rule:sentence", None
            return
        if previous:
            yield previous[0], "rule:previous-sentence", previous[1]

    def _record(
        self,
        doc: Doc,
        doc_id: str,
        sent: Span,
        sent_id: int,
        trigger: Trigger,
        participants: tuple[str, ...],
        method: str,
        mentions: list[Mention],
        dates: list[DateValue],
        carried_date: DateValue | None,
    ) -> EventRecord:
        head = doc[trigger.head]
        root = clause_root(head)
        actors = [key for key in participants if not key.startswith("PERSON:")]
        participants = tuple(sorted(actors or participants))
        status, cue = self._status(doc, sent, head, root)
        place_key, place = self._place(doc, sent, root, mentions)
        chosen = self._date(dates, head) or carried_date
        confidence = {
            "rule:clause": 0.8,
            "rule:sentence": 0.6,
            "rule:previous-sentence": 0.5,
            "rule:exercise-list": 0.8,
        }[method]
        if len(participants) == 1:
            confidence -= 0.1
        trigger_span = doc[trigger.start : trigger.end]
        return EventRecord(
            doc_id=doc_id,
            type=trigger.event_type.code,
            participant_keys=participants,
            place_key=place_key,
            place=place,
            date_start=chosen.date_start if chosen else "",
            date_end=chosen.date_end if chosen else "",
            date_text=chosen.text if chosen else "",
            status=status,
            status_cue=cue,
            trigger=trigger_span.text,
            sentence_id=sent_id,
            sentence=sent.text.strip(),
            start=trigger_span.start_char,
            end=trigger_span.end_char,
            confidence=round(confidence, 2),
            method=method,
        )

    @staticmethod
    def _date(dates: list[DateValue], head: Token) -> DateValue | None:
        usable = [d for d in dates if d.kind != "coverage"]
        if not usable:
            return None
        return min(usable, key=lambda d: abs(d.start - head.idx))

    @staticmethod
    def _place(doc: Doc, sent: Span, root: Token, mentions: list[Mention]) -> tuple[str, str]:
        places = [m for m in mentions if m.type == "PLACE"]
        if not places:
            return "", ""
        in_clause = []
        for mention in places:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _in_subtree(span.root, root):
                in_clause.append(mention)
        chosen = (in_clause or places)[0]
        return chosen.key, chosen.text

    def _status(self, doc: Doc, sent: Span, head: Token, root: Token) -> tuple[str, str]:
        window_start = max(sent.start, min(head.i, root.i) - 6)
        window_end = min(sent.end, max(head.i, root.i) + 2)
        window = doc[window_start:window_end]
        if any(fold(t.text) in ("ne", "n'") for t in window) and any(fold(t.text) in NEGATION_WORDS for t in window):
            cue = next(t.text for t in window if fold(t.text) in NEGATION_WORDS)
            return "negated", f"ne … {cue}"
        for status in STATUS_PRIORITY:
            for words in self.codebook.status_cues.get(status, ()):
                if words[0] in ("ne", "n'"):
                    continue
                for i in range(window.start, window.end):
                    end = _match_words(window, i, words)
                    if end is not None:
                        return status, doc[i:end].text
        verb = root if root.pos_ in ("VERB", "AUX") else head.head
        if "Fut" in verb.morph.get("Tense"):
            return "planned", verb.text
        if "Cnd" in verb.morph.get("Mood"):
            return "hypothetical", verb.text
        return "occurred", ""

    def _exercise_list_events(
        self,
        doc: Doc,
        doc_id: str,
        sent: Span,
        sent_id: int,
        mentions: list[Mention],
        actor_at: dict[int, Mention],
        dates: list[DateValue],
        previous,
    ) -> list[EventRecord]:
        """« Kazind (Kazakhstan), Khanjar (Kirghizstan) et Dustlik (Ouzbékistan) »: one event per exercise,
        with the state in brackets and the subject of the clause."""
        records = []
        joint = self.codebook.event_types.get("JOINT_EXERCISE")
        if joint is None:
            return records
        for mention in mentions:
            if mention.type != "EXERCISE":
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.end + 2 >= sent.end or doc[span.end].text != "(":
                continue
            inside = [actor_at[i] for i in range(span.end + 1, min(span.end + 6, sent.end)) if i in actor_at]
            if not inside:
                continue
            partner = _actor_key(inside[0])
            root = clause_root(span.root)
            subject = [_actor_key(m) for m in _subject_actors(root, actor_at)]
            governor = root
            while not subject and governor.head.i != governor.i:
                governor = clause_root(governor.head)
                subject = [_actor_key(m) for m in _subject_actors(governor, actor_at)]
            if not subject and previous:
                subject = list(previous[0][:1])
            participants = tuple(_unique([*subject, partner]))
            trigger = Trigger(joint, span.start, span.end)
            records.append(
                self._record(
                    doc, doc_id, sent, sent_id, trigger, participants, "rule:exercise-list", mentions, dates, None
                )
            )
        return records


def _is_anaphoric(token: Token) -> bool:
    """A trigger noun with a demonstrative determiner (« ces exercices », « cet accord »)."""
    return token.pos_ == "NOUN" and any(
        child.dep_ == "det"
        and ("Dem" in child.morph.get("PronType") or fold(child.text) in ("ce", "cet", "cette", "ces"))
        for child in token.children
    )


def _actor_key(mention: Mention) -> str:
    if mention.type in ACTOR_TYPES:
        return mention.key
    if mention.type == "PERSON":
        return mention.affiliation or mention.key
    return ""


def _unique(keys) -> list[str]:
    out: list[str] = []
    for key in keys:
        if key and key not in out:
            out.append(key)
    return out
