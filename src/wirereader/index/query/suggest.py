"""Spelling suggestions for a query with no hits: bare words and `field:word` terms."""

from __future__ import annotations

import itertools
import re

from whoosh.searching import Searcher

from wirereader.index.schema import NAME_FIELDS, STEMMED_FIELDS, WORDS

# A typo is 3 to 30 letters; a pasted 10,000-letter "word" cost Whoosh's edit distance 34 s
# at 108,000 stories. Ten words a query at most: each costs a pass over a thousand candidates.
_BARE_WORD = re.compile(r"(?<![\w:\"\[.-])[A-Za-z]{3,30}\b(?![:\w])")
_FIELD_WORD = re.compile(r"(?<![\w\"\[.-])([A-Za-z]+):([A-Za-z]{3,30})\b(?![:\w*?~])")
MAX_WORDS = 10
_OPERATORS = {"and", "or", "not", "to"}


def suggest(searcher: Searcher, text: str, aliases: dict[str, list[str]]) -> str | None:
    """The query with each word the library lacks replaced by the nearest word it has: bare
    words and words in title:, body:, quote: from the titles' spelling dictionary, words in
    a names field (actor:, person:, source: …) from that field's own words."""
    field_of = {alias: field for field, names in aliases.items() for alias in names}
    edits: list[tuple[int, int, str]] = []
    for match in itertools.islice(_BARE_WORD.finditer(text), MAX_WORDS):
        if fixed := _nearest(searcher, "body", match.group(), stemmed=True):
            edits.append((match.start(), match.end(), fixed))
    for match in itertools.islice(_FIELD_WORD.finditer(text), MAX_WORDS):
        name, word = match.group(1).lower(), match.group(2)
        field = field_of.get(name, name)
        if field in STEMMED_FIELDS or field in NAME_FIELDS:
            fixed = _nearest(searcher, field, word, stemmed=field in STEMMED_FIELDS)
        else:
            fixed = None
        if fixed:
            edits.append((match.start(2), match.end(2), fixed))
    suggestion = text
    for start, end, fixed in sorted(edits, reverse=True):
        suggestion = suggestion[:start] + fixed + suggestion[end:]
    return suggestion if suggestion != text else None


def _nearest(searcher: Searcher, field: str, word: str, stemmed: bool) -> str | None:
    """The nearest word to `word` the field has, or None when it has `word` (or nothing near)."""
    reader = searcher.reader()
    word = word.lower()
    term = _stem if stemmed else str
    if word in _OPERATORS or reader.doc_frequency(field, term(word)):
        return None
    # Words come from the titles' spelling dictionary; a names field has none, so its own
    # terms sharing the first two letters are read.
    candidates: list[str] = (
        searcher.suggest("title", word, limit=10, maxdist=2, prefix=1)
        if stemmed
        else searcher.suggest(field, word, limit=10, maxdist=2, prefix=2)
    )
    if not candidates:
        return None

    def written(c: str) -> int:
        """How often `c` is written as it is: a stem's count ("oper" of "operations",
        "operating") would rank a rare abbreviation above the word the reader meant."""
        if not stemmed:
            return int(reader.doc_frequency(field, c))
        return int(reader.doc_frequency("spell_title", c) + reader.doc_frequency("actor", c))

    return min(candidates, key=lambda c: (_distance(word, c), -written(c), c))


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _stem(word: str) -> str:
    return next((t.text for t in WORDS(word)), word)
