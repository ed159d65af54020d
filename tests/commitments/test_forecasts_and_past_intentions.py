"""Round 11a of the commitments (docs/history/commitments.md, "Round 11a (session 12): false alarms"):
one test per false-alarm class addressed, with the shapes that must keep their record beside.
Sentences written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found
from newsdesk.labels import Strength

# ------------------------------------------------ a speaker's own past intention


def test_a_speakers_own_past_intention_is_no_undertaking() -> None:
    for text, words in (
        ("The old mill stands by the river. I was planning to visit it for years.", "visit"),
        (
            '"We were actually looking to do this a little later," Dana Pruitt said.',
            "later",
        ),
        ('"I was always planning to come back here," Tomas Herrera told the crowd.', "back"),
    ):
        assert [r for r in found(text) if words in r.sentence] == [], text


def test_a_present_plan_and_a_reported_past_tense_keep_their_records() -> None:
    for text, words in (
        ('"We are planning to open a second depot next year," Dana Pruitt said.', "depot"),
        ("The mayor said the city was planning to open a library in May.", "library"),
    ):
        recs = [r for r in found(text) if words in r.sentence]
        assert [r.strength for r in recs] == [Strength.intention], text


# ------------------------------------------------ a quoted "would" with no condition


def test_a_quoted_would_under_a_condition_or_a_report_keeps_its_record() -> None:
    for text, words in (
        (
            '"If the talks fail, we would close the depot," said Lena Ortiz of the Harbour Union.',
            "depot",
        ),
        ('"He told me he would resign by Friday," Mara Quill said of Dario Venn.', "resign"),
    ):
        recs = [r for r in found(text) if words in r.sentence]
        assert [r.strength for r in recs] == [Strength.commitment], text


# ------------------------------------------------ a rule that no longer earns its place


def test_a_person_who_will_become_the_first_to_act_keeps_the_record() -> None:
    # "become" left the nonvolitional list: in the pool it blocked no false alarm and one
    # planned first ("will become the first … to address"); a thing's "will become" still has
    # no agent
    text = (
        "Mayor Ines Calloway arrives in Tallin on Friday. Calloway will become the first mayor "
        "to address the harbour council when she travels on to Riga on Sunday."
    )
    recs = [r for r in found(text) if "harbour council" in r.sentence]
    assert [r.strength for r in recs] == [Strength.commitment]
    assert [r for r in found("The old bridge will become a footpath next year.")] == []


# ------------------------------------------------ a quoted speaker's forecast about a third party


def test_a_quoted_speaker_on_what_a_third_party_will_do_is_a_forecast() -> None:
    for text, words in (
        (
            '"I rattled him, but he will come back stronger next season," Ilse Marr said.',
            "stronger",
        ),
        (
            'Analyst Petra Lund was blunt: "They\'re going to walk away with millions."',
            "millions",
        ),
    ):
        assert [r for r in found(text) if words in r.sentence] == [], text


def test_a_quoted_third_party_under_a_quoted_report_or_the_speakers_we_keeps_it() -> None:
    for text, words in (
        (
            '"The Harbour Union has said they will strike on Monday," Ilse Marr said.',
            "strike",
        ),
        ('"We will reopen the depot on Monday," Ilse Marr of the Harbour Union said.', "depot"),
    ):
        recs = [r for r in found(text) if words in r.sentence]
        assert [r.strength for r in recs] == [Strength.commitment], text
