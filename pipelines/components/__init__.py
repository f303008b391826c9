"""spaCy components of the Veille pipeline, registered as factories on import."""

from . import dashes, entity_types, gazetteer_matcher, sentences, system_names  # noqa: F401  (registration)
from .attributes import register_extensions

register_extensions()
