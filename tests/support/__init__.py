"""Helpers the tests share: where the checkout, seeds and shared data are; run the CLI; write files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_2c1af1381dab5487.txt"
SHARED = ROOT.parent / "shared"


def shared_or_skip(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared test data sits beside the checkout in ../shared")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`wirereader ARGS` in this process: (exit code, stdout, stderr)."""
    from wirereader.cli.main import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
