"""Extraction: the actors, quotes and figures of an article body, as spans with offsets into it.

Light to import: the actor model (python-crfsuite and its gazetteers) loads on the first
`extract()`, so a face that only shows stored extractions never pays for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirereader.model import ActorKind, Extraction
from wirereader.support import lazy_exports

if TYPE_CHECKING:
    from wirereader.extract.actors.rules import ACRONYM_AFTER as ACRONYM_AFTER
    from wirereader.extract.sentences import sentence_spans as sentence_spans

# Bump when extraction output changes: `wirereader index` re-extracts articles from an older version.
EXTRACTOR_VERSION = "11"

__all__ = ["EXTRACTOR_VERSION", "extract", "known_name"]
__getattr__ = lazy_exports(
    __name__,
    {
        "wirereader.extract.actors.rules": ("ACRONYM_AFTER",),
        "wirereader.extract.sentences": ("sentence_spans",),
    },
)


def extract(text: str, language: str = "") -> Extraction:
    """The actors, quotes and figures of `text`; a story in another language than English
    (its ISO code) goes to that language's rules (extract/foreign), never the English model."""
    if language and language != "en":
        from wirereader.extract.foreign import extract_foreign

        return extract_foreign(text, language, EXTRACTOR_VERSION)
    from wirereader.extract.actors.resolve import find_actors
    from wirereader.extract.figures import find_figures
    from wirereader.extract.quotes.pairing import find_quotes
    from wirereader.extract.sentences import sentence_spans

    sentences = sentence_spans(text)
    actors = find_actors(text, sentences)
    quotes = find_quotes(text, sentences, actors)
    figures = find_figures(text)
    return Extraction(tuple(actors), tuple(quotes), tuple(figures), EXTRACTOR_VERSION)


def known_name(text: str) -> tuple[ActorKind, str] | None:
    """(kind, canonical name) the gazetteer knows a name as ("U.S." → the place United States), loading it on
    first use. A function, not the gazetteer itself: `gazetteer` is also a module's name here."""
    from wirereader.extract.gazetteer import gazetteer

    return gazetteer().lookup(text)
