"""Border titles drawn as plain text: theirs come from articles and feeds (a source, a feed's
title, a speaker's name), and Textual would read "[bold]" in them as markup."""

from __future__ import annotations

from textual.content import Content


class PlainTitles:
    def render_str(self, text_content: str | Content) -> Content:
        return Content(text_content) if isinstance(text_content, str) else text_content
