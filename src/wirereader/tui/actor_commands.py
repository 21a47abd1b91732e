"""The command palette's actors: type a name (or actor:NAME) to open that actor's page."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from wirereader.words import plural


class ActorCommands(Provider):
    """Actors of the library whose name holds the typed words, most covered first."""

    async def search(self, query: str) -> Hits:
        text = query.strip()
        text = text[len("actor:") :].strip(' "') if text.lower().startswith("actor:") else text
        if len(text) < 2:
            return
        app: Any = self.app
        try:
            found = await asyncio.to_thread(app.library.archive().matching, text, 20)
        except Exception:  # no index yet, or one being rebuilt: the palette's other commands stay
            return
        matcher = self.matcher(text)
        for name, kind, stories in found:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(app.main.open_actor_page, name, kind),
                    help=f"Actor page · {kind} · {plural(stories, 'story')}",
                )

    async def discover(self) -> Hits:
        app: Any = self.app
        try:
            top = await asyncio.to_thread(app.library.archive().top, None, 5)
        except Exception:
            return
        for name, kind, stories, _ in top:
            yield DiscoveryHit(
                f"Actor: {name}",
                partial(app.main.open_actor_page, name, kind),
                help=f"{kind} · {plural(stories, 'story')}",
            )
