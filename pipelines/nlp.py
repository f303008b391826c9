"""The spaCy pipeline: fr_core_news_md with Veille's components, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)
from .config import SPACY_MODEL, default_models_dir


@lru_cache(maxsize=2)
def load_pipeline(models_dir: str | None = None, rules: bool = True) -> Language:
    """The full pipeline, or with rules=False the bare statistical model (for evaluation)."""
    nlp = spacy.load(SPACY_MODEL)
    if not rules:
        return nlp
    folder = Path(models_dir) if models_dir else default_models_dir()
    # « des F-16V. », « des MQ-9B. »: the French rules keep a full stop after a capital, as in an
    # abbreviation, so the sentence ran on into the next and the system went unnamed; after a designation
    # (a digit, then one to three capitals) it is the sentence's end
    suffixes = [*nlp.Defaults.suffixes, *(rf"(?<=[0-9][A-Z]{{{n}}})\." for n in (1, 2, 3))]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("veille_dashes", first=True)
    nlp.add_pipe("veille_sentences", before="parser")
    nlp.add_pipe("veille_gazetteer", after="ner", config={"gazetteer_dir": str(folder / "gazetteers")})
    nlp.add_pipe("veille_system_names", after="veille_gazetteer")
    nlp.add_pipe("veille_entity_types", after="veille_system_names")
    return nlp
