"""Shared fixtures. The real French model is loaded once per session; the end-to-end run uses the
`veille` command exactly as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.config import configure_prefect

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "dev" / "asie-centrale-cooperation-defense.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

configure_prefect()

# The columns every run must write, in this order (the analysts' contract; extra columns may follow).
DOCUMENT_COLUMNS = [
    "doc_id",
    "source",
    "title",
    "language",
    "language_score",
    "status",
    "status_detail",
    "n_chars",
    "n_sentences",
    "n_mentions",
    "n_events",
    "sha256",
    "processed_at",
]
ENTITY_COLUMNS = ["entity_id", "type", "name", "iso3", "aliases", "n_mentions", "n_documents"]
MENTION_COLUMNS = ["mention_id", "doc_id", "entity_id", "text", "type", "start", "end", "sentence_id", "method"]
EVENT_COLUMNS = [
    "event_id",
    "doc_id",
    "type",
    "participants",
    "participant_names",
    "place_id",
    "place",
    "date_start",
    "date_end",
    "date_text",
    "status",
    "trigger",
    "sentence",
    "start",
    "end",
    "confidence",
    "method",
]


@pytest.fixture(scope="session")
def nlp():
    from pipelines.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def codebook():
    from pipelines.codebook import load_codebook
    from pipelines.config import default_models_dir

    return load_codebook(default_models_dir() / "codebook.yaml")


def veille(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed `veille` command (the same interpreter's entry point)."""
    command = [sys.executable, "-m", "pipelines.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd or ROOT, env=os.environ.copy(), timeout=900)


def build_small_corpus(target: Path) -> Path:
    """A few real corpus texts in every supported format, plus a non-French and an empty file."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, target / SEED.name)
    shutil.copy(CORPUS / "dev" / "afr-sahel-africa-corps.html", target / "page-sauvegardee.html")
    shutil.copy(CORPUS / "dev" / "indo-aukus-quad-architecture.md", target / "aukus.md")
    (target / "notes").mkdir(exist_ok=True)
    for fixture in ("english-note.txt", "empty.txt", "page-saved-as.txt"):
        shutil.copy(FIXTURES / fixture, target / "notes" / fixture)
    shutil.copy(SEED, target / "notes" / "copie-du-seed.txt")
    return target
