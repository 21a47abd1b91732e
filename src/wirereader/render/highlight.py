"""Style an article body with its actors, quotes, figures and search hits, as Rich Text (never markup)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.style import Style
from rich.text import Text

from wirereader.model import Extraction

DEFAULT_STYLES: Mapping[str, str] = {
    "person": "bold #7aa2f7",
    "organisation": "bold #e0af68",
    "place": "bold #9ece6a",
    "quote": "italic #bb9af7",
    "figure": "underline #7dcfff",
    "hit": "black on #e0af68",
    "muted": "dim",
}


def stemming_analyzer() -> Any:
    """The body field's analysis: the index's own (its stem cache then serves every article)."""
    from wirereader.index import WORDS  # only once there is a search to show

    return WORDS


def hit_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the (stemmed) search terms occur in `text`, by the same analysis the index uses."""
    wanted = set(terms)
    if not wanted or not text:
        return []
    return [
        (tok.startchar, tok.endchar)
        for tok in stemming_analyzer()(text, chars=True, positions=False)
        if tok.text in wanted
    ]


def styled_body(
    body: str,
    extraction: Extraction,
    styles: Mapping[str, str] = DEFAULT_STYLES,
    hits: Iterable[tuple[int, int]] = (),
) -> Text:
    """The body as Text; article text is only ever data here, so `[bold]` stays as typed."""
    text = Text(body)
    for quote in extraction.quotes:
        text.stylize(styles["quote"], quote.start, quote.end)
    for figure in extraction.figures:
        text.stylize(styles["figure"], figure.start, figure.end)
    for actor in extraction.actors:
        style = Style.parse(styles[actor.kind])
        for mention in actor.mentions:
            text.stylize(style, mention.start, mention.end)
    for start, end in hits:
        text.stylize(styles["hit"], start, end)
    return text
