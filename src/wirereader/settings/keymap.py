"""Every key binding of the app in one table; the config's `keys:` section overrides any of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class KeyAction:
    action: str  # the config name, and the widget's action_<name>
    keys: str  # comma-separated Textual key names
    description: str
    scope: str  # app, list, article, side, search, bookmarks
    show: bool = True  # shown in the footer


KEYMAP: tuple[KeyAction, ...] = (
    KeyAction("go_back", "q,escape", "Back", "app"),
    KeyAction("quit", "ctrl+q,ctrl+c", "Quit", "app", show=False),
    KeyAction("focus_search", "slash", "Search", "app"),
    KeyAction("help", "question_mark", "Help", "app"),
    KeyAction("bookmarks", "B", "Bookmarks", "app"),
    KeyAction("toggle_sort", "s", "Sort", "app"),
    KeyAction("toggle_side", "p", "Panel", "app"),
    KeyAction("toggle_unread", "U", "Unread only", "app", show=False),
    KeyAction("fetch_feeds", "R", "Fetch feeds", "app", show=False),
    KeyAction("next_unread", "u", "Next unread", "app"),
    KeyAction("toggle_read", "r", "Read/unread", "app", show=False),
    KeyAction("open_link", "o", "Open in browser", "app", show=False),
    KeyAction("copy_link", "y", "Copy link", "app", show=False),
    KeyAction("next_pane", "tab", "Next pane", "app", show=False),
    KeyAction("prev_pane", "shift+tab", "Previous pane", "app", show=False),
    KeyAction("cursor_down", "j,down", "Down", "list", show=False),
    KeyAction("cursor_up", "k,up", "Up", "list", show=False),
    KeyAction("cursor_top", "g,home", "Top", "list", show=False),
    KeyAction("cursor_bottom", "G,end", "Bottom", "list", show=False),
    KeyAction("page_down", "pagedown,ctrl+d", "Page down", "list", show=False),
    KeyAction("page_up", "pageup,ctrl+u", "Page up", "list", show=False),
    KeyAction("open", "enter,l", "Open", "list"),
    KeyAction("mark_all_read", "A", "Mark all read", "list", show=False),
    KeyAction("bookmark_lead", "b", "Bookmark its first sentence", "list", show=False),
    KeyAction("versions", "V", "Versions of the story", "list", show=False),
    KeyAction("next_sentence", "j,down", "Next sentence", "article", show=False),
    KeyAction("prev_sentence", "k,up", "Previous sentence", "article", show=False),
    KeyAction("next_paragraph", "right_curly_bracket", "Next paragraph", "article", show=False),
    KeyAction("prev_paragraph", "left_curly_bracket", "Previous paragraph", "article", show=False),
    KeyAction("article_top", "g,home", "Top", "article", show=False),
    KeyAction("article_bottom", "G,end", "Bottom", "article", show=False),
    KeyAction("page_down", "space,pagedown", "Page down, then next unread", "article", show=False),
    KeyAction("page_up", "backspace,pageup", "Page up", "article", show=False),
    KeyAction("next_hit", "n", "Hit", "article"),
    KeyAction("prev_hit", "N", "Previous hit", "article", show=False),
    KeyAction("next_quote", "right_square_bracket", "Quote", "article"),
    KeyAction("prev_quote", "left_square_bracket", "Previous quote", "article", show=False),
    KeyAction("next_actor", "a", "Actor", "article"),
    KeyAction("prev_actor", "A", "Previous actor", "article", show=False),
    KeyAction("next_figure", "f", "Figure", "article"),
    KeyAction("prev_figure", "F", "Previous figure", "article", show=False),
    KeyAction("toggle_select", "v", "Select", "article"),
    KeyAction("select_word_next", "w,shift+right", "Select a word more", "article", show=False),
    KeyAction("select_word_prev", "W,shift+left", "Select a word less", "article", show=False),
    KeyAction("bookmark", "b", "Bookmark", "article"),
    KeyAction("bookmark_note", "m", "Note", "article"),
    KeyAction("clear_selection", "escape", "Clear selection, or back", "article", show=False),
    KeyAction("choose", "enter", "Go to", "side"),
    KeyAction("cursor_down", "j,down", "Down", "side", show=False),
    KeyAction("cursor_up", "k,up", "Up", "side", show=False),
    KeyAction("to_list", "down", "Results", "search", show=False),
    KeyAction("submit_search", "enter", "Results, or the suggestion offered", "search", show=False),
    KeyAction("leave_search", "escape", "Back", "search", show=False),
    KeyAction("open_bookmark", "enter", "Open", "bookmarks"),
    KeyAction("delete_bookmark", "d,delete", "Delete", "bookmarks"),
    KeyAction("undo_delete", "u", "Undo delete", "bookmarks"),
    KeyAction("close", "escape,q", "Close", "bookmarks"),
    KeyAction("cursor_down", "j,down", "Down", "bookmark_rows", show=False),
    KeyAction("cursor_up", "k,up", "Up", "bookmark_rows", show=False),
    KeyAction("page_down", "pagedown,ctrl+d", "Page down", "bookmark_rows", show=False),
    KeyAction("page_up", "pageup,ctrl+u", "Page up", "bookmark_rows", show=False),
    KeyAction("scroll_top", "g,home", "Top", "bookmark_rows", show=False),
    KeyAction("scroll_bottom", "G,end", "Bottom", "bookmark_rows", show=False),
    KeyAction("close", "escape,q", "Back", "actor"),
    KeyAction("actor_stories", "s", "Stories", "actor"),
    KeyAction("actor_page", "enter", "Actor page", "article"),
    KeyAction("open_source", "enter,l", "Open", "sources"),
    KeyAction("mark_source_read", "A", "Mark feed read", "sources"),
    KeyAction("mark_everything_read", "C", "Mark all read", "sources"),
    KeyAction("exit_app", "q", "Quit", "sources"),
    KeyAction("cursor_down", "j,down", "Down", "source_rows", show=False),
    KeyAction("cursor_up", "k,up", "Up", "source_rows", show=False),
    KeyAction("next_unread_source", "n,u", "Next with unread", "source_rows", show=False),
    KeyAction("first", "g,home", "Top", "source_rows", show=False),
    KeyAction("last", "G,end", "Bottom", "source_rows", show=False),
    KeyAction("page_down", "pagedown,ctrl+d", "Page down", "source_rows", show=False),
    KeyAction("page_up", "pageup,ctrl+u", "Page up", "source_rows", show=False),
)
ACTIONS = {k.action for k in KEYMAP}


def keymap(overrides: dict[str, str] | None = None) -> tuple[KeyAction, ...]:
    """The table with the user's `keys:` overrides applied (unknown names are rejected by config)."""
    overrides = overrides or {}
    return tuple(
        replace(k, keys=overrides[k.action]) if k.action in overrides else k for k in KEYMAP
    )


SCOPES = {
    "app": "Everywhere",
    "sources": "Feeds and sources",
    "source_rows": "Feeds list",
    "search": "Search box",
    "list": "Article list",
    "article": "Article",
    "side": "Side panel",
    "bookmarks": "Bookmarks screen",
    "bookmark_rows": "Bookmarks list",
    "actor": "Actor page",
}
_LABELS = {
    "slash": "/",
    "question_mark": "?",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "right_curly_bracket": "}",
    "left_curly_bracket": "{",
}


def key_labels(keys: str) -> str:
    """Textual key names as a reader types them: `slash` is /, `ctrl+d` stays ctrl+d."""
    return ", ".join(_LABELS.get(k.strip(), k.strip()) for k in keys.split(","))


def markdown_table() -> str:
    """Every binding as the README's table (tests check that the README holds this)."""
    lines = ["| where | keys | does | config name |", "|---|---|---|---|"]
    for scope, title in SCOPES.items():
        for key in (k for k in KEYMAP if k.scope == scope):
            shown = " ".join(f"`{label}`" for label in key_labels(key.keys).split(", "))
            lines.append(f"| {title} | {shown} | {key.description} | `{key.action}` |")
    return "\n".join(lines) + "\n"


def for_scope(scope: str, overrides: dict[str, str] | None = None) -> list[KeyAction]:
    return [k for k in keymap(overrides) if k.scope == scope]


# Panes whose keys take precedence over the app's while they have focus: a key of theirs that
# the app also uses hides the app's action there. The search box types its letters; the
# bookmarks and actor screens replace the app's keys on purpose (q closes them).
_PANES = ("list", "article", "side")


@dataclass(frozen=True)
class Clash:
    key: str
    action: str  # the one the user rebound
    other: str
    scope: str  # where the two meet

    def __str__(self) -> str:
        where = SCOPES[self.scope].lower()
        return (
            f"key '{key_labels(self.key)}' for '{self.action}' is already '{self.other}' ({where})"
        )


def clashes(overrides: dict[str, str]) -> list[Clash]:
    """Keys the user's overrides give to two actions that would be live at once."""
    table = keymap(overrides)
    found: list[Clash] = []
    for mine in (k for k in table if k.action in overrides):
        scopes = [mine.scope] + (["app"] if mine.scope in _PANES else [])
        scopes += list(_PANES) if mine.scope == "app" else []
        for key in _keys(mine.keys):
            for other in table:
                if (
                    other.action != mine.action
                    and other.scope in scopes
                    and key in _keys(other.keys)
                ):
                    found.append(Clash(key, mine.action, other.action, other.scope))
    return found


_KEY = re.compile(r"((ctrl|shift|alt|meta|super|hyper)\+)*(\w+|[^\s\w,+])")


def key_problem(keys: str) -> str:
    """What is wrong with a `keys:` value ("" when nothing): comma-separated keys, each a key
    name or one character after optional modifiers (ctrl+d, shift+tab, question_mark, ])."""
    parts = [k.strip() for k in keys.split(",")]
    if not any(parts):
        return "no key given (as in ctrl+q, or q,escape for two)"
    for part in parts:
        if not _KEY.fullmatch(part):
            return f"'{part}' is not a key (as in q, ctrl+q, shift+tab, question_mark)"
    return ""


def _keys(keys: str) -> set[str]:
    return {k.strip() for k in keys.split(",") if k.strip()}
