"""From an analysed spaCy Doc to Mention records: canonical keys, sentence ids, and for persons the
role and the state or organisation they represent."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from .components.attributes import METHOD, STATE
from .components.entity_types import TITLE_WORDS
from .components.gazetteer_matcher import COMPOUND_SEPARATOR
from .gazetteer import Gazetteer
from .ids import fold, slug
from .records import Mention, Sentence

ACTOR_TYPES = ("STATE", "ORGANIZATION")
# How far to the left of a person's name its title may start: « le chef d'État-major des armées
# pakistanaise, le général Asim Munir ».
TITLE_WINDOW = 12
SURNAME_SIMILARITY = 85
# « (OTSC) », « (Projet des routes de la soie) »: a bracket opening, at most three words before the name.
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,8}[A-Z][A-Za-z]?")
_OPENING_BRACKET = re.compile(r"\(\s*(?:[\w'’-]+\s*){0,3}")


def sentences_of(doc: Doc, sents: list[Span] | None = None, text: str | None = None) -> list[Sentence]:
    """The sentences of `doc`; `sents` is `list(doc.sents)` and `text` is `doc.text` when the caller
    already has them (each walk of doc.sents, each reading of doc.text goes over every token)."""
    out = []
    full_text = doc.text if text is None else text  # Span.text is rebuilt token by token on every access
    for index, sent in enumerate(doc.sents if sents is None else sents):
        raw = full_text[sent.start_char : sent.end_char]
        text = raw.strip()
        if not text:
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        out.append(Sentence(index, start, start + len(text), text))
    return out


def sentence_index(doc: Doc, sents: list[Span] | None = None) -> dict[int, int]:
    """Token index → sentence id, with the ids of `sentences_of`."""
    mapping = {}
    for index, sent in enumerate(doc.sents if sents is None else sents):
        mapping.update(dict.fromkeys(range(sent.start, sent.end), index))
    return mapping


def mention_key(span: Span) -> str:
    if span.kb_id_:
        return span.kb_id_
    return f"{span.label_}:{slug(span.text)}"


POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _role_and_affiliation(span: Span, ents: tuple[Span, ...]) -> tuple[str, str]:
    """The title and the state or organisation of a person, from the noun phrase around the name:
    « le président du Kazakhstan Kassym-Jomart Tokaïev » → (président du Kazakhstan, KAZ);
    « le chef d'État-major des armées pakistanaise, le général Asim Munir » → (… , PAK);
    « Yaşar Güler, le ministre turc de la Défense » → (ministre turc de la Défense, TUR).
    `ents` are the document's entities (spaCy builds them anew on every access to doc.ents)."""
    doc = span.doc
    sent = span.sent
    left = span.start
    while (
        left > sent.start
        and span.start - left < TITLE_WINDOW
        and doc[left - 1].pos_ not in ("VERB", "AUX")
        and doc[left - 1].ent_type_ != "PERSON"
    ):
        left -= 1
    right = span.end
    if right < sent.end and doc[right].text == ",":
        while (
            right < sent.end
            and right - span.end < TITLE_WINDOW
            and doc[right].pos_ not in ("VERB", "AUX")
            and doc[right].text not in (";", ".")
            and doc[right].ent_type_ != "PERSON"
            # « Sergueï Choïgou, alors ministre de la Défense, et son homologue vénézuélien »: another's title
            and not (doc[right].pos_ == "CCONJ" and right + 1 < sent.end and doc[right + 1].lower_ in POSSESSIVES)
        ):
            right += 1
    before = [t for t in doc[left : span.start] if _is_a_title(t)]
    after = [t for t in doc[span.end : right] if _is_a_title(t)]
    role, actors = "", []
    if before:
        start = before[0].i
        commas = [t.i for t in doc[start : span.start] if t.text == ","]
        if commas and any(t.i > commas[-1] for t in before) and span.start - commas[-1] - 1 > 2:
            # « Reçu par le président américain le 6 mai, le Premier ministre Mark Carney »: the title after
            # the comma is his; another's before it (« chef d'État-major des armées pakistanaise, le
            # général Asim Munir » has a short one after the comma, and the long one is his)
            start = next(t.i for t in before if t.i > commas[-1])
        role = doc[start : span.start].text.strip(" ,")
        actors = [ent for ent in ents if ent.label_ in ACTOR_TYPES and start <= ent.start < span.start]
    elif after:
        role = doc[after[0].i : right].text.strip(" ,")
        actors = [ent for ent in ents if ent.label_ in ACTOR_TYPES and after[0].i <= ent.start < right]
    if ", " in role:  # « chef d'État-major des armées pakistanaise, le général » → the descriptive part
        head, _, tail = role.rpartition(", ")
        if len(tail.split()) <= 2:
            role = head
    affiliation = mention_key(actors[-1]) if actors else ""
    return role, affiliation


def _is_a_title(token: Token) -> bool:
    """A word of a person's title; not one qualifying another noun (« au quartier général britannique de
    Northwood, Emmanuel Macron »), except a title (« le secrétaire général »)."""
    return token.lower_ in TITLE_WORDS and not (token.dep_ == "amod" and token.head.lower_ not in TITLE_WORDS)


def mentions_of(
    doc: Doc,
    doc_id: str,
    body_end: int | None,
    gazetteer: Gazetteer | None = None,
    sents: list[Span] | None = None,
    text: str | None = None,
) -> list[Mention]:
    """Mentions of the entities of `doc` before `body_end`. Persons take their role and affiliation
    from the text around their name, else from persons.tsv."""
    sent_ids = sentence_index(doc, sents)
    mentions = []
    ents = doc.ents
    for ent in ents:
        if body_end is not None and ent.start_char >= body_end:
            continue
        role, affiliation = _role_and_affiliation(ent, ents) if ent.label_ == "PERSON" else ("", ent._.get(STATE))
        entry = gazetteer.get(ent.kb_id_) if gazetteer is not None and ent.kb_id_ else None
        if entry is not None and entry.type == "PERSON":
            role = role or entry.attributes.get("role", "")
            affiliation = affiliation or entry.attributes.get("affiliation", "")
        if ent.label_ == "PERSON" and role and not affiliation and _title_of_the_one_before(ent, role):
            # « le président Javier Milei … aux côtés de son ministre de la Défense, Luis Petri »
            affiliation = next(
                (
                    m.affiliation
                    for m in reversed(mentions)
                    if m.type == "PERSON" and m.sentence_id == sent_ids[ent.start]
                ),
                "",
            )
        # A compound adjective (« franco-ukrainien ») names several states: one mention each.
        keys = ent.kb_id_.split(COMPOUND_SEPARATOR) if ent.kb_id_ else [mention_key(ent)]
        for key in keys:
            mentions.append(
                Mention(
                    doc_id=doc_id,
                    index=len(mentions),
                    text=ent.text,
                    type=ent.label_,
                    key=key,
                    name=ent.text,
                    start=ent.start_char,
                    end=ent.end_char,
                    sentence_id=sent_ids[ent.start],
                    method=ent._.get(METHOD) or "ner",
                    role=role,
                    affiliation=affiliation,
                )
            )
    linked = _one_type_per_name(
        _link_person_names(_link_short_forms(doc, mentions, sent_ids, doc.text if text is None else text))
    )
    kept = [m for m in linked if body_end is None or m.start < body_end]
    ordered = sorted(kept, key=lambda m: (m.start, m.end, m.key))
    return [replace(mention, index=index) for index, mention in enumerate(ordered)]


COUNTERPART_TITLES = frozenset({"homologue", "homologues"})


def _title_of_the_one_before(span: Span, role: str) -> bool:
    """Whether a person's title is introduced by a possessive (« son ministre de la Défense, Luis Petri »):
    the person serves the one named before. « son homologue, Kajsa Ollongren » is the counterpart from
    another state: no."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - TITLE_WINDOW - 2) - 1, -1):
        if role.startswith(doc[i].text) and i > 0 and doc[i - 1].lower_ in ("son", "sa"):
            return doc[i].lower_ not in COUNTERPART_TITLES
    return False


def _one_type_per_name(mentions: list[Mention]) -> list[Mention]:
    """« la base de Tindal … se sont posés à Tindal »: a name the model read as a person's once, with no
    title, is what the document calls it elsewhere, a place or an organisation."""
    elsewhere: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type in ("PLACE", "ORGANIZATION"):
            elsewhere.setdefault(fold(mention.text), mention)
    found = []
    for mention in mentions:
        other = elsewhere.get(fold(mention.text))
        if (
            mention.type == "PERSON"
            and other is not None
            and not mention.role
            and not mention.method.startswith("gazetteer")
        ):
            mention = replace(mention, key=other.key, type=other.type, name=other.name)
        found.append(mention)
    return found


def _link_short_forms(doc: Doc, mentions: list[Mention], sent_ids: dict[int, int], full_text: str) -> list[Mention]:
    """Names the document itself ties together:
    - « Organisation du traité de sécurité collective (OTSC) », « Forces armées maliennes (FAMa) »,
      « Belt Road Initiative (Projet des routes de la soie) »: a name in brackets right after another
      entity, or after it in the same bracket (« (Supplementary Defence Cooperation Agreement, SDCA) »),
      is the same entity, wherever else it occurs in the document;
    - « l'Union », « l'Alliance » after « Union européenne », « Alliance atlantique »: a single word found
      by the model that opens the name of a known actor met earlier is that actor."""
    by_text: dict[str, Mention] = {}
    ordered = sorted(mentions, key=lambda m: (m.start, m.index))
    for previous, mention in itertools.pairwise(ordered):
        between = full_text[previous.end : mention.start].strip(' «»"')
        # « (Supplementary Defence Cooperation Agreement, SDCA) »: a name and its acronym in one bracket
        opening = full_text[max(0, previous.start - 4) : previous.start].rstrip(' «»"')
        in_one_bracket = between == "," and opening.endswith("(")
        if not (_OPENING_BRACKET.fullmatch(between) or in_one_bracket) or "PERSON" in (previous.type, mention.type):
            continue
        closing = full_text[mention.end : mention.end + 40]
        if ")" not in closing.split("(")[0]:
            continue
        if mention.type != previous.type and not _ACRONYM.fullmatch(mention.text):
            continue  # « Kazind (Kazakhstan) » is an exercise and its host, not two names of one thing
        if mention.type != previous.type:
            # The acronym names the whole noun phrase before the bracket, whose first entity is nearest
            # its head: « Forces françaises stationnées à Djibouti (FFDj) » → the French forces.
            previous = _first_of_phrase(full_text, ordered, previous)
        known, other = (mention, previous) if mention.method.startswith("gazetteer") else (previous, mention)
        if other.method.startswith("gazetteer") and known.key != other.key:
            continue
        by_text[fold(other.text)] = known
    linked = []
    for mention in mentions:
        source = by_text.get(fold(mention.text))
        if source is None and not mention.method.startswith("gazetteer") and len(mention.text.split()) == 1:
            word = fold(mention.text)
            source = next(
                (
                    m
                    for m in ordered
                    if m.start < mention.start
                    and m.method.startswith("gazetteer")
                    and m.type in ACTOR_TYPES
                    and len(m.text.split()) > 1
                    and fold(m.text).split()[0] == word
                ),
                None,
            )
        if source is not None and source.key != mention.key:
            mention = replace(mention, key=source.key, type=source.type, name=source.name)
        linked.append(mention)
    return linked + _defined_acronyms(doc, full_text, by_text, linked, sent_ids)


def _defined_acronyms(
    doc: Doc, full_text: str, by_text: dict[str, Mention], mentions: list[Mention], sent_ids: dict[int, int]
) -> list[Mention]:
    """Later occurrences of an acronym the document defined (« … (FFDj) ») that the model missed."""
    covered = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for mention in mentions:
        source = by_text.get(fold(mention.text))
        if source is None or not _ACRONYM.fullmatch(mention.text) or any(f.text == mention.text for f in found):
            continue
        for match in re.finditer(rf"\b{re.escape(mention.text)}\b", full_text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in covered):
                continue
            span = doc.char_span(start, end)
            if span is None:
                continue
            found.append(
                replace(
                    mention,
                    index=-1,
                    start=start,
                    end=end,
                    sentence_id=sent_ids[span.start],
                    method="rule:defined-acronym",
                )
            )
            covered.append((start, end))
    return found


_PHRASE_BREAK = re.compile(r"[,;:.!?()«»]|\b(?:a|ont|est|sont|qui|que|dont)\b")


def _first_of_phrase(full_text: str, ordered: list[Mention], last: Mention) -> Mention:
    """The earliest entity of the phrase that ends with `last` (no punctuation or verb between)."""
    first = last
    for mention in reversed([m for m in ordered if m.end <= first.start]):
        if mention.type == "PERSON" or _PHRASE_BREAK.search(full_text[mention.end : first.start]):
            break
        if first.start - mention.end > 60:
            break
        first = mention
    return first


def _same_surname(a: str, b: str) -> bool:
    """Equal, or a likely misspelling of each other (« Muir » / « Munir »), « y » and « i » being one
    letter of transliteration (« Papykian » / « Papikyan »)."""
    if a == b:
        return True
    a, b = a.replace("y", "i"), b.replace("y", "i")
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= SURNAME_SIMILARITY


def _persons_the_model_mistyped(mentions: list[Mention]) -> list[Mention]:
    """« Sadyr Japorov », taken for a place by the model, is the « Sadyr Japarov » of the same document:
    a name of two words or more that the model typed, with the first names of a person of the document
    and a surname spelt alike, is that person."""
    people = {tuple(fold(m.text).split()) for m in mentions if m.type == "PERSON"}
    people = {words for words in people if len(words) >= 2}
    if not people:
        return mentions
    retyped = []
    for mention in mentions:
        words = tuple(fold(mention.text).split())
        if (
            mention.method == "ner"
            and mention.type in ("PLACE", "ORGANIZATION")
            and len(words) >= 2
            and any(
                len(person) == len(words) and person[:-1] == words[:-1] and _same_surname(person[-1], words[-1])
                for person in people
            )
        ):
            mention = replace(mention, type="PERSON", key=f"PERSON:{slug(mention.text)}")
        retyped.append(mention)
    return retyped


def _link_person_names(mentions: list[Mention]) -> list[Mention]:
    """Within a document, « Munir », « général Munir » and a misspelt « Asim Muir » are one person:
    a person mention whose words end like a longer or equally long person mention (allowing a misspelt
    surname) joins it. The group's name takes the longest form's first names and the surname spelling seen
    most often."""
    mentions = _persons_the_model_mistyped(mentions)
    people = [m for m in mentions if m.type == "PERSON"]
    longest_first = sorted({fold(m.text) for m in people}, key=lambda name: (-len(name.split()), -len(name), name))
    group_of: dict[str, str] = {}
    for name in longest_first:
        words = name.split()
        for head in group_of.values():
            head_words = head.split()
            if (
                len(head_words) >= len(words)
                and head_words[-len(words) : -1] == words[:-1]
                and _same_surname(head_words[-1], words[-1])
            ):
                group_of[name] = head
                break
        else:
            group_of[name] = name
    groups: dict[str, list[Mention]] = {}
    for mention in people:
        groups.setdefault(group_of[fold(mention.text)], []).append(mention)
    canonical: dict[str, tuple[str, str, str, str]] = {}
    for head, members in groups.items():
        longest = max(members, key=lambda m: (len(m.text.split()), len(m.text)))
        surnames = Counter(m.text.split()[-1] for m in members)
        surname = max(surnames, key=lambda word: (surnames[word], word == longest.text.split()[-1]))
        name = " ".join([*longest.text.split()[:-1], surname])
        affiliation = next((m.affiliation for m in members if m.affiliation), "")
        role = next((m.role for m in members if m.role), "")
        known = next((m for m in members if not m.key.startswith("PERSON:")), None)  # from persons.tsv
        key = known.key if known is not None else f"PERSON:{slug(name)}"
        canonical[head] = (key, known.name if known is not None else name, affiliation, role)
    linked = []
    for mention in mentions:
        if mention.type == "PERSON":
            key, name, affiliation, role = canonical[group_of[fold(mention.text)]]
            mention = replace(
                mention, key=key, name=name, affiliation=mention.affiliation or affiliation, role=mention.role or role
            )
        linked.append(mention)
    return linked
