"""Document-level decisions, taken once per article before people and places are built.

One job per module:

- `owned`: (session 31) a big place after a person's possessive inside one of the model's names
  ("Chan's Hong Kong action movies") is the person and the place;
- `datelines`: datelines ("BERLIN --", "ST. JOSEPH, Mich. (AP) —") are places;
- `party_states`: party-state abbreviations ("D-Minn.") name a US state;
- `teams`: a town's name followed by a score in a results line is a team everywhere in the article;
- `rosters`: a name before a bracketed country, seed, minute or code is a person
  ("Pete Sampras ( U.S. )");
- `untagged`: country names and other places the model left untagged;
- `listed`: lists closed by a plural place noun ("Berrien, Cass and Van Buren counties");
- `types`: one type per name (`decide_types`), with the cues it weighs in `place_cues`
  (place slots, lists of places, 'the Queens native'), `firms` (companies and products),
  `things` (products and things), `beside` (a person's full name beside the span) and
  `name_shapes` (words no name has);
- `labels`: the span labels newsdesk adds to spaCy's (`AddedLabel`: TEAM, PLACE);
- `common`: a span from characters (a span's root word is `people.tree.span_root`).

The word lists are in data/entity-words.json.
"""

from __future__ import annotations

from newsdesk.analysis.entities.document.datelines import dateline_spans
from newsdesk.analysis.entities.document.labels import PLACE, TEAM, AddedLabel
from newsdesk.analysis.entities.document.listed import listed_places
from newsdesk.analysis.entities.document.party_states import party_state_spans
from newsdesk.analysis.entities.document.rosters import roster_people
from newsdesk.analysis.entities.document.types import decide_types
from newsdesk.analysis.entities.document.untagged import untagged_countries

__all__ = [
    "PLACE",
    "TEAM",
    "AddedLabel",
    "dateline_spans",
    "decide_types",
    "listed_places",
    "party_state_spans",
    "roster_people",
    "untagged_countries",
]
