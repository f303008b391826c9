"""Language analysis of a batch of documents: spaCy over the batch with nlp.pipe, then mentions and
events per document. Returns plain records; spaCy objects never leave this module."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .codebook import load_codebook
from .config import default_models_dir
from .dates import document_date
from .events import EventExtractor
from .gazetteer import load_gazetteer
from .mentions import mentions_of, sentences_of
from .nlp import load_pipeline
from .records import Document, DocumentAnalysis

BATCH_SIZE = 32


def event_extractor(models_dir: Path) -> EventExtractor:
    return EventExtractor(load_codebook(models_dir / "codebook.yaml"), load_gazetteer(models_dir / "gazetteers"))


def _analysed_text(document: Document) -> str:
    """The cleaned text with the excluded spans (paragraphs in another language) blanked out: offsets
    stay those of the cleaned text."""
    text = document.text
    for start, end in document.excluded_spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def analyse_documents(
    documents: Iterable[Document], models_dir: Path | None = None, n_process: int = 1
) -> list[DocumentAnalysis]:
    folder = (models_dir or default_models_dir()).resolve()
    nlp = load_pipeline(str(folder))
    extractor = event_extractor(folder)
    gazetteer = load_gazetteer(folder / "gazetteers")
    documents = [document for document in documents if document.is_ok]
    results = []
    texts = ((_analysed_text(document), document) for document in documents)
    for doc, document in nlp.pipe(texts, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process):
        sents = list(doc.sents)
        text = doc.text  # once: spaCy builds it from the tokens on every access
        mentions = mentions_of(doc, document.doc_id, document.body_end, gazetteer, sents, text)
        reference = document_date(document.text)
        events = extractor.extract(doc, document.doc_id, mentions, document.body_end, reference, sents, text)
        results.append(DocumentAnalysis(document.doc_id, sentences_of(doc, sents, text), mentions, events))
    return results
