"""Find the source files of a corpus folder, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import CorpusNotFound
from .records import SourceFile

# Gold annotations live beside their texts and are not sources.
ANNOTATION_SUFFIXES = (".gold.json",)


def is_source(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(ANNOTATION_SUFFIXES) and not name.endswith("~")


def discover(corpus: Path) -> list[SourceFile]:
    """Every file under `corpus` (recursively, hidden files and gold annotations excepted), sorted by
    relative path. Symbolic links are listed too, so that they get a row and a reason."""
    if not corpus.is_dir():
        raise CorpusNotFound(f"corpus folder not found: {corpus}")
    found: list[SourceFile] = []
    for folder, subfolders, files in os.walk(corpus, followlinks=False):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in files:
            if is_source(name):
                path = Path(folder) / name
                found.append(SourceFile(path=path, source=path.relative_to(corpus).as_posix()))
    return sorted(found, key=lambda item: item.source)
