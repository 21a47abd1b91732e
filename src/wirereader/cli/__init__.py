"""The `wirereader` command: argparse, printing, exit codes; the app opens from here."""

from wirereader.cli.main import main

__all__ = ["main"]
