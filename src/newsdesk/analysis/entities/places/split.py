"""Place names the model split or shortened: a territory whose name opens with a demonym or a
country's code ('British' + 'Virgin Islands', 'U.S. Virgin Islands', 'French Polynesia', 'Turks
and Caicos Islands'), and the initials the article then writes for it ('BVI')."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsdesk.analysis.entities.spans import NameSpan, make_span
from newsdesk.analysis.gazetteer import Gazetteer
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
