"""The clause structure of a sentence, and repairs of parser errors on it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..ids import fold
from ..records import DateValue
from .vocabulary import ASIDE_WORDS, CLAUSE_DEPS, CONTRASTING_MARKS, NOMINAL_POS, OPENING_TIME_WORDS, SUBJECT_DEPS


def _governing_verbs(head: Token, before: int) -> list[Token]:
    """The verbs above the trigger, before index `before`, up to the relative clause it belongs to (« avec
    Ankara, qui a signé un accord … et déployé des militaires »: not the verbs of the clause above)."""
    verbs = []
    for token in head.ancestors:
        if token.pos_ in ("VERB", "AUX") and token.i < before:
            verbs.append(token)
        if token.dep_ == "acl:relcl":
            break
    return verbs


def _verb_lemmas(verb: Token) -> frozenset[str]:
    """A verb's lemma, and the infinitive of a present in -e the model lemmatised as a noun (« aide »)."""
    lemma, text = fold(verb.lemma_), fold(verb.text)
    return frozenset({lemma, text + "r"} if verb.pos_ == "VERB" and text.endswith("e") else {lemma})


def _misread_infinitive(verb: Token) -> bool:
    """« négocie » tagged as an infinitive: no French infinitive ends so (« négocier », « vendre »,
    « fournir »); the parser took a finite verb for one."""
    return "Inf" in verb.morph.get("VerbForm") and not fold(verb.text).endswith(("er", "ir", "re", "oir"))


def _verb_read_as_noun(doc: Doc, i: int) -> bool:
    """« La France forme des pilotes », « Paris livre des canons »: a verb in -e the model reads as the noun
    it is spelt like (« forme », « livre »), or leaves unlemmatised, between a name and a determiner."""
    token = doc[i]
    if token.pos_ != "NOUN" and not (token.pos_ == "VERB" and token.lemma_ == token.text):
        return False
    # « forme pour sa part les FACA », « livre également des munitions », « forme depuis 2020 des pilotes »:
    # past an aside or a date, the object
    j = i + 1
    while (
        j < len(doc) - 1
        and j <= i + 3
        and (
            doc[j].lower_ in ASIDE_WORDS
            or doc[j].pos_ == "ADV"
            or doc[j].lower_ in ("depuis", "dès")
            or doc[j].like_num
        )
    ):
        j += 1
    following = doc[j] if j < len(doc) else doc[i]
    if not token.lower_.endswith("e") or not (following.pos_ == "DET" or following.lower_ in ("des", "du", "aux")):
        return False
    before = doc[i - 1]
    if before.lower_ == "et" and i > 1:
        # « L'Italie entretient un hôpital à Misrata et forme des garde-côtes libyens »: the second verb
        return any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in doc[max(i - 12, 0) : i - 1])
    if before.text == ",":
        # « Rome, pour sa part, forme des militaires libanais »: the name before an aside between commas
        opening = next((j for j in range(i - 2, max(i - 8, 0), -1) if doc[j].text == ","), None)
        if opening is None or opening == 0:
            return False
        before = doc[opening - 1]
    return before.pos_ == "PROPN" or before.ent_type_ != "" or before.lower_ in ("il", "elle", "qui")


def clause_root(token: Token) -> Token:
    """The verb or predicate heading the clause that contains `token`."""
    current = token
    while (current.dep_ not in CLAUSE_DEPS or _nominal_conjunct(current)) and current.head.i != current.i:
        current = current.head
    return current


def _one_clause(first: Token, second: Token, sentence_start: int) -> bool:
    """Two triggers tell one event: in the same clause, or one in a participle with no subject of its own
    that describes the clause of the other (« Signé le 21 décembre 2023 par le ministre danois, …, et le
    secrétaire d'État américain, l'accord de coopération de défense ouvre… »), however the parser tied
    the participle: below the main verb, or above it when it opens the sentence."""
    roots = []
    for token in (first, second):
        root = clause_root(token)
        while _is_a_bare_participle(root) and root.dep_ in ("advcl", "acl") and root.head.i != root.i:
            root = clause_root(root.head)
        roots.append(root)
    if roots[0].i == roots[1].i:
        return True
    return any(
        _is_a_bare_participle(root) and root.left_edge.i == sentence_start and _in_subtree(other, root)
        for root, other in ((roots[0], roots[1]), (roots[1], roots[0]))
    )


def _is_a_bare_participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm") and not any(child.dep_ in SUBJECT_DEPS for child in token.children)


def _opening_apposition(sent: Span, dates: list[DateValue]) -> Span | None:
    """« Membre fondateur de l'OTAN en 1949, l'Islande… », « Allié de Washington depuis 1952, Ankara… »: a
    bare noun or adjective opening the sentence, up to the comma before its subject, describes that
    subject; None for any other opening (« Fin juillet, … », « Chaque année, … »)."""
    first = sent[0]
    if (
        first.pos_ not in ("NOUN", "ADJ")
        or fold(first.text) in OPENING_TIME_WORDS
        or any(value.start <= first.idx < value.end for value in dates)
    ):
        return None
    comma = next((token for token in sent if token.text == ","), None)
    if comma is None or any(
        token.dep_ in SUBJECT_DEPS or token.pos_ == "AUX" or "Fin" in token.morph.get("VerbForm")
        for token in sent[: comma.i - sent.start]
    ):
        return None
    if not any(token.dep_ in SUBJECT_DEPS for token in sent[comma.i - sent.start + 1 :]):
        return None
    return sent[: comma.i - sent.start]


def _described_thing(token: Token) -> Token | None:
    """What a participle with no subject of its own tells more of: the noun it describes (« des frégates,
    commandées en 2007 et livrées en 2014 »: « frégates » for both), or the verb it hangs on when the
    parser tied it there; else None."""
    while token.dep_ == "conj" and _is_a_bare_participle(token) and token.head.i != token.i:
        token = token.head
    if not _is_a_bare_participle(token) or token.head.i == token.i:
        return None
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return token.head if token.dep_ == "advcl" and token.i > token.head.i else None


def _misread_relative(root: Token) -> Token | None:
    """« La Norvège, qui n'est pas membre de l'UE, a… », « coordonnée depuis Bahreïn, qui accueille le
    quartier général de la Ve flotte »: a relative clause the parser has tied elsewhere, as a coordinated
    or adverbial clause; its relative subject still stands for the noun just before it."""
    if root.dep_ not in ("conj", "advcl", "ccomp"):
        return None
    relative = next(
        (c for c in root.children if c.dep_ in SUBJECT_DEPS and "Rel" in c.morph.get("PronType") and c.i < root.i),
        None,
    )
    if relative is None:
        # « le Partenariat pour la paix, que l'Irlande a rejoint en 1999 »: an object « que » after a comma,
        # read as a conjunction, and a verb left with no object
        relative = next(
            (
                c
                for c in root.children
                if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") and c.i > 0 and c.doc[c.i - 1].text == ","
            ),
            None,
        )
        if relative is None or any(c.dep_ == "obj" for c in root.children):
            return None
    noun = _noun_before(relative)
    if noun is not None and relative.dep_ == "mark":
        while noun.dep_ in ("nmod", "flat:name") and noun.head.i < noun.i:
            noun = noun.head  # « le Partenariat pour la paix »: the noun the name opens with
    return noun if noun is not None and noun.pos_ in ("PROPN", "NOUN") else None


def _noun_before(relative: Token) -> Token | None:
    """The word just before a relative pronoun, commas aside: the noun it stands for, when it is one."""
    before = relative.i - 1
    while before >= 0 and relative.doc[before].is_punct:
        before -= 1
    return relative.doc[before] if before >= 0 else None


def _relative_antecedent(root: Token) -> Token | None:
    """The noun a relative clause with a relative subject describes (« avec Ankara, qui a signé… »): the
    one the clause hangs on, else, when the parser tied it to a verb, the noun just before the pronoun;
    also for a relative clause the parser read as another kind of clause (`_misread_relative`)."""
    if root.dep_ != "acl:relcl":
        return _misread_relative(root)
    relative = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and "Rel" in c.morph.get("PronType")), None)
    if relative is None:
        return None
    if root.head.pos_ in NOMINAL_POS:
        return root.head
    noun = _noun_before(relative)
    return noun if noun is not None and noun.pos_ in NOMINAL_POS else None


def _relative_clause(head: Token) -> Span | None:
    """The relative clause a trigger heads (« l'OTAN, dont la Grèce comme la Turquie sont membres, ne
    pouvait… »): its words from the relative pronoun to the end of the trigger's phrase."""
    if head.dep_ == "ROOT":
        return None
    doc = head.doc
    pronoun = next((t for t in doc[head.left_edge.i : head.i] if "Rel" in t.morph.get("PronType")), None)
    if pronoun is None:
        return None
    return doc[pronoun.i : head.right_edge.i + 1]


def _nominal_conjunct(token: Token) -> bool:
    """« par Safran et HAL »: a conjunct that is a name or a noun without a verb of its own joins a
    phrase, not a clause; so does a name with a preposition the parser took for a clause of its own
    (« ne fait pas partie d'AUKUS », read as a complement of « fait » or a clause of « partie »)."""
    own_clause = any(child.dep_ in SUBJECT_DEPS or child.dep_ == "cop" for child in token.children)
    if token.dep_ in ("xcomp", "acl"):
        return token.pos_ in ("PROPN", "NOUN") and not own_clause and any(c.dep_ == "case" for c in token.children)
    if token.dep_ != "conj":
        return False
    if token.pos_ == "ADJ":
        # « des militaires arméniens et américains »: an adjective of a noun, also when the parser ties
        # it to the noun itself (« aux armées camerounaise et tchadienne »)
        return token.head.dep_ == "amod" or (token.head.pos_ == "NOUN" and not own_clause)
    return token.pos_ in ("PROPN", "NOUN", "PRON", "NUM", "X") and not own_clause


def _in_subtree(token: Token, root: Token) -> bool:
    return token.i == root.i or root in token.ancestors


def _in_clause_of_its_own(token: Token, root: Token, trigger: Token) -> bool:
    """Below `root`, in a coordinated clause with a subject of its own that does not hold the trigger:
    « Moscou loue le polygone…, et les deux pays ont signé en 2013 un accord »: 2013 is the date of the
    signature; or in a clause that sets another fact against it (« …, tandis que Cuba déployait des soldats
    entre 1975 et 1991 »). (A subordinate clause often sets the scene, and the parser misplaces many.)"""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if ((node.dep_ in ("conj", "parataxis") and not _nominal_conjunct(node)) or _contrasting(node)) and (
            any(child.dep_ in SUBJECT_DEPS for child in node.children) and not _in_subtree(trigger, node)
        ):
            return True
        node = node.head
    return False


def _contrasting(clause: Token) -> bool:
    """A subordinate clause that sets another fact against the one it hangs on (« tandis que », « alors
    que », « bien que », « même si »)."""
    return clause.dep_ == "advcl" and any(
        child.dep_ == "mark" and fold(child.text) in CONTRASTING_MARKS for child in clause.children
    )


def _in_subordinate_clause(token: Token, root: Token) -> bool:
    """Below `root`, in an adverbial or completive clause of its own (« …, renonçant au Rafale »)."""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "ccomp"):
            return True
        node = node.head
    return False


def is_heading(sent: Span, full_text: str) -> bool:
    """A title or section heading: a line of its own without final punctuation. Headings announce
    what follows; the facts are in the paragraphs."""
    text = full_text[sent.start_char : sent.end_char].strip()  # Span.text is rebuilt token by token
    line_start = full_text.rfind("\n", 0, sent.start_char) + 1
    line_end = full_text.find("\n", sent.end_char - 1)
    own_line = full_text[line_start : line_end if line_end >= 0 else None].strip() == text
    return own_line and not text.endswith((".", "!", "?", "…", "»", '"', ")", ":")) and len(text.split()) <= 25


def _is_anaphoric(token: Token) -> bool:
    """A trigger noun with a demonstrative determiner (« ces exercices », « cet accord »)."""
    return token.pos_ == "NOUN" and any(
        child.dep_ == "det"
        and ("Dem" in child.morph.get("PronType") or fold(child.text) in ("ce", "cet", "cette", "ces"))
        for child in token.children
    )


def _rests_on_what_was_told(token: Token) -> bool:
    """A complement of a verb whose subject is a noun with a demonstrative (« Cette présence repose sur un
    accord… », « Ce dispositif repose sur un accord de défense »): what the subject refers back to is
    the fact the text just told."""
    verb = token.head
    return (
        token.dep_ in ("obj", "obl", "obl:arg", "obl:mod")
        and verb.pos_ == "VERB"
        and any(child.dep_ in SUBJECT_DEPS and _is_anaphoric(child) for child in verb.children)
    )


def _cases(token: Token) -> list[Token]:
    """The prepositions of a noun, less one that introduces a date the parser tied to the noun after it
    (« accueille depuis 2017 une base de la Chine »: « depuis 2017 », then the object « une base »)."""
    dates = {child.i for child in token.children if child.text[:1].isdigit() and child.i < token.i}
    return [child for child in token.children if child.dep_ == "case" and child.i + 1 not in dates]


def _is_reflexive(token: Token) -> bool:
    """A verb with its reflexive pronoun (« s'est entraîné », « se sont entraînées »), whatever
    relation the parse gives the pronoun (« s'y sont entraînées » leaves it a `mark`)."""
    return token.pos_ == "VERB" and any(
        child.i < token.i and fold(child.text) in ("se", "s'") for child in token.children
    )
