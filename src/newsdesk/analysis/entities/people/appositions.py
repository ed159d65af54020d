"""Roles in apposition with a determiner: 'the Secretary of State, Antony Blinken' and
'Antony Blinken, the Secretary of State,'; a tie before the name ("Ramdehol's sister, Inderdai
Deyal")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsdesk.analysis.entities.people.phrases import MAX_ROLE_WORDS, role_text
from newsdesk.analysis.entities.people.titles import title_before
from newsdesk.analysis.entities.people.tree import entity_start, is_joined
from newsdesk.analysis.entities.spans import (
    POSSESSIVE_MARKS,
    NameSpan,
    is_title,
)
from newsdesk.analysis.entities.words import (
    DETERMINERS,
    ROLE_NOUNS,
    people_words,
    words,
)


def apposition_role(doc: Doc, span: NameSpan) -> str | None:
    """'the Secretary of State, Antony Blinken' or 'Antony Blinken, the Secretary of State,'.
    A tie before the name gives way to an office after it ('her friend, Travis Cantwell, a
    plumber and an HVAC technician')."""
    found = _apposition_before(doc, span)
    # (session 13) a title right before the name outranks an office word that may be a
    # name's ('the Argus Leader of Sioux Falls, Gov. Kristi Noem' is a governor)
    titled = title_before(doc, span.start) is not None
    if found and _holds_office(found[1], titled):
        return found[0]
    return _apposition_after(doc, span)


def tie_apposition(doc: Doc, span: NameSpan) -> str | None:
    """A noun of a tie in apposition before the name ("Ramdehol's sister, Inderdai
    Deyal said"): a role when the text gives no office ('her friend, Travis Cantwell, a plumber'
    is a plumber)."""
    found = _apposition_before(doc, span)
    return found[0] if found and not _holds_office(found[1], False) else None


def _holds_office(phrase: list[Token], titled: bool) -> bool:
    """A word of an office in the phrase; when the name has its own title (`titled`), not one
    that may be inside an organisation's name (session 13): 'the Argus Leader of Sioux Falls,
    Gov. Kristi Noem' names a newspaper, not a leader."""
    return any(
        t.lower_.strip(".,") in ROLE_NOUNS and not (titled and _inside_org_name(t)) for t in phrase
    )


def _inside_org_name(tok: Token) -> bool:
    """A title word in an organisation's name: tagged ORG, or capitalised right after a
    capitalised proper noun that is no title and no place ('Argus Leader')."""
    if tok.ent_type_ == "ORG":
        return True
    if not tok.text[:1].isupper() or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and prev.is_alpha
        and not is_title(prev)
        and prev.ent_type_ not in ("GPE", "NORP", "LOC")
    )


def _apposition_before(doc: Doc, span: NameSpan) -> tuple[str, list[Token]] | None:
    """The role phrase in apposition before the name, "<det> ROLE PHRASE , NAME" ('the
    Secretary of State, Antony Blinken'), read over a title between the comma and the name
    ('the founder of the colony, Captain John Smith,'; a form of address: "Ramdehol's sister,
    Ms. Deyal"); a possessor before the phrase is named in it ("Ramdehol's sister")."""
    lead = span.start
    while lead > 0 and is_title(doc[lead - 1]) and doc[lead - 1].text[:1].isupper():
        lead -= 1
    if lead >= 2 and doc[lead - 1].text == ",":
        phrase: list[Token] = []
        i = lead - 2
        while i >= 0 and len(phrase) < MAX_ROLE_WORDS:
            tok = doc[i]
            # 'the founder of the Colony of Virginia': a determiner after a preposition is inside
            inner = tok.lower_ == "the" and i > 0 and doc[i - 1].lower_ in ("of", "for", "to")
            if (
                (tok.lower_ in DETERMINERS and not (inner and phrase))
                or tok.lower_ in POSSESSIVE_MARKS
                or tok.is_space
                or (tok.is_punct and not is_joined(tok))
                or (tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ not in ("of", "for"))
            ):
                break
            phrase.insert(0, tok)
            i -= 1
        # 'Ann Lee, the CEO of Acme, Acme's parent': the phrase is Ann Lee's apposition
        earlier = i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON"
        if phrase and i >= 0 and doc[i].lower_ in DETERMINERS | POSSESSIVE_MARKS and not earlier:
            role = role_text(doc, phrase)
            if role and doc[i].lower_ in POSSESSIVE_MARKS and i > 0 and doc[i - 1].pos_ == "PROPN":
                # the possessor named: "Ramdehol's sister", "Acme's chief executive"
                k = entity_start(doc, doc[i - 1]) if doc[i - 1].ent_iob_ == "I" else i - 1
                while (
                    k > 0 and doc[k - 1].pos_ in ("PROPN", "NOUN") and doc[k - 1].text[:1].isupper()
                ):
                    k -= 1  # "the Prime Minister's national security adviser", "Car Talk's"
                # the text's own apostrophe
                return f"{doc[k:i].text}{doc[i].text} {role}", phrase
            if role:
                return role, phrase
    return None


def _apposition_after(doc: Doc, span: NameSpan) -> str | None:
    """The role phrase in apposition after the name, "NAME , <det> ROLE PHRASE ," ('Antony
    Blinken, the Secretary of State,')."""
    if (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("the", "a", "an", "its", "his", "her", "their")
    ):
        phrase: list[Token] = []
        i = span.end + 2
        while i < len(doc) and len(phrase) < MAX_ROLE_WORDS:
            tok = doc[i]
            if (
                (tok.is_punct and not is_joined(tok))
                or tok.is_space
                or tok.pos_ in ("VERB", "AUX")
                or tok.lower_ in ("who", "which", "that")
            ):
                break
            phrase.append(tok)
            i += 1
        if phrase and i < len(doc) and doc[i].is_punct and not tok.is_space:
            return role_text(doc, phrase)
    return None


def participle_role(doc: Doc, span: NameSpan) -> str | None:
    """A court report's counsel: 'Tom Harland, prosecuting, said ...', 'Ann Lee,
    defending, told the court': a participle of counsel (`counsel_participles`; the tagger
    reads them as nouns as often as verbs) alone between commas right after the name, before a
    verb of speech or another human verb."""
    k = span.end
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 2].text != ",":
        return None
    part = doc[k + 1]
    verb = doc[k + 3]
    if part.lower_ not in people_words("counsel_participles") or not part.is_lower:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("human_verbs"):
        return None
    return part.text


def affiliation_apposition(doc: Doc, span: NameSpan) -> str | None:
    """(session 22) An organisation in apposition right after the name, between commas or
    before the clause's end: 'Mark Sullivan, from the Rural Fire Service, says' -> 'from the
    Rural Fire Service', 'Tony Beck, of the Finance Sector Union, says'."""
    k = span.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("of", "from"):
        return None
    first = k + 3 if doc[k + 2].lower_ == "the" else k + 2
    org = next((e for e in doc.ents if e.start == first or e.start == k + 2), None)
    if org is None or org.label_ != "ORG" or org.end >= len(doc):
        return None
    if doc[org.end].text not in (",", ".", ";"):
        return None
    return str(doc[k + 1 : org.end].text)
