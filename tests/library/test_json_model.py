"""Review 13, F13: the developer's JSON model. Every record states its schema version and
the newsdesk version; `to_dict()` gives plain JSON values (a label's value, never the enum)
typed by TypedDicts that `mypy --strict` indexes; docs/schema.json is what
scripts/build_schema.py generates, and real records validate against it; the docs name the
current API and their `process_chunk` example runs."""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import io
import json
import re
import typing
from enum import Enum
from pathlib import Path
from types import ModuleType

import pytest

import newsdesk
from newsdesk import model
from newsdesk.labels import Cause, InputFormat, PlaceKind, RepairKind, Strength
from project_paths import ROOT

SCHEMA_FILE = ROOT / "docs" / "schema.json"
TEXT = (
    "Harbour plan approved\n\n"
    "The council of Oban in Scotland approved the harbour plan on Monday after a long debate.\n\n"
    'Mayor Dana Whitlock said: "We will open the new quay next spring."\n\n'
    "The Ellery Boatmen's Guild pledged to repaint the old lighthouse by June.\n"
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_schema", ROOT / "scripts" / "build_schema.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def analyzed() -> newsdesk.Brief:
    return newsdesk.analyze(TEXT, url="https://example.org/harbour")


def _mention(text: str) -> model.Mention:
    return model.Mention(text, 0, len(text))


def _built() -> model.Brief:
    """A brief built by hand with every label the records hold."""
    article = model.Article(
        source="quay.txt",
        title="Quay",
        published="2026-03-02",
        authors=["A. Writer"],
        publisher=None,
        language="en",
        tags=[],
        text="Quay text.",
        input_format=InputFormat.text,
        removed=[model.Removed("Share this", "share bar", Cause.share_bar)],
        repairs=[model.Repair(RepairKind.doubled_punctuation, "..", ".", 0)],
    )
    commitment = model.Commitment(
        actors=["Port Ellery"],
        actor_text="the town",
        trigger="will",
        action="open",
        strength=Strength.intention,
        negated=False,
        conditional=None,
        time=model.TimeExpression("next spring", None),
        attribution=model.Attribution("Dana Whitlock", "direct quote"),
        sentence="Quay text.",
        start=0,
        end=10,
        confidence=0.5,
        trigger_start=0,
        trigger_end=4,
        action_start=5,
        action_end=9,
        trigger_parts=[_mention("Quay")],
    )
    place = model.Place("Port Ellery", PlaceKind.city, "GB", 50.1, -5.2, 123, [_mention("Quay")])
    return model.Brief(
        article,
        model="test-model",
        people=[model.Person("Dana Whitlock", [], "Mayor", [_mention("Quay")])],
        places=[place],
        organizations=[model.Organization("Guild", [], [_mention("Quay")])],
        commitments=[commitment],
        id="007",
    )


def _walk(value: object) -> typing.Iterator[object]:
    yield value
    if isinstance(value, dict):
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


# --- plain values, versions ---------------------------------------------------------------


def test_to_dict_holds_no_enum() -> None:
    for record in (_built().to_dict(), _built().article.to_dict()):
        enums = [v for v in _walk(record) if isinstance(v, Enum)]
        assert enums == []
    record = _built().to_dict()
    assert type(record["commitments"][0]["strength"]) is str
    assert record["commitments"][0]["strength"] == "intention"
    assert type(record["places"][0]["kind"]) is str
    assert type(record["input_format"]) is str
    assert type(record["removed"][0]["cause"]) is str
    assert type(record["repairs"][0]["kind"]) is str
    assert repr(record["commitments"][0]["strength"]) == "'intention'"


def test_every_record_states_its_versions() -> None:
    brief = _built()
    failure = model.Failure("gone.txt", "InputNotFoundError", "gone.txt: no such file", id="9")
    clean_only = model.Brief(brief.article)
    for record in (
        brief.to_dict(),
        clean_only.to_dict(),
        brief.article.to_dict(),
        failure.to_dict(),
    ):
        assert record["schema"] == model.SCHEMA_VERSION == 1
        assert record["newsdesk_version"] == newsdesk.__version__


def test_record_keeps_its_order_id_first_versions_then_warnings() -> None:
    keys = list(_built().to_dict())
    assert keys[0] == "id" and keys[1] == "source"
    assert keys[-3:] == ["schema", "newsdesk_version", "warnings"]  # warnings last, as before
    assert list(model.Failure("x", "K", "x: m").to_dict())[:3] == ["source", "error", "kind"]


def test_typeddicts_have_the_records_fields() -> None:
    """Each item TypedDict names exactly its dataclass's fields, so the schema follows the
    records."""
    pairs = [
        (model.Mention, model.MentionDict),
        (model.Removed, model.RemovedDict),
        (model.Repair, model.RepairDict),
        (model.Person, model.PersonDict),
        (model.Organization, model.OrganizationDict),
        (model.Place, model.PlaceDict),
        (model.TimeExpression, model.TimeDict),
        (model.Attribution, model.AttributionDict),
        (model.Commitment, model.CommitmentDict),
    ]
    for record, typed in pairs:
        assert [f.name for f in dataclasses.fields(record)] == list(typing.get_type_hints(typed))
    assert set(_built().to_dict()) <= set(typing.get_type_hints(model.BriefDict))


def test_typeddicts_are_exported() -> None:
    for name in (
        "BriefDict",
        "ArticleDict",
        "PersonDict",
        "PlaceDict",
        "CommitmentDict",
        "FailureDict",
    ):
        assert name in newsdesk.__all__
        assert getattr(newsdesk, name) is getattr(model, name)


# --- docs/schema.json -------------------------------------------------------------------


def test_shipped_schema_is_what_the_script_generates() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == _script().text()


def test_schema_lists_the_labels_values() -> None:
    defs = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["$defs"]
    assert defs["CommitmentDict"]["properties"]["strength"]["enum"] == [s.value for s in Strength]
    assert defs["PlaceDict"]["properties"]["kind"]["enum"] == [*(k.value for k in PlaceKind), None]
    assert defs["BriefDict"]["properties"]["schema"] == {"const": model.SCHEMA_VERSION}
    assert "id" not in defs["BriefDict"]["required"]
    assert "source" in defs["BriefDict"]["required"]


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}


def _errors(
    value: object, schema: dict[str, typing.Any], root: dict[str, typing.Any], at: str = "$"
) -> list[str]:
    """What is wrong with `value` under the subset of JSON Schema docs/schema.json uses ($ref,
    type, enum, const, anyOf, oneOf, properties, required, items); jsonschema is not a
    dependency."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return _errors(value, root["$defs"][name], root, at)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            passing = [o for o in schema[key] if not _errors(value, o, root, at)]
            wanted = 1 if key == "oneOf" else len(passing) or 1
            return [] if len(passing) == wanted and passing else [f"{at}: not {key} of its options"]
    out: list[str] = []
    if "type" in schema:
        kinds = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        allowed = tuple(t for k in kinds for t in _JSON_TYPES[k])
        if not isinstance(value, allowed) or (isinstance(value, bool) and "boolean" not in kinds):
            return [f"{at}: {type(value).__name__} is not {kinds}"]
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{at}: {value!r} not in {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        out.append(f"{at}: {value!r} is not {schema['const']!r}")
    if isinstance(value, dict):
        out += [f"{at}: no {k}" for k in schema.get("required", []) if k not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                out += _errors(value[key], sub, root, f"{at}.{key}")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            out += _errors(item, schema["items"], root, f"{at}[{n}]")
    return out


def _schema() -> dict[str, typing.Any]:
    loaded: dict[str, typing.Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def test_real_records_validate(analyzed: newsdesk.Brief) -> None:
    schema = _schema()
    record = json.loads(json.dumps(analyzed.to_dict()))
    assert record["people"] and record["places"] and record["commitments"]  # something to check
    assert _errors(record, schema, schema) == []
    for other in (
        _built().to_dict(),
        newsdesk.clean(TEXT).to_dict(),
        model.Failure("gone.txt", "InputNotFoundError", "gone.txt: no such file").to_dict(),
    ):
        assert _errors(json.loads(json.dumps(other)), schema, schema) == []


def test_the_check_catches_a_broken_record(analyzed: newsdesk.Brief) -> None:
    """The validation above can fail: a missing field, a wrong type, an unknown label."""
    schema = _schema()
    record = json.loads(json.dumps(analyzed.to_dict()))
    del record["text"]
    assert _errors(record, schema, schema)
    record = json.loads(json.dumps(analyzed.to_dict()))
    record["commitments"][0]["strength"] = "promise"
    assert _errors(record, schema, schema)
    record = json.loads(json.dumps(analyzed.to_dict()))
    record["people"][0]["mentions"][0]["start"] = "3"
    assert _errors(record, schema, schema)


def test_cli_record_validates(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    page = tmp_path / "harbour.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(page), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    schema = _schema()
    record = json.loads(result.stdout.splitlines()[0])
    assert record["schema"] == 1
    assert _errors(record, schema, schema) == []


# --- mypy --strict on the README's pattern ---------------------------------------------

README_PATTERN = """\
from pathlib import Path

import newsdesk

brief = newsdesk.analyze(Path("dump.txt"), published="2024-02-28", title="…", url="https://…")
d = brief.to_dict()  # the JSON the CLI prints
for p in d["people"]:
    print(p["name"], p["role"], p["mentions"][0]["start"] + 1)
for c in d["commitments"]:
    print(c["strength"].upper(), ", ".join(c["actors"]), c["time"]["text"] if c["time"] else "")
for place in d["places"]:
    print(place["name"], (place["latitude"] or 0.0) + 1.0)
print(d["schema"] + 0, d["newsdesk_version"].split("."), d["source"].upper())
"""


def test_readme_pattern_passes_mypy_strict(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "user_script.py"
    script.write_text(README_PATTERN, encoding="utf-8")
    out, err, status = api.run(
        ["--strict", "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", str(script)]
    )
    assert status == 0, out + err


# --- docs -----------------------------------------------------------------------------


def test_commitments_doc_names_the_current_record() -> None:
    text = (ROOT / "docs" / "commitments.md").read_text(encoding="utf-8")
    assert "Analysis.article.text" not in text


def test_architecture_process_chunk_example_runs() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text[text.index("`process_chunk`\n") :]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "docs/architecture.md has no process_chunk example"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(blocks[0], "docs/architecture.md", "exec"), {"__name__": "docs_example"})
    lines = printed.getvalue().splitlines()
    assert [ln.split()[:2] for ln in lines] == [["partition-0:0", "1"], ["partition-0:1", "1"]]
    # the first row holds an undertaking the analysis finds
    assert int(lines[0].split()[2]) >= 1
