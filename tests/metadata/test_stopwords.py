"""The stop-word lists and the byline's non-names live in data/meta-words.json, read once;
the language detection and the author cleaning read them from there. Every sentence here is
written for these tests."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsdesk.read import meta

# One short news sentence per stop-word language: its function words name it.
SENTENCES = {
    "en": "The council approved a new budget for the schools on Tuesday, and the work is due "
    "to start in the spring with the first results expected by the end of the year.",
    "es": "El ayuntamiento aprobó el martes su nuevo presupuesto para las escuelas y los "
    "caminos del barrio, como lo pidieron los vecinos por carta al alcalde.",
    "pt": "A câmara aprovou na terça-feira um novo orçamento para as escolas e os caminhos "
    "da cidade, que não vai começar antes da primavera, segundo o presidente.",
    "fr": "Le conseil municipal a adopté mardi un nouveau budget pour les écoles et les "
    "routes de la ville, qui entrera en vigueur dans le courant du printemps.",
    "de": "Der Stadtrat hat am Dienstag einen neuen Haushalt für die Schulen und die "
    "Straßen der Stadt beschlossen, der im Frühjahr in Kraft tritt und nicht verschoben wird.",
    "it": "Il consiglio comunale ha approvato martedì un nuovo bilancio per le scuole e le "
    "strade della città, che entrerà in vigore con l'arrivo della primavera.",
    "nl": "De gemeenteraad heeft dinsdag een nieuwe begroting voor de scholen en de wegen "
    "van de stad aangenomen, die in het voorjaar van kracht wordt.",
    "id": "Dewan kota pada hari Selasa menyetujui anggaran baru untuk sekolah dan jalan yang "
    "akan mulai berlaku pada musim semi, dan hasil pertama juga akan terlihat dalam tahun ini.",
}


@pytest.mark.parametrize(("language", "sentence"), sorted(SENTENCES.items()))
def test_a_sentence_is_named_by_its_function_words(language: str, sentence: str) -> None:
    assert meta.detect_language(sentence) == language


def test_without_its_stop_words_a_sentence_is_not_named() -> None:
    # the same English sentence with its function words taken out names no language
    stripped = " ".join(
        w for w in SENTENCES["en"].split() if w.strip(",.").lower() not in meta._STOPWORDS["en"]
    )
    assert meta.detect_language(stripped) is None


def test_the_lists_are_the_data_file_read_once() -> None:
    data = json.loads(
        resources.files("newsdesk").joinpath("data/meta-words.json").read_text("utf-8")
    )
    assert {k: frozenset(v) for k, v in data["stopwords"].items()} == meta._STOPWORDS
    assert list(data["stopwords"]) == list(meta._STOPWORDS) == list(SENTENCES)
    assert frozenset().union(*meta._STOPWORDS.values()) == meta.ALL_STOPWORDS
    assert frozenset(data["not_names"]) == meta._NOT_NAMES
    assert set(data["_about"]) == {"stopwords", "not_names"}
    for words in [*data["stopwords"].values(), data["not_names"]]:
        assert len(words) == len(set(words)) and all(w == w.lower() for w in words)
    assert meta._word_lists() is meta._word_lists()  # cached: one read


def test_a_byline_of_an_agency_or_a_role_names_no_author() -> None:
    assert meta.clean_authors(["By Staff Writer", "Associated Press", "Ana Costa"]) == ["Ana Costa"]
