"""congo-digital: parse the raw text or HTML of a news article into a typed record.

Public API: ``parse_bytes(data, path=None) -> Article`` and ``parse_path(path) -> Article``
(``congo_digital.pipeline``), the record model (``congo_digital.model``) and the errors
(``congo_digital.errors``).
"""

__version__ = "0.1.0"
