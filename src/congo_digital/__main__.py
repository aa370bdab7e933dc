"""``python -m congo_digital`` runs the ``congo-digital`` command."""

from congo_digital.cli.entry import congo_digital

congo_digital()
