"""Which actors of a clause take part in an event, and which only set its scene, describe or report it."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from ..codebook import EventType
from ..ids import fold
from ..records import EventRecord, Mention
from .clauses import _cases, _in_subtree, clause_root
from .timing import _dates_by_an_event
from .triggers import Trigger
from .vocabulary import (
    ALLY_NOUNS,
    BINDING_VERBS,
    BORDER_NOUNS,
    CONTRAST_HINTS,
    CONTRAST_OPENERS,
    DESCRIPTIVE_CLAUSES,
    DESTINED_PARTICIPLES,
    DISTINCT_ADJECTIVES,
    EQUIPMENT_KIND_NOUNS,
    FORMED_NOUNS,
    GATHERING_VERBS,
    GIVING_PARTICIPLES,
    HOLDING_VERBS,
    HOME_NOUNS,
    HOSTILE_NOUNS,
    LEADING_VERBS,
    MADE_EQUIPMENT_NOUNS,
    NEAR_WORDS,
    ORDINAL,
    PARTICIPATION_VERBS,
    PLACE_KIND_NOUNS,
    POSITION_WORDS,
    RENOUNCED_TYPES,
    REPORTING_VERBS,
    SET_APART_MARKERS,
    SETTING_NOUNS,
    SETTING_PREPOSITIONS,
    SUBJECT_DEPS,
    TIME_SETTING_PREPOSITIONS,
    TIME_UNITS,
    TITLE_MAX_CHARS,
    TOPIC_NOUNS,
    TOUR_NOUNS,
    TROOP_NOUNS,
    UNIT_NOUNS,
)


def _agent_of_the_trigger(token: Token, clause: Token, trigger: Token) -> bool:
    """« l'exercice organisé par le Brésil », « les manœuvres conduites par les forces américaines »: the
    agent of a participle on the trigger noun does the event, also when the parser tied the participle
    after its comma to the verb (« lors des exercices Felino, organisés par la CPLP »)."""
    if "Part" not in clause.morph.get("VerbForm"):
        return False
    if clause.dep_ == "acl":
        on_trigger = clause.head.i == trigger.i
    else:
        before = clause.left_edge.i - 1
        while before > 0 and clause.doc[before].is_punct:
            before -= 1
        named = clause.doc[before]  # the trigger, or the name right after it (« les exercices Felino »)
        on_trigger = (
            clause.dep_ == "advcl"
            and trigger.pos_ == "NOUN"
            and (named.i == trigger.i or (named.head.i == trigger.i and named.pos_ == "PROPN"))
        )
    return on_trigger and any(child.dep_ == "obl:agent" and _in_subtree(token, child) for child in clause.children)


def _is_set_apart(token: Token) -> bool:
    """In a phrase that sets the actor apart (« contre les shebab », « selon l'Institut de Stockholm »), or
    that says what the event goes without (« sans mandat de l'ONU »; « sans la Russie » leaves Russia out
    of an event it is a party to)."""
    for depth, ancestor in enumerate([token, *token.ancestors][:4]):
        markers = SET_APART_MARKERS if depth == 0 else SET_APART_MARKERS | {"sans"}
        if any(fold(c.text) in markers for c in ancestor.children if c.dep_ in ("case", "mark", "fixed")):
            return True
    # « une mission bilatérale, distincte de la FINUL »: what the event is told apart from
    if token.head.pos_ == "ADJ" and fold(token.head.lemma_) in DISTINCT_ADJECTIVES:
        return True
    # « Coincés entre l'Iran, l'Irak et l'Arabie saoudite, deux émirats… »: where something lies, not who acts
    first = token.head if token.dep_ == "conj" and token.head.pos_ in ("PROPN", "NOUN") else token
    position = first.head
    # the first of the names, whichever of them the parser tied to the participle
    between = [first, *(c for c in position.children if c.dep_ in ("nmod", "obl:mod", "obl:arg"))]
    if fold(position.lemma_) in POSITION_WORDS and any(
        fold(c.text) == "entre" for word in between for c in word.children if c.dep_ == "case"
    ):
        return True
    # « un cargo russe visé par des sanctions américaines », « les tirs de missiles nord-coréens »: who
    # sanctions, threatens or invades stands against the event's parties
    current = token
    for _ in range(3):
        if current.dep_ not in ("amod", "nmod") or current.head.i == current.i:
            break
        current = current.head
        if fold(current.lemma_) in HOSTILE_NOUNS:
            return True
    return False


def _in_setting(token: Token, trigger: Token) -> bool:
    """« en marge d'une réunion de l'ASEAN », « pendant l'escale russe »: the actors of the setting of an
    event take no part in it, unless the trigger is in that setting too."""
    for ancestor in [token, *token.ancestors][:8]:
        cases = {fold(c.text) for c in ancestor.children if c.dep_ == "case"}
        if fold(ancestor.lemma_) in SETTING_NOUNS and "en" in cases and ancestor.i != trigger.i:
            return True
        if (
            fold(ancestor.lemma_) in TOUR_NOUNS
            and fold(ancestor.head.text) == "lors"
            and ancestor.i != trigger.i
            and not _in_subtree(trigger, ancestor)
        ):
            return True  # « lors d'une tournée aux Émirats, en Arabie saoudite et au Qatar, Séoul a… »
        if (
            (not cases.isdisjoint(TIME_SETTING_PREPOSITIONS) and fold(ancestor.lemma_) not in TIME_UNITS)
            or _dates_by_an_event(ancestor)
        ) and not _in_subtree(trigger, ancestor):
            return True
    return False


def _in_margin_of(token: Token, top: Token) -> bool:
    """« en marge du sommet du Conseil de l'Europe », below `top`: the setting of what the subject does."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == top.i:
            return False
        if fold(ancestor.lemma_) in SETTING_NOUNS and any(fold(c.text) == "en" for c in ancestor.children):
            return True
    return False


def _dative_tied_to_a_modifier(token: Token, trigger: Token) -> bool:
    """« L'Égypte a livré des drones armés au Qatar »: the parser tied « au Qatar » to the bare participle
    describing the object (« armés »), when it says to whom the trigger verb gives; not a participle with
    complements of its own (« des F-16 achetés au Danemark », « des drones fabriqués par Baykar »)."""
    modifier = token.head
    if (
        trigger.pos_ != "VERB"
        or token.dep_ not in ("obl:mod", "obl:arg", "obl")
        or not any(child.dep_ == "case" and fold(child.text) in ("a", "au", "aux") for child in token.children)
        or modifier.dep_ not in ("acl", "amod")
        or modifier.head.dep_ != "obj"
        or modifier.head.head.i != trigger.i
    ):
        return False
    own = [child for child in modifier.children if child.i != token.i]
    return not any(
        child.dep_ in ("obj", "nsubj", "nsubj:pass", "obl:agent", "obl:arg", "iobj", "xcomp", "ccomp") for child in own
    ) and not any(fold(child.lemma_) == "par" for child in modifier.subtree)


def _in_descriptive_clause(token: Token, root: Token, trigger: Token, actor_tokens: set[int]) -> bool:
    """« l'OTSC, dirigée par Moscou »: Moscou is in a clause that describes another actor and takes
    no part in the event (« l'exercice Flintlock, organisé par les États-Unis » keeps its organiser); so
    are the makers in a clause describing a machine (« trois JF-17, appareil codéveloppé par le Pakistan
    et la Chine »)."""
    clause = _description_of_an_actor(token, root, actor_tokens) or _description_of_equipment(token, root)
    return clause is not None and not _in_subtree(trigger, clause)


def _equipment_in_apposition(token: Token) -> bool:
    """« , appareil codéveloppé par… »: a bare noun of equipment right after a comma, however the parser
    tied it, describes the machine named before it."""
    return (
        fold(token.lemma_) in EQUIPMENT_KIND_NOUNS
        and token.left_edge.i == token.i
        and token.i > 0
        and token.doc[token.i - 1].text == ","
    )


def _description_of_equipment(token: Token, root: Token) -> Token | None:
    """The participial or relative clause holding `token` that describes a kind of equipment (« un
    appareil codéveloppé par… », « des navires construits par… »)."""
    current = token
    while current.i != root.i and current.head.i != current.i:
        if current.dep_ in DESCRIPTIVE_CLAUSES and fold(current.head.lemma_) in EQUIPMENT_KIND_NOUNS:
            return current
        if current.i != token.i and _equipment_in_apposition(current):
            return current  # « …JF-17 Thunder, appareil codéveloppé par le Pakistan et la Chine, … »
        current = current.head
    return None


def _description_of_an_actor(token: Token, root: Token, actor_tokens: set[int]) -> Token | None:
    """The participial or relative clause holding `token` that describes an actor: on the actor, or
    right after one whatever the parse attached it to (« la société japonaise JAIEC, constituée autour
    de Mitsubishi Heavy Industries, »)."""
    current = token
    while current.i != root.i and current.head.i != current.i:
        if current.dep_ in DESCRIPTIVE_CLAUSES:
            before = current.left_edge.i - 1
            while before >= 0 and current.doc[before].is_punct:
                before -= 1
            if current.head.i in actor_tokens or (before >= 0 and before in actor_tokens):
                return current
        if (
            current.dep_ == "appos"
            and current.head.i in actor_tokens
            and not {fold(current.lemma_), fold(current.text).rstrip("s")}.isdisjoint(ALLY_NOUNS)
        ):
            return current  # « Le Brésil, allié du Royaume-Uni, a livré… »: what the actor is to another
        current = current.head
    return None


def _names_the_event(token: Token, trigger: Token) -> bool:
    """« une coentreprise à parts égales, Edgewing »: the name the trigger noun is given is what the
    event makes, no party to it."""
    if trigger.pos_ != "NOUN":
        return False
    comma = token.left_edge.i - 1
    if (
        token.pos_ == "PROPN"
        and comma > trigger.i
        and token.doc[comma].text == ","
        and trigger.right_edge.i == comma - 1
        and not any(child.dep_ == "case" for child in token.children)
    ):
        return True  # the name after a comma that closes the trigger's phrase, however it is parsed
    if token.head.i != trigger.i:
        return False
    if token.dep_ in ("appos", "flat:name"):
        return True
    if token.dep_ == "conj" and token.pos_ == "PROPN":
        return token.i > 0 and token.doc[token.i - 1].text == ","
    return token.dep_ == "nmod" and not any(child.dep_ == "case" for child in token.children)


def _contrast_phrases(sent: Span, text: str) -> list[range]:
    """« Contrairement à la Russie, Ankara… »: the phrases of a contrast, each from its opening words to the
    next comma, as token ranges. `text`: the sentence's text."""
    lowered = text.lower()
    if not any(hint in lowered for hint in CONTRAST_HINTS):
        return []  # most sentences: no need to look word by word
    words = [fold(token.text) for token in sent]
    phrases = []
    for offset in range(len(words)):
        for opener in CONTRAST_OPENERS:
            if tuple(words[offset : offset + len(opener)]) == opener:
                end = offset
                while end < len(words) and words[end] != ",":
                    end += 1
                phrases.append(range(sent.start + offset, sent.start + end))
    return phrases


def _title_states(text: str, mentions: list[Mention]) -> tuple[str, ...]:
    """The states the document's title names, in order. The title is a short first line that does not
    end like a sentence; a text that opens with a paragraph has none."""
    title_end = text.find("\n")
    title = text[:title_end].strip()
    if title_end < 0 or len(title) > TITLE_MAX_CHARS or title.endswith((".", "!", "?", "…")):
        return ()
    return tuple(
        dict.fromkeys(m.key for m in mentions if m.start < title_end and m.type == "STATE" and "+" not in m.key)
    )


def _of_them(head: Token) -> bool:
    """« Taipei en a commandé 29 »: the trigger verb has « en » for its object, things named before."""
    return head.pos_ == "VERB" and any(
        child.pos_ == "PRON" and child.lower_ == "en" and child.i < head.i for child in head.children
    )


def _before_title_colon(text: str, mentions: list[Mention]) -> tuple[int, list[Mention]]:
    """Where the title's colon is (-1 without one), and the states the title names before it, in order."""
    colon = text.find(" : ", 0, max(text.find("\n"), 0))
    if colon < 0:
        return colon, []
    return colon, [m for m in mentions if m.start < colon and m.type == "STATE" and "+" not in m.key]


def _title_subject(text: str, mentions: list[Mention]) -> str:
    """The state the document is about, when its title names one state before a colon (« Taïwan : les
    armes américaines arrivent au compte-gouttes, Pékin resserre l'étau »)."""
    before = {m.key for m in _before_title_colon(text, mentions)[1]}
    return next(iter(before)) if len(before) == 1 else ""


def _title_pair(text: str, mentions: list[Mention]) -> tuple[str, ...]:
    """The two states a title pairs with a dash before its colon (« Japon–États-Unis : … », « Inde-France :
    … »): the partners the document is about. « Suisse et Autriche : » sets two states side by side, no pair."""
    colon, states = _before_title_colon(text, mentions)
    if len(states) != 2 or states[0].key == states[1].key:
        return ()
    between = text[states[0].end : states[1].start].strip()
    if between not in ("-", "–", "—", "‐") or text[: states[0].start].strip() or text[states[1].end : colon].strip():
        return ()
    return (states[0].key, states[1].key)


def _gathers_for(token: Token, trigger_heads: frozenset[int]) -> bool:
    """« l'exercice Eagle Partner 2023, qui a réuni des militaires… »: a gathering verb in a relative
    clause on another trigger's noun tells who took part in that event, it is no event of its own."""
    return (
        token.dep_ == "acl:relcl"
        and token.head.i in trigger_heads
        and token.head.pos_ == "NOUN"
        and fold(token.lemma_) in GATHERING_VERBS
    )


def _gathered_by_an_exercise(head: Token, triggers: list[Trigger]) -> bool:
    """« Falcon Shield 2024 a réuni les aviateurs des deux pays », « l'exercice a rassemblé 3 000 soldats »: a
    gathering verb whose subject is an exercise tells who took part in it, no meeting of its own."""
    if fold(head.lemma_) not in GATHERING_VERBS:
        return False
    exercises = {trigger.start for trigger in triggers if trigger.event_type.code == "JOINT_EXERCISE"}
    return any(
        child.dep_ in SUBJECT_DEPS and any(token.i in exercises for token in child.subtree) for child in head.children
    )


def _is_binding(clause: Token) -> bool:
    """A relative clause or a participle saying whom something binds (« qui le liait à Paris », « liant le
    pays à la France »)."""
    return clause.dep_ in ("acl:relcl", "acl") and fold(clause.lemma_) in BINDING_VERBS


def _binds(clause: Token, trigger: Token) -> bool:
    """« l'accord de défense qui le liait à la France », « le traité de coopération en matière de défense
    qui le liait à Paris », « les accords liant le pays à la France »: a relative clause or a participle on
    the trigger noun (or on a complement of its name) saying whom it binds."""
    if not _is_binding(clause) or trigger.pos_ != "NOUN":
        return False
    noun = clause.head
    while noun.i != trigger.i and noun.dep_ == "nmod" and noun.head.i != noun.i:
        noun = noun.head
    return noun.i == trigger.i


def _destined(clause: Token, trigger: Token) -> bool:
    """« une enveloppe … destinée à la solde des militaires libanais »: the participle on the trigger noun
    that says whom it is for."""
    if clause.dep_ != "acl" or trigger.pos_ != "NOUN" or fold(clause.lemma_) not in DESTINED_PARTICIPLES:
        return False
    noun = clause.head  # the trigger, or a noun of its phrase (« une enveloppe de 60 millions … destinée »)
    while noun.i != trigger.i and noun.dep_ == "nmod" and noun.head.i != noun.i:
        noun = noun.head
    return noun.i == trigger.i


def _given_by(token: Token, clause: Token, root: Token) -> bool:
    """« le Ghana a réceptionné quatre patrouilleurs offerts par la Chine »: the agent of a participle of
    giving on what the clause receives is who gives it."""
    return (
        clause.dep_ == "acl"
        and fold(clause.lemma_) in GIVING_PARTICIPLES
        and token.dep_ == "obl:agent"
        and token.head.i == clause.i
        and _in_subtree(clause, root)
    )


def _gathered_by(clause: Token, trigger: Token, root: Token) -> Token | None:
    """The gathering clause on the trigger noun (« l'exercice Khaan Quest, qui a rassemblé des militaires
    de l'Inde et du Japon ») that `clause` is, or lies in (« …, qui avait rassemblé 30 000 militaires de
    27 pays, dont d'importants contingents américains »)."""
    if trigger.pos_ != "NOUN":
        return None
    # the trigger or the name it governs (« les manœuvres Noble Partner, auxquelles ont pris part… »)
    named = {trigger.i, *(child.i for child in trigger.children if child.dep_ in ("appos", "flat:name", "nmod"))}
    while clause.i != root.i:
        if (
            clause.dep_ == "acl:relcl"
            and clause.head.i in named
            and (fold(clause.lemma_) in GATHERING_VERBS or _takes_part_in(clause))
        ):
            return clause
        if clause.head.i == clause.i:
            return None
        clause = clause_root(clause.head)
    return None


def _source_tokens(root: Token, trigger: Token, event_type: EventType) -> set[int]:
    """The subject of a reporting verb whose object tells the fact (« le Service national de renseignement
    sud-coréen a révélé l'envoi en Russie de soldats nord-coréens »): the source, not a party. « dénoncer »
    is to criticise what others do (« a dénoncé l'achat de missiles par la Grèce »), but one's own treaty
    or membership is renounced (« Moscou a dénoncé le traité »)."""
    verb = fold(root.lemma_)
    criticises = verb == "denoncer" and event_type.code not in RENOUNCED_TYPES
    # « la presse américaine a fait état d'un projet de base chinoise »
    reports = verb in REPORTING_VERBS or (
        verb == "faire" and any(child.dep_ == "obj" and fold(child.lemma_) == "etat" for child in root.children)
    )
    if trigger.i == root.i or (not reports and not criticises):
        return set()
    if _in_an_adjunct_of(trigger, root):
        # « En visite à Oulan-Bator, le secrétaire général de l'ONU a salué cette contribution »: the visit
        # is the subject's own, not what it reports
        return set()
    return {t.i for child in root.children if child.dep_ in SUBJECT_DEPS for t in child.subtree}


def _in_an_adjunct_of(token: Token, root: Token) -> bool:
    """Whether `token` lies in a complement of circumstance of `root` (« En visite à Pékin, … », « Lors de
    sa tournée, … »), not in what the verb acts on."""
    node = token
    while node.head.i != root.i:
        if node.head.i == node.i:
            return False
        node = node.head
    return node.dep_ in ("obl:mod", "advcl") and node.i < root.i


def _is_the_setting(token: Token) -> bool:
    """« Créé en avril 2022 sur la base aérienne de Ramstein », « depuis la base de Chabelley »: a place
    noun introduced by a preposition of place is where something else happens (and « sur la base
    de » is also « on the grounds of »), no presence of its own."""
    return fold(token.lemma_) in PLACE_KIND_NOUNS and any(
        fold(case.text) in SETTING_PREPOSITIONS for case in _cases(token)
    )


def _at_the_border_of(token: Token) -> bool:
    """« la frontière ukrainienne », « en direction de Kiev »: a border names a state on either side of
    it, and a direction one a force is not in yet, not the one whose ground it is on."""
    if token.dep_ in ("amod", "nmod") and fold(token.head.lemma_) in BORDER_NOUNS:
        return True
    if token.dep_ == "conj" and token.head.i != token.i and _at_the_border_of(token.head):
        return True  # « le long de leurs frontières avec la Russie et la Biélorussie »
    # « à sa frontière avec la Biélorussie », whatever the parser tied « avec la Biélorussie » to
    case = next((child for child in token.children if child.dep_ == "case"), None)
    return case is not None and case.i > 0 and fold(token.doc[case.i - 1].lemma_) in BORDER_NOUNS


def _off_the_coast_of(token: Token) -> bool:
    """« a dépêché au large du Venezuela des destroyers »: ships off a state's coast are not on its ground."""
    doc = token.doc
    words = [fold(doc[i].text) for i in range(max(0, token.i - 4), token.i)]
    return any(word == "large" and before == "au" for before, word in pairwise(words))


def _near(token: Token) -> bool:
    """« à proximité de la bande de Gaza », « non loin de la frontière somalienne »: what an event is near
    is not where it is, nor a party to it."""
    doc = token.doc
    words = [fold(doc[i].text) for i in range(max(token.sent.start, token.i - 5), token.i)]
    return any(word in NEAR_WORDS and after in ("de", "du", "des", "d'") for word, after in pairwise(words))


def _topic_of(token: Token, trigger: Token) -> bool:
    """« la conférence de soutien à l'Ukraine », « sa première visite depuis l'invasion de l'Ukraine »: an
    actor complementing a noun of what things are about (support, an invasion, a crisis) is a topic, no party;
    unless that noun is the trigger itself (« le soutien de Moscou à l'ANL »)."""
    return (
        token.dep_ in ("nmod", "amod")
        and token.head.i != trigger.i
        and token.head.pos_ == "NOUN"
        and fold(token.head.lemma_) in TOPIC_NOUNS
    )


def _from_whom_after(token: Token, root: Token) -> bool:
    """« Le Ghana envisage d'acquérir des hélicoptères auprès de la Russie »: « auprès de » right after
    the trigger's clause, which the parser ties to the verb above, says from whom."""
    aupres = token.head
    if fold(aupres.text) != "aupres" or token.dep_ not in ("obl:arg", "nmod", "obl"):
        return False
    between = token.doc[root.i + 1 : aupres.i]
    return root.i < aupres.i and not any(word.pos_ in ("VERB", "AUX") for word in between)


def _from_where(token: Token) -> bool:
    """« depuis Djibouti »: the place an action is led from, not a party to it (but the host of a
    presence, whose types take their host from places)."""
    return any(c.dep_ == "case" and fold(c.text) == "depuis" for c in token.children)


def _acting_on_the_parties(token: Token, trigger: Token) -> bool:
    """« trente militaires des contingents italien et hongrois y ont été blessés par des manifestants
    serbes »: the agent of what befell the event's parties is no party of it."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ == "obl:agent":
            verb = ancestor.head
            if verb.i == trigger.i or fold(verb.lemma_) in LEADING_VERBS:
                return False  # « une partie de l'exercice Defender 23, conduit par l'armée américaine »
            # the trigger in the verb's subject phrase, with no clause between them
            node = trigger
            while node.head.i != node.i and node.head.i != verb.i and node.head.pos_ not in ("VERB", "AUX"):
                node = node.head
            return node.head.i == verb.i and node.dep_ in SUBJECT_DEPS
    return False


def _attended_by(token: Token) -> bool:
    """« en présence du ministre »: attended by someone, no military presence."""
    doc = token.doc
    return (
        fold(token.lemma_) == "presence"
        and token.i > 0
        and fold(doc[token.i - 1].text) == "en"
        and token.i + 1 < len(doc)
        and fold(doc[token.i + 1].text) in ("de", "du", "des", "d'")
    )


def _delivered(head: Token, triggers: list[Trigger]) -> bool:
    """What arrives or lands is equipment an arms transfer moves: its subject holds the transfer's
    trigger (« les six premiers F-16 achetés au Danemark se sont posés »)."""
    clause = clause_root(head)
    subjects = [child for child in clause.children if child.dep_ in SUBJECT_DEPS]
    transfers = {trigger.start for trigger in triggers if trigger.event_type.code == "ARMS_TRANSFER"}
    return any(token.i in transfers for subject in subjects for token in subject.subtree)


def _at_home(root: Token, head: Token) -> bool:
    """Forces sent « dans ses départements du nord », « sur son territoire », « à ses frontières »: on the
    actor's own soil."""
    path = [head]  # the trigger and the nouns above it in its clause (« l'envoi de deux brigades à sa frontière »)
    while path[-1].i != root.i and path[-1].dep_ == "nmod":
        path.append(path[-1].head)
    return any(
        (child.dep_.startswith("obl") or (child.dep_ == "nmod" and child.head in path))
        and fold(child.lemma_) in HOME_NOUNS
        and any(det.dep_ == "det" and "Yes" in det.morph.get("Poss") for det in child.children)
        for child in [*root.children, *(child for token in path for child in token.children)]
    )


def _in_joint_subject(token: Token) -> bool:
    """One of the conjuncts of a subject (« le président Tebboune et son homologue russe ont signé »)."""
    if token.dep_ in SUBJECT_DEPS:
        return any(child.dep_ == "conj" for child in token.children)
    if token.dep_ != "conj":
        return False
    head = token.head  # « le président Abdelmadjid Tebboune et son homologue »: the name, in apposition
    while head.dep_ in ("appos", "flat:name", "nmod") and head.head.i != head.i:
        head = head.head
    return head.dep_ in SUBJECT_DEPS


def _constitutes(head: Token) -> bool:
    """« former » in the sense of making up a group: « ses soldats forment la Brigade d'intervention »,
    « une coentreprise formée par Naval Group et Odebrecht », « une mission formée de soldats
    sud-africains », « l'AES, qu'il forme avec le Mali »."""
    if head.pos_ != "VERB" or fold(head.lemma_) != "former":
        return False
    made = [
        child
        for child in head.children
        # a bare noun phrase the parser took for a complement is the object too
        if child.dep_ in ("obj", "nsubj:pass")
        or (child.dep_.startswith("obl") and not any(c.dep_ == "case" for c in child.children))
    ]
    if head.dep_ in DESCRIPTIVE_CLAUSES:
        made.append(head.head)  # the noun the participle or the relative clause describes
    if any(
        child.dep_ == "obl:arg" and any(c.dep_ == "case" and fold(c.text) == "de" for c in child.children)
        for child in head.children
    ):
        return True  # « formée de soldats »: made of
    # and a group named right after the verb whatever the parser tied it to (« forment, avec les
    # Tanzaniens, la Brigade d'intervention »)
    for token in head.doc[head.i + 1 : head.sent.end]:
        if token.pos_ in ("VERB", "AUX"):
            break
        if (
            fold(token.lemma_) in FORMED_NOUNS
            and token.dep_ not in ("nmod", "appos", "flat:name")
            and not any(child.dep_ == "case" for child in token.children)
            # « formés par l'US Air Force »: a state's forces by their name train, they are not formed
            and token.ent_type_ != "STATE"
        ):
            return True
    return any(
        (fold(token.lemma_) in FORMED_NOUNS and token.ent_type_ != "STATE")
        or token.ent_type_ in ("ORGANIZATION", "INITIATIVE")
        for token in made
    )


def _of_troops(head: Token) -> bool:
    """A trigger whose subject, object or complement is troops, a mission or a base (« les derniers
    soldats ont quitté le pays », « retirer ses soldats », « le retrait des troupes », « la mission a
    achevé son retrait »)."""
    words = [*head.children]
    # « le retrait programmé des Casques bleus »: the troops may hang from a participle describing the trigger
    words += [word for child in head.children if child.dep_ == "acl" for word in child.children]
    clause = clause_root(head)
    if clause.i != head.i:
        words += [child for child in clause.children if child.dep_ in SUBJECT_DEPS]
    return any(
        word.dep_ in (*SUBJECT_DEPS, "obj", "nmod", "obl:arg", "obl:agent")
        and fold(word.lemma_) in TROOP_NOUNS
        and not word.ent_type_  # « se retirer de la Force multinationale mixte »: an organisation
        for word in words
    )


def _named_by_what_it_is_not(first: Token) -> bool:
    """A trigger (`first`: its first word) right after « non » (« non membre », « non-membre ») names a
    status by what it is not: no event, not even a denied one."""
    before = first.nbor(-1) if first.i > 0 else None
    return (before is not None and fold(before.text) in ("non", "non-")) or fold(first.text).startswith("non-")


def _military_qualified(head: Token) -> bool:
    """A trigger noun qualified as military (« observateurs militaires »): personnel, not a status."""
    return head.pos_ == "NOUN" and any(
        child.dep_ == "amod" and fold(child.lemma_) in ("militaire", "militaires") for child in head.children
    )


def _mutual(head: Token) -> bool:
    """A trigger noun qualified as mutual (« assistance mutuelle », « soutien logistique réciproque ») or
    the subject of a clause of an agreement (« une clause d'assistance »): what the parties owe each other."""
    qualifiers = [child for child in head.children if child.dep_ == "amod"]
    qualifiers += [grand for child in qualifiers for grand in child.children if grand.dep_ in ("amod", "conj")]
    return head.pos_ == "NOUN" and (
        any(fold(word.lemma_)[:6] in ("mutuel", "recipr") for word in qualifiers)
        or (head.dep_ == "nmod" and fold(head.head.lemma_) == "clause")
    )


def _describes_equipment_made(head: Token, systems: set[int]) -> bool:
    """A word of making that says where or by whom equipment was made (« des corvettes de type 056
    construites en Chine », « des Bayraktar TB2 de fabrication turque », « des drones MQ-9B fabriqués par
    General Atomics »); `systems`: the tokens of the systems the sentence names."""
    if head.dep_ in ("acl", "acl:relcl", "nmod", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        described = head.head
        return fold(described.lemma_) in MADE_EQUIPMENT_NOUNS or described.i in systems
    return False


def _names_a_kind_of_place(token: Token) -> bool:
    """« le site d'entraînement de Kharb-Maidon »: the trigger, with no determiner of its own, qualifies a
    place, it is no event; « le Camp Kościuszko, sa première garnison permanente » is one."""
    return (
        token.dep_ == "nmod"
        and fold(token.head.lemma_) in PLACE_KIND_NOUNS
        and not any(child.dep_ == "det" for child in token.children)
    )


def _names_a_kind_of_equipment(token: Token) -> bool:
    """« dix avions d'entraînement M-346 »: the trigger, with no determiner of its own, qualifies a
    piece of equipment; « les avions de l'exercice » speak of the event."""
    return (
        token.dep_ == "nmod"
        and fold(token.head.lemma_) in EQUIPMENT_KIND_NOUNS
        and not any(child.dep_ == "det" for child in token.children)
    )


def _named_with_its_article(token: Token, start: int) -> bool:
    """« depuis La Réunion », « à La Haye »: a capitalised word after a capitalised article within a
    sentence is a name (a place, a body), not the common noun it spells."""
    before = token.i - 1
    return (
        token.is_title
        and before > start
        and token.doc[before].is_title
        and fold(token.doc[before].text) in ("la", "le", "les", "l'")
    )


def _names_a_unit(token: Token) -> bool:
    """« la 1re brigade d'assistance des forces de sécurité », « la 6e flotte américaine »: a numbered
    unit, or a word of its name, names who acts, it is no event of its own."""
    unit = token
    for _ in range(3):
        if fold(unit.lemma_) in UNIT_NOUNS and any(
            child.i < unit.i and ORDINAL.fullmatch(child.text) for child in unit.children
        ):
            return True
        if unit.dep_ != "nmod" or unit.head.i == unit.i:
            return False
        unit = unit.head
    return False


def _one_visit_of(record: EventRecord, visits: list[tuple[str, frozenset[str]]]) -> bool:
    return any(
        record.type == code and len(destinations & set(record.participant_keys)) == 1 for code, destinations in visits
    )


def _describes_a_name(token: Token, names: list[tuple[Mention, Span]]) -> bool:
    """« Flintlock, l'exercice annuel organisé par l'Africom »: the trigger word only describes the named
    exercise it follows, in apposition (the parser may tie it to the verb instead)."""
    i = token.i
    while i > 0 and token.doc[i - 1].pos_ in ("DET", "ADJ", "ADV"):
        i -= 1
    if i < 2 or token.doc[i - 1].text != ",":
        return False
    return any(span.end == i - 1 for _, span in names)


def _as_well_as(token: Token) -> bool:
    """A word of « ainsi que », which joins names as « et » does."""
    doc, text = token.doc, fold(token.text)
    if text == "ainsi":
        return token.i + 1 < len(doc) and fold(doc[token.i + 1].text) == "que"
    return text == "que" and token.i > 0 and fold(doc[token.i - 1].text) == "ainsi"


def _holds(verb: Token) -> bool:
    """« se tenir », « se dérouler », « avoir lieu », « prévue en 2025 »: a verb that says an event is held."""
    lemma = fold(verb.lemma_)
    if lemma == "avoir":
        return any(fold(child.lemma_) == "lieu" for child in verb.children)
    return lemma in HOLDING_VERBS


def _takes_part_in(verb: Token) -> bool:
    """« participer », « contribuer », « prendre part »."""
    lemma = fold(verb.lemma_)
    return lemma in PARTICIPATION_VERBS or (lemma == "prendre" and any(fold(c.text) == "part" for c in verb.children))


def _alongside(token: Token) -> bool:
    """« aux côtés de troupes chinoises »: the troops someone acts with."""
    side = token.head
    return (
        token.dep_ == "nmod"
        and fold(side.lemma_) == "cote"
        and any(fold(child.text) in ("aux", "a") for child in side.children if child.dep_ == "case")
    )


def _leads(verb: Token) -> bool:
    """« accueillir », « organiser », « conduire », « mener », « diriger », « rejoindre »."""
    return fold(verb.lemma_) in LEADING_VERBS
