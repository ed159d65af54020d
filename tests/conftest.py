from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def example() -> Path:
    """The project's own example input (a copy of the article the project started from)."""
    return ROOT / "examples" / "article.txt"


@pytest.fixture
def data() -> Path:
    return DATA
