"""The people a layout credits: a Chinese editor credit line, and the list of names kept."""

from __future__ import annotations

import re

from congo_digital.fields.names import is_generic
from congo_digital.record import Contributor
from congo_digital.vocab import entry

_CJK_CREDIT = re.compile(r"^([^\W\d_]{2,6})\s?[：:]\s?([\u4e00-\u9fff、，,\s]{2,24})$")
_CJK_NAME_SPLIT = re.compile(r"[、，,\s]+")


def cjk_credit(text: str) -> list[Contributor]:
    """The names of a Chinese credit line: "责任编辑：焦鹏", "(责编：牛镛、岳弘彬)" (labels:
    ``data/bylines.json``'s ``cjk_credit_labels``); each name is two to four CJK characters,
    at most four names.  Returns [] when ``text`` is not one."""
    text = text.strip(" ()（）[]【】")
    if len(text) > 60 or not text.startswith(tuple(entry("cjk_credit_labels"))):
        return []
    m = _CJK_CREDIT.match(text)
    names = [n for n in _CJK_NAME_SPLIT.split(m.group(2)) if n] if m else []
    if names and len(names) <= 4 and all(2 <= len(n) <= 4 for n in names):
        return [Contributor(name=n) for n in names]
    return []


def dedupe_people(people: list[Contributor]) -> list[Contributor]:
    """``people`` in order, each name once (compared case-folded), credits that name
    nobody ("Staff Reporter", "La Rédaction": ``fields.bylines.is_generic``) left out."""
    seen: set[str] = set()
    out: list[Contributor] = []
    for p in people:
        key = p.name.casefold()
        if key in seen or is_generic(p.name):
            continue
        seen.add(key)
        out.append(p)
    return out
