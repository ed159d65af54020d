"""One entry per person: every name is folded and keyed once (its tails, its first-and-last
pair, its first name), and a mention finds its person through those keys (linear in the
mentions); each person's role; one-word names with nothing to show a person are not listed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Doc

from newsdesk.analysis.doctext import doc_text
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.citations import citation_form, cited
from newsdesk.analysis.entities.people.drops import DropReason, record
from newsdesk.analysis.entities.people.lines import signoff
from newsdesk.analysis.entities.people.missed import (
    known_mononym,
    played_by,
    pronoun_subject,
    referred_mention,
    spoken_alone,
)
from newsdesk.analysis.entities.people.roles import person_role
from newsdesk.analysis.entities.people.titles import title_before
from newsdesk.analysis.entities.people.wrapped import WrappedName
from newsdesk.analysis.entities.spans import (
    NameSpan,
    mention,
)
from newsdesk.analysis.entities.words import (
    NAME_SUFFIXES,
    people_words,
    table,
)
from newsdesk.analysis.gazetteer import fold
from newsdesk.model import Person

# A title of this many words or fewer is kept as a form of the name ("Foreign Minister Martínez").
_MAX_TITLE_IN_FORM = 2


@dataclass(slots=True)
class PersonGroup:
    name: str
    index: int  # creation order: ties go to the earlier person
    forms: list[str] = field(default_factory=list)
    mentions: list[NameSpan] = field(default_factory=list)
    role: str | None = None
    # the role came from a noun read by its ending, a list's noun or the organisation after the
    # name: shown, but no evidence that the name is a person's ('Kajabi, a website builder')
    role_weak: bool = False
    last_full: int = -1  # start token of its latest mention of two words or more
    # (session 13) a bare noun of a person names it ('Colin, a reserved gay man'): no role,
    # but a person
    named_person: bool = False
    # (session 32) a one-word name coordinated with a person ('Dana Whitfield and Orrin',
    # 'himself or Kestrin'): kept by the lone-word filter and counted as evidence of a person
    beside_person: bool = False


def to_person(group: PersonGroup) -> Person:
    return Person(
        name=group.name,
        aliases=[f for f in group.forms if f != group.name],
        role=group.role,
        mentions=[mention(s) for s in sorted(group.mentions, key=lambda s: s.start_char)],
    )


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


def name_heads(name: str) -> list[str]:
    """The leading words of a name of three words or more, two words at least: the
    forms a shorter mention may take where the family name comes first ('Choi Hwan' of 'Choi Hwan
    Yeol', 'Kim Jong' of 'Kim Jong Un')."""
    words = name_words(name)
    return [
        " ".join(words[:k])
        for k in range(_MIN_HEAD_WORDS, len(words))
        # not a full name of the Western order that the model ran into a word after it
        # ('Ada Hamilton Lego'): the head ends in no known surname
        if fold(words[k - 1]) not in surnames() and not any(is_english_word(w) for w in words[k:])
    ]


# A name's leading words are a form of it from two words on ('Choi Hwan'; not 'Choi' alone,
# which the tails of other names may be).
_MIN_HEAD_WORDS = 2


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
        for k in {_nkey(k) for k in [*name_keys(name), *name_heads(name)]}:
            self.by_key.setdefault(k, []).append(group)
        pair = _first_last(name)
        if pair is not None:
            self.by_pair.setdefault(pair, []).append(group)
        parts = name.split()
        if len(parts) > 1:
            self.by_first.setdefault(_nkey(parts[0]), []).append(group)
        return group

    def add_alone(self, name: str) -> PersonGroup:
        """A person no other mention can reach (no keys): a one-letter name."""
        group = PersonGroup(name, len(self.groups))
        self.groups.append(group)
        return group

    def cited_matches(self, text: str) -> list[PersonGroup]:
        """(round 11) The people a reference list's 'Bouchard, L.' names: those of that
        surname whose name opens with that initial ('Louis Bouchard')."""
        form = citation_form(text)
        if form is None:
            return []
        surname, initial = form
        return [
            g
            for g in self.by_key.get(_nkey(surname), [])
            if citation_form(g.name) is None and fold(g.name[:1]) == fold(initial)
        ]

    def matches(self, text: str) -> list[PersonGroup]:
        """The people whose keys include this name, or with its first and last name."""
        found = {g.index: g for g in self.by_key.get(_nkey(text), [])}
        pair = _first_last(text)
        if pair is not None:
            found.update((g.index, g) for g in self.by_pair.get(pair, []))
        return [found[i] for i in sorted(found)]


def group_people(doc: Doc, spans: list[NameSpan], wrapped: list[WrappedName]) -> list[PersonGroup]:
    """One entry per person of the person spans. `wrapped`: the article's `wrapped_names`,
    found once by the caller (`entities.extract`), as `people_spans` was given them."""
    index = _Index()
    spans = sorted(spans, key=lambda s: s.start)
    # the leading words of a longer name named anywhere ('Choi Hwan' of 'Choi Hwan Yeol')
    heads = {_nkey(h) for s in spans for h in name_heads(s.text)}
    # a reference list's 'Bouchard, L.' last: it joins a person named in full anywhere
    for span in sorted(spans, key=lambda s: citation_form(s.text) is not None):
        # a longer full name ("Andrés Manuel López Obrador") absorbs a shorter one
        if (
            len(span.text.split()) >= 2
            and not index.matches(span.text)
            and not index.cited_matches(span.text)
            and _nkey(span.text) not in heads
        ):
            index.add(span.text)
    # (session 18) a name the model tagged whole across a line break ('Ken\nGreen'): its two
    # words, each a span of exactly that word, are one person named by both
    at = {s.start: s for s in spans}
    for given, surname in wrapped:
        if any(w.start not in at or at[w.start].end != w.end for w in (given, surname)):
            continue
        whole = f"{given.text} {surname.text}"
        if not index.matches(whole):
            index.add(whole)
    for span in spans:
        if _one_letter(span.text):
            # what is left of 'Supplier X' is no one's surname ('Malcolm X'): never grouped
            group = index.add_alone(span.text)
            group.mentions.append(span)
            group.forms.append(span.text)
            continue
        candidates = index.matches(span.text) or index.cited_matches(span.text)
        if not candidates and " " not in span.text:
            # a first name alone ("Taylor") is the one person named in full with it
            firsts = index.by_first.get(_nkey(span.text), [])
            candidates = firsts if len(firsts) == 1 else []
        if not candidates:
            candidates = [index.add(span.text)]
        title = title_before(doc, span.start)
        if title and len(candidates) > 1:
            # (session 14, issue 12) 'Vice President Pryce' is the Pryce who holds that office
            candidates = _holders(doc, candidates, title) or candidates
        # an ambiguous surname goes to the person last named in full before it
        group = max(candidates, key=lambda g: g.last_full)
        group.mentions.append(span)
        if len(span.text.split()) > 1:
            group.last_full = span.start
        form = (
            f"{title} {span.text}"
            if title and len(title.split()) <= _MAX_TITLE_IN_FORM
            else span.text
        )
        for f in (span.text, form):
            # an alias is a form the text uses ('Sen. Ed Markey', never 'Senator Ed Markey');
            # the text joined once a Doc (`doc.text` joins every token on each call)
            if f not in group.forms and f in doc_text(doc):
                group.forms.append(f)
    _merge_nicknames(index.groups)
    _merge_misspelt(index.groups)
    for group in index.groups:
        group.role, group.role_weak, group.named_person = person_role(doc, group.mentions)
    full = {s.start for s in spans if s.end - s.start >= _MIN_HEAD_WORDS}
    lone: set[int] = set()
    for g in index.groups:
        if not g.mentions:
            continue
        # a name signing off a comment on its own line, a given name sharing the
        # full name after it ('Bill and Hillary Clinton'), or a cited author ('Marwick et
        # al.'; round 11) is a person met once, and so (round 13) is a character's name before
        # its actor's ('Ray (Alexander Skarsgård)') and (session 17) a name of `known_mononyms`
        if (
            _lone_word(g)
            and not any(
                signoff(doc, s.start)
                or _shares_surname(doc, s, full)
                or cited(doc, s)
                or spoken_alone(doc, s)
                or pronoun_subject(doc, s)  # (session 19) 'When Tavish ..., he'
                or referred_mention(doc, s)  # (session 31) 'we thank Quorvan for his help'
                or played_by(doc, s)
                for s in g.mentions
            )
            and not known_mononym(g.name)
        ):
            lone.add(g.index)
    # (session 32) a lone word coordinated with a person the filter keeps, or with a pronoun of
    # one person, is a person too: read once the others are settled, so that no two lone words
    # keep each other ('Quillix or Brandor'); the person a full name that opens with a known
    # given name or holds a role (a product's name the model tagged a person, which the later
    # filters drop, keeps none: 'Vornik' beside 'Zentra Cloud Arcade')
    people = {
        i
        for g in index.groups
        if g.mentions and g.index not in lone and _plainly_person(g)
        for s in g.mentions
        for i in range(s.start, s.end)
    }
    for g in index.groups:
        if g.index in lone and any(coordinated_with_person(doc, s, people) for s in g.mentions):
            g.beside_person = True
            lone.discard(g.index)
    kept: list[PersonGroup] = []
    for g in index.groups:
        if not g.mentions:
            continue
        if g.index in lone:
            record(g.name, DropReason.lone_word)
        else:
            kept.append(g)
    return kept


def _plainly_person(group: PersonGroup) -> bool:
    """(Session 32) A person the later filters will not take for a thing: a name of two words
    or more opening with a known given name, or a role that is no weak reading."""
    words = name_words(group.name)
    given = len(words) >= _MIN_HEAD_WORDS and fold(words[0]).strip(".") in first_names()
    return given or (group.role is not None and not group.role_weak)


def coordinated_with_person(doc: Doc, span: NameSpan, people: set[int]) -> bool:
    """(Session 32, pdrop) A one-word name the parse coordinates with a person's name
    (`people`: the tokens of the names of people already kept) or with a pronoun of one person
    (`person_pronouns`: 'him', 'herself'): 'Dana Whitfield and Orrin ran the workshop', 'cast
    the charm on either himself or Kestrin'. A proper noun, capitalised, of letters."""
    if span.end - span.start != 1:
        return False
    tok = doc[span.start]
    if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper()):
        return False
    pronouns = people_words("person_pronouns")
    return any(c.i in people or c.lower_ in pronouns for c in tok.conjuncts)


# The words after a title's head noun ('Secretary of State', 'Ambassador to Japan').
_AFTER_HEAD_RE = re.compile(r"\s+(?:of|to|for|at|in|from|with|on)\s+.*$", re.IGNORECASE | re.DOTALL)


def title_head(title: str) -> str:
    """A title's or role's head noun, written out and folded: 'Vice President' -> 'president',
    'Secretary of State' -> 'secretary', 'Gov.' -> 'governor'."""
    words = _AFTER_HEAD_RE.sub("", title.strip()).split()
    last = words[-1].lower().rstrip(".,") if words else ""
    return fold(table("title_abbreviations").get(last, last))


def _holders(doc: Doc, candidates: list[PersonGroup], title: str) -> list[PersonGroup]:
    """(session 14, issue 12) The people of a surname who already hold the title written
    before it ('Vice President Pryce'): a title before one of their mentions, or a role, with
    the same head noun. Empty when no one holds it: then the surname goes to the person last
    named in full."""
    head = title_head(title)
    if not head:
        return []

    def holds(g: PersonGroup) -> bool:
        if not g.mentions:
            return False
        titles = [title_before(doc, m.start) for m in g.mentions]
        titles.append(person_role(doc, g.mentions)[0])
        return any(t and title_head(t) == head for t in titles)

    return [g for g in candidates if holds(g)]


def _merge_nicknames(groups: list[PersonGroup]) -> None:
    """(session 13, review 13 F8) 'William Barr' and 'Bill Barr', 'Patrick Carlineo Jr.' and
    'Pat Carlineo': the only two people named in full with one surname, their given names
    one given name (`same_given_name`), are one person. The fuller name is the entry, the other
    an alias; its mentions join it. A third person of the surname leaves the two apart."""
    by_surname: dict[str, list[PersonGroup]] = {}
    for g in groups:
        words = name_words(g.name)
        if len(words) >= 2 and g.mentions:
            by_surname.setdefault(_nkey(words[-1]), []).append(g)
    for pair in by_surname.values():
        if len(pair) != 2:
            continue
        first, second = (name_words(g.name)[0] for g in pair)
        if not same_given_name(first, second):
            continue
        keep, gone = sorted(
            pair, key=lambda g: (-len(name_words(g.name)[0]), -len(g.name), g.index)
        )
        _absorb(keep, gone)


def _absorb(keep: PersonGroup, gone: PersonGroup) -> None:
    """`gone` is `keep` by another name: its mentions and forms join `keep`, its name an alias
    of it (`_merge_nicknames`, `_merge_misspelt`); `gone` is left empty."""
    keep.mentions.extend(gone.mentions)
    keep.forms.extend(f for f in gone.forms if f not in keep.forms)
    if gone.name not in keep.forms:
        keep.forms.append(gone.name)
    gone.mentions = []
    gone.forms = []


# (Session 31, pmiss) A surname this long at least may be written with a letter too many or
# too few and still name one person ('Oreopoulos', 'Oreopoulous'); shorter ones differ by a
# letter between people ('Lee', 'Lea'; 'Kahn', 'Khan' differ by more than one insertion).
_MIN_MISSPELT_LETTERS = 6


def _merge_misspelt(groups: list[PersonGroup]) -> None:
    """(Session 31, pmiss) 'Philip Oreopoulos' and 'Philip Oreopoulous': two people named in
    full with one given name (`same_given_name`) whose surnames, of `_MIN_MISSPELT_LETTERS`
    letters or more, differ by one letter added or left out, and no third person named in
    full with either surname, are one person misspelt. The name with more mentions is the
    entry (the earlier on a tie), the other an alias; its mentions join it."""
    full = [g for g in groups if g.mentions and len(name_words(g.name)) >= _MIN_HEAD_WORDS]
    by_surname: dict[str, list[PersonGroup]] = {}
    for g in full:
        by_surname.setdefault(_nkey(name_words(g.name)[-1]), []).append(g)
    for a in full:
        for b in full:
            if a.index >= b.index or not a.mentions or not b.mentions:
                continue
            wa, wb = name_words(a.name), name_words(b.name)
            sa, sb = _nkey(wa[-1]), _nkey(wb[-1])
            if (
                min(len(sa), len(sb)) < _MIN_MISSPELT_LETTERS
                or len(by_surname.get(sa, [])) != 1
                or len(by_surname.get(sb, [])) != 1
                or not same_given_name(wa[0], wb[0])
                or not _one_letter_apart(sa, sb)
            ):
                continue
            keep, gone = sorted((a, b), key=lambda g: (-len(g.mentions), g.index))
            _absorb(keep, gone)


def _one_letter_apart(a: str, b: str) -> bool:
    """One word is the other with one letter added ('oreopoulos', 'oreopoulous')."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


# A one-word name met at most this often, with no title or role and no full name to join, is
# more often a company, product or misread word than a person ("Stytch", "Oftentimes", a brand
# named twice in a buying guide). Twice rather than once: CoNLL dev PER 86.8 ->
# 87.0 (FP -9, TP -3), real-dev unchanged.
_LONE_MENTIONS = 2


def _one_letter(text: str) -> bool:
    """'X', 'Q.': a name of one letter, which names no one by itself."""
    return len(text.strip().rstrip(".")) == 1


def _lone_word(group: PersonGroup) -> bool:
    return (
        " " not in group.name
        and (group.role is None or group.role_weak)
        and not (group.role is None and group.named_person)
        and len(group.mentions) <= _LONE_MENTIONS
        and len(group.forms) == 1
    )


def _shares_surname(doc: Doc, span: NameSpan, full: set[int]) -> bool:
    """'Bill and Hillary Clinton': a known given name alone, then 'and', then a
    person's full name (`full`: the starts of the names of two words or more): two people of
    one surname, the first named by the given name alone."""
    return (
        span.end - span.start == 1
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "and"
        and span.end + 1 in full
        and doc[span.start].text[:1].isupper()
        and fold(doc[span.start].text) in first_names()
    )


# (session 13, review 13 F8) given names and their diminutives, data/nicknames.tsv
@cache
def _sets() -> dict[str, frozenset[int]]:
    """Each given name, folded, and the numbers of the sets (lines) it is in, read once."""
    text = resources.files("newsdesk").joinpath("data/nicknames.tsv").read_text("utf-8")
    found: dict[str, set[int]] = {}
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows):
        for name in line.split("\t"):
            found.setdefault(name.strip(), set()).add(number)
    return {name: frozenset(numbers) for name, numbers in found.items()}


def same_given_name(a: str, b: str) -> bool:
    """'Bill' and 'William': two forms of one given name, a set of the file holding both."""
    key_a, key_b = fold(a).rstrip("."), fold(b).rstrip(".")
    if key_a == key_b:
        return True
    return bool(_sets().get(key_a, frozenset()) & _sets().get(key_b, frozenset()))
