"""The words of a record: the actor's phrase, the trigger, the action, the condition."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from newsdesk.analysis.commitments.conditions import (
    CONDITION_MARKS,
    condition_clauses,
    if_elected_phrase,
)
from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.analysis.doctext import doc_text

QUOTES = '“”"«»'


def phrase_tokens(tok: Token) -> list[Token]:
    """A noun phrase with its conjuncts ('The United States and Mexico'), cut at a relative clause."""
    text = doc_text(tok.doc)
    toks = [
        t
        for t in tok.subtree
        if (t.dep_ not in ("relcl", "acl", "punct") or t.text in ",&")
        and "\n" not in text[min(t.idx, tok.idx) : max(t.idx, tok.idx)]  # not a heading above
    ]
    out: list[Token] = []
    for t in toks:
        if t.tag_ in ("WDT", "WP") or t.dep_ == "relcl":
            break
        out.append(t)
    return out or [tok]


def text_of(toks: list[Token]) -> str:
    if not toks:
        return ""
    doc = toks[0].doc
    span = doc[min(t.i for t in toks) : max(t.i for t in toks) + 1]
    return str(span.text).strip(" ,").strip()


def char_span(toks: list[Token] | tuple[Token, ...]) -> tuple[int, int]:
    """The characters from the first token's start to the last token's end."""
    if not toks:
        return (-1, -1)
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return int(first.idx), int(last.idx + len(last.text))


def trigger_text(trig: Trigger) -> str:
    words = sorted(trig.words, key=lambda t: t.i)
    if len(words) > 1 and words[-1].i - words[0].i > len(words) - 1:
        # "reiterated … commitment": a gap between the words
        parts = [words[0].text]
        for prev, cur in pairwise(words):
            parts.append(cur.text if cur.i == prev.i + 1 else f"… {cur.text}")
        return " ".join(parts)
    return " ".join(t.text for t in words)


def action_tokens(trig: Trigger) -> list[Token]:
    comp = trig.complement
    if comp is None:
        if trig.token.dep_ == "acl":
            return _considered_noun(trig)
        if trig.head.i != trig.token.i and trig.token.dep_ == "pobj":  # "established as goals"
            subj = next((c for c in trig.head.children if c.dep_ == "nsubjpass"), None)
            return phrase_tokens(subj) if subj is not None else []
        return []
    if comp.dep_ == "nsubjpass" and comp.i < trig.token.i:
        # "A sale of the unit is being considered by the board": what is weighed is the subject
        return phrase_tokens(comp)
    skip = {
        t.i
        for c in comp.children
        if c.dep_ in ("nsubj", "nsubjpass", "aux") and c.lower_ not in ("to",)
        for t in c.subtree
    }
    skip |= {c.i for c in comp.children if c.dep_ in ("aux", "neg", "mark", "auxpass")}
    # "If elected, we will abolish fees": a clause before the verb is its condition or setting
    skip |= {
        t.i
        for c in comp.children
        if c.i < comp.i and c.dep_ in ("advcl", "punct", "intj")
        for t in c.subtree
    }
    # the action follows the trigger: a fronted adverb or relative pronoun of the complement
    # ("which Chelsea hope to announce", "would not certainly would not sit") is no part of it
    last = max(w.i for w in trig.words)
    toks = [t for t in comp.subtree if t.i not in skip and t.i > last]
    return _within_quotation(toks)


OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"


def opens_quotation(tok: Token) -> bool:
    """An opening quotation mark: a curly opening one, or a straight one that starts a word
    (a space or nothing before it, a word right after it)."""
    if tok.text in OPENING_QUOTES:
        return True
    if tok.text != '"' or tok.whitespace_:
        return False
    return tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_)


def _within_quotation(toks: list[Token]) -> list[Token]:
    """The action's words up to the end of a quotation opened before it (the end of a quotation
    is the end of what was undertaken); a quotation opened inside the action ('a "full and
    frank" report') is part of it, to its closing mark (session 12)."""
    out: list[Token] = []
    depth = 0  # quotations opened inside the action and not yet closed
    for t in toks:
        if t.text not in QUOTES:
            out.append(t)
        elif opens_quotation(t):
            depth += 1
            out.append(t)
        elif depth > 0:
            depth -= 1
            out.append(t)
        elif out:
            break  # it closes a quotation opened before the action
    while out and (out[-1].is_punct or out[-1].is_space) and not _closes_inner(out):
        out.pop()
    while out and (out[0].is_space or (out[0].text in QUOTES and not opens_quotation(out[0]))):
        # a run of spaces the tokenizer kept as a token ("to  reopen") is no part of the
        # action: `action_start` points at its first word
        out.pop(0)
    return out


def _closes_inner(out: list[Token]) -> bool:
    """The last word is a closing mark of a quotation opened inside the action."""
    last = out[-1]
    if last.text not in QUOTES or opens_quotation(last):
        return False
    opened = sum(1 for t in out[:-1] if t.text in QUOTES and opens_quotation(t))
    closed = sum(1 for t in out[:-1] if t.text in QUOTES and not opens_quotation(t))
    return opened > closed


def _considered_noun(trig: Trigger) -> list[Token]:
    noun = trig.token.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in ("VERB", "AUX"):
        # "Among the measures being considered by X is invoking Y": what is weighed is Y
        clause = prep.head
        cut = set(range(prep.left_edge.i, prep.right_edge.i + 1))
        for c in clause.children:
            if c.dep_ in ("aux", "auxpass", "punct") or c.dep_ == "relcl":
                cut.add(c.i)
            if c.dep_ in ("relcl", "advcl", "nsubj"):
                cut.update(range(c.left_edge.i, c.right_edge.i + 1))
        toks = [t for t in clause.subtree if t.i not in cut]
        clauses = [t for t in toks if t.dep_ == "relcl" or t.tag_ in ("WDT", "WP")]
        if clauses:  # "…, which gives the president…" describes, it is not the measure
            toks = [t for t in toks if t.i < clauses[0].i]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        return toks
    # "the measures being considered by X": what is weighed is the noun itself
    acl = set(range(trig.token.left_edge.i, trig.token.right_edge.i + 1))
    return [t for t in phrase_tokens(noun) if t.i not in acl]


def condition_tokens(trig: Trigger) -> list[Token]:
    """The words of the condition an undertaking is made under ('if the talks fail')."""
    for head in [h for h in (trig.head, trig.complement) if h is not None]:
        for clause in condition_clauses(head, CONDITION_MARKS):
            return list(clause.subtree)
        if (phrase := if_elected_phrase(head)) is not None:
            # "If" hung on the main verb: the condition is the phrase up to the comma
            return list(phrase)
    return []
