"""The span labels newsdesk adds to spaCy's own ("PERSON", "ORG", "GPE", ...)."""

from __future__ import annotations

from enum import StrEnum


class AddedLabel(StrEnum):
    """A label the document rules give a span; spaCy's model never does."""

    # A team: a town's name followed by a score in a results line, and its other mentions.
    team = "TEAM"
    # A span the article shows to be a place (a place slot, a list of counties): kept as a place
    # even where the gazetteer lacks it, and never joined to a person of the same name.
    place = "PLACE"


TEAM = AddedLabel.team
PLACE = AddedLabel.place
