"""People: which spans are persons, one entry per person, and the role the text gives them.

One job per module:

- `detect`: which entity spans are people; `missed`: names the model missed or clipped;
- `drops`: why a person candidate was dropped, recorded for the bench (`bench/entities.py --drops`);
- `names`: what of a span is a name (trimming, spans no name is made of);
- `grouping`: one entry per person, by name keys; the entry's role;
- `roles`: the passes of role finders over a person's mentions;
- `titles`, `appositions`, `parsed`, `predicates`, `lines`: the role finders (titles around the
  name, appositions with a determiner, the parse, verbs, the page's lines);
- `phrases`: a role phrase's text; `nouns`: nouns of people; `tree`: a name's place in the parse.

The word lists are in data/entity-words.json (shared) and data/people-words.json (these rules').
"""

from __future__ import annotations

from newsdesk.analysis.entities.people.detect import people_spans
from newsdesk.analysis.entities.people.grouping import (
    PersonGroup,
    group_people,
    name_keys,
    to_person,
)
from newsdesk.analysis.entities.people.nouns import is_person_noun
from newsdesk.analysis.entities.people.titles import title_before
from newsdesk.analysis.entities.people.tree import span_root

__all__ = [
    "PersonGroup",
    "group_people",
    "is_person_noun",
    "name_keys",
    "people_spans",
    "span_root",
    "title_before",
    "to_person",
]
