"""The Prefect flow: discover → compare with the last run → read and clean → detect language →
analyse (spaCy, mentions, events, in batches through nlp.pipe) → resolve entities → write tables.

Runs are incremental: the state store in the output folder (state.py) remembers every file and its
analysis, so a run reads only new and changed files, analyses only what has no current analysis, and
rebuilds the tables from the store (or keeps them when nothing they are built from has changed and
they are as the last run wrote them). `full=True` analyses everything again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.utilities.annotations import quote

from .codebook import load_codebook
from .config import default_models_dir
from .discover import discover
from .documents import DEFAULT_MAX_BYTES, identify_language, mark_duplicates, read_document
from .gazetteer import load_gazetteer
from .records import STATUS_REMOVED, Document, DocumentAnalysis, SourceFile
from .report import write_report
from .resolve import Entity, resolve_entities
from .review import ImportReport, import_sheet, orphaned, review_sheet, reviewed_events
from .state import Decision, Fingerprint, StateStore, extraction_fingerprint, run_lock
from .summary import publish_summary
from .tables import (
    DOCUMENTS_SCHEMA,
    ENTITIES_SCHEMA,
    EVENT_ACTORS_SCHEMA,
    MENTIONS_SCHEMA,
    documents_table,
    entities_table,
    event_actors_table,
    events_schema,
    events_table,
    mentions_table,
    validate,
    write_csv,
    write_text_atomic,
)

# Documents per analysis task: large enough to amortise task overhead, small enough to report progress
# and to keep memory bounded (only one batch of texts is in memory at a time).
DOCUMENTS_PER_TASK = 200
# Files read per reading task, for the same reasons.
FILES_PER_READ = 500


@dataclass
class RunSummary:
    out: str
    documents: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    mentions: int = 0
    events: int = 0
    read: int = 0  # files read this run (new or changed)
    analysed: int = 0  # documents analysed this run
    removed: int = 0  # files gone since the last run
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)  # event type → status → count
    decisions: int = 0  # review decisions applied
    orphaned: list[str] = field(default_factory=list)  # decisions whose event no longer exists
    refused: list[str] = field(default_factory=list)  # review sheet rows refused, with the reason


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int

    def as_tuple(self) -> tuple[int, int]:
        return self.size, self.mtime_ns


@dataclass
class Plan:
    """What the last run left and what this run must do."""

    unchanged: list[str]  # sources whose file has the size and time the store knows
    to_read: list[SourceFile]
    removed: list[str]  # sources the store knows that are no longer in the corpus
    files: dict[str, FileState]


def _file_state(path: Path) -> FileState:
    try:
        stat = path.stat()
    except OSError:  # a broken link, a file gone meanwhile: reading it will say what is wrong
        return FileState(-1, -1)
    return FileState(stat.st_size, stat.st_mtime_ns)


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Task inputs are lists of records: `quote` keeps Prefect from walking through every record of them
# (it looks for futures inside parameters), and no task result is cached (NO_CACHE), so none is hashed.
@task(name="discover sources", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_sources(corpus: Path) -> list[SourceFile]:
    return discover(corpus)


@task(name="compare with the last run", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def plan_run(sources: list[SourceFile], store: StateStore, full: bool) -> Plan:
    known = store.known_files()
    files = {item.source: _file_state(item.path) for item in sources}
    unchanged, to_read = [], []
    for item in sources:
        before, now = known.get(item.source), files[item.source]
        same = before is not None and before.removed_at is None and (before.size, before.mtime_ns) == now.as_tuple()
        if same and not full and now.size >= 0:
            unchanged.append(item.source)
        else:
            to_read.append(item)
    current = set(files)
    removed = sorted(source for source, state in known.items() if source not in current and state.removed_at is None)
    return Plan(unchanged, to_read, removed, files)


@task(name="read and clean", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_and_clean(sources: list[SourceFile], corpus: Path, max_bytes: int) -> list[Document]:
    return [read_document(item, corpus, max_bytes) for item in sources]


@task(name="detect language", cache_policy=NO_CACHE)
def detect_language(documents: list[Document]) -> list[Document]:
    return [identify_language(document) for document in documents]


@task(name="analyse batch", cache_policy=NO_CACHE)
def analyse_batch(documents: list[Document], models_dir: Path, n_process: int) -> list[DocumentAnalysis]:
    """spaCy over the batch (nlp.pipe), then mentions and events per document."""
    from .analysis import analyse_documents  # spaCy is imported only when there is work for it

    return analyse_documents(documents, models_dir, n_process=n_process)


@task(name="resolve entities", cache_policy=NO_CACHE)
def resolve(analyses: list[DocumentAnalysis], models_dir: Path) -> tuple[list[Entity], dict[str, str]]:
    return resolve_entities(analyses, load_gazetteer((models_dir / "gazetteers").resolve()))


@task(name="write tables", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_tables(
    documents: list[Document],
    analyses: list[DocumentAnalysis],
    entities: list[Entity],
    key_to_id: dict[str, str],
    processed_at: dict[str, str],
    decisions: dict[str, Decision],
    refused: dict[str, tuple[dict[str, str], str]],
    models_dir: Path,
    out: Path,
    sep: str,
) -> tuple[RunSummary, list[Path]]:
    """Assemble the events, check every table against its schema, then write them all, with the
    review sheet, the reviewed events and the report; returns the summary and the files written."""
    codebook = load_codebook((models_dir / "codebook.yaml").resolve())
    by_doc = {analysis.doc_id: analysis for analysis in analyses}
    entity_by_id = {entity.entity_id: entity for entity in entities}
    events = validate(events_table(analyses, key_to_id, entity_by_id, codebook), events_schema(codebook), "events.csv")
    per_doc = events["doc_id"].value_counts().to_dict() if len(events) else {}
    tables = {
        "documents.csv": validate(
            documents_table(documents, by_doc, per_doc, processed_at), DOCUMENTS_SCHEMA, "documents.csv"
        ),
        "entities.csv": validate(entities_table(entities), ENTITIES_SCHEMA, "entities.csv"),
        "mentions.csv": validate(mentions_table(analyses, key_to_id), MENTIONS_SCHEMA, "mentions.csv"),
        "events.csv": events,
        "event_actors.csv": validate(event_actors_table(events), EVENT_ACTORS_SCHEMA, "event_actors.csv"),
    }
    names = {entity.entity_id: entity.name for entity in entities}
    orphans = orphaned(events, decisions)
    tables["review.csv"] = review_sheet(events, decisions, refused)
    tables["events_reviewed.csv"] = reviewed_events(events, decisions, names)
    tables["review_orphans.csv"] = orphans
    written = []
    for name, frame in tables.items():
        write_csv(frame, out / name, sep=sep)
        written.append(out / name)
    report = write_report(
        out, tables["documents.csv"], tables["events_reviewed.csv"], tables["entities.csv"], list(codebook.event_types)
    )
    written.append(report)
    statuses = tables["documents.csv"]["status"].value_counts().sort_index().to_dict()
    by_type = {
        event_type: group["status"].value_counts().sort_index().to_dict()
        for event_type, group in events.groupby("type", sort=True)
    }
    summary = RunSummary(
        str(out),
        len(documents),
        statuses,
        len(entities),
        len(tables["mentions.csv"]),
        len(events),
        by_type=by_type,
        decisions=len(decisions) - len(orphans),
        orphaned=list(orphans["event_id"]),
    )
    return summary, written


def _import_review(sheet: Path, store: StateStore, models_dir: Path) -> ImportReport:
    """The decisions of the review sheet in the output folder, stored before the sheet is written
    again. Rows that cannot be imported are reported (and come back in the new sheet as the analyst
    left them); the others are imported."""
    if not sheet.is_file():
        return ImportReport()
    logger = get_run_logger()
    report = import_sheet(sheet, store, load_codebook((models_dir / "codebook.yaml").resolve()))
    if report.imported:
        logger.info("%d review decisions imported from %s", report.imported, sheet)
    for line, reason, _ in report.refused:
        logger.warning("review sheet %s, row %d not imported: %s", sheet.name, line, reason)
    return report


def _write_texts(documents: list[Document], store: StateStore, out: Path) -> None:
    """The cleaned text of every current document, which all offsets refer to; only missing or
    newly read texts are written."""
    for document in documents:
        path = out / "texts" / f"{document.doc_id}.txt"
        if document.text:
            write_text_atomic(path, document.text)
        elif document.n_chars and not path.exists():
            write_text_atomic(path, store.load_text(document.source))


def _remove_texts(removed: list[Document], out: Path) -> None:
    for document in removed:
        (out / "texts" / f"{document.doc_id}.txt").unlink(missing_ok=True)


def _analyse(
    to_analyse: list[Document],
    store: StateStore,
    fingerprint: Fingerprint,
    models_dir: Path,
    workers: int,
    concurrent: bool,
    batch_size: int,
) -> int:
    """Analyse in batches and store each batch as soon as it is done. With a Dask task runner
    (`concurrent`), the batches go out together and come back in any order."""
    logger = get_run_logger()
    stamps = {document.doc_id: document.sha256 for document in to_analyse}
    batches = list(_chunks(to_analyse, batch_size))
    done = 0

    def with_texts(batch: list[Document]) -> list[Document]:
        texts = store.load_documents([document.source for document in batch], with_text=True)
        return [replace(document, text=texts[document.source].text) for document in batch]

    def record(results: list[DocumentAnalysis]) -> None:
        nonlocal done
        store.save_analyses(results, stamps, fingerprint)
        done += len(results)
        logger.info("analysed %d of %d documents", done, len(to_analyse))

    if concurrent:
        # submitted to Dask unquoted: quote() is not unwrapped on that path
        futures = [analyse_batch.submit(with_texts(batch), models_dir, workers) for batch in batches]
        for future in as_completed(futures):
            record(future.result())
    else:
        for batch in batches:
            record(analyse_batch(quote(with_texts(batch)), models_dir, workers))
    return done


def _rebuild_tables(
    store: StateStore,
    ok: list[Document],
    review_import: ImportReport,
    models_dir: Path,
    out_dir: Path,
    sep: str,
    current: list[Document],
) -> tuple[RunSummary, list[Path]]:
    analyses = store.load_analyses(document.doc_id for document in ok)
    entities, key_to_id = resolve(quote(analyses), models_dir)
    removed = [
        replace(document, status=STATUS_REMOVED, status_detail=f"no longer in the corpus since {when}")
        for document, when in store.removed()
    ]
    _remove_texts(removed, out_dir)
    return write_tables(
        quote(current + removed),
        quote(analyses),
        quote(entities),
        quote(key_to_id),
        quote(store.read_times()),
        quote(store.decisions()),
        quote({row["event_id"]: (row, reason) for _, reason, row in review_import.refused if row.get("event_id")}),
        models_dir,
        out_dir,
        sep,
    )


def _file_stamps(paths: list[Path]) -> dict[str, list[int]]:
    stamps = {}
    for path in paths:
        stat = path.stat()
        stamps[path.name] = [stat.st_size, stat.st_mtime_ns]
    return stamps


def _current_tables(written: dict, digest: str, out_dir: Path) -> RunSummary | None:
    """The summary of the last run, when the tables it wrote are current: built from what the store
    holds now, and every file still there with the size and time it was written with (a table edited,
    replaced or deleted since is written again, and so is an edited review sheet)."""
    if written.get("digest") != digest:
        return None
    for name, stamp in written["files"].items():
        try:
            stat = (out_dir / name).stat()
        except OSError:
            return None
        if [stat.st_size, stat.st_mtime_ns] != stamp:
            return None
    return RunSummary(**written["summary"])


@flow(name="veille-run", log_prints=False)
def veille_run(
    corpus: str = "corpus",
    out: str = "outputs",
    sep: str = ",",
    models: str | None = None,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    full: bool = False,
    batch_size: int = DOCUMENTS_PER_TASK,
) -> RunSummary:
    logger = get_run_logger()
    corpus_dir, out_dir = Path(corpus), Path(out)
    models_dir = Path(models) if models else default_models_dir()
    with run_lock(out_dir):
        store = StateStore(out_dir)
        fingerprint = extraction_fingerprint(models_dir)
        changed = fingerprint.changes_from(store.previous_fingerprint())
        if full:
            store.forget_analyses()
        review_import = _import_review(out_dir / "review.csv", store, models_dir)
        sources = discover_sources(corpus_dir)
        plan = plan_run(quote(sources), store, full)
        logger.info(
            "%d source files in %s: %d new or changed, %d unchanged, %d removed since the last run",
            len(sources),
            corpus_dir,
            len(plan.to_read),
            len(plan.unchanged),
            len(plan.removed),
        )
        if changed and not full:
            logger.info("%s changed since the last run: stored analyses are out of date", " and ".join(changed))

        # Read what is new or changed, a chunk at a time; keep the records, store the texts.
        fresh: dict[str, Document] = {}
        for chunk in _chunks(plan.to_read, FILES_PER_READ):
            documents = detect_language(quote(read_and_clean(quote(chunk), corpus_dir, max_bytes)))
            store.save_documents((d, *plan.files[d.source].as_tuple()) for d in documents)
            _write_texts(documents, store, out_dir)
            for document in documents:
                document.text = ""  # in the store now; texts come back a batch at a time
                fresh[document.source] = document
        stored = store.load_documents(plan.unchanged)
        store.mark_removed(plan.removed)

        # Statuses over the whole corpus, in source order: the first copy of a text is the one analysed.
        current = mark_duplicates(
            replace(fresh[item.source] if item.source in fresh else stored[item.source]) for item in sources
        )
        _write_texts(current, store, out_dir)  # the texts missing from the output folder
        ok = [document for document in current if document.is_ok]
        valid = store.valid_analyses({d.doc_id: d.sha256 for d in ok}, fingerprint)
        to_analyse = [document for document in ok if document.doc_id not in valid]
        analysed = _analyse(to_analyse, store, fingerprint, models_dir, workers, _runs_on_dask(), batch_size)
        store.save_fingerprint(fingerprint)

        # The tables are rebuilt from the store: every current document, and the removed ones; unless
        # nothing they are built from has changed and they are in the folder as the last run left them.
        digest = store.tables_digest(sep, fingerprint.value)
        kept = _current_tables(store.tables_written(), digest, out_dir)
        if kept is None:
            summary, written = _rebuild_tables(store, ok, review_import, models_dir, out_dir, sep, current)
            store.save_tables_written(digest, _file_stamps(written), asdict(summary))
            tables_were = "written to"
        else:
            summary, tables_were = kept, "kept in"
            logger.info("nothing changed since the last run: the tables in %s are current", out_dir)
    summary.read, summary.analysed, summary.removed = len(plan.to_read), analysed, len(plan.removed)
    summary.refused = [f"row {line}: {reason}" for line, reason, _ in review_import.refused]
    if summary.orphaned:
        logger.warning(
            "%d review decisions refer to events no longer extracted (their text changed); they are kept, "
            "see review_orphans.csv: %s",
            len(summary.orphaned),
            ", ".join(summary.orphaned),
        )
    publish_summary(summary)
    status_text = ", ".join(f"{count} {status}" for status, count in summary.by_status.items())
    logger.info(
        "%d documents (%s); %d read and %d analysed this run; %d entities, %d mentions, %d events %s %s",
        summary.documents,
        status_text or "none",
        summary.read,
        summary.analysed,
        summary.entities,
        summary.mentions,
        summary.events,
        tables_were,
        out_dir,
    )
    return summary


def _runs_on_dask() -> bool:
    """Whether the flow was given a Dask task runner (`veille run --dask`)."""
    return type(FlowRunContext.get().task_runner).__name__ == "DaskTaskRunner"
