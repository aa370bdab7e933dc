"""Enrichment: the parties (countries, people, organisations) and IPTC topics of an article.

Runs once per input, after every field is decided, on the record's own title, language
and body (``pipeline``).  ``parties.find_parties`` and ``topics.classify`` are the entry
points; the other modules are their steps.
"""
