"""One mapping of settings onto `Options` serves the CLI's flags and the library's arguments."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk import cli
from newsdesk.errors import OptionError
from newsdesk.labels import EVERYTHING, NOTHING, InputFormat, Strength
from newsdesk.run import Item
from newsdesk.run.options import UNSET, Options, settle
from newsdesk.run.work import process_chunk


def test_the_cli_and_the_library_build_the_same_options() -> None:
    from_flags = cli.options_of(
        extract=EVERYTHING,
        input_format=cli.InputFlag.text,
        workers=1,
        batch_size=16,
        min_strength=Strength.intention,
        max_chars=5000,
        timeout=3.0,
    )
    from_library = settle(input_format="text", min_strength="intention", max_chars=5000, timeout=3)
    assert from_flags == from_library
    assert from_library.input_format is InputFormat.text
    assert from_library.min_strength is Strength.intention


def test_settings_not_given_keep_the_base() -> None:
    base = Options(extract=NOTHING, workers=3, timeout=2.0, encoding="latin-1")
    assert settle(base) == base
    assert settle(base, workers=UNSET) == base
    # None is a value for workers (every core), not "not given"
    assert settle(base, workers=None).workers is None
    assert settle(base, timeout=5).timeout == 5 and settle(base, timeout=5).workers == 3


def test_a_wrong_label_names_the_allowed_values_in_both() -> None:
    with pytest.raises(OptionError, match="Strength must be one of commitment, intention"):
        settle(min_strength="firm")
    with pytest.raises(OptionError, match="InputFormat must be one of html, text"):
        newsdesk.clean("Some text.", input_format="pdf")


def test_an_analysis_that_fails_still_reports_its_read_and_clean_seconds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsdesk.analysis

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("analysis broke")

    monkeypatch.setattr(newsdesk.analysis, "brief_from_doc", broken)
    items = [Item(0, "a", content="The harbour master said the ferry would sail on Monday.")]
    [outcome] = process_chunk(items, Options())
    assert outcome.failure is not None and outcome.failure.kind == "RuntimeError"
    # the time went to reading and cleaning; the analysis that failed reports none
    assert set(outcome.seconds) == {"read+clean"} and outcome.seconds["read+clean"] >= 0
