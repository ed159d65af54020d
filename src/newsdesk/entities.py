"""People, places and organisations from spaCy's entities, corrected the way a reader would.

spaCy's small model mislabels names (a surname as a place, a minister as an organisation) and
splits one person into several mentions. The rules here are about the article, never about
particular names: a surname joins the full name given elsewhere in the same article; a name
with a title or an office beside it is a person; a place is a place only if the gazetteer
knows it or the model is sure; a place inside a longer proper name is not a mention.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .gazetteer import GeoPlace, fold
from .gazetteer import load as load_gazetteer
from .model import Mention, Organization, Person, Place

# Titles written before a name ("Foreign Minister Martínez", "Sen. Warren").
TITLES = {
    "president",
    "vice",
    "secretary",
    "minister",
    "prime",
    "foreign",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "sergeant",
    "admiral",
    "commissioner",
    "chancellor",
    "ambassador",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "cardinal",
    "bishop",
    "rabbi",
    "imam",
    "sheikh",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "professor",
    "prof",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "chief",
    "ceo",
    "coach",
    "deputy",
    "premier",
    "speaker",
    "leader",
    "attorney",
    "officer",
    "inspector",
    "detective",
    "agent",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "councillor",
    "councilman",
    "councilwoman",
    "congressman",
    "congresswoman",
    "mp",
    "minister-president",
    "emir",
    "sultan",
    "father",
    "sister",
    "brother",
    "rev",
    "reverend",
    "saint",
    "st",
    "dean",
    "chef",
    "presidente",
}
# Nouns that make a phrase an office or role ("the Secretary of State, Antony Blinken").
ROLE_NOUNS = TITLES | {
    "head",
    "founder",
    "co-founder",
    "owner",
    "executive",
    "manager",
    "editor",
    "author",
    "analyst",
    "economist",
    "researcher",
    "scientist",
    "official",
    "adviser",
    "advisor",
    "candidate",
    "nominee",
    "envoy",
    "diplomat",
    "negotiator",
    "prosecutor",
    "lawyer",
    "spokesman",
    "minister",
    "secretary",
    "president",
    "member",
    "lawmaker",
    "legislator",
    "chancellor",
    "governor",
    "commander",
    "coordinator",
    "representative",
    "counsel",
    "strategist",
    "activist",
    "journalist",
    "correspondent",
    "reporter",
    "historian",
    "professor",
    "expert",
    "consultant",
    "partner",
    "investor",
    "developer",
    "designer",
    "player",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "coach",
    "actor",
    "actress",
    "singer",
    "writer",
    "artist",
    "director",
    "producer",
    "host",
    "presenter",
    "monarch",
    "dictator",
    "leader",
    "chief",
    "mayor",
    "senator",
    "judge",
}
ORG_WORDS = {
    "department",
    "ministry",
    "agency",
    "office",
    "bureau",
    "council",
    "committee",
    "commission",
    "party",
    "government",
    "administration",
    "university",
    "college",
    "school",
    "institute",
    "bank",
    "inc",
    "corp",
    "ltd",
    "llc",
    "company",
    "group",
    "association",
    "union",
    "court",
    "army",
    "police",
    "force",
    "forces",
    "declaration",
    "act",
    "foundation",
    "fund",
    "house",
    "board",
    "organization",
    "organisation",
    "federation",
    "network",
    "news",
    "times",
    "post",
    "service",
    "services",
    "authority",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "centre",
    "center",
    "club",
    "team",
    "league",
    "airlines",
    "airways",
    "motors",
    "press",
}
BOILERPLATE_WORDS = {
    "subscribe",
    "share",
    "facebook",
    "twitter",
    "pinterest",
    "linkedin",
    "instagram",
    "whatsapp",
    "newsletter",
    "reply",
    "comment",
    "comments",
    "email",
    "print",
    "login",
    "sign",
    "advertisement",
    "akismet",
    "x",
    "youtube",
    "tiktok",
    "telegram",
}
_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
}
_LOCATIVE = {
    "in",
    "to",
    "at",
    "from",
    "near",
    "into",
    "toward",
    "towards",
    "across",
    "outside",
    "inside",
    "through",
    "via",
}


@dataclass(slots=True)
class _Span:
    start: int  # token indices into the doc
    end: int
    label: str
    text: str
    start_char: int
    end_char: int


@dataclass(slots=True)
class _PersonGroup:
    name: str
    forms: list[str] = field(default_factory=list)
    mentions: list[_Span] = field(default_factory=list)
    role: str | None = None


def extract(doc: Any) -> tuple[list[Person], list[Place], list[Organization]]:
    spans = [s for s in (_clean_span(doc, ent) for ent in doc.ents) if s is not None]
    person_spans, rest = _people_spans(doc, spans)
    groups = _group_people(doc, person_spans)
    surnames = {fold(k) for g in groups for k in _name_keys(g.name)}
    place_spans: list[_Span] = []
    org_spans: list[_Span] = []
    gaz = load_gazetteer()
    for span in rest:
        if fold(span.text) in surnames:
            continue
        if span.label in ("GPE", "LOC", "FAC"):
            place_spans.append(span)
        elif span.label == "ORG":
            if _org_is_place(doc, span, gaz):
                place_spans.append(span)
            else:
                org_spans.append(span)
    covered = {i for sp in place_spans for i in range(sp.start, sp.end)}
    for span in _dateline_spans(doc, gaz):
        if not covered & set(range(span.start, span.end)):
            place_spans.insert(0, span)
    places = _resolve_places(doc, place_spans, gaz)
    orgs = _organizations(doc, org_spans)
    people = [
        Person(
            name=g.name,
            aliases=[f for f in g.forms if f != g.name],
            role=g.role,
            mentions=[_mention(s) for s in sorted(g.mentions, key=lambda s: s.start_char)],
        )
        for g in groups
    ]
    return people, places, orgs


# ---------------------------------------------------------------- spans


def _clean_span(doc: Any, ent: Any) -> _Span | None:
    """Trim 'the', possessive 's and punctuation; never cross a line break."""
    if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
        return None
    start, end = ent.start, ent.end
    # cut at the first line break inside the span, keeping the longer side
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            left, right = (start, i + (0 if "\n" in doc[i].text else 1)), (i + 1, end)
            start, end = left if left[1] - left[0] >= right[1] - right[0] else right
            break
    while start < end and (
        doc[start].lower_ in _DETERMINERS
        or doc[start].is_punct
        or doc[start].lower_ in ("'s", "’s")
    ):
        start += 1
    # a name never runs over a colon, semicolon or bracket ("Christopher D. Battin: Dealing")
    for i in range(start + 1, end):
        if doc[i].text in (":", ";", "(", ")", "|", "—", "–"):
            end = i
            break
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    text = span.text
    if text.lower() in BOILERPLATE_WORDS or not any(c.isalpha() for c in text):
        return None
    return _Span(start, end, ent.label_, text, span.start_char, span.end_char)


def _mention(span: _Span) -> Mention:
    return Mention(span.text, span.start_char, span.end_char)


def _strip_titles(doc: Any, span: _Span) -> _Span:
    """'President Biden' -> 'Biden' (the title is kept as an alias by the caller)."""
    start = span.start
    while start < span.end - 1 and doc[start].lower_.rstrip(".") in TITLES:
        start += 1
    if start == span.start:
        return span
    sub = doc[start : span.end]
    return _Span(start, span.end, span.label, sub.text, sub.start_char, sub.end_char)


def _name_shaped(doc: Any, span: _Span) -> bool:
    tokens = list(doc[span.start : span.end])
    return (
        1 <= len(tokens) <= 4
        and all(t.text[:1].isupper() for t in tokens)
        and not any(t.lower_ in ORG_WORDS for t in tokens)
        and all(t.pos_ == "PROPN" for t in tokens)
    )


# ---------------------------------------------------------------- people


def _people_spans(doc: Any, spans: list[_Span]) -> tuple[list[_Span], list[_Span]]:
    people: list[_Span] = []
    rest: list[_Span] = []
    lowercase = {t.text for t in doc if t.is_lower}
    for span in spans:
        if span.label == "PERSON" and _not_a_name(doc, span, lowercase):
            continue
        if span.label == "PERSON":
            people.append(_strip_titles(doc, span))
        elif (
            span.label in ("ORG", "GPE", "LOC", "NORP")
            and _name_shaped(doc, span)
            and (_title_before(doc, span.start) or _apposition_role(doc, span))
        ):
            # A name with an office beside it is a person, whatever label the model gave it.
            people.append(
                _Span(span.start, span.end, "PERSON", span.text, span.start_char, span.end_char)
            )
        else:
            rest.append(span)
    # Any entity, or bare proper noun, that is a known person's surname joins that person.
    keys = {fold(k) for s in people if s.end - s.start >= 2 for k in _name_keys(s.text)}
    still: list[_Span] = []
    for span in rest:
        if fold(span.text) in keys and span.label != "NORP":
            people.append(
                _Span(span.start, span.end, "PERSON", span.text, span.start_char, span.end_char)
            )
        else:
            still.append(span)
    covered = {i for s in [*people, *still] for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        if fold(tok.text) in keys:
            people.append(
                _Span(tok.i, tok.i + 1, "PERSON", tok.text, tok.idx, tok.idx + len(tok.text))
            )
    return people, still


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _not_a_name(doc: Any, span: _Span, lowercase: set[str]) -> bool:
    """A 'person' the model made of an ordinary word ('Marijuana', 'Challenges' opening a
    sentence, when the text also writes it in lower case) or of a street address."""
    last = doc[span.end - 1]
    if span.end - span.start > 1:
        return last.lower_ in STREET_WORDS and any(
            t.like_num for t in doc[max(0, span.start - 2) : span.start]
        )
    return last.lower_ in lowercase


def _name_words(name: str) -> list[str]:
    """The words that identify a person: no 'Jr.'/'III', no middle initials ('Patrick W. Carlineo')."""
    words = [w for w in name.split() if w.lower().rstrip(".,") not in _SUFFIXES]
    core = [
        w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"\w\.?", w)
    ]
    return core or name.split()


def _name_keys(name: str) -> list[str]:
    """The forms a shorter mention may take: the name, and every tail of it ('López Obrador',
    'Obrador', 'Van Der Beek'), without generational suffixes or middle initials."""
    words = _name_words(name)
    keys = [name, " ".join(words)]
    keys += [" ".join(words[i:]) for i in range(1, len(words))]
    return list(dict.fromkeys(keys))


def _same_person(a: str, b: str) -> bool:
    """'Patrick Carlineo Jr.' and 'Patrick W. Carlineo': same first and last name."""
    wa, wb = _name_words(a), _name_words(b)
    return (
        len(wa) >= 2
        and len(wb) >= 2
        and fold(wa[0]) == fold(wb[0])
        and fold(wa[-1]) == fold(wb[-1])
    )


def _group_people(doc: Any, spans: list[_Span]) -> list[_PersonGroup]:
    groups: list[_PersonGroup] = []
    spans = sorted(spans, key=lambda s: s.start)
    full = [s for s in spans if len(s.text.split()) >= 2]
    for span in full:
        # a longer full name ("Andrés Manuel López Obrador") absorbs a shorter one
        host = next(
            (
                g
                for g in groups
                if fold(span.text) in {fold(k) for k in _name_keys(g.name)}
                or _same_person(span.text, g.name)
            ),
            None,
        )
        if host is None:
            groups.append(_PersonGroup(span.text))
    for span in spans:
        key = fold(span.text)
        candidates = [
            g
            for g in groups
            if key in {fold(k) for k in _name_keys(g.name)} or _same_person(span.text, g.name)
        ]
        if not candidates and " " not in span.text:
            # a first name alone ("Taylor") is the one person named in full with it
            firsts = [
                g for g in groups if len(g.name.split()) > 1 and fold(g.name.split()[0]) == key
            ]
            candidates = firsts if len(firsts) == 1 else []
        if not candidates:
            group = _PersonGroup(span.text)
            groups.append(group)
            candidates = [group]
        # an ambiguous surname goes to the person last named in full before it
        group = _nearest(candidates, span)
        group.mentions.append(span)
        title = _title_before(doc, span.start)
        form = f"{title} {span.text}" if title and len(title.split()) <= 2 else span.text
        for f in (span.text, form):
            if f not in group.forms:
                group.forms.append(f)
    for group in groups:
        for span in group.mentions:
            role = _apposition_role(doc, span) or _title_before(doc, span.start)
            if role:
                group.role = role
                break
    return [g for g in groups if g.mentions]


def _nearest(groups: list[_PersonGroup], span: _Span) -> _PersonGroup:
    def last_before(g: _PersonGroup) -> int:
        starts = [s.start for s in g.mentions if s.start <= span.start and len(s.text.split()) > 1]
        return max(starts) if starts else -1

    return max(groups, key=last_before)


def _title_before(doc: Any, start: int) -> str | None:
    """'Foreign Minister Martínez' -> 'Foreign Minister'; 'Secretary of State Antony Blinken' too."""
    i = start - 1
    words: list[Any] = []
    while i >= 0 and len(words) < 6:
        tok = doc[i]
        if (
            (
                tok.text[:1].isupper()
                and (tok.lower_.rstrip(".") in TITLES or (words and tok.pos_ == "PROPN"))
            )
            or (tok.lower_ == "of" and words)
            or (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ") and words)
        ):
            words.insert(0, tok)
        else:
            break
        i -= 1
    while words and (
        words[0].lower_ == "of"
        or (
            words[0].lower_.rstrip(".") not in TITLES
            and words[0].pos_ != "ADJ"
            and not _is_place_word(words[0])
        )
    ):
        words.pop(0)
    if not words or not any(w.lower_.rstrip(".") in TITLES for w in words):
        return None
    if words[-1].lower_.rstrip(".") not in TITLES and words[-2:-1] and words[-2].lower_ != "of":
        return None
    text = doc[words[0].i : words[-1].i + 1].text
    return None if text.lower().rstrip(".") in {"mr", "mrs", "ms", "dr", "miss", "sir"} else text


def _is_place_word(tok: Any) -> bool:
    return bool(tok.ent_type_ in ("GPE", "NORP"))


def _apposition_role(doc: Any, span: _Span) -> str | None:
    """'the Secretary of State, Antony Blinken' or 'Antony Blinken, the Secretary of State,'."""
    # before: "<det> ROLE PHRASE , NAME"
    if span.start >= 2 and doc[span.start - 1].text == ",":
        phrase: list[Any] = []
        i = span.start - 2
        while i >= 0 and len(phrase) < 10:
            tok = doc[i]
            if (
                tok.lower_ in _DETERMINERS
                or tok.is_punct
                or (tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ not in ("of", "for"))
            ):
                break
            phrase.insert(0, tok)
            i -= 1
        if phrase and i >= 0 and doc[i].lower_ in _DETERMINERS | {"'s", "’s"}:
            role = _role_text(doc, phrase)
            if role:
                return role
    # after: "NAME , <det> ROLE PHRASE ,"
    if (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("the", "a", "an", "its", "his", "her", "their")
    ):
        phrase = []
        i = span.end + 2
        while i < len(doc) and len(phrase) < 10:
            tok = doc[i]
            if (
                tok.is_punct
                or tok.pos_ in ("VERB", "AUX")
                or tok.lower_ in ("who", "which", "that")
            ):
                break
            phrase.append(tok)
            i += 1
        if phrase and i < len(doc) and doc[i].is_punct:
            return _role_text(doc, phrase)
    return None


def _role_text(doc: Any, phrase: list[Any]) -> str | None:
    if not any(t.lower_ in ROLE_NOUNS for t in phrase):
        return None
    if phrase[-1].lower_ in ("of", "for", "and"):
        return None
    return str(doc[phrase[0].i : phrase[-1].i + 1].text)


# ---------------------------------------------------------------- places


def _org_is_place(doc: Any, span: _Span, gaz: Any) -> bool:
    """An 'organisation' that the gazetteer knows as a town and the sentence uses as a place."""
    if any(doc[i].lower_ in ORG_WORDS for i in range(span.start, span.end)):
        return False
    hits = [p for p, _ in gaz.lookup(span.text) if p.kind in ("city", "region", "country")]
    if not hits:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end].text if span.end < len(doc) else ""
    after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    if prev in _LOCATIVE or prev == ",":
        return True
    return nxt in (",", "(") and any(p.kind in ("region", "country") for p, _ in gaz.lookup(after))


STREET_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard",
    "blvd", "place", "way", "court", "ct", "terrace", "highway", "square",
}  # fmt: skip
_PLACE_NOUNS = {
    "province", "district", "county", "region", "state", "village", "town", "city", "area",
    "valley", "island", "islands", "river", "mountains", "desert", "coast", "sea", "ocean",
}  # fmt: skip


def _used_as_place(doc: Any, span: _Span, gaz: Any) -> bool:
    """'in Logar', 'Sarkh, Logar', 'the Pangram area': the sentence treats the name as a place."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    prev = doc[i].lower_ if i >= 0 else ""
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if (
        prev in _LOCATIVE | {"on", "off", "around", "throughout", "within", "over"}
        or nxt in _PLACE_NOUNS
    ):
        return True
    # "the town of Ziketan", "the province of Logar"
    if prev == "of" and i > 0 and doc[i - 1].lower_ in _PLACE_NOUNS:
        return True
    after = doc[span.end + 1 : span.end + 4].text if span.end + 1 < len(doc) else ""
    return nxt == "," and any(gaz.lookup(w) for w in (after, after.rsplit(" ", 1)[0]) if w)


_DATELINE_RE = re.compile(
    r"\A\s*([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}))?\s*"
    r"(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s"
)


def _dateline_spans(doc: Any, gaz: Any) -> list[_Span]:
    """'BERLIN --', 'SANTA FE, N.M. (AP) —': the places a wire story starts from."""
    match = _DATELINE_RE.match(doc.text)
    if not match:
        return []
    found: list[_Span] = []
    for group in (1, 2):
        if match.group(group) is None or not gaz.lookup(match.group(group).strip()):
            continue
        start = match.start(group)
        span = doc.char_span(
            start, start + len(match.group(group).rstrip()), alignment_mode="expand"
        )
        if span is not None:
            found.append(
                _Span(span.start, span.end, "GPE", span.text, span.start_char, span.end_char)
            )
    return found


def _inside_longer_name(doc: Any, span: _Span) -> bool:
    """'Los Angeles' in 'Los Angeles Declaration' is part of another name, not a place."""
    if span.end < len(doc):
        nxt = doc[span.end]
        if (
            nxt.text[:1].isupper()
            and nxt.pos_ == "PROPN"
            and nxt.ent_type_ not in ("GPE", "LOC")
            and not nxt.is_sent_start
        ):
            return True
    return False


def _resolve_places(doc: Any, spans: list[_Span], gaz: Any) -> list[Place]:
    spans = [s for s in spans if not _inside_longer_name(doc, s)]
    # context: the countries and regions the article names anywhere
    named: set[str] = set()
    for s in spans:
        named.add(fold(s.text))
    groups: dict[str, tuple[GeoPlace | None, str, list[_Span]]] = {}
    for span in spans:
        geo = _best(doc, span, gaz, named)
        # Unknown to the gazetteer: a place only where the sentence uses it as one, and never
        # a street address ("1909 Jolinda Drive").
        if geo is None and (
            not _used_as_place(doc, span, gaz) or doc[span.end - 1].lower_ in STREET_WORDS
        ):
            continue
        key = f"id:{geo.geonames_id}" if geo else f"name:{fold(span.text)}"
        if key not in groups:
            groups[key] = (geo, span.label, [])
        groups[key][2].append(span)
    places: list[Place] = []
    for geo, label, members in groups.values():
        if geo is not None:
            places.append(
                Place(
                    name=geo.name,
                    kind=geo.kind,
                    country_code=geo.country_code,
                    latitude=geo.latitude,
                    longitude=geo.longitude,
                    geonames_id=geo.geonames_id,
                    mentions=[_mention(s) for s in members],
                )
            )
        else:
            kind = {"LOC": "region", "FAC": "facility"}.get(label)
            places.append(
                Place(members[0].text, kind, None, None, None, None, [_mention(s) for s in members])
            )
    return places


def _best(doc: Any, span: _Span, gaz: Any, named: set[str]) -> GeoPlace | None:
    hits = gaz.lookup(span.text)
    if not hits:
        return None
    sent = doc[span.start].sent
    local = {fold(e.text) for e in sent.ents if e.label_ in ("GPE", "LOC")} - {fold(span.text)}
    nxt = " ".join(t.text for t in doc[span.end : span.end + 4])
    qualifier = re.match(r"^[,(]\s*([A-Z][\w.]+(?: [A-Z][\w.]+)?)", nxt)
    # the qualifier's own names too: "N.M." is New Mexico, "Calif." California
    quals: set[str] = set()
    if qualifier:
        raw = qualifier.group(1)
        quals = {
            fold(raw),
            *(fold(p.name) for p, _ in gaz.lookup(raw) if p.kind in ("region", "country")),
        }
    follows_state = span.end < len(doc) and doc[span.end].lower_ == "state"

    def score(item: tuple[GeoPlace, bool]) -> float:
        geo, primary = item
        s = 2.0 if primary else 0.0
        s += {"country": 6.0, "continent": 5.0, "region": 3.0, "city": 2.0}.get(geo.kind, 0.0)
        s += math.log10(max(geo.population, 10)) / 2
        country = gaz.country(geo.country_code) if geo.country_code else None
        cname = fold(country.name) if country else ""
        rname = fold(geo.region) if geo.region else ""
        if quals & {cname, rname, fold(geo.country_code or "")}:
            s += 10
        if (cname and cname in local) or (rname and rname in local):
            s += 4
        elif (cname and cname in named) or (rname and rname in named):
            s += 2
        # A capital or big city outranks a same-named region unless 'state' says otherwise.
        if geo.kind == "city" and geo.population >= 500_000 and not follows_state:
            s += 4
        if geo.kind == "region" and follows_state:
            s += 6
        return s

    best: GeoPlace = max(hits, key=score)[0]
    return best


# ---------------------------------------------------------------- organisations


def _organizations(doc: Any, spans: Iterable[_Span]) -> list[Organization]:
    groups: dict[str, Organization] = {}
    merged: list[_Span] = []
    for span in spans:
        if span.label != "ORG":
            continue
        prev = merged[-1] if merged else None
        # "the Los Angeles Declaration" + "on" + "Migration and Protection" is one name
        if (
            prev is not None
            and span.start == prev.end + 1
            and doc[prev.end].lower_ in ("on", "of", "for")
        ):
            whole = doc[prev.start : span.end]
            merged[-1] = _Span(
                prev.start, span.end, "ORG", whole.text, whole.start_char, whole.end_char
            )
        else:
            merged.append(span)
    for span in merged:
        # 'State' in 'Secretary of State' is part of an office, not an organisation mention.
        if (
            span.start >= 2
            and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].lower_ in TITLES | ROLE_NOUNS
        ):
            continue
        if span.end - span.start == 1 and doc[span.start].lower_ in ORG_WORDS | {"state"}:
            continue
        key = fold(span.text)
        org = groups.get(key)
        if org is None:
            org = groups[key] = Organization(span.text, [], [])
        elif span.text != org.name and span.text not in org.aliases:
            org.aliases.append(span.text)
        org.mentions.append(_mention(span))
    return list(groups.values())
