"""Review 11, finding 13: a JSON Lines record's `id` comes back as a string: a string as
it is, any other JSON value as its JSON text (not Python's `str()`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from harness import GOOD, check, invoke


@pytest.mark.parametrize(
    ("given", "returned"),
    [
        ("n7", "n7"),
        (2, "2"),
        (2.5, "2.5"),
        (True, "true"),
        (False, "false"),
        ({"a": 1}, '{"a": 1}'),
        ([1, "x"], '[1, "x"]'),
        ({"é": "ü"}, '{"é": "ü"}'),
    ],
)
def test_an_id_comes_back_as_its_json_text(tmp_path: Path, given: object, returned: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": given, "text": GOOD}) + "\n", encoding="utf-8")
    found = check(invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl"]), 0)
    assert found[0]["id"] == returned
    if not isinstance(given, str):
        assert json.loads(str(found[0]["id"])) == given  # the JSON text reads back as the id


def test_a_null_id_is_no_id(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": None, "text": GOOD}) + "\n", encoding="utf-8")
    found = check(invoke(["clean", str(src), "--input-format", "jsonl", "-f", "jsonl"]), 0)
    assert "id" not in found[0]
