"""Titles written around a name: before it ('Foreign Minister Martínez', 'U.S. Ambassador to
the European Union Gordon Sondland') and run into its end ('Emma Ryan Lead Writer')."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.lexicon import (
    english_words,
    first_names,
    is_english_word,
    surnames,
)
from newsdesk.analysis.entities.people.nouns import person_word
from newsdesk.analysis.entities.people.phrases import ADDRESS_ONLY
from newsdesk.analysis.entities.people.tree import entity_start, is_joined
from newsdesk.analysis.entities.spans import (
    NameSpan,
    is_title,
    make_span,
)
from newsdesk.analysis.entities.words import (
    ROLE_NOUNS,
    table,
    words,
)
from newsdesk.analysis.gazetteer import fold

# Longest title phrase read before a name ("Deputy Secretary of Homeland Security").
_MAX_TITLE_WORDS = 6


# A name keeps at least this many words when a title after it is cut off ('Emma Ryan').
_MIN_WORDS_BEFORE_TAIL = 2


def title_before(doc: Doc, start: int) -> str | None:
    """'Foreign Minister Martínez' -> 'Foreign Minister'; 'Secretary of State Antony Blinken' too;
    'U.S. Ambassador to the European Union Gordon Sondland'."""
    return position_title(doc, start) or _title_words(doc, start) or _title_of_entity(doc, start)


def _title_of_entity(doc: Doc, start: int) -> str | None:
    """A title with its object named before the name: "<title> to/for/of [the] <organisation or
    place> NAME" ('Ambassador to the European Union Gordon Sondland', 'Minister for Foreign
    Affairs Penny Wong' when the model tags the office an organisation)."""
    if start == 0 or doc[start - 1].ent_type_ not in ("ORG", "GPE", "LOC"):
        return None
    k = entity_start(doc, doc[start - 1])
    if doc[k].lower_ == "the":
        k += 1
    prep = k - 1
    if prep >= 1 and doc[prep].lower_ == "the":
        prep -= 1
    if prep < 1 or doc[prep].lower_ not in ("to", "for", "of"):
        return None
    title = _title_words(doc, prep)
    return f"{title} {doc[prep:start].text}" if title else None


def _title_words(doc: Doc, start: int) -> str | None:
    i = start - 1
    words: list[Token] = []
    while i >= 0 and len(words) < _MAX_TITLE_WORDS:
        tok = doc[i]
        if (
            (tok.text[:1].isupper() and (is_title(tok) or (words and tok.pos_ == "PROPN")))
            or (tok.lower_ == "of" and words)
            or (words and is_joined(tok))  # 'Secretary-General', 'Attorney-General'
            or (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ") and words)
        ):
            words.insert(0, tok)
        else:
            break
        i -= 1
    while words and (
        words[0].lower_ == "of"
        or (
            not is_title(words[0])
            and words[0].pos_ != "ADJ"
            and not _is_place_word(words[0])
            and not _compound_word(words, 0)
        )
    ):
        words.pop(0)
    # a form of address at either end is no part of the office: 'Acting Premier
    # Honourable Natalio Wheatley', 'Honourable Deputy Premier ...', 'Chief Medical Officer Dr. ...'
    while len(words) > 1 and words[-1].lower_.rstrip(".") in ADDRESS_ONLY:
        words.pop()
    while len(words) > 1 and words[0].lower_.rstrip(".") in ADDRESS_ONLY:
        words.pop(0)
    if not words or not any(is_title(w) for w in words):
        return None
    if not is_title(words[-1]) and words[-2:-1] and words[-2].lower_ != "of":
        return None
    text = doc[words[0].i : words[-1].i + 1].text
    if text.lower().rstrip(".") in ADDRESS_ONLY:
        return None
    # an abbreviated title is written out: 'Sen.' -> 'Senator', 'Texas Gov.' -> 'Texas Governor'
    last = words[-1].lower_.rstrip(".")
    full = table("title_abbreviations").get(last)
    if full is None:
        return text
    return f"{doc[words[0].i : words[-1].i].text} {full}".strip()


def agent_title(doc: Doc, start: int) -> str | None:
    """'Supervisor Maria Lopez': the noun of work right before a given name
    (`_agent_title`), when no title of the lists and no parsed role names the person."""
    if start < 1 or start >= len(doc) or fold(doc[start].text) not in first_names():
        return None
    prev = doc[start - 1]
    return prev.text if _agent_title(prev) else None


def _agent_title(tok: Token) -> bool:
    """'Supervisor Maria Lopez', 'Organizer Ann Lee': a capitalised '-er'/'-or'
    noun of a person's work made of a verb (`person_word`), right before the name; not a word
    names are made of ('Baker', 'Walker', 'Hunter' are names too)."""
    text = tok.text
    if not (text[:1].isupper() and text[1:].islower() and tok.is_alpha):
        return False
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("NORP", "GPE", "LOC"):
        return False  # 'Former', 'Palestinian': no noun of a person's work
    key = fold(text)
    if key in first_names() or key in surnames():
        return False
    # a noun of an agent made of a verb ('supervise'); not '-ist'/'-ian' ('Taoist China')
    return key.endswith(("er", "or")) and person_word(key)


def _compound_word(words: list[Token], k: int) -> bool:
    """A word of a compound title (round 12): an organisation's name or a noun the title
    word is made with, read as one run ('White House Press Secretary', 'DAE Additional
    Director', 'Sub-Assistant Agriculture Officer'), or a qualifier the model tagged in one
    person with the title; not a name or a date before it."""
    tok = words[k]
    title = next((w for w in words[k + 1 :] if is_title(w)), None)
    if title is None:
        return False
    # 'Oregon Gov. Marla Quensby' tagged one person: the words before the title are its qualifier
    same_name = (
        tok.ent_type_ == "PERSON"
        and title.ent_type_ == "PERSON"
        and entity_start(tok.doc, title) <= tok.i
    )
    # a word, not a dash left of a party tag ('(D- Calif.) Representative ...')
    return tok.text[:1].isalnum() and (tok.ent_type_ in ("ORG", "") or same_name)


def _is_place_word(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "NORP")


def tail_start(doc: Doc, start: int, end: int) -> int:
    """Where a title run into a name's end begins ('Emma Ryan Lead Writer' -> at 'Lead'): the
    last word a role noun, the words before it English words, no given names, written in
    capitals. One word alone only if it is no surname ('Ann Bishop' keeps hers); `end` when
    there is none."""
    last = doc[end - 1]
    if not (last.text[:1].isupper() and last.lower_.rstrip(".") in ROLE_NOUNS):
        return end
    k = end - 1
    while (
        k - 1 >= start + _MIN_WORDS_BEFORE_TAIL
        and doc[k - 1].text[:1].isupper()
        and is_english_word(doc[k - 1].text)
        and fold(doc[k - 1].text) not in first_names()
    ) or (k - 1 > start + _MIN_WORDS_BEFORE_TAIL and is_joined(doc[k - 1])):
        k -= 1
    kept = [doc[i] for i in range(start, k) if doc[i].is_alpha]
    if len(kept) < _MIN_WORDS_BEFORE_TAIL or all(
        is_english_word(t.text) and fold(t.text) not in first_names() for t in kept
    ):
        return end  # 'Co-Founder', 'Input Method Editor': no name would be left
    if k == end - 1 and fold(last.text) in surnames():
        return end
    return k


def title_after(doc: Doc, span: NameSpan) -> str | None:
    """A title written in capitals right after a full name and ending its line or
    clause ('Emma Ryan Lead Writer', 'Cathleen Holloway, Lead Designer' is an apposition)."""
    if span.end - span.start < _MIN_WORDS_BEFORE_TAIL:
        return None
    end = span.end
    while (
        end < len(doc)
        and end - span.end < _MAX_TITLE_WORDS
        and (doc[end].text[:1].isupper() or is_joined(doc[end]))
        and "\n" not in doc[end - 1].whitespace_
    ):
        end += 1
        if tail_start(doc, span.start, end) == span.end:
            after = doc[end] if end < len(doc) else None
            if (
                after is None
                or after.is_punct
                or after.is_space
                or "\n" in doc[end - 1].whitespace_
            ):
                return str(doc[span.end : end].text)
    return None


# (session 13, review 13 F9) US sports positions between a team and a player: 'Steelers QB
# Mason Rudolph', 'Browns DL Sheldon Richardson'; no part of the name, the role with the team.
# A team's name before a position has at most this many words ('New England Patriots').
_MAX_TEAM_WORDS = 3


@cache
def _positions() -> dict[str, str]:
    """'qb' -> 'quarterback' (`sports_positions` of data/people-words.json), read once."""
    path = resources.files("newsdesk").joinpath("data/people-words.json")
    value = json.loads(path.read_text("utf-8"))["sports_positions"]
    assert isinstance(value, dict)
    return {str(k): str(v) for k, v in value.items()}


def is_position(doc: Doc, k: int) -> bool:
    """Token k is a position abbreviation in capitals ('QB', not 'Qb' or 'de') right before a
    capitalised word: a player's name follows it."""
    tok = doc[k]
    return (
        tok.is_upper
        and tok.lower_ in _positions()
        and k + 1 < len(doc)
        and doc[k + 1].text[:1].isupper()
        and doc[k + 1].is_alpha
        and not doc[k + 1].is_upper
    )


def cut_position(doc: Doc, span: NameSpan) -> NameSpan:
    """'Browns DL Sheldon Richardson', 'WR Julian Edelman' -> the name after the position, when
    two words or more of it are left."""
    for k in range(span.start, span.end - 2):
        if is_position(doc, k):
            return make_span(doc, k + 1, span.end, span.label)
    return span


def position_title(doc: Doc, start: int) -> str | None:
    """The role a position right before the name gives, with its team: 'Steelers QB Mason
    Rudolph' -> 'Steelers quarterback'; 'QB Mason Rudolph' -> 'quarterback'."""
    if start < 1 or not is_position(doc, start - 1):
        return None
    position = _positions()[doc[start - 1].lower_]
    team: list[Token] = []
    i = start - 2
    while (
        i >= 0
        and len(team) < _MAX_TEAM_WORDS
        and doc[i].text[:1].isupper()
        and doc[i].is_alpha
        and doc[i].pos_ in ("PROPN", "NOUN")
        and not is_title(doc[i])
    ):
        team.insert(0, doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    return " ".join([*(t.text for t in team), position])


def descriptor_before(doc: Doc, span: NameSpan) -> str | None:
    """(session 22) A common noun the parse makes part of the name, right before it, with its
    modifiers: 'Australian paceman Glenn McGrath' -> 'Australian paceman', 'Saudi fugitive
    Osama bin Laden', 'part-timer Mark Waugh': the text says what the person is by a noun no
    role list holds. A singular noun in lower case, of no entity, the name its head ('Fans
    cheered John Smith', 'told reporters John Smith ...' give none)."""
    k = span.start - 1
    if k < 0:
        return None
    noun = doc[k]
    if not (
        noun.tag_ == "NN"
        and noun.dep_ == "compound"
        and span.start <= noun.head.i < span.end
        and noun.text.islower()
        and noun.is_alpha
        and noun.ent_type_ == ""
    ):
        return None
    if noun.lower_ in words("thing_nouns") or _adjective_only(noun.lower_):
        return None  # 'spicy Shin Ramyun': an adjective the tagger took for a noun
    if span.end < len(doc) and doc[span.end].lower_ in ("and", "&", "or"):
        return None  # 'French duo Pierre-Hugues Herbert and Nicolas Mahut': the pair's noun
    left = k
    while left > 0 and _descriptor_word(doc[left - 1], noun):
        left -= 1
    return str(doc[left : k + 1].text)


def _adjective_only(word: str) -> bool:
    """A word WordNet knows as an adjective and never as a noun ('spicy')."""
    return word in _adjectives_only()


@cache
def _adjectives_only() -> frozenset[str]:
    return english_words(("adj",)) - english_words(("noun",))


def _descriptor_word(tok: Token, noun: Token) -> bool:
    """A modifier of a descriptor noun read into it: an adjective, a nationality, another
    noun, a hyphen inside a word ('Australian', 'suspected terrorist', 'part-')."""
    if tok.i >= noun.i or not (noun.left_edge.i <= tok.i):
        return False
    if is_joined(tok):
        return True
    return (tok.pos_ in ("ADJ", "NOUN") and (tok.text.islower() or _capital_of_sentence(tok))) or (
        tok.ent_type_ == "NORP" and tok.text[:1].isupper()
    )


def _capital_of_sentence(tok: Token) -> bool:
    """(session 22 review) A lower-case word the sentence's capital starts ('Former Australian
    paceman Glenn McGrath'): the sentence's first word, a capital then lower case, of no
    entity, whose lower form WordNet knows as an adjective or a noun; a name is none."""
    return (
        bool(tok.is_sent_start)
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and tok.ent_type_ == ""
        and tok.lower_ in _adjectives_and_nouns()
    )


@cache
def _adjectives_and_nouns() -> frozenset[str]:
    return english_words(("adj", "noun"))
