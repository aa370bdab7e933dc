"""Parsing many inputs: one input's run under a time budget (``task``) and the process pool
that runs them in order with bounded memory (``pool``).

Layer: above ``pipeline``, below ``api`` and ``cli`` (which both use it); it imports
neither of them.
"""
