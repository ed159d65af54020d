"""Whose clause it is: the token that names a trigger's actor (subject, passive agent, possessor
or holder), found in the parse; resolving it to a name is actors.py's job."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsdesk.analysis.commitments.lexicon import actor_lexicon, lemma, lexicon
from newsdesk.analysis.commitments.triggers import Kind, Trigger, lead_in_modal
from newsdesk.analysis.deps import AUXILIARY, NOUN_CLAUSE, SUBJECT
from newsdesk.analysis.doctext import doc_text, same_line


def subject(trig: Trigger) -> Token | None:
    """The token that names the actor: subject, passive agent, possessor or holder."""
    if trig.kind in (Kind.NOUN, Kind.PLAN):
        if (
            trig.head.i != trig.token.i
            and trig.token.dep_ == "dobj"
            and (
                lemma(trig.head) in lexicon().reaffirm_verbs
                or not any(c.dep_ == "poss" for c in trig.token.children)
            )
        ):
            # "Both reiterated their commitment to …": who reiterates, not whose it is; but
            # "the market weighed Dole's proposal to …" is Dole's
            subj = clause_subject(trig.head)
            if subj is not None:
                return subj
        poss = next((c for c in trig.token.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if trig.token.dep_ == "pobj" and trig.token.head.lower_ in ("in", "with"):
            # "X did Y in a bid to Z", "X is working on Y, with a goal of doing Z": X
            return clause_subject(trig.token.head.head)
        if trig.head.i == trig.token.i:
            # "the goal is to …": the goal stands for its holder, named or not
            return trig.token if trig.token.dep_ == "nsubj" else None
    if trig.kind is Kind.WILL and trig.head.i == trig.token.i and lead_in_modal(trig.token):
        return _lead_in_subject(trig.token)
    if trig.kind is Kind.GOALS:
        # who set the goals: the holder of the meeting they were set in, or the subject of the
        # clause the agentless passive is coordinated with
        holder = _holder_of_relative(trig.head)
        if holder is None and trig.head.dep_ == "conj":
            holder = clause_subject(trig.head.head)
        return holder
    return clause_subject(trig.head)


def clause_subject(verb: Token) -> Token | None:
    """The subject of the verb's clause: its passive agent, its own subject, or the subject it
    shares with the clause it hangs on (a conjunct, an infinitive, a relative clause's noun)."""
    agent = passive_agent(verb)
    if agent is not None:  # "free buses will be provided by the council"
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    stray = _stray_agent(verb)
    if stray is not None:
        return stray
    subjects = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not _across_lines(c, verb)
    ]
    if subjects:
        # "CLEVELAND, Ohio – The Doobie Brothers will …": a dateline parsed as a second subject;
        # the subject nearest the verb is the clause's own
        child = max(subjects, key=lambda c: c.i if c.i < verb.i else -c.i)
        if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return verb.head  # "the Project, which aims to …": the Project
        return child
    if (on_aux := _subject_on_auxiliary(verb)) is not None:
        return on_aux  # "Our team … is committed to …": the parser hung the subject on "is"
    if verb.head.i != verb.i and not same_paragraph(verb, verb.head):
        # a paragraph the parser joined to the one before ("… signing of Kepa Arrizabalaga" +
        # blank line + "Kepa Arrizabalaga will undergo a medical"): the line's own subject is
        # the noun before the verb on its line that the parser hung on the previous line
        return _line_subject(verb)
    if (held := _gerund_of_preposition(verb)) is not None:
        return clause_subject(held)  # "X is dedicated to crafting … by aiming to …": X
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    shared = ("conj", "xcomp", "acomp", "attr")
    if verb.head.i != verb.i and (
        verb.dep_ in shared or (verb.dep_ == "advcl" and (infinitive or verb.tag_ == "VBG"))
    ):
        controller = _object_controller(verb) if infinitive else None
        if controller is not None:
            return controller  # "Okafor convinced Astley to promise …": Astley promises
        return clause_subject(verb.head)  # "X agreed to Y and committed to Z"
    if verb.dep_ in NOUN_CLAUSE and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "providers pledging to …", "the firm, which will …"
    return None


def _lead_in_subject(modal: Token) -> Token | None:
    """The subject of a list's lead-in ("The union will:" + one item a line), a modal with no
    verb: its own subject, else the subject on its line that the parser hung on the first
    item's word ("* strike on 1 May", read as the modal's verb or noun)."""
    own = [c for c in modal.children if c.dep_ in SUBJECT and c.i < modal.i]
    if own:
        return own[-1]
    if modal.head.i == modal.i:
        return None
    return next(
        (
            c
            for c in reversed(list(modal.head.children))
            if c.dep_ in SUBJECT and c.i < modal.i and same_line(c, modal)
        ),
        None,
    )


def _subject_on_auxiliary(verb: Token) -> Token | None:
    """'Our team of attorneys is committed to …': a subject the parser hung on the verb's
    auxiliary ("is", "will") instead of the verb is the verb's own."""
    for aux in verb.children:
        if aux.dep_ in AUXILIARY and aux.i < verb.i:
            for c in aux.children:
                if c.dep_ in SUBJECT and c.i < aux.i:
                    return c
    return None


def _gerund_of_preposition(verb: Token) -> Token | None:
    """The verb of the clause a gerund after a preposition hangs on ("Reformation is dedicated
    to crafting … by aiming to eliminate …": "dedicated"): such a gerund has no subject of its
    own and shares the clause's. Only after a preposition of means (`gerund_preps`: "by",
    "through", …) or the "to" of a participle of dedication (`gerund_to_heads`: "dedicated to";
    not "admitted to planning …"), not of time ("since signing a contract": often a past act).
    Not a gerund
    whose preposition hangs on a noun ("its commitment to holding …": the noun's holder, not a
    clause's subject)."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or not (
            prep.lower_ in actor_lexicon().gerund_preps
            or (prep.lower_ == "to" and prep.head.lower_ in actor_lexicon().gerund_to_heads)
        )
        or verb.tag_ != "VBG"
        or prep.dep_ != "prep"
        or prep.head.pos_ not in ("VERB", "AUX")
        or prep.head.i == verb.i
    ):
        return None
    return prep.head


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive completes, which is the infinitive's subject
    (object control: "convinced Astley to promise", "got the firm to agree"): a noun or
    pronoun object before the infinitive; none, the governing verb's subject shares it."""
    if verb.dep_ != "xcomp":
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")
        ),
        None,
    )


def passive_agent(verb: Token) -> Token | None:
    """The 'by' phrase of a passive verb ('will be provided by the council')."""
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def _stray_agent(verb: Token) -> Token | None:
    """The agent of a passive the parser hung on the verb's object ("stores will be charged a
    4% fee per sale by OpenAI": "by" on "fee"): a "by" phrase under an object or predicate of a
    passive verb whose noun is a named person or organisation (not a date or a figure: "by
    2030", "by 4%"). Round 12b; `passive_agent` (the decision's reading) is unchanged."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "oprd", "attr"):
            continue
        for prep in obj.subtree:
            if prep.dep_ != "prep" or prep.lower_ != "by" or prep.head.dep_ in NOUN_CLAUSE:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("PERSON", "ORG"):
                    return pobj
    return None


def speech_subject(tok: Token) -> Token | None:
    """The subject of the speech verb whose clause holds `tok` ("The utility said it will …")."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if lemma(node) in lexicon().speech_verbs and node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.i != tok.i else None
    return None


def _line_subject(verb: Token) -> Token | None:
    """The noun opening the verb's paragraph, attached by the parser to a word of an earlier line."""
    for tok in verb.doc[verb.sent.start : verb.i]:
        if (
            same_paragraph(tok, verb)
            and tok.pos_ in ("PROPN", "NOUN", "PRON")
            and tok.head.i < tok.i
            and not same_paragraph(tok.head, verb)
        ):
            return tok
    return None


def same_paragraph(a: Token, b: Token) -> bool:
    """No blank line between the two tokens (a hard-wrapped line break does not count)."""
    lo, hi = sorted((a.idx, b.idx))
    return re.search(r"\n[ \t]*\n", doc_text(a.doc)[lo:hi]) is None


def _across_lines(subj: Token, verb: Token) -> bool:
    """A heading the parser joined to the next line ('FORD MUSTANG MACH E' + blank line + 'Ford
    will display …'): a subject on another line than its verb is not the clause's."""
    return not same_line(subj, verb) and any(
        c.dep_ in SUBJECT and c.i != subj.i for c in verb.children
    )


def _holder_of_relative(verb: Token) -> Token | None:
    """'X and Y had a meeting in which Z have been established as goals': X and Y."""
    node = verb
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return None
    noun = node.head
    holder = noun.head
    return clause_subject(holder) if holder.pos_ in ("VERB", "AUX") else None
