"""Rule-based sentence boundaries, set before the parser, which keeps them: a line break always
ends a sentence (a heading never runs into the next paragraph), final punctuation followed by a
capital starts one, and nothing else does. Abbreviations (« M. », « J.-Y. », « gén. ») do not end
a sentence."""

import numpy
from spacy.attrs import SENT_START
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
    # « Saint-Christophe-et-Niévès », « Bosnie-Herzégovine »: a capital first letter, whatever follows
    return token.text[:1].isupper() or token.is_digit or token.text in OPENERS


class RuleSentences:
    """The boundaries are computed from plain strings in one pass and set with one array write:
    setting them token by token cost as much as the parser itself."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        flags = [1]
        previous, previous_space = doc[0].text, doc[0].whitespace_
        before, before_space = "", " "
        for token in doc[1:]:
            text = token.text
            if "\n" in previous or "\n" in previous_space:
                flag = 1
            elif token.is_space:
                flag = -1
            elif previous in FINAL_PUNCTUATION and previous_space and _starts_sentence(token):
                abbreviation = not before_space and (
                    before.lower().rstrip(".") in ABBREVIATIONS or (len(before) == 1 and before.isupper())
                )
                flag = -1 if abbreviation else 1
            else:
                flag = -1
            flags.append(flag)
            before, before_space = previous, previous_space
            previous, previous_space = text, token.whitespace_
        # from_array reads uint64 values; -1 (not a start) wraps around and is read back as -1.
        doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc
