"""`veille evaluate`: score the bare model and the full pipeline against the gold annotations of
a folder (format of the codebook), per split (sub-folder) and per type, side by side.

Entities are scored per document on (type, any alias or id), compared without case, accents or a
leading article; two predicted entities for one gold entity count as one hit and one false positive.
Events are scored per document on (type, participant set), participants mapped to gold entities
through their surface forms; place, dates and status are accuracies on the matched events. Items
marked optional, and predictions whose every surface form is in the gold file's `ignore` list, are
neither rewarded nor penalised."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import analyse_documents
from .codebook import load_codebook
from .components.entity_types import MODEL_LABELS
from .config import default_models_dir
from .discover import is_source
from .documents import identify_language, read_document
from .events import doc_forms, find_triggers
from .gazetteer import load_gazetteer
from .ids import fold
from .mentions import mentions_of
from .nlp import load_pipeline
from .records import Document, SourceFile
from .resolve import entity_id_for, resolve_entities
from .tables import resolved_participants

_ARTICLE = re.compile(r"^(?:l'|le |la |les |the )")


def norm(text: str) -> str:
    return _ARTICLE.sub("", fold(text)).strip(" .,;:«»\"'()")


@dataclass
class GoldDocument:
    name: str
    split: str
    source: Path
    data: dict

    @property
    def ignore(self) -> set[str]:
        return {norm(form) for form in self.data.get("ignore", [])}

    def alias_index(self) -> dict[str, list[dict]]:
        index: dict[str, list[dict]] = defaultdict(list)
        for entity in self.data.get("entities", []):
            for form in [entity["id"], *entity.get("aliases", [])]:
                if entity not in index[norm(form)]:
                    index[norm(form)].append(entity)
        return index


def find_gold(folder: Path) -> list[GoldDocument]:
    """Gold files under a folder (the split is the sub-folder), or a single gold file or its text."""
    gold = []
    if folder.is_file():
        name = (
            folder.name[: -len(".gold.json")] if folder.name.endswith(".gold.json") else folder.name.rsplit(".", 1)[0]
        )
        paths = [folder.parent / f"{name}.gold.json"]
        folder = folder.parent
    else:
        paths = sorted(folder.rglob("*.gold.json"))
    for path in paths:
        stem = path.name[: -len(".gold.json")]
        sources = [
            p
            for p in path.parent.iterdir()
            if p.name != path.name and is_source(p.name) and p.name.rsplit(".", 1)[0] == stem
        ]
        if not sources:
            continue
        split = path.parent.relative_to(folder).as_posix() if path.parent != folder else "all"
        gold.append(GoldDocument(stem, split or "all", sources[0], json.loads(path.read_text(encoding="utf-8"))))
    return gold


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class PredictedEntity:
    key: str
    type: str
    forms: set[str]


@dataclass
class PredictedEvent:
    type: str
    participants: tuple[str, ...]
    place: str
    date_start: str
    date_end: str
    status: str
    sentence: str


@dataclass
class Scores:
    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    events: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    attributes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)

    def total(self, table: dict[str, Counts]) -> Counts:
        total = Counts()
        for counts in table.values():
            total.add(counts)
        return total


def match_entity(entity: PredictedEntity, gold: GoldDocument, index) -> tuple[dict | None, bool]:
    """The gold entity a prediction stands for, and whether the prediction is to be ignored."""
    forms = {norm(form) for form in entity.forms}
    hits: Counter[str] = Counter()
    by_id: dict[str, dict] = {}
    for form in sorted(forms):
        for candidate in index.get(form, []):
            if candidate["type"] == entity.type:
                hits[candidate["id"]] += 1
                by_id[candidate["id"]] = candidate
    if hits:
        # The gold entity most of the forms name; a tie goes to the first id, never to set order.
        best = min(hits, key=lambda gold_id: (-hits[gold_id], gold_id))
        return by_id[best], False
    ignored = forms <= gold.ignore
    return None, ignored


def score_entities(predicted: list[PredictedEntity], gold: GoldDocument, scores: Scores, label: str) -> dict[str, str]:
    """Score one document; returns predicted key → gold id for the event scoring."""
    index = gold.alias_index()
    hits: dict[str, list[PredictedEntity]] = defaultdict(list)
    mapping: dict[str, str] = {}
    for entity in predicted:
        matched, ignored = match_entity(entity, gold, index)
        if matched is not None:
            hits[matched["id"]].append(entity)
            mapping[entity.key] = matched["id"]
            if matched.get("optional") or len(hits[matched["id"]]) == 1:
                continue
            scores.entities[entity.type].fp += 1
            scores.misses.append(
                f"{label} {gold.name}: entity split: {entity.type} {sorted(entity.forms)} is a second "
                f"entity for {matched['id']}"
            )
        elif not ignored:
            scores.entities[entity.type].fp += 1
            scores.misses.append(f"{label} {gold.name}: false entity {entity.type} {sorted(entity.forms)}")
    for entity in gold.data.get("entities", []):
        if entity.get("optional"):
            continue
        if entity["id"] in hits:
            scores.entities[entity["type"]].tp += 1
        else:
            scores.entities[entity["type"]].fn += 1
            scores.misses.append(f"{label} {gold.name}: missed entity {entity['type']} {entity['id']}")
    return mapping


def _place_ok(predicted: str, gold_place: str | None, gold: GoldDocument) -> bool:
    if not gold_place:
        return not predicted
    if not predicted:
        return False
    forms = {norm(gold_place)}
    for entity in gold.data.get("entities", []):
        if entity["id"] == gold_place:
            forms |= {norm(alias) for alias in entity.get("aliases", [])}
    return norm(predicted) in forms or any(norm(predicted).endswith(" " + form) for form in forms)


def score_events(
    predicted: list[PredictedEvent], gold: GoldDocument, mapping: dict[str, str], scores: Scores, label: str
) -> None:
    gold_events = gold.data.get("events", [])
    matches = _align(predicted, gold_events, mapping)
    used: set[int] = set()
    for event, match in zip(predicted, matches, strict=True):
        participants = frozenset(mapping.get(p, p) for p in event.participants)
        if match is None:
            scores.events[event.type].fp += 1
            scores.misses.append(
                f"{label} {gold.name}: false event {event.type} {sorted(participants)} « {event.sentence[:90]} »"
            )
            continue
        used.add(match)
        gold_event = gold_events[match]
        if gold_event.get("optional"):
            continue
        scores.events[event.type].tp += 1
        checks = {
            "place": _place_ok(event.place, gold_event.get("place"), gold),
            "date": (event.date_start, event.date_end) == (gold_event.get("start") or "", gold_event.get("end") or ""),
            "status": event.status == gold_event.get("status", "occurred"),
        }
        for name, ok in checks.items():
            scores.attributes[name][0] += int(ok)
            scores.attributes[name][1] += 1
            if not ok:
                got = {"place": event.place, "date": f"{event.date_start}/{event.date_end}", "status": event.status}[
                    name
                ]
                want = {
                    "place": gold_event.get("place"),
                    "status": gold_event.get("status"),
                    "date": f"{gold_event.get('start') or ''}/{gold_event.get('end') or ''}",
                }[name]
                scores.misses.append(
                    f"{label} {gold.name}: wrong {name} on {event.type} {sorted(participants)}: "
                    f"{got!r} instead of {want!r}"
                )
    for index, gold_event in enumerate(gold_events):
        if index not in used and not gold_event.get("optional"):
            scores.events[gold_event["type"]].fn += 1
            scores.misses.append(
                f"{label} {gold.name}: missed event {gold_event['type']} {gold_event['participants']} "
                f"« {gold_event.get('evidence', '')[:90]} »"
            )


def _align(predicted: list[PredictedEvent], gold_events: list[dict], mapping: dict[str, str]) -> list[int | None]:
    """The gold event each predicted event stands for, if any: one with the same type and participants.
    Several gold events may share them (two orders on two dates): a predicted event first takes the one
    told in its own sentence, whatever its rank among the predictions, so that place, date and status are
    compared on the same fact; the others then take, in order, the one they agree with most."""
    keys = [(event.type, frozenset(mapping.get(p, p) for p in event.participants)) for event in predicted]

    def candidates(key, used: set[int]) -> list[int]:
        return [
            index
            for index, gold_event in enumerate(gold_events)
            if index not in used and (gold_event["type"], frozenset(gold_event["participants"])) == key
        ]

    matches: list[int | None] = [None] * len(predicted)
    used: set[int] = set()
    for position, event in enumerate(predicted):
        told = [i for i in candidates(keys[position], used) if _agreement(event, gold_events[i])[0]]
        if told:
            matches[position] = max(told, key=lambda index: _agreement(event, gold_events[index]))
            used.add(matches[position])
    for position, event in enumerate(predicted):
        if matches[position] is None:
            found = candidates(keys[position], used)
            matches[position] = max(found, key=lambda index: _agreement(event, gold_events[index]), default=None)
            if matches[position] is not None:
                used.add(matches[position])
    return matches


def _agreement(event: PredictedEvent, gold_event: dict) -> tuple[bool, bool, bool, int]:
    """How well a predicted event fits a gold event of the same type and participants; among equals,
    the first gold event."""
    evidence = norm(gold_event.get("evidence", ""))
    return (
        bool(evidence) and evidence in norm(event.sentence),
        (event.date_start, event.date_end) == (gold_event.get("start") or "", gold_event.get("end") or ""),
        event.status == gold_event.get("status", "occurred"),
        -int(bool(gold_event.get("optional"))),
    )


def _read(gold_docs: list[GoldDocument], root: Path) -> list[Document]:
    documents = []
    for gold in gold_docs:
        item = SourceFile(gold.source, gold.source.relative_to(root).as_posix())
        documents.append(identify_language(read_document(item, root)))
    return documents


def predict_pipeline(documents: list[Document], models_dir: Path):
    analyses = analyse_documents(documents, models_dir)
    gazetteer = load_gazetteer((models_dir / "gazetteers").resolve())
    entities, key_to_id = resolve_entities(analyses, gazetteer)
    by_id = {entity.entity_id: entity for entity in entities}
    out = {}
    for analysis in analyses:
        forms: dict[str, PredictedEntity] = {}
        for mention in analysis.mentions:
            entity_id = key_to_id[mention.key]
            entity = forms.setdefault(entity_id, PredictedEntity(entity_id, mention.type, {by_id[entity_id].name}))
            entity.forms.add(mention.text)
        events = []
        for event in analysis.events:
            participants = resolved_participants(event, key_to_id)
            events.append(
                PredictedEvent(
                    event.type,
                    participants,
                    event.place,
                    event.date_start,
                    event.date_end,
                    event.status,
                    event.sentence,
                )
            )
        out[analysis.doc_id] = (list(forms.values()), events)
    return out


def predict_cooccurrence(documents: list[Document], models_dir: Path, entities_from: dict):
    """The co-occurrence baseline: a codebook trigger in a sentence makes an event of its type between
    all the actors of the sentence. Same entities as the pipeline, so only the events differ."""
    nlp = load_pipeline(str(models_dir.resolve()))
    codebook = load_codebook((models_dir / "codebook.yaml").resolve())
    gazetteer = load_gazetteer((models_dir / "gazetteers").resolve())
    out = {}
    ok = [document for document in documents if document.is_ok]
    for doc, document in nlp.pipe(((d.text, d) for d in ok), as_tuples=True):
        mentions = mentions_of(doc, document.doc_id, document.body_end, gazetteer)
        events, forms = [], doc_forms(doc)
        for sent_id, sent in enumerate(doc.sents):
            if document.body_end is not None and sent.start_char >= document.body_end:
                break
            actors = sorted(
                {
                    entity_id_for(m.affiliation if m.type == "PERSON" else m.key, gazetteer)
                    for m in mentions
                    if m.sentence_id == sent_id
                    and (m.type in ("STATE", "ORGANIZATION") or (m.type == "PERSON" and m.affiliation))
                }
            )
            for code in sorted({trigger.event_type.code for trigger in find_triggers(sent, codebook, forms)}):
                if actors:
                    events.append(PredictedEvent(code, tuple(actors), "", "", "", "occurred", sent.text))
        out[document.doc_id] = (entities_from.get(document.doc_id, ([], []))[0], events)
    return out


def predict_bare_model(documents: list[Document]):
    """The statistical model alone: its PER, ORG and LOC entities, one entity per surface form."""
    nlp = load_pipeline(rules=False)
    out = {}
    ok = [document for document in documents if document.is_ok]
    for doc, document in nlp.pipe(((d.text, d) for d in ok), as_tuples=True):
        forms: dict[tuple[str, str], PredictedEntity] = {}
        for ent in doc.ents:
            if document.body_end is not None and ent.start_char >= document.body_end:
                continue
            if ent.label_ in MODEL_LABELS:
                key = (MODEL_LABELS[ent.label_], norm(ent.text))
                forms.setdefault(key, PredictedEntity("|".join(key), key[0], {ent.text}))
        out[document.doc_id] = (list(forms.values()), [])
    return out


def evaluate(folder: Path, models_dir: Path) -> dict:
    gold_docs = find_gold(folder)
    documents = _read(gold_docs, folder.parent if folder.is_file() else folder)
    pipeline = predict_pipeline(documents, models_dir)
    systems = {
        "model": predict_bare_model(documents),
        "baseline": predict_cooccurrence(documents, models_dir, pipeline),
        "pipeline": pipeline,
    }
    results: dict = {"documents": len(gold_docs), "splits": {}}
    misses: list[str] = []
    splits = sorted({gold.split for gold in gold_docs}) + (["all"] if len({g.split for g in gold_docs}) > 1 else [])
    for split in splits:
        results["splits"][split] = {}
        for system, predictions in systems.items():
            scores = Scores()
            for gold, document in zip(gold_docs, documents, strict=True):
                if split != "all" and gold.split != split:
                    continue
                entities, events = predictions.get(document.doc_id, ([], []))
                label = f"[{system}]"
                mapping = score_entities(entities, gold, scores, label)
                if system != "model":
                    score_events(events, gold, mapping, scores, label)
            results["splits"][split][system] = {
                "entities": {t: c.as_dict() for t, c in sorted(scores.entities.items())}
                | {"ALL": scores.total(scores.entities).as_dict()},
                "events": {t: c.as_dict() for t, c in sorted(scores.events.items())}
                | {"ALL": scores.total(scores.events).as_dict()},
                "attributes": {
                    name: round(ok / total, 4) if total else None
                    for name, (ok, total) in sorted(scores.attributes.items())
                },
            }
            if system == "pipeline" and (split == "all" or len(splits) == 1):
                misses = scores.misses
    results["misses"] = misses
    return results


def format_report(results: dict) -> str:
    lines = []
    for split, systems in results["splits"].items():
        lines.append(f"\n== {split} ==")
        lines.append(f"{'entities':<14} {'model P':>8} {'R':>6} {'F1':>6} | {'pipeline P':>10} {'R':>6} {'F1':>6}")
        types = sorted(
            set(systems["model"]["entities"]) | set(systems["pipeline"]["entities"]), key=lambda t: (t == "ALL", t)
        )
        for entity_type in types:
            m = systems["model"]["entities"].get(entity_type, Counts().as_dict())
            p = systems["pipeline"]["entities"].get(entity_type, Counts().as_dict())
            lines.append(
                f"{entity_type:<14} {m['precision']:>8.2f} {m['recall']:>6.2f} {m['f1']:>6.2f} | "
                f"{p['precision']:>10.2f} {p['recall']:>6.2f} {p['f1']:>6.2f}"
            )
        lines.append(
            f"{'events':<22} {'baseline P':>10} {'R':>6} {'F1':>6} | {'pipeline P':>10} {'R':>6} {'F1':>6}"
            f" {'tp':>4} {'fp':>4} {'fn':>4}"
        )
        events = systems["pipeline"]["events"]
        baseline = systems["baseline"]["events"]
        for event_type in sorted(set(events) | set(baseline), key=lambda t: (t == "ALL", t)):
            b = baseline.get(event_type, Counts().as_dict())
            c = events.get(event_type, Counts().as_dict())
            lines.append(
                f"{event_type:<22} {b['precision']:>10.2f} {b['recall']:>6.2f} {b['f1']:>6.2f} | "
                f"{c['precision']:>10.2f} {c['recall']:>6.2f} {c['f1']:>6.2f} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}"
            )
        attributes = systems["pipeline"]["attributes"]
        lines.append(
            "matched events: "
            + ", ".join(
                f"{name} accuracy {value:.2f}" if value is not None else f"{name} n/a"
                for name, value in attributes.items()
            )
        )
    return "\n".join(lines)


def run_evaluation(folder: Path, models: str | None = None, detail: bool = False, metrics: Path | None = None) -> int:
    models_dir = Path(models) if models else default_models_dir()
    results = evaluate(folder, models_dir)
    print(f"{results['documents']} gold documents in {folder}")
    print(format_report(results))
    if detail:
        print("\n".join(["", "misses and false positives:", *results["misses"]]))
    target = metrics or Path("outputs") / "metrics.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        json.dumps({k: v for k, v in results.items() if k != "misses"}, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    print(f"\nmetrics written to {target}")
    return 0
