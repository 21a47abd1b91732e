"""Actors across the archive: one actor under its names, its page, the top lists."""

from __future__ import annotations

from wirereader.archive.actors import ActorGroup, ActorPage, Archive, QuoteRef, timeline_bars

__all__ = ["ActorGroup", "ActorPage", "Archive", "QuoteRef", "timeline_bars"]
