"""Extraction bench: newsdesk's cleaner on real news pages, scored with the benchmark's metric.

    python bench/extraction.py [--bench-dir ../shared/bench] [--peers] [--limit N]

Runs `newsdesk.clean` over every page of seb-dev in both forms (saved HTML, and the plain-text
dump of the same page), scores the bodies with `score.py` (4-token shingles, P/R averaged per
page), and prints P, R, F1, empty outputs and median ms/page. `--peers` runs trafilatura and
jusText in the same run (`pip install -e '.[bench]'`), taking turns with newsdesk page by
page so that the machine's drift weighs on each alike. Predictions go to bench/out/.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from newsdesk.cleaning import clean_document
from newsdesk.read import read

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def newsdesk_html(raw: bytes) -> str:
    return clean_document(read(raw, input_format="html")).text


def newsdesk_text(raw: bytes) -> str:
    return clean_document(read(raw, input_format="text")).text


def as_paragraph_html(raw: bytes) -> str:
    lines = raw.decode("utf-8", "replace").splitlines()
    return (
        "<html><body>"
        + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines if ln.strip())
        + "</body></html>"
    )


def peers(mode: str) -> dict[str, Callable[[bytes], str]]:
    import justext
    import trafilatura

    def traf(raw: bytes) -> str:
        doc = raw.decode("utf-8", "replace") if mode == "html" else as_paragraph_html(raw)
        return trafilatura.extract(doc, favor_precision=True) or ""

    def jt(raw: bytes) -> str:
        doc = raw if mode == "html" else as_paragraph_html(raw).encode()
        paras = justext.justext(doc, justext.get_stoplist("English"))
        return "\n\n".join(p.text for p in paras if not p.is_boilerplate)

    return {"trafilatura": traf, "justext": jt}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--set", default="seb-dev")
    ap.add_argument("--peers", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    args = ap.parse_args()

    scorer = load_scorer(args.bench_dir)
    data = args.bench_dir / args.set
    truth = scorer.load_articles(data / "ground-truth.json")
    ids = sorted(truth)[: args.limit or None]
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    modes = ["html", "text"] if args.mode == "both" else [args.mode]
    print(f"{'input':<10} {'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'empty':>6} {'ms/page':>8}")
    for mode in modes:
        systems: dict[str, Callable[[bytes], str]] = {
            "newsdesk": newsdesk_html if mode == "html" else newsdesk_text
        }
        if args.peers:
            systems.update(peers(mode))
        # Systems take turns page by page (in rotating order), so a machine that slows down
        # or speeds up during the run weighs on each system alike.
        preds: dict[str, dict[str, dict[str, str]]] = {name: {} for name in systems}
        times: dict[str, list[float]] = {name: [] for name in systems}
        names = list(systems)
        for k, pid in enumerate(ids):
            if mode == "html":
                raw = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
            else:
                raw = (data / "textdump" / f"{pid}.txt").read_bytes()
            for name in names[k % len(names) :] + names[: k % len(names)]:
                start = time.perf_counter()
                try:
                    text = systems[name](raw)
                except Exception as exc:  # a bench reports failures, it does not stop on them
                    print(f"  {name} failed on {pid}: {exc}", file=sys.stderr)
                    text = ""
                times[name].append((time.perf_counter() - start) * 1000)
                preds[name][pid] = {"articleBody": text}
        for name in names:
            path = out_dir / f"{args.set}-{mode}-{name}.json"
            path.write_text(json.dumps(preds[name], ensure_ascii=False))
            m = scorer.score_system(
                truth, {k: v["articleBody"] for k, v in preds[name].items()}, ids, n_boot=0
            )
            print(
                f"{mode:<10} {name:<12} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                f"{m['n_empty']:6d} {statistics.median(times[name]):8.1f}"
            )


if __name__ == "__main__":
    main()
