"""``--format jsonld``: the record as a schema.org ``NewsArticle`` (JSON-LD), by the README's
mapping: ``title`` headline, ``subtitle`` alternativeHeadline, ``authors`` author,
``editors`` editor, ``date`` datePublished, ``date_modified`` dateModified, ``language``
inLanguage, ``section`` articleSection, ``dateline`` dateline, ``body`` articleBody, ``url``
url, ``site_name`` publisher (an ``Organization``), ``description`` description, ``keywords``
keywords, ``image`` image; ``topics`` are in ``about`` as IPTC ``DefinedTerm``s, and ``parties`` in ``about``
(salience 0.5 or more: what the story is about) or ``mentions`` (the others).  ``source``,
``evidence`` and ``warnings`` have no schema.org name and are left out.  An error record
stays as it is.
"""

from __future__ import annotations

import re
from typing import Any

IPTC_SET = "http://cv.iptc.org/newscodes/mediatopic/"
"""The IPTC Media Topics scheme URI (IPTC NewsCodes, CC BY 4.0)."""
ABOUT_SALIENCE = 0.5


def _contributor(c: dict, organisations: set[str]) -> dict:
    kind = "Organization" if c["name"] in organisations else "Person"
    node: dict[str, Any] = {"@type": kind, "name": c["name"]}
    if c.get("role") and kind == "Person":
        node["jobTitle"] = c["role"]
    return node


def _party(p: dict) -> dict:
    if p["kind"] == "country":
        node: dict[str, Any] = {"@type": "Country", "name": p["name"]}
        if p.get("country"):
            node["identifier"] = p["country"]
        return node
    if p["kind"] == "person":
        node = {"@type": "Person", "name": p["name"]}
        if p.get("role"):
            node["jobTitle"] = p["role"]
        affiliation = p.get("affiliation")
        if affiliation and not re.fullmatch(r"[A-Z]{2}", affiliation):
            node["affiliation"] = {"@type": "Organization", "name": affiliation}
        elif p.get("country"):
            node["affiliation"] = {"@type": "Country", "identifier": p["country"]}
        return node
    node = {"@type": "Organization", "name": p["name"]}
    if p.get("aliases"):
        node["alternateName"] = p["aliases"]
    if p.get("country"):
        node["areaServed"] = {"@type": "Country", "identifier": p["country"]}
    return node


def _topic(t: dict) -> dict:
    return {"@type": "DefinedTerm", "termCode": t["code"], "name": t["label"], "inDefinedTermSet": IPTC_SET,
            "url": IPTC_SET + t["code"].removeprefix("medtop:")}


def to_jsonld(record: dict) -> dict:
    """The ``NewsArticle`` object of ``record`` (a dict as ``parse`` prints it, possibly
    reduced by ``--fields``); nulls and empty lists are left out."""
    if "error" in record:
        return record
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    organisations = {p["name"] for p in record.get("parties", []) if p["kind"] == "organization"}
    simple = (("title", "headline"), ("subtitle", "alternativeHeadline"), ("date", "datePublished"),
              ("date_modified", "dateModified"), ("language", "inLanguage"), ("section", "articleSection"),
              ("description", "description"), ("keywords", "keywords"))
    for key, name in simple:
        if record.get(key):
            out[name] = record[key]
    for key, name in (("authors", "author"), ("editors", "editor")):
        if record.get(key):
            out[name] = [_contributor(c, organisations) for c in record[key]]
    if record.get("dateline"):
        out["dateline"] = record["dateline"]["text"]
    parties = record.get("parties", [])
    about = [_topic(t) for t in record.get("topics", [])]
    about += [_party(p) for p in parties if p["salience"] >= ABOUT_SALIENCE]
    mentions = [_party(p) for p in parties if p["salience"] < ABOUT_SALIENCE]
    if about:
        out["about"] = about
    if mentions:
        out["mentions"] = mentions
    if record.get("body"):
        out["articleBody"] = record["body"]
    if record.get("url"):
        out["url"] = record["url"]
    if record.get("image"):
        out["image"] = record["image"]
    if record.get("site_name"):
        out["publisher"] = {"@type": "Organization", "name": record["site_name"]}
    return out
