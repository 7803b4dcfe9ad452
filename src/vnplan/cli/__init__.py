"""The ``vnplan`` command.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` (a function
taking the parsed arguments and returning an exit code). This module only
composes them; the CLI calls public vnplan functions and nothing else.

Exit codes: 0 success, 1 some inputs failed (each reported on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from vnplan import __version__

__all__ = ["main", "run"]

#: Modules in this package that provide a subcommand, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = ("parse", "schedule")

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="vnplan",
        description="Vietnamese official documents: parse, convert and schedule.",
    )
    parser.add_argument("--version", action="version", version=f"vnplan {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"vnplan.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    return handler(args)


def run() -> None:
    """Console-script entry point: exit with :func:`main`'s code."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover - exercised through the console script
    sys.exit(main())
