"""The learned model's machinery: tree ensembles compiled to plain Python, markup evidence,
the second opinion that never loses an article."""

from __future__ import annotations

import math
from typing import Any

import newsdesk
from newsdesk.cleaner import decide, featurise, scoring, treecode
from newsdesk.cleaner.decide import SHORT_ARTICLE_CHARS, classify
from newsdesk.cleaner.markup import HTML_FEATURES, markup_row
from newsdesk.cleaner.recover import second_opinion
from newsdesk.cleaner.verdict import Verdict
from newsdesk.labels import BlockLabel, Cause
from newsdesk.read import read
from newsdesk.read.blocks import Block
from newsdesk.read.html import read_page
from newsdesk.read.page import page_of
from project_paths import ROOT

_PARA = (
    "The ferry company said on Thursday that it would add a second boat to the island route "
    "in the summer, after complaints about queues that stretched back along the quay."
)


def test_compiled_trees_follow_their_nodes() -> None:
    # one stump on feature 0 at 1.5, one tree on feature 1 with a nested split
    trees = [
        [[0, 1.5, 1, 2, 0], [-1, 0, 0, 0, -1.0], [-1, 0, 0, 0, 2.0]],
        [[1, 0.0, 1, 2, 0], [-1, 0, 0, 0, 0.5], [2, 3.0, 3, 4, 0], [-1, 0, 0, 0, 0.25],
         [-1, 0, 0, 0, -0.75]],
    ]  # fmt: skip
    score = treecode.compile_trees(0.1, trees)
    assert score([1.0, -1.0, 0.0]) == 0.1 - 1.0 + 0.5
    assert score([2.0, 1.0, 3.0]) == 0.1 + 2.0 + 0.25
    assert score([2.0, 1.0, 9.0]) == 0.1 + 2.0 - 0.75


def test_markup_is_evidence_on_every_block() -> None:
    page = read_page(
        "<html><body><nav><a href='/'>Home</a></nav><div class='share-bar'><p>Share this</p>"
        f"</div><article><p>{_PARA}</p></article><footer><p>Footer text</p></footer></body></html>"
    )
    by_text = {b.text: b for b in page.blocks}
    assert set(by_text) == {"Home", "Share this", _PARA, "Footer text"}  # nothing vetoed
    for block in page.blocks:
        assert len(markup_row(block.markup)) == len(HTML_FEATURES)
    feature = dict(zip(HTML_FEATURES, markup_row(by_text["Share this"].markup), strict=True))
    # the parent carries the word: half as near as the block itself
    assert feature["attr_share"] == 0.5 and feature["in_container"] == 0.0
    assert (
        dict(zip(HTML_FEATURES, markup_row(by_text[_PARA].markup), strict=True))["under_article"]
        == 1.0
    )
    assert by_text["Home"].cue == "inside <nav>"
    assert (
        dict(zip(HTML_FEATURES, markup_row(by_text["Footer text"].markup), strict=True))[
            "under_footer"
        ]
        == 1.0
    )


def test_the_second_opinion_restores_a_dropped_article() -> None:
    blocks = [Block("Menu"), Block("Home")] + [Block(_PARA) for _ in range(5)]
    blocks += [Block("A teaser line that the model kept by mistake, about a cat.")]
    given = [Verdict(BlockLabel.bad, Cause.not_article)] * (len(blocks) - 1)
    given.append(Verdict(BlockLabel.good, None))
    note, verdicts = second_opinion(blocks, given)
    assert note is not None and "density pass" in note
    assert [v.label for v in verdicts] == [BlockLabel.bad] * 2 + [BlockLabel.good] * 5 + [
        BlockLabel.bad
    ]
    assert verdicts[-1].cause is Cause.outside_second_opinion
    # new verdicts: the ones given are not changed
    assert given[-1] == Verdict(BlockLabel.good, None) and given[2].label is BlockLabel.bad


def test_the_second_opinion_leaves_a_kept_article_alone() -> None:
    blocks = [Block("Menu")] + [Block(_PARA) for _ in range(5)]
    given = [Verdict(BlockLabel.bad)] + [Verdict(BlockLabel.good)] * 5
    note, verdicts = second_opinion(blocks, given)
    assert note is None
    assert [v.label for v in verdicts] == [BlockLabel.bad] + [BlockLabel.good] * 5


def test_a_page_with_article_text_never_comes_out_empty() -> None:
    # the article sits in an element every cue calls furniture, among a long menu
    menu = "".join(f"<li><a href='/{n}'>Link {n}</a></li>" for n in range(40))
    page = (
        f"<html><body><nav><ul>{menu}</ul></nav><aside class='sidebar modal hidden-xs'>"
        + "".join(f"<p>{_PARA}</p>" for _ in range(4))
        + "</aside></body></html>"
    )
    article = newsdesk.clean(page, input_format="html")
    assert _PARA in article.text


def test_a_chinese_article_is_not_crumbs() -> None:
    sentence = "这是一篇关于城市图书馆在周日继续开放的新闻报道，市议会周一晚上投票决定。"
    page = "<html><body>" + "".join(f"<p>{sentence}</p>" for _ in range(4)) + "</body></html>"
    assert sentence in newsdesk.clean(page, input_format="html").text


def test_a_tiny_page_keeps_its_few_words() -> None:
    page = "<html><body><p>abc</p><p>def</p><p>ghi</p></body></html>"
    assert newsdesk.clean(page, input_format="html").text != ""


def _scored_page(texts: list[str], probabilities: list[float], monkeypatch: Any) -> list[str]:
    """The blocks an HTML page of `texts` keeps when the model gives them `probabilities`
    (the shipped threshold's cut stays the model's own)."""
    page = "<html><body>" + "".join(f"<p>{t}</p>" for t in texts) + "</body></html>"
    found = featurise(read_page(page))
    logits = [math.log(p / (1 - p)) for p in probabilities]
    model_cut = math.log(0.6 / 0.4)
    monkeypatch.setattr(decide, "predict", lambda weights, rows: (logits, model_cut))
    verdicts = classify(found)
    return [
        b.text for b, v in zip(found.blocks, verdicts, strict=True) if v.label is BlockLabel.good
    ]


def test_a_too_short_article_is_cut_again_where_recall_leans(monkeypatch: Any) -> None:
    short = ["A short notice about the village fete.", "Stalls open at ten on Saturday.",
             "Bring your own cups and plates."]  # fmt: skip
    # only the first clears the model's cut; the article it keeps is under 250 characters
    kept = _scored_page(short, [0.9, 0.5, 0.45], monkeypatch)
    assert kept == short  # .5 and .45 clear the recall cut (.4)
    # a block under the recall cut stays out
    assert _scored_page(short, [0.9, 0.5, 0.2], monkeypatch) == short[:2]


def test_an_article_long_enough_keeps_the_models_cut(monkeypatch: Any) -> None:
    texts = [_PARA, _PARA.replace("ferry", "bus"), "A teaser line about another story."]
    assert len(_PARA) * 2 > SHORT_ARTICLE_CHARS
    assert _scored_page(texts, [0.9, 0.9, 0.5], monkeypatch) == texts[:2]


def test_the_second_cut_leaves_text_dumps_alone(monkeypatch: Any) -> None:
    lines = ["A short notice about the village fete.", "Stalls open at ten on Saturday."]
    found = featurise(page_of(read("\n".join(lines).encode(), input_format="text")))
    logits = [math.log(9.0), 0.0]  # p = .9 and .5
    monkeypatch.setattr(decide, "predict", lambda weights, rows: (logits, math.log(0.6 / 0.4)))
    verdicts = classify(found)
    kept = [
        b.text for b, v in zip(found.blocks, verdicts, strict=True) if v.label is BlockLabel.good
    ]
    assert kept == lines[:1]


def test_the_generated_tree_modules_are_in_step_with_the_model_file() -> None:
    # scripts/build_cleaner_trees.py writes them; after a retraining this fails until it is run
    # again (the run-time check below keeps the output right meanwhile, only slower)
    import importlib.util

    root = ROOT
    spec = importlib.util.spec_from_file_location(
        "build_trees", root / "scripts/build_cleaner_trees.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    want = script.expected(script.MODEL.read_bytes())
    assert want, "the shipped model has tree ensembles"
    assert sorted(want) == script.existing(), "run: python scripts/build_cleaner_trees.py"
    for path, source in want.items():
        assert path.read_text(encoding="utf-8") == source, f"stale: {path.name}"


def test_the_shipped_trees_are_imported_and_score_as_compiled() -> None:
    import random

    model = scoring._model()
    for fmt, stage in treecode.tree_stages(model):
        spec = model[fmt][stage]
        generated = treecode.generated(spec)
        assert generated is not None and generated.__module__.endswith(
            treecode.tree_module_name(fmt, stage)
        )
        compiled = treecode.compile_trees(spec["base"], spec["trees"])
        rnd = random.Random(7)
        # a second stage reads its own inputs (the row and the sequence view), stage 1 the row
        width = len(spec.get("features", model[fmt]["features"]))
        rows = [[rnd.choice((0.0, 1.0, rnd.random(), 8 * rnd.random())) for _ in range(width)]
                for _ in range(500)]  # fmt: skip
        assert [generated(r) for r in rows] == [compiled(r) for r in rows]


def test_a_module_out_of_step_with_the_model_file_is_not_used() -> None:
    model = scoring._model()
    fmt, stage = treecode.tree_stages(model)[0]
    name, _ = model[fmt][stage]["_generated"]
    # a retrained file's digest: the module's trees are another model's
    assert treecode.generated({"_generated": (name, "00000000-0")}) is None
    assert treecode.generated({"kind": "trees"}) is None  # a model given by use_model
    assert scoring.model_digest(b"{}") != scoring.model_digest(b"{} ")
