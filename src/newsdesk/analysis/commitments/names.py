"""What a word of the parse names: a named entity's text, a name the model left untagged, a
common noun for a body, the number a counted noun has, the name a description is given."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.deps import NOUN_CLAUSE
from newsdesk.analysis.doctext import same_line
from newsdesk.analysis.entities.words import words

NAMED = ("PERSON", "ORG", "GPE", "NORP")
# Adverbs that weigh a group rather than name it ("only 21 of 131 countries", "just two firms"):
# no word of the group's name (round 12b).
FOCUS_ADVERBS = ("only", "just", "even", "also")
APOSTROPHE_S = ("'s", "’s")  # "'s" and "’s": a possessive, "let's", a contracted "is"/"has"
POSSESSIVES = (*APOSTROPHE_S, "'", "’")  # the possessive an entity may end with ("Tesla's")


def is_name(tok: Token) -> bool:
    """A proper noun that is a name, not a capitalised heading word: it is not the first word of
    its sentence, or the article has it elsewhere inside a sentence or as part of a named entity."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    if common_noun(tok.text) and not any(c.dep_ == "compound" for c in tok.children):
        return False  # "the Government", "Police": capitalised, still a common noun
    lx = lexicon()
    if (lemma(tok) in lx.org_nouns or lemma(tok) in lx.agent_nouns) and not tok.ent_type_:
        return False  # "Company's goal is …": a heading's common noun, capitalised
    if tok.pos_ == "PROPN" and tok.i != tok.sent.start:
        return True
    return any(
        t.text == tok.text and (t.ent_type_ in NAMED or (t.pos_ == "PROPN" and t.i != t.sent.start))
        for t in tok.doc
        if t.i != tok.i
    )


def common_noun(name: str) -> bool:
    """'Government', 'the Police': an entity the model tagged that is one noun for a body or
    people, no name (guideline 10: an actor is never a common noun); 'Coalition Government'
    stays a name."""
    lx = lexicon()
    words = [w.lower() for w in name.split() if w.lower() not in ("the", "a", "an")]
    return len(words) == 1 and (words[0] in lx.org_nouns or words[0] in lx.agent_nouns)


def named(tok: Token) -> bool:
    """A name of a person, organisation or place (not a nationality: 'Americans, a people …')."""
    return (tok.ent_type_ in NAMED and tok.ent_type_ != "NORP") or (
        tok.pos_ == "PROPN" and is_name(tok)
    )


def entity_text(tok: Token) -> str:
    """The whole named entity the token belongs to, without a leading 'the'."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            # an entity the model ran over a paragraph break ("Cybereason" + blank line +
            # "LevelBlue"): only the words on the token's own line
            words = [
                t
                for t in ent
                if not (t.i == ent.start and t.lower_ in ("the", "a", "an"))
                and not t.is_space
                and same_line(t, tok)
            ]
            return _as_written(_own_conjunct(words, tok, ent.label_))
    return str(tok.text)


def _own_conjunct(words: list[Token], tok: Token, label: str) -> list[Token]:
    """'Smith, Jones and Brown' tagged as one entity: only the name the token belongs to (its
    conjuncts inside the entity are actors of their own). A firm's name joined by '&' or by a
    lone 'and' ('Procter & Gamble', 'Marks and Spencer' tagged ORG) stays whole."""
    inside = {t.i for t in words}
    if not any(c.i in inside for c in tok.conjuncts):
        return words
    if label == "ORG" and not any(t.text == "," for t in words):
        return words
    cuts = [t.i for t in words if t.text == "," or (t.dep_ == "cc" and t.text != "&")]
    before = max((i for i in cuts if i < tok.i), default=-1)
    after = min((i for i in cuts if i > tok.i), default=len(tok.doc))
    return [t for t in words if before < t.i < after] or words


def _as_written(words: list[Token]) -> str:
    """The words spaced as the text spaces them ("Stanford University's"), without a closing
    possessive ('s or ’s: "Tesla's plan" -> "Tesla")."""
    if words and words[-1].lower_ in POSSESSIVES:
        words = words[:-1]
    text = ""
    for prev, cur in zip([None, *words], words, strict=False):
        if prev is not None:
            text += prev.whitespace_ if cur.i == prev.i + 1 else " "
        text += cur.text
    return text.strip()


def compounds_text(head: Token) -> str:
    """'the Metro Water utility' -> 'Metro Water': the chain of compounds before the noun."""
    words = [
        t
        for t in head.subtree
        if t.i < head.i and (t.dep_ == "compound" or t.head.dep_ == "compound")
    ]
    return " ".join(t.text for t in words)


def compound_name(head: Token) -> str:
    """'Stephen Eyles' from 'Eyles': a name with the chain of compounds before it."""
    return f"{compounds_text(head)} {head.text}".strip()


def described_words(head: Token) -> str:
    """'two Chinese cities', 'the central government' -> 'two Chinese cities', 'central
    government': the noun with the words before it that hang on it, without determiners,
    possessives and punctuation (a group or body the article describes, not names)."""
    toks = [
        t
        for t in head.subtree
        if t.i <= head.i
        and t.dep_ not in ("det", "punct", "poss")
        and not (t.dep_ == "advmod" and t.lower_ in FOCUS_ADVERBS)
    ]
    return " ".join(t.text for t in toks)


def people_of(nationality: str) -> str:
    """'Palestinian' -> 'Palestinians', 'Israeli' -> 'Israelis': the people a nationality names
    ('Chinese', 'French' stay as they are)."""
    return nationality + "s" if nationality.endswith(("an", "i")) else nationality


def count_of(noun: Token) -> int:
    """'the three countries', 'both banks': the number a number word among the noun's dependents
    gives (`number_words`), 0 with none."""
    lx = lexicon()
    return next(
        (lx.number_words[c.lower_] for c in noun.children if c.lower_ in lx.number_words), 0
    )


def of_named(noun: Token) -> Token | None:
    """'the boomtown of Guangzhou', 'authorities in Wuhan': the named place or body."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "ORG", "NORP"):
                    return pobj
    return None


def named_description(noun: Token) -> Token | None:
    """The name a common noun is given in its own sentence, on its line: in apposition ('Right
    Way PAC, an organization …', 'the charity, Harbour Trust, …') or by a naming participle ('a
    venture to be called Northgate Lending', 'a group known as X')."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "appos" and named(noun.head) and same_line(noun, noun.head):
        return noun.head
    for child in noun.children:
        if (
            child.dep_ == "appos"
            and named(child)
            and same_line(child, noun)
            and not cited_source(child)
        ):
            return child
        if child.dep_ in NOUN_CLAUSE and lemma(child) in lexicon().naming_verbs:
            for name in child.subtree:
                if name.dep_ in ("oprd", "attr", "pobj", "dobj") and named(name):
                    return name
    return _person_after_modifier(noun)


def _person_after_modifier(noun: Token) -> Token | None:
    """'The mayor of Springfield, Tom Wills, …', 'The Labor candidate for Lindsay, Diane
    Beamer, will …': the parser hangs the person's name in apposition on the noun's
    prepositional object, but the comma that closes it hangs on the noun: the name is the
    noun's (session 15), whatever the object ('the lawyer for Jones, Ann Lee'). Only a person's
    name: 'the city of Dayton, Ohio' names no holder."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for name in pobj.children:
                end = name.right_edge.i + 1
                if (
                    name.dep_ == "appos"
                    and name.ent_type_ == "PERSON"
                    and named(name)
                    and same_line(name, noun)
                    and end < len(name.doc)
                    and name.doc[end].text == ","
                    and name.doc[end].head.i == noun.i
                ):
                    return name
    return None


def cited_source(tok: Token) -> bool:
    """A name in parentheses that closes its sentence ("… carbon-free operations by 2030
    (International Energy Agency).") cites where a claim comes from: a source, never the name of
    the noun it hangs on (guideline 3: the source is the attribution, not the actor); "Right Way
    PAC (an organization …) will …" goes on after its parenthesis."""
    doc = tok.doc
    words = [t.i for t in tok.subtree if t.text not in ("(", ")")]
    start, end = min(words), max(words)  # the brackets may hang on the name or beside it
    if start == 0 or doc[start - 1].text != "(" or end + 1 >= len(doc) or doc[end + 1].text != ")":
        return False
    rest = doc[end + 2 : tok.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


# The legal forms that end a company's name ('Corp', 'Inc', 'Plc'): the entities stage's list.
_LEGAL_FORMS = words("corporate_suffixes")


def untagged_firms(doc: Doc) -> list[Span]:
    """Companies the model left untagged, read from their legal form (session 32): a run of
    capitalised proper nouns on one line, ending in a word of `corporate_suffixes` ("Texas
    Eastern Corp", "Norrvik Mining Ltd"), none of whose words the model tagged an organisation.
    Newswire names a firm so at its first mention; the small model often tags nothing there (or
    the town of its name a place), so "the company", "it" after it went to another firm named
    in reach. A legal form alone ("Co") or one joined to the next word ("Co-Founder") is none."""
    found: list[Span] = []
    for tok in doc:
        if (
            tok.lower_.rstrip(".") not in _LEGAL_FORMS
            or tok.tag_ != "NNP"
            or not tok.text[:1].isupper()
            or tok.ent_type_ == "ORG"
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-")
        ):
            continue
        start = tok.i
        while (
            start > tok.sent.start
            and (prev := doc[start - 1]).tag_ in ("NNP", "NNPS")
            and prev.text[:1].isupper()
            and prev.ent_type_ != "ORG"
            and same_line(prev, tok)
        ):
            start -= 1
        if start < tok.i and not (found and found[-1].end > start):
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return found
