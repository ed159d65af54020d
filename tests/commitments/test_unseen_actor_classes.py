"""Session 15's actor classes, found on pages no actor rule was written from (docs/history/
session15-cactors.md): one test per class, each with the side it must not overreach. Sentences
written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import FILLER, actors_of, found

# -- a speech verb that shares its subject with the verb it is coordinated with ---------------


def test_it_after_a_coordinated_says_is_the_shared_subject() -> None:
    text = (
        "Northwind Motors has begun selling trucks, which Contoso Depots makes, and says it plans"
        " to open more stores."
    )
    assert actors_of(text, "plans") == ["Northwind Motors"]


def test_a_speech_verb_with_its_own_subject_keeps_it() -> None:
    text = "Northwind Motors sells trucks, and Castell Bank says it plans to open more branches."
    assert actors_of(text, "plans") == ["Castell Bank"]


# -- "they" after a plural common noun of its own sentence ----------------------------------


def test_they_after_a_plural_common_noun_is_nobody() -> None:
    text = (
        "Ashford Bank and its rivals compete. Most lenders do not want to build new apps; they"
        " want to improve the ones they already have."
    )
    assert actors_of(text, "want") == []


def test_they_after_a_named_group_keeps_the_group() -> None:
    text = "Ashford Bank and Castell Bank signed a pact on Monday. They will open ten branches."
    assert sorted(actors_of(text, "will")) == ["Ashford Bank", "Castell Bank"]


# -- a quotation handed on by a verb that is no speech verb of the decision ("comments X") ---


def test_we_after_a_quotation_a_comment_verb_hands_on_is_its_speaker() -> None:
    text = (
        "Tom Weller founded the band in 1990. \u201cWe're excited about the tour,\u201d comments"
        " Tom Weller in a statement, \u201cas it's a celebration of our history. We'll be"
        " performing songs from our full catalog.\u201d"
    )
    assert actors_of(text, "'ll") == ["Tom Weller"]


def test_a_quoted_we_far_from_the_comment_is_nobody() -> None:
    text = (
        "\u201cWe're excited,\u201d comments Tom Weller. The weather was mild. Trains ran on time."
        " Nobody was hurt. \u201cWe'll be performing songs from our full catalog.\u201d"
    )
    assert actors_of(text, "'ll") == []


# -- a dateline in capitals that the parser makes the subject --------------------------------


def test_a_dateline_is_not_the_actor() -> None:
    text = (
        "ATHLETICS - TOUR DATES .\nNAIROBI 1996-08-30\nKenya will host the title race in\n"
        "a three-match series against Uganda during a two-week tour\n"
        "starting on June 2 next year , the Athletics Board\nsaid on Friday ."
    )
    recs = found(text)
    assert recs, "the undertaking is found"
    assert all("Nairobi" not in r.actors for r in recs)


# -- a plural common noun capitalised at the start of a line ---------------------------------


def test_a_capitalised_plural_common_noun_is_no_name() -> None:
    text = "Plans for members\n\nAttendees will build a robot with the trainers. Most attendees enjoy it."
    assert actors_of(text, "will") == []


def test_a_plural_name_never_written_in_lower_case_stays() -> None:
    text = "The Rangers will open a new stadium in May, the club said."
    assert actors_of(text, "will") != []


# -- a bare "the goal is to …" whose only candidate holder is out of guideline 10's reach ------


def test_a_bare_goal_far_from_any_organisation_is_nobodys() -> None:
    text = (
        "Northwind Energy sells seeds online. "
        + FILLER
        + "The goal is to cut waste by half next year."
    )
    assert actors_of(text, "goal") == []


def test_a_bare_goal_after_the_organisation_that_set_it_is_its() -> None:
    text = "Northwind Energy unveiled a new turbine on Monday. The goal is to cut costs by half."
    assert actors_of(text, "goal") == ["Northwind Energy"]


# -- a person's name in apposition after a noun and its prepositional object (lead) ---------


def test_the_name_after_a_role_and_its_object_is_the_roles_holder() -> None:
    # the parser hangs the name on the object ("Springfield", "Lindsay"); the closing comma
    # hangs on the role noun: the name is the role holder's
    text = "The mayor of Springfield, Tom Wills, promised to repave Main Street by June."
    assert actors_of(text, "promised") == ["Tom Wills"]
    text = "The Labor candidate for Lindsay, Diane Beamer, will fight for a new hospital."
    assert actors_of(text, "will") == ["Diane Beamer"]


def test_a_place_after_a_bodys_place_is_no_holder() -> None:
    text = "The city of Dayton, Ohio, will repave Main Street by June."
    assert "Ohio" not in actors_of(text, "will")
