"""``python -m newsift`` is the ``newsift`` command."""

from newsift.cli import main

main()
