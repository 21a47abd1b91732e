"""Extraction for stories not in English: rules and word lists for each language the rules
know (de, fr, es, it, sv, no, da); for any other language no actors, quotes or figures at all,
rather than the English model's guesses."""

from __future__ import annotations

from wirereader.model import Extraction

__all__ = ["extract_foreign"]


def extract_foreign(text: str, language: str, version: str) -> Extraction:
    from wirereader.extract.foreign.actors import find_actors
    from wirereader.extract.foreign.data import LANGUAGES
    from wirereader.extract.foreign.figures import find_figures
    from wirereader.extract.foreign.quotes import find_quotes, speakers_named

    rules = LANGUAGES.get(language)
    if rules is None:
        return Extraction(version=version)
    actors = find_actors(text, rules)
    quotes = find_quotes(text, rules, actors)
    if named := speakers_named(quotes):  # people only the quotes name: again, with them
        actors = find_actors(text, rules, named)
        quotes = find_quotes(text, rules, actors)
    return Extraction(tuple(actors), tuple(quotes), tuple(find_figures(text, rules)), version)
