"""Rule-based sentence boundaries, set before the parser, which keeps them: a line break always
ends a sentence (a heading never runs into the next paragraph), final punctuation followed by a
capital starts one, and nothing else does. Abbreviations (« M. », « J.-Y. », « gén. ») do not end
a sentence."""

from spacy.language import Language
from spacy.tokens import Doc

FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
ABBREVIATIONS = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "dr",
        "pr",
        "me",
        "st",
        "ste",
        "gén",
        "gal",
        "col",
        "cdt",
        "lt",
        "cne",
        "adj",
        "sgt",
        "av",
        "apr",
        "etc",
        "cf",
        "p",
        "n°",
        "no",
        "vol",
        "art",
    }
)
OPENERS = frozenset({"«", '"', "“", "(", "[", "—", "–", "-"})


@Language.factory(
    "veille_sentences",
    assigns=["token.is_sent_start"],
    requires=["token.text"],
)
def make_sentences(nlp: Language, name: str):
    return RuleSentences()


def _starts_sentence(token) -> bool:
    return token.is_title or token.is_upper or token.is_digit or token.text in OPENERS


class RuleSentences:
    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
            elif token.is_space:
                token.is_sent_start = False
            elif previous.text in FINAL_PUNCTUATION and previous.whitespace_ and _starts_sentence(token):
                before = doc[token.i - 2] if token.i >= 2 else None
                abbreviation = (
                    before is not None
                    and not before.whitespace_
                    and (before.lower_.rstrip(".") in ABBREVIATIONS or (len(before.text) == 1 and before.is_upper))
                )
                token.is_sent_start = not abbreviation
            elif previous.is_space and "\n" not in previous.text:
                token.is_sent_start = False
            else:
                token.is_sent_start = False
        return doc
