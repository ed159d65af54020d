"""Roles the page's lines give: credentials after a name ('Jane Roe, MS, RD, registered
dietitian'), a credits block ('Visualizer' / 'Mark SubbaRao') and a byline's role ('By Jane Roe
| Senior Writer')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsdesk.analysis.doctext import doc_text, line_bounds, token_line
from newsdesk.analysis.entities.lexicon import first_names, is_english_word
from newsdesk.analysis.entities.people.nouns import AGENT_ENDINGS, is_role_noun, person_word
from newsdesk.analysis.entities.people.phrases import MAX_PARSED_ROLE_WORDS, role_phrase
from newsdesk.analysis.entities.people.tree import is_joined
from newsdesk.analysis.entities.spans import (
    NameSpan,
)
from newsdesk.analysis.entities.words import (
    CREDENTIALS,
    DETERMINERS,
    ROLE_NOUNS,
    people_words,
)
from newsdesk.analysis.gazetteer import fold

# Letters of a credential written after a name ('MS', 'RDN', 'CPT', 'Ph.D.').
_MAX_CREDENTIAL_CHARS = 5


def _credential(tok: Token) -> bool:
    """'MS', 'RDN', 'Ph.D.'; not an office written in capitals ('Ann Lee, DDS, CEO of
    Acme': 'CEO' opens the role)."""
    w = tok.text.replace(".", "")
    if w.lower() in CREDENTIALS:
        return True  # 'MS' is a title too
    if w.lower() in ROLE_NOUNS:
        return False
    return w.isalpha() and w.isupper() and len(w) <= _MAX_CREDENTIAL_CHARS


def _clause_word(tok: Token) -> bool:
    """An auxiliary, or a verb that modifies no noun ('has', 'runs'; not 'registered
    dietitian'): the words after the name make a clause, not a role."""
    return tok.pos_ == "AUX" or (tok.pos_ == "VERB" and tok.dep_ != "amod")


def credentials_role(doc: Doc, span: NameSpan) -> str | None:
    """'Lauren Slayton, MS, RD, registered dietitian and founder of Foodtrainers,': the role
    after a name's credentials, to the next comma or full stop."""
    i = span.end
    while i + 1 < len(doc) and doc[i].text == "," and _credential(doc[i + 1]):
        i += 2
    if i == span.end or i + 1 >= len(doc) or doc[i].text != ",":
        return None
    start = i + 1
    if doc[start].lower_ == "and":
        start += 1
    end = start
    while (
        end < len(doc)
        and end - start <= MAX_PARSED_ROLE_WORDS
        and not (doc[end].is_punct and not is_joined(doc[end]) and doc[end].text != "&")
        and "\n" not in doc[end].text
    ):
        end += 1
    if not any(is_role_noun(doc[k], wide=True) for k in range(start, end)):
        return None
    if any(_clause_word(doc[k]) for k in range(start, end)):
        return None  # 'Dan Roe, ACAS, has worked for ...': a clause, not a role
    return role_phrase(doc, start, end)


# A credits line ('Visualizer', 'Lead tester') has at most this many words.
_MAX_CREDIT_WORDS = 4


def credit_role(doc: Doc, span: NameSpan) -> str | None:
    """A credits block: the name alone on its line under a line that is a role ('Visualizer' /
    'Mark SubbaRao', 'Lead tester' / 'Ann Lee'), with its organisation in brackets on the next
    line kept ('Visualizer (NASA/GSFC)'). Under one role, names with their organisations in
    brackets follow each other ('Technical support' / 'Ann Lee' / '(Acme)' / 'Ian Jones' /
    '(Acme)'): each has the role. With a bracketed organisation under the name, the role line
    is any short line ('Technical support'); without, it ends in a noun of a person."""
    text = doc_text(doc)  # read once a Doc (doc.text joins every token on each call)
    start, end = line_bounds(text, span.start_char, span.end_char)
    if text[start:end].strip() != span.text:
        return None
    below = text[end:].lstrip("\n").split("\n", 1)[0].strip()
    bracketed = below.startswith("(") and below.endswith(")") and len(below) <= _MAX_ROLE_CHARS
    lines = text[:start].rstrip().split("\n")
    above = lines[-1].strip() if lines else ""
    # over earlier credited names of the same role: '(Acme)' then 'Ann Lee' above
    steps = 0
    while bracketed and above.startswith("(") and steps < _MAX_CREDITED_UNDER_ONE_ROLE:
        rest = [ln.strip() for ln in lines[:-1] if ln.strip()]
        if len(rest) < 2 or not _name_line(rest[-1]):
            return None
        lines = [ln for ln in lines[:-1] if ln.strip()][:-1]
        above = lines[-1].strip() if lines else ""
        steps += 1
    words = above.split()
    if not (1 <= len(words) <= _MAX_CREDIT_WORDS) or not words[0][:1].isupper():
        return None
    if not all(w.isalpha() for w in words) or fold(words[0]) in first_names():
        return None  # 'Ann Baker' over 'Ian Jones' is a list of names
    if any(w.lower() in _HEADING_WORDS or w.lower() in DETERMINERS for w in words):
        return None  # 'About the author', 'Meet our tester' head a section, not a credit
    last = words[-1].lower()
    if (
        not bracketed
        and last not in ROLE_NOUNS
        and not (
            last.endswith(AGENT_ENDINGS) and is_english_word(last) and last not in first_names()
        )
    ):
        return None
    return f"{above} {below}" if bracketed else above


# Names credited one after another under one role line, at most ('Technical support' / 3 names).
_MAX_CREDITED_UNDER_ONE_ROLE = 6


def _name_line(line: str) -> bool:
    """A line that is a name alone: two to four capitalised words ('Laurence Schuler')."""
    found = line.split()
    return 2 <= len(found) <= _MAX_CREDIT_WORDS and all(w[:1].isupper() for w in found)


# A byline's role after the name is a short phrase: at most this many words ('Senior Writer').
_MAX_BYLINE_ROLE_WORDS = 5


def byline_role(doc: Doc, span: NameSpan) -> str | None:
    """A byline's role: on the name's line after a bar or a dash ('By Jane Roe | Senior
    Writer'), or alone on the line under a name that has its line to itself ('Jane Roe' /
    'Staff Photographer'). The phrase is short and ends in a noun of a person."""
    text = doc_text(doc)
    start, end = line_bounds(text, span.start_char, span.end_char)
    before = text[start : span.start_char].strip()
    after = text[span.end_char : end].strip()
    listed_only = False  # the line under a name: a noun of the role lists only ('Grey Sweater')
    if before.lower() in ("", "by") and after[:1] in ("|", "–", "—", "-", "·"):
        phrase = after[1:].strip()
    elif not before and not after:
        phrase = text[end:].lstrip("\n").split("\n", 1)[0].strip() if end < len(text) else ""
        listed_only = True
    else:
        return None
    found = phrase.split()
    if not (1 <= len(found) <= _MAX_BYLINE_ROLE_WORDS) or not found[0][:1].isupper():
        return None
    last = re.sub(r"\W+$", "", found[-1]).lower()
    known = last in ROLE_NOUNS or (not listed_only and person_word(last))
    if not known or fold(found[0]) in first_names():
        return None  # 'Jane Roe' / 'Ian Jones' is a list of names
    return phrase.rstrip(".,;:")


# Words of section headings above a byline ('About the author', 'Meet our tester').
_HEADING_WORDS = people_words("credit_heading_words")


# An organisation in brackets under a credited name is kept up to this length.
_MAX_ROLE_CHARS = 60


# A name's title on a line of their own is a short phrase: at most this many words
# ('National Association of Bridge Builders chief economist').
_MAX_SIGNATURE_ROLE_WORDS = 10
# What may stand before the name on such a line: nothing, a quotation's dash, 'By'.
_SIGNATURE_LEADS = frozenset({"", "—", "–", "-", "by"})


def signature_role(doc: Doc, span: NameSpan) -> str | None:
    """A name and its title on a line of their own, as under a quotation or in a
    list of speakers: 'Tomas Reyes, Harbor Bank Chief Economist', '— Jane Roe, Senior Editor'. The
    phrase runs to the line's end, holds no verb, and its head (its last word before
    'of/at/for...', or before a comma: 'CISO, Acme') is a noun of a person. (Session 14) The
    quotation may end on the name's line: '... to our team. – Jane Roe, CISO, Acme'."""
    text = doc_text(doc)
    start, end = line_bounds(text, span.start_char, span.end_char)
    lead = text[start : span.start_char].strip()
    if lead.lower() not in _SIGNATURE_LEADS and not _quotation_dash(lead):
        return None
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    first = span.end + 1
    last = first
    while last < len(doc) and doc[last].idx < end and not doc[last].is_space:
        last += 1
    while last > first and doc[last - 1].is_punct:
        last -= 1
    phrase = [doc[k] for k in range(first, last)]
    if not 1 <= len(phrase) <= _MAX_SIGNATURE_ROLE_WORDS:
        return None
    if any(_clause_word(t) for t in phrase):
        return None  # 'Ann Lee, who runs Acme': a clause
    # the head: the last word ('... of Bridge Builders chief economist') or the last before
    # 'of/at/for' ('chief executive of Acme')
    prep = next((t for k, t in enumerate(phrase) if k and t.pos_ == "ADP"), None)
    heads = [phrase[-1]] if prep is None else [phrase[-1], doc[prep.i - 1]]
    comma = next((t for k, t in enumerate(phrase) if k and t.text == ","), None)
    if comma is not None:
        heads.append(doc[comma.i - 1])  # 'CISO, NTT DATA': the office before the firm
    if not any(_person_head(t) for t in heads):
        return None
    return role_phrase(doc, first, last)


# Marks that end a quotation or a sentence before a dash that gives its speaker on the same
# line ('... happen. – Jane Roe, CISO, Acme').
_QUOTATION_ENDS = frozenset('.!?"”’')
_DASHES = frozenset({"—", "–", "-"})


def _quotation_dash(lead: str) -> bool:
    """The text before a name on its line is a quotation or a sentence closed by a dash:
    'This podcast delivers. –', '"We are ready." —'."""
    return len(lead) >= 2 and lead[-1] in _DASHES and lead[:-1].rstrip()[-1:] in _QUOTATION_ENDS


# A role label before a name on its line ('CEO: Ann Lee', 'Lead designer: Ann Lee') has at
# most this many words.
_MAX_LABEL_WORDS = 3


def label_role(doc: Doc, span: NameSpan) -> str | None:
    """(Session 14) A role as a label before the name, the line's only other words: 'CEO: Ann
    Lee', 'Lead designer: Ian Jones', with at most an organisation in brackets after the name
    ('CEO: Ann Lee (Acme)'). The label is one to three words, capitalised first, no given name
    first, its last word a noun of the role lists ('Company in focus: Acme' and 'Photo: Ann
    Lee' are no roles)."""
    text = doc_text(doc)
    start, end = line_bounds(text, span.start_char, span.end_char)
    before = text[start : span.start_char].rstrip()
    after = text[span.end_char : end].strip()
    if not before.endswith(":") or (after and not (after[0] == "(" and after[-1] == ")")):
        return None
    label = before[:-1].strip().split()
    if not 1 <= len(label) <= _MAX_LABEL_WORDS or not label[0][:1].isupper():
        return None
    if not all(w.isalpha() for w in label) or fold(label[0]) in first_names():
        return None
    if label[-1].lower() not in ROLE_NOUNS:
        return None
    return " ".join(label)


def _person_head(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    return word in ROLE_NOUNS or person_word(word)


# A sign-off line holds at most this many tokens ('Kisses, Paola.' is four).
_MAX_SIGNOFF_TOKENS = 5
# Kiss marks after a signed name ('Annette xxx', 'Jo x', 'Ann xoxo').
_KISSES = re.compile(r"[xo]+", re.IGNORECASE)


def _line_tokens(doc: Doc, i: int) -> list[Token]:
    """The tokens of token i's line, spaces left out."""
    start, end = token_line(doc, i, i + 1)
    return [t for t in doc[start:end] if not t.is_space]


def signoff(doc: Doc, i: int) -> bool:
    """Token i is a given name signing off a comment or a letter on a line of its
    own: after one closing word and a comma ('Kisses, Paola.', 'Cheers, Tom'), or first and
    before kiss marks ('Annette xxx'); nothing else on the line but punctuation. A capitalised known
    given name that is no English word, so that a heading word alone on its line ('Summary',
    'May' over a fixture list) is none."""
    tok = doc[i]
    if not (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and fold(tok.text) in first_names()
        and not is_english_word(tok.text)
    ):
        return False
    line = _line_tokens(doc, i)
    if len(line) > _MAX_SIGNOFF_TOKENS:
        return False
    at = next(k for k, t in enumerate(line) if t.i == i)
    before, after = line[:at], line[at + 1 :]
    closed = len(before) == 2 and before[0].is_alpha and before[1].text == ","  # 'Kisses, Paola.'
    kissed = any(_KISSES.fullmatch(t.text) for t in after)  # 'Annette xxx'
    # a given name alone on its line is as often a heading ('Francie', a restaurant's name over
    # its review): a closing word or kiss marks make the line a sign-off
    return (closed or (not before and kissed)) and all(
        t.is_punct or _KISSES.fullmatch(t.text) for t in after
    )
