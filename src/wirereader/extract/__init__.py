"""Extraction: the actors, quotes and figures of an article body, as spans with offsets into it.

Light to import: the actor model (python-crfsuite and its gazetteers) loads on the first
`extract()`, so a face that only shows stored extractions never pays for it."""

from __future__ import annotations

from wirereader.model import Extraction

# Bump when extraction output changes: `wirereader index` re-extracts articles from an older version.
EXTRACTOR_VERSION = "10"

__all__ = ["EXTRACTOR_VERSION", "extract"]


def extract(text: str) -> Extraction:
    from wirereader.extract.actors.resolve import find_actors
    from wirereader.extract.figures import find_figures
    from wirereader.extract.quotes.pairing import find_quotes
    from wirereader.extract.sentences import sentence_spans

    sentences = sentence_spans(text)
    actors = find_actors(text, sentences)
    quotes = find_quotes(text, sentences, actors)
    figures = find_figures(text)
    return Extraction(tuple(actors), tuple(quotes), tuple(figures), EXTRACTOR_VERSION)
