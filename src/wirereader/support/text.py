"""Make untrusted text safe to store and show: no terminal escapes, controls or bidi overrides."""

from __future__ import annotations

import re

# CSI/OSC/other ESC sequences, then any remaining C0/C1 control character except newline and tab.
_ESCAPE_SEQ = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Drop escape sequences, control characters and bidi overrides; normalise newlines, tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _ESCAPE_SEQ.sub("", text)
    return _CONTROL.sub("", text)


def no_surrogates(text: str) -> str:
    """`text` as valid Unicode: the lone surrogates Python gives the bytes of a file name that
    is not UTF-8 become `\\xNN` (so SQLite, Whoosh and the terminal can take it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate no file name gave (from JSON, say)
            return text.encode("utf-8", "replace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return text


def safe_line(value: object) -> str:
    """A field, path, URL or config value as one printable line: escapes and controls gone,
    newlines and tabs become spaces. Use it where outside text is shown."""
    text = _ESCAPE_SEQ.sub("", no_surrogates(str(value)))
    return _LINE_CONTROL.sub(lambda m: " " if m.group() in "\n\t\r" else "", text)


def squash_spaces(text: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", text).strip()


_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]!|~])")  # inline syntax: links, code, emphasis


def markdown_text(value: object) -> str:
    """Outside text as Markdown that shows it as written: no escape or control characters, no
    link, image, code or emphasis syntax (backslash-escaped), no HTML or autolink (`<`, `>`
    and `&` as entities), so a hostile title neither runs in a viewer nor becomes a live link."""
    text = clean_text(no_surrogates(str(value)))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SIGNS.sub(r"\\\1", text)
