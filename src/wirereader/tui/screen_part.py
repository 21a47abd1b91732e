"""The base of MainScreen's parts (actor pages, bookmark saving): typed as the screen they join."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from wirereader.model import Article, Extraction
    from wirereader.tui.host import ReaderHost

    class ScreenPart(Screen[None]):
        """What every part uses of MainScreen: its host (`wr`) and the article open (`current`)."""

        current: tuple[Article, Extraction] | None

        @property
        def wr(self) -> ReaderHost: ...

else:
    ScreenPart = object  # at run time a plain mixin: MainScreen brings the Screen
