"""Extraction bench: newsdesk's cleaner beside trafilatura on every labelled set, out of sample.

    python scripts/train_cleaner.py --write     # writes the per-fold models to bench/.cache/
    python bench/extraction.py [--bench-dir ../shared/bench] [--mode html|text|both]
        [--sets seb-dev,wcxb-dev,...] [--limit N] [--shipped]

For every page of seb-dev, wcxb-dev, readability and trafilatura-eval, newsdesk runs end to
end (`clean_document`, fallback included) with the model of the page's fold: a model trained
by `scripts/train_cleaner.py` on the other folds, which never saw a page of the page's site
(grouped cross-validation). trafilatura (`favor_precision=True`) runs on the same page in the
same run, the two taking turns so that the machine's drift weighs on both alike. Bodies are
scored with the benchmark's `score.py` (full bodies) or `snippets.py` (trafilatura-eval's
snippets); wcxb-dev is also scored on its articles alone. Dumps are seb-dev's own and
inscriptis renders of the other pages (cached, see `cleaner_data.py`); trafilatura reads a
dump as one <p> per line. `--shipped` uses the shipped model instead: in-sample figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cleaner_data as cd
from newsdesk.cleaner import clean_document, scoring
from newsdesk.errors import NewsdeskError
from newsdesk.read import read

SECOND_OPINIONS: list[int] = [0]


def newsdesk(raw: bytes, fmt: str) -> str:
    try:
        article = clean_document(read(raw, input_format=fmt))  # type: ignore[arg-type]
    except NewsdeskError:  # an empty or script-only page: no article
        return ""
    SECOND_OPINIONS[0] += any(r.reason == "second opinion" for r in article.removed)
    return article.text


def trafilatura_fn() -> Callable[[bytes, str], str]:
    import trafilatura

    def run(raw: bytes, fmt: str) -> str:
        doc = raw.decode("utf-8", "replace") if fmt == "html" else cd.as_paragraph_html(raw)
        return trafilatura.extract(doc, favor_precision=True) or ""

    return run


def reused_texts(saved: Path, pages: list[cd.LabelledPage]) -> dict[str, str]:
    """trafilatura's texts of `pages` from an earlier run's file (`--reuse-trafilatura`); the
    script ends with a one-line message when the file is missing, unreadable or lacks a page
    (a run with --limit, --folds or --sets rewrites it with its own pages only)."""
    again = "run once without --reuse-trafilatura (same --mode, no --limit or --folds)"
    try:
        data = json.loads(saved.read_text(encoding="utf-8"))
        texts = {str(k): str(v["articleBody"]) for k, v in data.items()}
    except FileNotFoundError:
        sys.exit(f"{saved} is missing: {again}")
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        sys.exit(f"{saved} is not a bench output ({type(exc).__name__}: {exc}): {again}")
    missing = [p.id for p in pages if p.id not in texts]
    if missing:
        sys.exit(f"{saved} lacks {len(missing)} of {len(pages)} pages (e.g. {missing[0]}): "
                 f"it was written by a partial run; {again}")  # fmt: skip
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=cd.ROOT.parent / "shared" / "bench")
    ap.add_argument("--sets", default=",".join(cd.SETS))
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    ap.add_argument("--limit", type=int, default=0, help="every N-th page only")
    ap.add_argument("--shipped", action="store_true", help="the shipped model (in-sample)")
    ap.add_argument("--models", type=Path, default=cd.CACHE / "models",
                    help="the directory of the fold models (fold0.json ...)")  # fmt: skip
    ap.add_argument("--folds", default="", help="comma-separated grouped folds only (iterating)")
    ap.add_argument(
        "--reuse-trafilatura",
        action="store_true",
        help="read trafilatura's texts from the last full run's bench/out files (iterating; "
        "its ms/page is then not measured)",
    )
    args = ap.parse_args()
    set_names = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in set_names if s not in cd.SETS]
    if unknown or not set_names:
        ap.error(f"--sets: unknown set {', '.join(unknown) or '(none)'}; "
                 f"the sets are {', '.join(cd.SETS)}")  # fmt: skip
    try:
        only_folds = {int(f) for f in args.folds.split(",") if f.strip()}
    except ValueError:
        only_folds = {-1}
    if not only_folds <= set(range(cd.FOLDS)):
        ap.error(f"--folds: comma-separated fold numbers from 0 to {cd.FOLDS - 1}")
    if args.limit < 0:
        ap.error("--limit: every N-th page, N at least 1 (0: every page)")
    for needed in ("score.py", "snippets.py", *set_names):
        if not (args.bench_dir / needed).exists():
            sys.exit(f"{args.bench_dir / needed} is missing: --bench-dir names the shared bench")

    scorer = cd.load_module(args.bench_dir / "score.py", "score")
    snippets = cd.load_module(args.bench_dir / "snippets.py", "snippets")
    folds: dict[int, dict[str, Any]] = {}
    if not args.shipped:
        for f in range(cd.FOLDS):
            path = args.models / f"fold{f}.json"
            if not path.exists():
                sys.exit(f"{path} is missing: run scripts/train_cleaner.py --write first")
            try:
                folds[f] = json.loads(path.read_text())
            except (OSError, ValueError) as exc:
                sys.exit(f"{path} is not a fold model ({type(exc).__name__}: {exc})")
        modes = ["html", "text"] if args.mode == "both" else [args.mode]
        missing = sorted({m for m in modes for f in folds if m not in folds[f]})
        if missing:
            # a fold model without the format would leave the cleaner to its rules alone
            sys.exit(f"the fold models in {args.models} hold no {'/'.join(missing)} "
                     f"model: run scripts/train_cleaner.py --mode {missing[0]} --write first")  # fmt: skip
    try:
        traf = trafilatura_fn()
    except ImportError as exc:
        sys.exit(f"trafilatura is not installed ({exc}): pip install -e '.[bench]'")
    systems: dict[str, Callable[[bytes, str], str]] = {"newsdesk": newsdesk, "trafilatura": traf}
    out_dir = cd.ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    label = "newsdesk (shipped, in-sample)" if args.shipped else "newsdesk (grouped CV)"
    print(f"{'input':<5} {'set':<22} {'system':<30} {'P':>6} {'R':>6} {'F1':>6} {'empty':>6} "
          f"{'ms/page':>8}")  # fmt: skip
    losses: list[str] = []
    # F1 of every line, to four digits: the model-selection rule reads their mean
    lines: dict[str, dict[str, float]] = {name: {} for name in systems}
    modes = ["html", "text"] if args.mode == "both" else [args.mode]
    pages_of: dict[str, list[cd.LabelledPage]] = {}
    for set_name in set_names:
        pages = cd.load_set(args.bench_dir, set_name)
        pages = pages[:: args.limit] if args.limit else pages
        pages_of[set_name] = [p for p in pages if p.fold in only_folds] if only_folds else pages
    # trafilatura's texts of an earlier run, checked before any page is cleaned
    reused_of = {
        (fmt, set_name): reused_texts(out_dir / f"{set_name}-{fmt}-trafilatura.json", pages)
        for fmt in (modes if args.reuse_trafilatura else [])
        for set_name, pages in pages_of.items()
    }
    for fmt in modes:
        all_times: dict[str, list[float]] = {name: [] for name in systems}
        for set_name in set_names:
            pages = pages_of[set_name]
            preds: dict[str, dict[str, str]] = {name: {} for name in systems}
            names = list(systems)
            reused = reused_of.get((fmt, set_name), {})
            for k, page in enumerate(pages):
                raw = (
                    cd.html_of(args.bench_dir, page)
                    if fmt == "html"
                    else cd.dump_of(args.bench_dir, page)
                )
                if not args.shipped:
                    scoring.use_model(folds[page.fold])
                for name in names[k % 2 :] + names[: k % 2]:
                    if name == "trafilatura" and args.reuse_trafilatura:
                        preds[name][page.id] = reused[page.id]
                        continue
                    start = time.perf_counter()
                    try:
                        text = systems[name](raw, fmt)
                    except Exception as exc:  # a bench reports failures, it does not stop
                        print(f"  {name} failed on {page.id}: {exc}", file=sys.stderr)
                        text = ""
                    all_times[name].append((time.perf_counter() - start) * 1000)
                    preds[name][page.id] = text
            scoring.use_model(None)
            groups = [(set_name, pages)]
            if set_name == "wcxb-dev":
                groups.append(("wcxb-dev articles", [p for p in pages if p.page_type == "article"]))
            for group, members in groups:
                for name in names:
                    if not (name == "trafilatura" and args.reuse_trafilatura):
                        # (when reused, the full run's file stays as it was)
                        (out_dir / f"{group.replace(' ', '-')}-{fmt}-{name}.json").write_text(
                            json.dumps({p.id: {"articleBody": preds[name][p.id]} for p in members},
                                       ensure_ascii=False)
                        )  # fmt: skip
                    if set_name == "trafilatura-eval":
                        ev = {p.id: {"with": p.with_, "without": p.without} for p in members}
                        m = snippets.score_snippets(ev, {p.id: preds[name][p.id] for p in members})
                        p_, r_, f_, empty = m["precision"], m["recall"], m["f1"], m["empty"]
                    else:
                        scores = [scorer.score_page(p.body, preds[name][p.id]) for p in members]
                        m = scorer.aggregate(scores)
                        p_, r_, f_, empty = m["precision"], m["recall"], m["f1"], m["n_empty"]
                    lines[name][f"{fmt} {group}"] = f_
                    shown = label if name == "newsdesk" else "trafilatura (favor_precision)"
                    print(f"{fmt:<5} {group:<22} {shown:<30} {p_:6.3f} {r_:6.3f} {f_:6.3f} "
                          f"{empty:6d}", flush=True)  # fmt: skip
            # pages where newsdesk loses more than half the article and trafilatura keeps 80%
            for p in pages:
                if set_name == "trafilatura-eval":
                    withs = [s for s in p.with_ if s.strip()]
                    if not withs:
                        continue
                    ours = sum(s in preds["newsdesk"][p.id] for s in withs) / len(withs)
                    theirs = sum(s in preds["trafilatura"][p.id] for s in withs) / len(withs)
                else:
                    if not p.body or not scorer.tokens(p.body):
                        continue
                    ours = scorer.score_page(p.body, preds["newsdesk"][p.id]).recall or 0.0
                    theirs = scorer.score_page(p.body, preds["trafilatura"][p.id]).recall or 0.0
                if ours < 0.5 and theirs > 0.8:
                    losses.append(f"{fmt} {set_name}/{p.id} ({p.site}): newsdesk keeps "
                                  f"{ours:.0%}, trafilatura {theirs:.0%}")  # fmt: skip
        print(
            f"{fmt:<5} newsdesk's second opinion (density pass or fill) won on {SECOND_OPINIONS[0]} pages"
        )
        SECOND_OPINIONS[0] = 0
        for name in systems:
            if not all_times[name]:
                continue
            shown = label if name == "newsdesk" else "trafilatura (favor_precision)"
            print(f"{fmt:<5} {'median ms/page, all':<22} {shown:<30} {'':>6} {'':>6} {'':>6} "
                  f"{'':>6} {statistics.median(all_times[name]):8.1f}")  # fmt: skip
    for fmt in modes:
        ours = {k: v for k, v in lines["newsdesk"].items() if k.startswith(fmt + " ")}
        if not ours:
            continue
        theirs = {k: lines["trafilatura"][k] for k in ours}
        at_or_above = sum(round(ours[k], 3) >= round(theirs[k], 3) for k in ours)
        print(f"{fmt:<5} mean F1 over {len(ours)} lines: newsdesk {statistics.mean(ours.values()):.4f}"
              f", trafilatura {statistics.mean(theirs.values()):.4f}; newsdesk at or above "
              f"trafilatura on {at_or_above} of {len(ours)} ("
              + ", ".join(f"{k[len(fmt) + 1:]} {ours[k]:.4f}/{theirs[k]:.4f}" for k in ours) + ")")  # fmt: skip
    print(f"\npages losing more than half their article where trafilatura keeps >80%: "
          f"{len(losses)}")  # fmt: skip
    for line in losses:
        print("  " + line)


if __name__ == "__main__":
    main()
