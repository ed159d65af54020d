"""One type per name: the labels of every span, relabelled by what the whole article says
about each name (a name the model tags as a person in one place and as a place in another takes
the type of most of its mentions; a person-tagged name the gazetteer knows as a country is a
place; teams, firms, things, headings). Each person span dropped or retyped is recorded with its
reason (`people.drops`)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.beside import PERSON_WORDS, beside_person
from newsdesk.analysis.entities.document.common import MAX_COUNTRY_WORDS
from newsdesk.analysis.entities.document.firms import firm_reason, org_cue
from newsdesk.analysis.entities.document.labels import PLACE, TEAM
from newsdesk.analysis.entities.document.name_shapes import (
    NOT_NAME_POS,
    heading_word,
    name_tail,
    not_name_shaped,
)
from newsdesk.analysis.entities.document.place_cues import (
    PLACE_SLOT_WORDS,
    credential,
    in_list_of_places,
    named_as_place,
    place_modifier,
    place_slot,
    speaks_after_list,
    untagged_list_places,
)
from newsdesk.analysis.entities.document.teams import team_names
from newsdesk.analysis.entities.document.things import thing
from newsdesk.analysis.entities.lexicon import first_names
from newsdesk.analysis.entities.lexicon import surnames as known_surnames
from newsdesk.analysis.entities.people.drops import DropReason, record
from newsdesk.analysis.entities.people.missed import kin_named
from newsdesk.analysis.entities.places import is_country
from newsdesk.analysis.entities.spans import (
    PLACE_LABELS,
    DocView,
    NameSpan,
    is_title,
    name_shaped,
)
from newsdesk.analysis.entities.words import (
    EVENT_WORDS,
    PLACE_NOUNS,
)
from newsdesk.analysis.gazetteer import Gazetteer, fold
from newsdesk.labels import PlaceKind

# A person's name has two words at least (given name and surname); one word alone is as
# often a town's.
_PERSON_MIN_WORDS = 2
# Labels the model gives a place's name by mistake ('Nha Trang' a person, 'Jamestown' an
# organisation, 'Södermalm' a group).
_MISTYPED_PLACE_LABELS = ("PERSON", "ORG", "NORP")
# A city this big is a place even where the model took it for a person ("Kyiv").
_BIG_CITY = 1_000_000


def decide_types(doc: Doc, view: DocView, spans: list[NameSpan], gaz: Gazetteer) -> list[NameSpan]:
    """Relabel spans by what the whole article says about each name."""
    # the words of every person named in two words or more: their surnames stay people
    surnames = {
        fold(doc[i].text)
        for s in spans
        if s.label == "PERSON" and s.end - s.start >= 2
        for i in range(s.start, s.end)
    }
    teams = team_names(view, spans, gaz)
    # names the article ties to a company or product somewhere: not people anywhere in it
    companies = {fold(s.text) for s in spans if s.label == "PERSON" and org_cue(doc, s)}
    full_names = {
        i
        for s in spans
        if s.label == "PERSON" and s.end - s.start >= 2
        for i in range(s.start, s.end)
    }
    place_tokens = {
        i
        for s in spans
        if s.label in (*PLACE_LABELS, PLACE) and gaz.lookup(s.text)
        for i in range(s.start, s.end)
    }
    lowercase = view.lowercase
    votes: dict[str, Counter[str]] = {}
    for s in spans:
        kind = "place" if s.label in PLACE_LABELS else s.label
        votes.setdefault(fold(s.text), Counter())[kind] += 1
    # (session 17, round 2) names the article gives as places ('locations such as Nha Trang',
    # 'settlers of Jamestown'): places at every mention the model took for something else
    placed = {
        fold(s.text)
        for s in spans
        if s.label in _MISTYPED_PLACE_LABELS and named_as_place(doc, s, gaz)
    }
    out: list[NameSpan] = []
    for s in spans:
        name = fold(s.text)
        if s.label in PLACE_LABELS and credential(doc, s):
            continue
        if (
            s.label in _MISTYPED_PLACE_LABELS
            and name in placed
            and not (s.label == "PERSON" and name in surnames)
        ):
            _dropped(s, DropReason.place_list)
            out.append(s.relabel(PLACE))
        elif (
            s.label in ("ORG", "PRODUCT")
            and PERSON_WORDS[0] <= s.end - s.start <= PERSON_WORDS[1]
            and name_shaped(doc, s)
            and not gaz.lookup(s.text)
            and not gaz.lookup(doc[s.start].text)
            and beside_person(doc, s, full_names)
        ):
            out.append(s.relabel("PERSON"))  # 'Marcel Granollers and Feliciano Lopez'
        elif (
            s.label in ("PERSON", "ORG", "NORP")
            and name not in surnames
            and in_list_of_places(doc, s, place_tokens, gaz)
        ):
            _dropped(s, DropReason.place_list)
            out.append(s.relabel("GPE"))  # 'Java, Sumatra, Sulawesi and Bali'
        elif (
            s.label == "NORP"
            and s.start > 0
            and doc[s.start - 1].lower_ in PLACE_SLOT_WORDS
            and any(primary for _, primary in gaz.lookup(s.text))
        ):
            out.append(s.relabel("GPE"))  # 'to Martinique'
        elif s.label in ("NORP", "ORG") and place_modifier(doc, s, gaz):
            out.append(s.relabel("GPE"))  # 'the Queens native'
        elif name in teams and s.label != "NORP":
            _dropped(s, DropReason.team)
            out.append(s.relabel(TEAM))
        elif s.label in PLACE_LABELS and gaz.lookup(s.text) and place_slot(doc, s, gaz):
            out.append(s.relabel(PLACE))  # 'in Houston' even where a Houston is a person
        elif s.label == "PERSON" and (
            votes[name]["place"] > votes[name]["PERSON"]
            or (
                s.end - s.start <= MAX_COUNTRY_WORDS
                and is_country(gaz, s.text)
                # (session 18) '... Boise and Tulsa, Chad said': a speaker after a list
                and not speaks_after_list(doc, s.start, s.end)
            )
        ):
            _dropped(s, DropReason.place_votes)
            out.append(s.relabel("GPE"))
        elif (
            s.label == "PERSON"
            and name not in surnames
            and any(
                p.kind in (PlaceKind.city, PlaceKind.region, PlaceKind.feature)
                and (p.population >= _BIG_CITY or place_slot(doc, s, gaz))
                for p, _ in gaz.lookup(s.text)
            )
            and not person_not_place(doc, s, gaz)
            and not kin_named(doc, s)  # (round 13) 'his wife Kali': nobody's wife is a place
        ):
            _dropped(s, DropReason.gazetteer_place)
            out.append(s.relabel("GPE"))
        elif s.label == "PERSON" and doc[s.end - 1].lower_ in PLACE_NOUNS and s.end - s.start > 1:
            _dropped(s, DropReason.place_noun)
            out.append(s.relabel("GPE"))  # 'Godagari Upazila', 'Orange County'
        elif s.label == "PERSON" and s.end - s.start > 1 and doc[s.end - 1].lower_ in EVENT_WORDS:
            _dropped(s, DropReason.event_word)  # 'Davis Cup', 'Nobel Prize'
        elif s.label == "PERSON" and name not in surnames and thing(doc, s, lowercase):
            _dropped(s, DropReason.thing)  # 'Magic Keyboard', 'Best Smartwatch', 'Xtensa ...'
        elif s.label == "PERSON" and all(
            is_title(doc[i]) or doc[i].is_punct for i in range(s.start, s.end)
        ):
            _dropped(s, DropReason.titles_only)  # 'Lt. Col.' alone
        elif s.label == "PERSON" and (
            firm := firm_reason(doc, s, name in surnames, name in companies, votes[name])
        ):
            _dropped(s, firm)
            out.append(s.relabel("ORG"))
        elif s.label == "PERSON" and (
            heading_word(doc, s)
            or (s.end - s.start == 1 and doc[s.start].pos_ in NOT_NAME_POS and name not in surnames)
        ):
            _dropped(s, DropReason.heading_word)
        elif s.label == "PERSON" and not_name_shaped(doc, s):
            tail = name_tail(doc, s)  # 'chief negotiator Saeb Erekat' -> 'Saeb Erekat'
            if tail is not None:
                out.append(tail)
            else:
                _dropped(s, DropReason.not_name_shaped)
        else:
            out.append(s)
    if listed := untagged_list_places(doc, spans, gaz):
        out = sorted([*out, *listed], key=lambda s: s.start)
    return out


def person_not_place(doc: Doc, span: NameSpan, gaz: Gazetteer) -> bool:
    """A person-tagged name of two words or more, not where a place goes, that reads as a
    person's rather than as the place the gazetteer knows by it: the place's own name is the
    span's words run together ('Jing Zhou', an alias of Jingzhou), or the name is a known
    given name and a known surname ('Virginia Wade'). ('in Jing Zhou' stays a place.)

    (Session 12) The guard before it, `name not in surnames`, compares the whole name with
    single words, so it never spared a name of two words."""
    words = [fold(doc[i].text) for i in range(span.start, span.end)]
    if len(words) < _PERSON_MIN_WORDS or place_slot(doc, span, gaz):
        return False
    joined = "".join(words)
    if any(
        not primary and fold(p.name).replace(" ", "") == joined
        for p, primary in gaz.lookup(span.text)
    ):
        return True
    return words[0] in first_names() and words[-1] in known_surnames()


def _dropped(span: NameSpan, reason: DropReason) -> None:
    """Record a PERSON span dropped or retyped (for `bench/entities.py --drops`)."""
    if span.label == "PERSON":
        record(span.text, reason)
