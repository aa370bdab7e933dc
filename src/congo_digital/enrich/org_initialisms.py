"""Companies named by an initialism glued before a name shaped like a person's: "JP Morgan
Chase", "JPMorgan Chase" (``find_initialism_names``).  Without this pass the initialism
is read as a word of its own and the rest as a person ("Morgan Chase").

Two shapes, in any language:

* an initialism of two to four capitals, then two or three name words (``org_contexts``
  ``name_word``: capitalised, no role, calendar or common capital) of which the first is
  a known given name (``lexicon.first_name``), and no further capitalised word: "JP Morgan
  Chase".  A title written in capitals stands before people's names too ("PM Boris
  Johnson", "DJ Tim Westwood"): the initialism must be no role, honorific or title
  (``roles.json`` ``title_initialisms``), no common abbreviation (``cues.json``
  ``caps_non_names``, ``stop_capitals``) and follow no number ("10 AM") nor a role's
  modifier ("Former PM Liz Truss"); no mention of the name may carry a person's sign
  (``org_contexts.person_sign``: "Ms", a role, "X, who", "X said he"), its last word must
  never be printed alone (``org_contexts.surname_alone``: "Johnson said", "Mr Johnson"),
  and the name must never be printed without the initialism ("Liz Truss's government");
* a word that opens with an initialism glued to a known given name ("JPMorgan": two
  capitals or more, then the name) and one or two name words after it ("JPMorgan
  Chase"): no person's name is so written (not "CATLs Akkus", a genitive in German).

Every mention of the name so read is claimed, named as first printed.
"""

from __future__ import annotations

import re

from congo_digital.enrich.lexicon import first_name
from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.org_contexts import name_word, person_sign, surname_alone
from congo_digital.enrich.role_titles import is_head
from congo_digital.enrich.tokens import cue_set, role_words

_GLUED = re.compile(r"[A-Z]{2,}([A-Z][a-z]{2,})")  # "JPMorgan" (not "CATLs")
_MAX_AFTER = 3  # the most name words after the initialism


def _name_end(c: OrgClaims, k: int, sent: int) -> int:
    """End of the run of name words (``name_word``) of sentence ``sent`` starting at
    ``k`` (``k`` when none starts there)."""
    j, n = k, len(c.toks)
    while j < n and c.toks[j].sent == sent and name_word(c, j):
        j += 1
    return j


def _initialism(c: OrgClaims, i: int) -> bool:
    """Token ``i`` is an initialism that may open a company's name: two to four capital
    letters, unclaimed, in no country's mention, no role word, honorific or common
    abbreviation, after no number."""
    t = c.toks[i]
    if not (t.upper and t.text.isalpha() and 2 <= len(t.text) <= 4) or i in c.claimed or i in c.country_tok:
        return False
    if is_head(t) or t.norm in role_words("honorifics") or t.norm in role_words("modifiers") or (
            t.norm in role_words("title_initialisms")):
        return False
    if t.norm in cue_set("caps_non_names") or t.norm in cue_set("stop_capitals"):
        return False
    return not (i > 0 and c.toks[i - 1].text[:1].isdigit())


def _spaced_names(c: OrgClaims) -> list[tuple[int, int]]:
    """The names of the first shape ("JP Morgan Chase"): ``(start, end)``."""
    toks, out = c.toks, []
    for i in c.uppers():
        if i + 2 >= len(toks) or not first_name(toks[i + 1].norm) or not _initialism(c, i):
            continue
        j = _name_end(c, i + 1, toks[i].sent)
        if 2 <= j - i - 1 <= _MAX_AFTER and not (j < len(toks) and toks[j].cap and toks[j].sent == toks[i].sent):
            out.append((i, j))
    return out


def _glued_names(c: OrgClaims) -> list[tuple[int, int]]:
    """The names of the second shape ("JPMorgan Chase"): ``(start, end)``."""
    toks, out = c.toks, []
    for i in c.doc.capitalised():
        t = toks[i]
        if t.upper or not t.text[1:2].isupper() or i in c.claimed:
            continue
        glued = _GLUED.fullmatch(t.text)
        if glued is None or not first_name(glued.group(1).casefold()):
            continue
        j = _name_end(c, i + 1, t.sent)
        if 1 <= j - i - 1 <= _MAX_AFTER - 1:
            out.append((i, j))
    return out


def _forms(c: OrgClaims, spans: list[tuple[int, int]]) -> dict[tuple[str, ...], list[int]]:
    """The names' token forms and the starts of their mentions, in the text's order."""
    out: dict[tuple[str, ...], list[int]] = {}
    norms = c.doc.norms()
    for i, j in spans:
        out.setdefault(tuple(norms[i:j]), []).append(i)
    return out


def _modified(c: OrgClaims, i: int) -> bool:
    """A role's modifier stands right before the initialism at ``i`` ("Former PM")."""
    return i > 0 and c.toks[i - 1].norm in role_words("modifiers") and c.toks[i - 1].sent == c.toks[i].sent


def _bare(c: OrgClaims, form: tuple[str, ...]) -> bool:
    """The name of ``form`` without its initialism is printed somewhere with no
    initialism right before it ("Liz Truss's government" beside "PM Liz Truss")."""
    toks, norms, rest = c.toks, c.doc.norms(), form[1:]
    return any(tuple(norms[k : k + len(rest)]) == rest and not (k > 0 and toks[k - 1].upper)
               for k in c.doc.where().get(rest[0], ()))


def find_initialism_names(c: OrgClaims) -> None:
    """Claim the companies named by an initialism glued before a name shaped like a
    person's (see the module's text), every mention of each."""
    spaced = _forms(c, _spaced_names(c))
    glued = _forms(c, _glued_names(c))
    for form, starts in spaced.items():
        size = len(form)
        if any(person_sign(c, i, i + size) or _modified(c, i) for i in starts) or surname_alone(c, form) or (
                _bare(c, form)):
            continue
        _claim(c, form, starts)
    for form, starts in glued.items():
        _claim(c, form, starts)


def _claim(c: OrgClaims, form: tuple[str, ...], starts: list[int]) -> None:
    """One organisation for the name ``form`` printed at ``starts``."""
    org = c.named(c.doc.span_text(starts[0], starts[0] + len(form)))
    for i in starts:
        c.claim(org, i, i + len(form))
