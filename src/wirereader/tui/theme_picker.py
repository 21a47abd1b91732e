"""The theme list of the command palette: wirereader's themes, Textual's only when asked for."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.theme import ThemeProvider


class WirereaderThemes(ThemeProvider):
    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        app = self.app
        ours: list[str] = list(getattr(app, "theme_specs", {}))
        names = sorted(ours)
        if getattr(getattr(app, "config", None), "textual_themes", False):
            names += sorted(n for n in app.available_themes if n not in ours)

        def choose(name: str) -> None:
            app.theme = name

        return [(name, partial(choose, name)) for name in names]
