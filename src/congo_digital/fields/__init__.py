"""The record's fields: how each is read from a string and how one value is chosen.

One module per field decides among the candidates that ``layout`` and ``html`` extract:
``title``, ``authors`` (with ``bylines``, the byline reader), ``dates`` (with
``dateparse`` and ``datewords``, the readers), ``section`` and ``language``; ``common``
holds what they share.  Nothing here knows a page's structure.
"""
