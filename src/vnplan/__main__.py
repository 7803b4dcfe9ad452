"""``python -m vnplan`` runs the command line."""

import sys

from vnplan.cli import main

sys.exit(main())
