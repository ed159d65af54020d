"""Names the model missed, clipped or typed as something else: a given name or an
O'-surname it cut off, a credited name run into its agency by a slash, a name with a title on a
line of its own, a title and name taken whole for a firm, and proper nouns with a given name
first that are the subject of a verb; (round 13) the contexts that keep a one-word name the
filters would drop (a kin noun before it, its actor in brackets after it)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.doctext import token_line
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.lines import signature_role, signoff
from newsdesk.analysis.entities.people.name_reading import (
    evidenced_full_name,
    known_given_name,
    tagged_person_alone,
    word_given_name,
)
from newsdesk.analysis.entities.people.names import cut_at_symbol, firm_name, word_of_entity
from newsdesk.analysis.entities.people.person_shape import (
    AUTHOR_SHAPE,
    known_or_foreign,
    person_shaped,
)
from newsdesk.analysis.entities.people.titles import agent_title, title_before
from newsdesk.analysis.entities.people.tree import pronoun_after, pronoun_refers, span_root
from newsdesk.analysis.entities.spans import (
    POSSESSIVE_MARKS,
    DocView,
    NameSpan,
    is_title,
    make_span,
    mention_determiner,
    name_shaped,
)
from newsdesk.analysis.entities.words import (
    BUILDING_WORDS,
    EVENT_WORDS,
    KIN_NOUNS,
    ORG_WORDS,
    PLACE_NOUNS,
    POSSESSIVES,
    ROLE_NOUNS,
    people_words,
    words,
)
from newsdesk.analysis.gazetteer import fold
from newsdesk.analysis.gazetteer import load as load_gazetteer


def _given_name(tok: Token) -> bool:
    """A capitalised known given name that is no title and no English word ('Olivia'; not
    'Prince', 'Will', 'Grace': also words)."""
    return known_given_name(tok) and not is_english_word(tok.text)


def given_name_before(doc: Doc, span: NameSpan) -> NameSpan:
    """'Olivia [Paige Hollister]': a given name the model left out of the name right
    before it, a proper noun of no entity that the parse ties into the name, joins it."""
    k = span.start - 1
    if k < 0:
        return span
    prev = doc[k]
    if (
        prev.pos_ == "PROPN"
        and prev.ent_iob_ == "O"
        and (_given_name(prev) or (foreign_given_name(doc, k) and _surname_alone(doc, span)))
        and span.start <= prev.head.i < span.end
        and "\n" not in prev.whitespace_
    ):
        return make_span(doc, k, span.end, span.label)
    return span


def _surname_alone(doc: Doc, span: NameSpan) -> bool:
    """(Session 16 fix) A name that opens with no given name, a one-word surname ('[Kestler]')
    or a lower-case particle ('Danie [van Schalkwyk]'): only such a name takes a given name the
    US list lacks before it; a name that opens with a capitalised word of a longer name or a
    known given name already ('Shri [Narendra Modi]') takes no second one."""
    first = doc[span.start]
    if not first.text[:1].isupper():
        return True
    return span.end - span.start == 1 and fold(first.text) not in first_names()


def foreign_given_name(doc: Doc, k: int) -> bool:
    """(Session 16) 'Radovan [Kestler]', 'Orsolya Brandvik': a given name the US list lacks,
    a capitalised word of letters that is no English word, no title and no place the gazetteer
    knows, opening the name (no capitalised word right before it on its line), that no other
    entity of the article holds but a person ('Velmora Labs', a firm's, names the maker of
    'Velmora Strider')."""
    tok = doc[k]
    if not (
        tok.is_alpha
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and not is_title(tok)
        and not is_english_word(tok.text)
        and not load_gazetteer().lookup(tok.text)
    ):
        return False
    before = doc[k - 1] if k > 0 else None
    if before is not None and "\n" not in before.whitespace_ and before.text[:1].isupper():
        return False
    return not any(
        e.label_ != "PERSON" and not e.start <= k < e.end and tok.text in e.text.split()
        for e in doc.ents
    )


def surname_after(doc: Doc, span: NameSpan) -> NameSpan:
    """'[Owen] O’Dwyer': a surname the model left out of the name right after it,
    no English word, of no entity, that the parse makes the name's head, joins it."""
    if span.end >= len(doc):
        return span
    nxt = doc[span.end]
    root = span_root(doc, span)
    if (
        nxt.text[:1].isupper()
        and nxt.is_alpha is False  # an apostrophe inside: 'O’Dwyer', "D'Arcy"
        and nxt.ent_iob_ == "O"
        and root.head.i == nxt.i
        and not is_english_word(nxt.text)
        and "\n" not in doc[span.end - 1].whitespace_
        and all(c.isalpha() or c in "'’-" for c in nxt.text)
    ):
        return make_span(doc, span.start, span.end + 1, span.label)
    return span


def hyphen_tail(doc: Doc, span: NameSpan) -> NameSpan:
    """(Session 17) The rest of a hyphenated given name the model left out of a name: the
    part after a hyphen it stopped at ('Moon [Jae]-in'), or, after a one-word name (a surname
    written first), a hyphenated word of no entity right after it on its line ('[Li] In-mo',
    '[Kim] In-so'), that is no English word written without its hyphen ('Lee Walk-Out',
    'Lee Make-Up'), no title, no office ('Kim Co-Founder') and no word of another entity of
    the model's ('Reynard Mercedes-Benz')."""
    k = span.end
    if _joined_hyphen(doc, k - 1):
        return make_span(doc, span.start, k + 2, span.label)
    if span.end - span.start != 1 or k >= len(doc) or doc[k - 1].whitespace_ != " ":
        return span
    first = doc[k]
    if (
        _capitalised(first)
        and first.ent_iob_ == "O"
        and not is_title(first)
        and first.lower_ not in ROLE_NOUNS
        and _joined_hyphen(doc, k)
        and not is_english_word(first.text + doc[k + 2].text)
        and (len(doc[k + 2].text) <= _MAX_SYLLABLE_LETTERS or not is_english_word(doc[k + 2].text))
        and not word_of_entity(doc, doc[k : k + 3].text)
    ):
        return make_span(doc, span.start, k + 3, span.label)
    return span


# The part after the hyphen of a given name written in syllables ('In-mo', 'Jae-in',
# 'Chun-yeh') has at most this many letters when it is also an English word ('so', 'in'); a
# longer English word after a hyphen is a compound's ('Co-Founder', 'Ex-Champion').
_MAX_SYLLABLE_LETTERS = 4


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """Token i, a hyphen and a word of letters after it, written as one word ('Jae-in'), the
    hyphen and the part after it of no entity."""
    if i < 0 or i + 2 >= len(doc):
        return False
    hyphen, part = doc[i + 1], doc[i + 2]
    return (
        not doc[i].whitespace_
        and hyphen.text in _HYPHENS
        and not hyphen.whitespace_
        and part.is_alpha
        and hyphen.ent_iob_ == "O"
        and part.ent_iob_ == "O"
    )


def credited_name(doc: Doc, span: NameSpan) -> NameSpan | None:
    """'Featured image by Alberto Santoro/The Travel Guy': a name run into its
    agency's or publisher's by a slash, a given name first, is the person credited. (Round 11)
    The name may open before the model's span, on untagged proper nouns ('Credit Ashraf
    [Shazly/Agence France-Presse]'), and a name of no English word needs no known given
    name ('Ashraf Shazly'; not 'Sun Microsystems/Oracle')."""
    cut = cut_at_symbol(doc, span)
    if cut.end == span.end or doc[cut.end].text != "/":
        return None
    start = cut.start
    while (
        start > 0
        and cut.end - start < _MAX_CREDITED_WORDS
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_iob_ == "O"
        and doc[start - 1].is_alpha
        and doc[start - 1].text[:1].isupper()
        and not is_english_word(doc[start - 1].text)
        and "\n" not in doc[start - 1].whitespace_
    ):
        start -= 1
    while (
        cut.end - start > _MIN_CREDITED_WORDS
        and is_english_word(doc[start].text)
        and fold(doc[start].text) not in first_names()
    ):
        start += 1  # '[Credit Tomasz Wierzbowski/AFP]': the credit's word is no name
    cut = make_span(doc, start, cut.end, cut.label)
    if cut.end - cut.start < _MIN_CREDITED_WORDS or not name_shaped(doc, cut):
        return None
    if firm_name(doc, cut):
        return None  # (session 17) 'Lorna Bexley Images/Stockworks': the agency is credited
    given = fold(doc[cut.start].text) in first_names()
    if not given and any(is_english_word(t.text) for t in doc[cut.start : cut.end]):
        return None
    return cut.relabel("PERSON")


# A credited name has two words at least, at most three ('Ana María Ruiz/AFP').
_MIN_CREDITED_WORDS = 2
_MAX_CREDITED_WORDS = 3


def signed(doc: Doc, span: NameSpan) -> bool:
    """'Danuta Kowalczyk, Harbor Bank chief economist' on a line of its own (a
    speaker's or author's signature), a given name first: a person, whatever the model said."""
    return fold(doc[span.start].text) in first_names() and signature_role(doc, span) is not None


def titled_inside(doc: Doc, span: NameSpan) -> bool:
    """'Supervisor Maria Lopez' taken whole for a firm: a title, then a given
    name and one or two more words."""
    return (
        3 <= span.end - span.start <= _MAX_TITLED_WORDS
        and bool(title_before(doc, span.start + 1) or agent_title(doc, span.start + 1))
        and fold(doc[span.start + 1].text) in first_names()
    )


# A firm-tagged title and name: the title and at most three words of name.
_MAX_TITLED_WORDS = 4
# A name the model missed is read as a person from two or three proper nouns ('Billie Merriweather').
MIN_SPEAKING_WORDS = 2
_MAX_SPEAKING_WORDS = 3


def _subject(last: Token) -> bool:
    """The name's last word is the subject of a human verb after it ('said', 'replied';
    `human_verbs`), or, when it is no English word, of any verb after it ('Tomasz Wierzba of
    the village has also lost ...')."""
    verb = last.head
    if last.dep_ != "nsubj" or verb.i <= last.i:
        return False
    if verb.lemma_.lower() in words("human_verbs"):
        return True
    return verb.pos_ == "VERB" and not is_english_word(last.text)


def speaking_names(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """Names the model left untagged, split or tagged as something else: two or
    three capitalised proper nouns, the first a known given name that is no English word, that
    no person found, no entity of their own extent and no longer entity covers, are a person when they are the subject of a
    verb after them ('Billie Merriweather replied', with 'Billie' tagged a place and 'Merriweather'
    a date; `_subject`) or stand with a title on a line of their own ('Danuta Kowalczyk, Harbor Bank
    chief economist'; `signature_role`)."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    # a name the model or a document-level rule typed whole ('The consultancy Harlan Brooks')
    typed = {(s.start, s.end) for s in spans}
    found: list[NameSpan] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if view.pos[i] != "PROPN" or i in people:
            i += 1
            continue
        given = _given_name(tok)
        # (session 22) a given name that is an English word too ('Theresa', 'Hope') opens
        # a name only with the text's evidence of a person (`name_reading`)
        worded = not given and word_given_name(tok)
        # (session 23) a given name the US list lacks ('Elon') opens one only where the model
        # tags the name's last word a person alone elsewhere (`_surname_tagged_alone`)
        foreign = not (given or worded) and foreign_given_name(doc, i)
        if not (given or worded or foreign):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j - i < _MAX_SPEAKING_WORDS
            and view.pos[j] == "PROPN"
            and doc[j].text[:1].isupper()
            and j not in people
            and "\n" not in doc[j - 1].whitespace_
        ):
            j += 1
        last = doc[j - 1]
        run = make_span(doc, i, j, "PERSON")
        if (
            j - i >= MIN_SPEAKING_WORDS
            and tok.ent_iob_ != "I"  # no entity runs into the name or out of it
            and (j == len(doc) or doc[j].ent_iob_ != "I")
            and all(doc[k].head.i == last.i for k in range(i, j - 1))
            and (
                evidenced_full_name(doc, i, j)
                if worded
                else _surname_tagged_alone(doc, last)
                if foreign
                else (
                    _subject(last)
                    or signature_role(doc, run) is not None
                    or _untagged_alone(doc, view, i, j)
                )
            )
            and not load_gazetteer().lookup(run.text)  # 'Hong Kong'
            and (i, j) not in typed
        ):
            found.append(make_span(doc, _hyphen_start(doc, i), j, "PERSON"))
        i = j
    return found


def _surname_tagged_alone(doc: Doc, last: Token) -> bool:
    """(Session 23) 'Elon Musk runs Tesla. Musk said …': the model tags the name's last word a
    person standing alone at another mention, the way an article names someone after their
    full name; that reading, not a list of given names, makes the untagged words before it on
    their line a full name."""
    return tagged_person_alone(doc, last.text, other_than=last.i)


_HYPHENS = {"-", "‐", "‑"}


def _hyphen_start(doc: Doc, i: int) -> int:
    """'Shih-[Ching Tsou]': the first part of a hyphenated given name the run starts inside."""
    if (
        i >= 2
        and doc[i - 1].text in _HYPHENS
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and _capitalised(doc[i - 2])
        and doc[i - 2].ent_iob_ == "O"
    ):
        return i - 2
    return i


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _name_word(word: str) -> bool:
    """Letters, and an apostrophe, hyphen or dot ("O'Neill", 'W.'): no digit."""
    return any(c.isalpha() for c in word) and all(c.isalpha() or c in "'’-." for c in word)


def _plain_words(doc: Doc, view: DocView, i: int, j: int) -> bool:
    """Words of a name and nothing else: none the article also writes in lower case, none a
    firm's, event's, building's or place's word ('Partners', 'Open', 'Resort', 'County'), and
    no place the gazetteer knows opens it ('Hong Kong Standard')."""
    gaz = load_gazetteer()
    for k in range(i, j):
        w = fold(doc[k].text)
        if w in view.lowercase or w in _NOT_NAME_WORDS:
            return False
    return not any(gaz.lookup(doc[i:k].text) for k in range(i + 2, j + 1))


_NOT_NAME_WORDS = (
    ORG_WORDS | EVENT_WORDS | BUILDING_WORDS | PLACE_NOUNS | people_words("firm_tail_words")
)


def _alone_on_its_line(doc: Doc, i: int, j: int) -> bool:
    """No capitalised word right before or after tokens i..j on their line (a heading's words
    or a longer name's)."""
    before = doc[i - 1] if i > 0 else None
    after = doc[j] if j < len(doc) else None
    if before is not None and _capitalised(before) and "\n" not in before.whitespace_:
        return False
    return not (after is not None and _capitalised(after) and "\n" not in doc[j - 1].whitespace_)


def _untagged_alone(doc: Doc, view: DocView, i: int, j: int) -> bool:
    """(Round 12) 'Ian Woosnam ( Britain ) 66', 'Who is the Jane Austen of automotive design?':
    a known given name of no English word and one or two more proper nouns, none of which the
    model tagged at all, with no capitalised word right before or after them on their line (a
    heading's or a longer name's), of plain words (`_plain_words`). The model leaves such
    names untagged in results lines and in prose it misreads; firms and products it rarely
    leaves untagged, and their names have a firm's word or no given name first."""
    if any(doc[k].ent_iob_ != "O" or not _name_word(doc[k].text) for k in range(i, j)):
        return False  # 'Kia EV6': a model's code is no word of a name
    if not _alone_on_its_line(doc, i, j):
        return False
    before = doc[i - 1] if i > 0 else None
    after = doc[j] if j < len(doc) else None
    if (
        before is not None
        and after is not None
        and before.text in _QUOTES
        and after.text in _QUOTES
    ):
        return False  # "’Nelly Moser’": a name in single quotes is a variety's or a title's
    return _plain_words(doc, view, i, j)


# Single quotes only: a variety's or a title's name ("’Nelly Moser’"); double quotes hold
# JSON fields and quoted speech too ('"author": "Jane Doe"', dev 202, lost with them).
_QUOTES = {"'", "‘", "’"}


def _speech_subject(tok: Token) -> bool:
    """The subject of a verb of saying after it ('"...," Schiff asked')."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.i > tok.i
        and verb.lemma_.lower() in people_words("speech_verbs")
    )


def _lone_speaker_word(tok: Token) -> bool:
    """A one-word speaker: a known given name or surname that is no English word, untagged."""
    w = fold(tok.text)
    return (
        tok.ent_iob_ == "O"
        and tok.text[1:].islower()
        and (w in first_names() or w in surnames())
        and not is_english_word(tok.text)
        and not load_gazetteer().lookup(tok.text)
    )


def spoken_alone(doc: Doc, span: NameSpan) -> bool:
    """(Round 12) A one-word name the model left untagged that says something ('Schiff
    asked', 'Emil writes'): a person met once, kept by the lone-word filter. (Session 14) So is
    one the model tagged a person, of no English word and no given name, with 'he' or 'she' the
    subject of a later clause of its sentence or of the next ('Nerweyi said he did not know';
    'Brackenfield said it was busy' may be a firm's; a given name alone, 'Steve said', is more
    often a second entry of a person named in full, and 'Meta claims' a firm)."""
    tok = doc[span.start]
    if span.end - span.start != 1 or not _speech_subject(tok):
        return False
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
        return (
            tok.text[1:].islower()
            and tok.is_alpha
            and not is_english_word(tok.text)
            and fold(tok.text) not in first_names()
            and not _word_of_full_name(doc, tok)
            and pronoun_after(doc, span)
        )
    return _lone_speaker_word(tok)


def pronoun_subject(doc: Doc, span: NameSpan) -> bool:
    """(Session 19, people2) A one-word name that is the subject of its clause, with 'he' or
    'she' a subject after it in its sentence or the next ('When Tavish reached the river, he
    stopped'): a person met once, kept by the lone-word filter whatever the verb (`spoken_alone`
    asks for a verb of saying). A proper noun by the parse, capitalised, of letters, and not
    its sentence's first word (a common word capitalised there: 'Death came, and he knew'),
    nor a word of a longer name tagged a person (a mention of that person)."""
    if span.end - span.start != 1:
        return False
    tok = doc[span.start]
    return (
        tok.dep_ in SUBJECT
        and tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.i > tok.sent.start
        and not _word_of_full_name(doc, tok)  # 'Camille Nerbuyeli Obuya ... Nerbuyeli said'
        and pronoun_after(doc, span)
    )


# (Session 30, ppl2) The model's labels a one-word name referred back to by 'he' or 'she' is
# read through: a firm, a place, a group or a work by the model ('before Houdini was famous,
# he ...' typed a firm), or none.
_COREFERRED_LABELS = frozenset({"", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"})


def coreferred_names(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """(Session 30, ppl2) A one-word name the model left untagged or typed anything but a
    person that 'he' or 'she' refers back to ('Before Quillon was a famous singer, she sang in
    bars', 'Quillon' typed a firm): the subject of its clause, a capitalised proper noun of
    letters, not its sentence's first word, no word of a longer name on its line, no place
    the gazetteer knows, with 'he' or 'she' a subject after it in its sentence or the next
    before any person the model tagged or a rule found, and no such person before it in its
    sentence (whose pronoun it would be)."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    for tok in doc:
        if (
            tok.i in people
            or tok.dep_ not in SUBJECT
            or tok.tag_ != "NNP"  # no plural, 'Republicans', 'Ukrainians'
            or not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower())
            or not any(doc[k].is_alpha for k in range(tok.sent.start, tok.i))  # '"Fun won't'
            or fold(tok.text) in view.lowercase  # 'Fun ... to have fun'
            or is_title(tok)  # 'the Pope was asked'
            or mention_determiner(doc[tok.i - 1])  # 'the Pope'
            or tok.ent_type_ not in _COREFERRED_LABELS
            or (tok.ent_iob_ != "O" and not _entity_alone(doc, tok))
            or _in_longer_name(doc, tok)
            or _word_of_full_name(doc, tok)
            or load_gazetteer().lookup(tok.text)
        ):
            continue
        if any(doc[k].ent_type_ == "PERSON" or k in people for k in range(tok.sent.start, tok.i)):
            continue
        name = make_span(doc, tok.i, tok.i + 1, "PERSON")
        if pronoun_after(doc, name, before_person=True, people=people):
            found.append(name)
    return found


# (Session 31, pmiss) A name of this many words at most is read by `referred_names`.
_MAX_REFERRED_WORDS = 3
# The model's labels a name referred back to by a pronoun is read through: those of
# `coreferred_names`, and a building's (FAC), which the model gives a person's name as it gives
# a place's.
_REFERRED_LABELS = _COREFERRED_LABELS | {"FAC"}
# Pronouns of a person before a name: the pronoun after it may be theirs ('He thanked Quorvan
# for his help').
_PERSON_PRONOUNS_BEFORE = frozenset({"he", "she", "him", "his", "her", "hers"})


def referred_names(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """(Session 31, pmiss) A name of one to three words the model left untagged or typed
    anything but a person, that a possessive 'his'/'her' (or 'he'/'she' as a subject) refers
    back to in its clause ('Ilvar Rennick of Tolbo village has improved his harvest', 'we
    thank Quorvan for his help', `tree.pronoun_refers`): the subject or object of the verb
    whose clause holds the pronoun, with no other name or noun of a person between. The name's
    words are singular proper nouns of letters in title case (a capital inside a one-word name:
    'QuorVan'), none a title or a word the article writes in lower case, no determiner
    before, no capitalised word beside it on its line; one word: no English word but a known
    given name, not opening its sentence unless a given name; two or three: a known given name
    or no English word first, a known surname or no English word last; no place the gazetteer
    knows; no person, and no pronoun of a person, before it in its sentence."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i <= _MAX_REFERRED_WORDS and _referred_word(doc, view, j):
            if j > i and "\n" in doc[j - 1].whitespace_:
                break
            j += 1
        if j == i:
            i += 1
            continue
        if j - i <= _MAX_REFERRED_WORDS and _referred_candidate(doc, i, j, people):
            name = make_span(doc, i, j, "PERSON")
            if pronoun_refers(doc, name, people):
                found.append(name)
        i = j
    return found


def _referred_word(doc: Doc, view: DocView, k: int) -> bool:
    """A word a name referred back to is made of: a singular proper noun of letters, a capital
    first, not all capitals, no title, no word the article writes in lower case."""
    tok = doc[k]
    return (
        tok.tag_ == "NNP"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and any(c.islower() for c in tok.text[1:])
        and not is_title(tok)
        and tok.lower_ not in ROLE_NOUNS
        and fold(tok.text) not in view.lowercase
    )


def _referred_candidate(doc: Doc, i: int, j: int, people: set[int]) -> bool:
    """Tokens i..j as a name `referred_names` may read: see there."""
    if any(k in people or doc[k].ent_type_ not in _REFERRED_LABELS for k in range(i, j)):
        return False
    if doc[i].ent_iob_ != "O" and not _whole_entity(doc, i, j):
        return False
    first, last = doc[i], doc[j - 1]
    if i > 0 and (mention_determiner(doc[i - 1]) or _capitalised_beside(doc[i - 1], first)):
        return False
    if j < len(doc) and "\n" not in last.whitespace_ and _capitalised(doc[j]):
        return False
    if load_gazetteer().lookup(doc[i:j].text):
        return False
    return _referred_shape(doc, i, j) and not _person_before(doc, i, people)


def referred_mention(doc: Doc, span: NameSpan) -> bool:
    """(Session 31, pmiss) A mention the lone-word filter and the evidence score read as a
    person's by a pronoun that refers back to it: of `referred_names`' shape, no person or
    pronoun of a person before it in its sentence, and `tree.pronoun_refers` ('we thank
    Quorvan for his help'; not 'Ten. Brix has denied claims he misled ...', a sentence's first
    word that is no given name)."""
    return (
        _referred_shape(doc, span.start, span.end)
        and not _person_before(doc, span.start, set())
        and pronoun_refers(doc, span)
    )


def _referred_shape(doc: Doc, i: int, j: int) -> bool:
    """One word: no word of a longer name the model tagged a person, and a known given name, or
    no English word that does not open its sentence; two or three: a known given name or no English word first, a known surname or no English word
    last."""
    first, last = doc[i], doc[j - 1]
    if j - i == 1:
        if _word_of_full_name(doc, first):
            return False  # 'Camille Etienne Gbedey ... Etienne said': that person's mention
        return _given_name(first) or (not is_english_word(first.text) and i > first.sent.start)
    return (_given_name(first) or not is_english_word(first.text)) and (
        fold(last.text) in surnames() or not is_english_word(last.text)
    )


def _person_before(doc: Doc, i: int, people: set[int]) -> bool:
    """A person (the model's or a rule's) or a pronoun of a person before token i in its
    sentence: the pronoun after it may be theirs."""
    return any(
        k in people or doc[k].ent_type_ == "PERSON" or doc[k].lower_ in _PERSON_PRONOUNS_BEFORE
        for k in range(doc[i].sent.start, i)
    )


def _whole_entity(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j are one entity of the model's, whole."""
    return (
        doc[i].ent_iob_ == "B"
        and (j == len(doc) or doc[j].ent_iob_ != "I")
        and all(doc[k].ent_iob_ == "I" for k in range(i + 1, j))
    )


def _capitalised_beside(before: Token, first: Token) -> bool:
    """A capitalised word right before the name's first on its line, but for its sentence's
    first word ('Before Quorvan was ...')."""
    return (
        _capitalised(before)
        and not before.is_sent_start
        and "\n" not in before.whitespace_
        and not first.is_sent_start
    )


def _in_longer_name(doc: Doc, tok: Token) -> bool:
    """A capitalised word right after the word on its line, or right before it but for its
    sentence's first word ('Before Quillon was ...'): a word of a longer name."""
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and _capitalised(after) and "\n" not in tok.whitespace_:
        return True
    before = doc[tok.i - 1]
    return _capitalised(before) and not before.is_sent_start and "\n" not in before.whitespace_


def _word_of_full_name(doc: Doc, tok: Token) -> bool:
    """The word is one of a longer name the model tagged a person ('Etienne' of 'Camille
    Etienne Gbedey'): a mention of that person, no second one."""
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e.start != tok.i and tok.text in e.text.split()
        for e in doc.ents
    )


def speaker_names(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """(Round 12) Names the model left untagged that are the subject of a verb of saying
    (`speech_verbs`: 'Ivars Peterson briefly describes', 'Dr Hilary suggests', '"...,"
    Schiff asked'): one to three capitalised proper nouns after any title, none tagged, with no
    capitalised word before them (but a title) or after them on their line. Two or three words
    need a known given name first or a known surname last and plain words (`_plain_words`); one
    word must be a known given name or surname of no English word (`_lone_speaker_word`;
    'Tanjug said', 'Comelf said' are firms)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    for tok in doc:
        if not (
            _speech_subject(tok)
            and tok.pos_ == "PROPN"
            and _capitalised(tok)
            and tok.i not in taken
            and tok.ent_iob_ == "O"
        ):
            continue
        start = tok.i
        while (
            start > 0
            and tok.i - start + 1 < _MAX_SPEAKING_WORDS
            and doc[start - 1].pos_ == "PROPN"
            and _capitalised(doc[start - 1])
            and doc[start - 1].head.i == tok.i
            and doc[start - 1].ent_iob_ == "O"
            and not is_title(doc[start - 1])
            and (start - 1) not in taken
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and _capitalised(before)
            and not is_title(before)
            and "\n" not in before.whitespace_
        ):
            continue
        if start == tok.i:
            ok = _lone_speaker_word(tok)
        else:
            ok = (
                fold(doc[start].text) in first_names() or fold(tok.text) in surnames()
            ) and _plain_words(doc, view, start, tok.i + 1)
        if ok and not load_gazetteer().lookup(doc[start : tok.i + 1].text):
            found.append(make_span(doc, start, tok.i + 1, "PERSON"))
    return found


def capitals_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """(Session 17) Names on a line written all in capitals, which the model leaves untagged
    ('BOXING - PANAMA 'S ROBERTO DURAN FIGHTS ...', a tagline 'LAURIE OAKES IS THE ... EDITOR'):
    two words of letters, the first a known given name of no English word and no title, the
    second a known surname or no English word, neither tagged nor in a span found, and no
    place the gazetteer knows ('HONG KONG')."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    line = (0, 0, False)  # the last line looked at, its bounds and verdict: once a line
    for i in range(len(doc) - 1):
        first, second = doc[i], doc[i + 1]
        if not (
            _capitals_word(first)
            and _capitals_word(second)
            and first.whitespace_ == " "
            and i not in taken
            and i + 1 not in taken
            and (i == 0 or not _capitals_word(doc[i - 1]) or "\n" in doc[i - 1].whitespace_)
            and not _joined_hyphen(doc, i + 1)
        ):
            continue
        given, surname = first.text.title(), second.text.title()
        if not (
            fold(given) in first_names()
            and not is_english_word(given)
            and not is_title(first)
            and (fold(surname) in surnames() or not is_english_word(surname))
        ):
            continue
        if i >= line[1]:
            start, end = token_line(doc, i, i + 1)
            line = (start, end, _capitals_line(doc, start, end))
        if not line[2] or load_gazetteer().lookup(f"{given} {surname}"):
            continue
        found.append(make_span(doc, i, i + 2, "PERSON"))
    return found


# A line in capitals has at least this many letters ('HONG KONG' is a dateline's place).
_MIN_CAPITALS_LETTERS = 10


def _capitals_word(tok: Token) -> bool:
    """A word of two capitals or more, of no entity ('DURAN')."""
    return tok.is_alpha and len(tok.text) > 1 and tok.text.isupper() and tok.ent_iob_ == "O"


def _capitals_line(doc: Doc, start: int, end: int) -> bool:
    """The line of tokens `start` to `end` has no lower-case letter and `_MIN_CAPITALS_LETTERS`
    letters or more."""
    letters = [c for c in doc[start:end].text if c.isalpha()]
    return len(letters) >= _MIN_CAPITALS_LETTERS and not any(c.islower() for c in letters)


def known_mononym(name: str) -> bool:
    """(Session 17) A person known the world over by this one name ('Plato', 'Beethoven',
    'Napoleon'; `known_mononyms`)."""
    return fold(name) in people_words("known_mononyms")


# The model's labels a word of `known_mononyms` keeps (session 17 review): a place or a firm
# named after the person ('the Engels air base', 'Goya Foods') is one as often as the person.
_MONONYM_KEPT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def mononym_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """(Session 17) A word of `known_mononyms` standing alone ('to read Aristotle', 'Socrates
    is a man', 'defeated by Napoleon') that no person found holds: a person when it is
    untagged or an entity by itself (its possessive with it) of no label of
    `_MONONYM_KEPT_LABELS` ('Goya's chief executive', 'Police in Cicero': a firm and a town),
    and no capitalised word after it on its line or before it in its sentence makes it a word
    of a longer name ('the Mozart Festival', 'Café Mozart')."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    for tok in doc:
        if (
            tok.i in people
            or not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower())
            or not known_mononym(tok.text)
        ):
            continue
        if tok.ent_type_ in _MONONYM_KEPT_LABELS or (
            tok.ent_iob_ != "O" and not _entity_alone(doc, tok)
        ):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and _capitalised(after) and "\n" not in tok.whitespace_:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        if (
            before is not None
            and _capitalised(before)
            and not tok.is_sent_start
            and not before.is_sent_start
            and "\n" not in before.whitespace_
        ):
            continue
        found.append(make_span(doc, tok.i, tok.i + 1, "PERSON"))
    return found


def _entity_alone(doc: Doc, tok: Token) -> bool:
    """The model's entity of the token is the token alone, or with its possessive."""
    if tok.ent_iob_ != "B":
        return False
    end = tok.i + 1
    if end < len(doc) and doc[end].lower_ in POSSESSIVE_MARKS and doc[end].ent_iob_ == "I":
        end += 1
    return end == len(doc) or doc[end].ent_iob_ != "I"


def signoff_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Given names signing off a comment or letter on a line of their own ('Kisses,
    Paola.', 'Annette xxx'; `lines.signoff`) that no person found: people (the annotation rules
    count commenters' sign-offs), whatever else the model said of the word."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    return [
        make_span(doc, i, i + 1, "PERSON")
        for i in range(len(doc))
        if i not in people and doc[i].is_alpha and signoff(doc, i)
    ]


# Labels of the model's that a full name standing alone is read through (round 12); not a
# place's: the gazetteer misses small places named like people ('Hong Bang').
_MISTYPED_LABELS = ("ORG", "NORP", "PRODUCT", "WORK_OF_ART")


def mistyped_full_name(doc: Doc, view: DocView, span: NameSpan) -> bool:
    """(Round 12) 'an interaction he had with Julia Child', 'Mariano Rivera pitched' typed a
    firm or a place by the model: a full name standing alone as `_untagged_alone` reads it (a
    known given name of no English word first, two or three capitalised proper nouns, no
    capitalised word beside them on their line, plain words), the label the model's own (not a
    document rule's retyping of a person it saw as a firm), whole: the span is the name."""
    i, j = span.start, span.end
    # (session 16) the model's entity may end in the possessive ("Dario Montefiore's", a firm)
    end = j + 1 if j < len(doc) and doc[j].lower_ in POSSESSIVE_MARKS else j
    if not (
        MIN_SPEAKING_WORDS <= j - i <= _MAX_SPEAKING_WORDS
        and span.label in _MISTYPED_LABELS
        and doc[i].ent_type_ == span.label
        and doc[i].ent_iob_ == "B"
        and (end == len(doc) or doc[end].ent_iob_ != "I")
        and _given_name(doc[i])
        and all(view.pos[k] == "PROPN" and _capitalised(doc[k]) for k in range(i, j))
        and all("\n" not in doc[k].whitespace_ for k in range(i, j - 1))
        and not load_gazetteer().lookup(span.text)
    ):
        return False
    if not _alone_on_its_line(doc, i, j):
        return False
    return _plain_words(doc, view, i, j)


# (Round 13) Contexts that show a one-word name is a person's, read before a filter drops it;
# products, firms and places do not take them. A kin noun with its possessor right before the
# name ('his wife Kali'): the place filter (`document.types`, a name the gazetteer knows) spares
# it (the lone-word filter already keeps it: the kin noun is its role). The actor's full name in
# brackets right after a character's ('Ray (Alexander Skarsgård)'): the lone-word filter
# (`grouping`) and the evidence (`evidence`) keep it.

# An actor's name in brackets has two words at least ('Alexander Skarsgård'): one word ('(Lee)')
# may be a surname met before, a code or a firm ('Pierre (eBay)').
_MIN_ACTOR_WORDS = 2


def kin_named(doc: Doc, span: NameSpan) -> bool:
    """'his wife Kali', 'my friend Ben', "Eric's wife Kali": a kin noun right before the
    name, its possessor (a possessive pronoun or a possessive ending) right before that; the
    name is capitalised and on the same line. A firm or a place is nobody's wife or friend."""
    k = span.start
    if k < 2 or not doc[k].text[:1].isupper():
        return False
    kin, owner = doc[k - 1], doc[k - 2]
    return (
        kin.lower_ in KIN_NOUNS
        and kin.text.islower()
        and "\n" not in kin.whitespace_
        and (owner.lower_ in POSSESSIVES or owner.text in POSSESSIVE_MARKS)
    )


def played_by(doc: Doc, span: NameSpan) -> bool:
    """'Ray (Alexander Skarsgård)': a name right before brackets that hold nothing but a
    person's full name the model tagged, the way reviews and credits give a character and
    the actor who plays it."""
    k = span.end
    if k + 1 >= len(doc) or doc[k].text != "(":
        return False
    close = next((i for i in range(k + 1, min(len(doc), k + 6)) if doc[i].text == ")"), None)
    if close is None or close - (k + 1) < _MIN_ACTOR_WORDS:
        return False
    inside = doc[k + 1 : close]
    return all(t.ent_type_ == "PERSON" for t in inside) and inside[0].ent_iob_ == "B"


# (Session 14) A name the model left untagged beside a person it tagged: 'Serbia's Novak
# Djokovic and Britain's Andy Murray'. Two or three capitalised proper nouns, none tagged.
_PAIRING_WORDS = frozenset({"and", "or", "nor"})


def paired_names(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """(Session 14) Names the model left untagged that the parse coordinates with a person's
    full name ('Novak Djokovic and Andy Murray', 'Andy Murray or Novak Djokovic'): two or three
    capitalised proper nouns of plain words (`_plain_words`), each a known given name or surname
    or no English word (`known_or_foreign`), none tagged, the last the head of the others, joined
    by 'and'/'or' to a person of two words or more; not a place the gazetteer
    knows, no capitalised word beside them on their line. Two people are coordinated far more
    often than a person and a firm the model leaves untagged, which it tags ORG."""
    full = [s for s in spans if s.label == "PERSON" and s.end - s.start >= MIN_SPEAKING_WORDS]
    person_at = {i for s in full for i in range(s.start, s.end)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    i = 0
    while i < len(doc):
        if not _untagged_name_word(doc, view, i, taken) or (
            i > 0 and _untagged_name_word(doc, view, i - 1, taken)
        ):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and j - i < _MAX_SPEAKING_WORDS
            and _untagged_name_word(doc, view, j, taken)
            and "\n" not in doc[j - 1].whitespace_
        ):
            j += 1
        last = doc[j - 1]
        if (
            j - i >= MIN_SPEAKING_WORDS
            and all(doc[k].head.i == last.i for k in range(i, j - 1))
            and _paired_with(doc, last, person_at)
            and all(known_or_foreign(doc[k]) for k in range(i, j))
            and _alone_on_its_line(doc, i, j)
            and _plain_words(doc, view, i, j)
            and not load_gazetteer().lookup(doc[i:j].text)
        ):
            found.append(make_span(doc, i, j, "PERSON"))
        i = j
    return found


def _untagged_name_word(doc: Doc, view: DocView, i: int, taken: set[int]) -> bool:
    tok = doc[i]
    return (
        view.pos[i] == "PROPN"
        and tok.ent_iob_ == "O"
        and i not in taken
        and _capitalised(tok)
        and not is_title(tok)
    )


def _paired_with(doc: Doc, last: Token, person_at: set[int]) -> bool:
    """`last` and a token of a person's name are conjuncts of each other, with 'and'/'or'
    between them."""
    other = None
    if last.dep_ == "conj" and last.head.i in person_at:
        other = last.head
    else:
        other = next((c for c in last.children if c.dep_ == "conj" and c.i in person_at), None)
    if other is None:
        return False
    lo, hi = sorted((last.i, other.i))
    return any(doc[k].lower_ in _PAIRING_WORDS for k in range(lo + 1, hi))


# (Session 14) The labels a name that owns an authored work may have besides none: the model
# types authors' names as firms and works ('Yukinobu Tatsu's manga').
_AUTHOR_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "GPE"})


def author_names(doc: Doc, view: DocView, spans: list[NameSpan]) -> list[NameSpan]:
    """(Session 14) A name that owns a work a person authors ('Yukinobu Tatsu's shōnen manga',
    "Ann Lee's first novel"; `authored_nouns`: no film, series, album or song, which studios,
    bands and labels own too): two or three capitalised proper nouns of plain words
    (`_plain_words`), the last the possessor, untagged or one entity of the model's of a firm's,
    work's or place's label covering exactly them; no person found there, no place the
    gazetteer knows."""
    people = {i for s in spans if s.label == "PERSON" for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    for tok in doc:
        if not (
            tok.dep_ == "poss"
            and tok.head.i > tok.i
            and tok.head.lemma_.lower() in people_words("authored_nouns")
            and view.pos[tok.i] == "PROPN"
            and _capitalised(tok)
            and tok.i not in people
        ):
            continue
        start = tok.i
        while (
            start > 0
            and tok.i - start + 1 < _MAX_SPEAKING_WORDS
            and view.pos[start - 1] == "PROPN"
            and _capitalised(doc[start - 1])
            and doc[start - 1].head.i == tok.i
            and "\n" not in doc[start - 1].whitespace_
            and not is_title(doc[start - 1])
        ):
            start -= 1
        end = tok.i + 1
        if end - start < MIN_SPEAKING_WORDS or any(k in people for k in range(start, end)):
            continue
        if not (_one_entity(doc, start, end) and _alone_on_its_line(doc, start, end)):
            continue
        if (
            # (session 15 review) every word a known name or no English word: not
            # 'Crimson Harbor', 'Austin Energy'; no firm's word: not 'Bloomsbury Publishing'
            person_shaped(doc, start, end, AUTHOR_SHAPE)
            and _plain_words(doc, view, start, end)
            and not load_gazetteer().lookup(doc[start:end].text)
        ):
            found.append(make_span(doc, start, end, "PERSON"))
    return found


def _one_entity(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are untagged, or exactly one entity of `_AUTHOR_LABELS` (its
    possessive ending with it: 'Yukinobu Tatsu's')."""
    if all(doc[k].ent_iob_ == "O" for k in range(start, end)):
        return True
    if end < len(doc) and doc[end].lower_ in POSSESSIVE_MARKS and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start].ent_type_ in _AUTHOR_LABELS and _whole_entity(doc, start, end)


# (Session 20) A regnal number after a ruler's given name, II to XXXIX ('Henry VIII',
# 'Elizabeth II', 'Louis XIV'); never 'I', the pronoun as often as not even after a title
# ('When I met Queen Elizabeth I was terrified', 'My sister Mary I think suffered most').
_REGNAL = re.compile(r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)")
_PRONOUN_I = "I"


def _regnal_number(tok: Token) -> bool:
    """'II', 'VI', 'XIV' as a word of its own; not 'I'."""
    return tok.text != _PRONOUN_I and bool(_REGNAL.fullmatch(tok.text))


def _given_word(tok: Token) -> bool:
    """A capitalised known given name that is no title ('Henry', 'Elizabeth', 'Louis'; a
    ruler's name is often an English word too, 'henry' a unit, so that is not asked)."""
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and fold(tok.text) in first_names()
        and not is_title(tok)
    )


def _names_a_thing(doc: Doc, start: int, k: int) -> bool:
    """The given names doc[start:k] and the regnal number doc[k] name a thing: a capitalised
    word right after the number ('the Queen Elizabeth II Bridge', 'King George V Dock'), or a
    determiner right before the name or its title ('The Queen Mary II left New York', a liner;
    'the Henry II')."""
    if k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
        return True
    first = start - 1 if start > 0 and is_title(doc[start - 1]) else start
    return first > 0 and mention_determiner(doc[first - 1])


def regnal_names(doc: Doc, people: list[NameSpan], others: list[NameSpan]) -> list[NameSpan]:
    """(Session 20) A ruler named by given names and a regnal number, 'Queen Elizabeth II',
    'Daughter of Henry VIII', 'Pope John Paul II', which the model leaves untagged or tags
    without its number ('Elizabeth' of 'Queen Elizabeth II'): the given names and the number,
    one person. Never where the name names a thing (`_names_a_thing`: a capitalised word after
    it, a determiner before it or its title) nor with 'I' (`_REGNAL`). After a title ('Queen',
    'King', 'Pope') that is all; with none, the name opens there too (no capitalised word or
    word with a digit right before it: 'Canon EOS 5D Mark IV' is a camera, 'a 1920s Louis XV
    chair' a style) and no given name is an English verb or adjective ('watched Rocky II': a
    film). `people`: the person spans so far (one holding the number already is left as it
    is); `others`: the other labels' spans, whose words are no ruler's."""
    held = {i for s in people for i in range(s.start, s.end)}
    other = {i for s in others for i in range(s.start, s.end)}
    found: list[NameSpan] = []
    for tok in doc[1:]:
        k = tok.i
        if k in held or k in other or not _regnal_number(tok) or "\n" in doc[k - 1].whitespace_:
            continue
        start = k
        while (
            start > 0
            and _given_word(doc[start - 1])
            and start - 1 not in other
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        if start == k or _names_a_thing(doc, start, k):
            continue
        before = doc[start - 1] if start > 0 else None
        if before is not None and is_title(before):
            found.append(make_span(doc, start, k + 1, "PERSON"))
            continue
        opens = (
            before is None
            or "\n" in before.whitespace_
            or not (before.text[:1].isupper() or any(c.isdigit() for c in before.text))
        )
        # with no title, no given name that is an English verb or adjective ('the Mark II',
        # 'watched Rocky II': a product, a film)
        plain = not any(is_english_word(doc[i].text, nouns=False) for i in range(start, k))
        if opens and plain:
            found.append(make_span(doc, start, k + 1, "PERSON"))
    return found
