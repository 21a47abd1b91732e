"""The Textual app, a thin layer over the Library: loaded on first use (the CLI imports it only
to open the app)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirereader.support import lazy_exports

if TYPE_CHECKING:
    from wirereader.tui.app import WirereaderApp as WirereaderApp

__getattr__ = lazy_exports(
    __name__,
    {
        "wirereader.tui.app": ("WirereaderApp",),
    },
)
