"""Install as users install: build the wheel, put it in a fresh venv outside the checkout, run it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.slow

APP_CHECK = textwrap.dedent(
    """
    import asyncio, sys
    from wirereader.support import paths
    from wirereader.settings.config import load_config
    from wirereader.library.facade import Library
    from wirereader.tui.app import WirereaderApp
    from wirereader.tui.widgets.article_list import ArticleList

    async def main():
        app = WirereaderApp(Library(load_config()))
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                await pilot.pause(0.1)
                if app.screen.query_one(ArticleList).hits:
                    break
            hits = app.screen.query_one(ArticleList).hits
            print("theme", app.theme, "hits", len(hits), "themes_dir", paths.themes_dir())

    asyncio.run(main())
    """
)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(dist), str(ROOT)], check=True)
    wheels = list(dist.glob("wirereader-*.whl"))
    assert len(wheels) == 1, f"expected one wheel, got {wheels}"
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), *pip[1:], "install", str(wheels[0])], check=True)
    return venv


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A new user's environment: an empty HOME, no XDG folders or wirereader settings."""
    home = tmp_path / "newuser"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "WIREREADER_", "PYTHON")) and k != "VIRTUAL_ENV"
    }
    env["HOME"] = str(home)
    return env


def run(venv: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / "wirereader"), *args],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_installed_command_knows_its_version(venv: Path, user_env: dict[str, str]) -> None:
    result = run(venv, user_env, "--version")
    assert result.returncode == 0 and result.stdout.strip() == "wirereader 0.1.0"


def test_the_wheel_indexes_and_searches_its_bundled_seeds(
    venv: Path, user_env: dict[str, str]
) -> None:
    indexed = run(venv, user_env, "index")
    assert indexed.returncode == 0, indexed.stderr
    assert "4 new" in indexed.stdout
    found = run(venv, user_env, "search", "pentagon")
    assert found.returncode == 0 and "Pentagon meetings confirm" in found.stdout
    listed = run(venv, user_env, "library")
    assert "bundled sample articles" in listed.stdout
    assert str(venv) in listed.stdout, "the seeds come from the installed package"
    assert (Path(user_env["HOME"]) / ".local/share/wirereader/index").is_dir()


def test_the_installed_app_starts_with_its_themes(venv: Path, user_env: dict[str, str]) -> None:
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", APP_CHECK],
        env=user_env,
        cwd=user_env["HOME"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "undefined variable" not in result.stdout + result.stderr
    words = result.stdout.split()
    assert words[:2] == ["theme", "wirereader-dark"] and words[3] == "4", result.stdout
    assert words[5].startswith(str(venv)), "the themes come from the installed package"
