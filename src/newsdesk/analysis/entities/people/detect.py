"""Which entity spans are people: PERSON spans trimmed to their names, and names the model
took for firms or places that have an office beside them; a known person's surname wherever
it stands; the names the model missed or clipped (`missed`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.firms import (
    employee,
    employer,
    owner_named,
    trade_before,
)
from newsdesk.analysis.entities.document.labels import PLACE
from newsdesk.analysis.entities.lexicon import first_names
from newsdesk.analysis.entities.people.appositions import apposition_role, tie_apposition
from newsdesk.analysis.entities.people.citations import cited_names
from newsdesk.analysis.entities.people.drops import DropReason, record
from newsdesk.analysis.entities.people.grouping import name_keys
from newsdesk.analysis.entities.people.lines import label_role
from newsdesk.analysis.entities.people.lists import inside_proper_name, listed_person
from newsdesk.analysis.entities.people.missed import (
    MIN_SPEAKING_WORDS,
    author_names,
    capitals_names,
    coreferred_names,
    credited_name,
    foreign_given_name,
    given_name_before,
    hyphen_tail,
    mistyped_full_name,
    mononym_names,
    paired_names,
    referred_names,
    regnal_names,
    signed,
    signoff_names,
    speaker_names,
    speaking_names,
    surname_after,
    titled_inside,
)
from newsdesk.analysis.entities.people.name_reading import (
    dated,
    firm_reading,
    given_name_after_article,
    reads_as_name,
)
from newsdesk.analysis.entities.people.names import (
    cut_at_symbol,
    firm_name,
    not_a_name,
    odd_word,
    split_at_title,
    strip_lead,
    strip_tail,
)
from newsdesk.analysis.entities.people.nouns import person_word
from newsdesk.analysis.entities.people.parsed import role_before
from newsdesk.analysis.entities.people.person_shape import LABEL_SHAPE, person_shaped
from newsdesk.analysis.entities.people.phrases import AFTER_HEAD
from newsdesk.analysis.entities.people.titles import cut_position, title_before
from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.people.typed_org import (
    given_name_mention,
    org_typed_people,
    titled_tail,
)
from newsdesk.analysis.entities.people.wrapped import WrappedName, wrapped_people
from newsdesk.analysis.entities.spans import (
    PLACE_LABELS,
    DocView,
    NameSpan,
    is_title,
    make_span,
    name_shaped,
    strip_titles,
)
from newsdesk.analysis.entities.words import (
    ROLE_NOUNS,
    TITLES,
    words,
)
from newsdesk.analysis.gazetteer import fold

# The model's labels of a name that a list of people makes a person ('Anna Lubiw, Hiro Ito and
# Po-Ru Loh'); session 30 (ppl2): a building's or a product's too ('Sara Quill' typed FAC
# beside two people).
_LISTED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})


def people_spans(
    doc: Doc,
    view: DocView,
    spans: list[NameSpan],
    wrapped: list[WrappedName],
) -> tuple[list[NameSpan], list[NameSpan]]:
    """The person spans of `spans` and the rest. `wrapped`: the article's `wrapped_names`,
    found once by the caller (`entities.extract`) that passes them to `group_people` too."""
    people: list[NameSpan] = []
    rest: list[NameSpan] = []
    lowercase = view.lowercase
    # 'Ferah Catering': a small firm's name; 'Ferah' alone (one word, no given name)
    # is the firm ('Lina Moss' of 'Lina Moss Photography' is its owner)
    firms = {
        fold(doc[s.start].text)
        for s in spans
        if s.label == "PERSON" and firm_name(doc, s) and s.end - s.start == 2
    } - first_names()
    labels = {i: s.label for s in spans for i in range(s.start, s.end)}
    placed = _placed_names(spans)
    # (session 25) full names typed ORG with a person's evidence at a mention, a firm's at none
    org_people = org_typed_people(doc, spans)
    for span in spans:
        if span.label == "PERSON" and fold(span.text) in placed:
            # (session 20) 'the city of Mt Gambier ... north of Mt Gambier ... to Mt Gambier'
            record(span.text, DropReason.place_votes)
            rest.append(span.relabel("GPE"))
            continue
        if span.label == "PERSON":
            # 'Jim Clendenen >', 'Ezra Acayan / Getty Images': cut before the firm test, so
            # that a credit's agency after the slash is no firm's name of the person's
            # (session 17: 'Mark Stout/iStock/Getty Images')
            span = cut_at_symbol(doc, span)
        if span.label == "PERSON" and (firm_name(doc, span) or fold(span.text) in firms):
            record(span.text, DropReason.firm_name)
            rest.append(span.relabel("ORG"))
            continue
        if span.label == "PERSON" and not_a_name(doc, span, lowercase):
            record(span.text, DropReason.not_a_name)
            continue
        if span.label == "PERSON":
            span = cut_position(doc, span)  # (session 13) 'Browns DL Sheldon Richardson'
            span = split_at_title(doc, span)  # 'Texas Gov. Greg Abbott': 'Texas' is no name
            name = strip_tail(doc, strip_lead(doc, strip_titles(doc, span), lowercase))
            # 'Gen Z' -> 'Z', 'Model Y' -> 'Y': no name left; 'Ann Lee Events Co-Owner' -> a firm
            if odd_word(doc, name):
                record(span.text, DropReason.odd_word)
            elif firm_name(doc, name):
                record(span.text, DropReason.firm_name)
            elif inside_proper_name(doc, name):
                record(span.text, DropReason.inside_name)
            elif given_name_after_article(doc, name):
                # (session 28) 'The Bill would require ...': legislation, not Bill Shorten
                record(span.text, DropReason.article_given_name)
            else:
                people.append(hyphen_tail(doc, surname_after(doc, given_name_before(doc, name))))
        elif span.label == "ORG" and (credited := credited_name(doc, span)) is not None:
            people.append(credited)
        elif span.label == "ORG" and (player := cut_position(doc, span)) != span:
            people.append(player.relabel("PERSON"))  # (session 13) 'Steelers QB Mason Rudolph'
        elif (
            span.label in ("ORG", "GPE", "LOC")
            and name_shaped(doc, span)
            and (
                title_before(doc, span.start)
                or _person_apposition(doc, span)
                or _office_noun_before(doc, span)
                or trade_before(doc, span)
                or employee(doc, span)
                or signed(doc, span)
                or _labelled_person(doc, span)  # (session 14) 'CEO: Woodson Martin'
            )
        ):
            # A name with an office beside it is a person, whatever label the model gave it.
            people.append(strip_titles(doc, span.relabel("PERSON")))
        elif span.label in _LISTED_LABELS and listed_person(doc, span, labels):
            # 'Anna Lubiw, Hiro Ito and Po-Ru Loh': a name among people is one
            people.append(span.relabel("PERSON"))
        elif span.label == "ORG" and name_shaped(doc, span) and titled_inside(doc, span):
            people.append(make_span(doc, span.start + 1, span.end, "PERSON"))
        elif mistyped_full_name(doc, view, span) and not employer(doc, span):
            people.append(span.relabel("PERSON"))  # 'with Julia Child' typed a firm
        elif span.label == "ORG" and fold(span.text) in org_people:
            people.append(span.relabel("PERSON"))  # (session 25) 'Binyah Kesselly, chairman'
        elif span.label == "ORG" and (tail := titled_tail(doc, span)) is not None:
            people.append(tail)  # (session 25) 'Director of Product Management Joe Ambeault'
        else:
            rest.append(span)
    speaking = speaking_names(doc, view, [*people, *rest])
    speaking += signoff_names(doc, [*people, *speaking])
    speaking += speaker_names(doc, view, [*people, *rest, *speaking])
    speaking += paired_names(doc, view, [*people, *rest, *speaking])
    # (session 30, ppl2) 'before Quillon was famous, she ...' typed a firm or untagged
    speaking += coreferred_names(doc, view, [*people, *speaking])
    # (session 31, pmiss) 'Ilvar Rennick of Tolbo has improved his harvest', untagged or mistyped
    speaking += referred_names(doc, view, [*people, *speaking])
    speaking += author_names(doc, view, [*people, *speaking])
    speaking += capitals_names(doc, [*people, *rest, *speaking])
    speaking += mononym_names(doc, [*people, *speaking])
    # (session 18) 'Ken\nGreen'
    speaking += wrapped_people(wrapped, [*people, *speaking])
    # a citation's authors replace whatever the model made of their words ('K.' a
    # nationality, 'P. T. ,' a person)
    cites = cited_names(doc)
    if cites:
        cut = {i for s in cites for i in range(s.start, s.end)}
        people = [s for s in people if not any(i in cut for i in range(s.start, s.end))]
        speaking = [s for s in speaking if not any(i in cut for i in range(s.start, s.end))]
        speaking += cites
    if speaking:
        taken = {i for s in speaking for i in range(s.start, s.end)}
        rest = [s for s in rest if not any(i in taken for i in range(s.start, s.end))]
        people += speaking
    # Any entity, or bare proper noun, that is a known person's surname joins that person.
    keys = {fold(k) for s in people if s.end - s.start >= 2 for k in name_keys(s.text)}
    # ... and a full name taken for a firm, a given name first, is the person the
    # article names by its last word elsewhere ('a survey by Penelope Ann Corrigan of ...',
    # then 'Corrigan reported')
    lone = {fold(s.text) for s in people if s.end - s.start == 1}
    # (session 14) ... and the given names of people named in full ("Arjun's vision")
    given = {fold(doc[s.start].text) for s in people if s.end - s.start >= 2}
    still: list[NameSpan] = []
    for span in rest:
        if span.label in ("NORP", "PLACE", "TEAM"):
            still.append(span)
        elif (
            (
                fold(span.text) in keys
                # (session 22) not the firm of the word ('Ford will cut 3,000 jobs') nor a
                # date ('In May she will travel', Theresa May's)
                and not (span.label in ("DATE", "TIME") and dated(doc, doc[span.start]))
                and not (span.label == "ORG" and firm_reading(doc, span))
            )
            or owner_named(doc, span, given)
            # (session 25) 'Grace Jones ... Grace said': the given name alone, typed ORG like
            # the full name, is the person's where the text reads a person at it
            or given_name_mention(doc, span, given)
            or (
                fold(doc[span.end - 1].text) in lone
                and span.end - span.start >= MIN_SPEAKING_WORDS
                and (
                    fold(doc[span.start].text) in first_names()
                    or foreign_given_name(doc, span.start)
                )
                and name_shaped(doc, span)
            )
        ):
            people.append(strip_titles(doc, span.relabel("PERSON")))
        else:
            still.append(span)
    covered = {i for s in [*people, *still] for i in range(s.start, s.end)}
    for i, word in enumerate(view.words):
        if i in covered or view.pos[i] != "PROPN" or not word[:1].isupper():
            continue
        one = make_span(doc, i, i + 1, "PERSON")
        if (
            fold(word) in keys
            and reads_as_name(doc, doc[i])
            and not given_name_after_article(doc, one)
        ):
            people.append(one)
    # (session 20) 'Queen Elizabeth II', 'Henry VIII': after the surname keys, so that no
    # 'II' elsewhere ('World War II') joins the ruler
    rulers = regnal_names(doc, people, still)
    if rulers:
        cut = {i for s in rulers for i in range(s.start, s.end)}
        people = [s for s in people if not any(i in cut for i in range(s.start, s.end))]
        people += rulers
    return people, still


# The labels of a place's mention once the document's decisions are made: the model's and
# PLACE (a name the article gives as a place, 'in Houston'), as `document.types` reads them.
_PLACE_LABELS = frozenset({*PLACE_LABELS, PLACE})
# A name of this many words or more: a one-word name is as often a surname as a town's ('Lyon
# said ... in Lyon'), a person's full name seldom a place's too.
_PLACED_MIN_WORDS = 2


def _placed_names(spans: list[NameSpan]) -> set[str]:
    """(Session 20) One type per full name, read after the document's decisions: a name of
    two words or more that the article gives as a place at more of its mentions than it is
    tagged a person ('the city of Mt Gambier', 'to Mt Gambier': places; 'north of Mt Gambier'
    tagged a person) is a place at every mention. `document.types` votes on the model's own
    labels; its cues (a place slot, a list of places) decide some mentions only."""
    votes: dict[str, list[int]] = {}
    for s in spans:
        if s.end - s.start < _PLACED_MIN_WORDS:
            continue
        count = votes.setdefault(fold(s.text), [0, 0])
        if s.label == "PERSON":
            count[0] += 1
        elif s.label in _PLACE_LABELS:
            count[1] += 1
    return {name for name, (person, place) in votes.items() if place > person}


def _person_apposition(doc: Doc, span: NameSpan) -> bool:
    """An apposition that makes a name the model took for a firm or a place a person's: a
    title in it ('Acme, the CEO of ...' is no firm), or a given name first ('Ann Lee, the
    owner of Acme'); 'Tribune, the former owner of The Times' stays a firm."""
    role = apposition_role(doc, span) or tie_apposition(doc, span)
    if not role:
        return False
    root = span_root(doc, span)
    if root.dep_ in ("compound", "poss", "nmod") and root.head.i >= span.end:
        # 'her wealthy father, Northwind Publishing founder Carl Dunmore': the name
        # modifies a noun after it, whose phrase is the apposition's
        return False
    given = fold(doc[span.start].text) in first_names()
    if given or any(w.lower().strip(".,") in TITLES for w in role.split()):
        return True
    if not _parsed_apposition(doc, span):
        return False  # a noun of a person alone needs the parse's word for it
    # the phrase's head noun, before 'of/at/for': 'goat herder' of 'Ethiopian goat herder'
    head = re.split(AFTER_HEAD, role.lower(), maxsplit=1)[0].split()[-1]
    return person_word(head) and head not in words("firm_role_nouns")


def _labelled_person(doc: Doc, span: NameSpan) -> bool:
    """(Session 14) A role label before a name the model did not tag a person ('CEO: Woodson
    Martin') makes it one only with a person's shape besides (`person_shape.LABEL_SHAPE`: two
    to four capitalised words of letters, a known given name first or a known surname last;
    a firm's word or a capital inside a word does not undo it, 'CEO: Russell Brand', 'CEO:
    JaMarr Chase'), or the same name tagged a person elsewhere in the article. A label alone
    does not: 'Developer: FromSoftware' and 'Publisher: Bandai Namco' are firms."""
    if label_role(doc, span) is None:
        return False
    if person_shaped(doc, span.start, span.end, LABEL_SHAPE):
        return True
    name = fold(span.text)
    return any(e.label_ == "PERSON" and fold(e.text) == name for e in doc.ents)


def _office_noun_before(doc: Doc, span: NameSpan) -> bool:
    """'Republican presidential candidate Nikki Haley' tagged as a firm: a given
    name first and an office of the role lists right before it, in lower case, that firms are
    not also called ('rival Samsung', 'parent Alphabet')."""
    if span.end - span.start < 2 or not (
        fold(doc[span.start].text) in first_names() or foreign_given_name(doc, span.start)
    ):
        return False  # 'defender Dirk' (of 'Dirk Medved'): a given name alone may be a firm's
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    word = prev.lower_.rstrip(".")
    return (
        prev.text.islower()
        and word in ROLE_NOUNS
        and word not in words("firm_role_nouns")
        and bool(role_before(doc, span, span_root(doc, span)))
    )


def _parsed_apposition(doc: Doc, span: NameSpan) -> bool:
    """The parse ties the name to a noun beside it as an apposition: 'Kaldi, an Ethiopian goat
    herder'; not a fronted phrase before a subject ('Because of this open editing model,
    Wikipedia is ...'), which a comma and a determiner alone would take for one."""
    root = span_root(doc, span)
    if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
        return True
    # "Ramdehol's sister, Inderdai Deyal said": a possessed noun right before the comma, which
    # the parse may make a second subject
    lead = span.start
    while lead > 0 and is_title(doc[lead - 1]):
        lead -= 1
    noun = doc[lead - 2] if lead >= 2 and doc[lead - 1].text == "," else None
    return noun is not None and any(c.dep_ == "poss" for c in noun.children)
