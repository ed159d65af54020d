"""Is this candidate an undertaking? Decided from the parse, rule by rule, each with its reason.

The evidence (docs/commitments.md, "How newsdesk decides"): who holds the clause (a forecast,
a wish, a refusal, a question or a whether/if clause is no undertaking), the subject's agency (a
person, organisation, government or group, not a thing, a market, the writer or the reader),
mood and negation (a negated trigger verb is a refusal; "will not" is an undertaking to
refrain), and what the verb denotes (nobody decides to "need" or to "benefit").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .actors import Context, is_name, recent_org, speech_subject
from .attribution import governing_speech, in_quotes
from .lexicon import lemma, lexicon
from .triggers import Kind, Trigger

PERSONAL = ("he", "she", "they", "both")
FIRST_PERSON = ("we", "i", "our", "my", "us")


@dataclass(frozen=True, slots=True)
class Verdict:
    undertaking: bool
    negated: bool
    reason: str  # why not, or "ok"


def no(reason: str) -> Verdict:
    return Verdict(False, False, reason)


def decide(trig: Trigger, subj: Token | None, ctx: Context) -> Verdict:
    lx = lexicon()
    tok, head = trig.token, trig.head
    sent = tok.sent
    if sent.text.rstrip(" \"'”’)").endswith("?"):
        return no("question")
    path = _path_up(head)
    for node in path:
        if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in node.children):
            return no("whether/if clause")
        if (
            node is not head
            and node.dep_ == "advcl"
            and any(
                m.lower_ in ("when", "once", "until", "before", "after", "unless")
                for m in node.children
            )
        ):
            return no("a clause about when, not an undertaking")
    for node in path[1:]:
        nl = lemma(node)
        if nl in lx.forecast_verbs and node.pos_ in ("VERB", "AUX", "ADJ"):
            return no(f"forecast held by '{node.text}'")
        if nl in lx.wish_verbs and node.pos_ == "VERB":
            return no(f"wish about others ('{node.text}')")
        if nl in lx.refusal_verbs and node.pos_ == "VERB":
            return no(f"refusal ('{node.text}')")
    for node in path:
        if any(lemma(c) in lx.likelihood_words for c in node.children):
            return no("likelihood: a forecast")
    if subj is None:
        return no("no subject, agent or holder")
    if not agentive(subj, ctx):
        return no(f"subject '{subj.text}' is not an agent")
    negated = any(c.dep_ == "neg" for c in tok.children) or (
        head is not tok and any(c.dep_ == "neg" for c in head.children)
    )
    if trig.kind in (Kind.WILL, Kind.WOULD):
        verb = head
        if lemma(verb) in lx.nonvolitional_verbs and not _passive_with_agent(verb):
            return no(f"'{verb.text}' is not something one decides")
        if any(c.dep_ == "auxpass" for c in verb.children) and not _passive_with_agent(verb):
            return no("agentless passive")
        if trig.kind is Kind.WOULD and governing_speech(verb, also=lx.commit_verbs) is None:
            return no("'would' outside reported speech is hypothetical")
        return Verdict(True, negated, "ok")
    if negated or _negative_determiner(subj):
        return no("refusal or absence of an undertaking")
    if (
        trig.kind is Kind.INTENT
        and trig.complement is not None
        and lemma(trig.complement) in ("be", "have", "get")
        and lemma(tok) not in ("plan", "aim")
    ):
        return no("a wish to be or to have is not an intention to act")
    if trig.kind is Kind.CONSIDER:
        if any(c.dep_ == "auxpass" for c in tok.children) and not _passive_with_agent(tok):
            return no("agentless passive: a judgement")
        if any(c.dep_ in ("oprd", "acomp") for c in tok.children):
            return no("'consider X Y' is a judgement")
    if trig.kind is Kind.VERB and trig.complement is not None:
        comp_neg = any(c.dep_ == "neg" for c in trig.complement.children)
        return Verdict(True, comp_neg, "ok")
    return Verdict(True, False, "ok")


def agentive(subj: Token, ctx: Context) -> bool:
    lx = lexicon()
    low = subj.lower_
    if low in ("you", "your", "one", "everyone", "anyone", "someone", "nobody"):
        return False  # the reader or anyone: advice and generic statements
    if low in FIRST_PERSON:
        # the writer's own voice outside a quotation is a blog's, not a reported undertaking
        return in_quotes(subj.sent, subj) or governing_speech(subj) is not None
    if any(lemma(c) in lx.generic_determiners for c in subj.children if c.dep_ in ("det", "amod")):
        return False  # "most companies will …": generic
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if low in PERSONAL or low in ("his", "her", "their"):
        return True
    if low in ("it", "its"):
        holder = speech_subject(subj)
        if holder is not None and holder.lower_ not in ("it", "its"):
            return agentive(holder, ctx)
        return recent_org(ctx, subj) is not None
    if is_name(subj):
        return True
    lem = lemma(subj)
    return lem in lx.agent_nouns or low in lx.agent_nouns


def _path_up(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _passive_with_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _negative_determiner(subj: Token) -> bool:
    return any(c.lower_ in ("no", "neither", "none") for c in subj.children if c.dep_ == "det")
