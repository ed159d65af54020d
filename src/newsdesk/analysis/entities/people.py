"""People: which spans are persons, one entry per person, and the role the text gives them.

Grouping is linear in the mentions: every name is folded and keyed once (its tails, its
first-and-last pair, its first name), and a mention finds its person through those keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsdesk.analysis.doctext import doc_text, line_bounds
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.spans import (
    POSSESSIVE_MARKS,
    DocView,
    Span,
    is_title,
    make_span,
    mention,
    name_shaped,
    strip_titles,
)
from newsdesk.analysis.entities.words import (
    CREDENTIALS,
    DETERMINERS,
    KIN_NOUNS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_COMMON_NOUNS,
    PERSON_NOUNS,
    PLACE_KIND_NOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    STREET_WORDS,
    TITLES,
    table,
    words,
)
from newsdesk.analysis.gazetteer import fold
from newsdesk.model import Person

# Titles that are forms of address, not roles ("Mr. Smith" has no role).
_ADDRESS_ONLY = {"mr", "mrs", "ms", "dr", "miss", "sir"}
# Longest title phrase read before a name ("Deputy Secretary of Homeland Security").
_MAX_TITLE_WORDS = 6
# Longest apposition read as a role ("the chief executive of the Acme company").
_MAX_ROLE_WORDS = 10
# A title of this many words or fewer is kept as a form of the name ("Foreign Minister Martínez").
_MAX_TITLE_IN_FORM = 2


@dataclass(slots=True)
class PersonGroup:
    name: str
    index: int  # creation order: ties go to the earlier person
    forms: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    role: str | None = None
    # the role came from a noun read by its ending, a list's noun or the organisation after the
    # name: shown, but no evidence that the name is a person's ('Kajabi, a website builder')
    role_weak: bool = False
    last_full: int = -1  # start token of its latest mention of two words or more


def to_person(group: PersonGroup) -> Person:
    return Person(
        name=group.name,
        aliases=[f for f in group.forms if f != group.name],
        role=group.role,
        mentions=[mention(s) for s in sorted(group.mentions, key=lambda s: s.start_char)],
    )


# ---------------------------------------------------------------- which spans are people


def people_spans(doc: Doc, view: DocView, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    people: list[Span] = []
    rest: list[Span] = []
    lowercase = view.lowercase
    # (round 8) 'Ferah Catering': a small firm's name; 'Ferah' alone (one word, no given name)
    # is the firm ('Lina Moss' of 'Lina Moss Photography' is its owner)
    firms = {
        fold(doc[s.start].text)
        for s in spans
        if s.label == "PERSON" and _firm_name(doc, s) and s.end - s.start == 2
    } - first_names()
    for span in spans:
        if span.label == "PERSON" and (_firm_name(doc, span) or fold(span.text) in firms):
            rest.append(span.relabel("ORG"))
            continue
        if span.label == "PERSON":
            span = _cut_at_symbol(doc, span)  # 'Jim Clendenen >', 'Ezra Acayan / Getty Images'
        if span.label == "PERSON" and _not_a_name(doc, span, lowercase):
            continue
        if span.label == "PERSON":
            name = _strip_tail(doc, _strip_lead(doc, strip_titles(doc, span), lowercase))
            # 'Gen Z' -> 'Z', 'Model Y' -> 'Y': no name left; 'Ann Lee Events Co-Owner' -> a firm
            if not _odd_word(doc, name) and not _firm_name(doc, name):
                people.append(name)
        elif (
            span.label in ("ORG", "GPE", "LOC")
            and name_shaped(doc, span)
            and (
                title_before(doc, span.start)
                or _person_apposition(doc, span)
                or _office_noun_before(doc, span)
            )
        ):
            # A name with an office beside it is a person, whatever label the model gave it.
            people.append(strip_titles(doc, span.relabel("PERSON")))
        else:
            rest.append(span)
    # Any entity, or bare proper noun, that is a known person's surname joins that person.
    keys = {fold(k) for s in people if s.end - s.start >= 2 for k in name_keys(s.text)}
    still: list[Span] = []
    for span in rest:
        if fold(span.text) in keys and span.label not in ("NORP", "PLACE", "TEAM"):
            people.append(strip_titles(doc, span.relabel("PERSON")))
        else:
            still.append(span)
    covered = {i for s in [*people, *still] for i in range(s.start, s.end)}
    for i, word in enumerate(view.words):
        if i in covered or view.pos[i] != "PROPN" or not word[:1].isupper():
            continue
        if fold(word) in keys:
            people.append(make_span(doc, i, i + 1, "PERSON"))
    return people, still


# Words after a role phrase's head noun ('manager from Uber', 'herder of goats').
_AFTER_HEAD = r"\s(?:of|at|for|in|to|with|from|by|on)\s"


def _person_apposition(doc: Doc, span: Span) -> bool:
    """An apposition that makes a name the model took for a firm or a place a person's: a
    title in it ('Acme, the CEO of ...' is no firm), or a given name first ('Ann Lee, the
    owner of Acme'); 'Tribune, the former owner of The Times' stays a firm."""
    role = apposition_role(doc, span) or tie_apposition(doc, span)
    if not role:
        return False
    given = fold(doc[span.start].text) in first_names()
    if given or any(w.lower().strip(".,") in TITLES for w in role.split()):
        return True
    if not _parsed_apposition(doc, span):
        return False  # (round 7) a noun of a person alone needs the parse's word for it
    # the phrase's head noun, before 'of/at/for': 'goat herder' of 'Ethiopian goat herder'
    head = re.split(_AFTER_HEAD, role.lower(), maxsplit=1)[0].split()[-1]
    return person_word(head) and head not in words("firm_role_nouns")


def _office_noun_before(doc: Doc, span: Span) -> bool:
    """(round 8) 'Republican presidential candidate Nikki Haley' tagged as a firm: a given
    name first and an office of the role lists right before it, in lower case, that firms are
    not also called ('rival Samsung', 'parent Alphabet')."""
    if span.end - span.start < 2 or fold(doc[span.start].text) not in first_names():
        return False  # 'defender Dirk' (of 'Dirk Medved'): a given name alone may be a firm's
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    word = prev.lower_.rstrip(".")
    return (
        prev.text.islower()
        and word in ROLE_NOUNS
        and word not in words("firm_role_nouns")
        and bool(_role_before(doc, span, span_root(doc, span)))
    )


def _parsed_apposition(doc: Doc, span: Span) -> bool:
    """The parse ties the name to a noun beside it as an apposition: 'Kaldi, an Ethiopian goat
    herder'; not a fronted phrase before a subject ('Because of this open editing model,
    Wikipedia is ...'), which a comma and a determiner alone would take for one."""
    root = span_root(doc, span)
    if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
        return True
    # "Ramdehol's sister, Inderdai Deyal said": a possessed noun right before the comma, which
    # the parse may make a second subject
    lead = span.start
    while lead > 0 and is_title(doc[lead - 1]):
        lead -= 1
    noun = doc[lead - 2] if lead >= 2 and doc[lead - 1].text == "," else None
    return noun is not None and any(c.dep_ == "poss" for c in noun.children)


def _strip_lead(doc: Doc, span: Span, lowercase: frozenset[str]) -> Span:
    """'Questioning Vindman' -> 'Vindman': a name starts with a proper noun; an adjective the
    article also writes in lower case is none ('Recent Samsung')."""
    start = span.start
    while start < span.end - 1 and (
        (doc[start].pos_ in ("VERB", "ADV", "ADP", "PRON", "DET") and _word_of_speech(doc[start]))
        or (doc[start].pos_ == "ADJ" and doc[start].lower_ in lowercase)
    ):
        start += 1
    if (
        span.end - start >= _MIN_WORDS_TO_STRIP_LEAD
        and fold(doc[start + 1].text) in first_names()
        and fold(doc[start].text) not in first_names()
        and not is_title(doc[start])
        and (doc[start].lower_ in lowercase or is_english_word(doc[start].text))
    ):
        start += 1  # 'Photo David Diemar', 'Chefs Fabio Viviani': a word before a given name
    return span if start == span.start else make_span(doc, start, span.end, span.label)


# A name keeps at least this many words when a title after it is cut off ('Emma Ryan').
_MIN_WORDS_BEFORE_TAIL = 2


def _tail_start(doc: Doc, start: int, end: int) -> int:
    """Where a title run into a name's end begins ('Emma Ryan Lead Writer' -> at 'Lead'): the
    last word a role noun, the words before it English words, no given names, written in
    capitals. One word alone only if it is no surname ('Ann Bishop' keeps hers); `end` when
    there is none."""
    last = doc[end - 1]
    if not (last.text[:1].isupper() and last.lower_.rstrip(".") in ROLE_NOUNS):
        return end
    k = end - 1
    while (
        k - 1 >= start + _MIN_WORDS_BEFORE_TAIL
        and doc[k - 1].text[:1].isupper()
        and is_english_word(doc[k - 1].text)
        and fold(doc[k - 1].text) not in first_names()
    ) or (k - 1 > start + _MIN_WORDS_BEFORE_TAIL and _joined(doc[k - 1])):
        k -= 1
    kept = [doc[i] for i in range(start, k) if doc[i].is_alpha]
    if len(kept) < _MIN_WORDS_BEFORE_TAIL or all(
        is_english_word(t.text) and fold(t.text) not in first_names() for t in kept
    ):
        return end  # 'Co-Founder', 'Input Method Editor': no name would be left
    if k == end - 1 and fold(last.text) in surnames():
        return end
    return k


def _strip_tail(doc: Doc, span: Span) -> Span:
    """(round 8) 'Emma Ryan Lead Writer' -> 'Emma Ryan': a byline's title run into the name
    is cut off (`title_after` reads it as the role)."""
    k = _tail_start(doc, span.start, span.end)
    return span if k == span.end else make_span(doc, span.start, k, span.label)


def title_after(doc: Doc, span: Span) -> str | None:
    """(round 8) A title written in capitals right after a full name and ending its line or
    clause ('Emma Ryan Lead Writer', 'Cathleen Holloway, Lead Designer' is an apposition)."""
    if span.end - span.start < _MIN_WORDS_BEFORE_TAIL:
        return None
    end = span.end
    while (
        end < len(doc)
        and end - span.end < _MAX_TITLE_WORDS
        and (doc[end].text[:1].isupper() or _joined(doc[end]))
        and "\n" not in doc[end - 1].whitespace_
    ):
        end += 1
        if _tail_start(doc, span.start, end) == span.end:
            after = doc[end] if end < len(doc) else None
            if (
                after is None
                or after.is_punct
                or after.is_space
                or "\n" in doc[end - 1].whitespace_
            ):
                return str(doc[span.end : end].text)
    return None


def _word_of_speech(tok: Token) -> bool:
    """A word the tagger calls a verb, adverb, preposition, pronoun or determiner that is one
    ('Questioning', 'Meet'): the tagger also calls given names it does not know verbs ('PhD
    candidates Deokkyun Yoon and ...'), and those are no English words."""
    return not tok.is_alpha or is_english_word(tok.text)


# A word is stripped before a given name only from a name of this many words or more
# ('Photo Jason Leung'); 'Guest Ann' stays whole (two words say too little).
_MIN_WORDS_TO_STRIP_LEAD = 3


def _not_a_name(doc: Doc, span: Span, lowercase: frozenset[str]) -> bool:
    """A 'person' the model made of an ordinary word ('Marijuana', 'Challenges' opening a
    sentence, when the text also writes it in lower case) or of a street address."""
    last = doc[span.end - 1]
    if _odd_word(doc, span):
        return True
    if span.end - span.start > 1:
        if all(doc[i].lower_ in lowercase for i in range(span.start, span.end)):
            return True  # 'Key Insights', 'Immune Support': every word is an ordinary one
        return last.lower_ in STREET_WORDS and any(
            t.like_num for t in doc[max(0, span.start - 2) : span.start]
        )
    return last.lower_ in lowercase


def _cut_at_symbol(doc: Doc, span: Span) -> Span:
    """(round 8) A name ends before a symbol the model ran it into: a photo credit's slash
    ('Ezra Acayan / Getty Images' -> 'Ezra Acayan'), a quoting mark ('Jim Clendenen >')."""
    for i in range(span.start + 1, span.end):
        tok = doc[i]
        if tok.text == "&":
            break  # 'Key & Peele', 'Procter & Gamble': a firm's name, dropped whole
        if not tok.is_space and any(not (c.isalnum() or c in _NAME_MARKS) for c in tok.text):
            return make_span(doc, span.start, i, span.label)
    return span


def _firm_name(doc: Doc, span: Span) -> bool:
    """(round 8) 'Sara Lind Photography', 'Beth Moss Events': a small firm named after its
    founder (`firm_name_tails`)."""
    return span.end - span.start > 1 and doc[span.end - 1].lower_ in words("firm_name_tails")


# Characters a name's words may hold besides letters ("O'Brien", 'Jean-Paul', 'J.', "D’Arcy").
_NAME_MARKS = frozenset("'’-.‐")


def _odd_word(doc: Doc, span: Span) -> bool:
    """(round 8) A 'person' no name is made of: a word with a symbol or a digit in it ('E ←
    F', 'Blob/ File', 'Air Max 90'); a word in lower case that is no particle of names
    ('macOS X'; 'van', 'bin', "d'Alembert" and 'al-Assad' are); initials alone ('H. C.', 'Z')."""
    toks = [doc[i] for i in range(span.start, span.end)]
    for tok in toks:
        if tok.is_space:
            continue  # names of a list the model ran together over line breaks
        if any(not (c.isalpha() or c in _NAME_MARKS) for c in tok.text):
            return True
        low = tok.text[:1].islower()
        particle = tok.lower_ in NAME_PARTICLES or re.match(r"[a-z]{1,3}['’-]", tok.text)
        joined = tok.whitespace_ == "" and tok.i + 1 < span.end  # 'al' of 'al-Assad'
        after_hyphen = tok.i > span.start and _joined(doc[tok.i - 1])  # 'wen' of 'Ing-wen'
        if (
            low
            and tok.is_alpha
            and not particle
            and not after_hyphen
            and not (joined and len(tok.text) <= 3)
        ):
            return True
    letters = [t.text.rstrip(".") for t in toks if t.is_alpha or t.text.endswith(".")]
    return all(len(w) <= 1 for w in letters)


# ---------------------------------------------------------------- name keys


def name_words(name: str) -> list[str]:
    """The words that identify a person: no 'Jr.'/'III', no middle initials ('Patrick W. Carlineo')."""
    words = [w for w in name.split() if w.lower().rstrip(".,") not in NAME_SUFFIXES]
    core = [
        w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"\w\.?", w)
    ]
    return core or name.split()


def name_keys(name: str) -> list[str]:
    """The forms a shorter mention may take: the name, and every tail of it ('López Obrador',
    'Obrador', 'Van Der Beek'), without generational suffixes or middle initials."""
    words = name_words(name)
    keys = [name, " ".join(words)]
    keys += [" ".join(words[i:]) for i in range(1, len(words))]
    return list(dict.fromkeys(keys))


# Names keyed are remembered: a person's name is keyed at each of its mentions, and the same
# names recur across a corpus (as `fold` remembers them).
_KEY_CACHE = 65536


@lru_cache(maxsize=_KEY_CACHE)
def _first_last(name: str) -> tuple[str, str] | None:
    """'Patrick Carlineo Jr.' and 'Patrick W. Carlineo' share this pair: same first and last name."""
    words = name_words(name)
    return (_nkey(words[0]), _nkey(words[-1])) if len(words) >= 2 else None


_DOUBLED_RE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=_KEY_CACHE)
def _nkey(text: str) -> str:
    """A name's lookup key: folded, doubled letters single, so that the spellings of one
    transliterated name meet ("Zelenskyy" and "Zelensky", "Al-Assad" and "Al-Asad")."""
    return _DOUBLED_RE.sub(r"\1", fold(text))


class _Index:
    """The people found so far, reachable by each of their keys."""

    def __init__(self) -> None:
        self.groups: list[PersonGroup] = []
        self.by_key: dict[str, list[PersonGroup]] = {}
        self.by_pair: dict[tuple[str, str], list[PersonGroup]] = {}
        self.by_first: dict[str, list[PersonGroup]] = {}

    def add(self, name: str) -> PersonGroup:
        group = PersonGroup(name, len(self.groups))
        self.groups.append(group)
        for k in {_nkey(k) for k in name_keys(name)}:
            self.by_key.setdefault(k, []).append(group)
        pair = _first_last(name)
        if pair is not None:
            self.by_pair.setdefault(pair, []).append(group)
        parts = name.split()
        if len(parts) > 1:
            self.by_first.setdefault(_nkey(parts[0]), []).append(group)
        return group

    def matches(self, text: str) -> list[PersonGroup]:
        """The people whose keys include this name, or with its first and last name."""
        found = {g.index: g for g in self.by_key.get(_nkey(text), [])}
        pair = _first_last(text)
        if pair is not None:
            found.update((g.index, g) for g in self.by_pair.get(pair, []))
        return [found[i] for i in sorted(found)]


def group_people(doc: Doc, spans: list[Span]) -> list[PersonGroup]:
    index = _Index()
    spans = sorted(spans, key=lambda s: s.start)
    for span in spans:
        # a longer full name ("Andrés Manuel López Obrador") absorbs a shorter one
        if len(span.text.split()) >= 2 and not index.matches(span.text):
            index.add(span.text)
    for span in spans:
        candidates = index.matches(span.text)
        if not candidates and " " not in span.text:
            # a first name alone ("Taylor") is the one person named in full with it
            firsts = index.by_first.get(_nkey(span.text), [])
            candidates = firsts if len(firsts) == 1 else []
        if not candidates:
            candidates = [index.add(span.text)]
        # an ambiguous surname goes to the person last named in full before it
        group = max(candidates, key=lambda g: g.last_full)
        group.mentions.append(span)
        if len(span.text.split()) > 1:
            group.last_full = span.start
        title = title_before(doc, span.start)
        form = (
            f"{title} {span.text}"
            if title and len(title.split()) <= _MAX_TITLE_IN_FORM
            else span.text
        )
        for f in (span.text, form):
            if f not in group.forms:
                group.forms.append(f)
    for group in index.groups:
        group.role, group.role_weak = _role(doc, group.mentions)
    return [g for g in index.groups if g.mentions and not _lone_word(g)]


def _role(doc: Doc, mentions: list[Span]) -> tuple[str | None, bool]:
    """The person's role and whether it is weak (`PersonGroup.role_weak`), first found wins,
    in five passes over their mentions: an office of the role lists (a title, an apposition,
    the parse, credentials, a credits line, a byline); (round 8) such an office a verb other
    than 'be' gives ('served as chief financial officer'); a noun of a person naming them ('a goat
    herder named Kaldi'); then any noun of a person the syntax ties to the name ('certified
    financial planner Eric Roberge', 'Keir Starmer, a senior Labour Party figure', 'politicians
    such as Bill Clinton'); last, the organisation named right after or before it ('Sui-Lee Wee
    of the New York Times', "BBC's Emily Maitlis"). A role of the last two passes is weak
    unless it holds a noun of a person ('his wife', 'a senior party figure')."""

    def listed(s: Span) -> str | None:
        return (
            apposition_role(doc, s)
            or title_before(doc, s.start)
            or title_after(doc, s)
            or parsed_role(doc, s)
            or credentials_role(doc, s)
            or credit_role(doc, s)
            or byline_role(doc, s)
        )

    def described(s: Span) -> str | None:
        return (
            parsed_role(doc, s, wide=True)
            or instance_role(doc, s)
            or tie_apposition(doc, s)
            or verb_role(doc, s, wide=True)
        )

    # each pass, and whether any role it finds shows that the name is a person's
    passes: tuple[tuple[Callable[[Span], str | None], bool], ...] = (
        (listed, True),
        (lambda s: verb_role(doc, s), True),
        (lambda s: instance_role(doc, s, naming=True), True),
        (described, False),
        (lambda s: affiliation(doc, s), False),
    )
    for find, shows_person in passes:
        for span in mentions:
            role = find(span)
            if role:
                # a tie or a person noun ('his wife', 'a senior party figure') shows a person
                tie = any(w in PERSON_NOUNS for w in role.lower().split())
                return role, not shows_person and not tie
    return None, False


# A one-word name met at most this often, with no title or role and no full name to join, is
# more often a company, product or misread word than a person ("Stytch", "Oftentimes", a brand
# named twice in a buying guide). Twice rather than once since round 3: CoNLL dev PER 86.8 ->
# 87.0 (FP -9, TP -3), real-dev unchanged.
_LONE_MENTIONS = 2


def _lone_word(group: PersonGroup) -> bool:
    return (
        " " not in group.name
        and (group.role is None or group.role_weak)
        and len(group.mentions) <= _LONE_MENTIONS
        and len(group.forms) == 1
    )


# ---------------------------------------------------------------- roles


def title_before(doc: Doc, start: int) -> str | None:
    """'Foreign Minister Martínez' -> 'Foreign Minister'; 'Secretary of State Antony Blinken' too;
    (round 8) 'U.S. Ambassador to the European Union Gordon Sondland'."""
    return _title_words(doc, start) or _title_of_entity(doc, start)


def _title_of_entity(doc: Doc, start: int) -> str | None:
    """A title with its object named before the name: "<title> to/for/of [the] <organisation or
    place> NAME" ('Ambassador to the European Union Gordon Sondland', 'Minister for Foreign
    Affairs Penny Wong' when the model tags the office an organisation)."""
    if start == 0 or doc[start - 1].ent_type_ not in ("ORG", "GPE", "LOC"):
        return None
    k = _entity_start(doc, doc[start - 1])
    if doc[k].lower_ == "the":
        k += 1
    prep = k - 1
    if prep >= 1 and doc[prep].lower_ == "the":
        prep -= 1
    if prep < 1 or doc[prep].lower_ not in ("to", "for", "of"):
        return None
    title = _title_words(doc, prep)
    return f"{title} {doc[prep:start].text}" if title else None


def _title_words(doc: Doc, start: int) -> str | None:
    i = start - 1
    words: list[Token] = []
    while i >= 0 and len(words) < _MAX_TITLE_WORDS:
        tok = doc[i]
        if (
            (tok.text[:1].isupper() and (is_title(tok) or (words and tok.pos_ == "PROPN")))
            or (tok.lower_ == "of" and words)
            or (words and _joined(tok))  # (round 8) 'Secretary-General', 'Attorney-General'
            or (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ") and words)
        ):
            words.insert(0, tok)
        else:
            break
        i -= 1
    while words and (
        words[0].lower_ == "of"
        or (not is_title(words[0]) and words[0].pos_ != "ADJ" and not _is_place_word(words[0]))
    ):
        words.pop(0)
    if not words or not any(is_title(w) for w in words):
        return None
    if not is_title(words[-1]) and words[-2:-1] and words[-2].lower_ != "of":
        return None
    text = doc[words[0].i : words[-1].i + 1].text
    if text.lower().rstrip(".") in _ADDRESS_ONLY:
        return None
    # an abbreviated title alone is written out: 'Sen.' -> 'Senator'
    return table("title_abbreviations").get(text.lower().rstrip("."), text)


def _is_place_word(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "NORP")


def apposition_role(doc: Doc, span: Span) -> str | None:
    """'the Secretary of State, Antony Blinken' or 'Antony Blinken, the Secretary of State,'.
    A tie before the name gives way to an office after it ('her friend, Travis Cantwell, a
    plumber and an HVAC technician')."""
    before = _apposition_before(doc, span)
    if before and _holds_office(before):
        return before
    return _apposition_after(doc, span)


def tie_apposition(doc: Doc, span: Span) -> str | None:
    """(round 7) A noun of a tie in apposition before the name ("Ramdehol's sister, Inderdai
    Deyal said"): a role when the text gives no office ('her friend, Travis Cantwell, a plumber'
    is a plumber)."""
    before = _apposition_before(doc, span)
    return before if before and not _holds_office(before) else None


def _holds_office(role: str) -> bool:
    return any(w.lower().strip(".,") in ROLE_NOUNS for w in role.split())


def _apposition_before(doc: Doc, span: Span) -> str | None:
    """The role phrase in apposition before the name, "<det> ROLE PHRASE , NAME" ('the
    Secretary of State, Antony Blinken'), read over a title between the comma and the name
    ('the founder of the colony, Captain John Smith,'; a form of address: "Ramdehol's sister,
    Ms. Deyal"); a possessor before the phrase is named in it ("Ramdehol's sister")."""
    lead = span.start
    while lead > 0 and is_title(doc[lead - 1]) and doc[lead - 1].text[:1].isupper():
        lead -= 1
    if lead >= 2 and doc[lead - 1].text == ",":
        phrase: list[Token] = []
        i = lead - 2
        while i >= 0 and len(phrase) < _MAX_ROLE_WORDS:
            tok = doc[i]
            # 'the founder of the Colony of Virginia': a determiner after a preposition is inside
            inner = tok.lower_ == "the" and i > 0 and doc[i - 1].lower_ in ("of", "for", "to")
            if (
                (tok.lower_ in DETERMINERS and not (inner and phrase))
                or tok.lower_ in POSSESSIVE_MARKS
                or tok.is_space
                or (tok.is_punct and not _joined(tok))
                or (tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ not in ("of", "for"))
            ):
                break
            phrase.insert(0, tok)
            i -= 1
        # 'Ann Lee, the CEO of Acme, Acme's parent': the phrase is Ann Lee's apposition
        earlier = i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON"
        if phrase and i >= 0 and doc[i].lower_ in DETERMINERS | POSSESSIVE_MARKS and not earlier:
            role = _role_text(doc, phrase)
            if role and doc[i].lower_ in POSSESSIVE_MARKS and i > 0 and doc[i - 1].pos_ == "PROPN":
                # the possessor named: "Ramdehol's sister", "Acme's chief executive"
                k = _entity_start(doc, doc[i - 1]) if doc[i - 1].ent_iob_ == "I" else i - 1
                while (
                    k > 0
                    and doc[k - 1].pos_ in ("PROPN", "NOUN")
                    and doc[k - 1].text[:1].isupper()
                ):
                    k -= 1  # "the Prime Minister's national security adviser", "Car Talk's"
                return f"{doc[k:i].text}{doc[i].text} {role}"  # the text's own apostrophe
            if role:
                return role
    return None


def _apposition_after(doc: Doc, span: Span) -> str | None:
    """The role phrase in apposition after the name, "NAME , <det> ROLE PHRASE ," ('Antony
    Blinken, the Secretary of State,')."""
    if (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("the", "a", "an", "its", "his", "her", "their")
    ):
        phrase: list[Token] = []
        i = span.end + 2
        while i < len(doc) and len(phrase) < _MAX_ROLE_WORDS:
            tok = doc[i]
            if (
                (tok.is_punct and not _joined(tok))
                or tok.is_space
                or tok.pos_ in ("VERB", "AUX")
                or tok.lower_ in ("who", "which", "that")
            ):
                break
            phrase.append(tok)
            i += 1
        if phrase and i < len(doc) and doc[i].is_punct and not tok.is_space:
            return _role_text(doc, phrase)
    return None


# Longest role read from the parse ("deputy associate administrator for exploration in NASA's
# Science Mission Directorate").
_MAX_PARSED_ROLE_WORDS = 15
_MAX_WORDS_BEFORE_ROLE_NOUN = 4
_ROLE_STOPS = {"who", "which", "that", "whose", "where", "when"}


def span_root(doc: Doc, span: Span) -> Token:
    """The span's syntactic head: its token whose head lies outside it."""
    for i in range(span.start, span.end):
        tok = doc[i]
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            return tok
    return doc[span.end - 1]


def _is_role_noun(tok: Token, wide: bool = False) -> bool:
    """A noun of the role lists; `wide`: any noun of a person (`is_person_noun`)."""
    w = tok.lower_.rstrip(".")
    return w in ROLE_NOUNS or (wide and is_person_noun(tok))


# Endings of nouns of people's work ('visualizer', 'editor', 'scientist', 'historian'): a
# credits line's role (`credit_role`).
_AGENT_ENDINGS = ("er", "or", "ist", "ian")
# Endings of nouns of people: agents and members ('planner', 'herder', 'pessimist',
# 'magician', 'retiree', 'millionaire', 'consultant', 'fisherman', 'spokesperson'). Not '-ent'
# ('event', 'component').
_PERSON_ENDINGS = (*_AGENT_ENDINGS, "ee", "aire", "ant", "man", "person")  # 'man': 'woman' too
# The shortest stem an '-er'/'-or' noun is read off ('doer' says nothing).
_MIN_AGENT_STEM = 3


def is_person_noun(tok: Token) -> bool:
    """A common noun that names a person by what they do or are to someone: a role noun of the
    lists, a noun of a tie ('wife', 'coworker'), or an agent noun: '-ist', '-ian', '-ee',
    '-aire', '-ant' nouns WordNet knows, and '-er'/'-or' nouns made of a verb ('planner',
    'herder', 'shareholder'; not 'paper', 'water'). Written in lower case (or opening its
    sentence: 'Researchers Beth Smith and ...'); never a noun of the things lists."""
    text = tok.text
    if not (text.islower() or _plural(tok)):
        return False  # 'Rival Lowe's': a capitalised word opening a sentence only in a plural
    w = text.lower().rstrip(".")
    if w in ROLE_NOUNS or w in PERSON_NOUNS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and person_word(_singular(tok))


def person_word(lemma: str) -> bool:
    """`is_person_noun` for a word in the singular, lower case."""
    if lemma in words("person_noun_stops"):
        return False
    if lemma in ROLE_NOUNS or lemma in PERSON_NOUNS:
        return True  # a plural: 'researchers', 'friends'
    base = lemma.rsplit("-", 1)[-1]
    if lemma in words("thing_nouns") or base.endswith("ment") or not base.isalpha():
        return False
    if base.endswith(("er", "or")):
        return _agent_noun(base)
    return base.endswith(_PERSON_ENDINGS) and is_english_word(base)


def _agent_noun(word: str) -> bool:
    """'planner' (plan), 'herder' (herd), 'retailer', 'shareholder' (hold): an '-er'/'-or'
    noun whose stem, or the stem of one of its tails, is an English verb."""
    for i in range(0, len(word) - _MIN_AGENT_STEM - 2):
        tail = word[i:]
        stem = tail[:-2]
        for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if len(form) >= _MIN_AGENT_STEM and is_english_word(form, nouns=False):
                return is_english_word(word) or i > 0
    return False




def _phrase(doc: Doc, start: int, end: int) -> str | None:
    """A role phrase's text: no determiner first, no punctuation at the ends, not too long."""
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or doc[start].is_punct
        or doc[start].lower_ in POSSESSIVES
        # (round 8) an age between the name and its apposition: 'John Hale, 45, a plumber'
        or (doc[start].like_num and start + 1 < end and doc[start + 1].text == ",")
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].lower_.rstrip(".") in _ADDRESS_ONLY
    ):
        end -= 1
    # a phrase that runs into another name is none ("his estranged son Jin", a list of titles);
    # "wife of Eric Roberge", "aide to Vice President Pence" are roles
    if (
        end - start > 1
        and doc[end - 1].ent_type_ == "PERSON"
        and not _is_role_noun(doc[end - 1], wide=True)
        and not any(doc[i].pos_ == "ADP" for i in range(start, end))
    ):
        return None
    # a role never runs over a line break
    for i in range(start, end):
        if "\n" in doc[i].text or (i < end - 1 and "\n" in doc[i].whitespace_):
            end = i + (0 if "\n" in doc[i].text else 1)
            break
    end = _clause_cut(doc, start, end)
    if start >= end or end - start > _MAX_PARSED_ROLE_WORDS:
        return None
    return str(doc[start:end].text)


# Words a role never ends with ('professor of philosophy and'; determiners too: 'one man, the
# late').
_ROLE_DANGLING = words("role_dangling_words")


def _clause_cut(doc: Doc, start: int, end: int) -> int:
    """Round 7: a role phrase ends before a clause inside it ('who has been doing this even
    longer', "an author she's already familiar with": a relative or a pronoun subject), before
    a comma that only a determiner or an adjective follows ('one man, the late'), and never on
    a conjunction, a preposition or a determiner ('professor of philosophy and')."""
    for i in range(start, end):
        tok = doc[i]
        relative = tok.lower_ in _ROLE_STOPS and tok.tag_ in ("WP", "WP$", "WDT", "WRB")
        if relative or (tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass")):
            end = i
            break
    commas = [i for i in range(start, end) if doc[i].text == ","]
    if commas and not any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(commas[-1] + 1, end)):
        end = commas[-1]
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].lower_ in _ROLE_DANGLING
        or doc[end - 1].lower_ in DETERMINERS
    ):
        end -= 1
    return end


def parsed_role(doc: Doc, span: Span, wide: bool = False) -> str | None:
    """Roles the parse shows: an apposition ('Ann Lee, co-founder of Acme,'), the name as an
    apposition of a role ('the company's co-founder, Ann Lee') and a role written before the
    name in lower case ('Wild coach Bruce Brown', "CNN's chief medical correspondent Raj Patel")."""
    root = span_root(doc, span)
    for child in root.rights:
        if child.dep_ == "appos" and child.i == span.end + 1 and one_of(doc, child, wide):
            return one_of(doc, child, wide)  # 'Ann Lee, one of the organisers of the march,'
        if child.dep_ == "appos" and child.i >= span.end and _is_role_noun(child, wide):
            start = span.end + 1 if doc[span.end].text == "," else child.left_edge.i
            # to the next comma or clause: 'a study co-author at Rush University'
            end = child.i + 1
            while (
                end < len(doc)
                and end - start < _MAX_PARSED_ROLE_WORDS
                and not (doc[end].is_punct and doc[end].text not in ("-", "&", "'s", "’s"))
                and doc[end].lower_ not in _ROLE_STOPS
                and doc[end].pos_ not in ("VERB", "AUX")
                and "\n" not in doc[end - 1].whitespace_
            ):
                end += 1
            return _phrase(doc, start, end)
    head = root.head
    bracketed = span.start > 0 and doc[span.start - 1].text == "("  # a credit: 'Saucer (Ann Lee)'
    if root.dep_ == "appos" and head.i < span.start and _is_role_noun(head, wide) and not bracketed:
        end = span.start
        while end > head.i + 1 and doc[end - 1].text in (",", "—", "–", "-"):
            end -= 1
        start = head.left_edge.i
        while _plural(head) and start < head.i and (
            doc[start].like_num or doc[start].lower_ in DETERMINERS | POSSESSIVES
        ):
            start += 1  # 'his three daughters, Hattie, Ida and Anne': each is a daughter
        return _each_holds(_phrase(doc, start, end), head)  # 'the researchers Beth Smith'
    if bracketed:
        return _role_predicate(doc, root, wide)
    return (
        _role_before(doc, span, root, wide)
        or _role_predicate(doc, root, wide)
        or _inverted_role(doc, root, wide)
    )


# (round 8) Verbs other than 'be' that say what their subject is or becomes, and the verb
# nouns of holding or making a firm; see entity-words.json.
_LINK_VERBS = words("link_verbs")
_AS_ROLE_VERBS = words("as_role_verbs")
_APPOINTING_VERBS = words("appointing_verbs")


def _role_predicate(
    doc: Doc, root: Token, wide: bool = False, other_verbs: bool = False
) -> str | None:
    """'Lee is Acme's chief executive', 'Lee, who is Acme's chief executive,': the name (or
    'who' after it) is the subject of 'be' with a role after it. Round 8: any form of 'be'
    ('has been', 'were'), 'become' and 'remain' ('Jim Cole became the mayor of Springfield'),
    and with `other_verbs` (a pass of its own, after titles and appositions, which say what a
    person is now: 'Ivan served as the CEO of Hipcricket' is often a past office) a verb whose
    'as' names the role ('served as the chief financial officer', 'joined Acme as a senior
    analyst'), a passive of appointing ('was named chief executive of Tribune'); in the wide
    pass, a verb of holding or making a firm ('who founded Baker Labs' -> 'founder of Baker
    Labs')."""
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != root.i else []
    verbs += [
        c
        for c in root.rights
        if c.dep_ == "relcl"
        and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.lefts)
    ]
    for verb in verbs:
        role = None
        linking = other_verbs and verb.lemma_ in _LINK_VERBS
        if verb.lemma_ == "be" or verb.lower_ in ("'s", "’s") or linking:
            role = _attr_role(doc, verb, wide)
        if not other_verbs:
            if role:
                return role
            continue
        if role is not None and linking and _no_trade(role):
            role = None  # 'became the first person to ...' says what they did
        if role is None and verb.lemma_ in _AS_ROLE_VERBS:
            role = _as_role(doc, verb, wide)
        if role is None and root.dep_ == "nsubj" and not wide:
            role = _as_role(doc, verb, wide, fronted=root.i)  # 'As president, Ann Lee signed
        if role is None and verb.lemma_ in _APPOINTING_VERBS and verb.tag_ == "VBN":
            role = _attr_role(doc, verb, wide, deps=("oprd", "attr", "xcomp"))
        if role is None:
            role = _agent_role(doc, verb)
        if role is None and wide:
            role = _office_role(doc, verb)
        if role:
            return role
    return None


def verb_role(doc: Doc, span: Span, wide: bool = False) -> str | None:
    """(round 8) The role a verb other than 'be' gives the name (`_role_predicate`)."""
    if span.start > 0 and doc[span.start - 1].text == "(":
        return None  # 'a grieving widow (Rooney Mara)': a credit
    return _role_predicate(doc, span_root(doc, span), wide, other_verbs=True)


def _as_role(doc: Doc, verb: Token, wide: bool, fronted: int | None = None) -> str | None:
    """'served as the chief financial officer of Acme' -> 'chief financial officer of Acme';
    `fronted`: the 'as' phrase opens the clause before the subject at that index ('As chief
    executive of Acme, Ann Lee has cut costs')."""
    preps = verb.rights if fronted is None else (c for c in verb.lefts if c.i < fronted)
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in prep.rights:
                if noun.dep_ == "pobj" and _is_role_noun(noun, wide):
                    if fronted is not None and noun.lower_ in PERSON_NOUNS:
                        return None  # 'As a child, Ann Lee lived in Leeds': no office
                    return _noun_phrase(doc, noun)
    return None


def _agent_role(doc: Doc, verb: Token) -> str | None:
    """'Emily Feng reports for NPR' -> 'reporter for NPR': a verb of `agent_verbs` whose 'for'
    names an organisation."""
    noun = table("agent_verbs").get(verb.lemma_.lower())
    if noun is None or verb.pos_ != "VERB":
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.rights:
                if obj.dep_ == "pobj" and obj.ent_type_ == "ORG":
                    k = _entity_start(doc, obj)
                    return f"{noun} for {doc[k : obj.i + 1].text}"
    return None


# The longest object a verb of holding or making gives a role ("Acme's research unit").
_MAX_OFFICE_OBJECT_WORDS = 6


def _office_role(doc: Doc, verb: Token) -> str | None:
    """'Tom Baker, who founded Baker Labs' -> 'founder of Baker Labs': a verb of holding or
    making (`office_verbs`) with a named object."""
    noun = table("office_verbs").get(verb.lemma_.lower())
    if noun is None or verb.pos_ != "VERB":
        return None
    for obj in verb.rights:
        # a named object, or a noun of a named owner ("heads Acme's research unit")
        named = obj.pos_ == "PROPN" or any(
            t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE") for t in obj.subtree
        )
        if obj.dep_ == "dobj" and named:
            start = obj.left_edge.i
            while start < obj.i and doc[start].lower_ in DETERMINERS | POSSESSIVES:
                start += 1
            end = obj.i + 1
            inside = doc[start:end]
            if (
                start != verb.i + 1 + (doc[verb.i + 1].lower_ in DETERMINERS)
                or end - start > _MAX_OFFICE_OBJECT_WORDS
                or any(
                    t.is_punct and not _joined(t) and t.lower_ not in POSSESSIVE_MARKS
                    for t in inside
                )
                or "\n" in inside.text
            ):
                return None  # the object right after the verb, a short name on one line
            return f"{noun} of {inside.text}"
    return None


def _noun_phrase(doc: Doc, noun: Token) -> str | None:
    """A role noun's phrase, from its left edge to the next comma or clause."""
    end = noun.i + 1
    while (
        end <= noun.right_edge.i
        and doc[end].text != ","
        and doc[end].lower_ not in _ROLE_STOPS
        and doc[end].ent_type_ not in ("DATE", "TIME")  # 'chief executive of Tribune in May'
    ):
        end += 1
    return _phrase(doc, noun.left_edge.i, end)


def _attr_role(
    doc: Doc, verb: Token, wide: bool = False, deps: tuple[str, ...] = ("attr",)
) -> str | None:
    for child in verb.rights:
        if child.dep_ in deps and verb.lower_ in ("are", "were") and _plural(child):
            return None  # (round 8) 'Ann Lee and Bo Kim were friends': no role of one of them
        if child.dep_ in deps and _is_role_noun(child, wide):
            return _noun_phrase(doc, child)
        if child.dep_ in deps:
            role = one_of(doc, child, wide)
            if role:
                return role
    return None


def one_of(doc: Doc, tok: Token, wide: bool = False) -> str | None:
    """(round 8) 'one of the founders of Acme' -> 'founder of Acme': 'one' with a plural noun
    of a person after 'of'; the noun in the singular."""
    if tok.lower_ != "one":
        return None
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.rights:
            if noun.dep_ == "pobj" and _plural(noun) and _is_role_noun(noun, wide):
                phrase = _noun_phrase(doc, noun)
                if phrase and noun.text in phrase:
                    before, _, after = phrase.partition(noun.text)
                    return f"{before}{_singular(noun)}{after}"
    return None


# Nouns of a person of no trade and no tie ('person', 'man', 'figure'): a description after
# 'became' or before an inverted 'was' ('the first person to ... was Ann Lee') is no role.
_NO_TRADE = words("person_nouns") - KIN_NOUNS


def _no_trade(role: str) -> bool:
    head = re.split(_AFTER_HEAD, role.lower(), maxsplit=1)[0].split()
    return not head or head[-1] in _NO_TRADE


def _inverted_role(doc: Doc, root: Token, wide: bool = False) -> str | None:
    """(round 8) 'The only president to lose that vote was David Granger': the name is what a
    role noun, the subject of 'be', is; the role ends at the noun's clause ('president')."""
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be":
        return None
    for subj in verb.lefts:
        if (
            subj.dep_ == "nsubj"
            and _is_role_noun(subj, wide)
            and not _plural(subj)
            and subj.lower_ not in _NO_TRADE
        ):
            end = subj.i + 1
            while (
                end <= subj.right_edge.i
                and doc[end].pos_ not in ("VERB", "AUX", "PART", "PUNCT")
                and doc[end].lower_ not in _ROLE_STOPS
            ):
                end += 1
            return _phrase(doc, subj.left_edge.i, end)
    return None


def _role_before(doc: Doc, span: Span, root: Token, wide: bool = False) -> str | None:
    """A role written before the name in the name's own noun phrase: 'Wild coach Bruce Brown',
    "the company's co-founder Ann Lee", 'U.S. Ambassador to the European Union Gordon Sondland'."""
    end = span.start
    while end > 0 and doc[end - 1].lower_.rstrip(".") in _ADDRESS_ONLY:
        end -= 1
    start = end
    while start > 0 and end - start < _MAX_PARSED_ROLE_WORDS:
        prev = doc[start - 1]
        joined = prev.whitespace_ == "" or prev.lower_ in POSSESSIVE_MARKS  # 'co-founder', "Acme's"
        inside = prev.i >= root.left_edge.i or joined
        # a determiner ends the phrase unless a preposition comes before it ('Ambassador to the EU')
        det_inside = prev.lower_ in DETERMINERS and start >= 2 and doc[start - 2].pos_ == "ADP"
        if (
            not inside
            or (prev.lower_ in DETERMINERS and not det_inside)
            or prev.text in (",", ";", ":", "(", ")", '"', "“", "”")
            or prev.is_space
            or "\n" in prev.whitespace_
        ):
            break
        start -= 1
    # the role holds its noun ('coach', 'Administrator', 'Ambassador to the EU'), with a few
    # words before it at most ("CNN's chief medical correspondent"), no verb first
    nouns = [i for i in range(start, end) if _is_role_noun(doc[i], wide)]
    if not nouns:
        return None
    start = max(start, nouns[0] - _MAX_WORDS_BEFORE_ROLE_NOUN)
    while start < nouns[0] and doc[start].pos_ in ("VERB", "AUX", "PUNCT"):
        start += 1
    last = doc[end - 1]
    if _plural(last):
        while start < end - 1 and doc[start].like_num:
            start += 1  # 'two producers Ann Lee and ...': each is a producer
    return _each_holds(_phrase(doc, start, end), last)  # 'Researchers Beth Smith and ...'


def _each_holds(role: str | None, noun: Token) -> str | None:
    """A role phrase that ends in `noun`, a plural, with that noun in the singular: each of the
    people it is given to holds it ('researchers' -> 'researcher')."""
    # (round 8) a noun of a person only: 'Minister for Foreign Affairs' keeps its 'Affairs'
    if role and _plural(noun) and role.endswith(noun.text) and is_person_noun(noun):
        return role[: -len(noun.text)] + _singular(noun)
    return role


# Letters of a credential written after a name ('MS', 'RDN', 'CPT', 'Ph.D.').
_MAX_CREDENTIAL_CHARS = 5


def _credential(tok: Token) -> bool:
    w = tok.text.replace(".", "")
    return w.lower() in CREDENTIALS or (
        w.isalpha() and w.isupper() and len(w) <= _MAX_CREDENTIAL_CHARS
    )


def credentials_role(doc: Doc, span: Span) -> str | None:
    """'Lauren Slayton, MS, RD, registered dietitian and founder of Foodtrainers,': the role
    after a name's credentials, to the next comma or full stop."""
    i = span.end
    while i + 1 < len(doc) and doc[i].text == "," and _credential(doc[i + 1]):
        i += 2
    if i == span.end or i + 1 >= len(doc) or doc[i].text != ",":
        return None
    start = i + 1
    if doc[start].lower_ == "and":
        start += 1
    end = start
    while (
        end < len(doc)
        and end - start <= _MAX_PARSED_ROLE_WORDS
        and not (doc[end].is_punct and not _joined(doc[end]) and doc[end].text != "&")
        and "\n" not in doc[end].text
    ):
        end += 1
    if not any(_is_role_noun(doc[k], wide=True) for k in range(start, end)):
        return None
    if any(
        doc[k].pos_ == "AUX" or (doc[k].pos_ == "VERB" and doc[k].dep_ != "amod")
        for k in range(start, end)
    ):
        return None  # 'Dan Roe, ACAS, has worked for ...': a clause, not a role
    return _phrase(doc, start, end)


# Verbs that say a plural noun's members follow ('Study co-authors include A, B and C').
_INCLUDE_VERBS = words("include_verbs")
# Lemmas of verbs of naming ('a goat herder named Kaldi', 'a man called Ove').
_NAMING_VERBS = words("naming_verbs")


def instance_role(doc: Doc, span: Span, naming: bool = False) -> str | None:
    """The name as an instance of a noun of people: 'politicians such as Bill Clinton and
    Jo Bell', 'researchers Beth Smith and Tom Jones', 'Study co-authors include Eric Bui, ...',
    'an Ethiopian goat herder named Kaldi'. The role is the noun's phrase, in the singular.
    `naming`: only 'a <noun of a person> named/called X', which also shows X is a person."""
    if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE_MARKS:
        return None  # 'complications such as Taylor's': what the name owns is the instance
    if span.start > 0 and doc[span.start - 1].text == "(":
        return None  # 'a grieving widow (Rooney Mara)': the part played, a credit
    first = span_root(doc, span)
    while first.head.i < first.i and (
        first.dep_ == "conj" or (first.dep_ == "appos" and first.head.ent_type_ == "PERSON")
    ):
        first = first.head  # the list's first name ('A, B and C': B may be parsed appos)
    head = first.head
    noun: Token | None = None
    if (
        first.dep_ == "pobj"
        and head.lower_ == "as"
        and any(c.lower_ == "such" for c in (*head.lefts, *head.head.children))
    ):
        noun = head.head  # 'N such as X'
    elif first.dep_ in ("dobj", "attr") and head.lower_ in _INCLUDE_VERBS:
        subj = [c for c in head.lefts if c.dep_ == "nsubj"]
        noun = subj[-1] if subj else (head.head if head.dep_ == "acl" else None)
    elif (
        first.dep_ in ("oprd", "dobj", "xcomp")
        and head.lemma_ in _NAMING_VERBS
        and head.dep_ == "acl"
    ):
        noun = head.head  # 'a herder named Kaldi'
    elif first.dep_ == "appos" and head.i < first.i and _plural(head) and is_person_noun(head):
        noun = head  # 'the researchers Beth Smith and Tom Jones'
    elif any(c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON" for c in first.children):
        # 'Researchers Beth Smith and Tom Jones': a plural noun right before a list's first name
        k = _entity_start(doc, first)
        prev = doc[k - 1] if k > 0 else None
        if prev is not None and _plural(prev) and is_person_noun(prev):
            noun = prev
    is_naming = first.dep_ in ("oprd", "dobj", "xcomp") and head.lemma_ in _NAMING_VERBS
    if naming and not (is_naming and noun is not None and is_person_noun(noun)):
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= span.start:
        return None
    if not (is_person_noun(noun) or (noun.pos_ == "NOUN" and noun.text.islower())):
        return None
    kind = _singular(noun)
    if kind in words("thing_nouns") or kind in ORG_COMMON_NOUNS or kind in PLACE_KIND_NOUNS:
        return None  # 'apps such as ...', 'locations such as Phu Quoc': no role of a person
    start = noun.i
    while start > 0 and (
        _joined(doc[start - 1])
        or (doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN") and not doc[start - 1].is_punct)
    ):
        start -= 1
    while (
        start < noun.i and doc[start].ent_type_ in ("PERSON", "GPE") and doc[start].pos_ == "PROPN"
    ):
        start += 1  # never a name of its own
    while start < noun.i and (doc[start].like_num or doc[start].lower_ in DETERMINERS):
        start += 1  # 'two producers', 'three daughters': one of them is a producer
    mods = doc[start : noun.i].text_with_ws
    return f"{mods}{_singular(noun)}"


def _singular(tok: Token) -> str:
    """'researchers' -> 'researcher', 'figures' -> 'figure' (the lemma; a capitalised plural
    the tagger took for a name: its -s dropped)."""
    w = tok.text.lower()
    lemma = tok.lemma_.lower() or w
    if lemma == w and _plural(tok):
        return w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return lemma


def _plural(tok: Token) -> bool:
    """A plural noun; also one opening its sentence that the tagger took for a name
    ('Researchers Beth Smith and ...')."""
    opening = bool(tok.is_sent_start) and tok.tag_ == "NNP" and tok.text[1:].islower()
    return (tok.tag_ in ("NNS", "NNPS") or opening) and tok.lower_.endswith("s")


def _entity_start(doc: Doc, root: Token) -> int:
    """The first token of the entity whose last word is `root` ('Beth' of 'Beth Smith',
    'Harbor' of "Harbor Radio's").
    """
    k = root.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def affiliation(doc: Doc, span: Span) -> str | None:
    """'Sui-Lee Wee of the New York Times', 'Naomi Simon of MGH': the organisation right after
    the name, kept as the role ('of the New York Times'), when the clause ends with it; or an
    organisation's possessive right before the name ("BBC's Emily Maitlis" -> 'of BBC')."""
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ in POSSESSIVE_MARKS
        and doc[span.start - 2].ent_type_ == "ORG"
    ):
        k = _entity_start(doc, doc[span.start - 2])
        if doc[k].lower_ == "the":
            k += 1
        return f"of {doc[k : span.start - 1].text}"
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    org = next(
        (
            e
            for e in doc.ents
            if e.start == span.end + 1
            or (e.start == span.end + 2 and doc[span.end + 1].lower_ == "the")
        ),
        None,
    )
    if org is None or org.label_ != "ORG":
        return None
    after = doc[org.end] if org.end < len(doc) else None
    if after is not None and not after.is_punct and after.lower_ not in ("and", "said", "says"):
        return None
    return str(doc[span.end : org.end].text)


# A credits line ('Visualizer', 'Lead tester') has at most this many words.
_MAX_CREDIT_WORDS = 4


def credit_role(doc: Doc, span: Span) -> str | None:
    """A credits block: the name alone on its line under a line that is a role ('Visualizer' /
    'Mark SubbaRao', 'Lead tester' / 'Ann Lee'), with its organisation in brackets on the next
    line kept ('Visualizer (NASA/GSFC)'). Under one role, names with their organisations in
    brackets follow each other ('Technical support' / 'Ann Lee' / '(Acme)' / 'Ian Jones' /
    '(Acme)'): each has the role. With a bracketed organisation under the name, the role line
    is any short line ('Technical support'); without, it ends in a noun of a person."""
    text = doc_text(doc)  # read once a Doc (doc.text joins every token on each call)
    start, end = line_bounds(text, span.start_char, span.end_char)
    if text[start:end].strip() != span.text:
        return None
    below = text[end:].lstrip("\n").split("\n", 1)[0].strip()
    bracketed = below.startswith("(") and below.endswith(")") and len(below) <= _MAX_ROLE_CHARS
    lines = text[:start].rstrip().split("\n")
    above = lines[-1].strip() if lines else ""
    # over earlier credited names of the same role: '(Acme)' then 'Ann Lee' above
    steps = 0
    while bracketed and above.startswith("(") and steps < _MAX_CREDITED_UNDER_ONE_ROLE:
        rest = [ln.strip() for ln in lines[:-1] if ln.strip()]
        if len(rest) < 2 or not _name_line(rest[-1]):
            return None
        lines = [ln for ln in lines[:-1] if ln.strip()][:-1]
        above = lines[-1].strip() if lines else ""
        steps += 1
    words = above.split()
    if not (1 <= len(words) <= _MAX_CREDIT_WORDS) or not words[0][:1].isupper():
        return None
    if not all(w.isalpha() for w in words) or fold(words[0]) in first_names():
        return None  # 'Ann Baker' over 'Ian Jones' is a list of names
    if any(w.lower() in _HEADING_WORDS or w.lower() in DETERMINERS for w in words):
        return None  # 'About the author', 'Meet our tester' head a section, not a credit
    last = words[-1].lower()
    if not bracketed and last not in ROLE_NOUNS and not (
        last.endswith(_AGENT_ENDINGS) and is_english_word(last) and last not in first_names()
    ):
        return None
    return f"{above} {below}" if bracketed else above


# Names credited one after another under one role line, at most ('Technical support' / 3 names).
_MAX_CREDITED_UNDER_ONE_ROLE = 6


def _name_line(line: str) -> bool:
    """A line that is a name alone: two to four capitalised words ('Laurence Schuler')."""
    found = line.split()
    return 2 <= len(found) <= _MAX_CREDIT_WORDS and all(w[:1].isupper() for w in found)


# A byline's role after the name is a short phrase: at most this many words ('Senior Writer').
_MAX_BYLINE_ROLE_WORDS = 5


def byline_role(doc: Doc, span: Span) -> str | None:
    """A byline's role: on the name's line after a bar or a dash ('By Jane Roe | Senior
    Writer'), or alone on the line under a name that has its line to itself ('Jane Roe' /
    'Staff Photographer'). The phrase is short and ends in a noun of a person."""
    text = doc_text(doc)
    start, end = line_bounds(text, span.start_char, span.end_char)
    before = text[start : span.start_char].strip()
    after = text[span.end_char : end].strip()
    listed_only = False  # the line under a name: a noun of the role lists only ('Grey Sweater')
    if before.lower() in ("", "by") and after[:1] in ("|", "–", "—", "-", "·"):
        phrase = after[1:].strip()
    elif not before and not after:
        phrase = text[end:].lstrip("\n").split("\n", 1)[0].strip() if end < len(text) else ""
        listed_only = True
    else:
        return None
    found = phrase.split()
    if not (1 <= len(found) <= _MAX_BYLINE_ROLE_WORDS) or not found[0][:1].isupper():
        return None
    last = re.sub(r"\W+$", "", found[-1]).lower()
    known = last in ROLE_NOUNS or (not listed_only and person_word(last))
    if not known or fold(found[0]) in first_names():
        return None  # 'Jane Roe' / 'Ian Jones' is a list of names
    return phrase.rstrip(".,;:")


# Words of section headings above a byline ('About the author', 'Meet our tester').
_HEADING_WORDS = {"about", "meet", "by", "from", "with", "our", "your", "contact", "follow"}
# An organisation in brackets under a credited name is kept up to this length.
_MAX_ROLE_CHARS = 60


def _joined(tok: Token) -> bool:
    """A hyphen or ampersand inside a word or a name ('co-author', 'AT&T')."""
    return (
        tok.text in ("-", "&")
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
        and not tok.whitespace_
    )


def _role_text(doc: Doc, phrase: list[Token]) -> str | None:
    # a role noun of the lists, or (round 7) a noun of a tie ("Ramdehol's sister, Inderdai Deyal")
    if not any(t.lower_ in ROLE_NOUNS or t.lower_ in KIN_NOUNS for t in phrase):
        return None
    # (round 7) the phrase's head, its last word before 'of/for/at...', is a person's noun:
    # "Johnson's host university, Cornell" is no role ('host' is a role noun)
    head = next((k - 1 for k, t in enumerate(phrase) if k and t.pos_ == "ADP"), len(phrase) - 1)
    word = phrase[head].lower_.rstrip(".")
    if not (word in ROLE_NOUNS or word in KIN_NOUNS or person_word(_singular(phrase[head]))):
        return None
    if phrase[-1].lower_ in ("of", "for", "and"):
        return None
    return str(doc[phrase[0].i : phrase[-1].i + 1].text)


__all__ = ["TITLES", "PersonGroup", "group_people", "people_spans", "to_person"]
