"""US sports positions written between a team and a player: 'Steelers QB Mason Rudolph',
'Browns DL Sheldon Richardson' (review 13, F9). The position abbreviation is no part of the
name; with the team before it, written out, it is the player's role ('Steelers quarterback')."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.spans import NameSpan, is_title, make_span

# A team's name before a position has at most this many words ('New England Patriots').
_MAX_TEAM_WORDS = 3


@cache
def _positions() -> dict[str, str]:
    """'qb' -> 'quarterback' (`sports_positions` of data/people-words.json), read once."""
    path = resources.files("newsdesk").joinpath("data/people-words.json")
    value = json.loads(path.read_text("utf-8"))["sports_positions"]
    assert isinstance(value, dict)
    return {str(k): str(v) for k, v in value.items()}


def is_position(doc: Doc, k: int) -> bool:
    """Token k is a position abbreviation in capitals ('QB', not 'Qb' or 'de') right before a
    capitalised word: a player's name follows it."""
    tok = doc[k]
    return (
        tok.is_upper
        and tok.lower_ in _positions()
        and k + 1 < len(doc)
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].is_alpha
        and not doc[k + 1].is_upper
    )


def cut_position(doc: Doc, span: NameSpan) -> NameSpan:
    """'Browns DL Sheldon Richardson', 'WR Julian Edelman' -> the name after the position, when
    two words or more of it are left."""
    for k in range(span.start, span.end - 2):
        if is_position(doc, k):
            return make_span(doc, k + 1, span.end, span.label)
    return span


def position_title(doc: Doc, start: int) -> str | None:
    """The role a position right before the name gives, with its team: 'Steelers QB Mason
    Rudolph' -> 'Steelers quarterback'; 'QB Mason Rudolph' -> 'quarterback'."""
    if start < 1 or not is_position(doc, start - 1):
        return None
    position = _positions()[doc[start - 1].lower_]
    team: list[Token] = []
    i = start - 2
    while (
        i >= 0
        and len(team) < _MAX_TEAM_WORDS
        and doc[i].text[:1].isupper()
        and doc[i].is_alpha
        and doc[i].pos_ in ("PROPN", "NOUN")
        and not is_title(doc[i])
    ):
        team.insert(0, doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    return " ".join([*(t.text for t in team), position])
