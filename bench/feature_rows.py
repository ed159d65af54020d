"""Feature-row equality: the cleaner's stage-1 rows of every HTML page under two code trees.

    python bench/feature_rows.py --old /tmp/s12code/src [--new src] [--sets seb-dev,...]
        [--limit N]

A structure change to the reader or the cleaner's features (session 13: the markup's evidence
moved out of the reader, `read/html.py` split by job) must leave the model's input as it was.
For every page of seb-dev, wcxb-dev, readability and trafilatura-eval (their saved HTML), each
code tree (`--old`, `--new`: a `src` directory put first on PYTHONPATH, run in its own process)
reads the page and featurises it (`newsdesk.cleaner.featurise`, the one featurisation the model
is trained on and asked about); the rows, the feature names and the blocks' texts are hashed
per page (floats by `repr`: every bit counts). Prints the count of pages whose rows differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import cleaner_data as cd


def _digests(bench: Path, sets: list[str], limit: int) -> dict[str, str]:
    """Page -> the hash of its feature rows, under the code on this process's path."""
    from newsdesk.cleaner import featurise
    from newsdesk.cleaner.features import feature_names
    from newsdesk.errors import NewsdeskError
    from newsdesk.labels import InputFormat
    from newsdesk.read import read
    from newsdesk.read.page import page_of

    names = repr(feature_names(InputFormat.html))
    out: dict[str, str] = {}
    for set_name in sets:
        pages = cd.load_set(bench, set_name)
        for page in pages[::limit] if limit else pages:
            digest = hashlib.sha256(names.encode())
            try:
                found = featurise(page_of(read(cd.html_of(bench, page), input_format="html")))
            except NewsdeskError as exc:  # an empty or oversized page: the error is its row
                digest.update(f"{type(exc).__name__}: {exc}".encode())
            else:
                for block, row in zip(found.blocks, found.rows, strict=True):
                    digest.update(repr((block.text, row)).encode())
            out[f"{set_name}/{page.id}"] = digest.hexdigest()
    return out


def _run(src: Path, bench: Path, sets: str, limit: int) -> dict[str, str]:
    """The digests under the code tree `src`, computed in a process of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp) / "digests.json"
        env = {**os.environ, "PYTHONPATH": str(src.resolve())}
        cmd = [sys.executable, __file__, "--digest", str(dest), "--bench-dir", str(bench)]
        subprocess.run([*cmd, "--sets", sets, "--limit", str(limit)], env=env, check=True)
        return dict(json.loads(dest.read_text(encoding="utf-8")))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--old", type=Path, help="the src directory of the code before the change")
    ap.add_argument("--new", type=Path, default=cd.ROOT / "src", help="the src directory after")
    ap.add_argument("--bench-dir", type=Path, default=cd.ROOT.parent / "shared" / "bench")
    ap.add_argument("--sets", default=",".join(cd.SETS))
    ap.add_argument("--limit", type=int, default=0, help="every N-th page only (iterating)")
    ap.add_argument("--digest", type=Path, help=argparse.SUPPRESS)  # (the child's output)
    args = ap.parse_args()
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    if not sets or any(s not in cd.SETS for s in sets):
        ap.error(f"--sets: the sets are {', '.join(cd.SETS)}")
    if args.digest is not None:
        args.digest.write_text(json.dumps(_digests(args.bench_dir, sets, args.limit)))
        return
    if args.old is None:
        ap.error("--old: the src directory of the code before the change")
    old = _run(args.old, args.bench_dir, args.sets, args.limit)
    new = _run(args.new, args.bench_dir, args.sets, args.limit)
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for set_name in sets:
        mine = [k for k in old if k.startswith(f"{set_name}/")]
        bad = sum(1 for k in differ if k.startswith(f"{set_name}/"))
        print(f"{set_name:<18} pages {len(mine):>5}  rows differ {bad:>5}")
    print(f"pages whose feature rows differ: {len(differ)} of {len(old.keys() | new.keys())}")
    for k in differ[:10]:
        print(f"  differs: {k}")


if __name__ == "__main__":
    main()
