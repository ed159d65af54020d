"""What the human-readable formats show, as plain (unsanitised) strings, from a JSON contract
record (`Brief.to_dict()`, or the same read back from a file): the one place a commitment, a
place or a title is worded, so text, Markdown, the terminal and the HTML page say the same
thing. Each renderer sanitises or escapes these strings for its medium."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.labels import Strength
from newsdesk.model import Record
from newsdesk.render.summary import meta_rows, warning_lines

# Shown for an article with no title (text, the terminal and the HTML page).
UNTITLED = "(untitled)"
# What joins the parts of a trigger whose words are apart in the sentence.
GAP = " … "

__all__ = [
    "UNNAMED",
    "UNTITLED",
    "by_strength",
    "commitment_line",
    "condition",
    "coordinates",
    "meta_rows",
    "per",
    "place_line",
    "title",
    "trigger",
    "trigger_spans",
    "warning_lines",
    "what",
    "what_parts",
    "when",
    "who",
]


def title(record: Record) -> str:
    return str(record.get("title") or UNTITLED)


# How a subject the analysis resolved to no one is shown ("(unnamed: We)"): never bare, so an
# unresolved "we", "I" or "it" does not read as an actor (review 13, F10).
UNNAMED = "(unnamed: {})"
# The apostrophes a contraction starts with ("’ll", "'d"): such a trigger is shown joined to
# the word it belongs to ("they’ll"), never as a fragment.
APOSTROPHES = "'’ʼ"


def who(c: Record) -> str:
    """The resolved actors; when there are none (the analysis resolves a subject to a name of
    the article or to nothing), the subject as written, marked unnamed: "(unnamed: We)"; ""
    when the record has no subject either."""
    actors = ", ".join(map(str, c.get("actors") or []))
    if actors:
        return actors
    written = " ".join(str(c.get("actor_text") or "").split())
    return UNNAMED.format(written) if written else ""


def _bounds(text: str, start: object, end: object) -> tuple[int, int] | None:
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    return None


def trigger_spans(text: str, commitment: Record) -> list[tuple[int, int]]:
    """Where a commitment's trigger is in `text`, as the record says: its `trigger_parts`
    (one span per run of adjacent words: two for "reaffirmed … commitment", so the words
    between are not marked); for a record without them (written before they were), its
    `trigger_start`/`trigger_end`; none when the offsets do not fit `text`."""
    parts = commitment.get("trigger_parts")
    if parts:
        spans = [_bounds(text, p.get("start"), p.get("end")) for p in parts]
        return [s for s in spans if s is not None]
    own = _bounds(text, commitment.get("trigger_start"), commitment.get("trigger_end"))
    return [] if own is None else [own]


def _word_start(text: str, start: int) -> int:
    """Where the word that a span starting at `start` is glued to begins ("they" of
    "they’ll" for the span of "’ll"); `start` itself when the span starts a word."""
    if not (0 < start <= len(text) and text[start - 1].isalnum()):
        return start
    begin = start
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in APOSTROPHES + "-"):
        begin -= 1
    return begin


def trigger(text: str, c: Record) -> str:
    """The trigger in the article's own words ("won't", not the tokens "wo n't"); a trigger
    that is the end of a word ("’ll", "n’t") shown with its whole word ("they’ll"), never as
    a fragment. The record's trigger text when its offsets do not fit `text` (a contraction
    there joined to the subject as written)."""
    spans = trigger_spans(text, c)
    if not spans:
        written = str(c.get("trigger") or "")
        if written[:1] and written[0] in APOSTROPHES and c.get("actor_text"):
            return f"{c['actor_text']}{written}"
        return written
    (first, end), *rest = spans
    spans = [(_word_start(text, first), end), *rest]
    return GAP.join(" ".join(text[s:e].split()) for s, e in spans)


def condition(text: str) -> str:
    """A condition as a reader takes it: "if the board agrees" as written (not "if: if the
    board agrees"); any other ("unless the talks fail", "once the law passes", or a record
    whose condition has no marker) labelled, never read as an "if"."""
    text = " ".join(text.split())
    if text[:3].casefold() == "if ":
        return text
    return f"condition: {text}"


def what_parts(text: str, c: Record) -> tuple[str, str]:
    """(the trigger, the rest): the action, " (negated)" whenever the record is negated (even
    when the trigger says so itself: "won't … (negated)"), and the condition (`condition`)."""
    rest = str(c.get("action") or "")
    if c.get("negated"):
        rest += " (negated)"
    if c.get("conditional"):
        rest += f" ({condition(str(c['conditional']))})"
    trig = trigger(text, c)
    return trig, (f" {rest.lstrip()}" if rest.strip() else "")


def what(text: str, c: Record) -> str:
    """ "won't raise prices (negated) (if the board agrees)": trigger, action, negation,
    condition."""
    trig, rest = what_parts(text, c)
    return (trig + rest).strip()


def _time(c: Record) -> tuple[str, str | None]:
    """The time as written and its resolved value, the value None when the text says it
    already ("2027", "by 2027")."""
    time = c.get("time") or {}
    text = str(time.get("text") or "")
    value = time.get("value")
    if not value or str(value).casefold() in text.casefold():
        return text, None
    return text, str(value)


def when(c: Record) -> str:
    """ "next Thursday (2026-12-03)"; "2027", not "2027 (2027)"."""
    text, value = _time(c)
    if not text:
        return value or ""
    return f"{text} ({value})" if value else text


def per(c: Record) -> str:
    """Who says so, and how: "the minister (direct quote)"."""
    attribution = c.get("attribution") or {}
    text = str(attribution.get("text") or "")
    kind = attribution.get("kind")
    return f"{text} ({kind})" if text and kind else text


def commitment_line(text: str, c: Record) -> str:
    """One commitment on one line (the text format)."""
    actor = who(c)
    line = f"[{c.get('strength', '')}] " + (f"{actor}: " if actor else "") + what(text, c)
    time_text, value = _time(c)
    if time_text:
        line += f" (when: {time_text}" + (f" = {value})" if value else ")")
    if c.get("attribution"):
        attribution = c["attribution"]
        line += f" (per {attribution.get('text', '')}, {attribution.get('kind', '')})"
    return line


def coordinates(p: Record, digits: int) -> str:
    lat, lon = p.get("latitude"), p.get("longitude")
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
        return ""
    return f"{lat:.{digits}f}, {lon:.{digits}f}"


def place_line(p: Record) -> str:
    """ "Oban (city, GB) 56.4152,-5.4714 geonames:2641181" (the text format; the README's
    sample shows this form): kind and country ("?" when not known), then what is known."""
    parts = [f"{p.get('name', '')} ({p.get('kind') or 'place'}, {p.get('country_code') or '?'})"]
    if coordinates(p, 4):
        parts.append(coordinates(p, 4).replace(", ", ","))
    if p.get("geonames_id"):
        parts.append(f"geonames:{p['geonames_id']}")
    return " ".join(parts)


def by_strength(commitments: Sequence[Record]) -> list[tuple[Strength, list[Record]]]:
    """The commitments grouped by strength, firmest first, empty groups left out."""
    groups = [(s, [c for c in commitments if c.get("strength") == s]) for s in Strength]
    return [(s, rows) for s, rows in groups if rows]
