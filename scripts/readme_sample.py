"""Regenerate the README's sample outputs from real runs (tests/project/test_readme.py checks them).

The README marks a sample as "... a real run of `COMMAND`:" followed by a ```text block.
This runs each COMMAND from the repository root (with this Python's `newsdesk` first on
PATH) and puts its output in the block, keeping as many lines as the block shows now and
ending with "..." where the output goes on.

    python scripts/readme_sample.py            # rewrite README.md
    python scripts/readme_sample.py --check    # exit 1 and show the difference if stale
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLAIM = re.compile(r"(real run of\s+`(?P<cmd>[^`]+)`.*?```text\n)(?P<block>.*?)(```)", re.S)
CUT = "..."


def run(command: str) -> list[str]:
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{command}: exit {done.returncode}\n{done.stderr}")
    return done.stdout.splitlines()


def refreshed(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        shown = match["block"].rstrip("\n").splitlines()
        keep = len(shown) - 1 if shown and shown[-1].strip() in (CUT, "…") else len(shown)
        real = run(match["cmd"])
        lines = real[:keep] + ([CUT] if len(real) > keep else [])
        return match.group(1) + "\n".join(lines) + "\n" + match.group(4)

    return CLAIM.sub(block, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report a stale sample")
    args = parser.parse_args()
    old = README.read_text(encoding="utf-8")
    new = refreshed(old)
    if new == old:
        print("README samples match real runs")
        return
    if args.check:
        sys.stdout.writelines(
            difflib.unified_diff(
                old.splitlines(True), new.splitlines(True), "README.md", "real runs"
            )
        )
        sys.exit(1)
    README.write_text(new, encoding="utf-8")
    print("README.md: samples rewritten from real runs")


if __name__ == "__main__":
    main()
