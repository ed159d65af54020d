"""GeoJSON: the places of the whole run as one FeatureCollection (`collect.GeoJsonWriter`),
features written as the records come, each with its article's `source` (and `id`); a place
without coordinates has a null geometry, as RFC 7946 allows."""

from __future__ import annotations

import json

from newsdesk.model import Brief, Failure
from newsdesk.render import Layout, Terminal
from newsdesk.render.collect import feature_collection
from newsdesk.render.documents import Collected
from newsdesk.render.sanitize import json_safe


def render(brief: Brief, terminal: Terminal) -> str:
    """One input's places as a FeatureCollection of their own."""
    collection = feature_collection([brief.to_dict()])
    return json_safe(json.dumps(collection, ensure_ascii=False, indent=2)) + "\n"


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return None


def document(terminal: Terminal, layout: Layout) -> Collected:
    return Collected("geojson", layout)
