"""The name recogniser of the parties pass, a pluggable stage.

* ``rules`` (the default, no download): capitalised runs read with lexical data
  (``people_names``, ``lexicon``: word frequencies, given names, cities and
  subdivisions; ``org_*``: known bodies, name forms);
* ``spacy``: a spaCy pipeline installed for the article's language
  (``pip install "congo-digital[spacy]"`` and a pipeline such as ``fr_core_news_sm``;
  the pipelines tried per language are in ``data/recognisers.json``).  It finds names,
  the rules decide the actors (``party_actors``): its person label is a sign that a
  capitalised run is a person's name (the rules' other signs: a given name, an honorific,
  an age, a role), and with it a run needs one such sign; its person spans add the names
  that no run covers; its organisation and place spans take runs from the people and
  add organisation candidates (``party_context.recognised`` sets aside the spans small
  pipelines get wrong).

``choose(language, wanted)`` picks one: ``wanted`` is ``"auto"`` (spaCy when a pipeline
for the language is installed, else the rules), ``"rules"`` or ``"spacy"`` (spaCy, else
the rules); ``None`` reads ``CONGO_DIGITAL_RECOGNISER`` from the environment (default
``auto``).  spaCy is imported only when a pipeline is found, and each pipeline is
loaded once per process.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import Any, Literal

from congo_digital.bcp47 import primary_subtag
from congo_digital.enrich.tokens import plain_marks
from congo_digital.plain import Frozen
from congo_digital.vocab import load_json

ENV = "CONGO_DIGITAL_RECOGNISER"
Label = Literal["person", "org", "place"]
_set = object.__setattr__  # (a frozen value's fields are set so, once: ``plain.Frozen``)


class NameSpan(Frozen):
    """A name found by a statistical recogniser: ``[start, end)`` character offsets into
    the body, and its ``label``."""

    __slots__ = FIELDS = ("start", "end", "label")

    def __init__(self, start: int, end: int, label: Label) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "label", label)


class Recogniser(Frozen):
    """The recogniser used for one article: ``name`` as the record prints it ("rules" or
    "spacy:fr_core_news_sm") and, for spaCy, the pipeline's package name."""

    __slots__ = FIELDS = ("name", "pipeline")

    def __init__(self, name: str, pipeline: str | None = None) -> None:
        _set(self, "name", name)
        _set(self, "pipeline", pipeline)

    def spans(self, body: str) -> list[NameSpan] | None:
        """The names in ``body`` (``None`` for the rules, which read the body
        themselves).  The pipeline reads each paragraph (blank-line separated) apart, so
        no name runs over a paragraph's end ("Bundesliga\n\nAbogado"), with typographic
        apostrophes as ASCII ones (``tokens.plain_marks``: the pipelines were trained on
        "l'", and read "l’", "n’", "qu’" as names); offsets stay offsets into ``body``."""
        if self.pipeline is None:
            return None
        labels = load_json("recognisers.json")["spacy_labels"]
        starts, texts = [], []
        at = 0
        for part in body.split("\n\n"):
            if part.strip():
                starts.append(at)
                texts.append(plain_marks(part))
            at += len(part) + 2
        out = []
        for start, doc in zip(starts, _load(self.pipeline).pipe(texts), strict=True):
            for ent in doc.ents:
                label = labels.get(ent.label_)
                if label:
                    out.append(NameSpan(start + ent.start_char, start + ent.end_char, label))
        return out


RULES = Recogniser("rules")


@cache
def _installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


@cache
def _load(package: str) -> Any:
    """The pipeline ``package`` with only its entity recogniser running, and the shared
    embedding (tok2vec, transformer) the recogniser listens to when it has none of its own:
    the tagger, parser and lemmatizer cost two thirds of the time and no name."""
    import spacy  # optional extra: imported only when a pipeline is used

    nlp = spacy.load(package)
    keep = ["ner"] + [name for name, pipe in nlp.pipeline
                      if "ner" in getattr(pipe, "listening_components", ())]
    nlp.select_pipes(enable=keep)
    return nlp


CHOICES = ("auto", "rules", "spacy")
"""The values ``CONGO_DIGITAL_RECOGNISER`` (and ``choose``'s ``wanted``) may take."""


def env_problem() -> str | None:
    """The usage message when ``CONGO_DIGITAL_RECOGNISER`` is set to no recogniser of
    ``CHOICES`` (case and spaces aside), or to ``spacy`` when spaCy is not installed (an
    optional extra not installed), else ``None``: the command line refuses the run (exit 2)
    instead of failing every input as an internal error, or of using the rules unsaid."""
    value = os.environ.get(ENV)
    if _wanted(value) == "spacy" and not _installed("spacy"):  # asked for by name: not left to the rules unsaid
        return (f"{ENV}={value!r} needs spaCy, which is not installed: pip install \"congo-digital[spacy]\" "
                "and a pipeline (or set it to auto or rules).")
    if _wanted(value) in CHOICES:
        return None
    return f"{ENV}={value!r} names no recogniser; set it to auto, rules or spacy (or unset it)."


def _wanted(value: str | None) -> str:
    """A recogniser's name as given (the argument, else ``CONGO_DIGITAL_RECOGNISER``), read
    as ``choose`` reads it: case and spaces aside, ``"auto"`` when unset or empty."""
    return (value or "auto").strip().lower()


def choose(language: str | None, wanted: str | None = None) -> Recogniser:
    """The recogniser for an article in ``language`` (BCP 47 tag or ``None``); see the
    module docstring for ``wanted``.  Raises ``ValueError`` for another ``wanted``."""
    wanted = _wanted(wanted or os.environ.get(ENV))
    if wanted not in CHOICES:
        raise ValueError(f"recogniser must be auto, rules or spacy, not {wanted!r}")
    if wanted == "rules" or not language or not _installed("spacy"):
        return RULES
    base = primary_subtag(language)
    for package in load_json("recognisers.json")["spacy_pipelines"].get(base, ()):
        if _installed(package):
            return Recogniser(f"spacy:{package}", package)
    return RULES
