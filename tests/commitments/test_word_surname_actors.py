"""Session 22, namewords: a bare surname that is an English word too ('Hope', 'Ford') is a
person's actor only where the people stage lists it as that person's mention there. Sentences
written for these tests."""

from __future__ import annotations

import newsdesk
from commitment_helpers import actors_of, found
from project_paths import ROOT


def test_a_common_word_the_people_stage_read_as_no_mention_is_not_the_person() -> None:
    text = (
        "Carla Hope runs the shelter. She said donations had fallen. Hope will fade if the "
        "talks fail."
    )
    # session 23 (fade): 'fade' makes no record at all now (test_waning_verbs.py); whatever
    # the verb decides, no record may name Carla Hope
    assert all("Carla Hope" not in r.actors for r in found(text))
    # a verb the waning rule leaves alone still meets the session-22 actor rule
    text = text.replace("fade", "return")
    assert all("Carla Hope" not in r.actors for r in found(text))


def test_the_firm_of_a_person_s_surname_is_not_the_person() -> None:
    text = "Harrison Ford starred in the film. Ford will cut 3,000 jobs in Europe."
    assert actors_of(text, "will") == ["Ford"]


def test_the_surname_the_people_stage_lists_is_still_the_person() -> None:
    # where it must still fire: the people stage lists 'Hope' as her mention
    text = "Carla Hope runs the shelter. Hope said she will open a second one in May."
    assert actors_of(text, "will") == ["Carla Hope"]
    # a surname of no English word, which the model tags a firm: the person, as before
    text = "Ruth Okonjo runs the bakery. Okonjo will open a second shop in May, she said."
    assert actors_of(text, "will") == ["Ruth Okonjo"]


def test_the_supplied_article_s_records_keep_their_actors() -> None:
    # 'Biden' alone, "Biden's team": still Joe Biden's
    brief = newsdesk.analyze(ROOT / "examples" / "article.txt")
    us, mx, gt = "United States", "Mexico", "Guatemala"
    assert [c.actors for c in brief.commitments] == [
        [us],
        ["Joe Biden"],
        [us, mx, gt],
        [us, mx, gt],
        [us, mx, gt],
        [gt],
        [us, mx, gt],
        [us, mx, gt],
        [us, mx],
        ["Antony Blinken"],
        ["Andrés Manuel López Obrador", "Joe Biden"],
        ["Joe Biden"],
        ["Joe Biden"],
    ]
