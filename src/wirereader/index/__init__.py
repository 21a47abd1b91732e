"""The Whoosh index and the DocStore beside it: build/ writes them, query/ reads them.

Heavy (Whoosh, and the extractor for a build): what other parts use loads on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirereader.support import lazy_exports

if TYPE_CHECKING:
    from wirereader.index.actor_tables import actor_key as actor_key
    from wirereader.index.build.guard import die_with_parent as die_with_parent
    from wirereader.index.build.writer import IndexReport as IndexReport
    from wirereader.index.build.writer import IndexStore as IndexStore
    from wirereader.index.build.writer import Progress as Progress
    from wirereader.index.docstore import DocStore as DocStore
    from wirereader.index.query.idfilter import AnyOf as AnyOf
    from wirereader.index.query.idfilter import DocNumbers as DocNumbers
    from wirereader.index.query.idfilter import whoosh_filter as whoosh_filter
    from wirereader.index.query.scope import Scope as Scope
    from wirereader.index.query.scope import filters as filters
    from wirereader.index.query.scope import split_scope as split_scope
    from wirereader.index.query.search import QueryParser as QueryParser
    from wirereader.index.query.search import count_matches as count_matches
    from wirereader.index.query.search import ids_matching as ids_matching
    from wirereader.index.query.search import run_search as run_search
    from wirereader.index.schema import WORDS as WORDS

__getattr__ = lazy_exports(
    __name__,
    {
        "wirereader.index.actor_tables": ("actor_key",),
        "wirereader.index.build.guard": ("die_with_parent",),
        "wirereader.index.build.writer": (
            "IndexReport",
            "IndexStore",
            "Progress",
        ),
        "wirereader.index.docstore": ("DocStore",),
        "wirereader.index.query.idfilter": (
            "AnyOf",
            "DocNumbers",
            "whoosh_filter",
        ),
        "wirereader.index.query.scope": (
            "Scope",
            "filters",
            "split_scope",
        ),
        "wirereader.index.query.search": (
            "QueryParser",
            "count_matches",
            "ids_matching",
            "run_search",
        ),
        "wirereader.index.schema": ("WORDS",),
    },
)
