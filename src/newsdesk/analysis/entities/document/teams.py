"""Teams: in a results or standings line, a town's name followed by a score is a team, and so
is every other mention of that name in the article (a country's name stays a place: national
sides are written as their country)."""

from __future__ import annotations

import re

from newsdesk.analysis.doctext import line_bounds
from newsdesk.analysis.entities.places import is_country
from newsdesk.analysis.entities.spans import (
    PLACE_LABELS,
    DocView,
    NameSpan,
)
from newsdesk.analysis.gazetteer import Gazetteer, fold

# A score after a name: "Florida 10", "Surrey 429-7", "Durham 114"; a year is not one.
_SCORE_RE = re.compile(r"\d{1,3}(?:-\d{1,3})?")
# Numbers a results or standings line has besides the score ("Atlanta 5 PITTSBURGH 1").
_MIN_NUMBERS_IN_RESULTS_LINE = 2


def followed_by_score(view: DocView, span: NameSpan) -> bool:
    if span.end >= len(view.words) or not _SCORE_RE.fullmatch(view.words[span.end]):
        return False
    start, end = line_bounds(view.text, span.start_char, span.end_char)
    line = view.text[start:end]
    return len(re.findall(r"\d+", line)) >= _MIN_NUMBERS_IN_RESULTS_LINE


def team_names(view: DocView, spans: list[NameSpan], gaz: Gazetteer) -> set[str]:
    """The folded names the article shows to be teams: followed by a score somewhere."""
    return {
        fold(s.text)
        for s in spans
        if s.label in (*PLACE_LABELS, "PERSON", "ORG")
        and followed_by_score(view, s)
        and gaz.lookup(s.text)
        and not is_country(gaz, s.text)
    }
