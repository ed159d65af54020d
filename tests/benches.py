"""The bench scripts as modules, for the tests of their scoring (bench/ is no package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH_DIR = Path(__file__).resolve().parents[1] / "bench"
SCRIPTS_DIR = BENCH_DIR.parent / "scripts"


def load_bench(name: str) -> ModuleType:
    """bench/<name>.py as the module `bench_<name>`, loaded once a test session, with bench/ on
    the path for the script's own imports."""
    return _load(BENCH_DIR / f"{name}.py", f"bench_{name}")


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as the module `script_<name>`, loaded once a test session (the script
    puts what it imports on the path itself), with bench/ on the path as for `load_bench`."""
    return _load(SCRIPTS_DIR / f"{name}.py", f"script_{name}")


def _load(path: Path, module_name: str) -> ModuleType:
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    if str(BENCH_DIR) not in sys.path:
        sys.path.insert(0, str(BENCH_DIR))
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def script_undone_after(monkeypatch: pytest.MonkeyPatch, name: str) -> ModuleType:
    """scripts/<name>.py run afresh as a module, for a test that drives the script's commands:
    the script puts scripts/ and bench/ on sys.path and imports from them, and both the path and
    those imports are undone when the test ends (the path by `monkeypatch`, the modules now)."""
    monkeypatch.setattr(sys, "path", sys.path[:])
    before = set(sys.modules)
    spec = importlib.util.spec_from_file_location(name, SCRIPTS_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(script)
    finally:
        for module in set(sys.modules) - before:
            origin = getattr(sys.modules[module], "__file__", None) or ""
            if origin.startswith((str(BENCH_DIR), str(SCRIPTS_DIR))):
                del sys.modules[module]
    return script
