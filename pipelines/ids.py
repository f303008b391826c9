"""Deterministic identifiers: the same input always yields the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache


def digest(*parts: str, length: int = 10) -> str:
    joined = "\x1f".join(parts).encode("utf-8")
    return hashlib.sha1(joined).hexdigest()[:length]


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Lowercase, accents removed, typographic apostrophes and dashes unified, spaces collapsed."""
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-").replace("—", "-")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().lower()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def document_id(source: str) -> str:
    return "D" + digest(source)


def mention_id(doc_id: str, index: int) -> str:
    return f"{doc_id}-M{index:04d}"
