"""Gazetteer recognition: states (names, variants, demonyms, capitals), organisations, places,
exercises and initiatives from models/gazetteers/. Runs after `ner`: its spans win, and the
model's entities stay where no gazetteer name lies (the model runs faster without preset entities)."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import Gazetteer, load_gazetteer
from .attributes import METHOD

_APOSTROPHES = ("'", "’")
COMPOUND_SEPARATOR = "+"
SYSTEMS_KEY = "veille_systems"


def _variants(text: str) -> set[str]:
    """The form with both apostrophes, so « Côte d'Ivoire » also matches « Côte d’Ivoire »."""
    return {text.replace("'", apostrophe).replace("’", apostrophe) for apostrophe in _APOSTROPHES}


# (not « de »: « le traité de Moscou », « l’Accord de Paris » name the capital)
NAME_PARTICLES = frozenset({"da", "do", "dos", "das", "di", "del", "della"})


def _ends_a_longer_name(doc: Doc, start: int) -> bool:
    """« Mocímboa da Praia », « Reggio di Calabria »: a name after a particle that follows a capitalised
    word ends a longer place name."""
    return start >= 2 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 2].is_title


@Language.factory(
    "veille_gazetteer",
    assigns=["doc.ents", "doc.spans", "span._.veille_method"],
    requires=["token.text"],
    default_config={"gazetteer_dir": None},
)
def make_gazetteer_matcher(nlp: Language, name: str, gazetteer_dir: str | None):
    from ..config import default_models_dir

    folder = Path(gazetteer_dir) if gazetteer_dir else default_models_dir() / "gazetteers"
    return GazetteerMatcher(nlp, load_gazetteer(folder.resolve()))


class GazetteerMatcher:
    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        # Case matters for single-word names and acronyms (« UA », « Mali »); demonyms and
        # multi-word names are matched whatever their case.
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.labels: dict[str, tuple[str, str, str]] = {}
        for entry, form in gazetteer.forms():
            for text in _variants(form.text):
                doc = nlp.make_doc(text)
                key = f"{entry.entity_id}|{form.kind}"
                self.labels[key] = (entry.type, entry.entity_id, f"gazetteer:{form.kind}")
                if form.kind == "demonym" or len(doc) > 1:
                    self.caseless.add(key, [nlp.make_doc(text.lower())])
                else:
                    self.exact.add(key, [doc])
        # Exercises are often written with their year: « Zapad-2021 », « Joint Sea-2024 », « Balikatan 2024 ».
        self.exercise_by_name = {
            form.text: entry.entity_id
            for entry in gazetteer.entries.values()
            if entry.type == "EXERCISE"
            for form in entry.forms
        }
        names = "|".join(sorted(map(re.escape, self.exercise_by_name), key=len, reverse=True))
        self.year_suffixed = re.compile(rf"(?<!\w)({names})[-‐]\d{{2,4}}(?!\w)") if names else None
        # Military systems (« Rafale », « Bayraktar TB2 ») are no codebook entity; they go to
        # doc.spans["veille_systems"] with their origin, which tells the supplier of a transfer.
        self.systems = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.system_origin: dict[str, str] = {}
        for system in gazetteer.systems.values():
            self.system_origin[system.system_id] = COMPOUND_SEPARATOR.join(system.origin)
            self.systems.add(system.system_id, [nlp.make_doc(form) for form in system.forms])
        # A variant is often written as the name with a suffix of capitals and digits in one word (« T-72B1 »,
        # « Su-30SME », « K-8W »): the name of a designation ending in a digit, so that « Rafale » or « Hawk »
        # never grow into another word.
        self.system_by_form = {
            form: system.system_id
            for system in gazetteer.systems.values()
            for form in system.forms
            if re.search(r"\d$", form)
        }
        designations = "|".join(sorted(map(re.escape, self.system_by_form), key=len, reverse=True))
        self.variant = re.compile(rf"(?<![\w-])({designations})[A-Z][A-Z0-9]{{0,3}}(?![\w-])") if designations else None
        # Compound adjectives naming several states: « franco-ukrainien », « tadjiko-afghane ».
        demonyms = {form.text.lower(): entry.entity_id for entry, form in gazetteer.forms() if form.kind == "demonym"}
        self.demonyms = demonyms
        self.combining = gazetteer.combining_forms
        prefixes = "|".join(sorted(map(re.escape, self.combining), key=len, reverse=True))
        endings = "|".join(sorted(map(re.escape, demonyms), key=len, reverse=True))
        compound = rf"\b((?:(?:{prefixes.lower()})-)+)({endings})\b" if prefixes else None
        # Matched against the lowered text (several times faster than ignoring case), or ignoring case
        # when lowering changes the text's length and would shift the offsets.
        self.compound = re.compile(compound) if compound else None
        self.compound_ignoring_case = re.compile(compound, re.IGNORECASE) if compound else None

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        methods: dict[tuple[int, int], str] = {}
        matches = [
            (doc.vocab.strings[match_id], start, end)
            for matcher in (self.exact, self.caseless)
            for match_id, start, end in matcher(doc)
        ]
        text = doc.text  # rebuilt from the tokens on every access
        if self.year_suffixed is not None:
            for found in self.year_suffixed.finditer(text):
                span = doc.char_span(found.start(), found.end(), alignment_mode="strict")
                if span is not None:
                    matches.append((f"{self.exercise_by_name[found.group(1)]}|name", span.start, span.end))
        for label_key, start, end in matches:
            entity_type, entity_id, method = self.labels[label_key]
            if method == "gazetteer:capital" and _ends_a_longer_name(doc, start):
                continue  # « Mocímboa da Praia » is no capital
            if method == "gazetteer:demonym" and _names_a_language(doc, start, end):
                continue  # « “boucliers” en grec », « traduit en russe »: a language
            if entity_type == "EXERCISE" and end < len(doc) and re.fullmatch(r"(19|20)\d\d", doc[end].text):
                end += 1
            spans.append(Span(doc, start, end, label=entity_type, kb_id=entity_id))
            methods.setdefault((start, end), method)
        spans = _without_foreign_forces(spans, methods)
        spans.extend(self._compounds(doc, text, methods))
        systems = [
            Span(doc, start, end, label="SYSTEM", kb_id=self.system_origin[doc.vocab.strings[match_id]])
            for match_id, start, end in self.systems(doc)
        ]
        for found in self.variant.finditer(text) if self.variant is not None else ():
            span = doc.char_span(found.start(), found.end(), alignment_mode="strict")
            if span is not None:
                origin = self.system_origin[self.system_by_form[found.group(1)]]
                systems.append(Span(doc, span.start, span.end, label="SYSTEM", kb_id=origin))
        doc.spans[SYSTEMS_KEY] = filter_spans(systems)
        kept = filter_spans(spans)
        for span in kept:
            span._.set(METHOD, methods[(span.start, span.end)])
        # The model's entities (the component runs after `ner`) stay where no gazetteer name lies.
        occupied = {i for span in kept for i in range(span.start, span.end)}
        model = [ent for ent in doc.ents if occupied.isdisjoint(range(ent.start, ent.end))]
        doc.set_ents(sorted(kept + model, key=lambda span: span.start), default="outside")
        return doc

    def _compounds(self, doc: Doc, text: str, methods: dict[tuple[int, int], str]) -> list[Span]:
        """One span for the compound, its kb_id the states joined by « + » (« FRA+UKR »)."""
        if self.compound is None:
            return []
        found = []
        lowered = text.lower()
        matches = (
            self.compound.finditer(lowered) if len(lowered) == len(text) else self.compound_ignoring_case.finditer(text)
        )
        for match in matches:
            span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
            if span is None:
                continue
            ids = [self.combining[part.lower()] for part in match.group(1).strip("-").split("-")]
            ids.append(self.demonyms[match.group(2).lower()])
            unique = list(dict.fromkeys(ids))
            if len(unique) < 2:
                continue
            found.append(Span(doc, span.start, span.end, label="STATE", kb_id=COMPOUND_SEPARATOR.join(unique)))
            methods.setdefault((span.start, span.end), "gazetteer:compound-demonym")
        return found


def _names_a_language(doc: Doc, start: int, end: int) -> bool:
    """A lower-case demonym right after « en » is a language (« en grec », « en arabe »), not a state."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ == "en" and doc[start].text.islower()


def _without_foreign_forces(spans: list[Span], methods: dict[tuple[int, int], str]) -> list[Span]:
    """A force's name that stands for a state (« Corps des Marines » → USA) followed by another state's
    demonym is that other state's force (« le Corps des Marines philippin »): the demonym names it."""
    demonym_at = {
        span.start: span.kb_id_ for span in spans if methods.get((span.start, span.end)) == "gazetteer:demonym"
    }
    return [
        span
        for span in spans
        if not (
            methods.get((span.start, span.end)) == "gazetteer:name"
            and span.label_ == "STATE"
            and demonym_at.get(span.end, span.kb_id_) != span.kb_id_
        )
    ]
