"""The text of a role phrase: where it starts and ends (no determiner, no clause, no line
break), a plural's noun in the singular, the checks a phrase must pass to be a role."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.entities.people.nouns import (
    is_person_noun,
    is_plural,
    is_role_noun,
    person_word,
    singular,
)
from newsdesk.analysis.entities.words import (
    DETERMINERS,
    KIN_NOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    people_words,
    words,
)

# Titles that are forms of address, not roles ("Mr. Smith" has no role).
ADDRESS_ONLY = people_words("address_titles")


# Longest apposition read as a role ("the chief executive of the Acme company").
MAX_ROLE_WORDS = 10


# Longest role read from the parse ("deputy associate administrator for exploration in NASA's
# Science Mission Directorate").
MAX_PARSED_ROLE_WORDS = 15

# Words that open a clause inside a role phrase and end it ("chief executive who ...").
ROLE_STOPS = people_words("role_stop_words")


# Words after a role phrase's head noun ('manager from Uber', 'herder of goats').
AFTER_HEAD = r"\s(?:of|at|for|in|to|with|from|by|on)\s"


def role_phrase(doc: Doc, start: int, end: int) -> str | None:
    """A role phrase's text: no determiner first, no punctuation at the ends, not too long."""
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or doc[start].is_punct
        or doc[start].lower_ in POSSESSIVES
        # an age between the name and its apposition: 'John Hale, 45, a plumber'
        or (doc[start].like_num and start + 1 < end and doc[start + 1].text == ",")
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].lower_.rstrip(".") in ADDRESS_ONLY
    ):
        end -= 1
    # a phrase that runs into another name is none ("his estranged son Jin", a list of titles);
    # "wife of Eric Roberge", "aide to Vice President Pence" are roles
    if (
        end - start > 1
        and doc[end - 1].ent_type_ == "PERSON"
        and not is_role_noun(doc[end - 1], wide=True)
        and not any(doc[i].pos_ == "ADP" for i in range(start, end))
    ):
        return None
    # a role never runs over a line break
    for i in range(start, end):
        if "\n" in doc[i].text or (i < end - 1 and "\n" in doc[i].whitespace_):
            end = i + (0 if "\n" in doc[i].text else 1)
            break
    end = _clause_cut(doc, start, end)
    if start >= end or end - start > MAX_PARSED_ROLE_WORDS:
        return None
    return str(doc[start:end].text)


# Words a role never ends with ('professor of philosophy and'; determiners too: 'one man, the
# late').
_ROLE_DANGLING = words("role_dangling_words")


def _clause_cut(doc: Doc, start: int, end: int) -> int:
    """A role phrase ends before a clause inside it ('who has been doing this even
    longer', "an author she's already familiar with": a relative or a pronoun subject), before
    a comma that only a determiner or an adjective follows ('one man, the late'), and never on
    a conjunction, a preposition or a determiner ('professor of philosophy and')."""
    for i in range(start, end):
        tok = doc[i]
        relative = tok.lower_ in ROLE_STOPS and tok.tag_ in ("WP", "WP$", "WDT", "WRB")
        if relative or (tok.pos_ == "PRON" and tok.dep_ in SUBJECT):
            end = i
            break
    commas = [i for i in range(start, end) if doc[i].text == ","]
    if commas and not any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(commas[-1] + 1, end)):
        end = commas[-1]
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].lower_ in _ROLE_DANGLING
        or doc[end - 1].lower_ in DETERMINERS
    ):
        end -= 1
    return end


def noun_phrase(doc: Doc, noun: Token) -> str | None:
    """A role noun's phrase, from its left edge to the next comma or clause."""
    end = noun.i + 1
    while (
        end <= noun.right_edge.i
        and doc[end].text != ","
        and doc[end].lower_ not in ROLE_STOPS
        and doc[end].ent_type_ not in ("DATE", "TIME")  # 'chief executive of Tribune in May'
    ):
        end += 1
    return role_phrase(doc, noun.left_edge.i, end)


def each_holds(role: str | None, noun: Token) -> str | None:
    """A role phrase that ends in `noun`, a plural, with that noun in the singular: each of the
    people it is given to holds it ('researchers' -> 'researcher')."""
    # a noun of a person only: 'Minister for Foreign Affairs' keeps its 'Affairs'
    if role and is_plural(noun) and role.endswith(noun.text) and is_person_noun(noun):
        return role[: -len(noun.text)] + singular(noun)
    return role


def role_text(doc: Doc, phrase: list[Token]) -> str | None:
    # a role noun of the lists, or a noun of a tie ("Ramdehol's sister, Inderdai Deyal")
    if not any(t.lower_ in ROLE_NOUNS or t.lower_ in KIN_NOUNS for t in phrase):
        return None
    # the phrase's head, its last word before 'of/for/at...', is a person's noun:
    # "Johnson's host university, Cornell" is no role ('host' is a role noun)
    head = next((k - 1 for k, t in enumerate(phrase) if k and t.pos_ == "ADP"), len(phrase) - 1)
    word = phrase[head].lower_.rstrip(".")
    if not (word in ROLE_NOUNS or word in KIN_NOUNS or person_word(singular(phrase[head]))):
        return None
    if phrase[-1].lower_ in ("of", "for", "and"):
        return None
    return str(doc[phrase[0].i : phrase[-1].i + 1].text)
