"""Custom attributes the components write. Span values live in doc.user_data, so they survive
doc.ents being rebuilt and documents crossing process boundaries."""

from spacy.tokens import Span

METHOD = "veille_method"


def register_extensions() -> None:
    if not Span.has_extension(METHOD):
        Span.set_extension(METHOD, default="")
