"""The fast paths of the speed work give exactly what the plain ways gave."""

from __future__ import annotations

import json
from dataclasses import asdict

from newsdesk.labels import Cause, InputFormat, RepairKind, Strength
from newsdesk.model import (
    Article,
    Attribution,
    Brief,
    Commitment,
    Mention,
    Organization,
    Person,
    Place,
    Removed,
    Repair,
    TimeExpression,
    _plain,
)


def _brief() -> Brief:
    article = Article(
        source="ferry.txt", title="Ferries", published=None, authors=["Ann Lee"], publisher=None,
        language="en", tags=[], text="The harbour board will add a boat.", input_format=InputFormat.text,
        removed=[Removed("Share this", "share bar", Cause.share_bar)], repairs=[Repair(RepairKind.stray_whitespace, " ,", ",", 0)],
    )  # fmt: skip
    said = Commitment(
        actors=["harbour board"], actor_text="The harbour board", trigger="will", action="add a boat",
        strength=Strength.commitment, negated=False, conditional=None,
        time=TimeExpression("next summer", "2025-06"), attribution=Attribution("Lee said", "reported"),
        sentence="The harbour board will add a boat.", start=0, end=34, confidence=0.875,
        trigger_start=18, trigger_end=22, action_start=23, action_end=33,
        trigger_parts=[Mention("will", 18, 22)],
    )  # fmt: skip
    return Brief(
        article,
        model="en_core_web_sm",
        people=[
            Person("Ann Lee", ["Lee"], None, [Mention("Ann Lee", 3, 10), Mention("Lee", 40, 43)])
        ],
        places=[Place("Oban", "town", "GB", 56.41, -5.47, 2640970, [Mention("Oban", 50, 54)])],
        organizations=[Organization("Harbour Board", [], [Mention("harbour board", 4, 17)])],
        commitments=[said, Commitment(**{**asdict(said), "time": None, "attribution": None})],
    )


def test_records_convert_as_asdict_converts_them() -> None:
    brief = _brief()
    records = [
        *brief.people, *brief.places, *brief.organizations, *brief.commitments,
        *brief.article.removed, *brief.article.repairs,
    ]  # fmt: skip
    for record in records:
        fast, slow = _plain(record), asdict(record)
        assert list(fast.items()) == list(slow.items())  # same keys, same order, same values
    text = json.dumps(brief.to_dict(), ensure_ascii=False)
    assert '"strength": "commitment"' in text and '"time": null' in text
    # a copy: changing the record afterwards leaves the dict as it was
    data = _plain(brief.people[0])
    brief.people[0].aliases.append("Ms Lee")
    assert data["aliases"] == ["Lee"]


def test_ascii_counts_are_the_per_character_counts() -> None:
    from newsdesk.cleaner.shape import _counts

    for text in (
        "The 3 ferries left Oban at 09:40, said Ms LEE.",
        "ÉLAN ² café — 12 ½ Straße, „Zitat“",  # not ASCII: the per-character way
        "東京で3日、会議が開かれた。",
        "",
        "____ 0000 ~~~~",
    ):
        plain = (
            sum(map(str.isdigit, text)),
            sum(map(str.isupper, text)),
            sum(map(str.isalpha, text)),
        )
        assert _counts(text) == plain


def test_a_text_measured_twice_measures_the_same() -> None:
    from newsdesk.cleaner.shape import shape_of

    text = "Subscribe to our newsletter"
    first = shape_of(text)
    shape_of.cache_clear()
    assert shape_of(text) == first and first.nsize == 4 and not first.sentence
    assert first.capitals == 0.25 and first.after[0] == 0.0  # four words are not "few"


def test_the_doc_view_reads_the_docs_own_words_and_text() -> None:
    import spacy

    from newsdesk.analysis.entities.spans import DocView

    nlp = spacy.blank("en")
    for text in ("The ferry  left Oban.\n\nIt came back at 9pm ", "One", ""):
        doc = nlp(text)
        view = DocView.of(doc)
        assert view.text == doc.text == text
        assert view.words == [t.text for t in doc]
        assert len(view.pos) == len(doc)


def test_a_parent_that_hands_work_to_workers_never_imports_spacy() -> None:
    # the pool's parent names and checks the model (analysis.nlp, engine._prepare_model) and
    # writes the records; only the workers parse
    import subprocess
    import sys

    code = (
        "import sys; from newsdesk.run import engine; from newsdesk.run.options import Options; "
        "import newsdesk.analysis.nlp; engine._prepare_model(Options(), load_here=False); "
        "print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _required(items: object) -> list[set[str]]:
    """Sets of strings of which every match of a parsed pattern holds one (each set alone is
    such a set).

    A run of literal characters is required; a group is required when it is not optional, and
    a choice gives the union of one set of each branch, when each branch has one."""
    from re import _constants as sre  # type: ignore[attr-defined]

    found: list[set[str]] = []
    run: list[str] = []
    for op, av in items:  # type: ignore[attr-defined]
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append({"".join(run)})
            run = []
        if op is sre.SUBPATTERN:
            found += _required(av[-1])
        elif op is sre.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(branches):
                found.append(set().union(*(b[0] for b in branches)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found += _required(av[2])
    if run:
        found.append({"".join(run)})
    return found


def test_every_inside_clutter_phrase_contains_one_of_the_prefilter_words() -> None:
    # the words let `clutter_cause` skip the combined search; a phrase whose every match holds
    # none of them would be missed (add one of its words to `prefilter_words` in
    # data/cleaner-clutter.json: this says which)
    from re import _parser  # type: ignore[attr-defined]

    from newsdesk.cleaner import clutter

    def covered(words: set[str]) -> bool:
        return all(any(k in w for k in clutter.CLUTTER_WORDS) for w in words)

    inside = [a for a in clutter.ALTERNATIVES if a[:1] != "^"]
    assert len(inside) > 20
    for alternative in inside:
        needed = _required(_parser.parse(alternative))
        assert needed, f"no literal every match of {alternative!r} holds"
        assert any(covered(words) for words in needed), (alternative, needed)


def test_the_prefilter_changes_no_clutter_verdict() -> None:
    from newsdesk.cleaner import clutter

    lines = [
        "Sign up for our daily briefing", "Follow us on Twitter", "Leave a comment", "Comments (12)",
        "Photo: Harbour Office", "© Acme News 2024", "Read more", "[VIDEO]", "Download the app",
        "The ferry sailed at dawn.", "A man walked his dog.", "Cookies help us deliver our services",
        "(c) 2023 Acme", "Pictures (c) Ann Lee", "Blog", "A logbook of the voyage", "(AP Photo/Jo Doe)",
    ]  # fmt: skip
    for line in lines:
        low = line.lower()
        plain = bool(clutter.ANY_CLUTTER_START.match(low) or clutter.ANY_CLUTTER_INSIDE.search(low))
        clutter.clutter_cause.cache_clear()
        found = clutter.clutter_cause(line) is not None or bool(clutter.CAPTION_RE.search(line))
        assert found == plain or bool(clutter.CAPTION_RE.search(line)), line
