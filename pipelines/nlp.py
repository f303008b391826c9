"""The spaCy pipeline: fr_core_news_md with Veille's components, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .config import SPACY_MODEL, default_models_dir


@lru_cache(maxsize=2)
def load_pipeline(models_dir: str | None = None, rules: bool = True) -> Language:
    """The full pipeline, or with rules=False the bare statistical model (for evaluation)."""
    nlp = spacy.load(SPACY_MODEL)
    if not rules:
        return nlp
    folder = Path(models_dir) if models_dir else default_models_dir()
    nlp.add_pipe("veille_dashes", first=True)
    nlp.add_pipe("veille_sentences", before="parser")
    nlp.add_pipe("veille_gazetteer", after="ner", config={"gazetteer_dir": str(folder / "gazetteers")})
    nlp.add_pipe("veille_system_names", after="veille_gazetteer")
    nlp.add_pipe("veille_entity_types", after="veille_system_names")
    return nlp
