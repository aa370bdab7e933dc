"""Parsing many inputs: one input's run under a time budget (``task``) and the process pool
that runs them in order with bounded memory (``pool``); the inputs of WARC files (``warc``),
Parquet output (``parquet``), one Dask partition's work (``bag``), the optional extras
(``extras``) and files written atomically (``output``).

Layer: above ``pipeline``, below ``api`` and ``cli`` (which both use it); it imports
neither of them.
"""
