"""Country names the model left untagged ("Belarus" in a table) are places, and so is a
first-level region's name that fills a table cell ("Iowa" in a table of states), a place's main
name between two places of a list ("Java, Sumatra, Sulawesi and Bali"), a big place's main name
closing a list after a place ("to Mombasa and Kisumu"), a country's code modifying an
organisation word or a title inside another name ("the US Senate") and (session 28) a bare
compass region led as a region's name beside another region of its country the model tagged
("the Midwest ... and the Northeast 25")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from newsdesk.analysis.doctext import line_bounds, opens_line
from newsdesk.analysis.entities.document.common import MAX_COUNTRY_WORDS
from newsdesk.analysis.entities.places import (
    AROUND,
    big_place,
    country_code_modifier,
    country_region_word,
    is_country,
    main_place_name,
    place_word,
    place_words,
)
from newsdesk.analysis.entities.spans import (
    PLACE_LABELS,
    DocView,
    NameSpan,
    make_span,
)
from newsdesk.analysis.gazetteer import Gazetteer, fold, load_compass_regions
from newsdesk.labels import PlaceKind


def _runs(view: DocView, covered: set[int]) -> Iterator[tuple[int, int]]:
    """Runs of capitalised proper-noun tokens outside every span."""
    i, n = 0, len(view.words)
    while i < n:
        j = i
        while j < n and j not in covered and view.pos[j] == "PROPN" and view.words[j][:1].isupper():
            j += 1
        if j > i:
            yield i, j
            i = j
        else:
            i += 1


def untagged_countries(
    doc: Doc, view: DocView, covered: set[int], gaz: Gazetteer
) -> list[NameSpan]:
    """Country names the model left without a label ('Vasily Kaptyukh ( Belarus ) 66.24'),
    and the other untagged places of the module's list: a region's name in a table cell, a
    place's main name inside or closing a list of places, and (whatever name the model put it
    in) a country's code before an organisation word or a title ('the US Senate')."""
    found: list[NameSpan] = []
    countries: set[str] | None = None  # the countries of the model's places, read once
    for start, end in _runs(view, covered):
        if end - start > MAX_COUNTRY_WORDS:
            continue
        text = doc[start:end].text
        slot = _in_place_slot(doc, start)
        if slot and countries is None:
            countries = _tagged_countries(doc, gaz)
        if (
            (
                slot
                and countries
                and not any(t.ent_type_ for t in doc[start:end])
                and _town_of(gaz, text, countries)
            )
            or is_country(gaz, text)
            or (_table_cell(doc, start, end) and _region_name(gaz, text))
            or (_big_place_name(gaz, text) and _column_of_places(doc, view, start, end))
            or (_between_places(doc, start, end, gaz) and main_place_name(gaz, text))
            or (_closes_list_of_places(doc, start, end, gaz) and _big_place_name(gaz, text))
        ):
            found.append(make_span(doc, start, end, "GPE"))
    return found + _country_modifiers(doc, gaz) + _compass_regions(doc, covered, gaz)


# Words before a capitalised bare compass word that make it a region's name ('the South').
_REGION_LEADS = place_words("compass_region_leads")


def _compass_regions(doc: Doc, covered: set[int], gaz: Gazetteer) -> list[NameSpan]:
    """(Session 28) 'The West houses 37 and the Northeast 25': a bare compass word of a
    country's region (`load_compass_regions`) the model left with no label, led as a region's
    name is ('the', 'out', 'back') and no first word of a longer name ('the Northeast
    Conference'), where the model tags another compass or hand-kept region of that country
    as a place in the article ('the Midwest'): a place candidate, which
    `places.parts.compass_region` reads as the tagged ones are."""
    tagged = {fold(t.text) for t in doc if t.ent_type_ in PLACE_LABELS}
    found: list[NameSpan] = []
    for i in range(1, len(doc)):
        token = doc[i]
        if (
            i in covered
            or token.ent_type_
            or not token.text.istitle()
            or doc[i - 1].lower_ not in _REGION_LEADS
            or (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start)
        ):
            continue
        regions = load_compass_regions().get(token.lower_, ())
        if any(
            region.country_code
            and any(
                country_region_word(gaz, w, region.country_code) for w in tagged - {token.lower_}
            )
            for region in regions
        ):
            found.append(make_span(doc, i, i + 1, "LOC"))
    return found


def _country_modifiers(doc: Doc, gaz: Gazetteer) -> list[NameSpan]:
    """Countries' codes modifying an organisation word or a title inside whatever name
    the model made of them ('the US Senate', 'a U.S. Marshal'; `places.country_code_modifier`)."""
    return [
        make_span(doc, i, i + 1, "GPE")
        for i in range(len(doc) - 1)
        if doc[i].ent_type_ not in PLACE_LABELS and country_code_modifier(doc, i, gaz)
    ]


def _between_places(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The run is an item of a list of places, with a place on both sides ('Java,
    Sumatra, Sulawesi and Bali', the model having left 'Sumatra' untagged)."""
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != ",":
        return False
    if doc[end].text != "," and doc[end].lower_ not in ("and", "or"):
        return False
    return place_word(doc[start - 2], gaz) and place_word(doc[end + 1], gaz)


def _closes_list_of_places(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """The run closes a list after a place ('to Mombasa and Kisumu, police said',
    the model having left 'Kisumu' untagged): 'and'/'or' before it, a place before that, and
    no capitalised word after it (not 'Mombasa and Kisumu Road')."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "or"):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper() and not after.is_sent_start:
        return False
    return place_word(doc[start - 2], gaz)


def _big_place_name(gaz: Gazetteer, text: str) -> bool:
    """The main name of a country, a first-level region or a town of 100,000+
    (`places.big_place`: a famous name, not a village that shares a word: 'Mombasa and
    Kisumu', not 'Paris and Hilton')."""
    return any(primary and big_place(p) for p, primary in gaz.lookup(text))


# What stands between the cells of a table row, or ends one.
_CELL_BREAKS = ("\t", "|", "\n")


def _table_cell(doc: Doc, start: int, end: int) -> bool:
    """The run fills a cell of a table row ('8\tIowa\t$44.50'): a tab or a bar on one side, a
    tab, bar or line break on the other."""
    before = doc[start - 1].text if start > 0 else "\n"
    after = doc[end].text if end < len(doc) else "\n"
    sides = (before, after)
    return all(any(b in t for b in _CELL_BREAKS) for t in sides) and any(
        "\t" in t or "|" in t for t in sides
    )


def _region_name(gaz: Gazetteer, text: str) -> bool:
    """The main name of a first-level region ('Iowa' in a table of states)."""
    return any(p.kind == PlaceKind.region and primary for p, primary in gaz.lookup(text))


# (Session 31) A row of a two-column table of names and one value each: "Phoenix $39,500",
# "Oslo 4.2%". The name, then one amount: a currency sign or not, a number, a unit or not.
_NAME_VALUE_ROW = re.compile(
    r"(?P<name>[A-Z][^\d$€£¥\t|]*?)[ \t]+[$€£¥]?[0-9][0-9,.]*[ \t]?[%kKmMbB]?"
)
# The rows of a column whose names the model tagged places, at least, for an untagged big
# place's name among them to be one too: three rows and half the column's (a column of towns,
# not one town over a column of products or people).
_MIN_COLUMN_PLACES = 3


def _column_of_places(doc: Doc, view: DocView, start: int, end: int) -> bool:
    """(Session 31) The run is the name of a row of a two-column table of names and values
    ("Austin $39,400" / "Chicago $44,700" / ... , one row a line), where the model tagged the
    names of three rows or more, and half the rows or more, as places: the model left
    "Philadelphia $40,000" and "Phoenix $39,500" of such a column of cities untagged. The rows
    run up and down from the run's own line while they keep that shape."""
    text = view.text
    if not opens_line(doc, start):
        return False
    line = line_bounds(text, doc[start].idx, doc[start].idx)
    row = _NAME_VALUE_ROW.fullmatch(text[line[0] : line[1]].rstrip())
    if row is None or row.group("name").rstrip() != doc[start:end].text:
        return False
    rows, tagged = 1, 0
    for step in (-1, 1):
        at: tuple[int, int] | None = line
        while at is not None:
            at = _next_line(text, at, step)
            nxt = None if at is None else _NAME_VALUE_ROW.fullmatch(text[at[0] : at[1]].rstrip())
            if at is None or nxt is None:
                break
            rows += 1
            span = doc.char_span(at[0], at[0] + len(nxt.group("name").rstrip()))
            tagged += span is not None and all(t.ent_type_ in PLACE_LABELS for t in span)
    return tagged >= _MIN_COLUMN_PLACES and 2 * tagged >= rows


def _next_line(text: str, line: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The line right above (`step` -1) or below (+1) `line`, or None at the text's edge."""
    if step < 0:
        if line[0] == 0:
            return None
        return line_bounds(text, line[0] - 1, line[0] - 1)
    if line[1] >= len(text):
        return None
    return line_bounds(text, line[1] + 1, line[1] + 1)


def _in_place_slot(doc: Doc, start: int) -> bool:
    """(Session 31) The run comes right after a preposition of place ('in', 'near', 'outside';
    `around` in place-words.json) and does not open its sentence."""
    return start > 0 and doc[start - 1].lower_ in AROUND and not doc[start].is_sent_start


def _tagged_countries(doc: Doc, gaz: Gazetteer) -> set[str]:
    """The countries of the names the model tagged places, each read as the gazetteer's main
    names of it (a country, a region or a town)."""
    return {
        p.country_code
        for e in doc.ents
        if e.label_ in PLACE_LABELS
        for p, primary in gaz.lookup(e.text)
        if primary and p.country_code
    }


def _town_of(gaz: Gazetteer, text: str, countries: set[str]) -> bool:
    """(Session 31) 'three streets in Wedding', Berlin named: a town's main name in a country
    of the article's tagged places is a place in a place slot though the model left it
    untagged (with no label at all: not 'in March', a date)."""
    return any(
        primary and p.kind == PlaceKind.city and p.country_code in countries
        for p, primary in gaz.lookup(text)
    )
