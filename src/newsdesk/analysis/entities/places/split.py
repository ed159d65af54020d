"""Place names the model split or shortened: a territory whose name opens with a demonym or a
country's code ('British' + 'Virgin Islands', 'U.S. Virgin Islands', 'French Polynesia', 'Turks
and Caicos Islands'), and the initials the article then writes for it ('BVI')."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsdesk.analysis.entities.places.common import place_words
from newsdesk.analysis.entities.spans import NameSpan, make_span
from newsdesk.analysis.gazetteer import Gazetteer, fold
from newsdesk.labels import PlaceKind

# The longest country or territory name looked for, in tokens ('Saint Vincent and the
# Grenadines' is five; 'South Georgia and the South Sandwich Islands' is left out).
_MAX_NAME_TOKENS = 5

# Small words a country's name may hold between its capitalised words.
_NAME_GLUE = frozenset({"and", "the", "of", "&"})

# Initials are this many capitals ('BVI', 'USVI'); two letters are too often a code or an
# abbreviation of something else ('PR' for public relations).
_MIN_INITIALS, _MAX_INITIALS = 3, 5


def whole_names(
    doc: Doc, spans: list[NameSpan], ents: tuple[SpacySpan, ...], gaz: Gazetteer
) -> list[NameSpan]:
    """The spans with every country or territory name the model split or left untagged, as
    one span in place of its parts: a run of capitalised words (and 'and', 'the', 'of' between
    them) that is a country's main name and that no longer name of the model holds ('the
    Cayman Islands Monetary Authority' is an organisation's name)."""
    spans = [s for s in spans if not _stray_code(doc, s, spans, gaz)]
    found: list[NameSpan] = []
    i = 0
    while i < len(doc):
        if not _capitalised(doc, i):
            i += 1
            continue
        end = _country_run(doc, i, gaz)
        label = "GPE"
        if end is None:
            end, label = _hand_kept_run(doc, i, gaz), "LOC"
        if end is None and _untagged_state_code(doc, i, spans, gaz):
            end, label = i + 1, "GPE"
        if end is None or _inside_other_name(i, end, ents) or _already(spans, i, end):
            i += 1
            continue
        found.append(make_span(doc, i, end, label))
        i = end
    if not found:
        return spans
    taken = {t for s in found for t in range(s.start, s.end)}
    kept = [s for s in spans if not any(t in taken for t in range(s.start, s.end))]
    return sorted([*kept, *found], key=lambda s: s.start)


# (session 15) Capitalised words written after a place's name for its wider area
# (data/place-words.json): 'New York City Metropolitan Area' is New York City. An adjective
# makes an area only before an area noun ('Manchester Metropolitan' is a university).
_AREA_NOUNS = place_words("area_nouns")
_AREA_WORDS = _AREA_NOUNS | place_words("area_adjectives")


def without_area_descriptor(doc: Doc, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """The spans with a known place's name followed by area words only ('New York City
    Metropolitan Area', 'the New York City Metropolitan area', 'Denver Metro') cut to the
    place's name: one entry with the place named alone ("each place is one entry",
    docs/entities.md), not a second one unknown to the gazetteer. A name the gazetteer knows
    whole ('Kurdistan Region') is left."""
    out: list[NameSpan] = []
    for s in spans:
        end = s.end
        while end - 1 > s.start and doc[end - 1].lower_ in _AREA_WORDS:
            end -= 1
        after = doc[s.end].text if s.end < len(doc) else ""
        if (
            end < s.end
            and all(doc[i].text[:1].isupper() for i in range(end, s.end))
            and (doc[s.end - 1].lower_ in _AREA_NOUNS or (after.islower() and after in _AREA_NOUNS))
            and not gaz.lookup(s.text)
            and gaz.lookup(doc[s.start : end].text)
        ):
            s = make_span(doc, s.start, end, s.label)
        out.append(s)
    return out


def heading_places(doc: Doc, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """(session 15) The spans with a country or first-level region named alone on its own
    line that the model left untagged ('Illinois' as a section's heading), added where the
    article vouches for it: the same name is a place span elsewhere, or a line up to
    `_HEADING_REACH` lines before or after is one place span whole (a list of places, one a
    line, maybe each with a line of its own below; a name so added vouches for the next).
    Untagged names in running text are not read."""
    named = {fold(s.text) for s in spans}
    whole = {(s.start, s.end) for s in spans}
    lines = _lines(doc)
    waiting = [n for n, (a, b) in enumerate(lines) if _untagged_unit(doc, a, b, spans, gaz)]
    found: list[NameSpan] = []
    while True:
        vouched = [n for n in waiting if _vouched(doc, lines, n, named, whole)]
        if not vouched:
            break
        for n in vouched:
            start, end = lines[n]
            found.append(make_span(doc, start, end, "GPE"))
            whole.add((start, end))
        waiting = [n for n in waiting if n not in vouched]
    if not found:
        return spans
    return sorted([*spans, *found], key=lambda s: s.start)


def _untagged_unit(doc: Doc, start: int, end: int, spans: list[NameSpan], gaz: Gazetteer) -> bool:
    """The line is a country's or a first-level region's main name alone, untagged."""
    if end - start > _MAX_HEADING_TOKENS or _already(spans, start, end):
        return False
    if not all(
        _capitalised(doc, i) and doc[i].ent_type_ in _MISSED_PLACE_LABELS for i in range(start, end)
    ):
        return False
    return any(
        primary and p.kind in (PlaceKind.region, PlaceKind.country)
        for p, primary in gaz.lookup(doc[start:end].text)
    )


def _vouched(
    doc: Doc,
    lines: list[tuple[int, int]],
    n: int,
    named: set[str],
    whole: set[tuple[int, int]],
) -> bool:
    start, end = lines[n]
    if fold(doc[start:end].text) in named:
        return True
    return any(
        lines[m] in whole
        for m in range(n - _HEADING_REACH, n + _HEADING_REACH + 1)
        if 0 <= m < len(lines) and m != n
    )


# How many lines off a place line of the same list may stand: the next line, or the one after
# it where each place heads a line of its own ('Texas' / 'Austin agencies' / 'Illinois').
_HEADING_REACH = 2
# The most tokens a heading line naming one place may hold ('Bosnia and Herzegovina').
_MAX_HEADING_TOKENS = _MAX_NAME_TOKENS


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the doc's lines (line breaks are whitespace tokens holding a
    newline; blank lines hold none)."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for tok in doc:
        if not tok.is_space:
            start = tok.i if start is None else start
        elif "\n" in tok.text and start is not None:
            found.append((start, tok.i))
            start = None
    if start is not None:
        found.append((start, len(doc)))
    return found


def initials_of_places(doc: Doc, spans: list[NameSpan]) -> list[tuple[NameSpan, str]]:
    """The initials of a place of three words or more the article names ('the British Virgin
    Islands' ... 'BVI officials'): each such token with the name it stands for, unless it is
    already a place span or part of a longer entity name ('the BVI Financial Services
    Commission')."""
    wanted: dict[str, str] = {}
    for s in spans:
        words = [w for w in s.text.split() if w.lower() not in _NAME_GLUE and w[:1].isupper()]
        if len(words) >= _MIN_INITIALS:
            wanted.setdefault("".join(w[0] for w in words), s.text)
    if not wanted:
        return []
    taken = {t for s in spans for t in range(s.start, s.end)}
    return [
        (make_span(doc, tok.i, tok.i + 1, "GPE"), wanted[tok.text])
        for tok in doc
        if tok.text in wanted
        and _MIN_INITIALS <= len(tok.text) <= _MAX_INITIALS
        and tok.i not in taken
        and (not tok.ent_type_ or _ent_text(doc, tok.i) == tok.text)
    ]


def _ent_text(doc: Doc, i: int) -> str:
    """The text of the model's entity that holds token i."""
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return str(ent.text)
    return ""


def _capitalised(doc: Doc, i: int) -> bool:
    return doc[i].text[:1].isupper()


def _country_run(doc: Doc, start: int, gaz: Gazetteer) -> int | None:
    """The end of the longest run from `start` (two words or more) that is a country's main
    name, if there is one."""
    best = None
    for end in range(start + 2, min(len(doc), start + _MAX_NAME_TOKENS) + 1):
        last = doc[end - 1]
        if not (_capitalised(doc, end - 1) or last.lower_ in _NAME_GLUE):
            break
        if last.lower_ in _NAME_GLUE:
            continue
        if any(
            primary and p.kind == PlaceKind.country
            for p, primary in gaz.lookup(doc[start:end].text)
        ):
            best = end
    return best


# (round 12) The labels a hand-kept name's words may carry when the model missed the place:
# none, or a time's or an event's ('in the New World', 'the New World' taken for an event);
# an organisation's or a work's name is what the model says ('Sierra Nevada' the company).
_MISSED_PLACE_LABELS = frozenset({"", "DATE", "EVENT"})


def _hand_kept_run(doc: Doc, start: int, gaz: Gazetteer) -> int | None:
    """(round 12) The end of the longest run from `start` (two words or more, capitalised)
    that is a macro-region's, sea's or feature's name of the hand-kept list ('the New World',
    'the Near East') which the model left untagged or took for a date or an event, if any."""
    if doc[start].lower_ in _NAME_GLUE:  # 'The New World': the name starts after 'The'
        return None
    best = None
    for end in range(start + 2, min(len(doc), start + _MAX_NAME_TOKENS) + 1):
        last = doc[end - 1]
        if not (_capitalised(doc, end - 1) or last.lower_ in _NAME_GLUE):
            break
        if last.ent_type_ not in _MISSED_PLACE_LABELS:
            break
        if last.lower_ in _NAME_GLUE or doc[start].ent_type_ not in _MISSED_PLACE_LABELS:
            continue
        if gaz.hand_kept(doc[start:end].text):
            best = end
    return best


# (round 13) A region's code after a place is written in capitals, two letters ('MI', 'TN',
# 'ON') or, for Australia's states, three ('NSW', 'QLD', 'VIC': gazetteer-region-codes.tsv).
_STATE_CODE_LETTERS = (2, 3)


def _untagged_state_code(doc: Doc, i: int, spans: list[NameSpan], gaz: Gazetteer) -> bool:
    """(round 13) A first-level region's code (two or three capitals) that the model left
    untagged, right after a place and a comma ('Middleville, MI, employs', 'Dubbo, NSW'): the
    town's qualifier, a place as its tagged neighbours ('Marion, OH') are. A code after a name
    that is no place ('Smith, MD') is not read."""
    tok = doc[i]
    if (
        tok.ent_type_
        or not _STATE_CODE_LETTERS[0] <= len(tok.text) <= _STATE_CODE_LETTERS[1]
        or not tok.text.isalpha()
        or not tok.text.isupper()
        or i < 2
        or doc[i - 1].text != ","
        or not any(s.end == i - 1 for s in spans)  # the place spans only
    ):
        return False
    return any(p.kind == PlaceKind.region and not primary for p, primary in gaz.lookup(tok.text))


def _stray_code(doc: Doc, span: NameSpan, spans: list[NameSpan], gaz: Gazetteer) -> bool:
    """(round 13) A Canadian or Australian region's code the model tagged as a place that
    follows no place and comma ('Michael Fitton, QC, defending': Queen's Counsel, not Quebec):
    such a code is read only as a town's qualifier ('Gatineau, QC')."""
    if not gaz.coded_only(span.text):
        return False
    i = span.start
    return not (i >= 2 and doc[i - 1].text == "," and any(s.end == i - 1 for s in spans))


def _inside_other_name(start: int, end: int, ents: tuple[SpacySpan, ...]) -> bool:
    """A longer name holds the run ('the Cayman Islands Monetary Authority', 'the Hong Kong
    Open', 'the United States Tennis Association', whatever the model tagged them); a
    demonym beside it is no such name ('British' + 'Virgin Islands')."""
    for e in ents:
        first = e.start + 1 if e[0].lower_ == "the" else e.start
        if e.label_ != "NORP" and first <= start and end <= e.end and e.end - first > end - start:
            return True
    return False


def _already(spans: list[NameSpan], start: int, end: int) -> bool:
    """A span already names exactly this run."""
    return any(s.start == start and s.end == end for s in spans)
