"""Session 22, namewords (issue 12): a name's reading decided by the document's evidence, not
by the word. A given name that is an English word too ('Theresa', 'Hope') opens a person's full
name where the text shows a person; a later bare word that is a common word or a firm's name
('Hope', 'Ford') is the person's mention only where the text reads it as a name. Sentences
written for these tests; most run the small model as a user would, the `_tagged` ones set the
model's labels on the Doc (`only_tagged_doc`) so that each exercises the rule."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis import entities
from newsdesk.model import Person
from tagging import only_tagged_doc


def _brief(text: str) -> tuple[list[Person], set[str]]:
    brief = newsdesk.analyze(text, clean=False)
    return brief.people, {o.name for o in brief.organizations}


def _mentions(people: list[Person], name: str) -> list[str]:
    return [m.text for p in people if p.name == name for m in p.mentions]


def test_a_given_name_that_is_a_word_opens_a_name_with_a_role_in_apposition() -> None:
    people, _ = _brief("Theresa May, the prime minister, met the unions on Monday.")
    assert [(p.name, p.role) for p in people] == [("Theresa May", "prime minister")]
    people, _ = _brief("Hope Rivera, the mayor, met the unions on Monday.")
    assert [(p.name, p.role) for p in people] == [("Hope Rivera", "mayor")]


def test_a_given_name_that_is_a_word_opens_a_name_said_by() -> None:
    people, _ = _brief("Theresa May said the talks would resume after the holiday.")
    assert [p.name for p in people] == ["Theresa May"]


def test_a_common_word_opening_a_sentence_is_no_mention_of_the_person() -> None:
    text = (
        "Carla Hope runs the shelter. She said donations had fallen. Hope will fade if the "
        "talks fail."
    )
    people, _ = _brief(text)
    assert _mentions(people, "Carla Hope") == ["Carla Hope"]


def test_the_surname_said_by_is_still_a_mention() -> None:
    people, _ = _brief("Carla Hope runs the shelter. Hope said donations had fallen.")
    assert _mentions(people, "Carla Hope") == ["Carla Hope", "Hope"]


def test_a_firm_of_the_same_word_stays_a_firm() -> None:
    text = "Harrison Ford starred in the film. Ford will cut 3,000 jobs in Europe."
    people, orgs = _brief(text)
    assert _mentions(people, "Harrison Ford") == ["Harrison Ford"]
    assert "Ford" in orgs


def test_the_surname_with_a_person_s_verb_is_still_the_person() -> None:
    people, _ = _brief("Harrison Ford starred in the film. Ford said he was proud of it.")
    assert _mentions(people, "Harrison Ford") == ["Harrison Ford", "Ford"]


def test_no_person_from_common_words() -> None:
    # where the change must not fire: a common word opening a sentence, a question's verb,
    # a noun in lower case, a firm's name with its firm word, a date, an imperative
    for text in (
        "Hope is fading for the miners. Officials said the rescue would continue.",
        "Will you come? The mayor said the park would open.",
        "The ford was flooded after the storm. Farmers said the road was closed.",
        "Grace under pressure is rare, the coach said.",
        "Ford Motor said it would cut 3,000 jobs.",
        "The vote is set for May 5, officials said.",
        "Mark the date, the mayor said.",
        "Hope Street, the main road, was closed on Monday.",
    ):
        people, _ = _brief(text)
        assert people == [], (text, [p.name for p in people])


def _tagged(text: str, tags: dict[str, str]) -> tuple[set[str], dict[str, list[str]], set[str]]:
    people, _, orgs = entities.extract(only_tagged_doc(text, tags))
    return (
        {p.name for p in people},
        {p.name: [m.text for m in p.mentions] for p in people},
        {o.name for o in orgs},
    )


def test_a_firm_cue_keeps_the_surname_a_firm_even_of_no_english_word() -> None:
    text = "Ruth Okonjo founded a bakery in 1990. The carmaker Okonjo said it would close a plant."
    _, mentions, orgs = _tagged(text, {"Ruth Okonjo": "PERSON", "(?<=carmaker )Okonjo": "ORG"})
    assert mentions["Ruth Okonjo"] == ["Ruth Okonjo"]
    assert "Okonjo" in orgs


def test_a_surname_of_no_english_word_typed_a_firm_is_still_the_person() -> None:
    # no firm cue: the model's ORG on a surname of the person named in full is its mistake
    text = "Ruth Okonjo founded a bakery in 1990. Okonjo will open a second shop in May."
    _, mentions, _ = _tagged(text, {"Ruth Okonjo": "PERSON", r"(?<=\. )Okonjo": "ORG"})
    assert mentions["Ruth Okonjo"] == ["Ruth Okonjo", "Okonjo"]


def test_a_word_given_name_without_evidence_opens_no_name() -> None:
    # 'Faith Healing' untagged, no role, no title, no verb of saying: no person
    text = "Faith Healing drew a crowd at the fair. The tent was full by noon."
    people, _, _ = _tagged(text, {})
    assert people == set()


def test_a_word_given_name_with_a_title_before_it() -> None:
    text = "The unions met Prime Minister Theresa May on Monday."
    people, _, _ = _tagged(text, {})
    assert "Theresa May" in people


def test_a_common_word_opening_a_modal_s_clause_is_no_mention_through_the_model() -> None:
    # the model tags 'Hope' a proper noun and nothing else: the modal's clause decides
    people, _ = _brief("Sara Hope runs the shelter. Hope may return if the rain stops.")
    assert _mentions(people, "Sara Hope") == ["Sara Hope"]
    # typed a firm by the model ('hardy' an adjective): the firm's reading, no person's mention
    people, _ = _brief(
        "Oliver Hardy leads the club. Hardy will survive the winter, gardeners said."
    )
    assert _mentions(people, "Oliver Hardy") == ["Oliver Hardy"]


def test_a_modal_s_clause_with_a_verb_of_saying_is_still_the_person() -> None:
    people, _ = _brief("Sara Hope runs the shelter. Hope will tell the council on Monday.")
    assert _mentions(people, "Sara Hope") == ["Sara Hope", "Hope"]


def test_a_modal_s_clause_whose_verb_takes_an_object_is_still_the_person() -> None:
    # 'rook' is an English verb too; one who will open a shop reads as a name
    text = "Tamsin Rook runs the bakery. Rook will open a second shop in Leeds next year."
    people, _ = _brief(text)
    assert _mentions(people, "Tamsin Rook") == ["Tamsin Rook", "Rook"]


def test_the_word_s_use_elsewhere_decides_nothing_at_the_mention() -> None:
    # 'the hunt', 'cook rice' in lower case elsewhere: the surname's mentions are still hers
    text = (
        "Foreign Secretary Jeremy Hunt met Chinese officials. The hunt for a deal goes on. "
        "Hunt met Wang Yi on Tuesday, and Hunt later flew home."
    )
    people, _ = _brief(text)
    assert _mentions(people, "Jeremy Hunt") == ["Jeremy Hunt", "Hunt", "Hunt"]
    text = (
        "Apple chief executive Tim Cook visited Beijing. Chefs cook rice there. Cook met the "
        "premier on Tuesday."
    )
    people, _ = _brief(text)
    assert _mentions(people, "Tim Cook") == ["Tim Cook", "Cook"]


def test_a_firm_named_after_a_person_that_says_things_stays_a_firm() -> None:
    # a verb of saying is no evidence for a full name the model typed a firm
    people, _ = _brief("Morgan Stanley said profits rose. The bank will hire 300 staff.")
    assert people == []


def test_he_or_she_after_a_firm_named_like_a_person_makes_no_person() -> None:
    # the pronoun is someone else's: the firm keeps the commitment
    for pronoun in ("She", "He"):
        text = (
            f"Morgan Stanley cut its forecast on Monday. {pronoun} said the bank would hire "
            "300 staff."
        )
        brief = newsdesk.analyze(text, clean=False)
        assert brief.people == [], pronoun
        assert [c.actors for c in brief.commitments] == [["Morgan Stanley"]], pronoun


def test_the_month_is_no_mention_of_the_person() -> None:
    text = (
        "Theresa May, the prime minister, met the unions on Monday. In May she will travel to "
        "Brussels."
    )
    people, _ = _brief(text)
    assert _mentions(people, "Theresa May") == ["Theresa May"]
    # where it is her mention: a subject, no date
    text = (
        "Theresa May, the prime minister, met the unions on Monday. May said the talks went well."
    )
    people, _ = _brief(text)
    assert _mentions(people, "Theresa May") == ["Theresa May", "May"]


def test_a_surname_the_model_tags_a_date_is_the_person_as_a_verb_of_saying_s_subject() -> None:
    """(lead's review) 'May told reporters' is her mention though the model tags the word DATE;
    'On May 5' beside it stays a date."""
    text = (
        "Prime Minister Theresa May met the unions on Monday. On May 5 she will travel to "
        "Brussels. May told reporters the deal was close."
    )
    people, _ = _brief(text)
    assert _mentions(people, "Theresa May") == ["Theresa May", "May"]
    assert [m.start for p in people for m in p.mentions if m.text == "May"] == [text.rindex("May")]


def test_a_verb_of_saying_keeps_the_surname_the_person_s_beside_a_longer_firm_name() -> None:
    text = (
        "Harrison Ford starred in the film. Ford Motor will cut 3,000 jobs. Ford said he loved "
        "the role."
    )
    people, orgs = _brief(text)
    assert _mentions(people, "Harrison Ford") == ["Harrison Ford", "Ford"]
    assert "Ford Motor" in orgs


def test_the_firm_read_at_one_mention_stays_an_organisation() -> None:
    # the surname is the actor's at 'Ford said', the firm's at 'The carmaker Ford'
    text = (
        "The carmaker Ford will cut 3,000 jobs. Harrison Ford starred in the film. Ford said he "
        "loved the role."
    )
    people, orgs = _brief(text)
    assert _mentions(people, "Harrison Ford") == ["Harrison Ford", "Ford"]
    assert "Ford" in orgs
