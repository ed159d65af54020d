"""The README checked against the real CLI (sqlite-utils style), read at test time.

Data-driven, so it holds whatever the README and the CLI become: the options table's flags
and `--format` values against each command's real `--help`, every `newsdesk …` command the
README shows (shell blocks, and inline commands naming a file of the repository) run for
real, and the sample output it says comes from a real run compared with one.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from project_paths import ROOT

README = ROOT / "README.md"
BIN = Path(sys.executable).parent

FLAG_RE = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)")
ALWAYS = {"--help", "-h", "--version"}


def readme() -> str:
    return README.read_text(encoding="utf-8")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(COLUMNS="250", NO_COLOR="1", TERM="dumb")
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def newsdesk_help(*args: str) -> str:
    exe = shutil.which("newsdesk", path=str(BIN)) or "newsdesk"
    done = subprocess.run(
        [exe, *args, "--help"], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def commands() -> list[str]:
    """Subcommands listed by `newsdesk --help`."""
    text = newsdesk_help()
    box = text.split("Commands", 1)[1] if "Commands" in text else ""
    return re.findall(r"^[│|]\s+([a-z][\w-]*)\s", box, re.M)


def help_flags(command: str) -> set[str]:
    return set(FLAG_RE.findall(newsdesk_help(command))) - ALWAYS


def format_choices(command: str) -> set[str]:
    match = re.search(r"--format\b.*?<([\w|]+)>", newsdesk_help(command))
    return set(match.group(1).split("|")) if match else set()


def options_table() -> list[tuple[str, str]]:
    """(option cell, meaning cell) of the README table headed `| option | meaning |`."""
    rows: list[tuple[str, str]] = []
    inside = False
    for line in readme().splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) >= 2 and cells[0].lower() == "option":
            inside = True
            continue
        if inside:
            if not cells:
                break
            if set(cells[0]) <= {"-", " ", ":"}:
                continue
            rows.append((cells[0], cells[1]))
    return rows


def readme_flags() -> set[str]:
    flags: set[str] = set()
    for option, _ in options_table():
        for code in re.findall(r"`([^`]+)`", option):
            flags |= set(FLAG_RE.findall(code))
    return flags - ALWAYS


def readme_formats() -> set[str]:
    """The `--format` row's values in backticks (less command names: "`analyze` only")."""
    for option, meaning in options_table():
        if "--format" in option:
            return set(re.findall(r"`([a-z]+)`", meaning)) - set(commands())
    return set()


def test_readme_has_an_options_table() -> None:
    assert len(options_table()) >= 5 and "--format" in readme_flags()


def test_every_readme_option_exists() -> None:
    real = set().union(*(help_flags(c) for c in commands()))
    assert readme_flags() - real == set()


# Flags whose README row is in the report of the branch that added them (README.md is the
# lead's to edit), with the doc that describes them meanwhile; an entry can go once the row
# is merged.
README_PENDING: dict[str, Path] = {}


def test_every_option_is_in_the_readme() -> None:
    real = set().union(*(help_flags(c) for c in commands()))
    pending = {f for f, doc in README_PENDING.items() if f in doc.read_text(encoding="utf-8")}
    assert real - readme_flags() - pending == set()


def test_readme_formats_exist() -> None:
    real = set().union(*(format_choices(c) for c in commands()))
    assert readme_formats() and readme_formats() - real == set()


def test_every_format_is_in_the_readme() -> None:
    real = set().union(*(format_choices(c) for c in commands()))
    assert real - readme_formats() == set()


# ---------------------------------------------------------------- commands that run


def pipeline(command: str) -> list[list[str]]:
    """The words of each stage of a shell pipeline (quotes respected)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars="|")
    lexer.whitespace_split = True
    stages: list[list[str]] = [[]]
    for token in lexer:
        if token == "|":
            stages.append([])
        else:
            stages[-1].append(token)
    return stages


def readme_commands() -> list[str]:
    """`newsdesk …` lines of ```sh blocks, and inline `newsdesk …` spans naming a file of
    the repository (the others are mentions of a command, not commands to run)."""
    text = readme()
    found: list[str] = []
    for block in re.findall(r"```(?:sh|bash|console)\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip().removeprefix("$ ")
            if line.startswith("newsdesk "):
                found.append(line)
    for span in re.findall(r"`(newsdesk [^`]+)`", text):
        words = pipeline(span)[0]
        if any((ROOT / w).is_file() for w in words[2:]) and span not in found:
            found.append(span)
    return found


def _missing_inputs(command: str) -> list[str]:
    """Inputs a command names that the repository does not have (a corpus of one's own)."""
    words = pipeline(command)[0][2:]
    missing = []
    skip_next = False
    for w in words:
        if skip_next:
            skip_next = False
            continue
        if w.startswith("-"):
            skip_next = w in {
                "-o",
                "--output",
                "--glob",
                "-f",
                "--format",
                "--input-format",
                "-w",
                "--workers",
                "--batch-size",
                "--model",
                "--urls",
                "--table",
                "--encoding",
                "--min-strength",
                "--timeout",
                "--max-chars",
                "--dask-scheduler",
            }
            continue
        if not (ROOT / w).exists():
            missing.append(w)
    return missing


def stand_in(name: str, where: Path) -> bool:
    """Make a stand-in for an input the README names but the repository lacks: a directory
    (a corpus) gets the test articles, a .jsonl file one record per test article."""
    articles = sorted((ROOT / "tests" / "data").glob("*.*"))
    target = where / name
    if name.endswith("/") or not Path(name).suffix:
        target.mkdir(parents=True, exist_ok=True)
        for a in articles:
            shutil.copy(a, target / a.name)
        return True
    if name.endswith(".jsonl"):
        lines = [
            json.dumps({"id": a.stem, ("html" if a.suffix == ".html" else "text"): a.read_text()})
            for a in articles
        ]
        target.write_text("\n".join(lines) + "\n")
        return True
    return False


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_runs(command: str, tmp_path: Path) -> None:
    missing = _missing_inputs(command)
    absent = [m for m in missing if not stand_in(m, tmp_path)]
    if absent:
        pytest.skip(f"needs {', '.join(absent)}, which is not in the repository")
    tools = [stage[0] for stage in pipeline(command)[1:] if stage]
    unavailable = [t for t in tools if shutil.which(t) is None]
    if unavailable:
        pytest.skip(f"needs {', '.join(unavailable)}")
    # stand-ins and output files live in a scratch directory, never in the repository
    for name in missing:
        command = re.sub(rf"(?<=\s){re.escape(name)}(?=\s|$)", str(tmp_path / name), command)
    outputs = tmp_path / "out"
    outputs.mkdir()
    command = re.sub(r"(-o|--output)\s+(\S+)", lambda m: f"{m[1]} {outputs / m[2]}", command)
    done = _bash(command)
    assert done.returncode == 0, done.stderr
    written = [p for p in outputs.iterdir() if p.stat().st_size > 0]
    assert done.stdout.strip() or written
    assert "Traceback" not in done.stderr


def _bash(command: str) -> subprocess.CompletedProcess[str]:
    """A README command as a user's shell runs it (a failing stage of a pipe fails it)."""
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )


def sample_claims() -> list[tuple[str, str]]:
    """(command, output block) where the README says a block is a real run of a command."""
    return re.findall(r"real run of\s+`([^`]+)`.*?```text\n(.*?)```", readme(), re.S)


@pytest.mark.parametrize("command,sample", sample_claims())
def test_readme_sample_output_is_real(command: str, sample: str) -> None:
    done = _bash(command)
    assert done.returncode == 0, done.stderr
    shown = sample.rstrip("\n").splitlines()
    if shown and shown[-1].strip() in ("...", "…"):
        shown = shown[:-1]  # the README cut the output here
    assert done.stdout.splitlines()[: len(shown)] == shown
