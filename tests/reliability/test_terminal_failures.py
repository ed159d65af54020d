"""Review 10b, finding 13: on a terminal, a `-f text` report of several inputs does not repeat
a failed input's error, which the CLI already shows on stderr (the same terminal)."""

from __future__ import annotations

from pathlib import Path

from harness import GOOD, on_terminal


def test_a_failed_input_is_shown_once_on_the_terminal(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 20)
    run = on_terminal(["clean", str(good), str(bad), "-f", "text"])
    assert "bad.bin" in run.stderr
    assert "bad.bin" not in run.stdout
    assert "harbour board" in run.stdout
