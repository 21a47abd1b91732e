"""The command palette's actors: type a name (or actor:NAME) to open that actor's page."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from wirereader.support import plural, safe_line


def highlighted(matcher: Matcher, name: str) -> Content:
    """The name with the typed letters marked, as plain text: Matcher.highlight reads its
    candidate as Textual markup, and a name comes from article text ("[bold]" stays literal)."""
    name = safe_line(name)
    content = Content(name)
    for offset in matcher.fuzzy_search.match(matcher.query, name)[1]:
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ActorCommands(Provider):
    """Actors of the library whose name holds the typed words, most covered first."""

    async def search(self, query: str) -> Hits:
        text = query.strip()
        text = text[len("actor:") :].strip(' "') if text.lower().startswith("actor:") else text
        if len(text) < 2:
            return
        app: Any = self.app
        try:
            found = await asyncio.to_thread(app.library.matching_actors, text, 20)
        except Exception:  # no index yet, or one being rebuilt: the palette's other commands stay
            return
        matcher = self.matcher(text)
        for name, kind, stories in found:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(matcher, name),
                    partial(app.main.open_actor_page, name, kind),
                    help=f"Actor page · {kind} · {plural(stories, 'story')}",
                )

    async def discover(self) -> Hits:
        app: Any = self.app
        try:
            top = await asyncio.to_thread(app.library.top_actors, None, 5)
        except Exception:
            return
        for name, kind, stories, _ in top:
            yield DiscoveryHit(
                Content("Actor: ") + Content(safe_line(name)),
                partial(app.main.open_actor_page, name, kind),
                help=f"{kind} · {plural(stories, 'story')}",
            )
