"""Custom attributes the components write. Span values live in doc.user_data, so they survive
doc.ents being rebuilt and documents crossing process boundaries."""

from spacy.tokens import Span

METHOD = "veille_method"
STATE = "veille_state"  # the state a place belongs to, when the component knows it (a capital)


def register_extensions() -> None:
    for name in (METHOD, STATE):
        if not Span.has_extension(name):
            Span.set_extension(name, default="")
