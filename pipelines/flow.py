"""The Prefect flow: discover → read and clean → detect language → analyse (spaCy, mentions, event
candidates, in batches through nlp.pipe) → resolve entities → assemble events → write tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task

from .analysis import analyse_documents
from .codebook import load_codebook
from .config import default_models_dir
from .discover import discover
from .documents import DEFAULT_MAX_BYTES, identify_language, mark_duplicates, read_document
from .gazetteer import load_gazetteer
from .records import Document, DocumentAnalysis, SourceFile
from .resolve import Entity, resolve_entities
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

# Documents per analysis task: large enough to amortise task overhead, small enough to report progress.
DOCUMENTS_PER_TASK = 200


@dataclass
class RunSummary:
    out: str
    documents: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    mentions: int = 0
    events: int = 0


@task(name="discover sources", retries=2, retry_delay_seconds=1)
def discover_sources(corpus: Path) -> list[SourceFile]:
    return discover(corpus)


@task(name="read and clean", retries=2, retry_delay_seconds=1)
def read_and_clean(sources: list[SourceFile], corpus: Path, max_bytes: int) -> list[Document]:
    return mark_duplicates(read_document(item, corpus, max_bytes) for item in sources)


@task(name="detect language")
def detect_language(documents: list[Document]) -> list[Document]:
    return [identify_language(document) for document in documents]


@task(name="analyse batch")
def analyse_batch(documents: list[Document], models_dir: Path, n_process: int) -> list[DocumentAnalysis]:
    """spaCy over the batch (nlp.pipe), then mentions and event candidates per document."""
    return analyse_documents(documents, models_dir, n_process=n_process)


@task(name="resolve entities")
def resolve(analyses: list[DocumentAnalysis], models_dir: Path) -> tuple[list[Entity], dict[str, str]]:
    return resolve_entities(analyses, load_gazetteer((models_dir / "gazetteers").resolve()))


@task(name="write tables", retries=2, retry_delay_seconds=1)
def write_tables(
    documents: list[Document],
    analyses: list[DocumentAnalysis],
    entities: list[Entity],
    key_to_id: dict[str, str],
    models_dir: Path,
    out: Path,
    sep: str,
) -> RunSummary:
    """Assemble the events, check every table against its schema, then write them all."""
    codebook = load_codebook((models_dir / "codebook.yaml").resolve())
    by_doc = {analysis.doc_id: analysis for analysis in analyses}
    entity_by_id = {entity.entity_id: entity for entity in entities}
    events = validate(events_table(analyses, key_to_id, entity_by_id, codebook), events_schema(codebook), "events.csv")
    per_doc = events["doc_id"].value_counts().to_dict() if len(events) else {}
    processed_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    tables = {
        "documents.csv": validate(
            documents_table(documents, by_doc, per_doc, processed_at), DOCUMENTS_SCHEMA, "documents.csv"
        ),
        "entities.csv": validate(entities_table(entities), ENTITIES_SCHEMA, "entities.csv"),
        "mentions.csv": validate(mentions_table(analyses, key_to_id), MENTIONS_SCHEMA, "mentions.csv"),
        "events.csv": events,
        "event_actors.csv": validate(event_actors_table(events), EVENT_ACTORS_SCHEMA, "event_actors.csv"),
    }
    for document in documents:
        if document.text:
            write_text_atomic(out / "texts" / f"{document.doc_id}.txt", document.text)
    for name, frame in tables.items():
        write_csv(frame, out / name, sep=sep)
    statuses = tables["documents.csv"]["status"].value_counts().sort_index().to_dict()
    return RunSummary(str(out), len(documents), statuses, len(entities), len(tables["mentions.csv"]), len(events))


@flow(name="veille-run", log_prints=False)
def veille_run(
    corpus: str = "corpus",
    out: str = "outputs",
    sep: str = ",",
    models: str | None = None,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RunSummary:
    logger = get_run_logger()
    corpus_dir, out_dir = Path(corpus), Path(out)
    models_dir = Path(models) if models else default_models_dir()
    sources = discover_sources(corpus_dir)
    logger.info("%d source files in %s", len(sources), corpus_dir)
    documents = detect_language(read_and_clean(sources, corpus_dir, max_bytes))
    to_analyse = [document for document in documents if document.is_ok]
    analyses: list[DocumentAnalysis] = []
    for start in range(0, len(to_analyse), DOCUMENTS_PER_TASK):
        batch = to_analyse[start : start + DOCUMENTS_PER_TASK]
        analyses.extend(analyse_batch(batch, models_dir, workers))
        logger.info("analysed %d of %d documents", len(analyses), len(to_analyse))
    entities, key_to_id = resolve(analyses, models_dir)
    summary = write_tables(documents, analyses, entities, key_to_id, models_dir, out_dir, sep)
    status_text = ", ".join(f"{count} {status}" for status, count in summary.by_status.items())
    logger.info(
        "%d documents (%s); %d entities, %d mentions, %d events written to %s",
        summary.documents,
        status_text or "none",
        summary.entities,
        summary.mentions,
        summary.events,
        out_dir,
    )
    return summary
