"""From a source file to a Document with a status: read, clean, identify the language, spot
duplicates. Every source file yields exactly one Document, whatever happens to it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from .errors import DocumentError, UnreadableDocument
from .ids import document_id
from .language import TARGET_LANGUAGE, detect_language, paragraph_languages
from .reading import read_bytes
from .records import (
    STATUS_DUPLICATE,
    STATUS_SKIPPED_LANGUAGE,
    Document,
    SourceFile,
)

DEFAULT_MAX_BYTES = 5_000_000


def _read_file(item: SourceFile, corpus: Path, max_bytes: int) -> bytes:
    path = item.path
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(corpus.resolve()):
            raise UnreadableDocument(f"symbolic link to {target}, outside the corpus folder: not followed")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableDocument(f"file too large: {size:,} bytes, the limit is {max_bytes:,} (--max-bytes)")
        return path.read_bytes()
    except PermissionError as error:
        raise UnreadableDocument(f"permission denied: {error.strerror}") from error
    except IsADirectoryError as error:
        raise UnreadableDocument("a folder, not a file") from error
    except OSError as error:
        raise UnreadableDocument(f"cannot read the file: {error.strerror or error}") from error


def read_document(item: SourceFile, corpus: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and clean one file. Problems become the document's status, never an exception."""
    document = Document(doc_id=document_id(item.source), source=item.source, sha256="")
    try:
        data = _read_file(item, corpus, max_bytes)
        document.sha256 = hashlib.sha256(data).hexdigest()
        result = read_bytes(data, item.path.suffix)
    except DocumentError as error:
        document.status, document.status_detail = error.status, str(error)
        return document
    document.text = result.text
    document.n_chars = len(result.text)
    document.text_sha256 = hashlib.sha256(result.text.encode("utf-8")).hexdigest()
    document.title = result.title
    document.source_format = result.source_format
    document.encoding = result.encoding
    document.author = result.author
    document.body_end = result.body_end
    return document


def identify_language(document: Document) -> Document:
    """Record the language. A document not in French is skipped with the language and its score; in
    a document that mixes languages, the paragraphs in another language are left out of the analysis
    (they stay in the cleaned text) and the French part is processed."""
    if not document.is_ok:
        return document
    guess = detect_language(document.text)
    document.language, document.language_score = guess.language, guess.score
    paragraphs = paragraph_languages(document.text)
    french = [p for p in paragraphs if p.language == TARGET_LANGUAGE]
    other = [p for p in paragraphs if p.language not in (TARGET_LANGUAGE, "")]
    if french and other:
        document.excluded_spans = [(p.start, p.end) for p in other]
        languages = ", ".join(sorted({p.language for p in other}))
        document.status_detail = (
            f"mixed languages: {len(french)} paragraphs in {TARGET_LANGUAGE} analysed, "
            f"{len(other)} in {languages} left out"
        )
        if guess.language != TARGET_LANGUAGE:
            document.language = TARGET_LANGUAGE  # the language of what is analysed
        return document
    if guess.language != TARGET_LANGUAGE:
        document.status = STATUS_SKIPPED_LANGUAGE
        found = guess.language or "undetermined"
        document.status_detail = f"language {found} (p={guess.score:.2f}), not {TARGET_LANGUAGE}"
    return document


def mark_duplicates(documents: Iterable[Document]) -> list[Document]:
    """The second and later copies of the same cleaned text point to the first (in source order)."""
    first_by_text: dict[str, str] = {}
    marked = []
    for document in documents:
        if document.is_ok:
            fingerprint = document.text_sha256 or hashlib.sha256(document.text.encode("utf-8")).hexdigest()
            if fingerprint in first_by_text:
                document.status = STATUS_DUPLICATE
                document.status_detail = f"same text as {first_by_text[fingerprint]}"
            else:
                first_by_text[fingerprint] = document.source
        marked.append(document)
    return marked
