"""The index's errors, in a module light enough for the app to import before Whoosh."""

from __future__ import annotations


class QueryError(Exception):
    """A query the user has to fix; the message says how."""


class IndexStoreError(Exception):
    """A problem with the index folder that the user has to know about."""


class IndexLocked(IndexStoreError):
    pass


class IndexCorrupt(IndexStoreError):
    pass


class SearchCancelled(Exception):
    """A newer search replaced this one while it ran; nobody wants its answer."""
