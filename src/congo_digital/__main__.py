"""``python -m congo_digital`` runs the ``congo-digital`` command."""

from congo_digital.cli.entry import run_congo_digital

run_congo_digital()
