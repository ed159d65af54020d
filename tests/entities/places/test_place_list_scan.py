"""Review 17b, finding 5: the scan for untagged items of a plural noun of places' list reads
each token once, and finds each item once, even on a page written in capitals (where 'LIKE'
and the joiners never stop a run of capitalised words). Token lists written for this test."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.document.place_cues import untagged_list_places
from newsdesk.analysis.gazetteer import Gazetteer
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model


class _Counting:
    """The gazetteer, counting its look-ups."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.calls = 0

    def lookup(self, name: str) -> object:
        self.calls += 1
        return self.gaz.lookup(name)


def _doc(words: list[str]) -> Doc:
    return Doc(load_model(DEFAULT_MODEL).vocab, words=words)


def test_each_item_of_lists_in_capitals_is_found_once() -> None:
    doc = _doc(["TOWNS", "LIKE", "OSLO", ",", "LIMA", ","] * 5)
    found = untagged_list_places(doc, [], load_gazetteer())
    assert sorted((s.start, s.end) for s in found) == sorted({(s.start, s.end) for s in found})
    assert {doc[s.start].text for s in found} == {"OSLO", "LIMA"}
    assert len(found) == 10


def test_the_look_ups_grow_with_the_page_not_with_its_square() -> None:
    counts = []
    for n in (50, 200):
        gaz = _Counting(load_gazetteer())
        untagged_list_places(_doc(["TOWNS", "LIKE", "OSLO", ","] * n), [], gaz)  # type: ignore[arg-type]
        counts.append(gaz.calls)
    # four times the page, at most four times the look-ups (and some)
    assert counts[1] <= 4 * counts[0] + 4
