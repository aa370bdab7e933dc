"""Organisation mentions: international bodies, acronyms defined in parentheses, and
companies or national bodies recognised by their name's form or by how they are introduced.

Sources: ``data/organizations.json`` (SupraVerden, CC BY-SA 4.0; EN/FR names and
acronyms) and ``data/organizations_extra.json`` (project data: a few international and
African bodies the source lacks, e.g. CAF, World Athletics, Gavi, AfCFTA Secretariat).
Acronyms match only as printed (case-sensitive, whole tokens); French acronyms only in
French (or undetermined-language) text.  Name keywords ("Bank", "Group", "GmbH", "Club")
and type nouns ("the company X", "X, a Ghanaian start-up") come from ``data/cues.json``.

Modules: ``org_index`` (the known bodies' names and acronyms), ``org_claims`` (the
organisations of one article and the tokens they claim), and the passes in the order
``run`` calls them: ``org_acronyms`` (known bodies, "Full Name (ACR)"), ``org_titles``
(publications whose article is part of their name: "Le Monde"), ``org_named``
(names by their form or introduction), ``org_romance`` (French, Spanish, Portuguese,
Italian names after an article: "la Guardia Civil"), ``org_lists`` (names listed after a plural type
noun), ``org_employers`` (a body before a role and its holder: "Meta spokesperson Andy Stone"),
``org_initialisms`` (an initialism glued before a name shaped like a person's: "JP Morgan Chase"),
``org_contexts`` (names shaped like a person's in contexts only a body takes: "analysts at
Morgan Stanley", "shares in Harland Wolff"), ``org_branches`` (a union's "Local 90"),
``org_forms`` (ALL-CAPS names, later mentions by part of a name, merging), ``org_single`` (one-word companies that act),
``org_brands`` (lower-case company names: "flydubai"), ``org_initials`` (an undefined
acronym spelling a name found), ``org_military`` (a state's armed
forces called "the army" after their name).
"""

from __future__ import annotations

from congo_digital.enrich.org_acronyms import find_defined, find_known
from congo_digital.enrich.org_branches import find_branches
from congo_digital.enrich.org_brands import find_lower_brands, find_lower_heads
from congo_digital.enrich.org_claims import Org, OrgClaims, quoted_form
from congo_digital.enrich.org_contexts import find_context_names
from congo_digital.enrich.org_employers import find_employers
from congo_digital.enrich.org_forms import find_caps, find_short_forms, merge
from congo_digital.enrich.org_initialisms import find_initialism_names
from congo_digital.enrich.org_initials import find_initials
from congo_digital.enrich.org_lists import find_typed_lists
from congo_digital.enrich.org_military import find_military_nouns
from congo_digital.enrich.org_named import find_named
from congo_digital.enrich.org_romance import find_romance_names
from congo_digital.enrich.org_single import find_single
from congo_digital.enrich.org_titles import find_article_titles
from congo_digital.enrich.tokens import cue_set, norm
from congo_digital.vocab import phrase_set

__all__ = ["Org", "OrgFinder"]

class OrgFinder(OrgClaims):
    """Collect organisations in a document (see the module docstring for the rules);
    ``claimed`` maps each token of a mention to its organisation."""

    recognised: list[tuple[int, int]] = []  # organisation spans of a statistical recogniser

    def _quoted(self, form: tuple[str, ...]) -> bool:
        """The text prints the name ``form`` (norms) in quotation marks somewhere ("los
        'Diablos Rojos'", "« Sur del Mundo »"): a nickname, an event or a work's title."""
        return quoted_form(self.toks, form)

    def _add_recognised(self) -> None:
        """An organisation for each recogniser span none of whose tokens is claimed yet,
        that is no country, that opens and ends with a capitalised word, and that is two
        words or an acronym, merged with the same name found before.  A span printing an
        acronym or a name form of an organisation already found is left to the later passes,
        which give it to that organisation ("l'ARECOMS" after "Autorité ... (ARECOMS)").  A
        news agency (``agencies.json``: "AFP", "Reuters") is a media outlet, a cited
        source and no party, as the rules' media names are; a name the text also prints in
        quotation marks (``_quoted``) is no organisation's: small pipelines label
        nicknames ("los 'Diablos Rojos'"), events and titles organisations."""
        toks = self.toks
        for i, j in self.recognised:
            if any(k in self.claimed or k in self.country_tok for k in range(i, j)):
                continue
            form = tuple(t.norm for t in toks[i:j])
            if any(form in o.forms or toks[i].text in o.acronyms and j - i == 1 for o in self.orgs):
                continue
            if self._quoted(form):
                continue
            if not (toks[i].cap and toks[j - 1].cap and toks[i].is_word) or any(
                    "\xad" in t.text for t in toks[i:j]) or j - i == 1 and not toks[i].upper:
                continue  # one word: the rules' own passes read those (a surname is no body)
            name = " ".join(self.doc.span_text(i, j).split())
            org = self.same_name(name)
            if org is None:
                org = self.add_org(name)
                org.media = norm(name) in phrase_set("agencies")
            self.claim(org, i, j)

    def run(self) -> list[Org]:
        """Run all passes; return organisations with at least one mention, in the order
        found, each with its mentions in text order; none named by a common abbreviation
        (``cues.json`` ``caps_non_names``: "HDTV", "JSON") unless known or a news agency."""
        find_known(self)
        find_article_titles(self)
        find_defined(self)
        find_named(self)
        find_romance_names(self)
        find_typed_lists(self)
        find_employers(self)
        find_initialism_names(self)
        find_context_names(self)
        self._add_recognised()
        find_lower_heads(self)
        find_branches(self)
        find_short_forms(self)
        find_caps(self)
        find_single(self)
        find_lower_brands(self)
        merge(self)
        find_initials(self)
        find_short_forms(self)
        find_military_nouns(self)
        for o in self.orgs:
            o.mentions.sort()
        common = cue_set("caps_non_names")
        return [o for o in self.orgs if o.mentions and (o.known or o.media or norm(o.name) not in common)]
