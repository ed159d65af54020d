"""(Session 22) A name's reading decided by the document's evidence, not by the word: a given
name that is also an English word ('Theresa', 'Hope', 'Will') opens a person's full name where
the text shows a person (a role in apposition, a title before it, a verb of saying after it,
'he' or 'she' after it); and a later bare word that is a common word or a firm's name too
('Hope', 'Ford') is that person's mention only where the text reads it as a name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.deps import OBJECT, SUBJECT
from newsdesk.analysis.entities.document.firms import org_cue
from newsdesk.analysis.entities.lexicon import first_names, is_english_word, surnames
from newsdesk.analysis.entities.people.appositions import apposition_role
from newsdesk.analysis.entities.people.nouns import is_person_noun
from newsdesk.analysis.entities.people.titles import title_before
from newsdesk.analysis.entities.people.tree import pronoun_after
from newsdesk.analysis.entities.spans import NameSpan, is_title, make_span, mention_determiner
from newsdesk.analysis.entities.words import people_words, words
from newsdesk.analysis.gazetteer import fold

# A full name read from a given name that is an English word: two or three words.
_MIN_WORDS = 2
_MAX_WORDS = 3


def _capitalised(tok: Token) -> bool:
    """A word of letters written with a capital first and lower case after ('May', 'Hope')."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower()


def known_given_name(tok: Token) -> bool:
    """A known given name written with a capital first and lower case after, no title ('Olivia',
    'Theresa'; not 'Prince' in 'Prince Harry'). Whether it is an English word too decides how
    much evidence a name it opens needs (`missed._given_name`, `word_given_name`)."""
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and fold(tok.text) in first_names()
        and not is_title(tok)
    )


def word_given_name(tok: Token) -> bool:
    """A known given name of letters that is also an English word ('Theresa', 'Hope', 'Will',
    'Grace'): it opens a person's name only with the text's evidence."""
    return tok.is_alpha and known_given_name(tok) and is_english_word(tok.text)


def _surname_word(tok: Token) -> bool:
    """A capitalised word that may close a full name: a known surname ('May', 'Rivera') or no
    English word ('Okonjo')."""
    return _capitalised(tok) and (fold(tok.text) in surnames() or not is_english_word(tok.text))


def said_by(tok: Token) -> bool:
    """The word is the subject of a verb of saying after it ('May said', 'Hope told')."""
    verb = tok.head
    return (
        tok.dep_ in SUBJECT
        and verb.i > tok.i
        and verb.lemma_.lower() in people_words("speech_verbs")
    )


def human_subject(tok: Token) -> bool:
    """The word is the subject of a human verb after it ('Hope replied', 'Ford starred'), not
    of one firms take as often ('Ford leads')."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    return (
        tok.dep_ in SUBJECT
        and verb.i > tok.i
        and lemma in words("human_verbs")
        and lemma not in people_words("firm_also_verbs")
    )


def person_evidence_at(doc: Doc, span: NameSpan) -> bool:
    """The text shows a person at this mention: a role in apposition ('Theresa May, the prime
    minister,'), a title right before it ('Prime Minister Theresa May'), a verb of saying whose
    subject its last word is ('Hope Rivera said'), or 'he'/'she' a subject after it (in the
    last word's sentence or the next)."""
    last = doc[span.end - 1]
    last_word = make_span(doc, last.i, span.end, span.label)
    return (
        apposition_role(doc, span) is not None
        or title_before(doc, span.start) is not None
        or said_by(last)
        or (last.dep_ in SUBJECT and pronoun_after(doc, last_word))
        or person_noun_before_mark(doc, span)
    )


# (Session 30, ppl2) Marks between a noun of a person and the name it introduces ('my
# favourite actor - Ann Lee', 'her coach: Ann Lee').
_INTRODUCING_MARKS = frozenset({"-", "–", "—", ":"})


def person_noun_before_mark(doc: Doc, span: NameSpan) -> bool:
    """(Session 30, ppl2) 'my favourite actor - Heath Rowan', 'the winner: Heath Rowan': a
    noun of a person in lower case (`nouns.is_person_noun`) right before a dash or a colon
    right before the name, all on one line: the name is the person the noun introduces."""
    k = span.start
    if k < 2 or doc[k - 1].text not in _INTRODUCING_MARKS:
        return False
    noun = doc[k - 2]
    return (
        noun.text.islower()
        and noun.pos_ == "NOUN"
        and is_person_noun(noun)
        and "\n" not in noun.whitespace_
        and "\n" not in doc[k - 1].whitespace_
    )


def evidenced_full_name(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j, two or three words on one line, a given name that is an English word first
    and a surname-shaped last word, and the text's evidence of a person at them
    (`person_evidence_at`): 'Theresa May, the prime minister,' is a person; 'Hope Street',
    'Summer Olympics', 'Grace under pressure' show none."""
    if j - i < _MIN_WORDS or j - i > _MAX_WORDS:
        return False
    if not word_given_name(doc[i]) or not _surname_word(doc[j - 1]):
        return False
    if any("\n" in doc[k].whitespace_ for k in range(i, j - 1)):
        return False
    return person_evidence_at(doc, make_span(doc, i, j, "PERSON"))


def given_name_after_article(doc: Doc, span: NameSpan) -> bool:
    """(Session 28) A lone known given name right after an article or a demonstrative ('The
    Bill would require phone companies to store metadata', 'a Grace of its own', 'that Will'):
    a common noun written with a capital, seldom a person. The article must be the name's own
    (the parse's determiner of the name): in 'The Howard government will ...' it is the
    government's, and Howard a person's name modifying it. A possessive before the name ('my
    Sarah', 'our Bill') is no such determiner: people are written so."""
    if span.end - span.start != 1 or span.start == 0:
        return False
    prev = doc[span.start - 1]
    tok = doc[span.start]
    return (
        prev.tag_ == _ARTICLE_TAG
        and mention_determiner(prev)
        and prev.head.i == tok.i
        and known_given_name(tok)
    )


# The tag of an article or a demonstrative ('the', 'a', 'this', 'that'); possessives ('my',
# 'their') are PRP$.
_ARTICLE_TAG = "DT"


def _opens(doc: Doc, tok: Token) -> bool:
    """The word opens the text, a line or a sentence, where any word is capitalised."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = doc[tok.i - 1]
    return "\n" in prev.whitespace_ or prev.text in _OPENERS


# Marks after which a capitalised word may be a common one opening a clause or a quotation.
_OPENERS = frozenset({'"', "“", "‘", "'", ":", "(", "-", "—", "–", "\n"})


def _date_word(doc: Doc, tok: Token) -> bool:
    """The word is part of a date or a time at this mention: the model tags it one, or it is a
    month's name beside a number or after a word that leads a date ('In May she will travel',
    'May 5', 'until May'; not 'told May', 'with May')."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    if tok.lower_ not in people_words("months"):
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        prev is not None and (prev.lower_ in people_words("date_lead_words") or prev.like_num)
    ) or (after is not None and after.like_num)


def dated(doc: Doc, tok: Token) -> bool:
    """The word is a date at this mention ('On May 5', 'In May she will travel'), unless it is
    the subject of a verb of saying ('May told reporters', which the model may tag DATE)."""
    return _date_word(doc, tok) and not said_by(tok)


def reads_as_name(doc: Doc, tok: Token) -> bool:
    """A bare capitalised word that is a known person's surname ('Hope' of 'Carla Hope'; 'Ford'
    of 'Harrison Ford') is that person's mention where the text reads it as a name at this
    mention: not a date ('In May'), not after a determiner ('the Ford'), and, where it is an
    English verb, adjective or adverb too, opening a sentence or a line as the subject of a verb
    with a modal and no object, only as the subject of a human verb ('Hope will fade', 'Little
    will change' are none; 'Rook will open a second shop' is one). A verb of saying's subject is
    always a name ('Pay says', in an article about pay; 'May told reporters' though the model
    tags it DATE); so is a word of no English verb, adjective or adverb ('Okonjo'; 'Shearer':
    WordNet's nouns hold famous people). The word's use elsewhere ('the hunt', 'cook rice') decides
    nothing."""
    if said_by(tok):
        return True
    if _date_word(doc, tok):
        return False
    if not is_english_word(tok.text, nouns=False):
        return True
    if tok.i > 0 and mention_determiner(doc[tok.i - 1]):
        return False
    if _opens(doc, tok) and _modal_clause(tok) and not _has_object(tok.head):
        return human_subject(tok)
    return True  # 'Rook will open a second shop': one who acts on a thing reads as a name


def _has_object(verb: Token) -> bool:
    """The verb takes a direct object ('open a shop'); a thing that 'will fade', 'will change'
    or 'may return' takes none."""
    return any(c.dep_ in OBJECT for c in verb.children)


def _modal_clause(tok: Token) -> bool:
    """The word is the subject of a verb with a modal ('Hope will fade', 'Little could
    change'), the way a common word opens a sentence about what a thing will do."""
    verb = tok.head
    return tok.dep_ in SUBJECT and any(c.tag_ == "MD" for c in verb.children)


def person_reading(doc: Doc, span: NameSpan) -> bool:
    """The text reads a person at this one-word mention: a verb of saying or a human verb whose
    subject it is, a title right before it, or 'he'/'she' a subject after it ('Ford said he
    loved the role')."""
    tok = doc[span.start]
    return (
        said_by(tok)
        or human_subject(tok)
        or title_before(doc, tok.i) is not None
        or (tok.dep_ in SUBJECT and pronoun_after(doc, span))
    )


def firm_reading(doc: Doc, span: NameSpan) -> bool:
    """A one-word span the model typed an organisation, a known person's surname, stays the
    organisation where the text reads a firm: a firm cue beside it ('the carmaker Ford',
    'acquired Ford'); or, where the model tags the word alone a person nowhere in the article
    and the mention shows no person's reading (`person_reading`: 'Ford said he loved the
    role' stays the person's), the word opening a longer organisation's name there ('Ford
    Motor ... shares of Ford') or, being an English verb, adjective or adverb, the subject of a
    verb with a modal ('Harrison Ford ... Ford will cut 3,000 jobs'; not "Trump's visit").
    A surname the model tags a person alone elsewhere, and one that is an English noun only
    ('Croft', 'Shearer': the model types athletes a firm often), stay the person's."""
    if span.end - span.start != 1:
        return False
    tok = doc[span.start]
    if org_cue(doc, span):
        return True
    if tagged_person_alone(doc, tok.text):
        return False
    if person_reading(doc, span):
        return False
    return _opens_org_name(doc, tok) or (
        is_english_word(tok.text, nouns=False) and _modal_clause(tok)
    )


def tagged_person_alone(doc: Doc, word: str, *, other_than: int | None = None) -> bool:
    """The model tags the word (folded) a person standing alone, a one-word PERSON entity, at
    some mention of the article (at one not opening at token `other_than`, when given): the
    way an article names someone after their full name ('Musk said', 'Ford said')."""
    folded = fold(word)
    return any(
        e.label_ == "PERSON"
        and e.end - e.start == 1
        and e.start != other_than
        and fold(e.text) == folded
        for e in doc.ents
    )


def _opens_org_name(doc: Doc, tok: Token) -> bool:
    """The word opens an organisation's name of two words or more in the article ('Ford Motor',
    'Ford Motor Co')."""
    word = fold(tok.text)
    return any(
        e.label_ == "ORG" and e.end - e.start >= _MIN_WORDS and fold(e[0].text) == word
        for e in doc.ents
    )


__all__ = [
    "evidenced_full_name",
    "firm_reading",
    "given_name_after_article",
    "human_subject",
    "known_given_name",
    "person_evidence_at",
    "person_reading",
    "reads_as_name",
    "said_by",
    "tagged_person_alone",
    "word_given_name",
]
