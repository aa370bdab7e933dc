"""``python -m congo_digital`` runs the ``congo-digital`` command."""

from congo_digital.cli import main

main()
