"""Themes: the shipped files load, high contrast really is, and a broken file only warns."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.support import ROOT, write
from wirereader.settings.themes import contrast, load_themes

SHIPPED = ROOT / "themes"


def test_shipped_themes_load() -> None:
    loaded = load_themes(SHIPPED)
    assert loaded.warnings == []
    assert {"wirereader-dark", "wirereader-light", "wirereader-high-contrast"} <= set(loaded.themes)
    assert not loaded.themes["wirereader-light"].dark


def test_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", ["wirereader-high-contrast"])
def test_high_contrast_text_reaches_4_5_to_1(name: str) -> None:
    spec = load_themes(SHIPPED).themes[name]
    background = spec.textual["background"]
    for key in ("person", "organisation", "place", "quote", "figure"):
        assert contrast(spec.colours[key], background) >= 4.5, key
    assert contrast(spec.textual["foreground"], background) >= 4.5
    assert contrast(spec.colours["hit_text"], spec.colours["hit"]) >= 4.5
    for surface in ("cursor", "selection"):
        assert contrast(spec.textual["foreground"], spec.colours[surface]) >= 4.5, surface


def test_broken_user_theme_warns_and_others_load(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    write(user / "broken.yaml", "name: broken\ntextual: [oops\n")
    write(user / "bad-colour.yaml", "name: bad\ntextual:\n  primary: red\n")
    good = (SHIPPED / "dark.yaml").read_text(encoding="utf-8").replace("wirereader-dark", "mine")
    write(user / "mine.yaml", good)
    loaded = load_themes(SHIPPED, user)
    assert "mine" in loaded.themes and "wirereader-dark" in loaded.themes
    assert len(loaded.warnings) == 2
    assert any("broken.yaml:" in w for w in loaded.warnings)
    assert any("bad-colour.yaml" in w and "red" in w for w in loaded.warnings)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_or_a_huge_file_among_the_themes_is_a_warning_not_a_hang(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    user.mkdir()
    os.mkfifo(user / "pipe.yaml")
    write(user / "huge.yaml", "name: huge\n" + "# padding\n" * 100_000)
    done: list[object] = []
    loading = threading.Thread(target=lambda: done.append(load_themes(SHIPPED, user)), daemon=True)
    loading.start()
    loading.join(20)  # a read of the pipe would wait for a writer for ever
    assert done, "loading the themes hung"
    (loaded,) = done
    assert "wirereader-dark" in loaded.themes  # type: ignore[attr-defined]
    warnings = loaded.warnings  # type: ignore[attr-defined]
    assert any("pipe.yaml: not a regular file" in w for w in warnings)
    assert any("huge.yaml: too large for a theme" in w for w in warnings)


def test_a_theme_name_with_terminal_escapes_is_refused(tmp_path: Path) -> None:
    """The name is shown in Ctrl+P → Theme: an OSC 52 in it wrote to the clipboard."""
    user = tmp_path / "themes"
    dark = (SHIPPED / "dark.yaml").read_text(encoding="utf-8")
    write(user / "evil.yaml", dark.replace("wirereader-dark", '"x\\e]52;c;SGk=\\a"'))
    write(user / "fine.yaml", dark.replace("wirereader-dark", "Night Desk 2"))
    loaded = load_themes(SHIPPED, user)
    assert "Night Desk 2" in loaded.themes
    assert not any("\x1b" in name for name in loaded.themes)
    (warning,) = loaded.warnings
    assert "evil.yaml: name:" in warning and "is not a theme name" in warning
    assert "\x1b" not in warning and "\x07" not in warning
