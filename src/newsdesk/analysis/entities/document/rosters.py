"""Results and roster lines: a name before a bracketed country, seed, minute or code is a
person ("Pete Sampras ( U.S. )"); the bracket's country stays a place. (Session 16) In an
article that names people by an initial and a surname on roster-like lines ("H. Varga 71 ,
K. Osei 55"), every name of that shape on such a line is a person's, whatever the model made
of it; so is every name of a line-up that gives each its shirt number ("1 - Tomas Ferreira ,
2 - Ilja Brandvik"), but not a score's side ("Arsenal 3 - Aston Villa 1")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.places import is_country
from newsdesk.analysis.entities.spans import (
    DocView,
    NameSpan,
    make_span,
)
from newsdesk.analysis.entities.words import ORG_WORDS, words
from newsdesk.analysis.gazetteer import Gazetteer, fold

# In a results line a person's country, seed or minute follows the name in brackets:
# "Pete Sampras ( U.S. )", "Cosmin Contra ( 31st )".
_BRACKETED_NUMBER_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)?|pen|penalty|og")
# ... or a country's or party's code: "Novak Djokovic (SRB)", "Jane Roe (D)".
_BRACKETED_CODE_RE = re.compile(r"[A-Z]{1,3}")
_ROSTER_NAME_WORDS = (2, 4)
# A hyphen or dash as the tokenizer splits it off ('Anne-Marie', '4 - Tomas Ferreira').
_DASHES = frozenset({"-", "–", "—"})
# (Session 16 fix) 'Ex-', 'Anti-', 'Pro-': prefixes, never a hyphenated given name's first part.
_HYPHEN_PREFIXES = words("hyphen_prefixes")


def _roster_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """The name-shaped run of tokens ending just before `end`, if there is one."""
    start = end
    lo, hi = _ROSTER_NAME_WORDS
    while (
        start > 0
        and end - start < hi
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if (
        start > 0
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].is_sent_start
        and end - start < hi
    ):
        start -= 1
    if end - start < lo or any(doc[i].lower_ in ORG_WORDS for i in range(start, end)):
        return None
    return _hyphen_joined(doc, start), end


def _hyphen_joined(doc: Doc, start: int) -> int:
    """(Session 16) 'Marie-[Orsolya Brandvik]': the first part of a hyphenated given name, which the
    tokenizer splits off at the hyphen, belongs to the name that starts after it. (Fix) Only a
    name-shaped first part joins: a known given name, or a word the model put in one entity
    with the name; never a prefix ('Ex-[Soviet Ivan Petrov]')."""
    while (
        start >= 2
        and doc[start - 1].text in _DASHES
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
        and doc[start - 2].text[:1].isupper()
        and doc[start - 2].lower_ not in _HYPHEN_PREFIXES
        and (fold(doc[start - 2].text) in first_names() or _one_entity(doc, start - 2, start))
    ):
        start -= 2
    return start


def _one_entity(doc: Doc, i: int, j: int) -> bool:
    """Tokens i and j lie in one entity of the model's."""
    return doc[i].ent_iob_ != "O" and all(doc[k].ent_iob_ == "I" for k in range(i + 1, j + 1))


# How many words before a bracket may give an acronym's letters ("Federation of Master Builders").
_ACRONYM_WINDOW = 6


def acronym_of(doc: Doc, end: int, code: str) -> bool:
    """Whether `code`'s letters are, in order, initials of the words before `end`."""
    initials = [t.text[0].upper() for t in doc[max(0, end - _ACRONYM_WINDOW) : end] if t.is_alpha]
    it = iter(initials)
    return len(code) > 1 and all(c in it for c in code)


# A roster's bracket closes within this many tokens of its opening ("( U.S. )", "( Czech
# Republic )"): further, it is an aside, not a country.
_BRACKET_REACH = 5


def roster_people(doc: Doc, view: DocView, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """Names in results and roster lines ('1 - Pete Sampras ( U.S. ) beat Jiri Novak (
    Czech Republic )') are people whatever the model made of them; the bracket's country
    stays a place."""
    found: list[NameSpan] = []
    for i in (i for i, w in enumerate(view.words) if w == "(" and i >= 2):
        tok = doc[i]
        close = next(
            (
                j
                for j in range(tok.i + 2, min(tok.i + _BRACKET_REACH, len(doc)))
                if doc[j].text == ")"
            ),
            None,
        )
        if close is None:
            continue
        inside = doc[tok.i + 1 : close].text
        if not (
            _BRACKETED_NUMBER_RE.fullmatch(inside.lower())
            or _BRACKETED_CODE_RE.fullmatch(inside)
            or is_country(gaz, inside)
        ):
            continue
        if _BRACKETED_CODE_RE.fullmatch(inside) and acronym_of(doc, tok.i, inside):
            continue  # "Massachusetts General Hospital (MGH)": the name's own initials
        run = _roster_name(doc, tok.i)
        if run is None or gaz.lookup(doc[run[0] : run[1]].text):
            continue
        found.append(make_span(doc, run[0], run[1], "PERSON"))
    found += _numbered(doc, spans, found, gaz)
    found += _initialled(doc, spans, found, gaz)
    if not found:
        return spans
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted([*kept, *found], key=lambda s: s.start)


# (Session 16) A name of an initial and a surname: 'H. Varga', "T. O'Dell", 'B. McAra'.
_INITIAL_RE = re.compile(r"[A-Z]\.")
_SURNAME_RE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+")
# The model's people of that shape an article must name before the shape alone makes a person:
# scorecards and results name dozens so; prose seldom names two ('J. Smith' in a reference
# list is a citation's, read by `people.citations`).
MIN_INITIALLED_PEOPLE = 2


def _initialled_at(doc: Doc, i: int) -> bool:
    """Tokens i, i+1 are an initial and a surname on one line, with no capitalised word right
    before the initial or right after the surname on that line (no longer name's part)."""
    if i + 1 >= len(doc) or not _INITIAL_RE.fullmatch(doc[i].text):
        return False
    if not _SURNAME_RE.fullmatch(doc[i + 1].text) or "\n" in doc[i].whitespace_:
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text[:1].isupper() and "\n" not in before.whitespace_:
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    return not (
        after is not None and after.text[:1].isupper() and "\n" not in doc[i + 1].whitespace_
    )


# (Session 16 fix) A roster-like line, where the shape alone makes a person, holds a number and
# is no prose: of its words and numbers (punctuation aside), at most this share are lower-case
# words of three letters or more ('K. Spiring 130 not out , S. Rhodes 57 ;' is a scorecard,
# 'Researchers J. Smith and K. Jones led the 2020 study' prose) ...
MAX_ROSTER_PROSE_SHARE = 1 / 3
_PROSE_WORD_LETTERS = 3
# ... unless it has fewer such words than this ('R. Irani not out 45').
MIN_PROSE_WORDS = 3
# 'E. Timor', 'W. Bengal': a compass initial before a place's word is the place's.
_COMPASS_INITIALS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West"}


def _roster_lines(doc: Doc) -> list[bool]:
    """For each token, whether its line is roster-like (see `MAX_ROSTER_PROSE_SHARE`). (Fix 2)
    A line ends at a newline in a token's trailing space or at a token of its own: the model
    makes '\n' a token, which a line's count of words leaves out. A line of no number and no
    prose word counts beside a roster-like line ('Did Not Bat : A. Mullally .' below a
    batting card's last line)."""
    lines: list[list[int]] = []
    line: list[int] = []
    for tok in doc:
        line.append(tok.i)
        if "\n" in tok.whitespace_ or "\n" in tok.text or tok.i == len(doc) - 1:
            lines.append(line)
            line = []
    numbered: list[bool] = []
    plain: list[bool] = []  # no prose word at all
    for toks_i in lines:
        toks = [doc[k] for k in toks_i if not (doc[k].is_punct or doc[k].is_space)]
        prose = [t for t in toks if t.is_alpha and t.is_lower and len(t) >= _PROSE_WORD_LETTERS]
        few = len(prose) < MIN_PROSE_WORDS or len(prose) <= MAX_ROSTER_PROSE_SHARE * len(toks)
        numbered.append(few and any(any(c.isdigit() for c in t.text) for t in toks))
        plain.append(bool(toks) and not prose)
    words = [k for k, toks_i in enumerate(lines) if any(not doc[i].is_space for i in toks_i)]
    out: list[bool] = []
    for n, toks_i in enumerate(lines):
        roster = numbered[n]
        if not roster and plain[n] and n in words:
            at = words.index(n)
            beside = words[max(0, at - 1) : at] + words[at + 1 : at + 2]
            roster = any(numbered[m] for m in beside)
        out += [roster] * len(toks_i)
    return out


def _known_word(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """The surname at i + 1 is an English word no surname list holds ('C. Doctors'), a firm's
    word, or the name is a place's ('W. Virginia', 'E. Timor')."""
    surname = doc[i + 1].text
    # a verb's, an adjective's or an adverb's word, or a plural noun ('Doctors'): WordNet's
    # nouns alone hold surnames and peoples ('Irani', 'Spiring' of 'spire')
    english = is_english_word(surname, nouns=False) or (
        surname.endswith("s") and is_english_word(surname)
    )
    if english and fold(surname) not in surnames():
        return True
    if doc[i + 1].lower_ in ORG_WORDS or gaz.lookup(surname):
        return True
    side = _COMPASS_INITIALS.get(doc[i].text)
    return side is not None and bool(gaz.lookup(f"{side} {surname}"))


def _initialled(
    doc: Doc, spans: list[NameSpan], found: list[NameSpan], gaz: Gazetteer
) -> list[NameSpan]:
    """(Session 16) Every name of an initial and a surname ('H. Varga', 'K. Osei') that no
    person holds yet, in an article whose model tagged at least `MIN_INITIALLED_PEOPLE` such
    names people: a scorecard's or a results list's way of naming players, which the model
    tags a firm, a nationality, a number or nothing as often as a person. (Fix) Only on
    roster-like lines, the model's people counted there too; no English word, firm's word or
    place as the name."""
    roster = _roster_lines(doc)
    people = [
        s
        for s in spans
        if s.label == "PERSON"
        and s.end - s.start == 2
        and roster[s.start]
        and _initialled_at(doc, s.start)
    ]
    if len(people) < MIN_INITIALLED_PEOPLE:
        return []
    held = {i for s in [*people, *found] for i in range(s.start, s.end)}
    out: list[NameSpan] = []
    for i in range(len(doc) - 1):
        if i in held or i + 1 in held or not roster[i] or not _initialled_at(doc, i):
            continue
        if _known_word(doc, i, gaz):
            continue
        out.append(make_span(doc, i, i + 2, "PERSON"))
    return out


# (Session 16) A line-up gives each player's number before the name: '15 - Tomas Ferreira'.
# A line-up line has at least this many numbered names, and the model tagged one of them a
# person at least: a line of three 'N - Name' items is a team sheet, not a score line.
MIN_NUMBERED_NAMES = 3


def _numbered_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name after 'N -' at token i (a number), two to four capitalised words on its line."""
    if i + 3 >= len(doc) or not doc[i].like_num or doc[i + 1].text not in _DASHES:
        return None
    if "\n" in doc[i].whitespace_ or "\n" in doc[i + 1].whitespace_:
        return None
    start = end = i + 2
    lo, hi = _ROSTER_NAME_WORDS
    while (
        end < len(doc)
        and end - start < hi
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
        and (end == start or "\n" not in doc[end - 1].whitespace_)
    ):
        end += 1
    return (start, end) if end - start >= lo else None


def _player(doc: Doc, i: int, start: int, end: int, gaz: Gazetteer) -> bool:
    """(Fix 2) A numbered name is a player's unless it holds a firm's word, is a place the
    gazetteer knows, or is a score's side."""
    if any(doc[k].lower_ in ORG_WORDS for k in range(start, end)):
        return False
    return not gaz.lookup(doc[start:end].text) and not _score_side(doc, i, end)


def _score_side(doc: Doc, i: int, end: int) -> bool:
    """(Session 16 fix) 'Arsenal 3 - Aston Villa 1': a score's side has both sides' shape, a
    name right before the number and a plain number right after the name (not a minute,
    '( 14 - Sabri Lamouchi 87th )'), on its line. (Fix 2) A team's name before the first
    shirt number alone ('Harwick 1 - Tomas Ferreira ,') makes no score."""
    after = doc[end] if end < len(doc) and "\n" not in doc[end - 1].whitespace_ else None
    if after is None or not after.text.isdigit():
        return False
    before = doc[i - 1] if i > 0 and "\n" not in doc[i - 1].whitespace_ else None
    return before is not None and before.is_alpha and before.text[:1].isupper()


def _numbered(
    doc: Doc, spans: list[NameSpan], found: list[NameSpan], gaz: Gazetteer
) -> list[NameSpan]:
    """(Session 16) The names of a line-up line ('1 - Tomas Ferreira , 2 - Ilja Brandvik ,
    4 - Remy Dufour ( 12 - Halvard Noor , 70th )'): at least `MIN_NUMBERED_NAMES` names after a
    number and a dash on one line, one of them tagged a person by the model; each such name
    that is a player's (`_player`) is a person. (Fix 2) Whether the line counts is decided on
    every numbered name, dropped or not: a dropped item never takes its line's other names."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    held = {i for s in found for i in range(s.start, s.end)}
    lines: dict[int, list[tuple[int, int, int]]] = {}
    line = 0
    for i, tok in enumerate(doc):
        run = _numbered_name(doc, i)
        if run is not None:
            lines.setdefault(line, []).append((i, *run))
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            line += 1
    out: list[NameSpan] = []
    for runs in lines.values():
        if len(runs) < MIN_NUMBERED_NAMES:
            continue
        if not any(k in people for _, a, b in runs for k in range(a, b)):
            continue
        for i, a, b in runs:
            if any(k in held for k in range(a, b)) or not _player(doc, i, a, b, gaz):
                continue
            out.append(make_span(doc, a, b, "PERSON"))
    return out
