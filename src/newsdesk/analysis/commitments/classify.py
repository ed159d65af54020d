"""Is this candidate an undertaking? Decided from the parse, rule by rule, each with its reason.

The evidence (docs/commitments.md, "How newsdesk decides"): who holds the clause (a forecast,
a wish, a refusal, a question or a whether/if clause is no undertaking), the subject's agency (a
person, organisation, government or group, not a thing, a market, the writer or the reader),
mood and negation (a negated trigger verb is a refusal; "will not" is an undertaking to
refrain), and what the verb denotes (nobody decides to "need" or to "benefit").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.actors import plan_holder
from newsdesk.analysis.commitments.agency import (
    PERSONAL,
    THING_ENTITIES,
    agentive,
    it_of_an_organisation,
    share_holds_a_plan,
)
from newsdesk.analysis.commitments.attribution import (
    FIRST_PERSON,
    governing_speech,
    in_quotes,
    writer_voice,
)
from newsdesk.analysis.commitments.conditions import (
    OPEN_MARKS,
    condition_clauses,
    counterfactual,
    if_elected,
    marked_by,
    opens_with_if_elected,
)
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.exposition import about_the_text, walking_through
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.lists import under_speech_lead_in
from newsdesk.analysis.commitments.mentions import person_at, salient_person
from newsdesk.analysis.commitments.names import APOSTROPHE_S, NAMED
from newsdesk.analysis.commitments.paths import (
    line_addresses_reader,
    needs_no_reader,
    weak_narrated,
)
from newsdesk.analysis.commitments.phrases import opens_quotation
from newsdesk.analysis.commitments.subjects import passive_agent
from newsdesk.analysis.commitments.timex import resolve_date, time_phrase
from newsdesk.analysis.commitments.triggers import WILL_MODALS, Kind, Trigger, to_infinitive
from newsdesk.analysis.deps import AUXILIARY, CLAUSAL_SUBJECT, COMPLEMENT, NAME_PARTS, SUBJECT


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
    if _question(tok):
        return no("question")
    if trig.kind in (Kind.WILL, Kind.WOULD) and tok.i == sent.start:
        # a headline's question without its mark ("Will Ofgem cap prices again this winter");
        # a given name "Will" is no trigger (`triggers._given_name`)
        return no("question: the sentence opens with the modal")
    path = _path_up(head)
    for node in path:
        if marked_by(node, OPEN_MARKS) and not opens_with_if_elected(node):
            return no("whether/if clause")
    for below, node in pairwise(path):
        nl = lemma(node)
        if nl in lx.forecast_verbs and node.pos_ in ("VERB", "AUX", "ADJ"):
            return no(f"forecast held by '{node.text}'")
        if nl in lx.forecast_nouns and node.pos_ == "NOUN":
            return no(f"forecast ('{node.text}')")
        if (noun := _forecast_premise(node, below)) is not None:
            # session 17: "The concern is that doctors will run out of …", "the fear is that
            # the firm would …": the clause is what a forecast noun holds, told by a copula
            return no(f"forecast ('the {noun.text} is that …')")
        if nl in lx.wish_verbs and node.pos_ == "VERB" and not _reports(node, below):
            return no(f"wish about others ('{node.text}')")
        if nl in lx.refusal_verbs and node.pos_ == "VERB":
            return no(f"refusal ('{node.text}')")
    if subj is not None and (claim := _allegation(trig, path, subj)) is not None:
        # session 20: "Afroz had claimed the network was planning attacks", "It claimed they had
        # been planning to attack …": another's claim about the actor's plan (guideline 2)
        return no(f"an allegation ('{claim.text}'): a claim about a third party's plan")
    for node in path:
        if any(lemma(c) in lx.likelihood_words for c in node.children):
            return no("likelihood: a forecast")
    if (frame := _counterfactual_frame(trig, path)) is not None:
        # session 31: "would then have claimed that … Obama had confirmed his promise to …",
        # "the senator would have agreed to the deal": a past counterfactual or inference holds
        # the clause; what it tells never happened as told (guideline 7, hypotheticals)
        return no(f"a counterfactual frame ('… have {frame.text}'): no undertaking told as real")
    if _commentators(head):
        return no("a commentator's forecast ('analysts say X will …')")
    if subj is not None and _quoted_third_party(trig, subj):
        # round 11a: "'They're going to walk away with millions'", "'He will come out next
        # time a better player'": a speaker telling what someone else will do, a forecast
        return no("a quoted speaker about a third party: a forecast, not their undertaking")
    if subj is None:
        return no("no subject, agent or holder")
    platform = trig.kind in (Kind.WILL, Kind.WOULD) and _platform_clause(head, subj, ctx)
    if platform:
        pass  # "Under Labor, every child will get …", "Our plan will create …": the platform's
    elif subj.i == tok.i:
        # "the goal is to …" speaks for a holder: a speaker or an organisation in reach; with
        # none ("The goal here is to keep the plants bushy", a how-to's aim for the reader)
        # it states a generic purpose, not anyone's plan (guideline 7)
        if _held_by_a_class(subj):
            # session 15: "The goal of mobile designers is to design …": the aim of a kind of
            # people, a generic purpose, whoever the article names near it
            return no("a goal of a class of people ('the goal of designers is to …'): generic")
        if not plan_holder(subj, ctx, None):
            return no("a goal with no holder in reach: a generic purpose")
    elif it_of_an_organisation(trig, subj, ctx):
        pass  # "It aims to invest …": only an agent aims, seeks or weighs
    elif not agentive(subj, ctx, shares=share_holds_a_plan(trig)) and not _name_that_binds(
        trig, subj
    ):
        return no(f"subject '{subj.text}' is not an agent")
    if _class_in_relative_clause(head, subj):
        # session 15: "employees who would like to save …", "an environment where employees
        # want to work": a kind of people a relative clause describes, a generic statement
        return no("a class of people in a relative clause: a generic statement, nobody's plan")
    if about_the_text(trig, subj):
        return no("the writer about the text itself (guideline 12)")
    if walking_through(trig, subj, ctx):
        return no("a walk-through's 'we' (the page says \"let's\"): writer and reader at work")
    if (done := _told_as_done(trig, ctx)) is not None:
        # session 17 (round 2): "announced that it would charge $100, and prices increased",
        # "Mondale, who promised higher taxes, lost": the sentence goes on, in the past, to
        # what came of it; a promise kept or broken is history (guideline 7)
        return no(f"a past promise the sentence tells as done ('{done.text}')")
    if (
        needs_no_reader(trig, subj)
        and line_addresses_reader(trig.token)
        and not _voter_addressed(subj)
    ):
        # chosen by grouped CV over the decision paths (paths.py): "Google will boost
        # your products", "the company will provide you with a number" describe a service
        return no("a weak path addressing the reader: what a product or service does for you")
    if (
        weak_narrated(trig, subj)
        and ctx.reader_page
        and not _voter_addressed(subj)
        and not _a_person(subj, ctx)
    ):
        # by grouped CV: on a page that speaks to its reader (a guide, a review), a
        # third party's "will" describes what a thing does ("Ruby will stop iterating", "our CI
        # will run tests"); a person or a party (a speech's "Ms Holt will fight for …") keeps it
        return no("a weak path on a page that speaks to its reader: a guide's description")
    if (
        weak_narrated(trig, subj)
        and ctx.present_page
        and not ctx.platform_page
        and not _voter_addressed(subj)
        and not _a_person(subj, ctx)
        and not _pronoun_for_a_person(subj, ctx)
        and not _named_body_acting(subj, head)
        and not _dated_act(trig, ctx)
    ):
        # session 17: on a page that describes in the present (a manual, a wiki, a product
        # page), a third party's "will" tells what a thing does ("the telescope will collect
        # radio waves", "Trax will alternate between …"); a person (named, or "she"/"he" for
        # one), a party or an organisation acting on something ("Audi will offer the car in ten
        # finishes") keeps it, and so does a dated act ("… will vote next week": what a thing
        # does has no date, or a recurring one, "on Tuesdays"); a campaign's page, which speaks in the present of what its bodies
        # will do, keeps all
        return no("a weak path on a page that describes in the present: what a thing does")
    negated = negation(trig)
    if trig.kind in (Kind.WILL, Kind.WOULD):
        verb = head
        if _wh_object(verb):
            # "what the government will pay": the clause names an amount or a thing; not a
            # relative pronoun ("the cake, which I will share on my next post", session 19)
            return no("'what the government will pay': a wh-clause names a thing")
        if trig.kind is Kind.WOULD and subj.lower_ == "i" and condition_clauses(verb):
            return no("'I would … if …': a hypothetical")
        if (
            trig.kind is Kind.WOULD
            and _counterfactual(verb)
            and (governing_speech(verb) is None or in_quotes(sent, tok))
        ):
            # reported speech shifts tenses back: "X said that if the tax passed, it would move
            # its headquarters" reports "if the tax passes, we will move" (guideline 9)
            return no("'if X did, they would …': a counterfactual")
        if negated and lemma(verb) in lx.refusal_speech and not _phrasal(verb):
            return no("'would not say': declining, not undertaking")
        if any(lemma(c) in lx.habitual_adverbs for c in (*verb.children, *tok.children)):
            return no("habitual 'will' ('I will sometimes pack …'): what one tends to do")
        if platform and _under_platform(verb, ctx):
            # "Under Labor, every child will get …": what the platform gives its voters ("get",
            # "receive" are no one's decision but the platform's)
            return Verdict(True, negated, "ok")
        if _writers_habit(verb, subj, ctx):
            return no("a writer's habit under a circumstance ('once the plants grow, I'll use')")
        if _fixture(verb):
            return no("a fixture or schedule: the organiser's date, not an undertaking")
        if _schedule(verb, subj, ctx):
            return no("a schedule: what begins or ends, not an undertaking")
        if (act := _begun_act(verb)) is not None:
            # session 19: "will start building the shelters" is the act begun; "will begin
            # receiving notices" is not: the act begun is judged as the bare verb would be
            if _nonvolitional(act):
                return no(f"'{act.text}' is not something one decides")
        elif _nonvolitional(verb):
            return no(f"'{verb.text}' is not something one decides")
        if _outcome(verb):
            return no(f"'{verb.text}' tells how something turns out: a prediction")
        if _wanes(verb):
            return no(f"'{verb.text}' tells what fades by itself, whoever the subject")
        if _agentless_passive(verb):
            return no("agentless passive")
        if _quoted_would(trig, subj):
            # session 24: '"Almost every month I would join a new clique," she writes', '"We
            # would urge the organisers to …"': a direct quotation keeps the speaker's tenses;
            # its "would" with a sign of a habit, a counterfactual or a courtesy is no "will"
            return no("a quoted 'would' of habit, counterfactual or courtesy")
        if (
            trig.kind is Kind.WOULD
            and _unreported_would(trig, subj)
            and not (
                subj.lower_ in lexicon().first_person_plural
                and writer_voice(subj)
                and ctx.platform_page
            )
        ):
            # round 10a: on a campaign's page the text's own "we would bring back …" states
            # its platform (its hypotheticals, "if …, we would", are ruled out above; a
            # writer's "I would …" stays a hypothetical: a party speaks as "we")
            return no("'would' outside reported speech is hypothetical")
        return Verdict(True, negated, "ok")
    if negated or _negative_determiner(subj):
        return no("refusal or absence of an undertaking")
    if trig.kind is Kind.INTENT and trig.complement is not None and _what_object(trig.complement):
        # session 15: "an idea of what we are going to build", "what they want to buy": the
        # clause names a thing (an embedded question or free relative), it states no plan
        return no("'what we are going to build': a wh-clause names a thing, not a plan")
    if trig.kind is Kind.INTENT and _passive_intent(tok):
        # session 17: "it's intended to draw back the veil", "the fund is intended to cover
        # …": what a thing is for, said in the passive; its subject holds no intention ("is
        # set to" stays)
        return no("'is intended to …': a purpose told in the passive, nobody's intention")
    if trig.kind is Kind.INTENT and _empty_wish(trig):
        return no("a wish to be, to have or to thank is not an intention to act")
    if trig.kind is Kind.INTENT and trig.complement is not None and _outcome(trig.complement):
        return no("'is going to prove …', 'is set to do fine': how something turns out")
    if trig.kind is Kind.INTENT and trig.complement is not None and _wanes(trig.complement):
        return no("'is going to fade', 'is set to wane': what fades by itself")
    if trig.kind is Kind.INTENT and _forecast_wish(tok):
        return no("'will want to', 'are going to want to': a forecast of a wish")
    if trig.kind is Kind.INTENT and _hypothetical_wish(tok):
        return no("'I would want to …': a hypothetical wish ('would like to' is one's own)")
    if trig.kind in (Kind.PLAN, Kind.NOUN) and _plan_mentioned(trig):
        return no("a plan mentioned as the subject of another predicate")
    if _narrated_past_intention(trig, sent):
        return no("a past intention told as narrative ('He wanted to sit on the throne')")
    if _own_past_intention(trig, subj, ctx):
        # round 11a: "I was planning to visit …", a quoted "We were actually looking to do this
        # later": the speaker's own intention told in the past tense, a past state of mind
        return no("'I was planning to …': a speaker's own past intention")
    if trig.kind is Kind.CONSIDER and _considers_to_be(tok):
        return no("'considers it to be …' is a judgement")
    if trig.kind is Kind.PLAN and _past_plan_noun(tok):
        return no("'her intention was to …': a past intention")
    if trig.kind is Kind.CONSIDER and _premise(tok):
        return no("'Considering the price, …': a participle stating a premise")
    if trig.kind is Kind.CONSIDER:
        if _agentless_passive(tok):
            return no("agentless passive: a judgement")
        if any(c.dep_ in ("oprd", "acomp") or _small_clause(c) for c in tok.children):
            # "considers the plan sound", "considers the US biased" (parsed as a small clause)
            return no("'consider X Y' is a judgement")
        if _reflection(tok):
            # round 10a: "considers himself an artist", "to consider how new technologies can
            # combine": the verb's frame is a judgement or a reflection, no option weighed
            return no("'consider X a Y', 'consider how …': a judgement or a reflection")
    if trig.kind is Kind.VERB and _present_assurance(trig):
        return no("'I promise you that it is worth …': an assurance about the present")
    if trig.kind is Kind.VERB and trig.complement is not None:
        comp_neg = any(c.dep_ == "neg" for c in trig.complement.children)
        return Verdict(True, comp_neg, "ok")
    return Verdict(True, False, "ok")


# The steps of `decide` (each `return no(...)` stays in `decide` itself, with its reason:
# scripts/audit_commitments.py lists and ablates the rules by rewriting that function alone).


def _name_that_binds(trig: Trigger, subj: Token) -> bool:
    """'Montedison agreed to acquire …', 'Pemex pledged to …': a proper name as the subject of a
    verb of binding oneself (`name_binding_verbs`) is an agent, whatever the model tags it (the
    model tagged Montedison a person the entities stage did not confirm; session 26)."""
    return (
        trig.kind is Kind.VERB
        and lemma(trig.token) in lexicon().name_binding_verbs
        and subj.pos_ == "PROPN"
        and subj.ent_type_ not in THING_ENTITIES
    )


def _question(tok: Token) -> bool:
    """The sentence asks: it ends with a question mark, or one follows the trigger."""
    sent = tok.sent
    return sent.text.rstrip(" \"'”’)").endswith("?") or any(
        t.text == "?" for t in sent if t.i > tok.i
    )


def _forecast_premise(node: Token, clause: Token) -> Token | None:
    """'The concern is that …', 'the risk is that …': `clause` is the predicate of a copula
    whose subject is a forecast noun (`forecast_nouns`); that noun, else None."""
    if lemma(node) != "be" or clause.dep_ not in ("ccomp", "attr"):
        return None
    return next(
        (
            c
            for c in node.children
            if c.dep_ == "nsubj" and c.pos_ == "NOUN" and lemma(c) in lexicon().forecast_nouns
        ),
        None,
    )


def _commentators(head: Token) -> bool:
    """'analysts say X will …': the speech verb holding the clause has commentators as subject."""
    lx = lexicon()
    return (speech := governing_speech(head)) is not None and any(
        c.dep_ == "nsubj" and lemma(_head_noun(c)) in lx.commentator_nouns for c in speech.children
    )


def _allegation(trig: Trigger, path: list[Token], subj: Token) -> Token | None:
    """The verb of claiming (`allegation_verbs`: claim, allege) whose reported clause holds a
    plan verb (`Kind.INTENT`: plan, intend, aim, …), when the clause's subject is a third party,
    not the claimant: another name or noun ("Smith claimed the network was planning …"), or
    another pronoun ("It claimed they had been planning …"). "Acme claimed it plans to …" (the
    claimant again, as a pronoun or the same word) keeps its record, and so does any *will* or
    *would* (a speaker's claim for the body it speaks for, "The minister claimed the government
    will build …"; a quoted "I will …"; review of session 20). None otherwise."""
    if trig.kind is not Kind.INTENT or (
        subj.lower_ in lexicon().first_person_plural
        or subj.lower_ in lexicon().first_person_singular
    ):
        return None
    for below, node in pairwise(path):
        if lemma(node) not in lexicon().allegation_verbs or below.dep_ != "ccomp":
            continue
        claimant = next((c for c in node.children if c.dep_ in SUBJECT), None)
        if claimant is None or subj.lower_ == claimant.lower_:
            continue
        if subj.pos_ == "PRON" and claimant.pos_ != "PRON":
            continue  # "Acme claimed it will …": the pronoun stands for the claimant
        return node
    return None


def _wh_object(verb: Token) -> bool:
    """'what the government will pay', 'who the board will appoint', 'which of the bids it will
    accept': the verb's object is a wh-word, so the clause names a thing (an amount, an embedded
    question), not an undertaking; not in a relative clause ('the cake, which I will share'
    keeps its record), nor a pseudo-cleft ('What the government will do is build homes')."""
    return (
        verb.dep_ != "relcl"
        and not _pseudo_cleft(verb)
        and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in verb.children)
    )


def _what_object(verb: Token) -> bool:
    """'what we are going to build', 'whatever the state will pay': the object is 'what' or
    'whatever' (`free_relative_words`: an embedded question or a free relative); not a relative
    pronoun ('a deal which the bank hopes to announce', 'the cake, which I will share' keep
    theirs), nor a pseudo-cleft's 'what … do is [verb]' ('What the government will do is build
    homes': the act follows the copula, `_pseudo_cleft`)."""
    return not _pseudo_cleft(verb) and any(
        c.dep_ == "dobj" and c.lower_ in lexicon().free_relative_words for c in verb.children
    )


def _pseudo_cleft(verb: Token) -> bool:
    """'What the government will do is build …', 'What we are going to do is build …': 'do'
    (or the 'going' it completes) is the subject clause of a copula whose complement is a verb
    after it (the act undertaken); or of that verb itself, when the parser reads 'is cut' as a
    passive ('What we will do is cut taxes')."""
    if lemma(verb) != "do":
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb
    head = clause.head
    if clause.dep_ not in CLAUSAL_SUBJECT or head.i < clause.i:
        return False
    if lemma(head) == "be" and head.dep_ in AUXILIARY:
        head = head.head  # 'is cut' read as a passive: the copula hangs on the act
        return head.pos_ == "VERB" and head.i > clause.i
    if lemma(head) == "be":
        return any(c.pos_ == "VERB" and c.i > head.i for c in head.children)
    return head.pos_ == "VERB" and any(
        c.dep_ in AUXILIARY and lemma(c) == "be" and clause.i < c.i < head.i for c in head.children
    )


def _bare_plural(noun: Token) -> bool:
    """'employees', 'mobile UX designers': a plural common noun with no determiner, possessor,
    number or named body in it ("Google engineers"): a kind of people, not a body the article
    names."""
    return (
        noun.tag_ == "NNS"
        and noun.pos_ == "NOUN"
        and noun.ent_type_ not in NAMED
        and not any(
            c.dep_ in ("det", "poss", "nummod", "appos", "predet")
            or (c.dep_ == "compound" and c.ent_type_ in NAMED)  # "Google engineers": a body
            for c in noun.children
        )
    )


def _class_in_relative_clause(verb: Token, subj: Token) -> bool:
    """'employees who would like to save', 'an environment where employees want to work',
    'users who will …': the clause of the trigger is a relative clause (`_path_up` stops there)
    and its subject (or the noun the clause hangs on) is a bare plural (`_bare_plural`), a
    kind of people the clause describes: a generic statement (guideline 7)."""
    top = _path_up(verb)[-1]
    return top.dep_ == "relcl" and _bare_plural(subj)


def _held_by_a_class(goal: Token) -> bool:
    """'the goal of mobile UX designers', 'the aim of investors': the goal's holder, given by
    'of', is a bare plural (`_bare_plural`), a kind of people."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and _bare_plural(o) for o in prep.children)
        for prep in goal.children
    )


def _schedule(verb: Token, subj: Token, ctx: Context) -> bool:
    """ "Rocket Pass 4 will begin at 10:00", "the offer will end soon": the subject is
    what is scheduled to begin or end (intransitive), not one who acts; a person or "we" ("If
    elected, we will start immediately") still acts."""
    return (
        lemma(verb) in lexicon().schedule_verbs
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
        and subj.lower_ not in FIRST_PERSON
        and subj.lower_ not in PERSONAL
        and not person_at(ctx, subj.idx)
    )


def _nonvolitional(verb: Token) -> bool:
    """'will need', 'will get a refund': nobody decides these (unless an agent or a causative
    'get X done' makes it an act)."""
    return (
        lemma(verb) in lexicon().nonvolitional_verbs
        and passive_agent(verb) is None
        and not _causative(verb)
        and not _ergative_act(verb)
    )


def _begun_act(verb: Token) -> Token | None:
    """'start building', 'begin to write', 'resume talking': the act a verb of what begins or
    ends (`schedule_verbs`) takes as its verb complement, or None."""
    if lemma(verb) not in lexicon().schedule_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def _wanes(verb: Token) -> bool:
    """'hope will fade', 'support will wane', 'the strike will peter out': what grows less or
    goes away by itself (`waning_verbs`, verb or verb + particle), which no subject decides,
    a name ("Hope", "Grace") included; with an object it is an act ('will diminish the risk')."""
    forms = _objectless_forms(verb)
    if forms is None:
        return False
    lem, particles = forms
    waning = lexicon().waning_verbs
    # 'fade away', 'wither away' as the bare verb; 'peter out' listed as verb and particle
    return lem in waning or any(p in waning for p in particles)


def _objectless_forms(verb: Token) -> tuple[str, list[str]] | None:
    """The verb's lemma and its verb + particle forms ('turn out', 'peter out'), or None where
    it takes a direct object or a dative: then it is an act ('will prove its case', 'will
    diminish the risk'), which `_outcome` and `_wanes` both leave alone."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    lem = lemma(verb)
    return lem, [f"{lem} {c.lower_}" for c in verb.children if c.dep_ == "prt"]


def _outcome(verb: Token) -> bool:
    """'will prove to be the testing ground', 'will turn out fine', 'will do just fine': how
    something turns out, which nobody undertakes whatever the subject (a product, a brand, a
    team); with an object it is an act ('will prove its case', 'will work out a deal'), unless
    the verb and its object are an idiom of fate (`_fate`: 'will pay the price')."""
    lx = lexicon()
    if _fate(verb):
        return True
    forms = _objectless_forms(verb)
    if forms is None:
        return False
    lem, particles = forms
    if particles:
        return any(p in lx.outcome_verbs for p in particles)
    if lem in lx.outcome_verbs:
        return True
    return lem == "do" and any(
        c.dep_ in ("advmod", "acomp") and c.lower_ in lx.outcome_adverbs for c in verb.children
    )


def _fate(verb: Token) -> bool:
    """'will pay the price', 'would pay a heavy price', 'will go the way of the dodo', 'will
    meet its end', 'would suffer the same fate': the verb and its object noun (by lemma) are one
    of `fate_phrases`, an idiom of what befalls the subject, which nobody undertakes (session
    30). A phrase with a third word takes that preposition after the noun ('go the way of';
    'go its own way' is a choice); an object with an amount is a real payment ('will pay a
    price of $5', 'pay the price of 40 cents a share', `_amount_of`)."""
    lem = lemma(verb)
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "npadvmod") or obj.pos_ != "NOUN":
            continue
        for phrase in lexicon().fate_phrases:
            verb_lemma, noun_lemma, *prep = phrase.split()
            if verb_lemma != lem or noun_lemma != lemma(obj):
                continue
            if prep and not any(
                c.dep_ == "prep" and c.lower_ == prep[0] and c.i > obj.i
                for c in (*obj.children, *verb.children)
            ):
                continue
            if not _amount_of(obj):
                return True
    return False


def _amount_of(noun: Token) -> bool:
    """'a price of $5', 'the price of 40 cents', 'a $5 price': a number or a sum of money
    before the noun or in its 'of' phrase."""
    words = [t for c in noun.children if c.i < noun.i for t in c.subtree]
    words += [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return any(t.like_num or t.tag_ == "$" or t.ent_type_ == "MONEY" for t in words)


def _ergative_act(verb: Token) -> bool:
    """'the party would end new coal mines', 'will start construction in May': an
    ergative verb with a direct object is the subject's act (alone, 'the offer will end', it is
    a schedule)."""
    return lemma(verb) in lexicon().ergative_verbs and any(c.dep_ == "dobj" for c in verb.children)


def _agentless_passive(verb: Token) -> bool:
    """'will be built', 'is being considered': a passive with no 'by' agent."""
    return any(c.dep_ == "auxpass" for c in verb.children) and passive_agent(verb) is None


def _unreported_would(trig: Trigger, subj: Token) -> bool:
    """'would' that no speech or commitment verb reports, outside quotation marks and no
    campaign's platform: a hypothetical."""
    verb = trig.head
    return (
        governing_speech(verb, also=lexicon().commit_verbs) is None
        and not in_quotes(trig.token.sent, trig.token)
        and not _platform(verb, subj)
        and not under_speech_lead_in(trig.token)
    )


# the auxiliaries of a passive the parser may label 'aux' ("it's intended to" parses as a perfect)
PASSIVE_BE = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re"}
)


def _passive_intent(tok: Token) -> bool:
    """'is intended to', 'was planned to': an intention verb in the passive, its subject what
    the intention is about (not 'is set to', the settled future, `triggers._intent_trigger`;
    not 'I've planned to', a perfect). A contracted "'s" is read as "is" only before a verb
    of purpose ("it's intended to", "it's designed to": `purpose_participles`); before any
    other it is the perfect's "has" ("she's planned to open a shop")."""
    if tok.tag_ != "VBN" or lemma(tok) == "set":
        return False
    auxes = [
        c
        for c in tok.children
        if c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ in PASSIVE_BE)
    ]
    return any(
        c.lower_ not in APOSTROPHE_S or lemma(tok) in lexicon().purpose_participles for c in auxes
    )


def _empty_wish(trig: Trigger) -> bool:
    """'hopes to be', 'would like to thank': a wish with no action (not after 'plan', 'aim',
    'intend', 'seek')."""
    return (
        trig.complement is not None
        and lemma(trig.complement) in lexicon().empty_complements
        and lemma(trig.token) not in lexicon().firm_intent_verbs
    )


def _forecast_wish(tok: Token) -> bool:
    """'will want to', 'are going to want to': a forecast of a wish."""
    return lemma(tok) in lexicon().wanting_verbs and (
        any(c.dep_ == "aux" and lemma(c) in WILL_MODALS for c in tok.children)
        or (lemma(tok.head) == "go" and tok.dep_ == "xcomp" and tok.head.tag_ == "VBG")
    )


def _hypothetical_wish(tok: Token) -> bool:
    """'I would want to …': a hypothetical wish ('would like to' is one's own)."""
    return lemma(tok) in ("want", "wish") and any(
        c.dep_ == "aux" and lemma(c) == "would" for c in tok.children
    )


def _plan_mentioned(trig: Trigger) -> bool:
    """ "A plan to bring a resort to the Bay Area is one step closer", "Another plan to
    convert the building remains", "[Putin's plan to absorb …] broke down": a plan nobody holds,
    or one told in the past, is what the sentence talks about (a mention, like "the planned
    cuts"), not a stated plan ("the goal is to", "our plan to build 20 schools will create
    jobs": a holder's plan in the present keeps its record)."""
    tok = trig.token
    return (
        tok.dep_ in SUBJECT
        and trig.complement is not None
        and trig.complement.head.i == tok.i
        and (
            not any(c.dep_ == "poss" for c in tok.children)
            or tok.head.tag_ in ("VBD", "VBN")
            or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in tok.head.children)
        )
    )


def _considers_to_be(tok: Token) -> bool:
    """'considers it to be …', 'considers it important': a judgement."""
    return any(c.dep_ in COMPLEMENT and (c.pos_ == "ADJ" or lemma(c) == "be") for c in tok.children)


def _past_plan_noun(tok: Token) -> bool:
    """'her intention was to …': a past intention."""
    return tok.dep_ == "nsubj" and lemma(tok.head) == "be" and tok.head.tag_ == "VBD"


def _premise(tok: Token) -> bool:
    """'Considering the price, …': a participle stating a premise."""
    return (
        tok.tag_ == "VBG"
        and not any(c.dep_ == "aux" for c in tok.children)
        and (tok.i == tok.sent.start or tok.dep_ in ("advcl", "prep", "pcomp"))
    )


def _reflection(tok: Token) -> bool:
    """'considers himself "an artist"' (a nominal predicate parsed as the clause it heads), 'a
    colleague we consider the most tech-savvy' (the relative gap judged by a superlative) and
    'to consider how new technologies and people can combine' (a finite clause opened by how,
    what, why): consider in its senses of judging and reflecting, not weighing an option
    ('is considering whether to sell', 'considering a ban', 'considering buying' keep theirs)."""
    for comp in tok.children:
        if comp.dep_ == "dobj" and tok.dep_ == "relcl" and _superlative(comp):
            return True  # "a colleague we consider the most tech-savvy": the gap is judged
        if comp.dep_ != "ccomp":
            continue
        if comp.pos_ == "NOUN" and not any(c.dep_ == "aux" for c in comp.children):
            return True
        if (
            comp.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
            and any(w.lower_ in ("how", "what", "why") for w in comp.subtree if w.i < comp.i)
        ):
            return True
    return False


def _superlative(noun: Token) -> bool:
    """'the most tech-savvy', 'the best': a superlative, a predicate of judgement."""
    return any(t.tag_ in ("JJS", "RBS") for t in noun.subtree)


def _present_assurance(trig: Trigger) -> bool:
    """'I promise you that it is worth …', 'we promise that the food is fresh': an assurance
    about the present (a 'that' clause in the present tense of 'be'), not an undertaking. Not
    when the 'be' takes an infinitive ('the money is to be spent on …': an obligation ahead)
    or the clause holds a span of time ahead ('fees are frozen until 2027', 'safe for the next
    ten years': a state promised for that span)."""
    comp = trig.complement
    return (
        comp is not None
        and lemma(comp) == "be"
        and comp.tag_ in ("VBZ", "VBP")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)
        and to_infinitive(comp) is None
        and not _span_ahead(comp)
    )


def _span_ahead(clause: Token) -> bool:
    """'until 2027', 'for the next ten years': a preposition in the clause closing a span
    (`span_end_prepositions`) at a date, or opening one with a time ahead (`future_words`); not
    'quiet until late at night', 'until you leave' (third review)."""
    lx = lexicon()
    for tok in clause.subtree:
        if tok.dep_ != "prep":
            continue
        if lemma(tok) in lx.span_end_prepositions and any(
            t.ent_type_ == "DATE" for t in tok.subtree
        ):
            return True
        if not {t.lower_ for t in tok.subtree}.isdisjoint(lx.future_words):
            return True
    return False


def _fixture(verb: Token) -> bool:
    """'Sampras will meet Ivanisevic in the final', 'will make their first appearance', 'will
    compete in Atlanta': a match or an appearance on someone else's schedule (the committee that
    'will meet' with no opponent still decides to)."""
    lx = lexicon()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma(verb) in lx.fixture_verbs and not objects:
        return True
    for obj in objects:
        if lemma(obj) in lx.fixture_objects:
            return True
        rival = obj.ent_type_ in NAMED or obj.pos_ == "PROPN"
        if rival and lemma(verb) in lx.match_verbs:
            return True
        if (
            rival
            and lemma(verb) == "take"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
        ):
            return True  # "will take on Leeds on Saturday"
    return False


def _head_noun(tok: Token) -> Token:
    """'a number of analysts', 'some of the economists': the noun a quantity is of."""
    if lemma(tok) in lexicon().quantity_nouns:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return tok


def _small_clause(comp: Token) -> bool:
    """'considers the US biased', 'considered the matter closed': a clause with its own subject
    and a participle or adjective as predicate, no auxiliary, no 'that'; not 'considers buying'
    (xcomp) nor 'is considering whether to …'."""
    return (
        comp.dep_ == "ccomp"
        and comp.tag_ in ("VBN", "VBD", "JJ")
        and any(c.dep_ == "nsubj" for c in comp.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in comp.children)
    )


# the pronouns that stand only for a person ("they" and "it" as often stand for things)
PERSON_PRONOUNS = frozenset({"he", "she"})


def _a_person(subj: Token, ctx: Context) -> bool:
    """The subject names a person (an entity, or a person the entities stage found)."""
    return subj.ent_type_ == "PERSON" or person_at(ctx, subj.idx) is not None


def _dated_act(trig: Trigger, ctx: Context) -> bool:
    """The action has a date or time (`time_of`: "next week", "in June", "soon") that does not
    recur ("on Tuesdays", "every morning": `recurring_time_words`, a schedule, what a thing
    does). Only the time phrase and the words that govern it count ("on", "every"), not the
    rest of the action ("review every application in June" is dated)."""
    found = time_phrase(ctx.doc, trig)
    if found is None:
        return False
    phrase = found[0]
    root = phrase.root
    words = [*phrase, *(c for c in root.children if c.dep_ in ("det", "amod", "predet"))]
    if root.dep_ == "pobj":
        words.append(root.head)
    return not any(t.lower_ in lexicon().recurring_time_words for t in words)


def _pronoun_for_a_person(subj: Token, ctx: Context) -> bool:
    """'she'/'he' standing for a person named in reach (`salient_person`); one that stands for
    nobody the entities stage found (a game's character on a wiki) says nothing."""
    return subj.lower_ in PERSON_PRONOUNS and bool(salient_person(ctx, subj))


def _named_body_acting(subj: Token, verb: Token) -> bool:
    """'Audi will offer the car in ten finishes', 'Ford will display its first electric SUV': an
    organisation the model names, acting on a direct object; or going on to act with a party
    (session 18: 'the FDA will continue to communicate with compounders', a verb of
    `party_verbs` with 'with' after it: software 'will continue to run updates' acts with
    nobody); not a thing the model may tag as one, told by what it does alone ("Trax will
    alternate between …", "AI will succeed")."""
    if subj.ent_type_ != "ORG":
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(
        c.dep_ == "xcomp"
        and lemma(c) in lexicon().party_verbs
        and any(p.dep_ == "prep" and p.lower_ == "with" for p in c.children)
        for c in verb.children
    )


def _voter_addressed(subj: Token) -> bool:
    """'A Torvald Party government will give you a tax refund', 'Labor will cut your bills': a
    government or party speaks to the voter (campaign material), not a service to its user."""
    lem = lemma(subj)
    return (
        lem in lexicon().platform_nouns
        or lem in lexicon().party_names
        or subj.lower_ in lexicon().party_names
        or subj.ent_type_ in ("NORP", "GPE")
    )


def _platform(verb: Token, subj: Token) -> bool:
    """A campaign's platform stated with 'would': any agent under 'if elected', or a government
    or party a name makes a campaign's ("A Labor government would scrap …", "a Greens government
    would …"): the party's programme, not a hypothetical."""
    if any(if_elected(c) for c in verb.children):
        return True  # "If elected, the party would …"
    if _party(subj):
        return True  # "The Greens would establish …", "Labor would scrap …"
    return lemma(subj) in lexicon().platform_nouns and any(
        c.dep_ in ("compound", "amod") and (c.ent_type_ in ("NORP", "ORG") or c.pos_ == "PROPN")
        for c in subj.children
    )


HABIT_MARKERS = ("when", "whenever", "once", "if")  # the clause of a recurring circumstance


def _writers_habit(verb: Token, subj: Token, ctx: Context) -> bool:
    """'Once the plants grow up, I'll use beer traps', 'When we're not getting rain I will use
    …', 'I won't judge if you slice …', 'Depending on the trip, I will either …': on a page that
    speaks to its reader (a guide, a blog), the writer's "I will" under a circumstance of the
    world (a when/once/if clause in the present whose subject is not the writer, or "depending
    on") tells what the writer does each time, not an undertaking (guideline 7). A speech's "If I
    am elected, I will …" has the writer as the clause's subject and keeps its record, and a
    campaign's page keeps every such record ("If you vote for me, I will …" is a conditional
    undertaking, guideline 9)."""
    if subj.lower_ != "i" or not writer_voice(subj) or not ctx.reader_page:
        return False
    if ctx.platform_page:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "depending":
            return True
        if c.dep_ != "advcl" or c.tag_ not in ("VBP", "VBZ", "VB", "VBG"):
            continue
        if not any(m.lower_ in HABIT_MARKERS for m in c.children if m.dep_ in ("mark", "advmod")):
            continue
        if lemma(c) in lexicon().ballot_verbs:
            continue  # "If you vote for me, I will …": a campaign's condition
        own = next((g for g in c.children if g.dep_ in SUBJECT), None)
        if own is not None and own.lower_ not in ("i", "me"):
            return True
    return False


def _platform_clause(verb: Token, subj: Token, ctx: Context) -> bool:
    """A campaign states what its platform does for voters (round 10a): the clause is under a
    party or a party's government ("Under Labor, every child will get …", "under a Labor
    government, every school will …"; on a campaign's page also "under our plan"), or its
    subject is the platform itself, a plan held by a party or, on a campaign's page, by the
    text's own "we" ("Labor's plan will create …", "Our plan will create 250,000 jobs")."""
    return platform_holder(verb, subj, ctx) is not None


def platform_holder(verb: Token, subj: Token, ctx: Context) -> Token | None:
    """Whose platform the clause states (`_platform_clause`), passed on to the actor steps
    (round 10c): the object of 'under' ('Labor', 'government', 'plan') or the possessor of the
    plan noun ('Labor', 'our'); None when the clause states no platform."""
    lx = lexicon()
    page = ctx.platform_page
    under = _under_platform_object(verb, ctx)
    if under is not None and (
        agentive(subj, ctx)
        or any(c.dep_ == "det" and c.lower_ in ("every", "each", "all") for c in subj.children)
    ):
        # who benefits: "every child", "every school", "families"; not a thing ("Under Labor,
        # prices will rise" is an opponent's forecast)
        return under
    if lemma(subj) in lx.intent_nouns and subj.tag_ == "NN":
        return next(
            (
                c
                for c in subj.children
                if c.dep_ == "poss" and (_party(c) or _party_body(c) or (page and _ours(c)))
            ),
            None,
        )
    return None


def _under_platform(verb: Token, ctx: Context) -> bool:
    """'Under Labor, …', 'under a Labor government, …', on a campaign's page 'under our plan,
    …': the clause is set under a party's platform."""
    return _under_platform_object(verb, ctx) is not None


def _under_platform_object(verb: Token, ctx: Context) -> Token | None:
    """The object of a verb's 'under' that names a party's platform (`_under_platform`)."""
    page = ctx.platform_page
    return next(
        (
            obj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "under"
            for obj in prep.children
            if obj.dep_ == "pobj" and (_party(obj) or _party_body(obj) or (page and _ours(obj)))
        ),
        None,
    )


def _party_body(noun: Token) -> bool:
    """'a Labor government', 'the Coalition government': a government or party a party name
    makes a campaign's."""
    lx = lexicon()
    return lemma(noun) in lx.platform_nouns and any(
        c.dep_ in ("compound", "amod")
        and (c.lower_ in lx.party_names or lemma(c) in lx.party_names)
        for c in noun.children
    )


def _ours(noun: Token) -> bool:
    """'our plan', 'our government': held by the text's own "we"."""
    poss = (
        noun if noun.dep_ == "poss" else next((c for c in noun.children if c.dep_ == "poss"), None)
    )
    return poss is not None and poss.lower_ == "our" and writer_voice(poss)


def _party(subj: Token) -> bool:
    """A party named as such ('Labor', 'the Greens', 'the Coalition'), alone as the subject: no
    determiner but 'the', no modifier ('a Labor voter' is not the party)."""
    lx = lexicon()
    return (subj.lower_ in lx.party_names or lemma(subj) in lx.party_names) and not any(
        c.dep_ in NAME_PARTS or (c.dep_ == "det" and c.lower_ != "the") for c in subj.children
    )


def _causative(verb: Token) -> bool:
    """'will get Brexit done': getting a thing done is an action (a clause with its own subject
    and a past participle), unlike 'will get a refund'. Not 'have' ('will have you covered' is
    a product's promise of cover, 'will have it fixed' as often a forecast)."""
    if lemma(verb) != "get":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subj is not None
        and subj.lower_ in lexicon().first_person_plural
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    ):
        # "We will get the budget back into surplus": a platform's act of bringing a thing back
        # (round 10a; "investors will get their money back" receives, and stays no record)
        return True
    return any(
        c.dep_ in ("ccomp", "xcomp", "oprd")
        and c.tag_ == "VBN"
        and any(g.dep_ in SUBJECT for g in c.children)
        for c in verb.children
    )


def negation(trig: Trigger) -> bool:
    """'will not', 'pledged not to': the trigger or its verb negated (an undertaking to refrain
    when the candidate is one)."""
    tok, head = trig.token, trig.head
    return any(c.dep_ == "neg" for c in tok.children) or (
        head is not tok and any(c.dep_ == "neg" for c in head.children)
    )


def _reports(verb: Token, clause: Token) -> bool:
    """A verb that both reports and bids ("tell") reports a finite clause it holds ("'I will
    resign,' she told reporters", "told Reuters the firm would …") and bids an infinitive one
    ("told them to leave": a wish about others)."""
    return (
        lemma(verb) in lexicon().speech_verbs
        and clause.dep_ in ("ccomp", "parataxis")
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _counterfactual_frame(trig: Trigger, path: list[Token]) -> Token | None:
    """The participle of a past counterfactual or inference on the path up from the trigger
    ("would have claimed that …", "could have agreed to …", "must have promised to …": a modal
    of `perfect_modals` with "have" as its auxiliaries, and not the trigger itself, the modal
    of a reported future perfect, "said it would have finished by June"), or None. "will have"
    (the future perfect of an undertaking, "will have built 500 homes by June") is not one."""
    lx = lexicon()
    for node in path:
        if node.tag_ != "VBN":
            continue
        auxes = [c for c in node.children if c.dep_ == "aux" and c.i < node.i]
        if any(lemma(c) == "have" for c in auxes) and any(
            lemma(c) in lx.perfect_modals and c.i != trig.token.i for c in auxes
        ):
            return node
    return None


def _path_up(tok: Token) -> list[Token]:
    """The clauses that hold `tok`, up to the root or to a relative clause: 'The firms, which
    plan to …, declined to comment' — the main verb holds the noun, not what the clause says."""
    out = [tok]
    while out[-1].head.i != out[-1].i and out[-1].dep_ != "relcl":
        out.append(out[-1].head)
    return out


def _past_anchor(trig: Trigger) -> Token | None:
    """The past-tense verb a record hangs on: the speech verb that reports it ("announced
    that it would …"), else the trigger or its head in the simple past ("promised higher
    taxes", "made plans to …")."""
    speech = governing_speech(trig.head)
    if speech is not None:
        return speech if speech.tag_ == "VBD" else None
    for node in (trig.token, trig.head, trig.token.head):
        if node.tag_ == "VBD":
            return node
        if node.pos_ not in ("NOUN", "AUX", "PART"):
            break  # only a plan noun's verb ("made plans") or the modal's own verb
    return None


def _conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated with `verb`, itself included ("returned …, made plans … but
    failed …")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out = [top]
    for node in out:
        out.extend(c for c in node.children if c.dep_ == "conj")
    return out


def _told_as_done(trig: Trigger, ctx: Context) -> Token | None:
    """'The company announced that it would charge $100, and prices increased', 'she made
    plans to meet a friend – but failed to show', 'Mondale, who promised higher taxes, lost':
    a promise, plan or announcement told in the simple past, and after it, in a clause
    coordinated with it or with the action it reports, another past act or event (not another
    report), or, for a relative clause on a subject, that subject's own past act. The sentence
    tells what came of the undertaking: history, a promise kept or broken (guideline 7), not an
    undertaking now. The verb that tells it, or None. A bare report ("said on Monday it would
    cut 500 jobs"), a present sequel, or a past one whose subject is another agent (what others
    did about it: "…, and residents protested") keeps the record, and so does, after a report, a
    sequel without a subject of its own: the speaker's next act ("said he would resign and
    apologised"), whether the parse hangs it on the report or on the reported action. The parse cannot tell a
    thing's change that is the act done ("prices increased") from a market's reaction to the
    news ("shares fell"): both are dropped; train+dev holds no undertaking of the second kind."""
    anchor = _past_anchor(trig)
    if anchor is None:
        return None
    speech = lexicon().speech_verbs
    reported = lemma(anchor) in speech
    # the parser hangs the sequel on the report ("announced …, and prices increased") or on
    # the reported action ("announced that it would charge …, and fares rose")
    for base in dict.fromkeys((anchor, trig.head)):
        for verb in _conjuncts(base):
            if verb.i > base.i and verb.tag_ == "VBD" and lemma(verb) not in speech:
                own = next((c for c in verb.children if c.dep_ in SUBJECT), None)
                if own is None and reported:
                    # "said he would resign and apologised", "said it would build 100 homes
                    # and pledged to cut taxes": the speaker's next act, not what came of it
                    continue
                if own is None or not agentive(own, ctx):
                    return verb
    if anchor.dep_ == "relcl" and anchor.head.dep_ in SUBJECT:
        outcome = anchor.head.head
        if outcome.tag_ in ("VBD", "VBN") and lemma(outcome) not in speech:
            return outcome
    return None


def _negative_determiner(subj: Token) -> bool:
    return any(c.lower_ in ("no", "neither", "none") for c in subj.children if c.dep_ == "det")


def _narrated_past_intention(trig: Trigger, sent: Span) -> bool:
    """'He wanted to sit on the throne', 'It wasn't something that I planned to
    demonstrate': an intention verb in the simple past, told by the writer (no reporting verb
    holds it, no quotation marks) is what someone meant to do then, a past state of mind
    (guideline 7), not a plan stated now. Reported ('said it planned to …') and quoted
    intentions keep their record."""
    tok = trig.token
    return (
        trig.kind is Kind.INTENT
        and tok.tag_ == "VBD"
        and trig.complement is not None
        and trig.complement.pos_ in ("VERB", "AUX")  # "wanted to sit", not "wanted 40 percent"
        and governing_speech(tok) is None
        and not in_quotes(sent, tok)
    )


def _quoted_third_party(trig: Trigger, subj: Token) -> bool:
    """'"5 and they're going to walk away with hundreds of millions"', '"I shook him a bit but
    he will come out next time a better player"': inside quotation marks, "he", "she" or "they"
    is someone other than the speaker (who speaks for themselves and their body as "I"/"we"),
    so what they will do (*will*, *would*, *going to*) is the speaker's forecast, not anyone's
    undertaking; an intention verb ("they plan to") tells their own state of mind. A speech verb
    inside the quotation ('"The Republicans have said they will block it"') reports the third
    party's own words and keeps the record."""
    tok = trig.token
    sent = tok.sent
    if subj.lower_ not in lexicon().third_party_pronouns or not in_quotes(sent, tok):
        return False
    if trig.kind not in (Kind.WILL, Kind.WOULD) and lemma(tok) != "go":
        return False  # "they plan to", "she wants to": their own state of mind, told
    speech = governing_speech(trig.head, also=lexicon().commit_verbs)
    return speech is None or not in_quotes(sent, speech)


def _own_past_intention(trig: Trigger, subj: Token, ctx: Context) -> bool:
    """'I was planning to visit it for years', '"We were actually looking to do this a little
    bit later," she said', '"I always wanted to teach"': an intention verb in the past (simple or
    progressive) whose subject is the speaker, "I" or "we", inside quotation marks (a quotation
    keeps its tenses: its past is the speaker's past) or in the text's own voice, is what the
    speaker meant to do then, not a plan stated now (guideline 7). Outside quotation marks a
    speech verb shifts tenses back ("she said we were planning to …" reports a present plan)
    and keeps the record; so does a third party's "was planning to", which the gold reads both
    ways. A plan whose action carries a time ahead ('"I was planning to announce it next
    week"') or that the speaker says still holds ('… and we still are') is a plan now
    (review 12c, 7)."""
    tok = trig.token
    lx = lexicon()
    if trig.kind is not Kind.INTENT or subj.lower_ not in lx.first_person_singular | (
        lx.first_person_plural
    ):
        return False
    if trig.complement is None or trig.complement.pos_ not in ("VERB", "AUX"):
        return False
    past = tok.tag_ == "VBD" or (
        tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in tok.children)
    )
    if not past or _plan_ahead(trig.complement, ctx) or _still_holds(tok):
        return False
    return in_quotes(tok.sent, tok) or governing_speech(tok) is None


# a resolved date compared with the article's, to the precision it has ("2027", "2027-03",
# "2027-03-04"); an ISO week ("2026-W49") is left out: it does not compare as text
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _plan_ahead(action: Token, ctx: Context) -> bool:
    """Whether the action carries a date ahead: "next week", "this year", "the coming months"
    (`plan_ahead_words`), or a date that resolves after the article's (`resolve_date`)."""
    scope = {t.i for t in action.subtree}
    for ent in action.doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start not in scope:
            continue
        if any(t.lower_ in lexicon().plan_ahead_words for t in ent):
            return True
        value = resolve_date(ent.text, ctx.published)
        if (
            ctx.published is not None
            and value is not None
            and ISO_DATE.fullmatch(value)
            and value > ctx.published.isoformat()[: len(value)]
        ):
            return True
    return False


def _still_holds(tok: Token) -> bool:
    """'We were planning to …, and we still are': a conjoined clause says the plan holds."""
    return any(c.lower_ == "still" for conj in tok.conjuncts for c in conj.children)


def _counterfactual(verb: Token) -> bool:
    """'If women wanted to be appreciated …, they would go to the library': *would*
    under an if-clause in the simple past (the second conditional) imagines, whoever the
    subject; not 'if elected' (a platform, `_platform`) nor an if-clause in the present ('would
    strike if the talks fail' keeps its record, guideline 9). The tests: `conditions`."""
    return any(counterfactual(c) for c in condition_clauses(verb))


def _phrasal(verb: Token) -> bool:
    """'will not let our farmers down': a particle other than 'on' makes another verb than the
    one that declines to speak ('would not let on', session 15, campaign)."""
    return any((c.dep_ == "prt" or c.tag_ == "RP") and c.lower_ != "on" for c in verb.children)


def _quoted_would(trig: Trigger, subj: Token) -> bool:
    """'"Almost every month I would join a new clique," she writes', '"We would urge the
    organisers to review …," a spokesman said', '"I would have voted against the bill"': a
    direct quotation is not backshifted, so a *would* inside quotation marks is the speaker's
    own tense; it is no record (guideline 7) only on a positive sign that it is a courtesy, a
    counterfactual or a habit (`_not_undertaking`), whoever the subject. Without one it keeps
    its record ('"I would never sell this club," the owner said', '"A Labor government would
    bring back the dental scheme"': a pledge in the speaker's own words; session 24 review).
    Reported speech is no direct quotation: a report inside the quotation ('"He told me he
    would resign"') or a quotation that opens inside the complement of a speech verb or of
    "according to" ('The mayor said "the city would build 500 homes"', 'According to Brandt,
    the government "would act swiftly"') is never taken."""
    tok = trig.token
    sent = tok.sent
    if trig.kind is not Kind.WOULD or not in_quotes(sent, tok):
        return False
    speech = governing_speech(trig.head, also=lexicon().commit_verbs)
    if speech is not None and in_quotes(sent, speech):
        return False
    if _partial_quote(tok, speech):
        return False
    return _not_undertaking(trig.head)


def _partial_quote(tok: Token, speech: Token | None) -> bool:
    """The quotation holding `tok` opens in its sentence after a speech verb or "according to"
    with no comma or colon just before the mark ('said "the city would …"', 'told reporters
    that "I would not …"', 'According to Brandt, the government "would act …"'): reported
    speech with a few words quoted, whatever stands inside the marks. 'The mayor said: "The
    city would …"' and a quotation opened in an earlier sentence are direct."""
    sent = tok.sent
    mark = next((t for t in reversed(sent[: tok.i - sent.start]) if opens_quotation(t)), None)
    if mark is None or mark.i == sent.start or mark.nbor(-1).text in (",", ":"):
        return False
    if speech is not None and speech.i < mark.i:
        return True
    return any(
        t.lower_ == "according" and t.i < mark.i and t.nbor(1).lower_ == "to"
        for t in sent[: mark.i - sent.start]
    )


def _not_undertaking(verb: Token) -> bool:
    """The signs, read from the parse of the *would* clause, that it states no undertaking:
    a courtesy or advice verb ('I would urge everyone to …', 'we would recommend …',
    `wish_verbs`, `courtesy_verbs`); "would have" + participle, a counterfactual ('I would have
    voted against it'); a habit: a time with "every"/"each" or "once a"/"twice a" ('every
    morning', 'once a year'), a phrase of the past ('in those days', 'back then'), or a "when"
    clause in the past tense ('When I ran the depot, I would …')."""
    lx = lexicon()
    if lemma(verb) in lx.wish_verbs | lx.courtesy_verbs:
        return True
    if verb.tag_ == "VBN" and any(
        c.dep_ in AUXILIARY and c.lower_ in ("have", "'ve", "’ve") for c in verb.children
    ):
        return True
    clause = [*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    return any(_habit_marker(c) for c in clause)


def _habit_marker(tok: Token) -> bool:
    """'every morning', 'each year', 'once a year', 'twice a week'; 'in those days', 'in the
    past', 'back then'; 'when I was a boy' (a "when" clause in the past tense)."""
    lx = lexicon()
    if tok.dep_ == "npadvmod" and tok.pos_ in ("NOUN", "PROPN"):
        # "every" as a det, or a nummod when an adverb leads it ("almost every month")
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")]
        if any(d in lx.habit_determiners for d in dets):
            return True
        # "once a year": the parser hangs "once" on the noun or on the verb just before it
        edge = tok.left_edge
        before = edge.nbor(-1) if edge.i > edge.sent.start else edge
        if any(d in ("a", "an") for d in dets) and lx.habit_frequency_words & {
            edge.lower_,
            before.lower_,
        }:
            return True
    words = " ".join(t.lower_ for t in tok.subtree if not t.is_punct)
    if tok.dep_ in ("prep", "advmod") and words in lx.habit_time_phrases:
        return True
    return (
        tok.dep_ == "advcl"
        and any(c.lower_ == "when" and c.dep_ == "advmod" for c in tok.children)
        and (
            tok.tag_ == "VBD" or any(c.dep_ in AUXILIARY and c.tag_ == "VBD" for c in tok.children)
        )
    )
