"""Session 13, review 12b finding 3: the reader records the markup's evidence on each block
(`MarkupEvidence`), and the model's markup features are the cleaner's, computed from that
evidence alone (`cleaner.markup.markup_row`). Pages are small and written here."""

from __future__ import annotations

import dataclasses

from newsdesk.cleaner import featurise
from newsdesk.cleaner.features import FEATURES, feature_names
from newsdesk.cleaner.markup import HTML_FEATURES, MAX_DEPTH_FEATURE, markup_row
from newsdesk.labels import InputFormat
from newsdesk.read import read
from newsdesk.read.evidence import MarkupEvidence
from newsdesk.read.html import read_page
from newsdesk.read.page import page_of

_PARA = (
    "The town council said on Friday that the swimming pool would reopen in the spring, once "
    "the roof over the deep end had been mended and the boilers checked by an engineer."
)
_PAGE = (
    "<html><body><nav><a href='/'>Front page</a></nav>"
    "<div class='share-bar'><p>Share this story</p></div>"
    f"<article><p>{_PARA}</p><p hidden>{_PARA.replace('Friday', 'Monday')}</p></article>"
    "<footer><p>All rights reserved by the paper</p></footer></body></html>"
)


def _named(row: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(HTML_FEATURES, row, strict=True))


def test_the_reader_records_evidence_not_features() -> None:
    by_text = {b.text: b for b in read_page(_PAGE).blocks}
    share = by_text["Share this story"].markup
    assert share is not None
    # the <p> is the owner, one level below the <div> that carries the word
    assert share.tag == "p" and share.words == {"share": share.depth - 1}
    assert share.own_words == frozenset() and not share.hidden
    footer = by_text["All rights reserved by the paper"].markup
    assert footer is not None and "footer" in footer.under and not footer.in_container
    hidden = [b for b in by_text.values() if "Monday" in b.text]
    assert len(hidden) == 1 and hidden[0].markup is not None and hidden[0].markup.hidden


def test_a_block_s_markup_features_are_computed_from_its_evidence() -> None:
    found = featurise(page_of(read(_PAGE, input_format="html")))
    start = len(FEATURES)
    assert feature_names(InputFormat.html)[start : start + len(HTML_FEATURES)] == HTML_FEATURES
    for block, row in zip(found.blocks, found.rows, strict=True):
        assert block.markup is not None
        # the stage-1 row holds exactly what the cleaner computes from the evidence
        assert tuple(row[start : start + len(HTML_FEATURES)]) == markup_row(block.markup)
    share = next(b.markup for b in found.blocks if b.text == "Share this story")
    assert share is not None
    assert _named(markup_row(share))["attr_share"] == 0.5  # the parent: half as near


def test_changing_the_evidence_changes_only_its_features() -> None:
    plain = MarkupEvidence(tag="p", depth=3, repeats=(1,))
    before = _named(markup_row(plain))
    hidden = _named(markup_row(dataclasses.replace(plain, hidden=True)))
    assert hidden["hidden"] == 1.0 and before["hidden"] == 0.0
    assert {k for k in before if before[k] != hidden[k]} == {"hidden"}
    near = _named(markup_row(dataclasses.replace(plain, words={"comment": 3, "related": 1})))
    assert near["attr_comment"] == 1.0 and near["attr_related"] == 1.0 / 3
    teaser = _named(markup_row(dataclasses.replace(plain, repeats=(1, 6, 2))))
    assert teaser["log_unit_repeat"] > 0 and teaser["unit_distance"] == 1.0
    # the depth feature stops growing at its cap
    deep = [_named(markup_row(dataclasses.replace(plain, depth=d)))["log_depth"] for d in (3, 99)]
    assert deep[0] < MAX_DEPTH_FEATURE == deep[1]


def test_a_text_block_has_no_markup_and_no_markup_features() -> None:
    found = featurise(page_of(read(f"Council news\n\n{_PARA}\n", input_format="text")))
    assert all(b.markup is None for b in found.blocks)
    assert all(len(row) == len(FEATURES) for row in found.rows)
