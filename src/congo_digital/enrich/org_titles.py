"""Publications whose article is part of their name: "Le Monde", "Le Monde diplomatique",
"El Mundo", "La Stampa".

The names are ``cues.json`` ``article_titles`` (French, Spanish and Italian papers, the
longest first where one opens another: "le monde diplomatique" before "le monde"; no
German paper: German capitalises every noun, "die Zeit" is also "the time"; none that
a country's prose writes with a capital in another sense: "la Nación", the Argentine state,
and "El País", which opens "El País Vasco", the Basque Country, where a later short form of
the paper would be read).
A name is read where its article is printed in either case ("le Monde diplomatique" inside
a French sentence) and the word after the article with a capital ("le monde" is the
world), when the sentence prints no capitalised word after it ("Le Monde Afrique" is
another name) and no picture credit before it ("Photo: Jane Roe Archives Le Devoir"): the article
and the words are one organisation's mention, named as printed with its article
capitalised, so that no later pass reads "Monde Diplomatique" without it as a body or a
person.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.tokens import cue_set, tokenize

Title = tuple[str, ...]


@cache
def _titles() -> dict[str, tuple[Title, ...]]:
    """The names of ``article_titles`` as token norms, by their article, longest first."""
    out: dict[str, list[Title]] = {}
    for name in cue_set("article_titles"):
        key = tuple(t.norm for t in tokenize(name))
        out.setdefault(key[0], []).append(key)
    return {a: tuple(sorted(keys, key=len, reverse=True)) for a, keys in out.items()}


def find_article_titles(c: OrgClaims) -> None:
    """Claim the mentions of the publications of ``article_titles`` (see the module
    docstring): the article and the name's words, in one sentence, none claimed yet, the
    first word after the article capitalised."""
    titles = _titles()
    toks, n = c.toks, len(c.toks)
    norms = c.doc.norms()
    after = 0
    for i in c.doc.starting(titles):
        if i < after or i + 1 >= n or not toks[i + 1].cap or toks[i].ignored:
            continue
        for key in titles[norms[i]]:
            j = i + len(key)
            if j > n or tuple(norms[i:j]) != key or toks[j - 1].sent != toks[i].sent or any(
                    k in c.claimed for k in range(i, j)) or _runs_on(c, j) or _credited(c, i):
                continue
            text = c.doc.span_text(i, j)
            c.claim(c.named(text[:1].upper() + text[1:]), i, j)
            after = j
            break


def _runs_on(c: OrgClaims, j: int) -> bool:
    """A capitalised word of the sentence follows the name ending at ``j``: a longer name
    opens with the same words ("El País Vasco", the Basque Country, is no "El País")."""
    toks = c.toks
    return j < len(toks) and toks[j].cap and toks[j].is_word and toks[j].sent == toks[j - 1].sent


def _credited(c: OrgClaims, i: int) -> bool:
    """The name at ``i`` ends a picture credit ("Photo: Jane Roe Archives Le Devoir"): a
    credit word (``cues.json`` ``credit_markers``) among the six tokens before it in its
    sentence.  The paper there owns a picture; it is no body of the story."""
    toks, markers = c.toks, cue_set("credit_markers")
    return any(toks[k].norm in markers and toks[k].sent == toks[i].sent for k in range(max(0, i - 6), i))


@cache
def _names() -> frozenset[str]:
    """The names of ``article_titles`` as their norms joined by spaces."""
    return frozenset(" ".join(key) for keys in _titles().values() for key in keys)


def whole_title(name: str) -> bool:
    """``name`` is one of the publications of ``article_titles`` (any case): a name of its
    own, never a short form of a longer one ("Le Monde" is no part of "Le Monde
    diplomatique", another paper: ``org_forms.merge``)."""
    if name.split(" ", 1)[0].lower() not in _titles():  # (most names: no article first)
        return False
    return " ".join(t.norm for t in tokenize(name)) in _names()
