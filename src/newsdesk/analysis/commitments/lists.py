"""Lists under a lead-in: a modal left without its verb before a colon ("The council will:")
makes each following line that starts with a verb an undertaking of the lead-in's actor."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsdesk.analysis.commitments import phrases
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.analysis.doctext import doc_text
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
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        body = stripped.lstrip(BULLETS).strip()
        if not body:
            continue
        has_bullet = body != stripped
        if items and bulleted and not has_bullet:
            break  # the prose after a bulleted list
        first = by_start.get(start + line.index(body))
        if first is None or first.tag_ in NOT_A_VERB_PHRASE or not body[:1].isalpha():
            break
        if first.tag_ not in ("VB", "VBP") and first.pos_ != "VERB" and not has_bullet:
            break  # without a bullet only a line the parser reads as a verb is an item
        bulleted = bulleted or has_bullet
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
    here = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    lines = [(here, len(text) if end < 0 else end)]  # the token's line, then the lines above
    start = here
    for _ in range(SPEECH_ITEMS):
        if start <= 0:
            return False
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1]
        if not line.strip():
            return False  # a blank line: the run of items ended above
        if line.rstrip().endswith(":"):
            by_start = [t for t in doc if prev <= t.idx < start - 1]
            return any(
                lemma(t) in lexicon().speech_verbs and t.pos_ == "VERB" for t in by_start[-4:]
            ) and _speech_items(doc, lines[::-1])
        lines.append((prev, start - 1))
        start = prev
    return False


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
    return any(t.dep_ == "ROOT" and t.tag_ == "VBD" for t in doc if start <= t.idx < end)
