"""The commitment extractor's word lists, read once: the detection rules' from
data/commitments.json (`lexicon`), the actor rules' from data/commitment-actors.json
(`actor_lexicon`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from newsdesk.labels import PlaceKind


@dataclass(frozen=True, slots=True)
class Lexicon:
    commit_verbs: frozenset[str]  # the actor binds itself: commit, pledge, promise, vow, …
    # verbs of binding oneself that only an agent does: a proper name as their subject is a
    # body or a person however the model tags it ("Montedison agreed to acquire …"; not
    # promise or offer: "Windows promises to be faster", "the app offers to save …"; session 26)
    name_binding_verbs: frozenset[str]
    infinitive_only_verbs: frozenset[str]  # offer, threaten, decide: only + to-infinitive
    commit_objects: frozenset[
        str
    ]  # "committed troops", "pledged aid": objects that are undertakings
    agree_verbs: frozenset[str]  # commitments only with an action: agree to, sign up to
    reaffirm_verbs: frozenset[str]  # verbs that make a commitment noun an undertaking
    commit_nouns: frozenset[str]  # pledge, promise, offer, … + to-infinitive
    # "is making a tender offer for 33 mln shares", "launched an offer for X": of
    # `commit_nouns`, those whose "for" object is the action when one of `bid_verbs` makes
    # them (session 27)
    bid_nouns: frozenset[str]
    bid_verbs: frozenset[str]
    intent_nouns: frozenset[str]  # plan, goal, aim, bid, … + to-infinitive
    # "in an effort to cut costs": nouns that state an intention only as the object of "in",
    # the purpose an act is done for (session 32)
    purpose_nouns: frozenset[str]
    goal_nouns: frozenset[str]  # "established as goals"
    set_verbs: frozenset[str]  # the verbs that set goals
    disclosure_verbs: frozenset[
        str
    ]  # "unveiled its plans", "announced plans for": a plan made known
    intent_verbs: frozenset[str]  # plan, intend, aim, seek, … + to-infinitive
    object_intent_verbs: frozenset[str]  # "is seeking pacts", "wants cooperation"
    # intention verbs only in the progressive or after will ("is trying to", "is continuing
    # to", "will look to"): the simple present tells a habit ("I try to eat well")
    progressive_intent_verbs: frozenset[str]
    # intention verbs whose action may be a gerund after "on" ("we plan on opening …")
    gerund_intent_verbs: frozenset[str]
    # "will continue to": the modal's own record, a commitment (guideline 4), not a second
    # record of intention
    modal_covered_verbs: frozenset[str]
    consider_verbs: frozenset[str]  # consider, weigh, mull, …
    # "the group said it may buy more shares": the modals of an actor's own stated possibility,
    # a consideration when their subject is one of `own_stance_pronouns` (session 27)
    possibility_modals: frozenset[str]
    own_stance_pronouns: frozenset[str]
    option_verbs: frozenset[str]  # study, examine, explore … only with an option as object
    possibility_nouns: frozenset[str]  # the options those verbs must take
    speech_verbs: frozenset[str]  # verbs that report what someone said
    forecast_verbs: frozenset[str]  # expect, predict, believe: someone else's forecast
    forecast_nouns: frozenset[str]  # "worries that the bank would …": a forecast too
    commentator_nouns: frozenset[str]  # "analysts say X will …": a forecast, not X's word
    wish_verbs: frozenset[str]  # "would like the other side to …": a wish about others
    refusal_verbs: frozenset[str]  # "refused to pledge": the absence of an undertaking
    refusal_speech: frozenset[str]  # "would not say": declining to speak, not undertaking
    nonvolitional_verbs: frozenset[str]  # "will need", "will get": nobody decides these
    fixture_verbs: frozenset[str]  # "will compete": a sports fixture, always the organiser's
    # nonvolitional alone ("the season will start", "the offer will end"), an agent's act with
    # an object ("will end the freeze", "will start construction in May")
    ergative_verbs: frozenset[str]
    schedule_verbs: frozenset[str]  # "Rocket Pass 4 will begin at 10": what begins or ends
    # how something turns out, whoever the subject, without an object: "will prove to be the
    # testing ground", "will turn out fine", "will fare better" (a prediction; "will prove its
    # case", "will work out a deal" are acts); "pan out", "turn out": verb and particle
    outcome_verbs: frozenset[str]
    outcome_adverbs: frozenset[str]  # "will do just fine", "will do well": how it goes for one
    # what befalls the subject, told as an idiom of fate (session 30): "will pay the price",
    # "will go the way of the dodo", "will meet its end", "would suffer the same fate"; each the
    # verb's lemma, its object noun's lemma and, where the idiom has one, the preposition the
    # noun takes ("go way of": not "go its own way"); an object with an amount is a real
    # payment ("will pay a price of $5")
    fate_phrases: frozenset[str]
    # what grows less or goes away by itself, without an object, whoever the subject: "hope
    # will fade", "support will wane", "the protests will peter out" (session 23: no one
    # decides these; "rise", "fall", "grow" stay out: "grow the fund", "rise to speak" are acts)
    waning_verbs: frozenset[str]
    match_verbs: frozenset[str]  # "will meet Ivanisevic": a match against a named rival
    fixture_objects: frozenset[str]  # "will make their first appearance", "will defend his title"
    empty_complements: frozenset[str]  # "would like to thank", "hopes to be": no action
    habitual_adverbs: frozenset[str]  # "I will sometimes pack …": habit, not an undertaking
    likelihood_words: frozenset[str]  # "will likely": a forecast
    generic_determiners: frozenset[str]  # "most companies will": generic, not an actor
    agent_nouns: frozenset[str]  # people and bodies that can undertake something
    org_nouns: frozenset[str]  # "the company": resolved to the organisation last named
    party_names: frozenset[str]  # "Labor will cut your bills": a party pledging to the voter
    member_nouns: frozenset[str]  # "Castell Bank officials": people who act for a named body
    member_preps: frozenset[str]  # "officials at X", "a spokesman for X": ties them to the body
    # the intention verbs that state a wish, not a plan: "will want to" forecasts a wish ("will
    # look to", "will seek to" are plans, kept; "would like to" is the actor's own wish, kept)
    wanting_verbs: frozenset[str]
    # "I hope (that) I can bring …", "the US hopes that it can finish …": a hope whose clause has
    # the hoper as its own subject is the hoper's intention, not a wish about others
    hope_clause_verbs: frozenset[str]
    # "we expect to iterate", "he expects to wring $300m": the subject's own act, expected by
    # itself in the present, is its plan (an intention); "is expected to" (a forecast by
    # others), "expected to" (past) and "you can expect to pay" (advice) are not
    own_expectation_verbs: frozenset[str]
    # "half of the members", "a majority of voters": a share of a group acts as the group does,
    # but only as the holder of a plan (`share_intent_verbs`: "57% of respondents plan to …");
    # "40% of Americans will pay more" is a projected statistic, no undertaking
    share_nouns: frozenset[str]
    share_intent_verbs: frozenset[str]
    # "the airline expects to lose $200m", "Smith expects to remain in hospital", "the mayor
    # expects to face a recall vote": what befalls the subject, expected of itself, is a
    # forecast, not its plan; so is a result it will report ("expects to report a loss": a
    # `result_verbs` verb with a `result_nouns` object)
    expectation_outcome_verbs: frozenset[str]
    # outcome verbs that are an act with a direct object: "the firm expects to grow" is a
    # forecast, "Microsoft expects to grow its workforce to 5,000" is its plan
    transitive_act_verbs: frozenset[str]
    result_verbs: frozenset[str]
    result_nouns: frozenset[str]
    # "the storm Nadia", "the virus Covid", "the ship Polaris": a thing or an event whose name,
    # in apposition right after the noun, the model may tag as a person, a firm or a place; any
    # other noun with such a name after it ("the singer Adele", "the chipmaker Nvidia", "the
    # capital Seoul") is the person, body or place named
    named_thing_nouns: frozenset[str]
    # a sentence opening with these, in the writer's voice, points into the text ("Here we are
    # going to …", "Later, we'll explore …"); not "Today" or "Now" (a release's "Today we will
    # announce …" acts in the world)
    text_openers: frozenset[str]
    cost_nouns: frozenset[
        str
    ]  # "we will cover the cost of …" pays; "we will cover the basics" writes
    # verbs whose subject must be an agent: "it aims to", "it is weighing" speak of an
    # organisation (a product or the weather does not aim); not "hope", "want" ("it wants to
    # rain"), nor "going to" / "set to"
    agent_only_verbs: frozenset[str]
    # bodies whose platform a campaign states with "would": "A Labor government would scrap …"
    # (the party's programme, not a hypothetical)
    platform_nouns: frozenset[str]
    deal_nouns: frozenset[str]  # "agreed a deal", "agreed terms": the object an agreement binds to
    # agreements that bind their parties to an action: "announced a definitive agreement to
    # acquire X", "reached a deal to sell", "entered into an agreement to buy"
    agreement_nouns: frozenset[str]
    naming_verbs: frozenset[str]  # "a venture to be called X", "a group known as X"
    # intention verbs that keep an empty complement ("plans to be …"), unlike "hopes to be"
    firm_intent_verbs: frozenset[str]
    # participles whose passive tells what a thing is for ("it's intended to", "it's designed
    # to", "they're meant to"): after a contracted "'s" these read as "is", any other as "has"
    purpose_participles: frozenset[str]
    # a date or time with one of these recurs ("on Tuesdays", "every morning"): a schedule
    recurring_time_words: frozenset[str]
    handing_verbs: frozenset[str]  # "we will give a bit of info": hand the reader information
    quantity_nouns: frozenset[str]  # "a number of analysts": the noun a quantity is of counts
    # "the authorities of the two sides": a counted body stands for the group last counted
    authority_nouns: frozenset[str]
    object_pledge_verbs: frozenset[str]  # "promised an amnesty": any object is undertaken
    # org nouns whose plural is one body, not a class: "police will investigate", "security
    # forces will withdraw" (unlike "companies will demand …")
    one_body_plurals: frozenset[str]
    # "we'll give you …", "we will provide you with …": handing the reader something is the writer
    # about the text; handing_verbs without "offer" on purpose ("we will offer you a discount" is
    # a real offer); "share" is among discourse_verbs already
    reader_giving_verbs: frozenset[str]
    # the word opening an adverbial clause about when ("when the law passes", "until the talks
    # end", "once approved") or on what condition ("unless …") the main clause happens
    time_clause_markers: frozenset[str]
    document_nouns: frozenset[str]  # "said in a statement": the document is the source
    group_nouns: frozenset[str]  # "the parties": the last group of countries named
    time_words: frozenset[str]  # "soon": a time without a value
    future_words: frozenset[str]  # "next month", "tomorrow": a time ahead of the article
    past_words: frozenset[str]  # "last week", "a year ago": a time behind it
    discourse_verbs: frozenset[str]  # "we'll walk you through", "I'll show you": the text itself
    text_nouns: frozenset[str]  # "in this guide we will …": the writer about the text
    exposition_verbs: frozenset[str]  # "we will cover / explore / focus on": only texts do
    exposition_things: frozenset[str]  # "give a bit of info", "provide practical tips"
    number_words: dict[str, int]
    weekdays: tuple[str, ...]
    lemma_fixes: dict[str, str]  # forms the small model lemmatises wrongly
    listing_words: frozenset[str]  # "firms including A and B", "such as" (with "as")
    first_person_plural: frozenset[str]  # a quoted "we" / "our" / "us"
    first_person_singular: frozenset[str]  # "I" / "me" / "my": the speaker alone
    # "he", "she", "they": others than the speaker, inside quotation marks (round 11a)
    third_party_pronouns: frozenset[str]
    # "next week", "this year", "the coming months": a date ahead of the telling, which makes
    # a plan told in the past a plan still (review 12c, 7)
    plan_ahead_words: frozenset[str]
    partner_nouns: frozenset[str]  # "the partners": the parties named together
    source_function_words: frozenset[str]  # "Bank of England" / "Ministry of Defence" share "of"
    own_clause_modals: frozenset[str]  # "I hope I can bring": own act; not would/could
    anaphors: frozenset[str]  # "the US hopes that it can …": the hoper again
    # the voter's act as a condition ("If you vote for me, I will …", "if you elect us"): a
    # campaign's conditional undertaking, never a writer's habit (round 10a)
    ballot_verbs: frozenset[str]
    # "will continue to work with / talk with …": an act with a party, which only a body does
    # (an organisation's further act on a describing page, session 18)
    party_verbs: frozenset[str]
    # "frozen until 2027": a preposition closing a span of time ahead, which makes a present
    # "be" an undertaking for that span (`_present_assurance`, session 18 fix round 2)
    span_end_prepositions: frozenset[str]
    # "the new Roomba said it will …": a name so modified is a product launched, not a body
    # (`agency._named_speaker`, session 18 fix round 2)
    new_thing_adjectives: frozenset[str]
    # "Smith said it will rain …": the "it" of the weather names nothing, whoever speaks
    # (`agency._empty_it`, session 18 third review)
    weather_verbs: frozenset[str]
    # "it will take time to …", "it would take an enormous amount of resources": what a task
    # costs, the object of an empty "it … take" whoever reports it (`agency._empty_it`,
    # session 32 cprec)
    toll_nouns: frozenset[str]
    # "what the government will pay", "whatever the state will pay": an object that makes the
    # clause name a thing, not an undertaking (`classify._what_object`, session 19)
    free_relative_words: frozenset[str]
    # "Smith claimed the network was planning attacks": a claim about a third party's plan is an
    # allegation, not the party's own stance (`classify._allegation`, session 20)
    allegation_verbs: frozenset[str]
    # the positive signs that a quoted "would" is no undertaking (`classify._quoted_would`,
    # session 24 round 2): a courtesy or advice verb besides `wish_verbs` ("I would recommend
    # this route", "we would remind drivers"); a recurring time with one of
    # `habit_determiners` ("every month", "each year") or `habit_frequency_words` + "a" ("once
    # a year", "twice a week"); a phrase of the past ("in those days", "back then")
    courtesy_verbs: frozenset[str]
    habit_determiners: frozenset[str]
    habit_frequency_words: frozenset[str]
    habit_time_phrases: frozenset[str]
    # session 31 (cprec): the modals of a past counterfactual or inference, "would have
    # claimed", "could have agreed", "must have promised" (`classify._counterfactual_frame`;
    # not "will have", the future perfect of an undertaking)
    perfect_modals: frozenset[str]


def _fields(cls: type, file: str) -> dict[str, object]:
    """The values of a word-list record's fields, from one data file: each list as the
    frozenset or tuple its field declares, each mapping as a dict."""
    raw = json.loads(resources.files("newsdesk").joinpath(file).read_text(encoding="utf-8"))
    kwargs: dict[str, object] = {}
    for name, kind in cls.__annotations__.items():
        value = raw[name]
        if "frozenset" in kind:
            kwargs[name] = frozenset(value)
        elif "tuple" in kind:
            kwargs[name] = tuple(value)
        else:
            kwargs[name] = dict(value)
    return kwargs


@cache
def lexicon() -> Lexicon:
    return Lexicon(**_fields(Lexicon, "data/commitments.json"))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """The actor rules' word lists (data/commitment-actors.json)."""

    # 'the city', 'the state', 'the country': the kind of place each common noun stands for
    place_nouns: dict[str, PlaceKind]
    # 'the congressman', 'the striker', 'the chairman': common nouns that describe one person
    person_nouns: frozenset[str]
    # 'the statement', 'the company', 'a spokesman': a document or a body that speaks for an
    # organisation, so a quoted "we" under it is the organisation named in reach
    body_nouns: frozenset[str]
    # 'the government', 'the police': nouns for a body of one kind, which stand only for an
    # organisation whose name holds the noun, never for another body in reach (session 20)
    own_kind_nouns: frozenset[str]
    # 'the Government': of `own_kind_nouns`, those capitalised as the name of the national body
    capitalised_body_nouns: frozenset[str]
    # 'Deputy Premier', 'Vice President', 'Former Premier': words of a role whose holder is not
    # the one 'the Premier' or 'the President' names (session 20 review)
    not_holder_words: frozenset[str]
    state_offices: frozenset[str]
    # 'comments Johnston', 'she recalled': verbs that hand a quotation to their subject without
    # being the decision's speech verbs (session 15)
    quoting_verbs: frozenset[str]
    # 'Authorised by', 'Paid for by', 'Media contact': how a line that names who issued the
    # page begins (session 16)
    sign_off_openers: tuple[str, ...]
    # 'About ': the word of an 'About X' heading over a release's boilerplate paragraph, with
    # the space after it ('About 300' and 'About this' open prose; `mentions._about_heading`)
    about_openers: tuple[str, ...]
    # 'Comments', 'Leave a comment': a line that opens a page's reader comments (session 16)
    comment_headings: frozenset[str]
    # 'by', 'through': the prepositions after which a subjectless gerund is the act of the
    # clause's own subject ("… by aiming to …"; session 17)
    gerund_preps: frozenset[str]
    # 'dedicated', 'committed': the participles after whose 'to' a subjectless gerund is the act
    # of the clause's subject ("is dedicated to crafting …"), unlike other verbs' ("admitted to
    # planning …"; session 17)
    gerund_to_heads: frozenset[str]
    # 'Media release', 'Press statement': the words a release's heading adds to its issuer's
    # name (session 17)
    release_labels: tuple[str, ...]
    # 'according to': words that show a page reports a body in the third person (session 16)
    reporting_phrases: tuple[str, ...]


@cache
def actor_lexicon() -> ActorLexicon:
    kwargs = _fields(ActorLexicon, "data/commitment-actors.json")
    places = kwargs["place_nouns"]
    assert isinstance(places, dict)
    kwargs["place_nouns"] = {noun: PlaceKind(kind) for noun, kind in places.items()}
    openers = kwargs["about_openers"]
    assert isinstance(openers, tuple)
    kwargs["about_openers"] = tuple(f"{w} " for w in openers)
    return ActorLexicon(**kwargs)  # type: ignore[arg-type]


def lemma(tok: Token) -> str:
    """The token's lemma, lower case, with the small model's known slips fixed."""
    return lexicon().lemma_fixes.get(tok.lower_, tok.lemma_.lower())
