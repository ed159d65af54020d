"""Generate the cleaner's tree modules from src/newsdesk/data/cleaner.json.

    python scripts/build_cleaner_trees.py          # after every training run (train_cleaner.py --write)
    python scripts/build_cleaner_trees.py --check  # exit 1 if a module is missing or stale

Each tree ensemble of the model file (a format's `stage1`, or `stack` when it is trees) becomes
`src/newsdesk/cleaner/trees_<fmt>_<stage>.py`: the same nested comparisons
`newsdesk.cleaner.treecode.compile_trees` would build at run time, written once, so a process
imports their bytecode instead of compiling ~120 KB of source (~20 ms a process). Each module
records the model file's digest; at run time a module whose digest is not the shipped file's
is ignored and the trees are compiled as before (right, only slower), and
tests/clean/test_model.py fails until this script is run again.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsdesk.cleaner import scoring, treecode

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "newsdesk" / "data" / "cleaner.json"
PACKAGE = ROOT / "src" / "newsdesk" / "cleaner"


def expected(raw: bytes) -> dict[Path, str]:
    """Every generated module's path and source for this model file."""
    model = json.loads(raw)
    digest = scoring.model_digest(raw)
    return {
        PACKAGE / f"{treecode.tree_module_name(fmt, stage)}.py": treecode.tree_module_source(
            fmt, stage, model[fmt][stage], digest
        )
        for fmt, stage in treecode.tree_stages(model)
    }


def existing() -> list[Path]:
    return sorted(PACKAGE.glob(f"{treecode.GENERATED_PREFIX}*.py"))


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--check", action="store_true", help="only check that the modules are in step")
    args = ap.parse_args()
    want = expected(MODEL.read_bytes())
    stale = [p for p in existing() if p not in want]
    changed = [
        p for p, src in want.items() if not p.exists() or p.read_text(encoding="utf-8") != src
    ]
    if args.check:
        for p in [*changed, *stale]:
            print(f"out of step with {MODEL.name}: {p.relative_to(ROOT)}")
        return 1 if changed or stale else 0
    for p in stale:
        p.unlink()
        print(f"removed {p.relative_to(ROOT)}")
    for p in changed:
        p.write_text(want[p], encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)} ({len(want[p]) // 1024} KB)")
    if not changed and not stale:
        print("the tree modules are in step with cleaner.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
