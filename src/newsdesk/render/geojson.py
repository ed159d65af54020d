"""GeoJSON: the places of each input as a FeatureCollection."""

from __future__ import annotations

import json

from ..model import Brief, Failure
from . import Terminal


def render(brief: Brief, terminal: Terminal) -> str:
    features: list[dict[str, object]] = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.longitude, p.latitude]}
            if p.latitude is not None and p.longitude is not None
            else None,
            "properties": {
                "name": p.name,
                "kind": p.kind,
                "country_code": p.country_code,
                "geonames_id": p.geonames_id,
                "mentions": len(p.mentions),
                "texts": sorted({m.text for m in p.mentions}),
                "source": brief.article.source,
            },
        }
        for p in brief.places
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def separator(terminal: Terminal) -> str:
    return ""


def failure(failure: Failure) -> str | None:
    return None
