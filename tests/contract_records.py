"""A hand-made JSON contract record (a brief), for the tests of what renders records:
the HTML report, the tables and the documents (no model needed)."""

from __future__ import annotations

from typing import Any

TEXT = (
    "Mayor Ines Okafor said on Monday that Lisbon will reopen the old ferry terminal.\n\n"
    "The Harbour Board plans to hire forty pilots, Okafor added."
)


def mention(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def brief(text: str = TEXT, place: str = "Lisbon", **extra: Any) -> dict[str, Any]:
    """A brief of `text`; people, places, organisations and commitments not given in
    `extra` are those of TEXT (so `text` must hold their names)."""
    record: dict[str, Any] = {
        "source": "notes/ferry.txt",
        "title": "Ferry terminal to reopen",
        "published": "2024-05-06",
        "authors": ["A. Writer"],
        "publisher": None,
        "language": "en",
        "tags": [],
        "input_format": "text",
        "text": text,
        "removed": [
            {
                "text": "Subscribe now",
                "reason": "subscription prompt",
                "cause": "subscription_prompt",
            },
            {"text": "Share this", "reason": "share bar", "cause": "share_bar"},
        ],
        "repairs": [],
        "model": "test",
        "people": [
            {
                "name": "Ines Okafor",
                "aliases": ["Okafor"],
                "role": "Mayor",
                "mentions": [mention(text, "Ines Okafor"), mention(text, "Okafor", 1)],
            }
        ],
        "places": [
            {
                "name": place,
                "kind": "city",
                "country_code": "PT",
                "latitude": 38.72,
                "longitude": -9.14,
                "geonames_id": 2267057,
                "mentions": [mention(text, place)],
            }
        ],
        "organizations": [
            {"name": "Harbour Board", "aliases": [], "mentions": [mention(text, "Harbour Board")]}
        ],
        "commitments": [
            {
                "actors": ["Harbour Board"],
                "actor_text": "The Harbour Board",
                "trigger": "plans to",
                "action": "hire forty pilots",
                "strength": "intention",
                "negated": False,
                "conditional": None,
                "time": None,
                "attribution": {"text": "Ines Okafor", "kind": "reported"},
                "sentence": "The Harbour Board plans to hire forty pilots, Okafor added.",
                "start": text.index("The Harbour"),
                "end": len(text),
                "confidence": 0.8,
                "trigger_start": text.index("plans to"),
                "trigger_end": text.index("plans to") + len("plans to"),
                "trigger_parts": [mention(text, "plans to")],
            }
        ],
        "warnings": [],
    }
    record.update(extra)
    return record
