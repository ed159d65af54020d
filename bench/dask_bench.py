"""Dask bench: the worker processes' malloc trim threshold, measured on newsdesk's own work.

    python bench/dask_bench.py [-n 300] [--workers 2]

Runs the same corpus (plain-text dumps of ../shared/bench/seb-dev, cycled) through a local
Dask cluster of worker processes (`--dask-scheduler local:N`) once per threshold, and
prints wall time, articles/s and the CPU seconds the whole process tree used.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import psutil

from newsdesk.run import Item, Options, engine, executors

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = {"65536 (Dask's default)": "65536", "32 MiB": str(32 * 2**20)}


class Sampling(engine.Collect):
    """Counts the briefs and samples the workers' CPU at each record, while they are alive."""

    def __init__(self, me: psutil.Process) -> None:
        super().__init__()
        self.me, self.done, self.cpu_workers = me, 0, 0.0

    def write(self, outcome: engine.Outcome) -> None:
        self.done += outcome.brief is not None
        kids = self.me.children(recursive=True)
        self.cpu_workers = max(
            self.cpu_workers, sum(sum(k.cpu_times()[:2]) for k in kids if k.is_running())
        )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bench-dir", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    dumps = sorted((args.bench_dir / "seb-dev" / "textdump").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in dumps]
    items = [Item(i, f"doc{i}", content=texts[i % len(texts)]) for i in range(args.n)]
    me = psutil.Process()
    print(f"{'MALLOC_TRIM_THRESHOLD_':<24} {'seconds':>8} {'articles/s':>10} {'CPU s':>8}")
    for label, value in SETTINGS.items():
        executors.DASK_WORKER_ENV["MALLOC_TRIM_THRESHOLD_"] = value
        cpu0 = sum(me.cpu_times()[:4])
        start = time.perf_counter()
        sink = Sampling(me)
        engine.run(items, Options(scheduler=f"local:{args.workers}"), sink)
        done, cpu_workers = sink.done, sink.cpu_workers
        wall = time.perf_counter() - start
        cpu = sum(me.cpu_times()[:4]) - cpu0 + cpu_workers
        assert done == args.n
        print(f"{label:<24} {wall:8.1f} {args.n / wall:10.2f} {cpu:8.1f}")


if __name__ == "__main__":
    main()
