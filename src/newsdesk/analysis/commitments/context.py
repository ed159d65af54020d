"""What the article has named so far: the record the actor rules read, which memory.py (and
actors.py's group steps, for "the three countries") update as the article is read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.model import Person, Place, TimeExpression


@dataclass(slots=True)
class Context:
    """What the article has named so far, for resolving pronouns and group nouns."""

    doc: Doc
    people: list[Person]
    places: list[Place]
    published: date | None
    orgs: list[Span] = field(default_factory=list)
    group: list[str] | None = None  # the last resolved group of parties ("the three countries")
    last_speaker: str | None = None  # the person last quoted, for "we"/"I" in a later sentence
    speaker_end: int = -1  # where the sentence that named the last speaker ends
    collective: tuple[str, int] | None = None  # the body last named as a subject, and where
    # what a definite description was last resolved to, by its noun ("the band": the band the
    # article named before), for the same description out of guideline 10's reach
    described: dict[str, list[str]] = field(default_factory=dict)
    # facts of the whole page, computed once when the article is read (paths.py): it speaks
    # to its reader (`reader_page`); it is a campaign's (`platform_page`)
    reader_page: bool = False
    platform_page: bool = False
    # it describes in the present tense, as a manual, a wiki or a product page does
    # (`present_page`, session 17)
    present_page: bool = False
    # its own voice says "let's": its "we" is the writer and the reader together
    # (`walk_through_page`, session 17)
    walk_through: bool = False
    # the organisation the page names as who issued it, in a sign-off or an "About X" heading
    # (`mentions.page_voice`): its own unquoted "we" speaks for it (session 16)
    voice: str | None = None
    # (session 20) each candidate's `timex.time_of`, found once (`timex.candidate_time`): the
    # walk-through rule asks it while deciding, the record after
    times: dict[Trigger, TimeExpression | None] = field(default_factory=dict)
