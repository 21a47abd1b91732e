"""Jumps in the article pane: next/previous search hit, quote, actor mention and figure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from wirereader.model import Extraction


@dataclass
class ActorPageRequested(Message):
    """The reader asked for the page of the actor marked (or first named) in the article."""

    name: str
    kind: str


class JumpsMixin:
    """Needs the view's extraction, hits, sentences, cursor, mark and scrolling."""

    if TYPE_CHECKING:
        extraction: Extraction
        hits: list[tuple[int, int]]
        sentences: list[tuple[int, int]]
        cursor: int
        mark: tuple[int, int] | None
        border_subtitle: str | None

        def _sentence_at(self, offset: int) -> int: ...
        def post_message(self, message: Message) -> bool: ...
        def _scroll_to_offset(self, offset: int, end: int | None = None) -> None: ...

    def _targets(self, kind: str) -> list[tuple[int, int, str]]:
        x = self.extraction
        if kind == "hit":
            return [(s, e, "search hit") for s, e in self.hits]
        if kind == "quote":
            return [(q.start, q.end, f"— {q.speaker or 'unattributed'}") for q in x.quotes]
        if kind == "figure":
            return [(f.start, f.end, f"{f.text} ({f.kind})") for f in x.figures]
        spans = [(m.start, m.end, f"{a.name} ({a.kind})") for a in x.actors for m in a.mentions]
        return sorted(spans)

    def jump(self, kind: str, forward: bool = True) -> None:
        targets = self._targets(kind)
        if not targets:
            self.border_subtitle = f"no {kind}s in this article"
            return
        here = self.mark[0] if self.mark else self.sentences[self.cursor][0] - (1 if forward else 0)
        if forward:
            later = [i for i, t in enumerate(targets) if t[0] > here]
            index = later[0] if later else 0
        else:
            earlier = [i for i, t in enumerate(targets) if t[0] < here]
            index = earlier[-1] if earlier else len(targets) - 1
        self.mark_span(targets[index][0], targets[index][1])
        self.border_subtitle = f"{kind} {index + 1}/{len(targets)} {targets[index][2]}"

    def mark_span(self, start: int, end: int) -> None:
        """Mark a span (a quote, a figure, a bookmarked passage), put the cursor on it, show it."""
        self.mark = (start, end)
        self.cursor = self._sentence_at(start)
        self._scroll_to_offset(start, end)

    def action_next_hit(self) -> None:
        self.jump("hit")

    def action_prev_hit(self) -> None:
        self.jump("hit", False)

    def action_next_quote(self) -> None:
        self.jump("quote")

    def action_prev_quote(self) -> None:
        self.jump("quote", False)

    def action_next_actor(self) -> None:
        self.jump("actor")

    def action_prev_actor(self) -> None:
        self.jump("actor", False)

    def action_next_figure(self) -> None:
        self.jump("figure")

    def action_prev_figure(self) -> None:
        self.jump("figure", False)

    def action_actor_page(self) -> None:
        """The actor under the mark (after `a`), else the first one in the cursor's sentence."""
        if not self.sentences:
            return
        start, end = self.mark if self.mark else self.sentences[self.cursor]
        for actor in self.extraction.actors:
            if any(m.start < end and start < m.end for m in actor.mentions):
                self.post_message(ActorPageRequested(actor.name, actor.kind))
                return
        self.border_subtitle = "no actor here: a jumps to the next one"
