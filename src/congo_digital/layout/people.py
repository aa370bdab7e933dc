"""The people a layout credits: a meta line's authors and editors, a Chinese editor credit
line, Korean reporter credits, and the list of names kept."""

from __future__ import annotations

import re

from congo_digital.fields.bylines import Byline, editor_credit
from congo_digital.fields.names import is_generic
from congo_digital.record import Contributor
from congo_digital.vocab import entry

_CJK_CREDIT = re.compile(r"^([^\W\d_]{2,6})\s?[：:]\s?([\u4e00-\u9fff、，,\s]{2,24})$")
_CJK_NAME_SPLIT = re.compile(r"[、，,\s]+")
_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
_EMAIL_ONLY = re.compile(r"^\S+@[\w-]+\.\w\S*$")


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


def line_people(byline: Byline, labels: list[str]) -> tuple[list[Contributor], list[Contributor]]:
    """The authors and editors of a meta line whose byline segment reads ``byline`` and
    whose other segments are ``labels`` (``lines.read_meta`` reads the segments apart): the
    byline's own (``bylines.parse_byline`` reads "By A; Editing by B") and those of an
    editor credit printed as a segment of its own ("By A | Edited by B", "By A · Editor:
    B": ``bylines.editor_credit``)."""
    credits = [byline, *(c for lab in labels if (c := editor_credit(lab)) is not None)]
    return [a for c in credits for a in c.authors], [e for c in credits for e in c.editors]


def _suffix_credit(text: str) -> str | None:
    """The name of a Korean reporter credit: a name of two to four Hangul syllables, then a
    role word (``bylines.json`` ``credit_role_suffixes``: "홍길동 기자"), an e-mail may
    follow; else None."""
    words = text.split()
    if len(words) not in (2, 3) or words[1] not in entry("credit_role_suffixes"):
        return None
    if not _HANGUL_NAME.match(words[0]) or (len(words) == 3 and not _EMAIL_ONLY.match(words[2])):
        return None
    return words[0]


def suffix_credits(texts: list[str]) -> list[Contributor]:
    """The reporters of the first run of Korean credit lines among ``texts`` (a page's
    blocks in order): "배윤경 기자" / "bykj@example.kr" / "이상현 기자" ... gives each name once;
    an e-mail line between two credits belongs to the one above.  At most six names; []
    when there is none."""
    out: list[Contributor] = []
    for text in texts:
        name = _suffix_credit(text.strip())
        if name is not None:
            if all(p.name != name for p in out):
                out.append(Contributor(name=name))
            if len(out) == 6:
                break
        elif out and not _EMAIL_ONLY.match(text.strip()):
            break
    return out


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
