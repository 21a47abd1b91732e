"""The house plan holds: import contracts, few top-level modules, one error root, lazy faces."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import wirereader
from tests.support import ROOT
from wirereader.errors import WirereaderError

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
HEAVY_FOR_THE_APP = ("pycrfsuite", "whoosh", "httpx", "trafilatura", "feedparser")


def _lint_imports(src: Path) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.exists():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the dev extras (pip install -e '.[dev]')")
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_import_contracts_hold() -> None:
    run = _lint_imports(ROOT / "src")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "broken" in run.stdout and " 0 broken" in run.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("support/text.py", "import wirereader.library", "One way down"),
        ("index/schema.py", "from wirereader.feeds import run", "One way down"),
        ("library/readstate.py", "import textual", "Nothing outside tui imports textual"),
        ("extract/figures.py", "import wirereader.index.schema", "ingest and extract know"),
    ],
)
def test_an_import_against_the_grain_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "wirereader", src / "wirereader")
    target = src / "wirereader" / module
    target.write_text(target.read_text() + f"\n\ndef _wrong() -> None:\n    {line}\n")
    run = _lint_imports(src)
    assert run.returncode != 0
    assert f"{contract}" in run.stdout and "BROKEN" in run.stdout


def _part(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_a_part_is_reached_only_through_its_face() -> None:
    """Across parts, an import names the part's package (its `__init__`), or a module that
    package lists in `__all__` (support's `paths`): what a part keeps inside it can change."""
    import grimp

    graph = grimp.build_graph("wirereader")
    through_the_back = []
    for importer in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(importer):
            face = _part(imported)
            if face in (_part(importer), "wirereader", "wirereader.model", "wirereader.errors"):
                continue
            public = getattr(importlib.import_module(face), "__all__", ())
            if imported != face and imported.rpartition(".")[2] not in public:
                through_the_back.append(f"{importer} -> {imported}")
    assert not through_the_back


def test_the_top_of_the_package_holds_at_most_four_modules() -> None:
    top = sorted(p.name for p in Path(wirereader.__file__).parent.glob("*.py"))
    assert len(top) <= 4, top


def _all_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(wirereader.__path__, "wirereader.")]


def test_every_exception_wirereader_defines_descends_from_one_root() -> None:
    strays = []
    for name in _all_modules():
        if name.startswith("wirereader.tui") or name == "wirereader.__main__":
            continue  # the app's widgets define no errors; importing them needs no terminal
        for _, cls in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            ours = cls.__module__ == name
            if ours and issubclass(cls, BaseException) and not issubclass(cls, WirereaderError):
                strays.append(f"{name}.{cls.__name__}")
    assert not strays


def _loaded_by(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return {name.split(".")[0] for name in run.stdout.split()}


def test_opening_the_app_module_loads_no_model_index_or_network_library() -> None:
    loaded = _loaded_by("import wirereader.tui.app")
    assert "textual" in loaded  # the test sees real imports
    assert not loaded & set(HEAVY_FOR_THE_APP)


def test_the_command_line_loads_no_textual() -> None:
    loaded = _loaded_by("from wirereader.cli.main import build_parser; build_parser()")
    assert "rich" in loaded
    assert "textual" not in loaded
