"""The run state kept in the output folder: what each source file was when it was last read, and what
the analysis found in it, so that a run only does the new work.

One SQLite file, `<out>/.veille/state.sqlite`:
- `documents`: one row per source file ever seen (path relative to the corpus), with its size and
  modification time (a file whose size and time did not change is not read again), the document as
  read (status, language, cleaned text) and, once the file is gone, when it was removed;
- `analyses`: the sentences, mentions and events of a document, stamped with the hash of the raw
  bytes and the extraction fingerprint (pipeline code and version, spaCy model, every file of
  `models/`). An analysis whose stamp differs from the current one is never used: the document is
  analysed again, so a run never mixes old and new extraction;
- `meta`: the fingerprint of the last run and what went into it, and what the tables in the folder
  were built from (a digest of the documents, analyses and review decisions) with the size and time
  of each table file: a run with nothing new leaves intact tables as they are.

Each batch of analyses is committed as soon as it is done: a run killed in the middle keeps the work
done so far and the next run completes the rest. A lock file stops a second run on the same folder.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__
from .config import SPACY_MODEL
from .errors import RunLocked, StateStoreError
from .records import Document, DocumentAnalysis, EventRecord, Mention, Sentence

STATE_FOLDER = ".veille"
STATE_FILE = "state.sqlite"
LOCK_FILE = "run.lock"
SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    record TEXT NOT NULL,
    text BLOB NOT NULL,
    read_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    event_id TEXT PRIMARY KEY,
    decision TEXT NOT NULL,
    fields TEXT NOT NULL,
    note TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    sentence TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    payload BLOB NOT NULL,
    analysed_at TEXT NOT NULL
);
"""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# --- the extraction fingerprint ------------------------------------------------------------------
@dataclass(frozen=True)
class Fingerprint:
    value: str
    parts: dict[str, str]  # what went into it: pipeline, model, models/ — for the log

    def changes_from(self, previous: dict[str, str]) -> list[str]:
        return [name for name, digest in self.parts.items() if previous.get(name) not in (None, digest)]


def _hash_files(files: Iterable[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def extraction_fingerprint(models_dir: Path) -> Fingerprint:
    """What an analysis depends on: the code of the pipeline and its version, the spaCy model, and
    every file under models/ (gazetteers, codebook). Any change to one of them makes earlier
    analyses stale."""
    package = Path(__file__).resolve().parent
    try:
        model_version = version(SPACY_MODEL.replace("_", "-"))
    except PackageNotFoundError:
        model_version = "unknown"
    models_dir = models_dir.resolve()
    parts = {
        "pipeline": f"{__version__}+{_hash_files(package.rglob('*.py'), package)}",
        "spacy model": f"{SPACY_MODEL}=={model_version}",
        "models": _hash_files((p for p in models_dir.rglob("*") if p.is_file()), models_dir),
    }
    value = hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:16]
    return Fingerprint(value, parts)


# --- records to and from JSON --------------------------------------------------------------------
def _pack(data: object) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _unpack(blob: bytes) -> object:
    return json.loads(zlib.decompress(blob).decode("utf-8"))


def analysis_to_json(analysis: DocumentAnalysis) -> dict:
    """The analysis as JSON-ready data. Its records are flat, so their attributes are read as they are:
    `dataclasses.asdict` deep-copies every value and took more time than the JSON encoding itself."""
    return {
        "doc_id": analysis.doc_id,
        "sentences": [vars(sentence) for sentence in analysis.sentences],
        "mentions": [vars(mention) for mention in analysis.mentions],
        "events": [vars(event) for event in analysis.events],
    }


def analysis_from_json(data: dict) -> DocumentAnalysis:
    return DocumentAnalysis(
        doc_id=data["doc_id"],
        sentences=[Sentence(**item) for item in data["sentences"]],
        mentions=[Mention(**item) for item in data["mentions"]],
        events=[
            EventRecord(**{**item, "participant_keys": tuple(item["participant_keys"])}) for item in data["events"]
        ],
    )


def _document_record(document: Document) -> str:
    record = asdict(document)
    record.pop("text")
    return json.dumps(record, ensure_ascii=False)


@dataclass(frozen=True)
class Decision:
    """An analyst's decision on one event (review.py): accept, reject, or edit with corrected fields."""

    event_id: str
    decision: str
    fields: dict[str, str]
    note: str = ""
    reviewer: str = ""
    doc_id: str = ""  # where the event was, to find it again if it is orphaned
    sentence: str = ""
    decided_at: str = ""

    def same_as(self, other: Decision | None) -> bool:
        return other is not None and (self.decision, self.fields, self.note, self.reviewer) == (
            other.decision,
            other.fields,
            other.note,
            other.reviewer,
        )


@dataclass(frozen=True)
class KnownFile:
    """A source file as the store last saw it."""

    source: str
    doc_id: str
    size: int
    mtime_ns: int
    removed_at: str | None


# --- the store -----------------------------------------------------------------------------------
class StateStore:
    """The state of one output folder. Connections are opened per operation, so the store can be
    used from any thread of the flow."""

    def __init__(self, out: Path):
        self.folder = out / STATE_FOLDER
        self.path = self.folder / STATE_FILE
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with self._connect() as connection:
                connection.executescript(SCHEMA)
                stored = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if stored is None:
                    connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                elif stored[0] != SCHEMA_VERSION:
                    raise StateStoreError(
                        f"{self.path} was written by another version of Veille (schema {stored[0]}); "
                        "move it away and run again to rebuild it"
                    )
        except sqlite3.DatabaseError as error:
            raise StateStoreError(f"cannot use the state store {self.path}: {error}") from error

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            with connection:  # one transaction: committed on success, rolled back on error
                yield connection
        finally:
            connection.close()

    # meta
    def previous_fingerprint(self) -> dict[str, str]:
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        return json.loads(row[0]) if row else {}

    def save_fingerprint(self, fingerprint: Fingerprint) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (json.dumps(fingerprint.parts),)
            )

    def tables_digest(self, *extra: str) -> str:
        """A digest of everything the tables are built from: every document record (with when it was
        read or removed), the stamp of every analysis, every review decision, and `extra` (the options
        of the tables). Only the stamps of analyses are read, not their content."""
        digest = hashlib.sha256("\0".join(extra).encode("utf-8"))
        queries = (
            "SELECT source, record, read_at, removed_at FROM documents ORDER BY source",
            "SELECT doc_id, sha256, fingerprint, analysed_at FROM analyses ORDER BY doc_id",
            "SELECT * FROM decisions ORDER BY event_id",
        )
        with self._connect() as connection:
            for query in queries:
                digest.update(b"\1")
                for row in connection.execute(query):
                    digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8"))
        return digest.hexdigest()

    def tables_written(self) -> dict:
        """What the last run that wrote the tables recorded: the digest of their inputs, the size and
        time of each file, and the run's summary."""
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'tables'").fetchone()
        return json.loads(row[0]) if row else {}

    def save_tables_written(self, digest: str, files: dict[str, list[int]], summary: dict) -> None:
        record = {"digest": digest, "files": files, "summary": summary}
        with self._connect() as connection:
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('tables', ?)", (json.dumps(record),))

    # documents
    def known_files(self) -> dict[str, KnownFile]:
        with self._connect() as connection:
            rows = connection.execute("SELECT source, doc_id, size, mtime_ns, removed_at FROM documents").fetchall()
        return {row[0]: KnownFile(*row) for row in rows}

    def save_documents(self, documents: Iterable[tuple[Document, int, int]]) -> None:
        """Documents as read, with the size and modification time of their file."""
        now = _now()
        with self._connect() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                [
                    (d.source, d.doc_id, size, mtime_ns, _document_record(d), zlib.compress(d.text.encode()), now)
                    for d, size, mtime_ns in documents
                ],
            )

    def load_documents(self, sources: Iterable[str], with_text: bool = False) -> dict[str, Document]:
        column = "text" if with_text else "NULL"
        found: dict[str, Document] = {}
        with self._connect() as connection:
            for source in sources:
                row = connection.execute(
                    f"SELECT record, {column} FROM documents WHERE source = ?", (source,)
                ).fetchone()
                if row is None:
                    continue
                document = Document(**json.loads(row[0]))
                if row[1] is not None:
                    document.text = zlib.decompress(row[1]).decode()
                found[source] = document
        return found

    def read_times(self) -> dict[str, str]:
        with self._connect() as connection:
            return dict(connection.execute("SELECT source, read_at FROM documents").fetchall())

    def load_text(self, source: str) -> str:
        with self._connect() as connection:
            row = connection.execute("SELECT text FROM documents WHERE source = ?", (source,)).fetchone()
        return zlib.decompress(row[0]).decode() if row else ""

    def touch(self, changes: Iterable[tuple[str, int, int]]) -> None:
        """A file rewritten with the same content: remember its new size and time."""
        with self._connect() as connection:
            connection.executemany(
                "UPDATE documents SET size = ?, mtime_ns = ? WHERE source = ?",
                [(size, mtime_ns, source) for source, size, mtime_ns in changes],
            )

    def mark_removed(self, sources: Iterable[str]) -> None:
        """Files gone from the corpus: their row stays (status `removed`), their analysis goes."""
        now = _now()
        with self._connect() as connection:
            for source in sources:
                connection.execute(
                    "UPDATE documents SET removed_at = ? WHERE source = ? AND removed_at IS NULL", (now, source)
                )
                connection.execute(
                    "DELETE FROM analyses WHERE doc_id = (SELECT doc_id FROM documents WHERE source = ?)", (source,)
                )

    def removed(self) -> list[tuple[Document, str]]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT record, removed_at FROM documents WHERE removed_at IS NOT NULL ORDER BY source"
            ).fetchall()
        return [(Document(**json.loads(record)), removed_at) for record, removed_at in rows]

    # analyses
    def valid_analyses(self, stamps: dict[str, str], fingerprint: Fingerprint) -> set[str]:
        """The documents (doc_id → sha256 of their bytes) whose stored analysis is current."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT doc_id, sha256 FROM analyses WHERE fingerprint = ?", (fingerprint.value,)
            ).fetchall()
        return {doc_id for doc_id, sha256 in rows if stamps.get(doc_id) == sha256}

    def save_analyses(
        self, analyses: Iterable[DocumentAnalysis], stamps: dict[str, str], fingerprint: Fingerprint
    ) -> None:
        now = _now()
        with self._connect() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
                [(a.doc_id, stamps[a.doc_id], fingerprint.value, _pack(analysis_to_json(a)), now) for a in analyses],
            )

    def load_analyses(self, doc_ids: Iterable[str]) -> list[DocumentAnalysis]:
        found = []
        with self._connect() as connection:
            for doc_id in doc_ids:
                row = connection.execute("SELECT payload FROM analyses WHERE doc_id = ?", (doc_id,)).fetchone()
                if row is not None:
                    found.append(analysis_from_json(_unpack(row[0])))
        return found

    # review decisions: never deleted by a run
    def decisions(self) -> dict[str, Decision]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT event_id, decision, fields, note, reviewer, doc_id, sentence, decided_at FROM decisions"
            ).fetchall()
        return {
            row[0]: Decision(row[0], row[1], json.loads(row[2]), row[3], row[4], row[5], row[6], row[7]) for row in rows
        }

    def save_decisions(self, decisions: Iterable[Decision]) -> None:
        now = _now()
        with self._connect() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        d.event_id,
                        d.decision,
                        json.dumps(d.fields, ensure_ascii=False),
                        d.note,
                        d.reviewer,
                        d.doc_id,
                        d.sentence,
                        now,
                    )
                    for d in decisions
                ],
            )

    def forget_analyses(self) -> None:
        """`veille run --full`: everything is analysed again."""
        with self._connect() as connection:
            connection.execute("DELETE FROM analyses")


# --- one run at a time ---------------------------------------------------------------------------
_HELD: dict[str, int] = {}  # lock files this process holds, with their descriptor


@contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """Hold the output folder for the length of a run. A second run on the same folder stops at
    once with the first one's process id; the lock goes with the process, so a killed run leaves
    nothing to clean. Re-entrant within one process (the command takes it before the flow does)."""
    folder = out / STATE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_FILE
    key = str(path.resolve())
    if key in _HELD:
        yield
        return
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(descriptor, 200, 0).decode("utf-8", "replace").strip()
        os.close(descriptor)
        raise RunLocked(
            f"another veille run is using {out} ({holder or 'process unknown'}); wait for it to finish"
        ) from None
    os.ftruncate(descriptor, 0)
    os.pwrite(descriptor, f"pid {os.getpid()}, started {_now()}".encode(), 0)
    _HELD[key] = descriptor
    try:
        yield
    finally:
        del _HELD[key]
        os.ftruncate(descriptor, 0)
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)
