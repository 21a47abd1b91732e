"""Ground helpers every part may use: text made safe, bounded and atomic files, safe YAML, paths, words."""

from __future__ import annotations

from wirereader.support import paths
from wirereader.support.files import (
    append_durably,
    atomic_write_text,
    file_lock,
    read_bytes_bounded,
    read_text_bounded,
    remove_stale_temps,
)
from wirereader.support.lazy import lazy_exports
from wirereader.support.paths import path_key, slug
from wirereader.support.safeyaml import (
    MAX_CHARS,
    compose_bounded,
    dump,
    error_line,
    error_problem,
    safe_load_bounded,
)
from wirereader.support.sqlite import open_sqlite
from wirereader.support.text import clean_text, markdown_text, safe_line, squash_spaces
from wirereader.support.words import (
    article_meta,
    plural,
    shown_language,
    versions_note,
    when,
)

__all__ = [
    "MAX_CHARS",
    "append_durably",
    "article_meta",
    "atomic_write_text",
    "clean_text",
    "compose_bounded",
    "dump",
    "error_line",
    "error_problem",
    "file_lock",
    "lazy_exports",
    "markdown_text",
    "open_sqlite",
    "path_key",
    "paths",
    "plural",
    "read_bytes_bounded",
    "read_text_bounded",
    "remove_stale_temps",
    "safe_line",
    "safe_load_bounded",
    "shown_language",
    "slug",
    "squash_spaces",
    "versions_note",
    "when",
]
