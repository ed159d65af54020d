"""Lists under a lead-in: a modal left without its verb before a colon ("The council will:")
makes each following line that starts with a verb an undertaking of the lead-in's actor."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsdesk.analysis.commitments import phrases
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.mentions import colon_line_above
from newsdesk.analysis.commitments.triggers import WILL_MODALS, Trigger
from newsdesk.analysis.deps import AUXILIARY, SUBJECT
from newsdesk.analysis.doctext import doc_text, line_bounds
from newsdesk.model import Commitment

BULLETS = "-•*·–—▪◦>"


def opens_list(trig: Trigger) -> bool:
    """'The government will:' — a modal left without its verb before a colon."""
    nxt = trig.token.nbor(1) if trig.token.i + 1 < len(trig.token.doc) else None
    return nxt is not None and nxt.text == ":"


# An item under "We will:" starts with its verb; the small model often tags a capitalised verb
# at the start of a line as a name or an adjective ("Cap childcare fees", "Restore penalty
# rates"), so an item is refused only by a first word that cannot start a verb phrase.
NOT_A_VERB_PHRASE = frozenset(
    {"DT", "PDT", "PRP", "PRP$", "CD", "IN", "WDT", "WP", "WP$", "WRB", "EX", "CC", "TO", "MD"}
)


ITEM_END = re.compile(r"(?:[\s.;,]+(?:and|or))?[\s.;,:]*$")
# An item that ends with a semicolon ("Build schools;", "… principles; and"): another follows.
ITEM_GOES_ON = re.compile(r";(?:\s*(?:and|or))?\s*$")
# A numbered item's marker: "1. build 20 schools", "2) hire nurses", "(a) cut fees": a number
# or a single lower-case letter ("A. Smith" is a name), closed by a full stop or a bracket, then
# a space (session 17).
NUMBERED = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s+")
# The tags of a finite verb, which a clause's subject goes with ("residents welcomed").
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def list_items(doc: Doc, lead: Commitment) -> list[Commitment]:
    """Each line after the lead-in that starts with a verb is an undertaking of the lead-in's
    actor: 'The council will:' + '- build 20 schools' + '- hire nurses'. The list ends at a blank
    line followed by unbulleted text, at a line that cannot be a verb phrase, or at a new
    lead-in."""
    by_start = {t.idx: t for t in doc}
    text = doc_text(doc)
    colon = text.find(":", lead.trigger_end)
    items: list[Commitment] = []
    pos = colon + 1
    bulleted = False
    continued = False  # the item before ended with a semicolon: the list goes on
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        body = NUMBERED.sub("", stripped.lstrip(BULLETS).strip(), count=1)
        if not body:
            continue
        has_bullet = body != stripped
        if items and bulleted and not has_bullet:
            break  # the prose after a bulleted list
        first = by_start.get(start + line.index(body))
        if (
            first is not None
            and first.lower_ in WILL_MODALS
            and " " in body
            and _before_verb(first)
        ):
            # "- will hire 50 nurses": the lead-in's modal said again; the item starts at the
            # word after it. Only before a verb: "Will Smith will attend" opens with a name (the
            # tagger calls a line's first "Will" or "Shall" a name or a modal either way)
            body = body.split(None, 1)[1]
            first = by_start.get(start + line.index(body))
        if first is None or first.tag_ in NOT_A_VERB_PHRASE or not body[:1].isalpha():
            break
        if (continued or has_bullet) and _opens_a_clause(first, start + len(line)):
            # "Local residents welcomed the plan." after "Build 20 schools;", "3. Residents
            # welcomed …" or "- Mayor Jane Holt will open …": a subject and its verb, the
            # article going on or a clause with an actor of its own
            break
        if not has_bullet and not _reads_as_verb(first) and not continued:
            # without a bullet only a line the parser reads as a verb is an item, or a line
            # after an item that ends with a semicolon (the list goes on, "…; and")
            break
        bulleted = bulleted or has_bullet
        continued = ITEM_GOES_ON.search(body) is not None
        b_start = start + line.index(body)
        b_end = b_start + len(ITEM_END.sub("", body))  # "Cap childcare fees; and" -> "… fees"
        items.append(
            replace(
                lead,
                action=text[b_start:b_end],
                sentence=line.strip(),
                start=start + line.index(line.strip()),
                end=start + len(line.rstrip()),
                action_start=b_start,
                action_end=b_end,
            )
        )
        if body.rstrip().endswith(":"):
            break
    return items


def _before_verb(modal: Token) -> bool:
    """The word after the modal is a verb, past any adverbs and "not" ("will also hire",
    "will not raise"): the modal said again, not the name "Will"."""
    for tok in modal.doc[modal.i + 1 :]:
        if tok.tag_ != "RB" and tok.dep_ != "neg":
            return tok.tag_ == "VB"
    return False


def _reads_as_verb(first: Token) -> bool:
    """An unbulleted line's first word opens a verb phrase: the parser tags it a verb, or gives
    it an object of its own or a verb coordinated with it ("Hire 50 nurses.", "Build and run
    clinics;", where the small model tags the first word a name); "Residents welcomed the
    plan." opens with a subject and ends the list."""
    return (
        first.tag_ in ("VB", "VBP")
        or first.pos_ == "VERB"
        or (
            _not_a_subject(first)
            and any(
                c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ == "VERB") for c in first.children
            )
        )
    )


def _opens_a_clause(first: Token, line_end: int) -> bool:
    """The line from `first` opens with a clause's subject: a word before the line's first verb
    that is the subject of a finite verb after it on the line ("Local residents welcomed the
    plan", "Mayor Jane Holt welcomed …", "Will Hart will open …"); an item's verb comes first ("Build 20 schools"), and
    a subject the parser gives a noun ("Ban live exports", "Ban" the subject of "exports") is
    no clause."""
    for tok in first.doc[first.i :]:
        if tok.idx >= line_end or tok.pos_ in ("VERB", "AUX"):
            return False
        head = tok.head
        if tok.dep_ in SUBJECT and tok.i < head.i and head.idx < line_end and _finite(head):
            return True
    return False


def _finite(verb: Token) -> bool:
    """A finite verb, or a verb with a finite helper ("will open", "has hired")."""
    return verb.tag_ in FINITE or any(
        c.dep_ in AUXILIARY and c.tag_ in FINITE for c in verb.children
    )


def _not_a_subject(first: Token) -> bool:
    """The line's first word is not the subject of a clause ("Residents welcomed the plan.")."""
    return first.dep_ not in ("nsubj", "nsubjpass", "csubj")


# How many lines under a speech lead-in ("Obama also said:") are still its items: a summary
# box lists a handful of points; a longer run is the article going on.
SPEECH_ITEMS = 8
# a speech line's quotation marks: the double marks an action knows (`phrases.QUOTES`,
# `phrases.CLOSING_QUOTES`) and the single ones a line of speech may open or close with
QUOTE_MARKS = phrases.QUOTES + "'‘’"
CLOSING_QUOTES = phrases.CLOSING_QUOTES + "’"


def under_speech_lead_in(tok: Token) -> bool:
    """'In the interview, the president also said:' + one line a point ('He would speak
    bluntly against corruption'): each line of the run of lines under a lead-in that ends with a
    speech verb and a colon is reported speech, as if the verb held it (guideline 3). The run
    stops at the first line that is not an item of the speech (`_speech_items`)."""
    doc = tok.doc
    text = doc_text(doc)
    found = colon_line_above(text, tok.idx, SPEECH_ITEMS, blank_ends=True)
    if found is None:
        return False
    (prev, colon_end), between = found
    on_line = _tokens_between(doc, prev, colon_end)
    return any(
        lemma(t) in lexicon().speech_verbs and t.pos_ == "VERB" for t in on_line[-4:]
    ) and _speech_items(doc, [*between[::-1], line_bounds(text, tok.idx, tok.idx)])


def _speech_items(doc: Doc, lines: list[tuple[int, int]]) -> bool:
    """The lines under a speech lead-in, down to the token's own, are all items of the speech:
    none opens with a closing quote mark (the speech closed there), none is unquoted once the
    speech was quoted ('"We play to win."' then 'Lee joined the club in 2015.': the article
    goes on), and none above the token's line is narrative in the past tense."""
    quoted = False
    text = doc_text(doc)
    for k, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if line[:1] and line[0] in CLOSING_QUOTES:
            return False
        opens = line[:1] != "" and line[0] in QUOTE_MARKS
        if quoted and not opens:
            return False
        quoted = quoted or opens
        if k < len(lines) - 1 and _past_narrative(doc, a, b):
            return False
    return True


def _past_narrative(doc: Doc, start: int, end: int) -> bool:
    """A line whose clause is in the simple past ('Lee joined the club in 2015'): the writer
    telling what happened, not a point of the speech."""
    return any(t.dep_ == "ROOT" and t.tag_ == "VBD" for t in _tokens_between(doc, start, end))


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start at a character offset from `start` to `end` (exclusive), found by
    the Doc's own offset lookup (`Doc.char_span`, as mentions.py reads a line's words), not by
    reading every token of the Doc for each line; a space token running into the line from
    the one above is left out."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return [t for t in span if t.idx >= start] if span is not None else []
