"""Session 17 (docs/history/session17-cprec.md): false-alarm classes read on the fourteenth and
thirteenth samples' dev rows (pages no rule had been written from), each decided from the parse
or the page's voice: a thing's "will" on a page that describes in the present, a walk-through's
"we" on a page that says "let's", a clause a forecast noun holds ("the fear is that …", "the
belief that …"), an intention verb in the passive, a state of mind or an outcome told with
*will*. Each class has a record that must stay beside it. Sentences written for these tests;
names invented."""

from __future__ import annotations

from collections import Counter

from pytest import MonkeyPatch
from spacy.tokens import Doc, Span

from commitment_helpers import found
from newsdesk.analysis.commitments import timex
from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.labels import Strength


def _strengths(text: str, word: str) -> list[Strength]:
    return [r.strength for r in found(text) if word in r.sentence]


# ------------------------------------------------ a page that describes in the present

# A game's manual: every finite verb in the present (more than `paths.PRESENT_PAGE_VERBS` of
# them), no sentence addressed to the reader (so the reader-page rule does not decide).
GUIDE = (
    "Harbour Manager is a football game for two players. Each club has a squad of twenty "
    "players and a small budget. The season has thirty rounds. A match lasts ten minutes. "
    "The board sets a target before each season, and the squad trains on weekdays. "
    "Injuries happen often, and a doctor treats them. The transfer window opens in January. "
    "Prices rise when a club needs a striker. Scouts find young players in the lower leagues. "
    "The stadium grows when the club wins a trophy. Fans leave when results are poor. "
    "A sponsor pays more when the club is in the top four. "
    "The captain wears an armband and speaks for the team. "
)
# A report of a meeting: told in the past.
REPORT = (
    "The league met on Monday. Its chairman said the clubs had voted for a new cup. "
    "The vote was close, and two clubs walked out. The owners argued for an hour. "
    "Fans protested outside the hall. Police watched but made no arrests. "
    "The chairman thanked the clubs. He called it a fair result. "
)
RULE = "In the cup, the league will alternate between home and away ties."


def test_a_will_on_a_page_that_describes_in_the_present_tells_what_happens() -> None:
    assert _strengths(GUIDE + RULE, "alternate") == []


def test_the_same_will_on_a_page_told_in_the_past_stays_an_undertaking() -> None:
    assert _strengths(REPORT + RULE, "alternate") == [Strength.commitment]


def test_a_person_on_a_page_that_describes_keeps_the_record() -> None:
    text = GUIDE + "Mara Lind, the designer, will release a new season in May."
    assert _strengths(text, "release") == [Strength.commitment]


def test_a_campaign_page_in_the_present_keeps_what_its_bodies_will_do() -> None:
    campaign = (
        "Labor has a plan for the state. Families pay too much for power, and rents keep "
        "rising. Schools need more teachers and hospitals need more beds. Our towns deserve "
        "better roads. Labor believes in fair wages. Nurses work long hours and teachers buy "
        "their own supplies. Farmers face dry years. Small firms carry heavy costs. Young people "
        "leave for the city. The state has the money, and the choice is clear. Labor listens "
        "to the bush. Our candidates live in the towns they serve. Each of them knows the local "
        "schools. Power bills hurt pensioners most, and the current government ignores them. "
        "Roads flood every winter. Buses run late. Clinics close at five. "
        "The health department will hire 500 nurses in the first year."
    )
    assert _strengths(campaign, "nurses") == [Strength.commitment]


def test_a_short_text_is_never_judged_by_its_tense() -> None:
    assert _strengths(RULE, "alternate") == [Strength.commitment]


# ------------------------------------------------ a walk-through's "we"

WALK = "Lemon trees grow well in pots, and the seeds are easy to find. Let's start with the seeds. "


def test_a_walk_through_we_on_a_page_that_says_lets_is_no_undertaking() -> None:
    text = WALK + "First, we'll soak the seeds in warm water overnight. "
    text += "Then we will plant them in small pots of compost."
    assert found(text) == []


def test_a_plan_verb_on_a_walk_through_page_stays_a_plan() -> None:
    text = WALK + "We plan to sell the seedlings at the spring fair."
    assert _strengths(text, "fair") == [Strength.intention]


def test_a_dated_we_will_on_a_page_that_says_lets_stays_an_undertaking() -> None:
    text = WALK + "We will open a second nursery in Leeds in June."
    assert _strengths(text, "nursery") == [Strength.commitment]


def test_a_dated_walk_through_we_keeps_its_time_read_once(monkeypatch: MonkeyPatch) -> None:
    # (session 20) the walk-through rule reads the time of the "we will" while deciding, the
    # record after: one reading per candidate (`timex.candidate_time`), the same time
    asked: Counter[int] = Counter()
    time_phrase = timex.time_phrase  # what `time_of` reads the time with

    def counted(doc: Doc, trig: Trigger) -> tuple[Span, bool] | None:
        asked[trig.token.i] += 1
        return time_phrase(doc, trig)

    monkeypatch.setattr(timex, "time_phrase", counted)
    (rec,) = found(WALK + "We will open the garden shop on June 3.")
    assert rec.time is not None and rec.time.text == "June 3"
    assert asked and set(asked.values()) == {1}


def test_lets_be_clear_makes_no_walk_through() -> None:
    text = "Dock Workers Guild\n\nLet's be honest about the rota. We will refuse the night shifts."
    assert _strengths(text, "refuse") == [Strength.commitment]


def test_let_us_know_makes_no_walk_through() -> None:
    text = "Lemon trees grow well in pots. Let us know how yours grow. "
    text += "First, we'll soak the seeds in warm water overnight."
    assert _strengths(text, "soak") == [Strength.commitment]


# ------------------------------------------------ a clause a forecast noun holds


def test_what_a_fear_or_a_belief_holds_is_a_forecast() -> None:
    assert found("The fear is that the council will close the library in May.") == []
    text = "Investors bought, driven by the belief that Castell Bank will raise its dividend."
    assert found(text) == []


def test_a_reported_undertaking_with_no_forecast_noun_stays() -> None:
    text = "The council said it will close the library in May."
    assert _strengths(text, "library") == [Strength.commitment]


# ------------------------------------------------ an intention verb in the passive


def test_an_intention_verb_in_the_passive_tells_what_a_thing_is_for() -> None:
    for intended in ("It is intended", "It’s intended"):
        text = f"Harlow Trust opened a repair fund in March. {intended} to pay for new roofs."
        assert _strengths(text, "roofs") == [], text


def test_a_contracted_has_before_an_intention_verb_is_a_perfect() -> None:
    text = "Ada Brenn runs the ferry. She's planned to add a night crossing for years."
    assert _strengths(text, "night crossing") == [Strength.intention]
    text = "Castell Bank said it's planned to shut 40 branches by June."
    assert _strengths(text, "branches") == [Strength.intention]


def test_an_intention_verb_in_the_active_stays_an_intention() -> None:
    text = "Harlow Trust opened a repair fund in March. It intends to pay for new roofs."
    assert _strengths(text, "roofs") == [Strength.intention]


# ------------------------------------------------ a state of mind, an outcome


def test_a_state_of_mind_or_an_outcome_told_with_will_is_no_undertaking() -> None:
    assert _strengths("Mara Lind says she won't worry about the delay.", "worry") == []
    assert _strengths("Castell Bank will succeed only if its customers stay.", "succeed") == []


def test_succeeding_someone_is_an_act() -> None:
    text = "Castell Bank will succeed Harbour Ltd as the sponsor of the league."
    assert _strengths(text, "sponsor") == [Strength.commitment]


# ------------------------------------------------ who keeps a "will" on a describing page


def test_a_person_named_by_a_pronoun_on_a_describing_page_keeps_the_record() -> None:
    text = GUIDE + "Ada Brenn coaches the youth side. She will coach the first team on Saturdays."
    assert _strengths(text, "first team") == [Strength.commitment]


def test_a_dated_act_on_a_describing_page_keeps_the_record() -> None:
    text = GUIDE + "The league board will vote on the new rules next week."
    assert _strengths(text, "vote") == [Strength.commitment]


def test_a_recurring_time_on_a_describing_page_is_no_date() -> None:
    for when in ("on Mondays and Thursdays", "every Monday"):
        text = GUIDE + f"The league will publish the table {when}."
        assert _strengths(text, "table") == [], when


def test_each_or_every_outside_the_date_leaves_the_act_dated() -> None:
    for act in ("inspect every boat in the harbour in June", "send each player a shirt next month"):
        text = GUIDE + f"The league board will {act}."
        assert _strengths(text, act.split()[0]) == [Strength.commitment], act
