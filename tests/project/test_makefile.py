"""Every target the Makefile declares does something: `make lint` that does nothing and
exits 0 is a false green for anyone, or any CI, that calls it."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from project_paths import ROOT

MAKEFILE = ROOT / "Makefile"
# These two only make the venv's stamp files (their whole job), so with the stamps taken as
# made (`-o`) they have nothing left to do.
STAMP_ONLY = {"install", "dev"}

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make here")


def _phony() -> list[str]:
    text = MAKEFILE.read_text(encoding="utf-8")
    found = re.search(r"^\.PHONY:(.*)$", text, re.M)
    assert found is not None
    return found.group(1).split()


def _dry_run(target: str) -> str:
    done = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "-o", ".venv/.installed-dev", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


@pytest.mark.parametrize("target", sorted(set(_phony()) - STAMP_ONLY))
def test_every_declared_target_runs_a_command(target: str) -> None:
    shown = _dry_run(target)
    assert "Nothing to be done" not in shown, target
    assert shown.strip(), target


def test_the_check_targets_run_their_tools() -> None:
    assert "ruff check" in _dry_run("lint")
    assert "mypy" in _dry_run("typecheck")
    assert "pytest" in _dry_run("unit")
    shown = _dry_run("test")
    assert all(tool in shown for tool in ("ruff check", "mypy", "pytest"))
    assert "bench/entities.py" in _dry_run("bench-entities")
    assert "bench/commitments.py" in _dry_run("bench-commitments")
