"""Parse the query language (friendly field names, date ranges) and run it."""

from __future__ import annotations

import re
import time
from datetime import datetime
from itertools import islice
from typing import Any

from whoosh.index import Index
from whoosh.qparser import FieldAliasPlugin, GtLtPlugin, MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import DateRange, Every, FuzzyTerm, MultiTerm, NumericRange, Prefix, Query
from whoosh.searching import Results, Searcher

from wirereader.errors import QueryError
from wirereader.index.query import stopping
from wirereader.index.query.idfilter import DocNumbers
from wirereader.index.query.snippets import BodyLookup, hits_of
from wirereader.index.query.stopping import ShouldStop
from wirereader.index.query.suggest import suggest
from wirereader.index.schema import NAME_FIELDS, WORDS, day_number
from wirereader.model import SearchResult

# Quotes and actor names are in the body already; byline and source need their field names.
DEFAULT_FIELDS = ("title", "body")
FIELDS = {
    "title", "body", "byline", "source", "date", "actor", "person", "org", "place",
    "speaker", "quote", "id", "lang", "story", "status", "subject",
}  # fmt: skip
ALIASES = {
    "org": ["organisation", "organization", "orgs"],
    "person": ["people", "who"],
    "place": ["where", "location"],
    "body": ["text"],
    "byline": ["author", "by"],
    "speaker": ["said", "says"],
    "date": ["published"],
    "lang": ["language"],
    "subject": ["subjects", "topic"],
}
_FIELD_PREFIX = re.compile(r"(?<![\w\"])([A-Za-z_]+):")
_RANGE = re.compile(r"\b(\w+):(\S*?)\.\.(\S*)")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_DATE_CLAUSE = re.compile(r"\b(?:date|published):(?:\[[^\]]*\]|\S+)", re.IGNORECASE)
__all__ = ["QueryError", "QueryParser", "run_search"]
MAX_WORD = 1000  # characters
MAX_WORDS = 1000  # words and operators in one query: its parse time stays under ~0.1 s


def check_syntax(text: str) -> None:
    """Catch what Whoosh would silently misread (unbalanced quotes/brackets, unknown fields)
    or take long over: its parser reads a word in time that grows with the word's square
    (a pasted 20,000-character word took 4.8 s)."""
    words = text.split()
    if len(words) > MAX_WORDS:
        raise QueryError(f"{len(words):,} words and operators: a query has at most {MAX_WORDS:,}")
    longest = max((len(word) for word in words), default=0)
    if longest > MAX_WORD:
        raise QueryError(
            f"a word of {longest:,} characters: a search word has at most {MAX_WORD:,}"
        )
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a phrase needs a closing "')
    depth = 0
    outside_quotes = re.sub(r'"[^"]*"', "", text)
    for char in outside_quotes:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise QueryError("unbalanced parentheses: ')' without '('")
    if depth:
        raise QueryError("unbalanced parentheses: '(' without ')'")
    if re.search(r"\w:\s*(?:\)|$)", re.sub(r'"[^"]*"', "x", text)):
        raise QueryError("a field needs a value, as in title:pentagon")
    known = FIELDS | {alias for names in ALIASES.values() for alias in names}
    for match in _FIELD_PREFIX.finditer(outside_quotes):
        name = match.group(1).lower()
        if name not in known:
            raise QueryError(
                f"unknown field '{name}:' (fields: {', '.join(sorted(FIELDS - {'id'}))})"
            )


def _compact_dates(value: str) -> str:
    """Whoosh's date parser misreads 2025-08-01 as the whole year; 20250801 it reads right."""
    return _ISO_DATE.sub(lambda m: "".join(g for g in m.groups() if g), value)


def _rewrite_ranges(text: str) -> str:
    """`date:2025-08-01..2025-08-31` → Whoosh's `date:[20250801 to 20250831]`."""
    text = _RANGE.sub(lambda m: f"{m.group(1)}:[{m.group(2)} to {m.group(3)}]", text)
    return _DATE_CLAUSE.sub(lambda m: _compact_dates(m.group()), text)


class QueryParser:
    def __init__(self, ix: Index) -> None:
        self._parser = MultifieldParser(list(DEFAULT_FIELDS), ix.schema)
        self._parser.add_plugin(FieldAliasPlugin(ALIASES))
        self._parser.add_plugin(GtLtPlugin())
        self._date_errors: list[str] = []
        self._parser.add_plugin(
            DateParserPlugin(free=False, basedate=datetime.now(), callback=self._date_errors.append)
        )

    def parse(self, text: str) -> Query:
        text = text.strip()
        check_syntax(text)
        rewritten = _rewrite_ranges(text)
        # Whoosh lowercases field names; ours are lower-case already.
        rewritten = _FIELD_PREFIX.sub(lambda m: m.group(1).lower() + ":", rewritten)
        try:
            query = self._parser.parse(rewritten, debug=False)
        except Exception as exc:  # whoosh raises assorted errors on odd syntax
            raise QueryError(
                "cannot read the query: check its operators (AND, OR, NOT each between or "
                "before words) and parentheses"
            ) from exc
        query = _on_days(query)
        if self._date_errors:
            bad = self._date_errors[-1]
            self._date_errors.clear()
            typed = [m.group() for m in _DATE_CLAUSE.finditer(text)]
            clause = next((t for t in typed if bad in _compact_dates(t)), bad)
            raise QueryError(
                f"cannot read the date in {clause!r}: use date:2025-08-01, "
                "date:2025-08-01..2025-08-31, date:2025-08 or date:>2025-08-01"
            )
        return query


def _on_days(query: Query) -> Query:
    """Run date ranges on the day field: the same documents, far fewer index terms to read."""
    if isinstance(query, DateRange) and query.fieldname == "date":
        start = day_number(query.startdate) if query.startdate else None
        end = day_number(query.enddate) if query.enddate else None
        return NumericRange("day", start, end, boost=query.boost)
    if query.is_leaf():
        return query
    return query.apply(_on_days)


def terms_of(query: Query) -> tuple[str, ...]:
    """The words to mark in the article, as the body's analysis writes them: an actor's name
    (actor:radakin) marks its mentions too, so `n` goes from one to the next."""
    words: list[str] = []
    for field_name, term in query.iter_all_terms(phrases=True):
        if not isinstance(term, str):
            continue
        if field_name in ("title", "body", "quote"):
            words.append(term)
        elif field_name in NAME_FIELDS and field_name not in ("byline", "source"):
            words += [t.text for t in WORDS(term)]
    return tuple(dict.fromkeys(words))


MIN_PREFIX = 2  # letters before a wildcard: `s*` would read every word beginning with s
MAX_EXPANSION = 1000  # words the wildcards of one query may stand for, together
TIME_LIMIT = 1.0  # seconds a query may run (TooSlow after): 40 ORed wildcards took 20 s


def check_expansions(searcher: Searcher, query: Query) -> None:
    """Refuse wildcards that would expand to a large part of the vocabulary: Whoosh ORs each
    word it stands for (ten two-letter wildcards, 1,700 words: 18 s over 3,000 stories)."""
    reader = searcher.reader()
    budget = MAX_EXPANSION
    for leaf in query.leaves():
        if not isinstance(leaf, MultiTerm) or not isinstance(getattr(leaf, "text", None), str):
            continue
        shown = f"{leaf.text}*" if isinstance(leaf, Prefix) else leaf.text
        literal = re.split(r"[*?]", leaf.text, maxsplit=1)[0]
        if not isinstance(leaf, FuzzyTerm) and len(literal) < MIN_PREFIX:
            raise QueryError(f"'{shown}': a wildcard needs at least {MIN_PREFIX} letters before it")
        expanded = sum(1 for _ in islice(leaf._btexts(reader), budget + 1))
        budget -= expanded
        if budget < 0 and expanded > MAX_EXPANSION:
            raise QueryError(f"'{shown}' stands for more than {MAX_EXPANSION:,} words: add letters")
        if budget < 0:
            raise QueryError(
                f"the wildcards stand for more than {MAX_EXPANSION:,} words together "
                f"(at '{shown}'): use fewer, or more letters before each"
            )


def _parsed(searcher: Searcher, parser: QueryParser, text: str) -> Query:
    """The query for `text` (every document for none), its wildcards within bounds."""
    query = parser.parse(text) if text.strip() else Every()
    check_expansions(searcher, query)
    return query


def run_search(
    searcher: Searcher,
    parser: QueryParser,
    text: str,
    *,
    limit: int,
    bodies: BodyLookup,
    newest_first: bool = False,
    snippets: bool = True,
    exact_count: bool = True,
    within: Any = None,
    leave_out: Any = None,
    should_stop: ShouldStop | None = None,
) -> SearchResult:
    """`within` and `leave_out`: Whoosh filter and mask queries (feed:, unread:);
    `should_stop`: asked as the search runs, SearchCancelled once it says so."""
    ends = time.monotonic() + TIME_LIMIT
    query = _parsed(searcher, parser, text)
    scope = {"filter": within, "mask": leave_out, "terms": True}
    if newest_first:
        scope |= {"sortedby": "date", "reverse": True}
    results = stopping.search(searcher, query, should_stop, ends, limit=limit, **scope)
    suggestion = None
    if results.scored_length() == 0:
        suggestion = suggest(searcher, text, ALIASES)
    # Whoosh counts every match only on request, by running the query again.
    exact = exact_count or results.has_exact_length() or results.scored_length() < limit
    if not exact:
        total = results.scored_length()
    elif within is None and leave_out is None:
        total = len(results)
    elif (counted := _filtered_count(results)) is not None:
        total = counted
    else:
        total = _count(searcher, query, within, leave_out, should_stop, ends)
    return SearchResult(
        text,
        total,
        hits_of(results, limit, bodies if snippets else None),
        suggestion,
        terms_of(query),
        exact,
    )


def _filtered_count(results: Results) -> int | None:
    """The matches a filter let through, when the search saw them all; None when it skipped
    blocks. Not len(results): with terms recorded, Whoosh's filter asks the collector below
    it, and a top-N collector that skipped blocks counts by running the query again,
    unfiltered (20 unread stories of 30 were counted as 30). Nor the filter's own all_ids(),
    which tests its set for emptiness once a document, in time that grows with the set."""
    inner = stopping.innermost(results.collector)
    return int(inner.count()) if inner.computes_count() else None


def _count(
    searcher: Searcher,
    query: Query,
    within: Any,
    leave_out: Any,
    should_stop: ShouldStop | None,
    ends: float,
) -> int:
    return len(_every(searcher, query, within, leave_out, should_stop, ends))


def _every(
    searcher: Searcher,
    query: Query,
    within: Any,
    leave_out: Any,
    should_stop: ShouldStop | None,
    ends: float,
) -> Any:
    """Every match, unscored and unsorted."""
    options = {"limit": None, "scored": False, "filter": within, "mask": leave_out}
    return stopping.search(searcher, query, should_stop, ends, **options)


def count_matches(
    searcher: Searcher,
    parser: QueryParser,
    text: str,
    within: Any = None,
    leave_out: Any = None,
    should_stop: ShouldStop | None = None,
) -> int:
    """Every matching document, counted without scoring or sorting them."""
    ends = time.monotonic() + TIME_LIMIT
    query = _parsed(searcher, parser, text)
    return _count(searcher, query, within, leave_out, should_stop, ends)


def ids_matching(
    searcher: Searcher,
    parser: QueryParser,
    text: str,
    numbers: DocNumbers,
    within: Any = None,
    leave_out: Any = None,
) -> list[str]:
    """The ids of every matching document (marking a whole list read), unscored; read from
    the id map (stored fields cost 80 µs a document: 1.7 s for 21,577)."""
    query = _parsed(searcher, parser, text)
    found = _every(searcher, query, within, leave_out, None, time.monotonic() + 10 * TIME_LIMIT)
    return numbers.ids(searcher, found.docs())
