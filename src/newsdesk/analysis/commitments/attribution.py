"""Who says so: the reporting source of a commitment, which is never its actor."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.mentions import (
    lead_in_speaker,
    person_at,
    reach_offset,
    recent_people,
)
from newsdesk.analysis.commitments.phrases import phrase_tokens, text_of
from newsdesk.analysis.deps import NOUN_CLAUSE, NOUN_PHRASE_LINKS, SUBJECT
from newsdesk.analysis.doctext import doc_text
from newsdesk.model import Attribution


def governing_speech(tok: Token, also: frozenset[str] = frozenset()) -> Token | None:
    """The speech verb (say, announce, …, or a verb in `also`) whose clause holds `tok`."""
    verbs = lexicon().speech_verbs | also
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            return None  # "the news that she would …": the noun holds the clause, not a speaker
        below, node = node, node.head
        if lemma(node) in verbs and node.pos_ in ("VERB", "AUX") and not _marker(node, below):
            return node
    return None


# "That said, …", "Having said that, …", "That being said, …": a discourse marker, not a
# speech frame; the clause it heads is the writer's (or the speaker's) own (session 12)
MARKER_WORDS = frozenset({"that", "this", "having", "being", "been", "said"})


def _marker(verb: Token, below: Token | None = None) -> bool:
    """The speech verb heads only a discourse marker before a clause: its words (outside the
    clause `below` it was reached from) are 'that said' or the like."""
    inner = set() if below is None else set(range(below.left_edge.i, below.right_edge.i + 1))
    own = [t for t in verb.subtree if t.i not in inner and not t.is_punct]
    return (
        verb.lower_ == "said"
        and all(t.lower_ in MARKER_WORDS for t in own)
        and any(t.lower_ in ("that", "this") for t in own)
        and (below is None or verb.i < below.left_edge.i)
    )


FIRST_PERSON = ("we", "i", "our", "my", "us")


def writer_voice(subj: Token) -> bool:
    """'We'/'I' outside quotation marks and outside reported speech: the text's own voice (a
    party's manifesto, a press release, a blog), not a quoted speaker."""
    if subj.lower_ not in FIRST_PERSON:
        # "Our government will …", "our party will …": the body the text speaks for
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ != "our" or lemma(subj) not in lexicon().org_nouns:
            return False
        subj = poss
    if in_quotes(subj.sent, subj):
        return False
    speech = governing_speech(subj)
    if speech is None:
        return True
    # "I'm announcing today that we will …": the text's own voice reporting itself
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.i != subj.i and speaker.lower_ in FIRST_PERSON


def find_attribution(sent: Span, trigger: Token, head: Token, ctx: Context) -> Attribution | None:
    quoted = in_quotes(sent, trigger)
    speech = governing_speech(head)
    if speech is None:
        speech = next(
            (
                t
                for t in sent
                if lemma(t) in lexicon().speech_verbs
                and t.pos_ == "VERB"
                and t.i != trigger.i
                and not _marker(t)
                and not _in_relative(t, trigger)
            ),
            None,
        )
    source: str | None = None
    if speech is not None:
        subj = _speech_subject(speech)
        if subj is not None:
            source = _source_text(subj, speech, ctx)
    if source is None:
        doc = sent.doc
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    source = strip_det(text_of(phrase_tokens(pobj)))
                    break
    if source is None:
        return None
    return Attribution(source, "direct quote" if quoted else "reported")


def _in_relative(tok: Token, trigger: Token) -> bool:
    """The word lies in a relative clause on a noun, a clause that does not hold the trigger
    ("Ford will display an SUV, a model that analysts say will boost sales": the analysts
    say only what the relative clause says, not what Ford will do; session 13, review F1)."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in NOUN_CLAUSE and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
        node = node.head
    return False


def _speech_subject(speech: Token) -> Token | None:
    """The subject of the speech verb: of two the parser gives it ("The mayor called Smith, and
    she said …": "mayor", with the clause "called Smith" below it, and "she"), one whose phrase
    holds no verb, else none."""
    subjects = [c for c in speech.children if c.dep_ in SUBJECT]
    plain = [s for s in subjects if not _holds_verb(s)]
    return plain[-1] if plain else None


def _holds_verb(subj: Token) -> bool:
    """The subject's phrase holds a verb: a clause the parser hung on it, which is no name of a
    source (review 13 F1: "mayor called Governor Smith on Monday, and")."""
    toks = phrase_tokens(subj)
    span = subj.doc[min(t.i for t in toks) : max(t.i for t in toks) + 1]
    return any(
        t.pos_ in ("VERB", "AUX") and t.i != subj.i and t.dep_ not in MODIFYING for t in span
    )


# A verb form that only describes a noun ("the newly elected mayor", "a state-owned firm")
MODIFYING = frozenset({"amod", "compound", "nmod", "npadvmod"})


def _speaking_person(ctx: Context, pronoun: Token) -> str | None:
    """Who a reporting 'he'/'she' is (guideline 10's reach: the pronoun's sentence before it,
    and the sentence before): the person last named there as the subject of a clause, whether
    that person reports or is spoken of; never a possessor or an object ("Tom Baker wrote to
    Lopez's office, and he said …" is Baker, not Lopez). The person a lead-in line names as
    speaking ("President Obama also said:" + the lines under it); else nobody (session 13,
    review F1: the last person named, whatever their place in the clause, was taken before)."""
    start = reach_offset(pronoun)
    best: tuple[int, str] | None = None
    for person in ctx.people:
        for m in person.mentions:
            if not start <= m.start < pronoun.idx or (best is not None and m.start < best[0]):
                continue
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(_subject_word(t) for t in span):
                best = (m.start, person.name)
    if best is not None:
        return best[1]
    return lead_in_speaker(ctx, pronoun) or _as_actor(pronoun, ctx)


def _as_actor(pronoun: Token, ctx: Context) -> str | None:
    """With no subject in reach, the pronoun as the actor resolves it (`actors._resolve_one`),
    so that source and actor agree ("'We will …,' he said" after "in Blinken's opinion"); one
    name only."""
    # actors.py reads this module (its first-person tests), so its resolver is read here
    from newsdesk.analysis.commitments.actors import _resolve_one

    names = _resolve_one(pronoun, ctx, None)
    if len(names) == 1:
        return names[0]
    # nobody in reach: the person named last, however far back (the reading before session 13)
    last = recent_people(ctx, pronoun.idx, 1)
    return last[0] if last else None


def _subject_word(tok: Token) -> bool:
    """The word is (part of) the subject of its clause: 'Tom Baker' in 'Tom Baker wrote …'."""
    node = tok
    while node.dep_ in NOUN_PHRASE_LINKS and node.head.i != node.i:
        node = node.head
    return node.dep_ in SUBJECT


def _source_text(subj: Token, speech: Token, ctx: Context) -> str | None:
    low = subj.lower_
    if person := person_at(ctx, subj.idx):
        return person
    # "they said in a joint statement" -> the statement is the source
    for child in speech.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "through"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and lemma(pobj) in lexicon().document_nouns:
                return strip_det(text_of(phrase_tokens(pobj)))
    if low in ("he", "she"):
        return _speaking_person(ctx, subj)
    if low == "it":
        return "the statement"
    if low in FIRST_PERSON:
        return None  # an "I"/"we" nobody was resolved to is no source (session 12)
    return strip_det(text_of(phrase_tokens(subj)))


def strip_det(text: str) -> str:
    return re.sub(r"^(the|a|an|this|that)\s+", "", text, flags=re.I)


def in_quotes(sent: Span, tok: Token) -> bool:
    """Inside quotation marks: opened before it in its paragraph, or closed after it without
    being opened (a quotation running over several sentences)."""
    text = doc_text(sent.doc)
    para_start = text.rfind("\n", 0, sent.start_char) + 1
    para_end = text.find("\n", sent.end_char)
    before = text[para_start : tok.idx]
    after = text[tok.idx : para_end if para_end >= 0 else len(text)]
    opens = sum(before.count(q) for q in "“«")
    closes = sum(before.count(q) for q in "”»")
    if opens > closes or before.count('"') % 2 == 1:
        return True
    first_close = min((i for i in (after.find("”"), after.find("»")) if i >= 0), default=-1)
    first_open = min((i for i in (after.find("“"), after.find("«")) if i >= 0), default=-1)
    if first_close >= 0 and (first_open < 0 or first_close < first_open):
        return True
    return before.count('"') == 0 and after.count('"') % 2 == 1
