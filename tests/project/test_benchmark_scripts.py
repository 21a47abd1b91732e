"""Every benchmark script still runs: `--help` imports all it uses (a moved module once broke
fetch_bench.py for a whole stop without a test noticing)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support import ROOT

SCRIPTS = sorted(
    p.name
    for p in (ROOT / "benchmarks").glob("*.py")
    if "argparse" in p.read_text(encoding="utf-8")  # the others are helpers they import
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_benchmark_script_starts(script: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--help"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-1500:]
    assert "usage:" in done.stdout
