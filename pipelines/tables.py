"""The analyst tables: built from records, checked against their schema, written as CSV that
Excel and LibreOffice open correctly (UTF-8 with BOM, quoted cells, formula-like cells neutralised),
atomically (temporary file, then rename)."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .codebook import Codebook
from .errors import OutputNotWritable, SchemaViolation
from .ids import digest, mention_id
from .records import DOCUMENT_STATUSES, Document, DocumentAnalysis, EventRecord
from .resolve import Entity

ENTITY_TYPES = ["STATE", "ORGANIZATION", "PERSON", "PLACE", "EXERCISE", "INITIATIVE"]
EVENT_STATUSES = ["occurred", "planned", "discussed", "hypothetical", "negated"]
ISO_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
# OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def _text(**kwargs) -> pa.Column:
    return pa.Column(str, **kwargs)


DOCUMENTS_SCHEMA = pa.DataFrameSchema(
    {
        "doc_id": _text(unique=True),
        "source": _text(unique=True),
        "title": _text(),
        "language": _text(),
        "language_score": pa.Column(float, pa.Check.in_range(0, 1), nullable=True),
        "status": _text(checks=pa.Check.isin(DOCUMENT_STATUSES)),
        "status_detail": _text(),
        "n_chars": pa.Column(int, pa.Check.ge(0)),
        "n_sentences": pa.Column(int, pa.Check.ge(0)),
        "n_mentions": pa.Column(int, pa.Check.ge(0)),
        "n_events": pa.Column(int, pa.Check.ge(0)),
        "sha256": _text(),
        "processed_at": _text(),
        "author": _text(),
        "source_format": _text(),
        "encoding": _text(),
    },
    strict=True,
    ordered=True,
)

ENTITIES_SCHEMA = pa.DataFrameSchema(
    {
        "entity_id": _text(unique=True),
        "type": _text(checks=pa.Check.isin(ENTITY_TYPES)),
        "name": _text(),
        "iso3": _text(checks=pa.Check.str_matches(r"^([A-Z]{3})?$")),
        "aliases": _text(),
        "n_mentions": pa.Column(int, pa.Check.ge(1)),
        "n_documents": pa.Column(int, pa.Check.ge(1)),
        "role": _text(),
        "affiliation": _text(),
    },
    strict=True,
    ordered=True,
)

MENTIONS_SCHEMA = pa.DataFrameSchema(
    {
        "mention_id": _text(unique=True),
        "doc_id": _text(),
        "entity_id": _text(),
        "text": _text(),
        "type": _text(checks=pa.Check.isin(ENTITY_TYPES)),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "sentence_id": pa.Column(int, pa.Check.ge(0)),
        "method": _text(),
    },
    strict=True,
    ordered=True,
)


def events_schema(codebook: Codebook) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "event_id": _text(unique=True),
            "doc_id": _text(),
            "type": _text(checks=pa.Check.isin(list(codebook.event_types))),
            "participants": _text(),
            "participant_names": _text(),
            "place_id": _text(),
            "place": _text(),
            "date_start": _text(checks=pa.Check.str_matches(ISO_DATE)),
            "date_end": _text(checks=pa.Check.str_matches(ISO_DATE)),
            "date_text": _text(),
            "status": _text(checks=pa.Check.isin(EVENT_STATUSES)),
            "trigger": _text(),
            "sentence": _text(),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(0)),
            "confidence": pa.Column(float, pa.Check.in_range(0, 1)),
            "method": _text(),
            "status_cue": _text(),
            "cameo": _text(),
            "plover": _text(),
            "date_granularity": _text(checks=pa.Check.isin(["", "day", "month", "year", "range"])),
        },
        strict=True,
        ordered=True,
    )


def documents_table(
    documents: Iterable[Document],
    analyses: dict[str, DocumentAnalysis],
    events_per_doc: dict[str, int],
    processed_at: dict[str, str],
) -> pd.DataFrame:
    """One row per document; `processed_at` gives, by source, when the file was last read."""
    rows = []
    for document in documents:
        analysis = analyses.get(document.doc_id)
        rows.append(
            {
                "doc_id": document.doc_id,
                "source": document.source,
                "title": document.title,
                "language": document.language,
                "language_score": document.language_score,
                "status": document.status,
                "status_detail": document.status_detail,
                "n_chars": document.n_chars or len(document.text),
                "n_sentences": len(analysis.sentences) if analysis else 0,
                "n_mentions": len(analysis.mentions) if analysis else 0,
                "n_events": events_per_doc.get(document.doc_id, 0),
                "sha256": document.sha256,
                "processed_at": processed_at.get(document.source, ""),
                "author": document.author,
                "source_format": document.source_format,
                "encoding": document.encoding,
            }
        )
    frame = pd.DataFrame(rows, columns=list(DOCUMENTS_SCHEMA.columns))
    return frame.astype({"language_score": "float64"})


def entities_table(entities: list[Entity]) -> pd.DataFrame:
    rows = [
        {
            "entity_id": e.entity_id,
            "type": e.type,
            "name": e.name,
            "iso3": e.iso3,
            "aliases": ";".join(e.aliases),
            "n_mentions": e.n_mentions,
            "n_documents": e.n_documents,
            "role": e.role,
            "affiliation": e.affiliation,
        }
        for e in entities
    ]
    return pd.DataFrame(rows, columns=list(ENTITIES_SCHEMA.columns))


def mentions_table(analyses: list[DocumentAnalysis], key_to_id: dict[str, str]) -> pd.DataFrame:
    rows = [
        {
            "mention_id": mention_id(m.doc_id, m.index),
            "doc_id": m.doc_id,
            "entity_id": key_to_id[m.key],
            "text": m.text,
            "type": m.type,
            "start": m.start,
            "end": m.end,
            "sentence_id": m.sentence_id,
            "method": m.method,
        }
        for analysis in analyses
        for m in analysis.mentions
    ]
    return pd.DataFrame(rows, columns=list(MENTIONS_SCHEMA.columns))


def event_id(event: EventRecord) -> str:
    """Stable across runs, across edits elsewhere in the document and across the analysts' entity
    merges: type, participants as extracted and the evidence sentence, not offsets. Review decisions
    are keyed by it."""
    participants = ";".join(sorted(set(event.participant_keys)))
    return "E" + digest(event.doc_id, event.type, participants, " ".join(event.sentence.split()), length=12)


def resolved_participants(event: EventRecord, key_to_id: dict[str, str]) -> tuple[str, ...]:
    return tuple(sorted({key_to_id.get(key, key) for key in event.participant_keys}))


def events_table(
    analyses: list[DocumentAnalysis], key_to_id: dict[str, str], entities: dict[str, Entity], codebook: Codebook
) -> pd.DataFrame:
    rows = []
    seen: set = set()
    for analysis in analyses:
        for event in analysis.events:
            participants = resolved_participants(event, key_to_id)
            identifier = event_id(event)
            fact = (event.doc_id, event.type, participants, event.sentence)
            if identifier in seen or fact in seen:  # the same fact stated twice in one sentence
                continue
            seen.update((identifier, fact))
            event_type = codebook.event_types[event.type]
            rows.append(
                {
                    "event_id": identifier,
                    "doc_id": event.doc_id,
                    "type": event.type,
                    "participants": ";".join(participants),
                    "participant_names": ";".join(entities[p].name if p in entities else p for p in participants),
                    "place_id": key_to_id.get(event.place_key, "") if event.place_key else "",
                    "place": event.place,
                    "date_start": event.date_start,
                    "date_end": event.date_end,
                    "date_text": event.date_text,
                    "status": event.status,
                    "trigger": event.trigger,
                    "sentence": event.sentence,
                    "start": event.start,
                    "end": event.end,
                    "confidence": float(event.confidence),
                    "method": event.method,
                    "status_cue": event.status_cue,
                    "cameo": event_type.cameo,
                    "plover": event_type.plover,
                    "date_granularity": event.date_granularity,
                }
            )
    return pd.DataFrame(rows, columns=list(events_schema(codebook).columns))


EVENT_ACTORS_SCHEMA = pa.DataFrameSchema(
    {
        "actor_a": _text(),
        "actor_b": _text(),
        "type": _text(),
        "status": _text(checks=pa.Check.isin(EVENT_STATUSES)),
        "date_start": _text(checks=pa.Check.str_matches(ISO_DATE)),
        "doc_id": _text(),
        "event_id": _text(),
    },
    strict=True,
    ordered=True,
)


def event_actors_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of participants of each event (actor_a < actor_b), ready for network analysis.
    An event with a single participant has no pair and no row."""
    rows = []
    for event in plain(events).itertuples(index=False):
        actors = [actor for actor in event.participants.split(";") if actor]
        for a, b in itertools.combinations(sorted(actors), 2):
            rows.append(
                {
                    "actor_a": a,
                    "actor_b": b,
                    "type": event.type,
                    "status": event.status,
                    "date_start": event.date_start,
                    "doc_id": event.doc_id,
                    "event_id": event.event_id,
                }
            )
    return pd.DataFrame(rows, columns=list(EVENT_ACTORS_SCHEMA.columns))


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, name: str) -> pd.DataFrame:
    try:
        return schema.validate(frame, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as error:
        raise SchemaViolation(f"{name} does not match its schema: {error}") from error


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with plain Python values, to go through row by row: iterating a pandas string
    column boxes its values one call at a time, several times slower than the whole frame's
    conversion."""
    return frame.astype(object)


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """`neutralise` on every cell, column by column: only the text cells that start like a formula
    are changed."""
    safe = frame
    for column in frame.columns:
        values = frame[column]
        if values.dtype != object and not pd.api.types.is_string_dtype(values):
            continue
        risky = values.str.startswith(FORMULA_PREFIXES, na=False)
        if risky.any():
            if safe is frame:
                safe = frame.copy()
            safe.loc[risky, column] = values[risky].map(neutralise)
    return safe


def write_csv(frame: pd.DataFrame, path: Path, sep: str = ",") -> None:
    """Write atomically: readers see the old file or the new one, never half of one."""
    safe = neutralised(frame) if len(frame) else frame
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            safe.to_csv(stream, sep=sep, index=False, lineterminator="\r\n")
        _usual_permissions(temporary)
        os.replace(temporary, path)
    except OSError as error:
        raise OutputNotWritable(f"cannot write {path}: {error.strerror or error}") from error


def write_text_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)
    _usual_permissions(temporary)
    os.replace(temporary, path)


def _usual_permissions(path: str) -> None:
    """Temporary files are private; the tables get the permissions of any file the user creates."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
