"""Make untrusted article text safe to store and show: no terminal escapes, no control characters."""

from __future__ import annotations

import re

# CSI/OSC/other ESC sequences, then any remaining C0/C1 control character except newline and tab.
_ESCAPE_SEQ = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Drop escape sequences and control characters; normalise newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _ESCAPE_SEQ.sub("", text)
    return _CONTROL.sub("", text)


def squash_spaces(text: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", text).strip()
