"""Typed records that cross stage boundaries. Plain data only: no spaCy objects, so that records
can go through process pools and task results unchanged."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Document statuses, as written in documents.csv.
STATUS_OK = "ok"
STATUS_SKIPPED_LANGUAGE = "skipped_language"
STATUS_EMPTY = "empty"
STATUS_DUPLICATE = "duplicate"
STATUS_FAILED = "failed"
STATUS_REMOVED = "removed"  # the file was in the corpus at an earlier run and is gone
DOCUMENT_STATUSES = (
    STATUS_OK,
    STATUS_SKIPPED_LANGUAGE,
    STATUS_EMPTY,
    STATUS_DUPLICATE,
    STATUS_FAILED,
    STATUS_REMOVED,
)


@dataclass(frozen=True)
class SourceFile:
    """A file found in the corpus folder."""

    path: Path
    source: str  # path relative to the corpus folder, with forward slashes


@dataclass
class Document:
    """A source file once read and cleaned. `text` is the cleaned text every offset refers to."""

    doc_id: str
    source: str
    sha256: str  # of the raw bytes
    status: str = STATUS_OK
    status_detail: str = ""
    text: str = ""
    title: str = ""
    source_format: str = ""  # text | markdown | html
    encoding: str = ""
    author: str = ""
    body_end: int | None = None  # offset where an author note starts; nothing after it is extracted
    language: str = ""
    language_score: float | None = None
    n_chars: int = 0  # length of the cleaned text, kept when the text itself is not in memory
    text_sha256: str = ""  # of the cleaned text: two files with the same text are duplicates
    # spans of the cleaned text left out of the analysis (paragraphs in another language)
    excluded_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def is_ok(self) -> bool:
        return self.status == STATUS_OK


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity in a document. `key` is the canonical key before global ids are
    assigned: a gazetteer id (RUS, CSTO) or TYPE:normalised-name for entities found by the model."""

    doc_id: str
    index: int
    text: str
    type: str  # codebook entity type
    key: str
    name: str  # canonical name proposed by the method (gazetteer name or cleaned surface form)
    start: int
    end: int
    sentence_id: int
    method: str
    role: str = ""
    affiliation: str = ""  # the state or organisation a person represents; the state of a capital city


@dataclass(frozen=True)
class DateValue:
    """A normalised French date expression."""

    text: str
    start: int
    end: int
    date_start: str  # ISO YYYY, YYYY-MM or YYYY-MM-DD, or "" when unknown
    date_end: str
    granularity: str  # day | month | year | range
    kind: str  # point | range | since | coverage


@dataclass(frozen=True)
class EventRecord:
    """A cooperation event found in one sentence. Participants are mention keys until resolution."""

    doc_id: str
    type: str
    participant_keys: tuple[str, ...]
    place_key: str
    place: str
    date_start: str
    date_end: str
    date_text: str
    date_granularity: str  # day | month | year | range, empty without a date
    status: str
    status_cue: str
    trigger: str
    sentence_id: int
    sentence: str
    start: int  # offsets of the trigger in the cleaned text
    end: int
    confidence: float
    method: str


@dataclass
class DocumentAnalysis:
    """What the language analysis produced for one document."""

    doc_id: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
